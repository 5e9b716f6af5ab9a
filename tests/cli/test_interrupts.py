"""Stopping a run (SIGTERM from `kill` or a scheduler, Ctrl-C) unwinds it: `analyze --out` leaves neither a
partial file nor its temporary file, and an interrupted ingest says what it kept and how to resume."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import counterclaim.cli as cli
import counterclaim.cli._app as cli_app
from counterclaim.cli import app
from counterclaim.cli.analyze import _output
from counterclaim.store.duckdb import Batch, Store
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


@pytest.fixture(autouse=True)
def _no_recorded_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_app, "_stop_signal", None)


def _sigterm() -> None:
    cli._terminated(signal.SIGTERM, None)  # what a real SIGTERM runs (a real one could end pytest)


def _ctrl_c() -> None:
    raise KeyboardInterrupt


def _sigterm_inside_duckdb() -> None:
    """What DuckDB makes of the handler's exception when the signal lands during a query."""
    try:
        _sigterm()
    except KeyboardInterrupt:
        raise RuntimeError("Query interrupted") from None


@pytest.mark.parametrize(("stop", "code"), [(_ctrl_c, 130), (_sigterm, 143), (_sigterm_inside_duckdb, 143)])
def test_an_interrupted_ingest_says_what_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  stop: Callable[[], None], code: int) -> None:
    import counterclaim.store.ingest as ingest_mod

    def stopped_ingest(store, articles, *, on_batch=None, **kwargs):  # noqa: ANN001
        on_batch(IngestReport(added=4))
        real_insert = Store._insert

        def insert(self: Store, table: str, rows: list[dict]) -> None:
            real_insert(self, table, rows)
            stop()

        monkeypatch.setattr(Store, "_insert", insert)
        store.write_batch(Batch(rows={"merged_dirty": [{"id": "m-1"}]}))

    monkeypatch.setattr(ingest_mod, "ingest", stopped_ingest)
    article = tmp_path / "raid.txt"
    article.write_text("Militants raided a border post near Tillaberi on Sunday, killing seven soldiers, "
                       "the defence ministry said.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(article), "--db", str(tmp_path / "news.duckdb")])
    assert result.exit_code == code, result.exception
    assert "interrupted" in result.stderr and "4 documents" in result.stderr and "rerun" in result.stderr


def test_a_stopped_command_says_it_was_interrupted(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Typer maps a KeyboardInterrupt inside a command to a silent exit 130; a SIGTERM'd `analyze` says why it
    stopped and exits 143."""
    import counterclaim.cli.analyze as analyze_mod

    def stopped(*args: object) -> None:
        _sigterm()

    monkeypatch.setattr(analyze_mod, "_collect", stopped)
    monkeypatch.setattr(sys, "argv", ["counterclaim", "analyze", "-"])
    with pytest.raises(SystemExit) as stopped_exit:
        cli.main()
    assert stopped_exit.value.code == 128 + signal.SIGTERM
    assert "interrupted" in capsys.readouterr().err


def test_ctrl_c_during_an_ingest_is_said_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import counterclaim.store.ingest as ingest_mod

    def stopped_ingest(store, articles, *, on_batch=None, **kwargs):  # noqa: ANN001
        on_batch(IngestReport(added=2))
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_mod, "ingest", stopped_ingest)
    article = tmp_path / "raid.txt"
    article.write_text("Gunmen raided a village near Bama at dawn, killing five farmers.\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["counterclaim", "ingest", str(article), "--db", str(tmp_path / "n.duckdb")])
    with pytest.raises(SystemExit) as stopped_exit:
        cli.main()
    assert stopped_exit.value.code == 130
    assert capsys.readouterr().err.count("interrupted") == 1
