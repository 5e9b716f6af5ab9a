"""The role model's span features as model columns (`_role_features.FeatureKeys`): scoring reads each
candidate's features as the columns of the names training wrote, in the same order, so the scores are
those of the strings to the last bit. Sentences written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from counterclaim.incidents._role_features import DocContext, FeatureKeys, candidates, span_features
from counterclaim.incidents.roles import default_model
from counterclaim.nlp.pipeline import load_pipeline, parse

TEXTS = (
    "Gunmen on motorcycles shot dead a village chief and his driver near the district office on Monday, "
    "police said. The Islamic State group said its fighters carried out the attack.",
    "A truck packed with explosives blew up beside the gates of a state water utility (SWU) in the provincial "
    "capital, killing a guard who stood nearby. Two firemen were hurt by the explosion.",
    "Rebels kidnapped 14 aid workers near the border on Sunday - the third such abduction this year, "
    "a spokesman for the governor's office said.",
    "Bomb.",
)


@pytest.fixture(scope="module")
def docs():
    nlp = load_pipeline()
    return [parse(t, nlp) for t in TEXTS]


def _strings(doc, cands, labels):
    ctx = DocContext(doc, cands, 0.63, labels)
    return [span_features(doc, a, b, o, ctx) for a, b, o in cands]


def _columns(doc, cands, labels, keys):
    ctx = DocContext(doc, cands, 0.63, labels, keys)
    return [[i for i in span_features(doc, a, b, o, ctx) if i >= 0] for a, b, o in cands]


@pytest.mark.parametrize("with_classes", [True, False])
def test_every_name_becomes_its_column_in_order(docs, with_classes):
    """A vocabulary holding every name the documents have: any name left out, added or moved shows."""
    per_doc = []
    for doc in docs:
        cands = candidates(doc)
        labels = [(3 * i) % 11 for i in range(len(doc))] if with_classes else None
        per_doc.append((doc, cands, labels, _strings(doc, cands, labels)))
    names = sorted({f for *_, feats in per_doc for fs in feats for f in fs})
    keys = FeatureKeys({f: i for i, f in enumerate(names)})
    for _ in range(2):  # the second pass reads the names remembered from the first
        for doc, cands, labels, feats in per_doc:
            assert cands
            assert _columns(doc, cands, labels, keys) == [[keys.index[f] for f in fs] for fs in feats]


def test_names_the_model_lacks_are_dropped_and_the_rest_kept(docs):
    half = {f"w={w}": i for i, w in enumerate(["gunmen", "the", "bomb", "police"])} | {"bias": 7, "o=nc": 9}
    keys = FeatureKeys(half)
    for doc in docs:
        cands = candidates(doc)
        expected = [[half[f] for f in fs if f in half] for fs in _strings(doc, cands, None)]
        assert _columns(doc, cands, None, keys) == expected


def test_the_shipped_model_scores_columns_as_it_scores_strings(docs):
    model = default_model()
    for doc in docs:
        cands = candidates(doc)
        labels = model.clusters.labels(doc) if model.clusters else None
        ctx = DocContext(doc, cands, 0.63, labels, model.keys)
        by_columns = model.id_probs([span_features(doc, a, b, o, ctx) for a, b, o in cands])
        by_strings = model.span_probs(_strings(doc, cands, labels))
        assert by_columns.tobytes() == by_strings.tobytes()
        assert np.allclose(by_columns.sum(axis=1), 1.0)
