"""The second stage of the role model: (string, role) pairs pooled per document, their features and scores."""

from __future__ import annotations

import numpy as np

from counterclaim.incidents import _role_entities as ent
from counterclaim.incidents import roles

VICTIMS = roles.ROLES.index("victims")
WEAPONS = roles.ROLES.index("weapons")


def _col(name: str, role: int) -> int:
    return role * len(ent._SHARED) + ent._SHARED.index(name)


def _row(victim: float = 0.0, weapon: float = 0.0, target: float = 0.0) -> list[float]:
    # columns: none, perp individuals, perp organisations, targets, victims, weapons
    return [1.0 - victim - weapon - target, 0.0, 0.0, target, victim, weapon]


# mentions of "Hector Oqueli Colindres" (twice), "Oqueli", "machineguns", "the house"
KEYS = ["hector oqueli colindres", "oqueli", "machineguns", "hector oqueli colindres", "house"]
SPANS = [(3, 6), (5, 6), (20, 21), (40, 43), (50, 52)]
PROBS = np.array([_row(victim=0.6), _row(victim=0.7), _row(weapon=0.8), _row(victim=0.2),
                  _row(target=0.3, victim=0.05)])


def test_pool_keeps_each_string_per_role_at_its_best_mention():
    items = ent.pool(KEYS, SPANS, PROBS, floor=0.1)
    got = {(roles.ROLES[it.role], it.key): (it.start, it.score) for it in items}
    assert got == {
        ("victims", "hector oqueli colindres"): (3, 0.6),  # the better of its two mentions
        ("victims", "oqueli"): (5, 0.7),
        ("weapons", "machineguns"): (20, 0.8),
        ("targets", "house"): (50, 0.3),  # its 0.05 as a victim is below the floor
    }


def test_features_rank_within_a_role_see_nested_names_and_stay_in_their_block():
    items = ent.pool(KEYS, SPANS, PROBS, floor=0.1)
    x = ent.pool_matrix(items, roles.by_key(KEYS, PROBS), relevance=0.9, n_tokens=60)
    assert x.shape == (len(items), ent.N_FEATURES)
    row = {it.key: x[k] for k, it in enumerate(items)}
    full, short = row["hector oqueli colindres"], row["oqueli"]
    assert short[_col("rank1", VICTIMS)] == 1 and full[_col("rank2", VICTIMS)] == 1
    assert row["machineguns"][_col("rank1", WEAPONS)] == 1  # ranks are counted within a role
    assert full[_col("has_shorter", VICTIMS)] == 1 and full[_col("shorter_better", VICTIMS)] == 1
    assert short[_col("has_longer", VICTIMS)] == 1 and short[_col("longer_better", VICTIMS)] == 0
    assert abs(full[_col("mean_prob", VICTIMS)] - 0.4) < 1e-9
    own = slice(VICTIMS * len(ent._SHARED), (VICTIMS + 1) * len(ent._SHARED))
    assert np.count_nonzero(full) == np.count_nonzero(full[own])  # nothing leaks into another role's block


def test_second_stage_weights_are_per_role():
    coef = np.zeros(ent.N_FEATURES)
    coef[_col("bias", WEAPONS)] = 2.0  # weapons score high, every other role 0.5
    model = ent.EntityModel(coef, floor=0.1)
    items = ent.pool(KEYS, SPANS, PROBS, floor=0.1)
    p = model.probs(ent.pool_matrix(items, roles.by_key(KEYS, PROBS), 0.5, 60))
    best = items[int(np.argmax(p))]
    assert best.key == "machineguns" and abs(p.max() - 1 / (1 + np.exp(-2))) < 1e-9


def test_empty_pool_has_no_rows():
    assert ent.pool([], [], np.zeros((0, 6)), floor=0.1) == []
    assert ent.pool_matrix([], {}, relevance=0.1, n_tokens=0).shape == (0, ent.N_FEATURES)
