"""The type trainer's dense block: standardised role vectors beside the hashed features, scored alike at inference."""

from __future__ import annotations

import numpy as np

from counterclaim.incidents._type_features import feature_spans
from counterclaim.training.types import fit


def test_a_label_only_the_vectors_tell_is_learned_and_scored_the_same_by_the_model() -> None:
    rng = np.random.default_rng(0)
    n = 200
    texts = ["Armed men attacked a person near the road."] * n  # identical words: only the vectors differ
    feats = [sorted(feature_spans(t)) for t in texts]
    dense = rng.normal(size=(n, 6)).astype(np.float32) + 3.0
    y = (dense[:, 1] > 3.0).astype(np.int8)
    Y = np.stack([y, 1 - y], axis=1)
    fitted = fit(feats, Y, dense, seed=0, dense_weight=1.0)
    assert fitted.dense_W is not None and fitted.dense_W.shape == (6, 2)
    z = fitted.logits(feats, dense)
    assert ((z[:, 0] > z[:, 1]) == y.astype(bool)).mean() > 0.9
    model = fitted.model(np.tile([1.0, 0.0], (2, 1)).astype(np.float32), [("attack", "A"), ("attack", "B")])
    scored = model.score(texts[0], dense=dense[0])
    np.testing.assert_allclose(np.log(scored.probs / (1 - scored.probs)), z[0], rtol=1e-3, atol=1e-3)
    # No dense block when it is switched off.
    assert fit(feats, Y, dense, seed=0, dense_weight=0.0).dense_W is None
