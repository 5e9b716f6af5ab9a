"""JSON Lines: every good record read, every bad line named by file and line number."""

from __future__ import annotations

import datetime as dt
import json
import re

from counterclaim.ingest.article import Article, InputProblem
from counterclaim.ingest.jsonl import read_jsonl_lines

TEXT = ("A roadside bomb struck a minibus carrying farm workers near Kandahar on Tuesday, killing nine people, "
        "a provincial spokesman said. No group has claimed responsibility for the blast.")


def _read(lines: list[bytes], published: dt.date | None = None) -> list[Article | InputProblem]:
    return list(read_jsonl_lines(lines, label="feed.jsonl", stem="feed", max_chars=10_000, published=published))


def _line(record: object) -> bytes:
    return json.dumps(record).encode() + b"\n"


def test_records_become_articles_with_their_fields() -> None:
    items = _read([_line({"id": "k-1", "text": TEXT, "title": "Bomb kills nine", "url": "https://example.org/k1",
                          "published": "2024-02-06"})])
    (art,) = items
    assert isinstance(art, Article)
    assert (art.id, art.title, art.url, art.published) == ("k-1", "Bomb kills nine", "https://example.org/k1",
                                                          dt.date(2024, 2, 6))
    assert art.text == TEXT


def test_bad_lines_are_named_and_the_rest_still_read() -> None:
    lines = [
        _line({"id": "a", "text": TEXT}),
        b"{not json\n",
        _line({"id": "b", "title": "no text"}),
        b"\n",
        _line({"id": "c", "text": TEXT, "published": "last Tuesday"}),
        _line(["a", "list"]),
        b'{"id": "d", "text": "caf\xe9 bomb"}\n',
        _line({"id": "e", "text": TEXT}),
        _line({"id": True, "text": TEXT}),  # a boolean is no id (it was stored as 'True')
    ]
    items = _read(lines)
    assert [a.id for a in items if isinstance(a, Article)] == ["a", "e"]
    problems = {p.path: p.reason for p in items if isinstance(p, InputProblem)}
    assert set(problems) == {"feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:5", "feed.jsonl:6", "feed.jsonl:7",
                             "feed.jsonl:9"}
    assert problems["feed.jsonl:9"] == '"id" must be a string or an integer'
    assert "not valid JSON" in problems["feed.jsonl:2"]
    assert 'missing "text"' in problems["feed.jsonl:3"]
    assert "bad published date 'last Tuesday'" in problems["feed.jsonl:5"]
    assert "JSON object" in problems["feed.jsonl:6"]
    assert "invalid UTF-8" in problems["feed.jsonl:7"]


def test_record_date_wins_over_default_and_default_fills_in() -> None:
    default = dt.date(2024, 2, 7)
    own, plain = _read([_line({"id": "a", "text": TEXT, "published": "2024-02-06T10:00:00Z"}),
                        _line({"text": TEXT})], published=default)
    assert own.published == dt.date(2024, 2, 6)
    assert plain.published == default
    assert re.fullmatch(r"feed-[0-9a-f]{12}", plain.id)  # no id: file stem and the text's digest


def test_a_record_without_an_id_keeps_its_id_when_a_line_is_added_above_it() -> None:
    """Ids made from line numbers shifted when a feed gained a line at the top: every record got another's id."""
    other = "Militants ambushed an army convoy near the border on Monday, killing five soldiers, officials said."
    before = [a.id for a in _read([_line({"text": TEXT}), _line({"text": other})])]
    after = [a.id for a in _read([_line({"text": other + " Updated."}), _line({"text": TEXT}), _line({"text": other})])]
    assert after[1:] == before and after[0] not in before and len(set(before)) == 2
    given = _read([_line({"id": "k-1", "text": TEXT})])[0]  # an id the record gives is kept as it is
    assert given.id == "k-1" and not given.id_from_name


def test_a_line_cut_short_is_reported_at_its_true_column() -> None:
    """A truncated last record (`head -c` of a feed, then a newline) was "not valid JSON (... at column 1)"."""
    cut = _line({"id": "k-3", "text": TEXT})[:60]
    for ending in (b"\n", b"\r\n", b""):
        (problem,) = _read([cut + ending])
        assert isinstance(problem, InputProblem)
        assert problem.reason == "not valid JSON (Unterminated string starting at column 23)", problem.reason
    (problem,) = _read([b'{"id": "k-3", "text": "Gunmen fired on a bus"\n'])  # no closing brace: the end
    assert problem.reason == "not valid JSON (Expecting ',' delimiter at column 46)", problem.reason
    (problem,) = _read([b'{"id": "k-4" "text": "x"}\n'])  # near miss: an error inside the line keeps its column
    assert problem.reason == "not valid JSON (Expecting ',' delimiter at column 14)"


def test_a_raw_tab_inside_a_text_is_reported_once_with_its_column() -> None:
    items = _read([b'{"id": "k-2", "text": "Gunmen fired on a bus\tnear Kandahar"}\n'])
    assert isinstance(items[0], InputProblem)
    assert re.search(r"\(Invalid control character at column \d+\)", items[0].reason), items[0].reason
    assert " at at " not in items[0].reason


def test_an_id_given_again_to_another_text_is_named_with_both_lines(caplog) -> None:
    """A store tells documents apart by id and keeps the first: the second text would be dropped unsaid."""
    other = ("Gunmen stormed a police station in the north of the province on Sunday, killing two officers, "
             "the interior ministry said.")
    lines = [_line({"id": "k-1", "text": TEXT}), _line({"id": "k-2", "text": other}),
             _line({"id": "k-1", "text": TEXT}), _line({"id": "k-1", "text": other})]
    with caplog.at_level("WARNING"):
        items = _read(lines)
    assert [item.id for item in items] == ["k-1", "k-2", "k-1", "k-1"]  # read all the same; the warning decides nothing
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1, warnings  # the same record twice loses nothing and says nothing
    assert warnings[0].startswith("feed.jsonl:4: id 'k-1' was already given to another text at feed.jsonl:1")


def test_an_id_given_again_with_the_same_url_is_named_as_a_new_version_of_the_page(caplog) -> None:
    """Two captures of one page (a toll that rose) under the site's id: a store keeps both, so "a store keeps only
    the first" was untrue. Near miss: another url under the id is still told as one text dropped."""
    url = "https://news.example/kaduna"
    lines = [_line({"id": "k-1", "text": TEXT, "url": url}), _line({"id": "k-1", "text": TEXT + " Two more died.",
                                                                    "url": url}),
             _line({"id": "k-1", "text": TEXT + " Later.", "url": url + "-2"})]
    with caplog.at_level("WARNING"):
        _read(lines)
    assert [r.getMessage() for r in caplog.records] == [
        "feed.jsonl:2: id 'k-1' was already given to another text at feed.jsonl:1, with the same url (an updated "
        "page?); a store keeps both, the later under a suffix",
        "feed.jsonl:3: id 'k-1' was already given to another text at feed.jsonl:1; documents are told apart by id, "
        "so a store keeps only the first (give each record its own id)"]


def test_a_repeated_id_across_files_of_one_run_is_named(tmp_path, caplog) -> None:
    from counterclaim.ingest.reader import read_inputs

    other = "Militants ambushed an army convoy near the border on Monday, killing five soldiers, officials said."
    (tmp_path / "a.jsonl").write_bytes(_line({"id": "story-7", "text": TEXT}))
    (tmp_path / "b.jsonl").write_bytes(_line({"id": "story-7", "text": other}))
    with caplog.at_level("WARNING"):
        items = list(read_inputs([str(tmp_path)]))
    assert len(items) == 2
    assert "b.jsonl:1: id 'story-7' was already given to another text at" in caplog.text
    assert "a.jsonl:1" in caplog.text


def test_ids_the_reader_made_up_are_not_said_to_repeat(tmp_path, caplog) -> None:
    """Two folders' `feed.jsonl` without ids: the ids come from the texts, so no warning that one would be lost;
    the same text twice in a run takes a suffix, so `analyze` writes no two documents under one id."""
    from counterclaim.ingest.reader import read_inputs

    other = "Militants ambushed an army convoy near the border on Monday, killing five soldiers, officials said."
    for folder, text in (("d1", TEXT), ("d3", other)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "feed.jsonl").write_bytes(_line({"text": text}) + _line({"text": text + " Later."}))
    with caplog.at_level("WARNING"):
        items = list(read_inputs([str(tmp_path / "d1" / "feed.jsonl"), str(tmp_path / "d3" / "feed.jsonl")]))
    assert len({a.id for a in items}) == 4 and all(a.id.startswith("feed-") for a in items)
    assert caplog.text == ""
    (tmp_path / "d4").mkdir()  # a copy of d1's feed: the same texts again in the run
    (tmp_path / "d4" / "feed.jsonl").write_bytes((tmp_path / "d1" / "feed.jsonl").read_bytes())
    again = list(read_inputs([str(tmp_path / "d1" / "feed.jsonl"), str(tmp_path / "d4" / "feed.jsonl")]))
    assert [a.id for a in again[2:]] == [f"{a.id}-2" for a in again[:2]]
    (tmp_path / "d3" / "given.jsonl").write_bytes(_line({"id": items[0].id, "text": other}))
    with caplog.at_level("WARNING"):  # an id a record gives, met before as a made-up one, is still named
        list(read_inputs([str(tmp_path / "d1" / "feed.jsonl"), str(tmp_path / "d3" / "given.jsonl")]))
    assert f"given.jsonl:1: id '{items[0].id}' was already given to another text at" in caplog.text


def test_an_unpaired_surrogate_escape_is_a_bad_line_not_a_crash() -> None:
    """'\\ud800' is valid JSON but no character: hashing the text raised UnicodeEncodeError and stopped the run."""
    lines = [b'{"id": "s-1", "text": "Gunmen attacked a post in Kandahar on Monday \\ud800, police said."}\n',
             b'{"id": "s-2", "text": "' + TEXT.encode() + b'", "title": "Bomb \\udc00kills nine"}\n',
             b'{"id": "s-3", "text": "Gunmen attacked a post \\ud83d\\udca5 in Kandahar on Monday, police said."}\n',
             _line({"id": "s-4", "text": TEXT})]
    items = _read(lines)
    assert [getattr(i, "id", None) for i in items] == [None, None, "s-3", "s-4"]  # a whole pair is a character
    assert items[0].reason.startswith('"text" holds an unpaired surrogate escape (\\ud800) at character 45')
    assert items[1].reason.startswith('"title" holds an unpaired surrogate escape (\\udc00)')


def test_a_record_without_text_names_the_fields_it_has() -> None:
    """A feed whose article body sits under another name (`{"article": {"body": ...}}`) was refused line by line as
    'missing "text" (a string)', which leaves the user to guess what the reader expected of which field."""
    items = _read([_line({"id": "n-1", "article": {"body": TEXT}, "meta": {"tags": ["a"]}}), _line({}),
                   _line({"id": "n-2", "text": {"body": TEXT}})])
    assert [p.reason for p in items] == [
        'missing "text" (a string); the record has "id", "article", "meta" (map the article\'s text to "text", e.g. '
        "with jq)",
        'missing "text" (a string); the record is empty',
        '"text" must be a string']
