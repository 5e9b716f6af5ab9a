"""The shared Typer app and consoles, kept apart so command modules can import them."""

from __future__ import annotations

import errno
import logging
import os
import signal
import sys
from collections.abc import Iterable
from typing import TextIO

import typer
from rich.console import Console as RichConsole
from rich.markup import escape
from rich.segment import Segment

_CONTROL = dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])
"""Control characters but tab and newline: none of them prints, ESC starts a terminal command, a return overwrites."""


class Console(RichConsole):
    """A console that prints no control character of the text it shows (its own styles are still sent): a news feed's
    title, a summary or a file name holding ESC sequences ("\\x1b[2J", or one that sets the window title) would
    otherwise drive the user's terminal. JSON output escapes them itself. They are dropped, not shown as symbols:
    Rich counts them as zero cells wide, so a table keeps its alignment."""

    def on_broken_pipe(self) -> None:
        """A table piped into a reader that leaves early (`counterclaim incidents | head -1`): Rich's own handling
        exited 1 on the spot; the error goes to the command, which ends with 0 as it does for JSON (see `cli.store`,
        `cli.analyze`)."""
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control else Segment(segment.text.translate(_CONTROL), segment.style)
            for segment in buffer)


app = typer.Typer(
    name="counterclaim",
    help="Grounded incident records and claims ledgers from news about violent incidents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
console = Console()
console_err = Console(stderr=True, soft_wrap=True)
"""Messages stay one line each (a long path is not cut in two), so logs can be searched and parsed."""

TABLE_WIDTH = 120
"""Width of tables written to a file or a pipe (a terminal uses its own width)."""


def stdout_console() -> Console:
    """A console on stdout for tables: piped into `less` or a file, Rich's fallback of 80 columns cut place and
    group names to a few letters; the terminal's own width otherwise."""
    return Console(width=table_width(sys.stdout))


def table_width(stream: TextIO) -> int | None:
    """None (Rich's own choice: the terminal's width, or $COLUMNS when set) on a terminal or when the user set
    COLUMNS; TABLE_WIDTH for a pipe or a file otherwise."""
    return None if stream.isatty() or os.environ.get("COLUMNS", "").strip().isdigit() else TABLE_WIDTH

eval_app = typer.Typer(help="Score counterclaim against externally coded data.", no_args_is_help=True)
train_app = typer.Typer(help="Rebuild the shipped models from ../shared (fixed seeds).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")


def warn(message: str) -> None:
    """One `warning:` line on stderr, the form of every warning the commands print."""
    console_err.print(f"[yellow]warning:[/yellow] {escape(message)}", highlight=False)


def usable_workers(requested: int, documents: int | None = None) -> int:
    """`--workers` as used: at most the CPUs this process may run on, with a warning (each worker holds its own
    pipeline, ~400 MB, so `--workers 64` on a small machine runs out of memory for no speed), and at most one per
    document (idle workers would only load the models)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cpus = os.cpu_count() or 1
    used = min(requested, cpus)
    if documents is not None:  # before the message, which says the count the run starts
        used = max(1, min(used, documents))
    if requested > cpus:
        warn(f"--workers {requested}: {cpus} CPUs here; using {used} (each worker holds its own copy of the models, "
             "and more workers than CPUs only share them)")
    return used


class _WarningLines(logging.Handler):
    """The library's logged warnings (a record's unusable date, a repeated record id) as the CLI's own warning
    lines: without a handler, logging's last resort prints them bare, past the progress bar's console."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            warn(record.getMessage())
        except Exception:  # noqa: BLE001 - logging's contract: a broken handler never stops the program
            self.handleError(record)


@app.callback()
def _route_warnings(ctx: typer.Context) -> None:
    # for the command's run only: a test runner or a program invoking `app` twice keeps one handler, and
    # their own logging set-up is not changed
    handler = _WarningLines(logging.WARNING)
    logger = logging.getLogger("counterclaim")
    logger.addHandler(handler)
    ctx.call_on_close(lambda: logger.removeHandler(handler))


_stop_signal: int | None = None
"""The signal that stopped the run (set by the CLI's SIGTERM handler), for its exit code 128 + signum."""


def record_stop(signum: int) -> None:
    global _stop_signal
    _stop_signal = signum


def interrupt_exit_code() -> int:
    """128 + the stopping signal: 143 after SIGTERM, 130 after Ctrl-C (which records nothing)."""
    return 128 + (_stop_signal if _stop_signal is not None else signal.SIGINT)
