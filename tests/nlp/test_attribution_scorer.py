"""The second-stage attribution scorer: features of whole candidates, the decision, the artifact."""

from __future__ import annotations

import zlib
from dataclasses import replace

import numpy as np
import pytest
from spacy.language import Language

from counterclaim.models import Span
from counterclaim.nlp.attribution_scorer import SCORER_BITS, AttributionScorer, candidate_features, load_scorer
from counterclaim.nlp.cue_extent import EXTENT_BITS, CueExtent
from counterclaim.nlp.cue_tagger import N_BITS, CueTagger
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quotes import candidate_attributions, scored_attributions


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _model(cls, bits: int, features: dict[str, float], bias: float, threshold: float = 0.5, **meta):
    w = np.zeros(1 << bits)
    for f, v in features.items():
        w[zlib.crc32(f.encode("utf-8")) & ((1 << bits) - 1)] += v
    return cls(w, bias, threshold, dict(meta))


def _candidates(nlp: Language, text: str, lemmas: tuple[str, ...]):
    """Candidates from a tagger that proposes the given lemmas at a low probability (about 0.12)."""
    tagger = _model(CueTagger, N_BITS, {f"l={lemma}": 2.0 for lemma in lemmas}, bias=-4.0)
    doc = nlp(text)
    return doc, tagger, candidate_attributions(doc, tagger, threshold=0.1)


def test_features_describe_speaker_and_content(nlp: Language) -> None:
    doc, _, cands = _candidates(nlp, "The senator said that the bridge would reopen in May.", ("say",))
    [(head, att)] = cands
    assert doc[head].lemma_ == "say"
    feats = set(candidate_features(doc, head, att))
    assert {"l=say", "pos=before", "ck=ccomp|that", "sq=False", "b=10"} <= feats
    assert "b>=10" in feats and "b>=20" not in feats


def test_features_see_a_missing_speaker_and_a_quotation(nlp: Language) -> None:
    doc, _, cands = _candidates(nlp, "It is expected that the bridge will reopen.", ("expect",))
    [(head, att)] = cands
    assert "sk=none" in candidate_features(doc, head, att)
    doc, _, cands = _candidates(nlp, "“We will rebuild,” said the mayor.", ("say",))
    [(head, att)] = cands
    assert {"ck=quote", "sq=True", "pos=after"} <= set(candidate_features(doc, head, att))


def test_scorer_keeps_spoken_candidates_and_drops_speakerless_ones(nlp: Language) -> None:
    scorer = _model(AttributionScorer, SCORER_BITS, {"sk=none": -6.0}, bias=2.0, candidate_threshold=0.1)
    tagger = _model(CueTagger, N_BITS, {"l=say": 2.0, "l=expect": 2.0}, bias=-4.0)
    doc = nlp("The senator said that the bridge would reopen. It is expected that the road will close.")
    kept = scored_attributions(doc, tagger, scorer)
    assert [a.cue.text for a in kept] == ["said"]
    assert kept[0].source is not None and kept[0].source.text == "The senator"


def test_artifact_round_trips(tmp_path) -> None:
    scorer = _model(AttributionScorer, SCORER_BITS, {"l=say": 1.5}, bias=-0.5, threshold=0.3, candidate_threshold=0.15)
    scorer.save(tmp_path / "s.npz")
    back = AttributionScorer.load(tmp_path / "s.npz")
    assert back.threshold == pytest.approx(0.3) and back.candidate_threshold == pytest.approx(0.15)
    assert back.prob_of(["l=say"]) == pytest.approx(scorer.prob_of(["l=say"]), rel=1e-6)


def test_shipped_scorer_was_trained_by_cross_validation() -> None:
    scorer = load_scorer()
    if scorer is None:
        pytest.skip("attribution scorer not built")
    assert scorer.meta["cv_head_f1"] >= scorer.meta["cv_head_f1_tagger_alone"]
    assert 0.0 < scorer.candidate_threshold < 0.4


def test_features_tell_readings_of_one_cue_apart(nlp: Language) -> None:
    doc, _, cands = _candidates(nlp, "The senator said on Monday that the bridge would reopen.", ("say",))
    [(head, att)] = cands
    said = doc[head]
    alone = replace(att, cue=Span(start=said.idx, end=said.idx + 4, text="said"))
    wide = replace(att, cue=Span(start=said.idx, end=doc[head + 2].idx + 6, text="said on Monday"))
    assert {"cl=<head>", "nr=0", "l|cl=say|<head>"} <= set(candidate_features(doc, head, alone, readings=True))
    wide_feats = set(candidate_features(doc, head, wide, readings=True))
    assert {"cl=monday", "nr=2", "l|cl=say|monday", "cnext=SCONJ"} <= wide_feats
    assert not any(f.startswith("cl=") for f in candidate_features(doc, head, wide))  # only when readings compete


def test_scorer_keeps_the_reading_it_prefers(nlp: Language) -> None:
    tagger = _model(CueTagger, N_BITS, {"l=say": 6.0}, bias=-4.0)
    doc = nlp("The senator said on Monday that the bridge would reopen.")
    extent = _model(CueExtent, EXTENT_BITS, {"s|l=R|on": 8.0, "s|l=R|monday": 8.0}, bias=-4.0)
    for preferred, cue in (("cl=<head>", "said"), ("cl=monday", "said on Monday")):
        scorer = _model(AttributionScorer, SCORER_BITS, {preferred: 3.0}, bias=-1.0, candidate_threshold=0.1,
                        extent_variants=[1.01])
        assert [a.cue.text for a in scored_attributions(doc, tagger, scorer, extent)] == [cue]
