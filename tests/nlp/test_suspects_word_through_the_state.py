"""Who the attackers are said to act for: a suspect's word in footage the police release is the police's
accusation (as state television's is), "acted for X" and "on the orders of X" hung on the act name X, and the
attackers said to be "suspected X members" are a hedged accusation of X, no claim of X's own."""
from __future__ import annotations

import pytest
from responsibility_claims import ledger
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_KABUL = "A bomb killed nine worshippers at a mosque in Kabul on Friday. "
_GAO = "Gunmen ambushed an army convoy near Gao on Wednesday, killing five soldiers. "
IS = "Islamic State"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ledger(nlp: Language, text: str) -> set[tuple]:
    return ledger(nlp, text, "polarity", "hedged")


@pytest.mark.parametrize("text", [
    "Police released a video in which a suspect says he acted for the Islamic State.",
    "Police released a video in which a young suspect says he is a member of the Islamic State.",
    "In a video released by police, a suspect said he had been sent by the Islamic State.",
    "Police released a video in which a suspect said he planted the bomb on the orders of the Islamic State.",
])
def test_a_suspects_word_in_police_footage_is_the_polices(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _KABUL + text) == {("Afghanistan", IS, "affirm", False)}


@pytest.mark.parametrize("text", [
    "Police said the bomber had acted for the Islamic State.",
    "Police said the bomber acted on behalf of the Islamic State.",
    "Police said the suspect carried out the bombing on the orders of the Islamic State.",
])
def test_acting_for_a_side_names_it(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _KABUL + text) == {("Afghanistan", IS, "affirm", False)}


@pytest.mark.parametrize("text", [
    "Police said the bomber acted alone.",
    "Police said the bomber acted for revenge.",
    "Police released a video in which a survivor says he saw the bomber.",
])
def test_no_side_acted_for(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _KABUL + text) == set()


def test_his_own_word_with_no_captors_is_his_groups_claim(nlp: Language) -> None:
    text = _KABUL + "In a video, the bomber said he acted for the Islamic State."
    assert _ledger(nlp, text) == {(IS, IS, "affirm", False)}


@pytest.mark.parametrize("text", [
    "The gunmen were suspected JNIM members, police said.",
    "The attackers were suspected members of JNIM, the army said.",
    "Police said the assailants were suspected JNIM fighters.",
    "The gunmen were suspected JNIM fighters, police said.",
])
def test_attackers_suspected_as_members(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _GAO + text) == {("Mali", "JNIM", "affirm", True)}


def test_victims_suspected_as_members_name_no_doer(nlp: Language) -> None:
    assert _ledger(nlp, _GAO + "The dead were suspected JNIM members, police said.") == set()


@pytest.mark.parametrize("text", [
    "Police released a video in which a suspect confesses that he had been sent by the Islamic State.",
    "In a video released by police, the suspect confessed that he had been sent by the Islamic State.",
])
def test_a_suspects_confession_in_police_footage_is_the_polices(nlp: Language, text: str) -> None:
    # confessing tells whom he acted for, as saying does; in the state's footage it is the state's word
    assert _ledger(nlp, _KABUL + text) == {("Afghanistan", IS, "affirm", False)}


def test_a_confession_to_the_crime_alone_names_no_one(nlp: Language) -> None:
    text = _KABUL + "Police released a video in which a suspect confesses that he had planted the bomb."
    assert _ledger(nlp, text) == set()


@pytest.mark.parametrize("doers", ["saboteurs", "arsonists"])
def test_saboteurs_suspected_as_members_accuse_the_group_hedged(nlp: Language, doers: str) -> None:
    # saboteurs and arsonists did the act as gunmen do: "suspected members of X" lays it on X, hedged
    text = (f"{doers.capitalize()} set fire to a power substation near Gao on Wednesday. "
            f"Police said the {doers} were suspected members of JNIM.")
    assert _ledger(nlp, text) == {("Mali", "JNIM", "affirm", True)}


@pytest.mark.parametrize("text", [
    "Police said a suspect confessed that he had been sent by the Islamic State.",
    "Police said a suspect told interrogators that he had been sent by the Islamic State.",
])
def test_a_suspects_word_the_police_relay_is_the_polices_alone(nlp: Language, text: str) -> None:
    # the police tell it: their accusation, no self-claim of the group (which would make it corroborated)
    assert _ledger(nlp, _KABUL + text) == {("Afghanistan", IS, "affirm", False)}


def test_a_suspects_own_word_with_no_relay_is_the_groups_claim(nlp: Language) -> None:
    # the near miss: no one relays it
    assert _ledger(nlp, _KABUL + "The suspect said he had been sent by the Islamic State.") == {
        (IS, IS, "affirm", False)}


@pytest.mark.parametrize("text", [
    # "the suspect confessing" parsed as a noun, the clause hung on the video
    "Police released a video of the suspect confessing that he had been sent by the Islamic State.",
    "Taliban intelligence released a video of the suspect confessing that he had been sent by the Islamic State.",
    # the footage shows it, released by an organ of the state the Taliban govern
    "A video released by Taliban intelligence showed the suspect saying he was sent by the Islamic State.",
])
def test_a_confession_in_footage_of_the_suspect_is_the_states(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _KABUL + text) == {("Afghanistan", IS, "affirm", False)}


@pytest.mark.parametrize("text", [
    "Police released a video of the suspect saying he had not been sent by the Islamic State.",
    "Police released a video of the mosque, which the Islamic State had attacked before.",
])
def test_footage_with_no_sender_named_accuses_no_one(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _KABUL + text) == set()
