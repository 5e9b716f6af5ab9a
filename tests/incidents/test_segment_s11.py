"""Session-11 segmentation rules on sentences written for these tests: tallies, aftermath sentences, a
verdict about an old bombing, an airstrike told again as 'the strike'."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "At least 31 aid workers were killed across East Africa in the first six months of 2024, a relief "
        "agency said on Monday. Sudan accounted for 14 of the deaths, followed by Somalia with seven.",
        "A conflict monitor recorded more than 700 fatalities from armed violence in the Lake Chad basin in "
        "June alone, its monthly bulletin showed.",
        "Some 42 lawyers were murdered in Central America in March alone, the bar association said.",
    ],
)
def test_a_tally_over_a_period_or_a_share_of_it_is_no_incident(text):
    assert analyze(text, published="2025-07-08").incidents == []


def test_a_share_of_a_tally_does_not_hide_the_attack_told_beside_it():
    text = ("Gunmen shot dead four farmers in the village of Kwall on Sunday, police said. Plateau state "
            "accounted for most of the killings reported in the region this year.")
    incidents = analyze(text, published="2025-07-08").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 4


@pytest.mark.parametrize(
    "aftermath",
    [
        "The explosion also halted production at a refinery in Barrancabermeja, where workers were sent home.",
        "The blast also disrupted rail traffic between Cucuta and Pamplona for most of the day.",
    ],
)
def test_what_the_blast_went_on_to_disrupt_is_no_second_incident(aftermath):
    text = "Rebels blew up a section of an oil pipeline near Saravena in Arauca on Sunday night. " + aftermath
    incidents = analyze(text, published="2025-03-04").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == "Saravena"


def test_a_toll_in_the_aftermath_sentence_stays_the_incidents():
    text = ("Rebels blew up a section of an oil pipeline near Saravena in Arauca on Sunday night. The blast also "
            "wounded two guards and halted pumping at the station.")
    incidents = analyze(text, published="2025-03-04").incidents
    assert len(incidents) == 1
    assert incidents[0].injured is not None and incidents[0].injured.stated == 2
