"""The linear span scores of the role model (`RoleModel.span_probs`): one look-up pass for all candidates gives
each candidate exactly the scores of its own known features, on sentences written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from counterclaim.incidents._role_features import DocContext, candidates, span_features
from counterclaim.incidents.roles import default_model
from counterclaim.nlp.pipeline import load_pipeline, parse

TEXT = ("Gunmen on motorcycles shot dead a village chief and his driver near the district office on Monday, "
        "police said. The Islamic State group said its fighters carried out the attack.")


@pytest.fixture(scope="module")
def model():
    return default_model()


@pytest.fixture(scope="module")
def feats(model):
    doc = parse(TEXT, load_pipeline())
    cands = candidates(doc)
    ctx = DocContext(doc, cands, 0.9, model.clusters.labels(doc) if model.clusters else None)
    return [span_features(doc, a, b, o, ctx) for a, b, o in cands]


def _one_by_one(model, feats: list[list[str]]) -> np.ndarray:
    """Each candidate scored on its own: intercept plus its known features' weights, then a softmax."""
    scores = np.tile(model.intercept, (len(feats), 1)).astype(np.float64)
    for r, fs in enumerate(feats):
        idx = [model.index[f] for f in fs if f in model.index]
        if idx:
            scores[r] += model.coef[:, idx].sum(axis=1)
    scores -= scores.max(axis=1, keepdims=True)
    probs = np.exp(scores)
    return probs / probs.sum(axis=1, keepdims=True)


def test_each_candidate_gets_its_own_features_scores(model, feats) -> None:
    assert len(feats) >= 5
    probs = model.span_probs(feats)
    assert probs.shape == (len(feats), model.coef.shape[0])
    assert np.allclose(probs, _one_by_one(model, feats), atol=1e-6)


def test_unknown_strings_and_a_candidate_without_known_features(model, feats) -> None:
    unknown = ["w=zzqx-not-a-word", "o=nowhere-origin"]
    mixed = [feats[0] + unknown, unknown, feats[1], unknown[:1] + feats[2]]
    probs = model.span_probs(mixed)
    assert np.allclose(probs, _one_by_one(model, mixed), atol=1e-6)
    # a candidate with no known feature keeps the intercept's distribution
    assert np.allclose(probs[1], _one_by_one(model, [[]])[0], atol=1e-6)
    assert np.allclose(probs[0], model.span_probs([feats[0]])[0], atol=1e-9)
