"""A speaker who, before the attack, said a side was planning attacks ("X told us last week that Y was planning
strikes", "two weeks ago the police said Y was plotting to attack rallies") warned of it (DESIGN: the source warned
before the attack); said after the act with no earlier date, the same words are no warning and no accusation.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import kinds
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb went off at a political rally in Sylhet, Bangladesh, on Sunday, killing six people.\n"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()



@pytest.mark.parametrize("sentence", [
    "The police chief told reporters last week that Ansarullah Bangla Team was planning strikes in the city.",
    "Two weeks ago, the police said Ansarullah Bangla Team was plotting to attack rallies.",
    "Days before the bombing, the police said Ansarullah Bangla Team was preparing attacks on rallies.",
])
def test_a_plot_told_before_the_attack_is_a_warning(nlp: Language, sentence: str) -> None:
    assert kinds(nlp, LEAD + sentence) == {("warning", "Bangladesh", None)}


@pytest.mark.parametrize("sentence", [
    "On Monday the police said Ansarullah Bangla Team was planning more attacks.",
    "The police chief told reporters last week that Ansarullah Bangla Team had not planned any attacks.",
])
def test_a_plot_told_after_or_denied_is_none(nlp: Language, sentence: str) -> None:
    assert not any(kind == "warning" for kind, _, _ in kinds(nlp, LEAD + sentence))


@pytest.mark.parametrize("sentence", [
    "Earlier this week, the army said it was planning strikes on Ansarullah Bangla Team hideouts.",
    "Last month, the US military said it was preparing to strike Ansarullah Bangla Team targets.",
    "The police said two weeks ago that the government was preparing to target Ansarullah Bangla Team leaders.",
    "Earlier, officials said the militants were preparing to attack another rally.",
])
def test_the_speakers_own_plans_or_a_bare_earlier_are_no_warning(nlp: Language, sentence: str) -> None:
    # "it was planning strikes", the state's own government: plans of the speaker's side; bare "Earlier," is
    # wire copy's word for a report after the attack
    assert not any(kind == "warning" for kind, _, _ in kinds(nlp, LEAD + sentence))


def test_a_plot_dated_to_a_period_earlier_is_a_warning(nlp: Language) -> None:
    text = LEAD + "Earlier this month, the police said Ansarullah Bangla Team was planning attacks on rallies."
    assert kinds(nlp, text) == {("warning", "Bangladesh", None)}
