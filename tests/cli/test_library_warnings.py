"""Warnings the library logs while reading inputs (a record's unusable date, an id given twice) reach the user as
the commands' own `warning:` lines on stderr, not through logging's bare last-resort output, which a progress bar
or another logging set-up can swallow."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from typer.testing import CliRunner

from counterclaim.cli import app

TEXT = ("A car bomb exploded outside a district office in the south of the country on Thursday, killing four "
        "guards, a provincial official said.")
OTHER = ("Gunmen attacked a bus on the highway on Friday, killing three passengers, the regional governor said.")

runner = CliRunner()


def _feed(tmp_path: Path, *records: dict) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_placeholder_record_date_is_a_warning_line_of_analyze(tmp_path: Path) -> None:
    feed = _feed(tmp_path, {"id": "r1", "text": TEXT, "published": "0001-01-01"})
    result = runner.invoke(app, ["analyze", str(feed), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert ("warning: " + str(feed) + ":1 (id r1): published date 0001-01-01 is out of range") in " ".join(
        result.stderr.split())
    assert json.loads(result.stdout)["document"]["published"] is None


def test_an_id_given_twice_is_a_warning_line_of_ingest(tmp_path: Path) -> None:
    feed = _feed(tmp_path, {"id": "r1", "text": TEXT}, {"id": "r1", "text": OTHER})
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "store.duckdb")])
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    assert f"warning: {feed}:2: id 'r1' was already given to another text at {feed}:1" in err
    assert "added 1, skipped 1" in err


def test_the_command_leaves_no_handler_behind(tmp_path: Path) -> None:
    """A program (or a test session) that runs commands in-process keeps its own logging as it was."""
    logger = logging.getLogger("counterclaim")
    before = list(logger.handlers)
    runner.invoke(app, ["analyze", str(_feed(tmp_path, {"id": "r1", "text": TEXT}))])
    assert logger.handlers == before
