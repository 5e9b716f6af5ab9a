"""The shared Typer app and consoles, kept apart so command modules can import them."""

from __future__ import annotations

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
