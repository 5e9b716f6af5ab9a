"""The command line: a Typer app; each command module registers itself on `app`.

Commands are thin: parse, call one library function, render. `CounterclaimError`s become a
one-line message on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import importlib
import pkgutil
import signal
import sys

import typer
from rich.markup import escape

from ..errors import CounterclaimError
from ._app import app, console_err, eval_app, interrupt_exit_code, record_stop, train_app

# Every module of this package registers its commands on import (analyze.py, store.py,
# eval_news.py, ...), so adding a command never means editing this file.
for _info in pkgutil.iter_modules(__path__):
    if not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")


def main() -> None:
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminated)
    try:
        app()
    except CounterclaimError as exc:
        console_err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)  # '[draft].txt' is no markup
        sys.exit(1)
    except KeyboardInterrupt:
        _interrupted()
    except SystemExit as exc:
        # Typer turns a KeyboardInterrupt inside a command into exit 130 without a word
        if exc.code == 130 and _caused_by_interrupt(exc):
            _interrupted()
        raise


def _interrupted() -> None:
    console_err.print("[yellow]interrupted[/yellow]")
    sys.exit(interrupt_exit_code())


def _caused_by_interrupt(exc: BaseException) -> bool:
    """Typer's exit 130 for a KeyboardInterrupt, not a command's own exit (`raise typer.Exit(130) from None` after
    saying what was interrupted, as `ingest` does, cuts the chain)."""
    seen: BaseException | None = exc
    for _ in range(8):  # the chain SystemExit <- typer Exit <- KeyboardInterrupt is short
        if seen.__cause__ is not None:
            seen = seen.__cause__
        elif seen.__suppress_context__ or seen.__context__ is None:
            return False
        else:
            seen = seen.__context__
        if isinstance(seen, KeyboardInterrupt):
            return True
    return False


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM (`kill`, a scheduler's time limit) unwinds like Ctrl-C instead of dying on the spot: the ingest
    batch in flight is rolled back and said so, and `analyze --out` leaves no temporary file behind.

    It raises KeyboardInterrupt, not SystemExit, because DuckDB turns whatever a handler raises during a query
    into "Query interrupted" (which the store maps back to KeyboardInterrupt); the exit code comes from the
    recorded signal."""
    record_stop(signum)
    raise KeyboardInterrupt


__all__ = ["app", "eval_app", "main", "train_app", "typer"]
