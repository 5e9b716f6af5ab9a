"""Dense rows for the role model's second look at each candidate span (`incidents.roles`).

The linear span classifier sees feature *names*: a victim named beside a verb it never met in
training ("were gunned down", "fell to an ambush") looks like nothing to it. spaCy's contextual
token vectors (`nlp._dense.token_vectors`, free: the parser computed them) place such words near
the ones it did meet. A small perceptron (`nlp._dense.MLPHead`) reads, per candidate, the linear
model's class probabilities, the best of them over every mention of the same string (a name's role
shows wherever it sits next to the verb), the document's relevance, and the vectors of the span's
head, the span, and the predicate governing it; it returns new class probabilities that the role
thresholds then apply to. Training (`training.roles`) feeds it out-of-fold linear probabilities, so
it learns how far to trust them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.tokens import Doc

from ..nlp._dense import mean_vector, token_vectors
from ._role_features import clause_head, normalise
from .triggers import STRONG_LEMMAS, WEAK_LEMMAS

N_CLASSES = 6
"""None + the five roles, in `roles.ROLES` order."""


def _log(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-4, 1.0)) / 5.0


def dense_rows(doc: Doc, cands: Sequence[tuple[int, int, str]], probs: np.ndarray, relevance: float) -> np.ndarray:
    """One row per candidate: linear log-probabilities, their per-string maximum, relevance, three vectors."""
    vectors = token_vectors(doc)
    width = vectors.shape[1]
    n = len(cands)
    keys = [normalise(doc[a:b].text) for a, b, _ in cands]
    best: dict[str, np.ndarray] = {}
    for k, key in enumerate(keys):
        best[key] = np.maximum(best[key], probs[k]) if key in best else probs[k]
    head = np.zeros((n, width), dtype=np.float32)
    mean = np.zeros((n, width), dtype=np.float32)
    pred = np.zeros((n, width), dtype=np.float32)
    has_pred = np.zeros((n, 1), dtype=np.float32)
    for k, (a, b, _) in enumerate(cands):
        root = doc[a:b].root
        if width:
            head[k] = vectors[root.i]
            mean[k] = mean_vector(vectors, a, b)
        found = clause_head(root)
        if found is not None:
            has_pred[k] = 1.0
            if width:
                pred[k] = vectors[found[1].i]
    pooled = np.array([best[key] for key in keys], dtype=np.float64).reshape(n, -1)
    rel = np.full((n, 1), relevance, dtype=np.float64)
    return np.hstack([_log(probs), _log(pooled), rel, has_pred, head, mean, pred]).astype(np.float32)


_VIOLENT = STRONG_LEMMAS | WEAK_LEMMAS


def relevance_row(doc: Doc, linear: float) -> np.ndarray:
    """One row per document for the relevance perceptron: the bag-of-lemmas model's logit, the mean
    vector of the sentences that name violence, of the whole text, and the share of violent sentences.

    A clash between soldiers and guerrillas and a bombing of a bank use the same violent words; what
    tells them apart is who and what stand around those words, which the sentence vectors carry.
    """
    vectors = token_vectors(doc)
    width = vectors.shape[1]
    hit = np.zeros(len(doc), dtype=bool)
    n_sents = n_violent = 0
    for sent in doc.sents:
        n_sents += 1
        if any(t.lemma_.lower() in _VIOLENT for t in sent):
            n_violent += 1
            hit[sent.start : sent.end] = True
    violent = vectors[hit].mean(axis=0) if width and hit.any() else np.zeros(width, dtype=np.float32)
    whole = vectors.mean(axis=0) if width and len(doc) else np.zeros(width, dtype=np.float32)
    p = min(max(linear, 1e-4), 1 - 1e-4)
    head = [np.log(p / (1 - p)) / 5.0, n_violent / max(n_sents, 1), np.log1p(n_sents) / 3.0]
    return np.concatenate([np.array(head, dtype=np.float32), violent, whole]).astype(np.float32)


class VectorClusters:
    """Centroids of contextual token vectors (k-means on the training split): a token's nearest
    centroid is a discrete word class in context, which the linear span model can weigh like any
    other feature name. The raw vectors overfit the few thousand positive spans of MUC-4 (out-of-fold,
    a perceptron or a logistic model over them scored below the hashed model alone); their classes
    generalise, since one weight covers every unseen word that the parser places alike."""

    def __init__(self, centroids: np.ndarray) -> None:
        self.centroids = np.asarray(centroids, dtype=np.float32)
        self._sq = (self.centroids**2).sum(axis=1)

    def labels(self, doc: Doc) -> np.ndarray | None:
        """Nearest centroid per token, or None when the parse carries no vectors of the right width."""
        vectors = token_vectors(doc)
        if vectors.shape[1] != self.centroids.shape[1] or not len(doc):
            return None
        return (self._sq[None, :] - 2.0 * vectors @ self.centroids.T).argmin(axis=1)
