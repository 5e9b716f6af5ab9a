"""The shared Typer app and consoles, kept apart so command modules can import them."""

from __future__ import annotations

import signal

import typer
from rich.console import Console

app = typer.Typer(
    name="counterclaim",
    help="Grounded incident records and claims ledgers from news about violent incidents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
console = Console()
console_err = Console(stderr=True)

eval_app = typer.Typer(help="Score counterclaim against externally coded data.", no_args_is_help=True)
train_app = typer.Typer(help="Rebuild the shipped models from ../shared (fixed seeds).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")


_stop_signal: int | None = None
"""The signal that stopped the run (set by the CLI's SIGTERM handler), for its exit code 128 + signum."""


def record_stop(signum: int) -> None:
    global _stop_signal
    _stop_signal = signum


def interrupt_exit_code() -> int:
    """128 + the stopping signal: 143 after SIGTERM, 130 after Ctrl-C (which records nothing)."""
    return 128 + (_stop_signal if _stop_signal is not None else signal.SIGINT)
