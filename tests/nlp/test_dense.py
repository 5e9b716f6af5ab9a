"""The perceptron head reproduces scikit-learn's probabilities from plain arrays, and reads spaCy's token vectors."""

import numpy as np
import pytest

from counterclaim.errors import ConfigError
from counterclaim.nlp._dense import MLPHead, mean_vector, token_vectors
from counterclaim.nlp.pipeline import parse


def _fitted(n_classes: int):
    from sklearn.neural_network import MLPClassifier

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 6))
    y = (x[:, 0] + x[:, 1] ** 2 > 1).astype(int) if n_classes == 2 else np.digitize(x[:, 0], [-0.5, 0.5])
    return MLPClassifier(hidden_layer_sizes=(8,), max_iter=2000, random_state=0).fit(x, y), x


@pytest.mark.parametrize("n_classes", [2, 3])
def test_head_round_trips_through_npz(tmp_path, n_classes):
    model, x = _fitted(n_classes)
    head = MLPHead.from_sklearn(model, threshold=0.4, meta={"trained_on": "synthetic"})
    head.save(tmp_path / "head.npz")
    loaded = MLPHead.load(tmp_path / "head.npz")
    expected = model.predict_proba(x)
    got = loaded.probabilities(x)
    np.testing.assert_allclose(got, expected[:, 1] if n_classes == 2 else expected, atol=1e-5)
    assert loaded.threshold == 0.4 and loaded.meta == {"trained_on": "synthetic"}


def test_malformed_file_says_how_to_rebuild(tmp_path):
    bad = tmp_path / "bad.npz"
    np.savez(bad, n_layers=np.int64(2), w0=np.zeros((3, 4)), b0=np.zeros(4))
    with pytest.raises(ConfigError, match="rebuild"):
        MLPHead.load(bad)
    assert MLPHead.load_if_built(tmp_path / "missing.npz") is None


def test_token_vectors_are_contextual():
    doc = parse("Gunmen fired on a bus. The minister said the bus was late.")
    vectors = token_vectors(doc)
    assert vectors.shape[0] == len(doc) and vectors.shape[1] > 0
    buses = [t.i for t in doc if t.text == "bus"]
    assert not np.allclose(vectors[buses[0]], vectors[buses[1]])
    assert mean_vector(vectors, 0, 0).shape == (vectors.shape[1],)
    np.testing.assert_allclose(mean_vector(vectors, 1, 3), vectors[1:3].mean(axis=0))
