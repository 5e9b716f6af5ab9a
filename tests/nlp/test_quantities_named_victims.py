"""One person named as killed or injured, where the parse hides the verb or a later death changes the kind,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import read_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _victims(nlp: Language, text: str) -> list[tuple[str, int | None]]:
    victims, _ = read_casualties(nlp(text))
    for m in victims:
        ev = m.casualties.evidence
        assert text[ev.start : ev.end] == ev.text
    return [(m.kind, m.casualties.min) for m in victims]


@pytest.mark.parametrize(
    "text",
    [
        # the second verb of "opened fire and injured" read as an adjective of the name after it
        "Gunmen opened fire and injured Win Naing Tun, a ward official, in Monywa on Tuesday.",
        # a title and its abbreviation between the verb and the name
        "An assailant shot and injured Assistant Sub Inspector (ASI) Zahoor in Lakki Marwat, Khyber "
        "Pakhtunkhwa.",
    ],
)
def test_a_name_after_shot_and_injured_is_one_injured(nlp: Language, text: str) -> None:
    assert _victims(nlp, text) == [("injured", 1)]


def test_an_injured_adjective_without_a_first_verb_fells_no_one(nlp: Language) -> None:
    assert _victims(nlp, "The injured Ali Musa told reporters about the crash on the highway.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Assailants opened fire on Yaw Mensah at his shop in Bawku, Ghana. Mensah, a local trader, was wounded "
        "during the raid and later died of his wounds.",
        "A bomb went off near the home of Abdul Wahid in Bajaur, Pakistan. Wahid, a local cleric, was badly "
        "wounded and later succumbed to his wounds.",
    ],
)
def test_a_named_person_wounded_who_then_died_is_one_killed(nlp: Language, text: str) -> None:
    assert _victims(nlp, text) == [("killed", 1)]


def test_a_named_person_wounded_while_another_died_stays_injured(nlp: Language) -> None:
    text = "Gunmen attacked a convoy near Baidoa. Farah was wounded and his driver died at the scene."
    assert ("injured", 1) in _victims(nlp, text)
