"""Trainers that rebuild the shipped models from the shared data (fixed seeds, reproducible).

Each trainer registers itself under a name with `register_trainer`, so `counterclaim train all`
runs every one of them without knowing them in advance. A trainer takes the shared data folder
(or None for the default) and a seed, and returns a small JSON-able summary.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Trainer = Callable[[Path | None, int], dict[str, Any]]
_TRAINERS: dict[str, Trainer] = {}


def register_trainer(name: str, fn: Trainer) -> Trainer:
    """Register `fn(shared_dir, seed) -> summary` under `name` (re-registering replaces it)."""
    _TRAINERS[name] = fn
    return fn


def trainers() -> dict[str, Trainer]:
    """Registered trainers by name, in name order."""
    return dict(sorted(_TRAINERS.items()))


__all__ = ["Trainer", "register_trainer", "trainers"]
