"""A role left open ("did not exclude a role for X", "did not rule out the involvement of X") is a hedged
accusation of X; "a role for X" in other talk names no doer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "A suicide bomber killed 14 people at a market in Kabul on Friday. A government spokesman did not exclude a "
    "role for the Taliban in the attack.",
    "A suicide bomber killed 14 people at a market in Kabul on Friday. The police chief did not rule out a role "
    "for the Taliban.",
    "A suicide bomber killed 14 people at a market in Kabul on Friday. Officials did not exclude the involvement "
    "of the Taliban.",
])
def test_a_role_not_excluded_is_a_hedged_accusation(nlp: Language, sentence: str) -> None:
    assert ("Afghanistan", "Taliban", "affirm", True) in blames(nlp, sentence)


def test_a_role_for_a_group_in_talks_accuses_no_one(nlp: Language) -> None:
    text = ("A suicide bomber killed 14 people at a market in Kabul on Friday. The UN envoy called for a bigger role "
            "for the Taliban in the peace talks.")
    assert not {b for b in blames(nlp, text) if b[1] == "Taliban"}


_QUETTA = "A bomb killed nine people at a bus stand in Quetta on Monday. "


@pytest.mark.parametrize("sentence", [
    "The home minister said police were looking into the possible involvement of the TTP.",
    "The home minister said investigators were examining the TTP's suspected role in the bombing.",
])
def test_a_possible_or_suspected_role_is_hedged(nlp: Language, sentence: str) -> None:
    assert blames(nlp, _QUETTA + sentence) == {("Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", True)}


def test_a_role_said_plainly_is_firm(nlp: Language) -> None:
    # the near miss: no "possible" on the role
    found = blames(nlp, _QUETTA + "The home minister said the TTP's role in the bombing was clear.")
    assert found == {("Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", False)}


@pytest.mark.parametrize("sentence", [
    "Asked who was behind the bombing, the home minister did not rule out the TTP.",
    "The home minister did not rule out the TTP in the bombing.",
])
def test_a_side_not_ruled_out_is_a_hedged_accusation(nlp: Language, sentence: str) -> None:
    """"Did not rule out the TTP" where the sentence speaks of the act or a role in it leaves the TTP open as "did
    not rule out a role for the TTP" does."""
    found = blames(nlp, _QUETTA + sentence)
    assert found == {("Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", True)}


@pytest.mark.parametrize("sentence", [
    "The home minister did not rule out talks with the TTP.",
    "The home minister did not rule out a curfew in Quetta.",
    # a side not ruled out with no act or role in the sentence (each was a hedged accusation)
    "The home minister did not rule out the TTP joining peace talks next month.",
    "The home minister did not rule out Afghanistan as a venue for talks.",
    "Asked about mediators, the home minister did not rule out Qatar.",
])
def test_other_things_not_ruled_out_name_no_doer(nlp: Language, sentence: str) -> None:
    assert not any(b[2] == "affirm" for b in blames(nlp, _QUETTA + sentence))


@pytest.mark.parametrize("sentence", [
    # "possible" hedges a role left open, not one denied (each was a hedged denial)
    "The home minister said there was no possible involvement of the TTP.",
    "The home minister ruled out the possible involvement of the TTP.",
])
def test_a_possible_role_denied_is_a_firm_denial(nlp: Language, sentence: str) -> None:
    found = blames(nlp, _QUETTA + sentence)
    assert ("Pakistan", "Tehrik-i-Taliban Pakistan", "deny", False) in found, found
    assert not any(b[3] for b in found), found
