"""The command line: a Typer app; each command module registers itself on `app`.

Commands are thin: parse, call one library function, render. `CounterclaimError`s become a
one-line message on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import sys

import typer

from ..errors import CounterclaimError
from ._app import app, console_err

# Command modules register their commands on import.
from . import analyze as _analyze  # noqa: E402,F401

for _optional in ("evaluate", "train", "store"):
    try:
        __import__(f"{__name__}.{_optional}")
    except ModuleNotFoundError as exc:  # a command group not built yet
        if exc.name != f"{__name__}.{_optional}":
            raise


def main() -> None:
    try:
        app()
    except CounterclaimError as exc:
        console_err.print(f"[red]error:[/red] {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        console_err.print("[yellow]interrupted[/yellow]")
        sys.exit(130)


__all__ = ["app", "main", "typer"]
