"""`analyze --out` never replaces an article being read: the results would be written over their own input, and
the article lost."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from counterclaim.cli import app

TEXT = ("Bomb kills two at a bus depot\n\nA bomb hidden in a bag exploded at a bus depot on the edge of the city on "
        "Wednesday, killing two drivers, a police spokesman said.\n")

runner = CliRunner()


def _article(folder: Path, name: str = "depot.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_an_input_named_as_out_is_refused_and_kept(tmp_path: Path, monkeypatch) -> None:
    article = _article(tmp_path)
    monkeypatch.chdir(tmp_path)
    for out in (str(article), "depot.txt", "./depot.txt"):
        result = runner.invoke(app, ["analyze", str(article), "--out", out])
        assert result.exit_code == 1, result.output
        assert "is an input of this run" in result.stderr
    assert article.read_text(encoding="utf-8") == TEXT


def test_an_article_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    article = _article(tmp_path / "corpus")
    result = runner.invoke(app, ["analyze", str(tmp_path / "corpus"), "--format", "table", "--out", str(article)])
    assert result.exit_code == 1, result.output
    assert f"is an input of this run ({article})" in " ".join(result.stderr.split())
    assert article.read_text(encoding="utf-8") == TEXT


def test_a_feed_the_run_reads_in_an_input_folder_is_refused(tmp_path: Path) -> None:
    """Only `.txt` and `.html` were guarded: `analyze corpus -f jsonl -o corpus/feed.jsonl` replaced the feed."""
    _article(tmp_path / "corpus")
    feed = tmp_path / "corpus" / "feed.jsonl"
    record = '{"id": "wire-1", "text": "' + " ".join(TEXT.split()) + '"}\n'
    feed.write_text(record, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "corpus"), "-f", "JSONL", "-o", str(feed)])
    assert result.exit_code == 1, result.output
    assert "is an input of this run" in result.stderr
    assert feed.read_text(encoding="utf-8") == record


def test_a_hidden_file_in_an_input_folder_is_no_input_and_may_be_written(tmp_path: Path) -> None:
    """The readers never open hidden files, so `-o corpus/.notes.txt` replaces nothing the run read."""
    _article(tmp_path / "corpus")
    notes = tmp_path / "corpus" / ".notes.txt"
    notes.write_text("old notes\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "corpus"), "-f", "table", "-o", str(notes)])
    assert result.exit_code == 0, result.output
    assert "Bomb kills two" in notes.read_text(encoding="utf-8")


def test_results_beside_the_articles_may_be_replaced_by_a_rerun(tmp_path: Path) -> None:
    """An earlier run's JSON Lines results in the input folder are no article: a rerun writes over them."""
    _article(tmp_path / "corpus")
    results = tmp_path / "corpus" / "results.jsonl"
    results.write_text('{"document": {"id": "depot"}}\n', encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "corpus"), "--format", "jsonl", "--out", str(results)])
    assert result.exit_code == 0, result.output
    assert '"n_chars"' in results.read_text(encoding="utf-8")


def test_out_dash_is_stdout_not_a_file_named_dash(tmp_path: Path, monkeypatch) -> None:
    article = _article(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["analyze", str(article), "--format", "jsonl", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert '"id": "depot"' in result.stdout and not (tmp_path / "-").exists()
    store = tmp_path / "s.duckdb"
    assert runner.invoke(app, ["ingest", str(article), "--db", str(store)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(store), "--format", "jsonl", "--out", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith('{"id":"m-') and not (tmp_path / "-").exists()
