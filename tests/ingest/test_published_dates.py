"""Publication dates: one reader for the CLI, JSON Lines records and the library call; a placeholder or typo
year (`0001-01-01`, `0224-05-06`) is a clear input error, not a document that fails deep in the date reader."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from counterclaim.api import analyze, parse_published
from counterclaim.errors import InputError
from counterclaim.ingest._guards import parse_date
from counterclaim.ingest.article import Article, InputProblem
from counterclaim.ingest.jsonl import read_jsonl_lines

TEXT = ("Gunmen attacked a police post outside Diffa on Tuesday, killing three officers, "
        "a regional official said.")


@pytest.mark.parametrize("value", ["0001-01-01", "0224-05-06", "9999-12-31T00:00:00Z"])
def test_years_no_article_has_are_refused(value: str) -> None:
    with pytest.raises(InputError, match="out of range"):
        parse_date(value)
    with pytest.raises(InputError, match="out of range"):
        parse_published(value)


def test_the_library_call_refuses_a_placeholder_date_instead_of_failing_on_the_weekday() -> None:
    with pytest.raises(InputError, match="0001-01-01 is out of range"):
        analyze(TEXT, published="0001-01-01")


def test_a_jsonl_record_with_a_placeholder_date_is_read_as_undated_and_named(
        caplog: pytest.LogCaptureFixture) -> None:
    """As an HTML page's unusable date: the document is kept, undated or with --published, and a warning line
    names the record; only a --published given on the command line out of range is an error."""
    lines = [json.dumps({"id": "a", "text": TEXT, "published": "0001-01-01"}).encode(),
             json.dumps({"id": "b", "text": TEXT, "published": "2023-07-04"}).encode(),
             json.dumps({"id": "c", "text": TEXT, "published": "1795-07-14"}).encode()]
    with caplog.at_level("WARNING"):
        items = list(read_jsonl_lines(lines, label="feed.jsonl", stem="feed", max_chars=10_000))
    assert [type(i) for i in items] == [Article, Article, Article]
    assert items[0].published is None and items[2].published is None
    assert items[1].published == dt.date(2023, 7, 4)
    assert "feed.jsonl:1 (id a)" in caplog.text and "0001-01-01 is out of range" in caplog.text
    assert "feed.jsonl:3 (id c)" in caplog.text and "feed.jsonl:2" not in caplog.text
    default = dt.date(2024, 3, 22)
    items = list(read_jsonl_lines(lines[:1], label="feed.jsonl", stem="feed", max_chars=10_000, published=default))
    assert items[0].published == default


def test_a_record_date_that_is_no_date_stays_an_input_problem() -> None:
    lines = [json.dumps({"id": "a", "text": TEXT, "published": "last Tuesday"}).encode()]
    items = list(read_jsonl_lines(lines, label="feed.jsonl", stem="feed", max_chars=10_000))
    assert isinstance(items[0], InputProblem) and "bad published date" in str(items[0])


def test_ordinary_dates_and_timestamps_still_read() -> None:
    assert parse_date("2024-03-23T08:15:00Z") == dt.date(2024, 3, 23)
    assert parse_date(dt.datetime(2019, 5, 1, 12, 0)) == dt.date(2019, 5, 1)
    assert parse_published(None) is None


@pytest.mark.parametrize("value", ["2024-03-23junk", "2024-03-231", "2024-03-23Tnoon", "2024-03-23 and later"])
def test_a_date_with_text_glued_on_is_refused_with_the_format(value: str) -> None:
    """Only the first ten characters used to be read, so a typo after the date passed unseen."""
    with pytest.raises(InputError, match="use YYYY-MM-DD"):
        parse_date(value)


@pytest.mark.parametrize("value", ["2024-03-23T08:15:00.250+05:30", "2024-03-23 08:15 GMT", "2024-03-23t0815"])
def test_timestamps_in_iso_or_with_a_zone_name_still_give_their_date(value: str) -> None:
    assert parse_date(value) == dt.date(2024, 3, 23)


def test_the_command_line_refuses_a_glued_published_date_before_any_work(tmp_path) -> None:
    from typer.testing import CliRunner

    from counterclaim.cli import app

    path = tmp_path / "diffa.txt"
    path.write_text(TEXT, encoding="utf-8")
    for command in ("analyze", "ingest"):
        args = [command, str(path), "--published", "2024-03-23junk"]
        if command == "ingest":
            args += ["--db", str(tmp_path / "store.duckdb")]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, result.output
        assert "--published: bad published date '2024-03-23junk': use YYYY-MM-DD" in result.stderr
    assert not (tmp_path / "store.duckdb").exists()


@pytest.mark.parametrize("value", ["2024-03-23Z", "2024-03-23 UTC", "2024-03-23 GMT"])
def test_a_date_with_a_bare_zone_reads_as_that_day(value: str) -> None:
    assert parse_date(value) == dt.date(2024, 3, 23)


@pytest.mark.parametrize("value", ["2024-03-23, 08:15", "2024-03-23 at 08:15", "2024-03-23 (updated)"])
def test_a_record_date_with_text_after_it_keeps_the_record_with_a_warning(
        value: str, caplog: pytest.LogCaptureFixture) -> None:
    """Such a record was dropped whole; it is read undated (or with --published) and named, as a placeholder
    year is. The command line still refuses such a --published."""
    lines = [json.dumps({"id": "a", "text": TEXT, "published": value}).encode()]
    default = dt.date(2024, 3, 25)
    for fallback in (None, default):
        with caplog.at_level("WARNING"):
            items = list(read_jsonl_lines(lines, label="feed.jsonl", stem="feed", max_chars=10_000,
                                          published=fallback))
        assert isinstance(items[0], Article) and items[0].published == fallback
    assert f"feed.jsonl:1 (id a): published date {value!r} is not YYYY-MM-DD" in caplog.text
    assert "read as undated" in caplog.text and "using 2024-03-25" in caplog.text
    with pytest.raises(InputError, match="use YYYY-MM-DD"):
        parse_date(value)
