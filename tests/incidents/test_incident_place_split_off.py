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


@pytest.mark.parametrize(
    "text",
    [
        "Unknown perpetrators placed ten sticks of dynamite in a state office building in Dayton, Ohio, United States. "
        "The building was empty at night. The resulting explosion shattered windows across the block.",
        "Activists set fires at a car dealership in Dayton, Ohio, United States, on Monday night. "
        "They painted slogans on the walls. The police found a second device the next day.",
    ],
)
def test_the_ledes_one_town_places_an_incident_told_sentences_later(text: str) -> None:
    # the lede no incident claims names the story's only town; the first incident, two sentences on, names none
    loc = analyze(text).incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Dayton", "US")


def test_a_lede_town_is_not_taken_when_the_text_names_another() -> None:
    # near miss: a second town in the text, so the lede's town is not known to be the scene
    text = ("Unknown perpetrators placed ten sticks of dynamite in a state office building in Dayton, Ohio. The "
            "building had been evacuated after a threat phoned in from Toledo. The resulting explosion shattered "
            "windows across the block.")
    loc = analyze(text).incidents[0].location
    assert loc is None or loc.name != "Dayton"
