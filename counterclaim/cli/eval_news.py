"""`counterclaim eval news DIR`: score the pipeline on gold-annotated news articles."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..scoring._metrics import check_writable, write_report
from ._app import console, eval_app

_ROWS = [
    ("Incident detection P / R / F1", ("incident_p", "incident_r", "incident_f1"), "gold_incidents"),
    ("Negative articles with no incident", ("negatives_clean",), "n_negatives_clean"),
    ("Country", ("country_acc",), "n_country"),
    ("City (gold non-null)", ("city_acc",), "n_city"),
    ("Date (gold non-null)", ("date_acc",), "n_date"),
    ("No date invented (gold null)", ("no_date_invented",), "n_no_date_invented"),
    ("Killed min/max", ("killed_acc",), "n_killed"),
    ("Injured min/max", ("injured_acc",), "n_injured"),
    ("Attack type F1", ("attack_f1",), None),
    ("Weapon type F1", ("weapon_f1",), None),
    ("Target type F1", ("target_f1",), None),
    ("Perpetrator", ("perpetrator_acc",), "n_perpetrator"),
    ("Claimed", ("claimed_acc",), "n_claimed"),
    ("Claims P / R / F1", ("claims_p", "claims_r", "claims_f1"), "gold_claims"),
    ("Hedging (matched claims)", ("hedged_acc",), "n_hedged"),
]


@eval_app.command("news")
def eval_news(
    directory: Path = typer.Argument(..., help="Folder of NN.txt + NN.json gold pairs (data/news layout)."),
    limit: int | None = typer.Option(None, min=1, metavar="N", help="Score only the first N articles (name order)."),
    report: Path | None = typer.Option(None, help="Write the figures as JSON here."),
    errors: Path | None = typer.Option(None, help="Write one readable line per error here."),
) -> None:
    """Score incidents and claims against gold news annotations."""

    check_writable(report, errors)  # before the run, not after minutes of scoring
    from ..scoring.news import score_news  # imported here: it pulls in the pipeline

    score = score_news(directory, limit=limit)
    table = Table(title=f"news: {score.counts['docs']} articles, {score.counts['matched_incidents']}/"
                  f"{score.counts['gold_incidents']} incidents matched")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    for name, keys, n_key in _ROWS:
        value = " / ".join(f"{score.figures[k]:.3f}" for k in keys)
        table.add_row(name, value, str(score.counts[n_key]) if n_key else "")
    console.print(table)
    write_report(report, score.report())
    score.errors.write(errors)
    if errors is not None:
        console.print(f"{len(score.errors)} errors written to {errors}")
