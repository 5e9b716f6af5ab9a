"""Dense contextual features and a small multi-layer perceptron: the non-linear shape of our learned parts.

The hashed logistic models (`_hashed.py`) see feature *names*; what they cannot see is similarity
between words they never met in training. spaCy's tok2vec already computes a contextual vector
per token (`doc.tensor`, 96 floats in the small English pipeline) for the tagger and parser, so
reading it costs nothing at run time. `MLPHead` is a perceptron over such vectors (optionally
beside other numeric features), trained with scikit-learn and stored as plain arrays in an `.npz`
loaded with `allow_pickle=False`: a model file can never run code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Self

import numpy as np
from spacy.tokens import Doc

from ._npz_model import NpzModel, write_npz


def token_vectors(doc: Doc) -> np.ndarray:
    """The parser's contextual vector of every token, shape (len(doc), width); zeros when the pipeline set none."""
    tensor = doc.tensor
    if isinstance(tensor, np.ndarray) and tensor.ndim == 2 and tensor.shape[0] == len(doc):
        return tensor.astype(np.float32, copy=False)
    return np.zeros((len(doc), 0), dtype=np.float32)


def mean_vector(vectors: np.ndarray, start: int, end: int) -> np.ndarray:
    """The mean of rows start..end-1 (a span's vector); zeros for an empty span."""
    if end <= start:
        return np.zeros(vectors.shape[1], dtype=np.float32)
    return vectors[start:end].mean(axis=0)


@dataclass(frozen=True)
class MLPHead(NpzModel):
    """Layers of (weights, bias) with ReLU between them; the output is a logit per class (one for binary)."""

    layers: tuple[tuple[np.ndarray, np.ndarray], ...]
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    KIND: ClassVar[str] = "dense model"

    @property
    def n_inputs(self) -> int:
        return int(self.layers[0][0].shape[0])

    def logits(self, x: np.ndarray) -> np.ndarray:
        h = np.asarray(x, dtype=np.float64)
        for k, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if k < len(self.layers) - 1:
                np.maximum(h, 0.0, out=h)
        return h

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(positive) per row for a binary head; a softmax row per input for a multi-class one."""
        z = self.logits(np.atleast_2d(x))
        if z.shape[1] == 1:
            return 1.0 / (1.0 + np.exp(-np.clip(z[:, 0], -50.0, 50.0)))
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    @classmethod
    def from_sklearn(cls, model: Any, threshold: float = 0.5, meta: dict[str, Any] | None = None) -> Self:
        """Copy the weights of a fitted `sklearn.neural_network.MLPClassifier` (ReLU activation)."""
        if getattr(model, "activation", "relu") != "relu":
            raise ValueError("only ReLU perceptrons are supported")
        layers = tuple((np.asarray(w, dtype=np.float32), np.asarray(b, dtype=np.float32))
                       for w, b in zip(model.coefs_, model.intercepts_, strict=True))
        return cls(layers, threshold, dict(meta or {}))

    def save(self, path: str | Path) -> None:
        arrays: dict[str, np.ndarray] = {}
        for k, (w, b) in enumerate(self.layers):
            arrays[f"w{k}"] = w.astype(np.float32)
            arrays[f"b{k}"] = b.astype(np.float32)
        write_npz(path, n_layers=np.int64(len(self.layers)), threshold=np.float64(self.threshold),
                            meta=np.array(json.dumps(self.meta, sort_keys=True)), **arrays)

    @classmethod
    def load(cls, path: str | Path) -> Self:
        def build(z) -> Self:
            n = int(z["n_layers"])
            layers = tuple((z[f"w{k}"].astype(np.float64), z[f"b{k}"].astype(np.float64)) for k in range(n))
            for (w, _), (w_next, _) in zip(layers, layers[1:], strict=False):
                if w.shape[1] != w_next.shape[0]:
                    raise ValueError(f"layer shapes {w.shape} and {w_next.shape} do not chain")
            return cls(layers, float(z["threshold"]), json.loads(str(z["meta"])))

        return cls.read_npz(path, build)
