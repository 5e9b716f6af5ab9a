"""`counterclaim analyze` and `counterclaim schema`: read inputs, extract, write json/jsonl/table."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TextIO

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

from .._partial import clear_stale, make_partial
from ..errors import CounterclaimError, InputError
from ..ingest import Article, InputProblem, read_inputs
from ..ingest._guards import parse_date
from ..models import AnalysisResult, output_json_schema
from ..settings import Settings
from ..store.export import shared_file_mode
from ._app import TABLE_WIDTH, Console, app, console_err, table_width, usable_workers
from ._app import warn as _warn
from ._batch import Analyzer, Failed
from ._render import render_result

PROGRESS_MIN_DOCS = 5
"""More documents than this get a progress bar (on stderr, when it is a terminal)."""


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class _NothingWritten(Exception):
    """Raised inside the output context so that `--out` is left untouched."""


class _WriteFailed(Exception):
    """An OSError while writing the results (a full disk, a vanished folder), told apart from OSErrors elsewhere
    (loading the gazetteers, starting workers), which are not about the output."""


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:  # `analyze ... | head`: handled on its own, not a failure
        raise
    except OSError as exc:
        raise _WriteFailed(str(exc)) from exc


@app.command()
def analyze(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH",
        help="Files (.txt, .html, .jsonl, .rss, .atom; also compressed: .gz, .bz2, .xz), folders (read recursively), "
             "or - for stdin."),
    published: str | None = typer.Option(
        None, "--published", metavar="YYYY-MM-DD",
        help="Publication date, to resolve relative dates ('on Friday'). JSONL records and HTML pages that "
             "carry their own date keep it."),
    fmt: OutputFormat = typer.Option(
        OutputFormat.json, "--format", "-f", case_sensitive=False,
        help="json: one object (an array for several documents); jsonl: one line per document; table: for people."),
    out_given: str | None = typer.Option(  # a str: Path would drop the '/' that says `out/` is a folder
        None, "--out", "-o", metavar="FILE", help="Write to this file (atomically); - or none: stdout."),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, metavar="N",
        help="Processes to use (at most one per CPU and per document); output order is kept."),
) -> None:
    """Extract incidents and claims from news articles.

    Inputs that cannot be used (empty, binary, not UTF-8, too large, not English, missing) are
    reported one line each on stderr and skipped; the exit code is non-zero only when nothing could
    be analysed.

    Example: counterclaim analyze examples/ --format table
    """
    date = published_option(published)
    settings = Settings()
    out = _out_file(out_given, fmt)  # a folder is refused before any input is read
    articles, skipped = _collect(paths, date, settings)
    if out is not None:
        _refuse_input_as_output(paths, articles, out)
    if not articles:
        _fail(f"nothing to analyse: {skipped} input{'s' * (skipped != 1)} skipped")
    done = failed = 0
    workers = usable_workers(workers, len(articles))
    try:
        with _output(out) as stream:
            writer = _Writer(fmt, stream, several=len(articles) > 1, to_file=out is not None)
            with Analyzer(workers, settings) as analyzer, _progress(len(articles), out) as advance:
                for article, outcome in analyzer.run(articles):
                    advance()
                    if isinstance(outcome, Failed):
                        failed += 1
                        _warn(f"skipped {article.source or article.id}: {outcome.reason}")
                        continue
                    writer.write(outcome)
                    done += 1
            if not done:
                raise _NothingWritten
            writer.close()
    except _NothingWritten:
        _fail("nothing could be analysed")
    except CounterclaimError as exc:
        _fail(str(exc))
    except BrokenPipeError:  # `counterclaim analyze ... | head`
        _drop_stdout()
        raise typer.Exit(0) from None
    except _WriteFailed as exc:  # a full disk or a vanished folder while writing: say so, keep no partial output
        if out is None:
            _drop_stdout()
        _fail(f"cannot write {out if out is not None else 'to stdout'}: {exc}"
              + ("; nothing was written there" if out is not None else ""))
    except OSError as exc:  # not the output (a missing data file, workers that cannot start): name it as it is
        _fail(str(exc))
    if skipped or failed or done > 1:
        _summary(done, skipped + failed, out)


def published_option(value: str | None) -> dt.date | None:
    """`--published` of `analyze` and `ingest`: a bad or out-of-range date is a usage error (exit 2), said alike."""
    try:
        return parse_date(value) if value is not None else None
    except InputError as exc:
        _fail(f"--published: {exc}", code=2)


_EXTENSIONS = {OutputFormat.json: ".json", OutputFormat.jsonl: ".jsonl", OutputFormat.table: ".txt"}


def _out_file(given: str | None, fmt: OutputFormat) -> Path | None:
    """`--out` as a file, or None for stdout (`-o -`, as for the inputs). A folder is refused with a file to give
    instead, before any input is read: `--out results/` of a folder not yet made wrote all the results into a file
    named `results`. One file per input is not written: a run's documents go to one stream (`jsonl` a line each,
    what a pipeline reads), whose order is the inputs'."""
    if given is None or given == "-":
        return None
    out = Path(given)
    folder = given.endswith(("/", os.sep))
    if out.is_dir() or folder:
        what = "is a directory" if out.is_dir() else "names a directory (it ends in /), which does not exist"
        _fail(f"--out {given}: {what}; give a file in it, e.g. --out {out / ('results' + _EXTENSIONS[fmt])} (all "
              "the documents of a run go to one file)", code=2)  # a usage error, as a bad --published
    return out


def _refuse_input_as_output(paths: list[str], articles: list[Article], out: Path) -> None:
    """`--out` must not replace what the run read (checked before any analysis): a file an article came from (a
    folder's `feed.jsonl` as much as its `.txt`), or a file named on the command line even if it was skipped.
    Other files in an input folder (an earlier run's results, hidden files the readers never open) may be."""
    if not out.is_file():
        return
    named = {raw for raw in paths if raw != "-" and Path(raw).is_file()}
    for origin in sorted(named | {a.origin for a in articles if a.origin is not None}):
        try:
            same = os.path.samefile(origin, out)
        except OSError:  # moved or deleted since it was read
            continue
        if same:
            _fail(f"--out {out} is an input of this run ({origin}): writing the results there would replace it; "
                  "choose another file")


def _collect(paths: list[str], date: dt.date | None, settings: Settings) -> tuple[list[Article], int]:
    """All usable documents, and how many inputs were skipped (each reported as it is met)."""
    articles: list[Article] = []
    skipped = 0
    for item in read_inputs(paths, date, settings):
        if isinstance(item, InputProblem):
            skipped += 1
            _warn(f"skipped {item}")
        else:
            articles.append(item)
    return articles, skipped


def _summary(done: int, skipped: int, out: Path | None) -> None:
    msg = f"analysed {done} document{'s' * (done != 1)}"
    if skipped:
        msg += f"; skipped {skipped}"
    if out is not None:
        msg += f"; wrote {out}"
    console_err.print(msg, style="dim", highlight=False)


class SchemaOf(StrEnum):
    analyze = "analyze"
    incidents = "incidents"
    incident = "incident"
    claims = "claims"
    stories = "stories"


def _schema_of(what: SchemaOf) -> dict:
    """One record's JSON Schema: an `analyze` document, or a row of a listing. `--format json` writes an array of
    them (`incident ID` one object, the record alone), `jsonl` one a line; `export --format jsonl` writes
    `incidents` records."""
    if what is SchemaOf.analyze:
        return output_json_schema()
    from ..incidents.merge import MergedIncident
    from ..store import views

    model = {SchemaOf.incidents: MergedIncident, SchemaOf.incident: views.IncidentStory,
             SchemaOf.claims: views.ClaimRow, SchemaOf.stories: views.StoryRow}[what]
    schema = model.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


@app.command(short_help="Print the JSON Schema of an output record (analyze's or a listing's).")
def schema(
    what: SchemaOf = typer.Argument(
        SchemaOf.analyze, case_sensitive=False, metavar="WHAT",
        help="Whose records: analyze (a document's output), or a listing's rows: incidents (also `export --format "
             "jsonl`), incident, claims, stories."),
) -> None:
    """Print the JSON Schema of an output record (analyze's, or a listing's).

    A record is a line of `--format jsonl`, an item of `--format json`'s array (`analyze` of one document, and
    `incident ID --format json`, write the record alone, an object).

    Example: counterclaim schema incidents > incidents.schema.json
    """
    try:
        print(json.dumps(_schema_of(what), indent=2), flush=True)
    except BrokenPipeError:  # `counterclaim schema | head`: as `analyze`
        _drop_stdout()
        raise typer.Exit(0) from None


class _Writer:
    """Streams results in the chosen format; a JSON array opens at the first result and closes at the end."""

    def __init__(self, fmt: OutputFormat, stream: TextIO, *, several: bool, to_file: bool) -> None:
        self.fmt, self.stream, self.several = fmt, stream, several
        self.count = 0
        if to_file:
            self.console = Console(file=stream, width=TABLE_WIDTH, color_system=None, force_terminal=False)
        else:
            self.console = Console(file=stream, width=table_width(stream))

    def write(self, result: AnalysisResult) -> None:
        with _writing():
            self._write(result)

    def _write(self, result: AnalysisResult) -> None:
        if self.fmt is OutputFormat.table:
            self.console.print(render_result(result))
        elif self.fmt is OutputFormat.jsonl:
            self.stream.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        else:
            body = json.dumps(result.to_json_dict(), ensure_ascii=False, indent=2)
            if self.several:
                body = ("[\n" if self.count == 0 else ",\n") + _indent(body)
            self.stream.write(body if self.several else body + "\n")
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.fmt is OutputFormat.json and self.several:
            with _writing():
                self.stream.write("\n]\n")
                self.stream.flush()


def _indent(body: str) -> str:
    return "\n".join("  " + line for line in body.splitlines())


@contextlib.contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    """stdout, or a temporary file beside `out` that replaces it only when everything was written."""
    if out is None:
        _utf8_stdout()
        yield sys.stdout
        return
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"--out {out}: directory {parent} does not exist")
    if out.is_dir():
        raise InputError(f"--out {out}: is a directory")
    clear_stale(parent)  # what a run killed outright (SIGKILL, out of memory) left there
    try:  # `.results.jsonl.counterclaim-k3v9x0qa.part`, locked while written (see `_partial`)
        fd, tmp = make_partial(out.name, parent)
    except OSError as exc:  # checked before any analysis, so a read-only folder costs no work
        raise InputError(f"--out {out}: cannot create a file in {parent} ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:  # closing it drops the lock: the file is renamed or gone
            yield fh
            with _writing():
                fh.flush()
                os.fsync(fh.fileno())
                os.chmod(tmp, shared_file_mode())
                os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush of what is buffered does not fail again."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _utf8_stdout() -> None:
    """JSON is UTF-8 (RFC 8259); a terminal or pipe set up for another encoding must not crash the run."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")


@contextlib.contextmanager
def _progress(total: int, out: Path | None) -> Iterator:
    """A progress bar on stderr for more than a handful of documents, unless results go to the terminal."""
    results_on_screen = out is None and sys.stdout.isatty()
    if total <= PROGRESS_MIN_DOCS or not console_err.is_terminal or results_on_screen:
        yield lambda: None
        return
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), _RateColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console_err, transient=True, redirect_stdout=False,
                  redirect_stderr=False) as progress:
        task = progress.add_task("analyse", total=total)
        yield lambda: progress.advance(task)


class _RateColumn(ProgressColumn):
    """Documents per second, once there is a rate to show."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f} docs/s" if task.speed else "", style="dim")


def _fail(message: str, code: int = 1) -> None:
    console_err.print(f"[red]error:[/red] {_escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
