"""Planning or ordering names the doer of this attack only when its object is the act told ("planned the attack",
"ordered Saturday's massacre"); "was planning attacks around the town", said in a warning, looks ahead."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames, unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "KINSHASA, March 3 (Wire) - Gunmen killed 19 traders at a market near Beni, Congo, on Saturday. "
ADF = "Allied Democratic Forces"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Ugandan military intelligence had warned last week that the ADF was planning attacks around Beni.",
    "Officials said the ADF was planning more attacks in the coming weeks.",
    "The army said the ADF had planned an attack on a school.",
    # another act, told by its time
    "Uganda's army said the ADF had planned last year's attack on a school.",
])
def test_plans_of_acts_to_come_accuse_no_one(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == set()


@pytest.mark.parametrize(("sentence", "source"), [
    ("Uganda's army said the ADF had planned the attack for weeks.", "Uganda"),
    ("Uganda's army said ADF commander Musa Kato planned Saturday's attack.", "Uganda"),
    ("Uganda's army said the ADF had ordered the massacre.", "Uganda"),
    # a possessive other than a time names the act told too
    ("Uganda's army said the ADF had ordered the group's raid on the market.", "Uganda"),
    ("Uganda's army said the ADF commander had ordered its attack on the market.", "Uganda"),
])
def test_planning_the_act_told_accuses(nlp: Language, sentence: str, source: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == {(source, ADF, "affirm")}


@pytest.mark.parametrize("sentence", [
    "Uganda's army said the ADF had plotted the massacre for months.",
    "Uganda's army said the ADF prepared the attack in a camp across the border.",
    "Uganda's army said the attack had been plotted by the ADF.",
])
def test_plotting_or_preparing_the_act_told_accuses(nlp: Language, sentence: str) -> None:
    """"Plotted" and "prepared" are planning words as "planned" is: of the act told, they name its doer."""
    assert unhedged_blames(nlp, _LEDE + sentence) == {("Uganda", ADF, "affirm")}


@pytest.mark.parametrize("sentence", [
    "Uganda's army said the ADF was preparing new attacks on markets.",
    "Uganda's army said the ADF had plotted attacks on schools for years.",
    "Uganda's army said the ADF had prepared a statement.",
])
def test_plots_and_preparations_of_other_acts_accuse_no_one(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == set()


@pytest.mark.parametrize("sentence", [
    # an operation prepared is a side's own, here the answer to the act (each was the army's self-claim 015)
    "Uganda's army said it had prepared the operation against the ADF that followed the attack.",
    "Uganda's army said the operation had been prepared by its special forces.",
])
def test_an_operation_prepared_is_no_claim_of_the_act(nlp: Language, sentence: str) -> None:
    found = self_blames(nlp, _LEDE + sentence)
    assert not any(b[3] and b[2] == "affirm" for b in found), found
