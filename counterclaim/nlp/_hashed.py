"""Hashed-feature logistic regression: the shared shape of the small learned attribution models.

Feature names are hashed with CRC-32 (stable across runs, machines and Python versions, unlike
`hash()`) into a power-of-two weight vector; the artifact is an `.npz` of weights, bias, threshold
and provenance, loaded with `allow_pickle=False` so that a model file can never run code.
"""

from __future__ import annotations

import json
import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

import numpy as np

from ._npz_model import NpzModel, write_npz


@dataclass(frozen=True)
class HashedLogistic(NpzModel):
    """Weights over hashed feature names; `threshold` is on the probability."""

    weights: np.ndarray
    bias: float
    threshold: float = 0.5
    meta: dict[str, object] = field(default_factory=dict)

    def indices(self, features: Iterable[str]) -> list[int]:
        mask = self.weights.size - 1
        return [zlib.crc32(f.encode("utf-8")) & mask for f in features]

    def prob_of(self, features: Iterable[str]) -> float:
        z = self.bias + float(self.weights[self.indices(features)].sum())
        return 1.0 / (1.0 + math.exp(-min(50.0, max(-50.0, z))))

    def save(self, path: str | Path) -> None:
        write_npz(path, weights=self.weights.astype(np.float32), bias=np.float64(self.bias),
                            threshold=np.float64(self.threshold), meta=np.array(json.dumps(self.meta, sort_keys=True)))

    @classmethod
    def load(cls, path: str | Path) -> Self:
        def build(z) -> Self:
            weights = z["weights"].astype(np.float64)
            if weights.size & (weights.size - 1):
                raise ValueError(f"weight vector of size {weights.size} is not a power of two")
            return cls(weights, float(z["bias"]), float(z["threshold"]), json.loads(str(z["meta"])))

        return cls.read_npz(path, build)
