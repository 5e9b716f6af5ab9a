"""HTML pages: main text, title and date from trafilatura; bad pages reported, not crashed on."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.errors import InputError
from counterclaim.ingest.html import article_from_html

PARAGRAPH = ("Gunmen attacked a checkpoint on the road to Gao on Sunday, killing six soldiers, the Malian army "
             "said in a statement. A local jihadist group said its fighters had carried out the raid.")

PAGE = f"""<!doctype html><html><head><meta charset="utf-8">
<title>Six soldiers killed near Gao | Sahel Wire</title>
<meta property="article:published_time" content="2023-10-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Six soldiers killed near Gao</h1><p>{PARAGRAPH}</p>
<p>The army said reinforcements had been sent to the area and that a search was under way.</p></article>
<footer>Copyright Sahel Wire. All rights reserved.</footer></body></html>"""


def test_main_text_title_and_date() -> None:
    art = article_from_html(PAGE.encode(), id="gao", max_chars=10_000)
    assert PARAGRAPH in art.text
    assert "All rights reserved" not in art.text and "World" not in art.text.split("\n")[0]
    assert art.title == "Six soldiers killed near Gao"
    assert art.published == dt.date(2023, 10, 2)


def test_page_date_wins_and_flag_fills_in_when_page_has_none() -> None:
    fallback = dt.date(2023, 10, 5)
    assert article_from_html(PAGE.encode(), id="g", max_chars=10_000, published=fallback).published == \
        dt.date(2023, 10, 2)
    undated = f"<html><body><article><p>{PARAGRAPH}</p></article></body></html>"
    assert article_from_html(undated.encode(), id="g", max_chars=10_000, published=fallback).published == fallback
    assert article_from_html(undated.encode(), id="g", max_chars=10_000).published is None


def test_malformed_html_still_yields_its_text() -> None:
    broken = f"<html><head><title>Gao</title><body><div><p>{PARAGRAPH}</span></table><p>The army said more"
    art = article_from_html(broken.encode(), id="g", max_chars=10_000)
    assert "killing six soldiers" in art.text


def test_page_without_text_is_reported() -> None:
    with pytest.raises(InputError, match="no article text"):
        article_from_html(b"<html><body><script>var x = 1;</script></body></html>", id="g", max_chars=10_000)


def test_declared_charset_is_honoured_but_undeclared_bytes_are_not_guessed() -> None:
    latin = f'<html><head><meta charset="iso-8859-1"></head><body><p>{PARAGRAPH} Caf\xe9 owners fled.</p></body>'
    art = article_from_html(latin.encode("latin-1"), id="g", max_chars=10_000)
    assert "Café owners fled" in art.text
    undeclared = latin.replace('<meta charset="iso-8859-1">', "")
    with pytest.raises(InputError, match="invalid UTF-8"):
        article_from_html(undeclared.encode("latin-1"), id="g", max_chars=10_000)


@pytest.mark.parametrize(("stamp", "kept"), [
    ("0001-01-01T00:00:00Z", None),  # a CMS placeholder: no date reader reads that year
    ("2350-06-01", None),  # past the years an article may have
    ("1987-04-12", dt.date(1987, 4, 12)),  # before htmldate's own window, inside the records' years: kept
])
def test_a_page_date_outside_the_usable_years_is_named_as_for_records(stamp, kept, caplog) -> None:
    """htmldate drops a date outside its window without a word; the page fell back to --published unsaid."""
    page = PAGE.replace("2023-10-02T09:00:00Z", stamp).encode()
    fallback = dt.date(2024, 1, 15)
    with caplog.at_level("WARNING"):
        art = article_from_html(page, id="gao", max_chars=10_000, published=fallback, source="pages/gao.html")
    assert art.published == (kept or fallback)
    if kept is None:
        assert f"pages/gao.html: published date {stamp[:10]} is out of range" in caplog.text
        assert "using 2024-01-15" in caplog.text
    else:
        assert caplog.text == ""


def test_a_page_without_any_date_stays_quiet(caplog) -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2023-10-02T09:00:00Z">', "").encode()
    with caplog.at_level("WARNING"):
        art = article_from_html(page, id="gao", max_chars=10_000)
    assert art.published is None and caplog.text == ""


UNDATED = PAGE.replace('<meta property="article:published_time" content="2023-10-02T09:00:00Z">', "{meta}")


@pytest.mark.parametrize("meta", [
    "<meta name='expiration_date' content='2030-12-31'>",  # when the page expires
    "<meta name='build-time' content='1993-06-01'>",  # when the site was built
    "<meta name='last-update' content='2031-01-01'>",
    "<meta name='event-date' content='1979-11-04'>",  # the day of the event the page tells of
    "<link rel='canonical' href='https://example.org/news/1993/05/17/gao.html'>",
])
def test_only_publication_metadata_dates_a_page_outside_htmldates_window(meta, caplog) -> None:
    """Any meta whose name held 'date' or 'time' dated the page, and it overrode --published."""
    fallback = dt.date(2024, 1, 15)
    with caplog.at_level("WARNING"):
        art = article_from_html(UNDATED.format(meta=meta).encode(), id="gao", max_chars=10_000, published=fallback)
    assert art.published == fallback and caplog.text == ""


def test_a_time_tag_about_a_past_crisis_does_not_date_the_page() -> None:
    page = UNDATED.format(meta="").replace(
        "</article>", "<p>The region has been unsettled since the <time datetime='1994-04-07'>1994</time> coup "
                      "attempt, residents said.</p></article>")
    fallback = dt.date(2024, 1, 15)
    assert article_from_html(page.encode(), id="gao", max_chars=10_000, published=fallback).published == fallback
    assert article_from_html(page.encode(), id="gao", max_chars=10_000).published is None


@pytest.mark.parametrize(("meta", "kept"), [
    ("<meta content='1987-04-12T08:00:00Z' property='article:published_time'>", dt.date(1987, 4, 12)),
    ("<meta name='DC.date.issued' content='1988-02-03'>", dt.date(1988, 2, 3)),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "1989-09-30"}</script>',
     dt.date(1989, 9, 30)),
    ("<meta itemprop='datePublished' content='2199-01-01'>", None),  # after tomorrow: no page is
])
def test_publication_metadata_of_an_archive_page_is_kept_unless_in_the_future(meta, kept, caplog) -> None:
    fallback = dt.date(2024, 1, 15)
    with caplog.at_level("WARNING"):
        art = article_from_html(UNDATED.format(meta=meta).encode(), id="gao", max_chars=10_000, published=fallback,
                                source="pages/gao.html")
    assert art.published == (kept or fallback)
    assert ("pages/gao.html: published date 2199-01-01 is in the future; using 2024-01-15" in caplog.text) \
        == (kept is None)
