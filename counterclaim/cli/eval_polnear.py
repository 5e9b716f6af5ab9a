"""`counterclaim eval polnear DIR` and `counterclaim train cues`: attribution spans on PolNeAR."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..scoring._metrics import check_writable, write_report
from ..scoring.polnear import ROLES, score_polnear
from ..training import register_trainer
from ._app import console, eval_app, train_app

# citron (BBC R&D's quote extractor) on PARC3, exact-match F1: anchors to compare with, not PolNeAR figures
ANCHORS = {"source": 0.820, "cue": 0.823, "content": 0.593}


@eval_app.command("polnear")
def eval_polnear(
    directory: Path = typer.Argument(..., help="Folder of <article>.txt + <article>_<annotator>.ann files."),
    limit: int | None = typer.Option(None, min=1, metavar="N", help="Score only the first N articles (name order)."),
    report: Path | None = typer.Option(None, help="Write the figures as JSON here."),
    errors: Path | None = typer.Option(None, help="Write one readable line per source/cue error here."),
) -> None:
    """Score source / cue / content spans of reported speech against PolNeAR annotations."""

    check_writable(report, errors)  # before the run, not after minutes of scoring
    score = score_polnear(directory, limit=limit)
    table = Table(title=f"PolNeAR: {score.counts['docs']} articles, {score.counts['gold_attributions']} "
                  f"gold / {score.counts['pred_attributions']} predicted attributions")
    for col in ("role", "P", "R", "F1 exact", "F1 overlap", "anchor (citron, PARC3)"):
        table.add_column(col, justify="left" if col == "role" else "right")
    for role in ROLES:
        f = score.figures
        table.add_row(role, f"{f[f'{role}_p']:.3f}", f"{f[f'{role}_r']:.3f}", f"{f[f'{role}_f1']:.3f}",
                      f"{f[f'{role}_overlap_f1']:.3f}", f"{ANCHORS[role]:.3f}")
    console.print(table)
    write_report(report, score.report())
    score.errors.write(errors)


def _cues_trainer(shared: Path | None, seed: int) -> dict:
    """`counterclaim train all` entry: deterministic, so the seed is unused."""
    from ..nlp.cue_tagger import TAGGER_PATH, CueTagger
    from ..training.cues import train_cues

    lex = train_cues(shared / "data" / "polnear" / "train" if shared else None)
    tagger = CueTagger.load(TAGGER_PATH)
    return {"priors": len(lex.priors), "extensions": len(lex.extend), **lex.meta,
            "tagger_threshold": tagger.threshold, "tagger_cv_head_f1": tagger.meta.get("cv_head_f1")}


register_trainer("cues", _cues_trainer)


@train_app.command("cues")
def train_cues_cmd(
    directory: Path | None = typer.Argument(None, help="PolNeAR folder or its train/ split (default ../shared)."),
    limit: int | None = typer.Option(
        None, min=1, metavar="N", help="Learn from the first N articles only (quick check)."),
    out: Path | None = typer.Option(None, help="Where to write the lexicon (default: the shipped artifact)."),
) -> None:
    """Learn the cue lexicon, cue-head tagger and cue extent (no text, hashed features) from PolNeAR train."""
    from ..nlp.cue_extent import EXTENT_PATH, CueExtent
    from ..nlp.cue_tagger import TAGGER_PATH, CueTagger
    from ..training.cues import train_cues

    lex = train_cues(directory, limit=limit, out=out)
    tagger = CueTagger.load(out.parent / TAGGER_PATH.name if out else TAGGER_PATH)
    console.print(f"{len(lex.priors)} cue priors, {len(lex.extend)} cue extensions; cue-head tagger threshold "
                  f"{tagger.threshold} (2-fold head F1 {tagger.meta.get('cv_head_f1')})")
    extent = CueExtent.load(out.parent / EXTENT_PATH.name if out else EXTENT_PATH)
    console.print(f"cue extent threshold {extent.threshold} (2-fold exact extent {extent.meta.get('cv_exact_extent')})")
