"""A state's broadcaster speaks for its state, and a suspect's confession it airs reaches us in the state's word:
an accusation of the group, not the group's own claim (conventions: a confession in custody is the captors').
Attackers said to act on a side's orders, or sent or paid by it, put the act on that side. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A car bomb killed 11 people outside a market in Maiduguri on Monday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("rest", [
    "In a video aired by state television, the suspect said he acted on the orders of Boko Haram.",
    "In a video aired by state television, the suspect said he was a member of Boko Haram.",
    "The suspect told state television that he had been sent by Boko Haram.",
    "State television said Boko Haram carried out the attack.",
])
def test_what_state_television_airs_is_the_states_accusation(nlp: Language, rest: str) -> None:
    found = self_blames(nlp, LEAD + rest)
    assert ("Nigeria", "Boko Haram", "affirm", False) in found
    assert ("Boko Haram", "Boko Haram", "affirm", True) not in found


def test_a_demonym_names_the_broadcasters_state(nlp: Language) -> None:
    text = ("A bomb exploded in Zahedan on Monday, killing five people. Iranian state TV aired a video in which "
            "the suspect said he was a member of Jaish al-Adl.")
    assert ("Iran", "Jaish al-Adl", "affirm", False) in self_blames(nlp, text)


@pytest.mark.parametrize("rest", [
    "Police said the suspect acted on the orders of Boko Haram.",
    "Police said the bomber had been sent by Boko Haram.",
    "Police said the attackers were paid by Boko Haram.",
])
def test_attackers_acting_for_a_side_put_the_act_on_it(nlp: Language, rest: str) -> None:
    assert ("Nigeria", "Boko Haram", "affirm", False) in self_blames(nlp, LEAD + rest)


@pytest.mark.parametrize("rest", [
    "Police said the officers acted on the orders of the governor.",
    "In an interview with a private radio station, a witness said he saw the car.",
    "Police said the letter had been sent by Boko Haram.",
])
def test_no_attacker_or_no_side_is_no_accusation(nlp: Language, rest: str) -> None:
    assert not {b for b in self_blames(nlp, LEAD + rest) if b[1] == "Boko Haram"}


@pytest.mark.parametrize("rest", [
    "Islamic State media said its fighters carried out the attack.",
    "A statement on Islamic State radio said the group's fighters planted the bomb.",
])
def test_the_state_of_a_groups_name_is_no_state_broadcaster(nlp: Language, rest: str) -> None:
    assert not {b for b in self_blames(nlp, LEAD + rest) if b[0] == "Nigeria"}


@pytest.mark.parametrize("rest", [
    "The bombing was blamed on Boko Haram, State TV reported.",
    "According to State Television, Boko Haram was behind the bombing.",
])
def test_capitalised_state_tv_with_no_demonym_is_the_storys_state(nlp: Language, rest: str) -> None:
    assert ("Nigeria", "Boko Haram", "affirm", False) in self_blames(nlp, LEAD + rest)


def test_a_provinces_broadcaster_is_no_state_tv(nlp: Language) -> None:
    """"Borno State Television": the State of a province's name, not the country's broadcaster."""
    found = self_blames(nlp, LEAD + "Borno State Television said Boko Haram carried out the bombing.")
    assert ("Nigeria", "Boko Haram", "affirm", False) not in found
