"""`counterclaim eval muc4 FILE`: role-filler extraction scored as GRIT/TempGen do (CEAF-REE)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import Progress
from rich.table import Table

from ..scoring._metrics import check_writable, write_report
from ..scoring.muc4 import ROLE_NAMES, evaluate_muc4, load_muc4
from ._app import console, console_err, eval_app


@eval_app.command("muc4")
def eval_muc4(
    path: Path = typer.Argument(..., help="A MUC-4 JSONL file, e.g. ../shared/data/muc4/dev.jsonl."),
    limit: int | None = typer.Option(None, min=1, metavar="N", help="Score only the first N documents (file order)."),
    report: Path | None = typer.Option(None, help="Write the figures as JSON here."),
    errors: Path | None = typer.Option(None, help="Write one readable line per missed or spurious entity here."),
    mode: str = typer.Option(
        "auto", help="pipeline: incident roles from analyze(); direct: find_roles on the document; "
        "auto: pipeline, or direct when no incident carries roles.",
    ),
) -> None:
    """Score MUC-4 role fillers (perpetrators, targets, victims, weapons): micro P/R/F1 and per role."""

    check_writable(report, errors)  # before the run, not after minutes of scoring
    if mode not in ("auto", "pipeline", "direct"):
        raise typer.BadParameter("mode must be auto, pipeline or direct", param_hint="--mode")
    total = len(load_muc4(path, limit))
    with Progress(console=console_err, transient=True, disable=total < 10) as bar:
        task = bar.add_task("muc4", total=total)
        result, log = evaluate_muc4(path, limit=limit, mode=mode, progress=lambda n: bar.advance(task, n))  # type: ignore[arg-type]
    table = Table(title=f"MUC-4 role fillers (CEAF-REE): {result['docs']} docs, {result['mode']}")
    for col in ("role", "P", "R", "F1", "matched", "pred", "gold"):
        table.add_column(col, justify="left" if col == "role" else "right")
    for role in ROLE_NAMES:
        row = result["per_role"][role]
        tp = row["tp"]
        table.add_row(role, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}",
                      str(tp), str(tp + row["fp"]), str(tp + row["fn"]))
    table.add_row("micro", f"{result['muc4_p']:.3f}", f"{result['muc4_r']:.3f}", f"{result['muc4_f1']:.3f}", "", "", "")
    console.print(table)
    console.print("anchors (test split): GRIT 0.545, TempGen 0.578 F1")
    write_report(report, result)
    log.write(errors)
    if errors is not None:
        console.print(f"{len(log)} errors written to {errors}")
