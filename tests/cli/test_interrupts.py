"""Stopping a run (SIGTERM from `kill` or a scheduler, Ctrl-C) unwinds it: `analyze --out` leaves neither a
partial file nor its temporary file, and an interrupted ingest says what it kept and how to resume."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

import counterclaim.cli as cli
from counterclaim.cli import app
from counterclaim.cli.analyze import _output
from counterclaim.store.ingest import IngestReport


def test_sigterm_during_analyze_out_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def long_run() -> None:
        handler = signal.getsignal(signal.SIGTERM)
        assert callable(handler), "the CLI leaves SIGTERM to kill the process on the spot"
        with _output(tmp_path / "results.json") as fh:
            fh.write('{"document": ')
            handler(signal.SIGTERM, None)  # what the signal runs (a real one would end pytest too when unhandled)
            fh.write("never")

    monkeypatch.setattr(cli, "app", long_run)
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.main()
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert stopped.value.code == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("stop", [KeyboardInterrupt(), SystemExit(128 + signal.SIGTERM)])
def test_an_interrupted_ingest_says_what_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  stop: BaseException) -> None:
    import counterclaim.store.ingest as ingest_mod

    def stopped_ingest(store, articles, *, on_batch=None, **kwargs):  # noqa: ANN001
        on_batch(IngestReport(added=4))
        raise stop

    monkeypatch.setattr(ingest_mod, "ingest", stopped_ingest)
    article = tmp_path / "raid.txt"
    article.write_text("Militants raided a border post near Tillaberi on Sunday, killing seven soldiers, "
                       "the defence ministry said.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(article), "--db", str(tmp_path / "news.duckdb")])
    assert result.exit_code in (130, 128 + signal.SIGTERM)
    assert "interrupted" in result.stderr and "4 documents" in result.stderr and "rerun" in result.stderr
