"""A chain of participles goes on past a phrase of a participle's own, on sentences written for these tests: "was
stabbed in the back, abducted and killed" is one killed, as "was stabbed, abducted and killed" (session 18)."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import read_casualties


def _counts(text: str) -> list[tuple[str, int | None]]:
    victims, _ = read_casualties(parse(text))
    return [(m.kind, m.casualties.stated) for m in victims]


@pytest.mark.parametrize(
    "text",
    [
        "A farmer was stabbed in the back, abducted and killed by two masked men near Jenin.",
        "A teacher was abducted from his school, tortured and beheaded near Kidal.",
    ],
)
def test_a_chain_of_participles_with_phrases_of_their_own(text: str) -> None:
    assert _counts(text) == [("killed", 1)]


def test_a_participle_with_its_own_doer_ends_the_chain() -> None:
    # near miss: "by a guard" closes the act; the farmer was hurt, not killed
    assert _counts("A farmer was stabbed in the neck by a guard near Jenin.") == [("injured", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Three masked men shot to death a money changer outside a shop in Jenin.",
        "Two gunmen stabbed and shot to death a money changer outside a shop in Jenin.",
    ],
)
def test_the_doers_of_an_active_killing_to_death_are_not_dead(text: str) -> None:
    victims, perpetrators = read_casualties(parse(text))
    assert [(m.kind, m.casualties.stated) for m in victims] == [("killed", 1)]
    assert perpetrators == []


def test_people_killed_to_death_in_the_passive_are_dead() -> None:
    # near miss: the passive's subject is the dead
    assert _counts("Three villagers were stabbed and shot to death outside a shop in Jenin.") == [("killed", 3)]
