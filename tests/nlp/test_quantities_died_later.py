"""A victim wounded first whose later death the next sentence tells ("He died in hospital"), on sentences
written for these tests: the doers of the passive are no "he", and a death conjoined to another verb shares
its subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import read_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _kinds(mentions) -> list[tuple[str, int | None]]:
    return [(m.kind, m.casualties.min) for m in mentions]


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper was shot by gunmen in Quetta on Tuesday. He died in hospital.",
        "A policewoman was shot by militants near Srinagar on Tuesday. She succumbed to her injuries overnight.",
        "A security guard was stabbed in Lille on Friday. He was rushed to hospital but died of his wounds.",
    ],
)
def test_one_wounded_then_dead(nlp: Language, text: str) -> None:
    victims, perps = read_casualties(nlp(text))
    assert _kinds(victims) == [("injured", 1), ("killed", 1)]
    assert victims[1].moved  # the same person, moved from the wounded to the dead
    assert perps == []


def test_plural_wounded_by_gunmen_then_dead(nlp: Language) -> None:
    victims, _ = read_casualties(nlp("Two farmers were shot by gunmen near Jos on Sunday. They died in hospital."))
    assert _kinds(victims) == [("injured", 2), ("killed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        # the one the police shot is the attacker
        "Police shot the gunman outside the station in Paris on Friday. He was taken to hospital but died of "
        "his wounds.",
        # no death told
        "A shopkeeper was shot by gunmen in Quetta on Tuesday. He was taken to hospital, where doctors said he "
        "was stable.",
    ],
)
def test_no_victim_death(nlp: Language, text: str) -> None:
    victims, _ = read_casualties(nlp(text))
    assert "killed" not in [m.kind for m in victims]


def test_wounded_attackers_who_died_are_no_victims(nlp: Language) -> None:
    victims, _ = read_casualties(nlp("Police shot two gunmen in Karachi on Friday. They died in hospital."))
    assert victims == []
