"""`counterclaim eval ecbplus FILE`: story clustering scored on ECB+ (and the news dev set's shared incident)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from ..scoring._metrics import ErrorLog, check_writable, write_report
from ._app import console, eval_app

_KEYS = ("bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_p", "pairwise_r", "pairwise_f1")


@eval_app.command("ecbplus")
def eval_ecbplus(
    file: Path = typer.Argument(..., help="ECB+ docs.jsonl (../shared/data/ecbplus/docs.jsonl)."),
    report: Path | None = typer.Option(None, help="Write the figures as JSON here."),
    limit: int | None = typer.Option(None, min=1, metavar="N", help="Cluster only the first N documents (file order)."),
    errors: Path | None = typer.Option(None, help="Write one line per wrongly merged or split cluster here."),
    news: Path | None = typer.Option(None, help="Also score the news dev folder (09, 10, 11 are one incident)."),
    seeds: int = typer.Option(
        5, min=1, metavar="N", help="Document orders to average over (the clusterer is incremental)."),
) -> None:
    """Cluster ECB+ documents into stories; B-cubed and pairwise P/R/F1 against topic+subtopic."""

    check_writable(report, errors)  # before the run, not after minutes of scoring
    from ..scoring.ecbplus import evaluate_ecbplus, score_news_stories  # imported here: SciPy, the pipeline

    out = evaluate_ecbplus(file, limit=limit, seeds=seeds)
    table = Table(title=f"ECB+ story clustering: {out['n_items']} documents, {out['n_gold']} gold stories, "
                  f"{out['n_pred']} predicted (order seed 0; mean over {seeds} orders in brackets)")
    table.add_column("set")
    for key in _KEYS:
        table.add_column(key, justify="right")
    table.add_row("all", *(f"{out[k]:.3f} ({out['orders'][k]['mean']:.3f})" for k in _KEYS))
    for name in ("dev_topics", "check_topics"):
        part = out.get(name)
        if part:
            table.add_row(name.replace("_", " "), *(f"{part[k]:.3f}" for k in _KEYS))
    console.print(table)
    within = out["within_topic_bcubed_f1"]
    console.print(f"within-topic B-cubed F1 (the two similar events of each topic): {within:.3f}")
    log = ErrorLog()
    for e in out.pop("_errors"):
        _log_error(log, "ecbplus", e)
    if news is not None:
        run = score_news_stories(news)
        out["news"] = run.scores
        console.print("news dev set (09, 10, 11 one story; all others apart): " +
                      ", ".join(f"{k} {run.scores[k]:.3f}" for k in _KEYS))
        for e in run.errors:
            _log_error(log, "news", e)
    write_report(report, out)
    log.write(errors)
    if errors is not None:
        console.print(f"{len(log)} cluster errors written to {errors}")


def _log_error(log: ErrorLog, corpus: str, error: dict[str, Any]) -> None:
    if error["kind"] == "merged":
        log.add(f"{corpus} {error['story']}", "merged", gold=sorted(error["gold"]), pred=error["story"],
                note=" ".join(error["docs"]))
    else:
        log.add(f"{corpus} {error['gold']}", "split", gold=error["gold"], pred=sorted(error["stories"]),
                note=" ".join(error["docs"]))
