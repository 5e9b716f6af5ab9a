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

from ..errors import CounterclaimError
from ._app import app, console_err, eval_app, train_app

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
        console_err.print(f"[red]error:[/red] {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        console_err.print("[yellow]interrupted[/yellow]")
        sys.exit(130)


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM (`kill`, a scheduler's time limit) unwinds like Ctrl-C instead of dying on the spot: the ingest
    batch in flight is rolled back and said so, and `analyze --out` leaves no temporary file behind."""
    raise SystemExit(128 + signum)


__all__ = ["app", "eval_app", "main", "train_app", "typer"]
