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
        # "other" is no mark of another act ("on other floors"), as "separate" is
        "Unknown perpetrators placed ten sticks of dynamite in a state office building in Dayton, Ohio, United States. "
        "The building was empty at night. The resulting explosion shattered windows on other floors.",
        # a guard, not a regression: the lede is its own incident here, placed before the rule was written
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


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # near misses: a lede that tells no violent act (a dismissal, fire-fighting) or a court's sentence for an old
        # attack is no scene, and an incident marked apart ("In a separate incident") is not the lede's act
        ("The mayor of Tucson fired the city manager on Monday after an audit. The audit took months. A gunman killed "
         "two people at a bus stop on Sunday night.", "Tucson"),
        ("Firefighters in Lancaster, Pennsylvania, put out a brush fire on Monday. Crews stayed on through the night. "
         "A gunman killed two people at a gas station on Sunday.", "Lancaster"),
        ("Firefighters in Lancaster, Pennsylvania, set a controlled fire on Monday to clear brush. Crews stayed on "
         "through the night. A gunman killed two people at a gas station on Sunday.", "Lancaster"),
        ("A court in Quetta, Pakistan, on Monday jailed a man for a bomb attack in 2019. The man denied the charge. "
         "Gunmen killed two policemen on Sunday.", "Quetta"),
        ("Unknown perpetrators placed ten sticks of dynamite in a state office building in Dayton, Ohio, United "
         "States. The building was empty at night. In a separate incident, a blast shattered windows across the block.",
         "Dayton"),
    ],
)
def test_a_lede_that_tells_no_act_or_another_act_places_nothing(text: str, town: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is None or loc.name != town
