"""A charge of negligence is no blame for the attack: "accused the police of negligence" (the parser hangs "of
negligence" on the accused) and kin holding the police responsible for a death in a story that tells no act of the
police charge them with failing to protect, not with the bombing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_BOMBING = "A bomb exploded outside a church in Quetta, Pakistan, on Sunday, killing five worshippers, police said. "


@pytest.mark.parametrize("sentence", [
    "Relatives of the victims accused the police of negligence.",
    "The victims' families accused the security forces of gross negligence.",
    "\"The police knew about the threat and did nothing. They are responsible for my brother's death,\" said "
    "Samuel Masih, whose brother was among the dead.",
])
def test_negligence_is_no_blame_for_the_attack(nlp: Language, sentence: str) -> None:
    assert not any(subject == "Pakistan" for _, subject, _, _ in blames(nlp, _BOMBING + sentence))


def test_the_attack_charged_to_a_group_stays(nlp: Language) -> None:
    text = _BOMBING + "Relatives of the victims accused the Pakistani Taliban of the bombing."
    assert ("victim's relatives", "Tehrik-i-Taliban Pakistan", "affirm", False) in blames(nlp, text)


def test_members_named_after_of_stay_the_accused(nlp: Language) -> None:
    text = _BOMBING + "The governor accused members of the Pakistani Taliban."
    assert ("Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", False) in blames(nlp, text)


def test_kin_charging_the_police_with_their_own_shooting_still_accuse(nlp: Language) -> None:
    text = ("Police opened fire on protesters in Quetta, Pakistan, on Sunday, killing three people. \"The police are "
            "responsible for my son's death,\" said Samuel Masih, whose son was among the dead.")
    assert any(subject == "Pakistan" for _, subject, _, _ in blames(nlp, text))


_VILLAGE_RAID = "Armed men raided the village of Tin-Akoff, Burkina Faso, on Friday night, killing 25 herders. "


@pytest.mark.parametrize("sentence", [
    "Mariam Sawadogo, an analyst at a rights group, said Burkinabe troops were responsible for the massacre.",
    "Issa Kabore, whose cousin was among the dead, said the army was responsible for the killings.",
    "Survivor Issa Kabore held the army responsible for the raid.",
])
def test_forces_held_responsible_for_the_act_itself_are_accused(nlp: Language, sentence: str) -> None:
    assert any(subject == "Burkina Faso" and polarity == "affirm"
               for _, subject, polarity, _ in blames(nlp, _VILLAGE_RAID + sentence))


def test_a_loss_charged_after_the_police_shot_the_victim_accuses(nlp: Language) -> None:
    text = ("Emeka Nwosu, 22, was shot dead by police at a roadblock in Enugu, Nigeria, on Tuesday. \"The police "
            "are responsible for my son's death,\" his father Chidi Nwosu said.")
    assert any(subject == "Nigeria" for _, subject, _, _ in blames(nlp, text))


def test_armed_men_shot_by_the_police_tell_no_act_on_people(nlp: Language) -> None:
    text = ("Two gunmen were shot dead by police after a bomb exploded outside a church in Quetta, Pakistan, on "
            "Sunday, killing five worshippers. \"The police knew about the threat and did nothing. They are "
            "responsible for my brother's death,\" said Samuel Masih, whose brother was among the dead.")
    assert not any(subject == "Pakistan" for _, subject, _, _ in blames(nlp, text))
