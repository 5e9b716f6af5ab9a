"""A country named by its diplomatic mission ("the Pakistan Embassy", "the Turkish consulate", "the Embassy of
Pakistan") is the state the mission stands for, not where it stands: no place, no vote for the story's country nor
for which capital "the capital" is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("A suicide bomber attacked the Pakistan Embassy in the capital on Monday, killing four guards, Afghan "
         "officials said.", "Kabul", "AF"),
        ("Gunmen fired on the Embassy of Pakistan in Kabul, wounding a guard.", "Kabul", "AF"),
        ("A car bomb exploded outside the Egypt Consulate in Benghazi, wounding three people.", "Benghazi", "LY"),
        # a state's own institution stands in the state
        ("Gunmen attacked the Nigeria Police Academy in Wudil on Monday, killing two recruits.", "Wudil", "NG"),
    ],
)
def test_a_mission_stands_elsewhere(text: str, town: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (town, country)


def test_a_mission_alone_names_no_country() -> None:
    loc = analyze("A suicide bomber attacked the Pakistan Embassy on Monday, killing four guards.",
                  published="2024-05-06").incidents[0].location
    assert loc is None or loc.country_code != "PK"
