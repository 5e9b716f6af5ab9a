"""Corpus commands: `ingest`, `incidents`, `incident`, `claims`, `stories`, `export`.

Each parses its options, calls one library function of `counterclaim.store` and renders the result.
The store defaults to `counterclaim.duckdb` in the working directory, or `$COUNTERCLAIM_DB`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import ParamSpec

import typer
from rich.markup import escape
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Column, Table
from rich.text import Text

from ..errors import InputError, UsageError
from ..incidents.merge import CasualtyRange, MergedIncident
from ..ingest.article import Article, InputProblem
from ..ingest.reader import read_inputs
from ..settings import Settings
from ..store import views
from ..store.duckdb import Store
from ..store.export import EXPORTERS, export
from ._app import app, console_err, interrupt_exit_code, stdout_console, usable_workers
from ._render import clip
from .analyze import _drop_stdout, published_option

P = ParamSpec("P")

DbOption = typer.Option(None, "--db", metavar="FILE",
                        help="Store file (default: counterclaim.duckdb or $COUNTERCLAIM_DB).")


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _db(db: Path | None) -> Path:
    return db or Settings().db


def _open(db: Path | None) -> Store:
    """Open the store read-only; say so when an interrupted ingest left merged incidents out of date."""
    store = Store.open(_db(db), read_only=True)
    stale = views.stale_incidents(store)
    if stale:
        one = stale == 1
        console_err.print(
            f"[yellow]note:[/yellow] {stale} merged {'incident is' if one else 'incidents are'} out of date after an "
            f"interrupted ingest (listed as of {'its' if one else 'their'} last refresh, or not yet); rerun "
            f"`counterclaim ingest` (with the same inputs) to refresh {'it' if one else 'them'}"
        )
    return store


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"bad {option} date {value!r}: use YYYY-MM-DD, e.g. 2024-03-22") from exc


class _Rate(ProgressColumn):
    """Documents per second over the run so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} docs/s", style="progress.data.speed")


@app.command("ingest", short_help="Analyse documents and add them to the store.")
def ingest_cmd(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH",
        help="Files (.txt, .html, .jsonl, .rss, .atom; also compressed: .gz, .bz2, .xz), folders (read recursively), "
             "or - for stdin."),
    db: Path | None = DbOption,
    workers: int = typer.Option(
        1, min=1, metavar="N", help="Analysis processes (each loads spaCy once; at most one per CPU); one writer."),
    published: str | None = typer.Option(None, metavar="YYYY-MM-DD",
                                         help="Default publication date for inputs without one."),
) -> None:
    """Analyse documents and add them to the store (idempotent; an interrupted run resumes).

    Unreadable inputs and documents the extractor fails on are reported one line each and not stored (a rerun
    retries them); the exit code is non-zero when no input could be read, or when documents failed and none was
    added or already stored. The store is locked while this runs: listings and exports of it are refused until then.

    Example: counterclaim ingest corpus/ --db news.duckdb
    """
    settings = Settings()
    date = published_option(published)  # before importing spaCy: a typo is said at once
    path = _db(db)
    existed = path.exists()
    store = Store.open(path)  # a bad --db (read-only, foreign, locked) fails before the pipeline's seconds of start-up
    try:
        from ..store.ingest import IngestReport, ingest
    except BaseException:
        store.close()
        raise

    problems: list[InputProblem] = []
    n_read = 0

    def articles() -> Iterator[Article]:
        nonlocal n_read
        for item in read_inputs(paths, published=date, settings=settings):
            if isinstance(item, InputProblem):
                problems.append(item)
                console_err.print(f"[yellow]skipped[/yellow] {escape(str(item))}")
            else:
                n_read += 1
                yield item

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
               _Rate(), TimeElapsedColumn())
    kept = 0
    try:
        with store, Progress(*columns, console=console_err, transient=True) as progress:
            task = progress.add_task("ingesting", total=None)

            def on_batch(report: IngestReport) -> None:
                nonlocal kept
                kept = report.added
                progress.update(task, completed=report.added + report.skipped + len(report.failed))

            report = ingest(store, articles(), settings=settings, workers=usable_workers(workers), on_batch=on_batch)
            counts = store.counts()
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM through the CLI's handler (also inside a DuckDB write)
        console_err.print(f"[yellow]interrupted[/yellow]: the {kept} documents of the finished batches are stored, "
                          "the batch in flight is not; rerun the same command to resume")
        raise typer.Exit(interrupt_exit_code()) from None
    for failure in report.failed:
        console_err.print(f"[red]failed[/red] {escape(failure)}")
    if n_read == 0 and not existed:  # a run that read nothing leaves no empty store behind
        for made in (path, path.with_name(path.name + ".wal")):
            made.unlink(missing_ok=True)
    if n_read == 0 and problems:
        raise InputError(f"nothing to ingest: none of the {len(problems)} inputs could be read (see above)")
    console_err.print(
        f"added {report.added}, skipped {report.skipped} already stored, failed {len(report.failed)}, "
        f"unreadable {len(problems)}; {path}: {_counted(counts['documents'], 'document')}, "
        f"{_counted(counts['merged_incidents'], 'incident')}, {_counted(counts['stories'], 'story', 'stories')}"
    )
    if report.failed and not (report.added or report.skipped):
        # as `analyze`: non-zero only when nothing is in the store; a rerun that finds the others already stored
        # must end like the first run did
        raise typer.Exit(1)


def _counted(n: int, one: str, many: str | None = None) -> str:
    """ "1 incident", "2 incidents": the summary lines read as sentences, and a script can still take the number."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _figure(value: int, qualifier: str | None) -> str:
    if qualifier in (None, "exact"):
        return str(value)
    return f"{value} (vague)" if qualifier == "vague" else f"{qualifier} {value}"


def format_range(name: str, r: CasualtyRange | None) -> str:
    """ "killed: 60–137, latest 137 per 5 sources"; one figure when there is one source or all agree."""
    if r is None:
        return f"{name}: unknown"
    sources = f"{r.n_sources} source{'s' if r.n_sources != 1 else ''}"
    latest = None if r.latest is None else _figure(r.latest, r.latest_qualifier)
    if latest is not None and (r.n_sources <= 1 or r.low == r.high):
        return f"{name}: {latest} per {sources}"
    if r.low is None and r.high is None:
        return f"{name}: {latest or 'reported without a number'} per {sources}"
    span = f"{r.low if r.low is not None else '?'}–{r.high if r.high is not None else '?'}"
    if r.low == r.high:
        span = str(r.low)
    return f"{name}: {span}" + (f", latest {latest}" if latest is not None else "") + f" per {sources}"


def _place(m: MergedIncident) -> str:
    loc = m.location
    if loc is None:
        return ""
    return loc.name if not loc.country or loc.country == loc.name else f"{loc.name}, {loc.country_code or loc.country}"


def _short(r: CasualtyRange | None) -> str:
    if r is None:
        return ""
    figure = r.latest if r.latest is not None else r.low
    if r.low is None or r.high is None or r.low == r.high:
        return "" if figure is None else str(figure)
    return f"{r.low}–{r.high} ({figure})"


def _closed_pipe_ends_quietly(command: Callable[P, None]) -> Callable[P, None]:
    """A listing piped into a reader that leaves early (`counterclaim incidents --format jsonl | head -1`) ends with
    exit code 0 and no word, as `analyze` and `export` do: click's own handling exited 1, which a shell script with
    `set -o pipefail` takes for a failed listing."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except BrokenPipeError:
            _drop_stdout()
            raise typer.Exit(0) from None

    return run


def _emit(rows: list[dict], fmt: ListFormat) -> None:
    if fmt is ListFormat.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    else:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))


@app.command("incidents")
@_closed_pipe_ends_quietly
def incidents_cmd(
    country: str | None = typer.Option(None, help="ISO code or country name, e.g. RU."),
    since: str | None = typer.Option(None, metavar="YYYY-MM-DD",
                                     help="On or after this day (incident date, else first report)."),
    until: str | None = typer.Option(None, metavar="YYYY-MM-DD", help="On or before this day."),
    actor: str | None = typer.Option(None, help="Any actor involved (perpetrator, claimant, accuser)."),
    type: str | None = typer.Option(None, "--type", help="GTD attack type, e.g. Bombing."),
    format: ListFormat = typer.Option(ListFormat.table, "--format", case_sensitive=False, help="table, json or jsonl."),
    limit: int | None = typer.Option(None, min=1, metavar="N", help="At most this many incidents."),
    db: Path | None = DbOption,
) -> None:
    """List merged incidents, newest first."""
    start, end = _date(since, "--since"), _date(until, "--until")
    if start and end and start > end:  # else an empty list, as if nothing had happened in those days
        raise InputError(f"--since {start} is after --until {end}: no day is both; swap them")
    with _open(db) as store:
        found = views.list_incidents(
            store, country=country, since=start, until=end, actor=actor, type=type, limit=limit,
        )
    if not found and country and not _known_country(country):  # else 'Narnia' answers 0 incidents unsaid
        raise InputError(f"--country {country!r} is no ISO code or country name known here: give one, e.g. RU or "
                         "Russia")
    if not found and type and not (known := _attack_types(type))[0]:  # 'Bombin' is a type, 'car bomb' none
        raise InputError(f"--type {type!r} is in no GTD attack type: give (part of) one of {', '.join(known[1])}")
    if format is not ListFormat.table:
        _emit([m.model_dump(mode="json") for m in found], format)
        return
    table = Table(
        Column("id", no_wrap=True), Column("date", no_wrap=True), "place", "killed", "injured", "type",
        "perpetrators", "docs",
    )
    for m in found:
        table.add_row(
            m.id, str(m.date.value or ""), escape(_place(m)), _short(m.killed), _short(m.injured),
            escape(", ".join(s.label for s in m.attack_types[:2])),
            escape(", ".join(f"{p.actor} ({p.status})" for p in m.perpetrators[:3])), str(len(m.documents)),
        )
    stdout_console().print(table)
    console_err.print(_counted(len(found), "incident"))


def _attack_types(value: str) -> tuple[bool, tuple[str, ...]]:
    """Whether `value` is inside a GTD attack type's name (as `--type` matches), and the names."""
    from ..incidents._type_rules import ATTACK_TYPES

    needle = value.lower()
    return any(needle in name.lower() for name in ATTACK_TYPES), ATTACK_TYPES


def _known_country(value: str) -> bool:
    from ..codebooks.iso3166 import country_by_code, country_by_name

    return country_by_code(value) is not None or country_by_name(value) is not None


@app.command("incident", short_help="One incident: merged values, every report, the attribution ledger.")
@_closed_pipe_ends_quietly
def incident_cmd(
    incident_id: str = typer.Argument(..., metavar="ID", help="A merged incident id from `counterclaim incidents`."),
    format: ListFormat = typer.Option(ListFormat.table, "--format", case_sensitive=False,
                                      help="table (text), json or jsonl."),
    db: Path | None = DbOption,
) -> None:
    """The whole story of one incident: merged values, every report, and the attribution ledger."""
    with _open(db) as store:
        story = views.get_incident(store, incident_id)
    if format is not ListFormat.table:
        _emit([story.model_dump(mode="json", by_alias=True)], format)
        return
    m = story.incident
    out = stdout_console().print
    out(f"[bold]{m.id}[/bold]  {m.date.value or 'date unknown'}  {escape(_place(m))}")
    out(escape(m.summary))
    out(format_range("killed", m.killed))
    out(format_range("injured", m.injured))
    for name, labels in (("attack", m.attack_types), ("weapon", m.weapon_types), ("target", m.target_types)):
        if labels:
            out(f"{name}: " + escape(", ".join(f"{s.label} ({s.support})" for s in labels)))
    out(f"\n[bold]Reports[/bold] ({len(story.reports)})")
    for r in story.reports:
        extra = f"  killed {r.killed}" if r.killed is not None else ""
        named = r.title or r.url or r.source or ""  # a record with neither: where it was read
        out(f"  {r.published or '----------'}  {escape(r.document)}  {escape(named)}{extra}")
    out("\n[bold]Attribution ledger[/bold]" + ("" if story.ledger else ": no responsibility claims"))
    for entry in story.ledger:
        out(f"  [bold]{escape(entry.actor)}[/bold]: {entry.status}")
        for s in entry.statements:
            out("    " + escape(_statement_line(s)))
    if story.other_statements:
        out("\n[bold]Other statements[/bold]")
        for s in story.other_statements:
            out("    " + escape(_statement_line(s)))


def _statement_line(s: views.Statement) -> str:
    who = s.source if not s.affiliation or s.affiliation == s.source else f"{s.source} ({s.affiliation})"
    verb = {"affirm": "affirms", "deny": "denies"}[s.polarity] if s.kind == "responsibility" else s.kind
    flags = [f for f, on in (("hedged", s.hedged), ("self", s.is_self)) if on]
    flag = f" [{', '.join(flags)}]" if flags else ""
    evidence = " ".join(s.evidence.text.split())
    return (f"{s.published or '----------'}  {who} {verb}{flag}: \"{evidence}\" "
            f"({s.document} @{s.evidence.start}-{s.evidence.end})")


@app.command("claims")
@_closed_pipe_ends_quietly
def claims_cmd(
    source: str | None = typer.Option(None, help="Who speaks (name or affiliation)."),
    subject: str | None = typer.Option(None, help="Who is said to be responsible."),
    kind: str | None = typer.Option(None, help="responsibility, condemnation, warning or sympathy."),
    format: ListFormat = typer.Option(ListFormat.table, "--format", case_sensitive=False, help="table, json or jsonl."),
    db: Path | None = DbOption,
) -> None:
    """List claims across the corpus in publication order."""
    kinds = ("responsibility", "condemnation", "warning", "sympathy")
    kind = kind.strip().lower() if kind is not None else None  # 'Responsibility', as a table header writes it
    if kind is not None and kind not in kinds:
        raise InputError(f"unknown claim kind {kind!r}; use one of: {', '.join(kinds)}")
    with _open(db) as store:
        rows = views.list_claims(store, source=source, subject=subject, kind=kind)
    if format is not ListFormat.table:
        _emit([r.model_dump(mode="json", by_alias=True) for r in rows], format)
        return
    table = Table(  # an id and a kind squeezed by a long row are folded, never cut: `incident` needs the whole id
        Column("date", no_wrap=True), Column("document", overflow="fold"), "source", Column("kind", overflow="fold"),
        "subject", "polarity", "hedged", "cameo", "evidence",
    )
    for r in rows:
        c = r.claim
        table.add_row(
            str(r.published or ""), escape(r.document), escape(c.source.affiliation or c.source.actor), c.kind,
            escape(c.subject.actor if c.subject else ""), c.polarity, "yes" if c.hedged else "", c.cameo or "",
            escape(clip(c.evidence.text, 80)),
        )
    stdout_console().print(table)
    console_err.print(_counted(len(rows), "claim"))


@app.command("stories", short_help="List stories: documents grouped by the event they report.")
@_closed_pipe_ends_quietly
def stories_cmd(
    format: ListFormat = typer.Option(ListFormat.table, "--format", case_sensitive=False, help="table, json or jsonl."),
    db: Path | None = DbOption,
) -> None:
    """List stories: documents grouped by the real-world event they report."""
    with _open(db) as store:
        rows = views.list_stories(store)
    if format is not ListFormat.table:
        _emit([r.model_dump(mode="json") for r in rows], format)
        return
    table = Table(
        Column("id", no_wrap=True), Column("first", no_wrap=True), Column("last", no_wrap=True), "docs",
        "incidents", "title",
    )
    for r in rows:
        title = next((t for t in r.titles if t), r.documents[0])
        table.add_row(r.id, str(r.first_published or ""), str(r.last_published or ""), str(len(r.documents)),
                      str(len(r.incidents)), escape(title))
    stdout_console().print(table)
    console_err.print(_counted(len(rows), "story", "stories"))


@app.command("export", short_help="Export incidents (jsonl, parquet, gtd-csv, geojson) or CAMEO events.")
def export_cmd(
    format: str = typer.Option(..., "--format", metavar="FORMAT", help="One of: " + ", ".join(sorted(EXPORTERS)) + "."),
    out: str | None = typer.Option(  # a str: Path would drop the '/' that says `out/` is a folder
        None, "--out", metavar="FILE", help="Output file (written atomically); default or -: stdout."),
    db: Path | None = DbOption,
) -> None:
    """Export the merged incidents (jsonl, parquet, gtd-csv, geojson) or CAMEO dyadic events (cameo)."""
    out = None if out == "-" else out  # `--out -`: stdout, not a file named '-'
    with _open(db) as store:
        try:
            n = export(store, format, out)
        except BrokenPipeError:  # `counterclaim export ... | head`: as `analyze`, not an error
            _drop_stdout()
            raise typer.Exit(0) from None
        except UsageError as exc:  # `--out DIR`, an unknown format: a usage error, exit 2 as `--published`'s
            console_err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        exporter = EXPORTERS.get(format) or EXPORTERS[format.strip().lower()]
        left = store.counts()["merged_incidents"] - n if exporter.leaves_out else 0
    console_err.print(_counted(n, "record") + (f" written to {out}" if out else "") + (
        f"; {left} {'incident' if left == 1 else 'incidents'} {exporter.leaves_out} left out (jsonl has every "
        "incident)" if left > 0 else ""))
