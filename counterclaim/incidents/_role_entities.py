"""Second stage of the role model: score each (string, role) pair of a document, seeing the whole document.

The span classifier (`incidents.roles`) scores one mention at a time and each mention only for its
best role. Whether a name really is a victim depends on things visible only across the document:
how it ranks against the other candidates for the same role (the third-best "victim" of a report is
rarely one), how many of its mentions score for the role, whether a longer or shorter form of it
is also a candidate (the template keeps one form), and how likely the report is to describe a
terrorist incident at all (about a fifth of first-stage victims sat in reports with none). This
stage pools every distinct string with its highest first-stage probability per role, turns those
aggregates into one logistic score per (string, role), with weights per role, learned on
out-of-fold first-stage scores of the training split (`training.roles`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

ROLE_COUNT = 5
_SHARED = ("bias", "score", "logit", "margin", "best_role", "none_prob", "rel_score", "rank1", "rank2", "rank3",
           "rank4", "n_role", "rel", "rel_lo", "rel_hi", "mentions", "role_mentions", "mean_prob", "first_pos",
           "words1", "words2", "words3", "top_share", "has_longer", "has_shorter", "longer_better",
           "shorter_better")
N_FEATURES = len(_SHARED) * ROLE_COUNT
"""Every feature is kept per role (a block of `_SHARED` for each role), so one binary logistic
regression holds five role-specific models."""


@dataclass(frozen=True)
class PoolItem:
    """A distinct normalised string considered for one role, at its best-scoring mention."""

    role: int
    key: str
    start: int
    end: int
    score: float


def pool(keys: Sequence[str], spans: Sequence[tuple[int, int]], probs: np.ndarray, floor: float) -> list[PoolItem]:
    """Every (string, role) whose best mention scores at least `floor` for that role (column 0 = none)."""
    rows: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        if key:
            rows.setdefault(key, []).append(k)
    items = []
    for key, idx in rows.items():
        sub = probs[idx, 1:]
        for role in range(ROLE_COUNT):
            best = int(sub[:, role].argmax())
            if sub[best, role] >= floor:
                a, b = spans[idx[best]]
                items.append(PoolItem(role, key, a, b, float(sub[best, role])))
    return items


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return float(np.log(p / (1 - p)) / 5.0)


def _inside(x: str, y: str) -> bool:
    """True when x's words are a contiguous proper part of y's."""
    xs, ys = x.split(), y.split()
    return len(xs) < len(ys) and any(ys[i : i + len(xs)] == xs for i in range(len(ys) - len(xs) + 1))


def pool_matrix(
    items: Sequence[PoolItem], by_key: dict[str, np.ndarray], relevance: float, n_tokens: int,
) -> np.ndarray:
    """One feature row per pool item; `by_key` holds the first-stage probabilities of every mention of a string."""
    x = np.zeros((len(items), N_FEATURES), dtype=np.float64)
    by_role: dict[int, list[PoolItem]] = {}
    for it in items:
        by_role.setdefault(it.role, []).append(it)
    for row, it in enumerate(items):
        peers = by_role[it.role]
        scores = sorted((p.score for p in peers), reverse=True)
        rank = scores.index(it.score)
        probs = by_key[it.key]
        col = probs[:, it.role + 1]
        best = int(col.argmax())
        role_max = probs[:, 1:].max(axis=0)
        longer = [p.score for p in peers if _inside(it.key, p.key)]
        shorter = [p.score for p in peers if _inside(p.key, it.key)]
        n_words = len(it.key.split())
        values = {
            "bias": 1.0, "score": it.score, "logit": _logit(it.score),
            "margin": it.score - float(np.delete(role_max, it.role).max()),
            "best_role": int(role_max.argmax()) == it.role, "none_prob": float(probs[best, 0]),
            "rel_score": relevance * it.score,
            "rank1": rank == 0, "rank2": rank == 1, "rank3": rank == 2, "rank4": rank >= 3,
            "n_role": np.log1p(len(scores)) / 2,
            "rel": relevance, "rel_lo": relevance < 0.25, "rel_hi": relevance > 0.75,
            "mentions": np.log1p(len(probs)) / 2,
            "role_mentions": np.log1p(int((col >= 0.5 * it.score).sum())) / 2,
            "mean_prob": float(col.mean()), "first_pos": it.start / max(n_tokens, 1),
            "words1": n_words == 1, "words2": n_words == 2, "words3": n_words >= 3,
            "top_share": it.score / max(scores[0], 1e-6),
            "has_longer": bool(longer), "has_shorter": bool(shorter),
            "longer_better": any(s > it.score for s in longer), "shorter_better": any(s > it.score for s in shorter),
        }
        base = it.role * len(_SHARED)
        for k, name in enumerate(_SHARED):
            x[row, base + k] = float(values[name])
    return x


class EntityModel:
    """Logistic weights over `pool_matrix` rows, and the pool floor they were trained with."""

    def __init__(self, coef: Sequence[float], floor: float) -> None:
        self.coef = np.asarray(coef, dtype=np.float64)
        self.floor = float(floor)

    def probs(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(x @ self.coef)))
