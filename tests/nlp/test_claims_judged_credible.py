"""A third party that judges a group's claim credible or likely true corroborates it (hedged when only likely),
also a body no list knows or the body its analysts work at (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A suicide bomber killed 19 people at a police post in Bannu on Thursday. Islamic State claimed the attack. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("rest", [
    "A security official said the Islamic State claim was more likely to be true.",
    "A police official said the claim was likely to be genuine.",
])
def test_a_claim_likely_true_is_a_hedged_corroboration(nlp: Language, rest: str) -> None:
    assert ("Pakistan", "Islamic State", "affirm", True) in blames(nlp, LEAD + rest)


@pytest.mark.parametrize(("rest", "body"), [
    ("Analysts at the Institute for Security Studies said the claim was credible.", "Institute for Security Studies"),
    ("Analysts at the International Crisis Group said the claim was credible.", "International Crisis Group"),
])
def test_a_body_or_its_analysts_judging_the_claim_credible_corroborate(nlp: Language, rest: str, body: str) -> None:
    assert (body, "Islamic State", "affirm", False) in blames(nlp, LEAD + rest)


def test_a_claim_said_unlikely_to_be_true_is_not_corroborated(nlp: Language) -> None:
    found = blames(nlp, LEAD + "A police official said the claim was unlikely to be true.")
    assert ("Pakistan", "Islamic State", "affirm", True) not in found
    assert ("Pakistan", "Islamic State", "affirm", False) not in found


@pytest.mark.parametrize(("rest", "polarity"), [
    ("A police official said the claim appeared to be authentic.", "affirm"),
    ("A police official said the group's claim seemed credible.", "affirm"),
    ("A police official said the claim appeared false.", "deny"),
])
def test_a_verdict_given_as_an_impression_is_hedged(nlp: Language, rest: str, polarity: str) -> None:
    """"appeared", "seemed": the official's impression of the claim, a hedged verdict."""
    assert ("Pakistan", "Islamic State", polarity, True) in blames(nlp, LEAD + rest)


def test_a_claim_considered_genuine_is_corroborated(nlp: Language) -> None:
    rest = "Police officials said they considered the claim genuine."
    assert ("Pakistan", "Islamic State", "affirm", False) in blames(nlp, LEAD + rest)


def test_a_claim_called_plausible_is_a_hedged_corroboration(nlp: Language) -> None:
    """"Plausible" says the claim may be true: hedged, so the status stays claimed ("credible" stays firm)."""
    found = blames(nlp, LEAD + "A police official said the claim was plausible.")
    assert ("Pakistan", "Islamic State", "affirm", True) in found
    assert ("Pakistan", "Islamic State", "affirm", False) not in found
