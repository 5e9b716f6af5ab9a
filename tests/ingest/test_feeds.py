"""RSS and Atom feeds: a document per item with text, never the feed's markup read as one article's text."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from counterclaim.ingest import Article, InputProblem, read_inputs

BODY = ("Gunmen on motorcycles attacked a cattle market near Zurmi in Zamfara state on Sunday, killing eleven "
        "traders, a police spokesman said. No group claimed the attack.")
LATER = ("A roadside bomb struck a bus carrying wedding guests near Gwoza in Borno state on Monday, killing seven "
         "people, an emergency official said.")

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire: Africa</title><link>https://wire.example/africa</link>
<item><title>Gunmen kill 11 at Zamfara market</title><link>https://wire.example/zurmi</link>
  <description>Short teaser only.</description>
  <content:encoded><![CDATA[<p>{BODY}</p><p>Residents fled to nearby villages.</p>]]></content:encoded>
  <pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Bus bombing near Gwoza</title><link>https://wire.example/gwoza</link>
  <description>&lt;p&gt;{LATER}&lt;/p&gt;</description><pubDate>not a date</pubDate></item>
<item><title>Headline only</title><link>https://wire.example/headline</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title type="html">Bus bombing near Gwoza</title>
  <link rel="replies" href="https://atom.example/gwoza#comments"/><link href="https://atom.example/gwoza"/>
  <id>tag:atom.example,2024:gwoza</id><published>2024-05-07T09:30:00Z</published>
  <summary>{LATER}</summary></entry>
</feed>"""


def _split(items: list) -> tuple[list[Article], list[InputProblem]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputProblem)]


def test_rss_items_are_documents_with_their_titles_links_dates_and_text(tmp_path: Path, caplog) -> None:
    """`feed.xml` named on the command line was analysed as one text, "<?xml version=..." and all. An item whose date
    is no date keeps the default date, with a warning; one with no text is a problem naming its link."""
    for name in ("africa.rss", "africa.xml"):
        (tmp_path / name).write_text(RSS, encoding="utf-8")
        arts, problems = _split(list(read_inputs([str(tmp_path / name)], published=dt.date(2024, 5, 8))))
        assert [(a.title, a.url, a.published, a.source) for a in arts] == [
            ("Gunmen kill 11 at Zamfara market", "https://wire.example/zurmi", dt.date(2024, 5, 6),
             f"{tmp_path / name}:1"),
            ("Bus bombing near Gwoza", "https://wire.example/gwoza", dt.date(2024, 5, 8), f"{tmp_path / name}:2")]
        assert arts[0].text == f"{BODY}\nResidents fled to nearby villages."  # the full content, not the teaser
        assert arts[1].text == LATER and "<" not in arts[1].text  # escaped HTML read as its text
        assert arts[0].id.startswith("africa-") and arts[0].origin == str(tmp_path / name)
        assert [(p.path, p.reason.split(";")[0]) for p in problems] == [
            (f"{tmp_path / name}:3", "no text in this item (a title and a link only: https://wire.example/headline)")]
    assert f"{tmp_path / 'africa.rss'}:2: date 'not a date' is no date read here (RFC 822 or ISO 8601); using " \
           "2024-05-08" in caplog.text


def test_atom_entries_in_a_folder_and_a_feed_piped_in(tmp_path: Path) -> None:
    (tmp_path / "news.atom").write_text(ATOM, encoding="utf-8")
    (art,) = read_inputs([str(tmp_path)])
    assert (art.title, art.url, art.published, art.text) == ("Bus bombing near Gwoza", "https://atom.example/gwoza",
                                                             dt.date(2024, 5, 7), LATER)
    arts, problems = _split(list(read_inputs(["-"], stdin=io.BytesIO(RSS.encode()))))
    assert [a.source for a in arts] == ["<stdin>:1", "<stdin>:2"] and all(a.origin is None for a in arts)


def test_xml_that_is_no_feed_is_one_problem_and_an_xhtml_page_is_still_a_page(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url>'
                                          "</urlset>", encoding="utf-8")
    (problem,) = read_inputs([str(tmp_path / "sitemap.xml")])
    assert problem.reason == "an XML document that is neither an article nor an RSS or Atom feed"
    page = (f'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Gwoza'
            f"</title></head><body><article><p>{LATER}</p><p>{BODY}</p></article></body></html>")
    (tmp_path / "page.xhtml").write_text(page, encoding="utf-8")
    (art,) = read_inputs(["-"], stdin=io.BytesIO(page.encode()))  # near miss: sniffed as the page it is
    assert isinstance(art, Article) and art.text.startswith(LATER[:40])
    (tmp_path / "broken.rss").write_text(RSS[:-40], encoding="utf-8")
    (problem,) = read_inputs([str(tmp_path / "broken.rss")])
    assert problem.reason.startswith("an RSS or Atom feed that is not well-formed XML")


def test_a_feed_with_a_stylesheet_instruction_or_an_internal_dtd_is_read_as_a_feed(tmp_path: Path) -> None:
    """BBC, WordPress and Feedburner feeds put `<?xml-stylesheet ...?>` after the declaration, and some feeds declare
    entities in an internal DTD (`<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>`): both were refused as "neither an article
    nor an RSS or Atom feed", every item lost. Near miss: a sitemap behind the same preamble is still no feed."""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    styled = RSS.replace(head, head + '<?xml-stylesheet title="XSL" type="text/xsl" href="/xsl/rss.xsl"?>\n'
                         "<!-- generator: example -->\n")
    dtd = RSS.replace(head, head + '<!DOCTYPE rss [\n  <!ENTITY nbsp "&#160;">\n]>\n').replace(
        "Gunmen kill 11 at", "Gunmen kill 11&nbsp;at")
    for name, feed in (("styled.rss", styled), ("dtd.xml", dtd)):
        (tmp_path / name).write_text(feed, encoding="utf-8")
        arts, problems = _split(list(read_inputs([str(tmp_path / name)])))
        assert [a.url for a in arts] == ["https://wire.example/zurmi", "https://wire.example/gwoza"], name
        assert len(problems) == 1 and problems[0].reason.startswith("no text in this item"), name
    arts, _ = _split(list(read_inputs(["-"], stdin=io.BytesIO(styled.encode()))))
    assert len(arts) == 2
    (tmp_path / "sitemap.xml").write_text(head + '<?xml-stylesheet type="text/xsl" href="/s.xsl"?>\n<urlset><url>'
                                          "<loc>https://x.example/</loc></url></urlset>", encoding="utf-8")
    (problem,) = read_inputs([str(tmp_path / "sitemap.xml")])
    assert problem.reason == "an XML document that is neither an article nor an RSS or Atom feed"


def test_a_feed_longer_than_one_text_is_read_an_item_at_a_time_each_item_limited(tmp_path: Path) -> None:
    """A 4.2 MB feed of 3,000 items was refused whole as "too large: 4.2 MB (limit 1,000,000 characters; set
    COUNTERCLAIM_MAX_CHARS ...)", no item read: the limit is each item's, as each JSON Lines record's. Near misses: an
    item over the limit is a problem of its own; a plain text as long is still refused as one document."""
    import gzip

    from counterclaim.ingest import reader
    from counterclaim.settings import Settings

    settings = Settings(max_chars=1_000)  # 4,000 bytes a document; the feed is ~15 KB
    items = "".join(f"<item><title>Item {n}</title><link>https://wire.example/{n}</link><description>{LATER} "
                    f"Report {n}.</description></item>" for n in range(40))
    long_item = f"<item><link>https://wire.example/long</link><description>{BODY * 10}</description></item>"
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}{long_item}</channel></rss>')
    (tmp_path / "wire.rss").write_text(feed, encoding="utf-8")
    (tmp_path / "wire.xml").write_text(feed, encoding="utf-8")
    (tmp_path / "wire.rss.gz").write_bytes(gzip.compress(feed.encode()))
    for items_read in (list(read_inputs([str(tmp_path / name)], settings=settings))
                       for name in ("wire.rss", "wire.xml", "wire.rss.gz")):
        arts, problems = _split(items_read)
        assert len(arts) == 40 and [p.reason.split(";")[0] for p in problems] == [
            "too large: 1,630 characters (limit 1,000"]
    arts, problems = _split(list(read_inputs(["-"], settings=settings, stdin=io.BytesIO(feed.encode()))))
    assert len(arts) == 40 and len(problems) == 1
    (tmp_path / "long.txt").write_text(LATER * 200, encoding="utf-8")
    (problem,) = read_inputs([str(tmp_path / "long.txt")], settings=settings)
    assert problem.reason.startswith("too large: ") and "COUNTERCLAIM_MAX_CHARS" in problem.reason
    (problem,) = read_inputs(["-"], settings=settings, stdin=io.BytesIO((LATER * 200).encode()))
    assert problem.reason.startswith("too large: more than 3.9 KB (limit 1,000 characters")
    reader.FEED_BYTES, kept = 10_000, reader.FEED_BYTES
    try:
        (problem,) = read_inputs([str(tmp_path / "wire.rss")], settings=settings)
        assert problem.reason.startswith("too large for a feed: ") and "MAX_CHARS" not in problem.reason
        (problem,) = read_inputs(["-"], settings=settings, stdin=io.BytesIO(feed.encode()))
        assert problem.reason.startswith("too large for a feed: more than 9.8 KB (limit 9.8 KB")
    finally:
        reader.FEED_BYTES = kept


def test_feed_html_is_read_by_the_page_path_and_plain_text_keeps_its_lines(tmp_path: Path) -> None:
    """Atom xhtml ran paragraphs and list items together ("9 soldiers.The army said ... MoptiGao"), escaped HTML kept a
    script's code, "&lt;10 people were hurt and &gt;3 died" lost its middle as a tag ("Police said 3 died"), and a
    plain description's line breaks were flattened. Near misses: Atom type="text" is kept as written, markup and all;
    an escaped "&lt;p&gt;" paragraph is still read as a paragraph."""
    feed = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sahel desk</title>
<entry><title>Camp attacked near Mopti</title><link href="https://sahel.example/1"/>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Insurgents stormed an army camp near Mopti on
  Saturday, killing 9 soldiers.</p><p>The army said 14 attackers were killed.</p><ul><li>Mopti</li><li>Gao</li></ul>
  </div></content></entry>
<entry><title>Market blast</title><link href="https://sahel.example/2"/>
  <summary type="html">&lt;p&gt;A bomb hidden in a cart exploded at a market in Gao, killing four traders.&lt;/p&gt;
  &lt;script&gt;var tracking = "pixel-77";&lt;/script&gt;</summary></entry>
<entry><title>Teaser</title><link href="https://sahel.example/3"/>
  <summary type="text">Gunmen killed two herders near Menaka on Monday.
Local officials said &lt;b&gt;the attackers fled&lt;/b&gt;.</summary></entry>
</feed>"""
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Kabul blast</title><link>https://wire.example/k1</link>
<description>Police said &lt;10 people were hurt and &gt;3 died in a blast in Kabul on Friday.</description></item>
<item><title>Kabul update</title><link>https://wire.example/k2</link><description>A suicide bomber killed five
worshippers at a mosque in Kabul on Friday, police said.

Officials said the toll could rise.</description></item>
</channel></rss>"""
    (tmp_path / "sahel.atom").write_text(feed, encoding="utf-8")
    (tmp_path / "wire.rss").write_text(rss, encoding="utf-8")
    texts = [a.text for a in read_inputs([str(tmp_path / "sahel.atom"), str(tmp_path / "wire.rss")])]
    assert texts[0].splitlines()[:2] == ["Insurgents stormed an army camp near Mopti on Saturday, killing 9 soldiers.",
                                         "The army said 14 attackers were killed."]
    assert "Mopti" in texts[0].splitlines()[2] and "Gao" in texts[0].splitlines()[3]
    assert texts[1] == "A bomb hidden in a cart exploded at a market in Gao, killing four traders."
    assert texts[2] == ("Gunmen killed two herders near Menaka on Monday.\n"
                        "Local officials said <b>the attackers fled</b>.")
    assert texts[3] == "Police said <10 people were hurt and >3 died in a blast in Kabul on Friday."
    assert texts[4] == ("A suicide bomber killed five\nworshippers at a mosque in Kabul on Friday, police said.\n"
                        "Officials said the toll could rise.")


def test_a_named_xhtml_page_is_read_as_a_page(tmp_path: Path) -> None:
    """`page.xhtml` or an XHTML `page.xml` named on the command line was analysed as text beginning "<?xml version=...
    <!DOCTYPE html ...", though the conventions say an XHTML page is still a page (as one piped in was). Near misses:
    a text file opening with "<" that is no XML is still a text; a feed named .xml is still a feed."""
    page = (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>Gwoza bus bombing</title></head><body><article><p>{LATER}</p><p>{BODY}</p></article>"
            "</body></html>")
    for name in ("page.xhtml", "page.xml"):
        (tmp_path / name).write_text(page, encoding="utf-8")
        (art,) = read_inputs([str(tmp_path / name)])
        assert isinstance(art, Article) and art.text.startswith(LATER[:40]) and "<" not in art.text, name
        assert art.id == "page"
    (tmp_path / "note.txt").write_text(f"<Draft> {LATER}", encoding="utf-8")
    (art,) = read_inputs([str(tmp_path / "note.txt")])
    assert art.text.startswith("<Draft>")
