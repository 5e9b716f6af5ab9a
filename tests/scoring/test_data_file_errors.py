"""A scorer pointed at the wrong file (a binary, a re-encoded copy) or asked to write where it cannot says so in
one DataError naming the file, before the run where it can, never with a UnicodeDecodeError traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.errors import DataError
from counterclaim.scoring._metrics import ErrorLog, check_writable, write_report
from counterclaim.scoring.muc4 import load_muc4
from counterclaim.scoring.news import load_gold
from counterclaim.scoring.polnear import load_polnear
from counterclaim.training.gtd_data import read_gtd

LATIN1 = "summary,country_txt\nAttaque \u00e0 la grenade pr\u00e8s du march\u00e9,Mali\n".encode("latin-1")
BINARY = bytes(range(128, 256)) * 8


def test_a_latin1_gtd_extract_is_named_not_a_decode_traceback(tmp_path: Path) -> None:
    path = tmp_path / "extract.csv"
    path.write_bytes(LATIN1)
    with pytest.raises(DataError, match=r"extract\.csv: not UTF-8 text: is it a GTD extract"):
        read_gtd(path)


def test_a_binary_muc4_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_bytes(BINARY)
    with pytest.raises(DataError, match=r"dev\.jsonl: not UTF-8 text at byte 0: is it a MUC-4 JSONL file"):
        load_muc4(path)


def test_a_news_article_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_bytes(BINARY)
    (tmp_path / "01.json").write_text("{}", encoding="utf-8")  # the article is read first
    with pytest.raises(DataError, match=r"01\.txt: not UTF-8 text"):
        load_gold(tmp_path)


def test_a_polnear_annotation_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("The minister said the talks would resume.", encoding="utf-8")
    (tmp_path / "story_ann1.ann").write_bytes(BINARY)
    with pytest.raises(DataError, match=r"story_ann1\.ann: not UTF-8 text"):
        load_polnear(tmp_path)


def test_report_paths_are_checked_before_the_run(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(DataError, match="is a folder"):
        check_writable(tmp_path)
    with pytest.raises(DataError, match="is a file, not a folder"):
        check_writable(tmp_path / "notes.txt" / "report.json")
    check_writable(None, tmp_path / "new" / "report.json")  # a folder still to be made is fine


def test_writing_a_report_or_error_list_that_fails_is_a_data_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(DataError, match="cannot write"):
        write_report(tmp_path / "notes.txt" / "report.json", {"f1": 0.5})
    with pytest.raises(DataError, match="cannot write"):
        ErrorLog().write(tmp_path / "notes.txt" / "errors.txt")


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_a_limit_below_one_is_refused_by_every_scorer(tmp_path: Path, limit: str) -> None:
    runner = CliRunner()
    for scorer in ("news", "gtd", "muc4", "polnear", "ecbplus"):
        result = runner.invoke(app, ["eval", scorer, str(tmp_path), "--limit", limit])
        assert result.exit_code == 2, (scorer, result.output)
        assert "--limit" in result.output


@pytest.mark.parametrize(("command", "expected"), [
    ("gtd", "is a folder; pass a GTD extract (CSV)"),
    ("muc4", "is a folder; pass a MUC-4 JSONL file"),
    ("ecbplus", "is a folder; pass the ECB+ docs.jsonl"),
])
def test_a_folder_where_a_data_file_is_expected_says_which_file(command: str, expected: str, tmp_path: Path) -> None:
    """`eval gtd ../shared/data/gtd` names the folder the CSV is in: 'file not found' would send the user looking
    for a missing file; the message says a folder was given and which file to pass."""
    result = CliRunner().invoke(app, ["eval", command, str(tmp_path)])
    assert result.exit_code != 0
    message = " ".join(str(result.exception).split())
    assert expected in message and "e.g. ../shared/data/" in message


def test_a_file_where_a_data_folder_is_expected_says_so(tmp_path: Path) -> None:
    path = tmp_path / "dev.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"dev\.jsonl is a file; pass the data folder"):
        load_polnear(path)
