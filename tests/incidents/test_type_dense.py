"""Role vectors of a passage's lead act: read at the verb, its subject, its object, its instrument."""

import numpy as np

from counterclaim.incidents._type_dense import N_DENSE, ROLES, WIDTH, passage_features
from counterclaim.nlp._dense import token_vectors
from counterclaim.nlp.pipeline import parse


def _role(features: np.ndarray, role: str) -> np.ndarray:
    k = ROLES.index(role)
    return features[k * WIDTH : (k + 1) * WIDTH]


def test_roles_are_read_at_the_lead_verb_and_its_arguments():
    doc = parse("Masked men beat a village teacher with iron bars near Lowa. Police arrived later.")
    feats = passage_features(doc)
    vectors = token_vectors(doc)
    assert feats.shape == (N_DENSE,)
    beat = next(t for t in doc if t.text == "beat")
    np.testing.assert_allclose(_role(feats, "verb"), vectors[beat.i], rtol=1e-6)
    # "a village teacher": the object phrase up to its head, not the place after it.
    teacher = next(t for t in doc if t.text == "teacher")
    np.testing.assert_allclose(_role(feats, "object"), vectors[teacher.i - 2 : teacher.i + 1].mean(axis=0), rtol=1e-5)
    bars = next(t for t in doc if t.text == "bars")
    np.testing.assert_allclose(_role(feats, "instrument"), vectors[bars.i - 1 : bars.i + 1].mean(axis=0), rtol=1e-5)
    # The lead is the first sentence only.
    np.testing.assert_allclose(_role(feats, "lead"), vectors[: doc[0].sent.end].mean(axis=0), rtol=1e-5)


def test_target_of_opened_fire_on_is_the_object():
    doc = parse("Gunmen opened fire on a police patrol outside Dumbo.")
    patrol = next(t for t in doc if t.text == "patrol")
    feats = passage_features(doc)
    # "fire" names the act; the patrol is what was hit.
    np.testing.assert_allclose(
        _role(feats, "object"), token_vectors(doc)[patrol.i - 2 : patrol.i + 1].mean(axis=0), rtol=1e-5
    )
    assert not _role(feats, "instrument").any()


def test_a_dateline_sentence_is_not_the_lead_and_spans_limit_the_passage():
    text = "03/14/2020:\nA roadside bomb struck a police truck in Garo. Two officers were hurt."
    doc = parse(text)
    feats = passage_features(doc)
    struck = next(t for t in doc if t.text == "struck")
    np.testing.assert_allclose(_role(feats, "verb"), token_vectors(doc)[struck.i], rtol=1e-6)
    # A passage made of the second sentence alone reads its own verb.
    second = text.index("Two")
    hurt = next(t for t in doc if t.text == "hurt")
    only_second = passage_features(doc, [(second, len(text))])
    np.testing.assert_allclose(_role(only_second, "verb"), token_vectors(doc)[hurt.i], rtol=1e-6)
