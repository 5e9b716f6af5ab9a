"""Kin, residents or witnesses who say the forces killed people named by their living ("herders", "traders",
"fishermen") charge the state as over "villagers": they are unarmed civilians. Armed men stay an operation.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "Soldiers opened fire at a cattle market near Djenne on Sunday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("rest", "speaker"), [
    ('"The army killed 20 herders," a resident said.', "residents"),
    ("Residents said soldiers shot dead six traders and two herders.", "residents"),
    ("His brother said the army killed the fishermen without reason.", "victim's brother"),
    ("Relatives said the soldiers killed eleven herdsmen.", "victim's relatives"),
])
def test_a_private_charge_over_civilians_by_their_living(nlp: Language, rest: str, speaker: str) -> None:
    assert unhedged_blames(nlp, LEAD + rest) == {(speaker, "Mali", "affirm")}


def test_armed_men_killed_are_no_charge(nlp: Language) -> None:
    assert unhedged_blames(nlp, LEAD + "Relatives said the soldiers killed eleven militants.") == set()


def test_an_operation_on_armed_men_tells_no_act_to_charge(nlp: Language) -> None:
    """The forces killing a commander is an operation: residents' word of traders killed later has no told act of
    the forces on civilians behind it (conventions: after an attack by others the charge names no doer)."""
    text = ("A bomb killed 19 people at a cattle market in Konduga last week. Troops killed a senior militant "
            "commander near Konduga on Sunday. Residents said soldiers later shot dead four traders.")
    assert unhedged_blames(nlp, text) == set()


@pytest.mark.parametrize(("rest", "speaker"), [
    ('"The soldiers killed 15 herders," a village elder said.', "village elder"),
    ('"The soldiers came and killed 15 herders, all of them unarmed," a village elder said by phone.',
     "village elder"),
    ("Relatives of the dead said the army had shot the shepherds without warning.", "victim's relatives"),
])
def test_elders_and_kin_of_the_dead_charge_the_forces(nlp: Language, rest: str, speaker: str) -> None:
    """A community figure speaks for himself as kin do; the harm may be the second of two acts; kin "of the dead"
    are the victims' kin."""
    assert unhedged_blames(nlp, LEAD + rest) == {(speaker, "Mali", "affirm")}


def test_kin_of_a_suspect_are_no_victims_kin(nlp: Language) -> None:
    assert unhedged_blames(nlp, LEAD + "Relatives of the suspect said the army had shot him.") == set()
