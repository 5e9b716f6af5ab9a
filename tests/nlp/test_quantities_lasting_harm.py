"""Harm told without a wound word, on sentences written for these tests: a lost eye or limb, an amputation,
being knocked or left unconscious tell the injured; losing one's way does not."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import find_casualties


def _injured(text: str) -> int:
    return sum(c.casualties.stated or 0 for c in find_casualties(parse(text)) if c.kind == "injured")


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A man attacked pedestrians with a knife in Lyon. One woman was knocked unconscious.", 1),
        ("A grenade exploded at a bus stop in Kampala on Monday. One man had both legs amputated.", 1),
        ("A grenade exploded at a bus stop in Kampala on Monday. Three people lost limbs.", 3),
        ("A landmine exploded near Kandahar. A shepherd lost both legs in the explosion.", 1),
        ("A landmine exploded near Kandahar. A shepherd lost his left eye.", 1),
        ("A grenade exploded at a bus stop in Kampala on Monday. Two men were left unconscious.", 2),
    ],
)
def test_lasting_harm_is_an_injury(text: str, injured: int) -> None:
    assert _injured(text) == injured


@pytest.mark.parametrize(
    "text",
    [
        "Two patrols lost their way near Kandahar before the ambush.",
        "The two parties lost their seats in the vote.",
    ],
)
def test_other_losses_hurt_no_one(text: str) -> None:
    assert _injured(text) == 0
