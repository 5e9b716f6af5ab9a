"""A headline's claim the body repeats with another hedge takes the body's hedge (headlines drop hedges as they
drop a toll's qualifiers); one the body does not repeat stands as worded. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_BLAST = "A bomb tore through a crowded vegetable market in Quetta on Monday, killing 12 people. "
_BLA = "Balochistan Liberation Army"


def test_the_body_hedge_wins_over_the_headline(nlp: Language) -> None:
    text = "Police blame BLA for market blast\n\n" + _BLAST + "Police said the BLA may have been behind the blast."
    assert blames(nlp, text) == {("Pakistan", _BLA, "affirm", True)}


def test_the_body_firm_word_wins_over_a_hedged_headline(nlp: Language) -> None:
    text = "Police suspect BLA in market blast\n\n" + _BLAST + "Police said the BLA carried out the blast."
    assert blames(nlp, text) == {("Pakistan", _BLA, "affirm", False)}


def test_a_headline_blame_the_body_does_not_repeat_stands(nlp: Language) -> None:
    text = "Police blame BLA for market blast\n\n" + _BLAST + "Police said the investigation was continuing."
    assert blames(nlp, text) == {("Pakistan", _BLA, "affirm", False)}


def test_a_hedged_body_leaves_a_claim_uncorroborated() -> None:
    text = ("Police blame BLA for market blast\n\n" + _BLAST + "The BLA claimed responsibility for the blast in a "
            "message to reporters. Police said the BLA may have been behind the blast.")
    result = analyze(text, published="2024-03-20")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [(_BLA, "claimed")]
    police = [c for c in result.claims if c.source.affiliation == "Pakistan"]
    assert len(police) == 1 and police[0].hedged and len(police[0].also) == 1
