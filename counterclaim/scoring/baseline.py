"""Accuracy floors for the CI gate (`tests/test_accuracy_gate.py`), and the script that sets them.

The gate runs quick subsets of the evaluation data when `../shared` is present: the news dev set
in full, the first GTD dev rows, the first PolNeAR dev articles. `tests/eval_baseline.json` pins,
per suite, a floor for every figure and a digest of the data read, so a drop in accuracy or a
silent change of the data fails the build.

    python -m counterclaim.scoring.baseline                # raise floors to today's figures - margin
    python -m counterclaim.scoring.baseline --allow-lower  # also lower them (an explicit decision)

Floors are never lowered without `--allow-lower`: a regression must be a visible edit.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..settings import Settings
from ._data import data_dir, digest

BASELINE_PATH = Path(__file__).resolve().parents[2] / "tests" / "eval_baseline.json"
MARGIN = 0.02
GTD_ROWS = 300
POLNEAR_DOCS = 20


@dataclass
class SuiteResult:
    figures: dict[str, float]
    digest: str
    note: str = ""


def _news(settings: Settings) -> SuiteResult | None:
    from .news import score_news

    path = data_dir("news", settings)
    if path is None:
        return None
    score = score_news(path, settings=settings)
    return SuiteResult(score.figures, score.data_digest, f"{score.counts['docs']} articles")


def _polnear(settings: Settings) -> SuiteResult | None:
    from .polnear import score_polnear

    path = data_dir("polnear", settings)
    if path is None or not (path / "dev").is_dir():
        return None
    score = score_polnear(path / "dev", limit=POLNEAR_DOCS, settings=settings)
    return SuiteResult(score.figures, score.data_digest, f"first {POLNEAR_DOCS} dev articles")


def _gtd(settings: Settings) -> SuiteResult | None:
    """GTD dev rows through `counterclaim.scoring.gtd.evaluate` (helper module; absent -> skipped)."""
    try:
        gtd = importlib.import_module("counterclaim.scoring.gtd")
        reader = importlib.import_module("counterclaim.training.gtd_data")
    except ImportError:
        return None
    root = data_dir("gtd", settings)
    if root is None or not hasattr(gtd, "evaluate") or not (root / reader.DEV_FILE).is_file():
        return None
    path = root / reader.DEV_FILE
    report = gtd.evaluate(reader.read_gtd(path)[:GTD_ROWS])
    figures = {k: float(v) for k, v in report.items() if isinstance(v, float)}
    return SuiteResult(figures, digest([path]), f"first {GTD_ROWS} rows of {reader.DEV_FILE}")


SUITES: dict[str, Callable[[Settings], SuiteResult | None]] = {"news": _news, "gtd": _gtd, "polnear": _polnear}


def run_suite(name: str, settings: Settings | None = None) -> SuiteResult | None:
    """Figures and data digest of one suite, or None when its data (or scorer) is absent."""
    return SUITES[name](settings or Settings())


def load_baseline(path: Path = BASELINE_PATH) -> dict[str, Any]:
    if not path.is_file():
        return {"margin": MARGIN, "suites": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def floor_of(value: float, margin: float) -> float:
    """Today's value minus the margin, rounded down to 3 decimals, never below 0."""
    return max(0.0, math.floor(round((value - margin) * 1000, 6)) / 1000)


def update(baseline: dict[str, Any], name: str, result: SuiteResult, *, allow_lower: bool) -> list[str]:
    """Set the suite's floors from `result`; returns messages about floors kept or lowered."""
    margin = float(baseline.get("margin", MARGIN))
    suite = baseline.setdefault("suites", {}).setdefault(name, {})
    old = suite.get("floors", {})
    floors, notes = {}, []
    for key, value in sorted(result.figures.items()):
        new = floor_of(value, margin)
        if key in old and new < old[key] and not allow_lower:
            notes.append(f"{name}.{key}: kept floor {old[key]} (today {value:.4f}); use --allow-lower to lower it")
            new = old[key]
        elif key in old and new < old[key]:
            notes.append(f"{name}.{key}: LOWERED {old[key]} -> {new}")
        floors[key] = new
    suite.update({"floors": floors, "digest": result.digest, "note": result.note,
                  "measured": {k: round(v, 4) for k, v in sorted(result.figures.items())}})
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--allow-lower", action="store_true", help="allow floors to go down")
    parser.add_argument("--suite", action="append", choices=sorted(SUITES), help="only these suites")
    parser.add_argument("--path", type=Path, default=BASELINE_PATH)
    args = parser.parse_args(argv)
    baseline = load_baseline(args.path)
    for name in args.suite or list(SUITES):
        result = run_suite(name)
        if result is None:
            print(f"{name}: data or scorer absent, floors unchanged")
            continue
        for note in update(baseline, name, result, allow_lower=args.allow_lower):
            print(note)
        print(f"{name}: {len(result.figures)} floors set ({result.note})")
    args.path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
