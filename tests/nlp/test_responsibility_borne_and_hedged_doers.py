"""Bearing responsibility is an accusation, sponsoring the doers named as a group accuses the sponsor, and a doer
named as "suspected" hedges the attribution (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "Gunmen killed nine villagers near Rutshuru, in eastern Congo, on Sunday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "The army spokesman said the M23 bore full responsibility.",
    "The army said the M23 bears responsibility for the killings.",
    "A government spokesman said the M23 bore sole responsibility for the massacre.",
])
def test_bearing_responsibility_accuses(nlp: Language, sentence: str) -> None:
    assert ("Democratic Republic of the Congo", "M23", "affirm", False) in blames(nlp, LEAD + sentence)


def test_bearing_no_responsibility_denies(nlp: Language) -> None:
    text = LEAD + "The M23 said it does not bear any responsibility for the attack."
    assert ("M23", "M23", "deny", False) in blames(nlp, text)


def test_responsibility_for_something_else_accuses_no_one(nlp: Language) -> None:
    text = LEAD + "The M23 said the government bears responsibility for the poverty of the province."
    assert blames(nlp, text) == set()


def test_responsibility_for_arming_the_group_that_claimed_accuses_the_sponsor(nlp: Language) -> None:
    text = ("A drone struck a tanker off Hodeidah on Monday, killing two crew members. The Houthis claimed the "
            "attack. A British spokesman said Iran bears responsibility for arming the Houthis.")
    assert ("United Kingdom", "Iran", "affirm", False) in blames(nlp, text)


def test_supporting_the_group_named_before_accuses_both_sponsors(nlp: Language) -> None:
    text = ("A bomb killed 11 pilgrims at a shrine in Mashhad on Friday. Islamic State claimed the bombing. The "
            "interior minister accused Israel and the United States of supporting the group.")
    found = blames(nlp, text)
    assert ("Iran", "Israel", "affirm", False) in found
    assert ("Iran", "United States", "affirm", False) in found


def test_supporting_a_group_no_one_named_accuses_no_one(nlp: Language) -> None:
    text = ("A bomb killed 11 pilgrims at a shrine in Mashhad on Friday. The minister accused Israel of supporting "
            "the group.")
    assert not any(s == "Israel" for _, s, _, _ in blames(nlp, text))


@pytest.mark.parametrize("sentence", [
    "Suspected Boko Haram fighters killed six farmers in Borno on Tuesday, the army said.",
    "Police said the alleged Boko Haram gunmen killed six farmers near Damboa on Tuesday.",
])
def test_a_suspected_doer_is_a_hedged_attribution(nlp: Language, sentence: str) -> None:
    assert ("Nigeria", "Boko Haram", "affirm", True) in blames(nlp, sentence)


def test_a_doer_named_plainly_stays_firm(nlp: Language) -> None:
    text = "Boko Haram fighters killed six farmers in Borno on Tuesday, the army said."
    assert ("Nigeria", "Boko Haram", "affirm", False) in blames(nlp, text)
