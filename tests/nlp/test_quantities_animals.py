"""Animals are no casualties, on sentences written for these tests: DESIGN counts people, so "three elephants" killed
by a bomb are no toll, and the people listed beside them are counted alone."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import read_casualties


def _killed(text: str) -> int:
    victims, _ = read_casualties(parse(text))
    return sum(m.casualties.stated or 0 for m in victims if m.kind == "killed")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A bomb killed three elephants and two workers at a reserve near Voi.", 2),
        ("Poachers shot dead four rhinos and a ranger in the park on Monday.", 1),
        ("Three buffaloes and a herder were killed when gunmen raided the camp.", 1),
        ("A landmine killed two elephants near the border post.", 0),
        ("The arsonists said the farm caused the deaths of 1,000 creatures.", 0),
        ("A bomb killed a lion and a ranger at the zoo in Kabul on Monday.", 1),
        ("The blast killed an ox and a man in Kabul on Monday.", 1),
        ("A bomb killed three elephants, two rhinos and a ranger at the zoo in Kabul on Monday.", 1),
    ],
)
def test_animals_are_no_casualties(text: str, killed: int) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # near misses: people listed alone, or before the animals, still count
        ("A bomb killed two workers and three elephants at a reserve near Voi.", 2),
        ("A bomb killed two workers and a ranger at a reserve near Voi.", 3),
    ],
)
def test_people_beside_animals_still_count(text: str, killed: int) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # an animal's name in capitals names a unit, and a noun before it makes people of it: no animals
        ("Rebels killed 12 Lions, the government's elite unit, near Beni on Monday.", 12),
        ("Police shot dead two drug mules in Kabul on Monday.", 2),
    ],
)
def test_animal_words_in_other_senses_are_people(text: str, killed: int) -> None:
    assert _killed(text) == killed
