"""CI accuracy gate: quick evaluation subsets must not fall below the floors in eval_baseline.json.

Runs only when the licensed evaluation data (`../shared`) is present; skips cleanly otherwise.
Not timed. Floors are set by `python -m counterclaim.scoring.baseline` (today's figures minus a
margin) and can only go down with its explicit `--allow-lower` flag or a hand edit of the JSON.
"""

from __future__ import annotations

import pytest

from counterclaim.scoring._data import shared_dir
from counterclaim.scoring.baseline import SUITES, load_baseline, run_suite

pytestmark = pytest.mark.skipif(shared_dir() is None, reason="evaluation data ../shared is absent")


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_accuracy_does_not_regress(suite: str) -> None:
    baseline = load_baseline()["suites"].get(suite)
    if baseline is None:
        pytest.skip(f"no floors recorded for {suite}: run python -m counterclaim.scoring.baseline")
    result = run_suite(suite)
    if result is None:
        pytest.skip(f"{suite}: data or scorer absent")
    assert result.digest == baseline["digest"], (
        f"{suite}: the evaluation data changed since the floors were set; check it and re-run "
        "python -m counterclaim.scoring.baseline"
    )
    below = {k: (round(result.figures.get(k, 0.0), 4), floor) for k, floor in baseline["floors"].items()
             if result.figures.get(k, 0.0) < floor - 1e-9}
    assert not below, f"{suite}: figures below their floors (today, floor): {below}"
