"""The learned cue-head tagger: features, decoding into attributions, the artifact format, the shipped model."""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from counterclaim.errors import ConfigError
from counterclaim.nlp.cue_tagger import N_BITS, CueTagger, load_tagger, quotation_mask, token_features
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quotes import CueLexicon, drop_nested, tagged_attributions


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _tagger_for(*features: str, weight: float = 8.0) -> CueTagger:
    """A tagger that tags exactly the tokens carrying one of `features` (bias strongly negative)."""
    w = np.zeros(1 << N_BITS)
    for f in features:
        w[zlib.crc32(f.encode("utf-8")) & ((1 << N_BITS) - 1)] += weight
    return CueTagger(w, bias=-4.0, threshold=0.5)


def test_quotation_mask_marks_only_the_quoted_words(nlp: Language) -> None:
    doc = nlp("“We will rebuild,” the mayor said.")
    mask = quotation_mask(doc)
    inside = [t.text for t in doc if mask[t.i]]
    assert inside == ["We", "will", "rebuild", ","]


def test_heads_come_most_confident_first(nlp: Language) -> None:
    doc = nlp("Officials said the bridge was safe. Police warned drivers.")
    tagger = _tagger_for("l=say", "l=warn")
    tagger = CueTagger(tagger.weights + _tagger_for("l=say", weight=1.0).weights, tagger.bias, tagger.threshold)
    assert [doc[i].text for i in tagger.heads(doc)] == ["said", "warned"]
    assert tagger.heads(doc, threshold=0.9999) == []


def test_features_describe_the_parse_not_only_the_word(nlp: Language) -> None:
    doc = nlp("The governor said the roads were closed.")
    said = doc[2]
    feats = token_features(said, False)
    assert "l=say" in feats and "comp=True" in feats and "subj=True" in feats
    assert "p1=governor" in feats and "n1=the" in feats


def test_features_name_who_speaks_and_what_is_said(nlp: Language) -> None:
    doc = nlp("She wants a vote on the bill. He is confident that it passes.")
    wants, is_ = doc[1], doc[9]
    feats = token_features(wants, False)
    assert "l|sk=want|PRON" in feats and "l|ol=want|vote" in feats and "sq=False" in feats
    assert "l|ol=be|confident" in token_features(is_, False)


def test_dashes_are_one_word_for_the_tagger(nlp: Language) -> None:
    doc = nlp("“We will win.” ― Jane Doe\n“We will lose.” — John Roe")
    bars = [t for t in doc if t.text in ("―", "—")]
    assert len(bars) == 2
    assert all("w=-" in token_features(t, False) for t in bars)


def test_attributions_carry_the_taggers_confidence(nlp: Language) -> None:
    doc = nlp("The mayor said the police chief told reporters that the road was closed.")
    tagger = _tagger_for("l=say", "l=tell")
    atts = tagged_attributions(doc, tagger)
    assert [(a.source.text, a.cue.text) for a in atts] == [("The mayor", "said"), ("the police chief", "told")]
    probs = tagger.probabilities(doc)
    assert [a.confidence for a in atts] == [probs[2], probs[6]]


def test_tagged_cue_gets_subject_source_and_clause_content(nlp: Language) -> None:
    doc = nlp("The governor said the roads were closed.")
    [att] = tagged_attributions(doc, _tagger_for("l=say"))
    assert (att.source.text, att.cue.text) == ("The governor", "said")
    assert att.content.text == "the roads were closed"


def test_colon_after_a_headline_speaker_is_an_attribution(nlp: Language) -> None:
    doc = nlp("Pollster: Voters Are Tired of the Campaign\nThe race tightened in October.")
    [att] = tagged_attributions(doc, _tagger_for("w|line_pos=:|1"))
    assert att.cue.text == ":"
    assert att.source.text == "Pollster"
    assert att.content.text.strip() == "Voters Are Tired of the Campaign"


def test_noun_cue_takes_its_possessor_as_source(nlp: Language) -> None:
    doc = nlp("Reporters checked the senator's claim that the plant had closed.")
    [att] = tagged_attributions(doc, _tagger_for("l=claim"))
    assert (att.source.text, att.cue.text) == ("the senator's", "claim")
    assert "the plant had closed" in att.content.text


def test_cue_extent_follows_the_head_specific_statistic(nlp: Language) -> None:
    doc = nlp("The mayor spoke of a crisis. The mayor said of the plan that it was costly.")
    lex = CueLexicon(priors={}, extend={"prep|of": 0.8, "say>prep|of": 0.1})
    cues = [a.cue.text for a in tagged_attributions(doc, _tagger_for("l=say", "l=speak"), lex)]
    assert cues == ["spoke of", "said"]


def test_artifact_round_trip_and_malformed_file(tmp_path: Path) -> None:
    tagger = _tagger_for("l=say")
    path = tmp_path / "t.npz"
    tagger.save(path)
    back = CueTagger.load(path)
    assert back.threshold == tagger.threshold and back.bias == tagger.bias
    assert np.allclose(back.weights, tagger.weights)
    np.savez(tmp_path / "bad.npz", weights=np.zeros(3))
    with pytest.raises(ConfigError):
        CueTagger.load(tmp_path / "bad.npz")


@pytest.mark.skipif(load_tagger() is None, reason="cue tagger not built")
def test_shipped_tagger_finds_common_and_rarer_cues(nlp: Language) -> None:
    tagger = load_tagger()
    assert tagger is not None and str(tagger.meta.get("source", "")).startswith("PolNeAR")
    doc = nlp("The spokesman told reporters that the talks had failed. The farmers insisted the dam was unsafe.")
    heads = [doc[i].text for i in tagger.heads(doc)]
    assert "told" in heads and "insisted" in heads
    assert not {"dam", "farmers", "talks", "reporters"} & set(heads)


def test_a_confident_cue_inside_a_wide_content_survives(nlp: Language) -> None:
    doc = nlp("The mayor said the police chief told reporters that the road was closed.")
    outer, inner = tagged_attributions(doc, _tagger_for("l=say", "l=tell"))
    sure, unsure = replace(inner, confidence=0.95), replace(inner, confidence=0.5)
    assert drop_nested([replace(outer, confidence=0.6), sure], keep_above=0.8) == [replace(outer, confidence=0.6), sure]
    assert drop_nested([replace(outer, confidence=0.6), unsure], keep_above=0.8) == [replace(outer, confidence=0.6)]
    assert drop_nested([replace(outer, confidence=0.99), sure], keep_above=0.8) == [replace(outer, confidence=0.99)]
    assert drop_nested([outer, sure]) == [outer]


def test_source_of_a_clause_opened_by_a_preposition_is_the_main_subject(nlp: Language) -> None:
    doc = nlp("After saying the vote was rigged, the candidate left the stage.")
    [att] = tagged_attributions(doc, _tagger_for("l=say"))
    assert (att.source.text, att.cue.text) == ("the candidate", "saying")


def test_source_of_an_ing_clause_is_the_noun_it_describes(nlp: Language) -> None:
    doc = nlp("The union backing the mayor praised the plan on Monday.")
    [att] = tagged_attributions(doc, _tagger_for("l=back"))
    assert (att.source.text, att.cue.text) == ("The union", "backing")
