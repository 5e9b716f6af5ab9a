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
