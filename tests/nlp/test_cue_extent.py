"""The learned cue extent: which words around a cue head join the cue, the artifact format, the shipped model."""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from counterclaim.errors import ConfigError
from counterclaim.nlp.cue_extent import EXTENT_BITS, CueExtent, extent_features, load_extent
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quotes import find_attributions


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _extent_for(*features: str) -> CueExtent:
    """A model that accepts exactly the neighbours carrying one of `features`."""
    w = np.zeros(1 << EXTENT_BITS)
    for f in features:
        w[zlib.crc32(f.encode("utf-8")) & ((1 << EXTENT_BITS) - 1)] += 8.0
    return CueExtent(w, bias=-4.0, threshold=0.5)


def test_features_relate_the_word_to_the_head(nlp: Language) -> None:
    doc = nlp("The minister did not say whether the border would reopen.")
    say, not_ = doc[4], doc[3]
    feats = extent_features(say, not_)
    assert "s|l=L|not" in feats and "s|rel=L|child" in feats and "s|hl|l=L|say|not" in feats
    assert "s|br=R|comp" in extent_features(say, doc[7])


def test_span_grows_only_through_contiguous_accepted_words(nlp: Language) -> None:
    doc = nlp("The minister did not say whether the border would reopen.")
    model = _extent_for("s|l=L|do", "s|l=L|not", "s|l=R|border")
    assert model.span(doc[4]) == (2, 5)  # "did not say"; "border" is accepted but not contiguous


def test_round_trip_and_malformed_artifact(tmp_path: Path) -> None:
    model = _extent_for("s|l=L|do")
    model.save(tmp_path / "e.npz")
    again = CueExtent.load(tmp_path / "e.npz")
    assert again.threshold == 0.5 and np.allclose(again.weights, model.weights)
    np.savez(tmp_path / "bad.npz", weights=np.zeros(3), bias=0.0, threshold=0.5, meta="{}")
    with pytest.raises(ConfigError):
        CueExtent.load(tmp_path / "bad.npz")


@pytest.mark.skipif(load_extent() is None, reason="extent model not built (`counterclaim train cues`)")
def test_shipped_model_keeps_auxiliaries_and_drops_the_channel(nlp: Language) -> None:
    doc = nlp("The interior minister did not say whether the border would reopen.\n\n"
              "The general said via email that the troops would stay.\n\n"
              "Two guards were wounded, according to the police.")
    cues = [a.cue.text for a in find_attributions(doc)]
    assert cues == ["did not say", "said", "according to"]


def test_spans_read_one_cue_at_several_thresholds(nlp: Language) -> None:
    doc = nlp("The minister did not say whether the border would reopen.")
    model = _extent_for("s|l=L|do", "s|l=L|not")
    assert model.spans(doc[4], (0.5, 0.999)) == [(2, 5), (4, 5)]
    assert model.spans(doc[4], (0.5,))[0] == model.span(doc[4])
