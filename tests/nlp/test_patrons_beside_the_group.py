"""A group's patrons named by where they sit or their state ("Hezbollah and its backers in Tehran", "its patrons
in Iran") name that state as a doer beside the group, and the patrons' seat is not the story's country, nor the
country its bare officials speak for. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A car bomb killed four soldiers at a checkpoint in Sidon, Lebanon, on Monday.\n"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "hedged"), [
    ("The army said Hezbollah and its backers in Tehran were behind the bombing.", False),
    ("The army said Hezbollah and its sponsors in Iran may have been behind the bombing.", True),
])
def test_the_patrons_state_is_accused_beside_the_group(nlp: Language, sentence: str, hedged: bool) -> None:
    assert blames(nlp, LEAD + sentence) == {("Lebanon", "Hezbollah", "affirm", hedged),
                                            ("Lebanon", "Iran", "affirm", hedged)}


def test_the_patrons_seat_is_not_whose_officials_speak(nlp: Language) -> None:
    text = LEAD + "The prime minister blamed Hezbollah and its patrons in Iran for the bombing."
    assert ("Iran", "Hezbollah", "affirm", False) not in blames(nlp, text)
    assert ("Lebanon", "Hezbollah", "affirm", False) in blames(nlp, text)


def test_a_group_in_a_place_is_no_patron(nlp: Language) -> None:
    text = LEAD + "The army said Hezbollah and its fighters in Syria were behind the bombing."
    assert ("Lebanon", "Syria", "affirm", False) not in blames(nlp, text)


@pytest.mark.parametrize("sentence", [
    "The army blamed the bombers' handlers in Iran.",  # the seat hung on the verb by the parser
    "The army blamed Iran-based handlers for the bombing.",
])
def test_handlers_blamed_by_their_seat_accuse_its_state(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == {("Lebanon", "Iran", "affirm", False)}


def test_handlers_with_no_seat_name_no_state(nlp: Language) -> None:
    assert blames(nlp, LEAD + "The army blamed the bombers' handlers.") == set()
