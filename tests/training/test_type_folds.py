"""The fold split behind `train types` and `eval gtd --cv/--cv-seed`."""

from __future__ import annotations

import numpy as np

from counterclaim.training.types import folds


def test_folds_partition_the_rows_and_the_seed_changes_the_split() -> None:
    a = folds(103, 5, seed=0)
    b = folds(103, 5, seed=1)
    assert sorted(np.concatenate(a).tolist()) == list(range(103))
    assert sorted(np.concatenate(b).tolist()) == list(range(103))
    assert max(len(f) for f in a) - min(len(f) for f in a) <= 1
    assert any(not np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert all(np.array_equal(x, y) for x, y in zip(a, folds(103, 5, seed=0), strict=True))
