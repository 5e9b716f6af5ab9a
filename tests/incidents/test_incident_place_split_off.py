"""A first incident whose place chain the sentence splitter cut off, or whose first sentence no incident claims,
takes the town of that neighbouring sentence, not only its country (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("04/02/2022: Attackers threw a hand grenade at a police outpost (checkpoint) No 2 in Kutkai, Shan, Myanmar. "
         "Nobody was hurt in the blast.", "Kutkai"),
        ("Unknown attackers were planting mines beside a road in Chahar Dara district of Kunduz province when an "
         "air strike hit them. Four attackers were killed in the attack.", "Chahar Dara"),
    ],
)
def test_the_cut_off_place_is_the_incident_place(text: str, name: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == name


def test_a_town_two_sentences_away_is_not_taken() -> None:
    text = ("Officials in Kandahar spoke to reporters on Monday. They described the security plans. "
            "Two soldiers were killed in an attack. The attackers fled.")
    loc = analyze(text).incidents[0].location
    assert loc is None or loc.name != "Kandahar"
