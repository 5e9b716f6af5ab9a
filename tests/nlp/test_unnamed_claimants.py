"""A claim of responsibility by someone the text does not name ("an unknown group", "unidentified individuals",
"the assailant") is recorded as a self-claim and names no perpetrator. On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.nlp._cues import UNNAMED_CLAIMANT

_PUBLISHED = "2025-03-03"


@pytest.mark.parametrize("sentence", [
    "An unknown group took credit for the arson.",
    "Unidentified individuals took credit for the arson.",
    "An anonymous caller took credit for the arson.",
    "The attacker took credit for the arson in a letter to the town council.",
])
def test_an_unnamed_claimant_claims_but_names_no_perpetrator(sentence: str) -> None:
    result = analyze(f"Attackers set fire to a chapel in Keroka on Sunday night. {sentence}", published=_PUBLISHED)
    claims = [(c.source.actor, c.is_self, c.polarity) for c in result.claims if c.kind == "responsibility"]
    assert claims == [(UNNAMED_CLAIMANT, True, "affirm")]
    assert [p for i in result.incidents for p in i.perpetrators] == []


@pytest.mark.parametrize("sentence", [
    "No group took credit for the arson.",
    "An unknown number of people watched the fire.",
])
def test_no_claim_without_a_claimant(sentence: str) -> None:
    result = analyze(f"Attackers set fire to a chapel in Keroka on Sunday night. {sentence}", published=_PUBLISHED)
    assert [c for c in result.claims if c.kind == "responsibility"] == []


@pytest.mark.parametrize("sentence", [
    "The militants later claimed responsibility in a radio broadcast.",
    "The insurgents claimed it on a website they use.",
])
def test_the_unnamed_armed_men_told_claim_as_the_gunmen_do(sentence: str) -> None:
    """"The militants" who claim are the armed men told, as "the gunmen" are: a claim by someone unnamed."""
    result = analyze(f"Armed men stormed a guesthouse in Garissa on Sunday, killing six guests. {sentence}",
                     published=_PUBLISHED)
    claims = [(c.source.actor, c.is_self, c.polarity) for c in result.claims if c.kind == "responsibility"]
    assert claims == [(UNNAMED_CLAIMANT, True, "affirm")]
    assert [p for i in result.incidents for p in i.perpetrators] == []


def test_the_militants_of_a_group_told_claim_for_the_group() -> None:
    result = analyze("Al-Shabaab militants stormed a guesthouse in Garissa on Sunday, killing six guests. The "
                     "militants later claimed responsibility.", published=_PUBLISHED)
    claims = [(c.source.actor, c.is_self) for c in result.claims if c.kind == "responsibility"]
    assert claims == [("Al-Shabaab", True)]


@pytest.mark.parametrize("text", [
    "Armed men stormed a guesthouse in Garissa on Sunday, killing six guests. The militants have not claimed it.",
    "Armed men stormed a guesthouse in Garissa on Sunday, killing six guests. Militants often claim such raids.",
])
def test_militants_who_do_not_claim_or_are_not_the_ones_told(text: str) -> None:
    result = analyze(text, published=_PUBLISHED)
    assert [c for c in result.claims if c.kind == "responsibility"] == []


@pytest.mark.parametrize("sentence", [
    # what the unnamed claimants claim is another act (each was their self-claim of the market shelling)
    "The rebels claimed responsibility for shooting down an army helicopter the same day.",
    "The rebels claimed responsibility for a separate attack in Baidoa.",
])
def test_unnamed_claimants_of_another_act_claim_nothing_here(sentence: str) -> None:
    text = f"Government troops shelled a market in El Fasher on Tuesday, killing 20 people. {sentence}"
    result = analyze(text, published=_PUBLISHED)
    assert not [c for c in result.claims if c.kind == "responsibility" and c.source.actor == UNNAMED_CLAIMANT]


def test_unnamed_claimants_of_the_act_told_claim_it() -> None:
    # near miss: the deed claimed is the one told
    text = ("Gunmen stormed a hotel in Mogadishu on Tuesday, killing 20 people. The militants claimed responsibility "
            "for storming the hotel.")
    result = analyze(text, published=_PUBLISHED)
    assert [(c.source.actor, c.is_self) for c in result.claims if c.kind == "responsibility"] == \
        [(UNNAMED_CLAIMANT, True)]
