"""The learned cue extent: which words around a cue head join the cue, the artifact format, the shipped model."""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from counterclaim.errors import ConfigError
from counterclaim.nlp.cue_extent import (
    EXTENT_BITS,
    RANKER_BITS,
    RANKER_PATH,
    CueExtent,
    SpanRanker,
    candidate_spans,
    extent_features,
    load_extent,
)
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


def _ranker_for(*features: str, numeric: tuple[float, ...] = (0.0,) * 7) -> SpanRanker:
    """A ranker that prefers exactly the spans carrying one of `features`."""
    w = np.zeros(1 << RANKER_BITS)
    for f in features:
        w[zlib.crc32(f.encode("utf-8")) & ((1 << RANKER_BITS) - 1)] += 8.0
    return SpanRanker(w, bias=0.0, threshold=0.5, meta={"numeric": list(numeric)})


def test_ranker_takes_a_whole_phrase_the_word_model_would_cut(nlp: Language) -> None:
    doc = nlp("The ambassador told reporters at the airport that the talks had failed.")
    told = doc[2]
    words = _extent_for("s|l=R|reporter")  # word by word: "told reporters"
    assert doc[slice(*words.span(told))].text == "told reporters"
    ranked = replace(words, ranker=_ranker_for("rtext=tell|reporter at the airport"))
    assert doc[slice(*ranked.span(told))].text == "told reporters at the airport"
    assert ranked.span(told, threshold=0.5) == words.span(told)  # an explicit threshold reads word by word


def test_ranker_follows_the_word_model_when_told_to(nlp: Language) -> None:
    doc = nlp("The minister did not say whether the border would reopen.")
    words = _extent_for("s|l=L|do", "s|l=L|not")
    ranked = replace(words, ranker=_ranker_for("model=True"))
    assert ranked.span(doc[4]) == words.span(doc[4]) == (2, 5)


def test_candidate_spans_stay_on_the_line_and_contain_the_head(nlp: Language) -> None:
    doc = nlp("Officials said\nthe road was closed.")
    said = doc[1]
    window = _extent_for().window(said)
    assert all("\n" not in doc[j].text for j in window)
    spans = candidate_spans(said, window)
    assert (1, 2) in spans and all(s <= 1 < e for s, e in spans)
    assert max(e for _, e in spans) <= next(t.i for t in doc if "\n" in t.text)


def test_ranker_is_loaded_beside_the_extent_model(tmp_path: Path) -> None:
    _extent_for("s|l=L|do").save(tmp_path / "cue_extent.npz")
    assert load_extent(tmp_path / "cue_extent.npz").ranker is None
    _ranker_for("model=True", numeric=(1.0,) * 7).save(tmp_path / RANKER_PATH.name)
    load_extent.cache_clear()
    ranker = load_extent(tmp_path / "cue_extent.npz").ranker
    assert ranker is not None and ranker.meta["numeric"] == [1.0] * 7
    load_extent.cache_clear()
