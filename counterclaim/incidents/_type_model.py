"""The shipped GTD type model: hashed-feature weights, Platt calibration, plain numpy at inference.

Stored as one `.npz` (no pickle): `buckets` (sorted hash buckets that carry weight; the buckets
present in a passage form a binary vector scaled to unit length), `W` (buckets x labels, float16),
`b` (intercepts), `platt` (per-label a, b applied to the raw logit), `labels` ("task<TAB>label"
strings) and `meta` (a JSON string). scikit-learn is needed only to train.

Optionally `dense_W` (weights of the passage's contextual role vectors, `_type_dense`), with
`dense_shift` / `dense_scale` to standardise them as in training. A passage scored without its
parse (no vectors) gets no dense contribution, as if its vectors were the training mean.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ConfigError
from ..nlp._npz_model import write_npz
from ._type_features import feature_spans
from ._type_rules import RuleHit

ARTIFACT = "gtd_types.npz"


@dataclass
class Scored:
    """Calibrated probability per label column, and the features behind each (for evidence)."""

    probs: np.ndarray
    rows: np.ndarray
    """Indices into the model's weight rows of the features present."""
    spans: list[tuple[int, int]]
    """Local span of each present feature (parallel to `rows`)."""


@dataclass
class TypeModel:
    buckets: np.ndarray
    W: np.ndarray
    b: np.ndarray
    platt: np.ndarray
    labels: list[tuple[str, str]]
    meta: dict = field(default_factory=dict)
    dense_W: np.ndarray | None = None
    dense_shift: np.ndarray | None = None
    dense_scale: np.ndarray | None = None

    @property
    def reads_vectors(self) -> bool:
        """Whether the model has a dense block: callers compute role vectors only for such a model."""
        return self.dense_W is not None

    def columns(self, task: str) -> list[int]:
        return [i for i, (t, _) in enumerate(self.labels) if t == task]

    def score(self, text: str, hits: list[RuleHit] | None = None, dense: np.ndarray | None = None) -> Scored:
        feats = feature_spans(text, hits)
        keys = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        pos = np.searchsorted(self.buckets, keys)
        pos = np.minimum(pos, len(self.buckets) - 1)
        found = self.buckets[pos] == keys
        rows = pos[found]
        spans = [s for s, ok in zip(feats.values(), found, strict=True) if ok]
        # Unit-L2 binary features, as in training: the sum of weights over sqrt(number of features).
        z = self.b + self.W[rows].astype(np.float32).sum(axis=0) / np.sqrt(len(rows)) if len(rows) else self.b.copy()
        if dense is not None and self.dense_W is not None:
            z = z + self.dense_inputs(dense) @ self.dense_W.astype(np.float32)
        return Scored(probs=calibrate(z, self.platt), rows=rows, spans=spans)

    def dense_inputs(self, dense: np.ndarray) -> np.ndarray:
        """Role vectors standardised and scaled as the model saw them in training."""
        assert self.dense_shift is not None and self.dense_scale is not None
        return ((np.asarray(dense, dtype=np.float32) - self.dense_shift) * self.dense_scale).astype(np.float32)

    def contributions(self, scored: Scored, column: int) -> np.ndarray:
        """Each present feature's weight for one label column."""
        if not len(scored.rows):
            return np.zeros(0, dtype=np.float32)
        return self.W[scored.rows, column].astype(np.float32)

    def save(self, path: str | Path) -> None:
        write_npz(
            path,
            buckets=self.buckets.astype(np.int64),
            W=self.W.astype(np.float16),
            b=self.b.astype(np.float32),
            platt=self.platt.astype(np.float32),
            labels=np.array([f"{t}\t{lab}" for t, lab in self.labels]),
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
            **self._dense_arrays(),
        )

    def _dense_arrays(self) -> dict[str, np.ndarray]:
        if self.dense_W is None or self.dense_shift is None or self.dense_scale is None:
            return {}
        return {
            "dense_W": self.dense_W.astype(np.float16),
            "dense_shift": self.dense_shift.astype(np.float32),
            "dense_scale": self.dense_scale.astype(np.float32),
        }

    @classmethod
    def load(cls, path: str | Path) -> TypeModel:
        try:
            with np.load(path, allow_pickle=False) as z:
                labels = [tuple(s.split("\t", 1)) for s in z["labels"].tolist()]
                return cls(
                    buckets=z["buckets"],
                    W=z["W"],
                    b=z["b"],
                    platt=z["platt"],
                    labels=labels,
                    meta=json.loads(str(z["meta"])),
                    dense_W=z["dense_W"] if "dense_W" in z.files else None,
                    dense_shift=z["dense_shift"] if "dense_shift" in z.files else None,
                    dense_scale=z["dense_scale"] if "dense_scale" in z.files else None,
                )  # type: ignore[arg-type]
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(
                f"cannot load GTD type model {path}: {exc}; rebuild it with `counterclaim train types`"
            ) from exc


def calibrate(z: np.ndarray, platt: np.ndarray) -> np.ndarray:
    """Platt scaling: sigmoid(a * z + b) per label, a and b fitted on out-of-fold logits."""
    return 1.0 / (1.0 + np.exp(-(platt[:, 0] * z + platt[:, 1])))


def artifact_path() -> Path:
    return Path(str(resources.files("counterclaim") / "artifacts" / ARTIFACT))


@lru_cache(maxsize=1)
def packaged_model() -> TypeModel | None:
    """The packaged model, or None when it is absent (rules alone then)."""
    path = artifact_path()
    return TypeModel.load(path) if path.is_file() else None


_override: list[TypeModel | None] = []


def default_model() -> TypeModel | None:
    """The model `classify()` uses: the one set by `using()`, else the packaged one."""
    return _override[-1] if _override else packaged_model()


@contextmanager
def using(model: TypeModel | None) -> Iterator[None]:
    """Run the pipeline with another type model (a cross-validation fold's, in the GTD scorer)."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()
