"""An official act naming the attack's planner lays the attack on his group also when the parser leaves his name
a second object ("troops killed the mastermind of the attack, commander X of Y, the army said") and when the act
is named by a recent period ("last month's attack"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A suicide bomber struck a cattle market in Konduga last month, killing 19 traders. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "On Monday, troops killed the mastermind of last month's attack, commander Abu Musa of Boko Haram, the army "
    "said.",
    "Troops killed the mastermind of the attack, Boko Haram commander Abu Musa, the army said on Monday.",
    "On Monday, troops killed Abu Musa, a Boko Haram commander who was the mastermind of last month's bombing, "
    "the army said.",
])
def test_the_planner_killed_accuses_his_group(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == {("Nigeria", "Boko Haram", "affirm", False)}


@pytest.mark.parametrize("sentence", [
    "Troops killed the mastermind of the attack, Musa said.",
    "On Monday, troops killed the mastermind of a 2014 attack, commander Abu Musa of Boko Haram, the army said.",
])
def test_no_group_or_another_act_accuses_no_one(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == set()
