"""Suspects charged or held over the attack as members of a group ("charged two men with membership of X",
"arrested two members of X over the bombing") lay the act on the group: the state's accusation, as a conviction
of "members of X" is its affirmation."""

from __future__ import annotations

import pytest
from responsibility_claims import blames, unhedged_blames
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "PARIS, Nov 20 (Wire) - A bomb killed four people at a bus station in Lyon, France, on Friday. "
IS = "Islamic State"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Prosecutors charged two Algerian men with membership of Islamic State and with murder over the bombing.",
    "Prosecutors have charged three men with belonging to Islamic State in connection with the bombing.",
    "An investigating judge charged two members of Islamic State with murder over the bombing.",
    "Prosecutors charged two Islamic State members with murder over the bombing.",
    "Police arrested two members of Islamic State over the bombing.",
])
def test_suspects_held_as_members_accuse_their_group(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == {("France", IS, "affirm")}


@pytest.mark.parametrize("sentence", [
    # no act in view: a crackdown, not an attribution
    "Police arrested two members of Islamic State in Marseille on unrelated charges.",
    # not charged: no one is held for the act
    "Prosecutors did not charge the two members of Islamic State arrested in the raid.",
])
def test_membership_without_the_act_accuses_no_one(nlp: Language, sentence: str) -> None:
    text = "PARIS, Nov 20 (Wire) - Police raided several flats in Marseille on Friday. " + sentence
    assert unhedged_blames(nlp, text) == set()


@pytest.mark.parametrize("sentence", [
    # the members are held in the forces' own raids or operation, not over the bombing
    "Police arrested three members of Islamic State in raids across the Rhone region on Saturday.",
    "Police said they had detained two Islamic State members in an operation in Marseille.",
    # held, but said to have nothing to do with the bombing
    "Police arrested two members of Islamic State on Saturday but said they were not linked to the bombing.",
    # charged with membership after a raid: no act of Friday named under the charge
    "In a separate case, prosecutors charged a woman with membership of Islamic State after a raid in Marseille.",
])
def test_members_held_for_no_act_of_this_story_accuse_no_one(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == set()


@pytest.mark.parametrize("sentence", [
    "Police said three Islamic State members were charged with murder in an unrelated case from 2019.",
    "Prosecutors charged two Islamic State members with a bombing in Toulouse.",
    "Prosecutors charged two Islamic State members with last year's bombing of a synagogue.",
])
def test_a_charge_of_no_told_act_accuses_no_one(nlp: Language, sentence: str) -> None:
    # "charged with" names the act told only as a definite one ("with the bombing", "with Friday's bombing")
    assert unhedged_blames(nlp, _LEDE + sentence) == set()


def test_a_charge_of_the_told_act_accuses(nlp: Language) -> None:
    text = _LEDE + "Prosecutors charged two Islamic State members with Friday's bombing."
    assert unhedged_blames(nlp, text) == {("France", IS, "affirm")}


def test_members_of_a_party_held_over_the_act_accuse_no_party(nlp: Language) -> None:
    text = ("LAHORE, May 4 (Wire) - A bomb killed six people at a rally in Lahore, Pakistan, on Sunday. Police "
            "arrested two members of the Pakistan Muslim League over the bombing.")
    assert unhedged_blames(nlp, text) == set()


AQ = "Al-Qaeda"


@pytest.mark.parametrize("sentence", [
    "Police said three members of Islamic State and two of al-Qaeda were detained over the bombing.",
    "Police said members of Islamic State and of al-Qaeda had been charged with the bombing.",
    "Islamic State and al-Qaeda members were arrested over the bombing, police said.",
    "Police said the bombers were members of Islamic State and al-Qaeda.",
])
def test_every_group_of_the_held_members_is_accused(nlp: Language, sentence: str) -> None:
    # each conjunct, however the parser hangs it ("two of Y", "and of Y", "X and Y members")
    assert unhedged_blames(nlp, _LEDE + sentence) == {("France", IS, "affirm"), ("France", AQ, "affirm")}


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Police said the bombers were suspected members of Islamic State.", {IS}),
    ("Police said the bombers were alleged members of Islamic State and al-Qaeda.", {IS, AQ}),
])
def test_the_writers_distance_on_the_members_hedges_each_group(nlp: Language, sentence: str,
                                                               groups: set[str]) -> None:
    # "suspected members of X": the hedge sits on the members, which the group is read through
    assert blames(nlp, _LEDE + sentence) == {("France", g, "affirm", True) for g in groups}


def test_members_held_elsewhere_with_two_groups_accuse_no_one(nlp: Language) -> None:
    text = ("PARIS, Nov 20 (Wire) - Police raided several flats in Marseille on Friday. "
            "Islamic State and al-Qaeda members were arrested in the raids.")
    assert unhedged_blames(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen robbed a bank in Sopore, India, on Friday. Three Lashkar-e-Taiba members were detained over the raid.",
        "Gunmen robbed a bank in Sopore, India, on Friday. Three members of Lashkar-e-Taiba were held over the raid.",
    ],
)
def test_members_held_with_no_one_telling_it_make_no_self_claim(text: str) -> None:
    # no speaker and no arrester: the group whose members were held does not thereby claim the act
    assert not [c for c in analyze(text, published="2025-03-02").claims if c.is_self]


def test_suspected_members_arrested_over_the_act_are_a_hedged_charge(nlp: Language) -> None:
    # the writer's distance on the members the arrest names hedges the group, as "were suspected members of X" does
    text = _LEDE + "Police arrested three suspected members of Islamic State over the bombing."
    assert blames(nlp, text) == {("France", IS, "affirm", True)}


def test_members_arrested_with_no_distance_are_a_firm_charge(nlp: Language) -> None:
    text = _LEDE + "Police arrested three members of Islamic State over the bombing."
    assert blames(nlp, text) == {("France", IS, "affirm", False)}
