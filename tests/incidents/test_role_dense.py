"""Dense rows of the role model (`incidents._role_dense`) and the perceptron fit behind them."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.neural_network import MLPClassifier

from counterclaim.incidents import _role_dense
from counterclaim.incidents._role_features import candidates
from counterclaim.nlp.pipeline import load_pipeline, parse
from counterclaim.training import roles as training

TEXT = ("Masked gunmen shot the mayor of Rio Claro outside his house on Sunday night. "
        "The mayor was taken to a clinic. Farmers in the valley harvested coffee all week.")


@pytest.fixture(scope="module")
def doc():
    return load_pipeline()(TEXT)


def test_rows_carry_the_best_probability_over_every_mention_of_a_string(doc):
    cands = [c for c in candidates(doc) if doc[c[0]:c[1]].text.lower() in {"the mayor", "masked gunmen"}]
    assert len(cands) == 3  # "the mayor" twice, "masked gunmen" once
    probs = np.full((3, 6), 0.1)
    mayor = [k for k, (a, b, _) in enumerate(cands) if doc[a:b].text.lower() == "the mayor"]
    probs[mayor[0], 4] = 0.9  # one mention of the mayor reads as a victim, the other does not
    rows = _role_dense.dense_rows(doc, cands, probs, 0.7)
    width = doc.tensor.shape[1]
    assert rows.shape == (3, 6 + 6 + 2 + 3 * width)
    pooled = rows[:, 6:12]
    assert pooled[mayor[0], 4] == pooled[mayor[1], 4] == pytest.approx(np.log(0.9) / 5)
    gunmen = next(k for k in range(3) if k not in mayor)
    assert pooled[gunmen, 4] == pytest.approx(np.log(0.1) / 5)
    assert np.allclose(rows[:, 12], 0.7)


def test_the_governing_predicate_vector_is_the_verbs(doc):
    gunmen = next(c for c in candidates(doc) if doc[c[0]:c[1]].text == "Masked gunmen")
    row = _role_dense.dense_rows(doc, [gunmen], np.full((1, 6), 1 / 6), 0.5)[0]
    width = doc.tensor.shape[1]
    assert row[13] == 1.0  # the subject of "shot" has a predicate
    shot = next(t for t in doc if t.text == "shot")
    assert np.allclose(row[14 + 2 * width:], doc.tensor[shot.i])
    assert np.allclose(row[14:14 + width], doc.tensor[doc[gunmen[0]:gunmen[1]].root.i])


def test_relevance_row_counts_the_sentences_that_name_violence(doc):
    row = _role_dense.relevance_row(doc, 0.5)
    width = doc.tensor.shape[1]
    assert row.shape == (3 + 2 * width,)
    assert row[0] == pytest.approx(0.0)  # logit of 0.5
    assert row[1] == pytest.approx(1 / 3)  # only the shooting sentence is violent
    calm = parse("Farmers in the valley harvested coffee all week.")
    assert _role_dense.relevance_row(calm, 0.5)[1] == 0.0


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")  # fixed epochs, as in training
def test_the_perceptron_reads_raw_rows_as_sklearn_reads_standardised_ones():
    rng = np.random.default_rng(0)
    x = rng.normal(loc=5.0, scale=[1.0, 20.0, 0.1], size=(300, 3))
    y = (x[:, 0] > 5).astype(int) + (x[:, 1] > 5)  # 0, 1 or 2; the columns' scales differ 200-fold
    head = training.fit_dense(x, y, hidden=(8,), alpha=1e-3, epochs=200, batch=32)
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-3
    reference = MLPClassifier(hidden_layer_sizes=(8,), alpha=1e-3, batch_size=32, max_iter=200,
                              random_state=training.SEED, tol=0.0, n_iter_no_change=201).fit((x - mu) / sd, y)
    assert head.meta["classes"] == [0, 1, 2]
    assert np.allclose(head.probabilities(x), reference.predict_proba((x - mu) / sd), atol=1e-4)
    assert (head.probabilities(x).argmax(axis=1) == y).mean() > 0.8


def test_each_token_gets_its_nearest_centroid(doc):
    rng = np.random.default_rng(1)
    centroids = rng.normal(size=(5, doc.tensor.shape[1])).astype(np.float32)
    labels = _role_dense.VectorClusters(centroids).labels(doc)
    brute = ((doc.tensor[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2).argmin(axis=1)
    assert labels is not None and labels.tolist() == brute.tolist()
    # a model trained on vectors of another width reads no classes rather than wrong ones
    assert _role_dense.VectorClusters(centroids[:, :10]).labels(doc) is None


def test_span_features_name_the_classes_of_the_head_and_its_predicate(doc):
    from counterclaim.incidents._role_features import DocContext, span_features

    cands = candidates(doc)
    gunmen = next(c for c in cands if doc[c[0]:c[1]].text == "Masked gunmen")
    labels = list(range(len(doc)))  # every token its own class: the features name token positions
    with_classes = span_features(doc, *gunmen, DocContext(doc, cands, 0.5, labels))
    without = span_features(doc, *gunmen, DocContext(doc, cands, 0.5))
    shot = next(t for t in doc if t.text == "shot")
    extra = set(with_classes) - set(without)
    assert {"hc=1", "fc=0", "lc=1", "pc=<s>", "nc=2", f"vc=nsubj|{shot.i}"} == extra
