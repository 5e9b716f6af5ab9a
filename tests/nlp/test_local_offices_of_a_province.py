"""A local office "of" a province or town of the story's country speaks for that state, as the bare office does
("the governor of Khyber Pakhtunkhwa blamed X"); an office of no place ("the governor of the central bank")
does not. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners, unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("text", [
    "A suicide bomber struck a police training centre in Mardan on Monday, killing 9 recruits. The governor of "
    "Khyber Pakhtunkhwa blamed the TTP for the bombing.",
    "A suicide bomber struck a shrine in Lahore on Monday, killing 9 pilgrims. The governor of Punjab blamed the "
    "TTP for the bombing.",
    # the province's own word after its name
    "A suicide bomber struck a police post in Kohat on Monday, killing 9 officers. The governor of Khyber "
    "Pakhtunkhwa Province blamed the TTP for the bombing.",
])
def test_the_governor_of_a_province_speaks_for_the_state(nlp: Language, text: str) -> None:
    assert unhedged_blames(nlp, text) == {("Pakistan", "Tehrik-i-Taliban Pakistan", "affirm")}


def test_an_office_of_no_place_speaks_for_no_state(nlp: Language) -> None:
    text = ("A suicide bomber struck a shrine in Lahore on Monday, killing 9 pilgrims. The governor of the central "
            "bank condemned the attack.")
    assert "Pakistan" not in condemners(nlp, text)


def test_the_governor_of_a_state_named_with_its_state_word_speaks_for_the_state(nlp: Language) -> None:
    text = ("Gunmen stormed a village near Maiduguri on Monday, killing 9 farmers. The governor of Borno State "
            "condemned the attack.")
    assert condemners(nlp, text) == {"Nigeria"}


@pytest.mark.parametrize("office", ["shadow governor", "rebel governor", "separatist governor", "self-styled mayor"])
def test_an_office_held_against_the_state_speaks_for_no_state(nlp: Language, office: str) -> None:
    text = ("A roadside bomb struck an army convoy in Ghazni province on Monday, killing 9 soldiers. The "
            f"{office} of Ghazni condemned the attack and denied that the Taliban carried it out.")
    assert "Afghanistan" not in condemners(nlp, text)
    assert not any(source == "Afghanistan" for source, _, _ in unhedged_blames(nlp, text))
