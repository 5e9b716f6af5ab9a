"""Think tanks and their people: a country word in a research body's name is no state ("the Pakistan Institute
for Peace Studies"), the body's titled head speaks for the body, not for the story's state, and a named analyst
at one speaks for himself. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners, unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_KABUL = "A suicide bomber struck a wedding hall in Kabul on Saturday, killing 18 guests. "


def test_a_country_word_opening_an_institute_name_is_no_state(nlp: Language) -> None:
    text = _KABUL + "The Afghanistan Institute for Strategic Studies condemned the bombing."
    assert condemners(nlp, text) == {"Afghanistan Institute for Strategic Studies"}


@pytest.mark.parametrize("speaker, body", [
    ("Mariam Noori, director of the Afghanistan Institute for Strategic Studies,",
     "Afghanistan Institute for Strategic Studies"),
    ("Mariam Noori, head of the Kabul Policy Research Foundation,", "Kabul Policy Research Foundation"),
])
def test_the_head_of_a_think_tank_speaks_for_it(nlp: Language, speaker: str, body: str) -> None:
    text = _KABUL + speaker + " said the Islamic State carried out the bombing."
    assert unhedged_blames(nlp, text) == {(body, "Islamic State", "affirm")}


def test_the_head_of_a_state_body_still_speaks_for_the_state(nlp: Language) -> None:
    text = _KABUL + "Mariam Noori, head of the Afghan Institute of Police Research and Training, said the " \
        "Islamic State carried out the bombing."
    assert unhedged_blames(nlp, text) == {("Afghanistan", "Islamic State", "affirm")}


def test_a_named_analyst_speaks_for_himself(nlp: Language) -> None:
    text = _KABUL + "Omar Sadr, an analyst at the Afghanistan Institute for Strategic Studies, said the Islamic " \
        "State carried out the bombing."
    assert unhedged_blames(nlp, text) == {("Omar Sadr", "Islamic State", "affirm")}


@pytest.mark.parametrize("speaker", [
    "Police chief Abdul Wahid, a graduate of Kabul University,",
    "Police spokesman Abdul Wahid, a Kabul University graduate,",
    "Abdul Wahid, director of the National Institute of Forensic Medicine,",
])
def test_a_university_he_studied_at_or_a_national_institute_leaves_the_state(nlp: Language, speaker: str) -> None:
    text = _KABUL + speaker + " said the Islamic State carried out the bombing."
    assert unhedged_blames(nlp, text) == {("Afghanistan", "Islamic State", "affirm")}


def test_the_institute_keeps_its_whole_name(nlp: Language) -> None:
    text = _KABUL + "Mariam Noori, director of the Kabul Institute for Policy and Strategic Studies, said the " \
        "Islamic State carried out the bombing."
    assert unhedged_blames(nlp, text) == {("Kabul Institute for Policy and Strategic Studies", "Islamic State",
                                           "affirm")}
