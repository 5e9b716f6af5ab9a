"""`counterclaim eval gtd CSV`: the full pipeline on GTD summaries, scored against the GTD columns."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import Progress
from rich.table import Table

from ..scoring._metrics import ErrorLog, check_writable, write_report
from ._app import console, console_err, eval_app

_MODES = ("none", "event", "both")
_FIGURES = (
    ("attack_macro_f1", "attack type, top label, macro F1 (ConfliBERT 0.838)"),
    ("attack_multilabel_f1", "attack types 1-3, micro F1"),
    ("weapon_macro_f1", "weapon type, top label, macro F1"),
    ("weapon_multilabel_f1", "weapon types 1-3, micro F1"),
    ("target_macro_f1", "target type, top label, macro F1"),
    ("target_multilabel_f1", "target types 1-3, micro F1"),
    ("country_acc", "country accuracy"),
    ("city_acc", "city accuracy"),
    ("nkill_exact", "killed, exact (blank gold excluded)"),
    ("nkillter_exact", "perpetrators killed, exact (GTD nkillter)"),
    ("nwound_exact", "wounded, exact (blank gold excluded)"),
    ("gname_acc", "perpetrator group (Unknown = none predicted)"),
    ("gname_strict_acc", "perpetrator group, branch must match"),
    ("claimed_acc", "claimed accuracy"),
    ("date_acc", "date accuracy (no publication date given)"),
)


@eval_app.command("gtd")
def eval_gtd(
    path: Path = typer.Argument(..., help="A GTD extract, e.g. ../shared/data/gtd/gtd_2021h1_dev.csv."),
    limit: int | None = typer.Option(
        None, min=1, metavar="N", help="Score only the first N rows (after deduplication)."),
    report: Path | None = typer.Option(None, help="Write the figures as JSON here."),
    errors: Path | None = typer.Option(None, help="Write one readable line per error here."),
    published_mode: str = typer.Option(
        "none", help="none: no publication date; event: the GTD date given as publication date; both: run both."
    ),
    cv: int = typer.Option(
        0, metavar="K",
        help="k > 1: type labels from k-fold CV models (train + other dev folds), so that type "
        "figures on the dev split are not in-sample. 0: the packaged model.",
    ),
    cv_seed: int = typer.Option(
        0, metavar="SEED",
        help="Seed of the fold split and fit with --cv; fold choice alone moves the type figures by about 0.01.",
    ),
) -> None:
    """Score attack / weapon / target types, place, casualties, group, claim and date against GTD rows."""

    check_writable(report, errors)  # before the run, not after minutes of scoring
    from ..scoring.gtd import evaluate
    from ..training.gtd_data import read_gtd

    if published_mode not in _MODES:
        raise typer.BadParameter(f"must be one of {', '.join(_MODES)}", param_hint="--published-mode")
    all_rows = read_gtd(path)
    rows = all_rows[:limit] if limit else all_rows
    folds = None
    if cv > 1:
        from ..scoring.gtd import type_folds

        with console_err.status(f"fitting {cv} fold models of the type classifier"):
            folds = type_folds(all_rows, k=cv, seed=cv_seed)
    modes = ("none", "event") if published_mode == "both" else (published_mode,)
    log = ErrorLog()
    results: dict[str, dict] = {}
    for mode in modes:
        with Progress(console=console_err, transient=True) as bar:
            task = bar.add_task(f"gtd ({mode})", total=len(rows))
            results[mode] = evaluate(rows, mode, progress=lambda n, t=task: bar.advance(t, n), errors=log, folds=folds)
    out = dict(results[modes[0]])
    if len(modes) > 1:
        out["by_mode"] = results
    _print(out, results, path)
    write_report(report, out)
    log.write(errors)
    if errors is not None:
        console.print(f"{len(log)} errors written to {errors}")


def _print(out: dict, results: dict[str, dict], path: Path) -> None:
    table = Table(title=f"GTD {path.name}: {out['n_rows']} rows (deduplicated), fallback rows {out['fallback_rows']}")
    table.add_column("figure")
    for mode in results:
        table.add_column(f"published={mode}", justify="right")
    for key, label in _FIGURES:
        if any(key in r for r in results.values()):
            table.add_row(label, *(f"{r[key]:.3f}" if key in r else "-" for r in results.values()))
    console.print(table)
