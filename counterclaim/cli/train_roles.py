"""`counterclaim train roles`: rebuild the MUC-4 role-filler model from the training split."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import DataError
from ..training import register_trainer
from ._app import console, console_err, train_app


def _roles_trainer(shared: Path | None, seed: int) -> dict:
    """`counterclaim train all` entry. The shipped model uses the trainer's own fixed seed (13), so
    that `train all` reproduces it; `seed` is unused."""
    from ..training.roles import train_roles

    path = shared / "data" / "muc4" / "train.jsonl" if shared else _default_train()
    meta = train_roles(path, log=lambda m: console_err.print(m))
    return {k: v for k, v in meta.items() if k not in ("features", "rel_features")}


def _default_train() -> Path:
    from ..scoring._data import data_dir

    folder = data_dir("muc4")
    if folder is None:
        raise DataError("MUC-4 data not found: pass train.jsonl or set COUNTERCLAIM_SHARED_DIR")
    return folder / "train.jsonl"


register_trainer("roles", _roles_trainer)


@train_app.command("roles")
def train_roles_cmd(
    path: Path | None = typer.Argument(None, help="MUC-4 train.jsonl (default: ../shared/data/muc4/train.jsonl)."),
    out: Path | None = typer.Option(None, help="Write <out>.json + <out>.npz here (default: the shipped artifact)."),
) -> None:
    """Learn role fillers (perpetrators, targets, victims, weapons) from MUC-4 train; fixed seed."""
    from ..incidents.roles import ARTIFACT
    from ..training.roles import train_roles

    meta = train_roles(path or _default_train(), out=out or ARTIFACT, log=lambda m: console_err.print(m))
    console.print(f"role model: {len(meta['features'])} features from {meta['n_docs']} docs, "
                  f"out-of-fold micro F1 {meta['oof_micro_f1']}, thresholds {meta['thresholds']}")
