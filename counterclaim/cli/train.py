"""`counterclaim train types` and `counterclaim train all`: rebuild shipped models from ../shared."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import Progress

from ..training import register_trainer, trainers
from ._app import console, console_err, train_app


def _types_trainer(shared: Path | None, seed: int) -> dict:
    from ..training.types import train_types

    return train_types(shared=shared, seed=seed)


register_trainer("types", _types_trainer)


@train_app.command("types")
def train_types_cmd(
    shared: Path | None = typer.Option(None, help="The shared data folder (default: ../shared)."),
    seed: int = typer.Option(0, help="Seed of the CV folds and solvers."),
    folds: int = typer.Option(5, help="k of the k-fold cross-validation on dev (dev figure + calibration)."),
    out: Path | None = typer.Option(None, help="Write the model here instead of the shipped artifact."),
    report: Path | None = typer.Option(None, help="Write the summary and CV figures as JSON here."),
) -> None:
    """GTD attack / weapon / target model: fit on train + dev, CV figures on dev."""
    from ..scoring._metrics import write_report
    from ..training.types import steps, train_types

    total = steps(shared, folds)
    with Progress(console=console_err, transient=True) as bar:
        task = bar.add_task("train types", total=total)
        summary = train_types(shared=shared, seed=seed, k=folds, out=out, progress=lambda n: bar.advance(task, n))
    cv = summary.get("cv", {})
    console.print(
        f"GTD type model: {summary['n_features']} hashed features, {summary['bytes'] / 1e6:.1f} MB -> {summary['path']}"
    )
    for key in (
        "attack_macro_f1",
        "attack_multilabel_f1",
        "weapon_macro_f1",
        "weapon_multilabel_f1",
        "target_macro_f1",
        "target_multilabel_f1",
    ):
        if key in cv:
            console.print(f"  {folds}-fold CV on dev  {key:22s} {cv[key]:.3f}")
    write_report(report, summary)


@train_app.command("all")
def train_all_cmd(
    shared: Path | None = typer.Option(None, help="The shared data folder (default: ../shared)."),
    seed: int = typer.Option(0, help="Seed passed to every trainer."),
) -> None:
    """Run every registered trainer in name order."""
    for name, fn in trainers().items():
        console.print(f"[bold]train {name}[/bold]")
        summary = fn(shared, seed)
        console.print({k: v for k, v in summary.items() if not isinstance(v, dict | list)})
