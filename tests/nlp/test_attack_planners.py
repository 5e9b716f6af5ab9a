"""A speaker who names a group's man as the planner ("the mastermind of the bombing") lays the attack on his
group, as "masterminded by X, a TTP commander" does (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb killed 31 people at a hospital in Quetta, Pakistan, last month. "
TTP = "Tehrik-i-Taliban Pakistan"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Police said Qari Noor Wali, a senior TTP commander, was the mastermind of the bombing.",
    "The army said it had killed Qari Noor Wali, a commander of the TTP, describing him as the mastermind of "
    "the bombing.",
    "Police identified Qari Noor Wali, a TTP commander, as the main planner of the attack.",
    # a weekday's act is the act told
    "Police said Qari Noor Wali, a senior TTP commander, was the mastermind of Saturday's bombing.",
])
def test_the_planners_group_is_accused(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == {("Pakistan", TTP, "affirm", False)}


@pytest.mark.parametrize("sentence", [
    "Police said Qari Noor Wali, a senior TTP commander, was the architect of the peace talks.",
    "Police said Qari Noor Wali was the mastermind of the bombing.",
])
def test_no_group_or_no_attack_accuses_no_group(nlp: Language, sentence: str) -> None:
    assert not blames(nlp, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    # the planner of another, earlier act
    "Police said Qari Noor Wali, a senior TTP commander, was the mastermind of a 2019 attack on a college.",
    "Police said Qari Noor Wali, a senior TTP commander, was the mastermind of the 2019 college massacre.",
    # not the planner at all
    "Police said Qari Noor Wali, a senior TTP commander, was not the mastermind of the bombing.",
])
def test_a_planner_of_another_act_or_no_planner_accuses_no_group(nlp: Language, sentence: str) -> None:
    assert not blames(nlp, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Police said the TTP had planned the bombing for months.",
    # near miss, held before the rule as well: "organised" with a possessive is read as this act either way
    "Police said the TTP had organised Saturday's bombing for weeks.",
])
def test_the_time_spent_planning_this_act_is_no_record(nlp: Language, sentence: str) -> None:
    # months spent plotting one act tell of this act, not of a tally over a period
    assert blames(nlp, LEAD + sentence) == {("Pakistan", TTP, "affirm", False)}


def test_acts_planned_over_years_are_a_record(nlp: Language) -> None:
    assert blames(nlp, LEAD + "Police said the TTP had planned attacks on hospitals for years.") == set()
