"""Segmentation rules on sentences written for these tests: tallies, aftermath sentences, a
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


@pytest.mark.parametrize(
    ("text", "published", "place", "day"),
    [
        ("A Kenyan high court on Tuesday jailed three men for 30 years over a grenade attack on a bus station in the "
         "town of Garissa. The blast on the evening of March 3, 2021, killed four people and injured 19 others.",
         "2025-06-11", "Garissa", "2021-03-03"),
        ("Judges in Ankara on Monday convicted 11 defendants for their role in a suicide bombing outside a stadium "
         "in the Besiktas district of Istanbul nearly six years ago. The bombing on Dec. 10, 2016, killed 46 people.",
         "2022-06-14", "Istanbul", "2016-12-10"),
    ],
)
def test_a_verdict_over_an_old_bombing_is_that_bombing_not_a_second_incident(text, published, place, day):
    incidents = analyze(text, published=published).incidents
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.location is not None and inc.location.name == place
    assert inc.date is not None and str(inc.date.value) == day
    assert inc.killed is not None and inc.killed.stated in {4, 46}
    assert not any(t.label.startswith("Government") for t in inc.target_types)  # the court is no target


def test_the_strike_told_again_is_the_state_operation_it_names():
    text = ("At least nine people were killed when an airstrike hit a fuel depot in the town of Sarmada on Sunday. "
            "The strike destroyed two tankers and a warehouse next to the depot.")
    assert analyze(text, published="2025-03-04").incidents == []


def test_an_attack_after_an_airstrike_stays_an_incident():
    text = ("Government warplanes carried out airstrikes on rebel positions near Sarmada on Sunday. Hours later, "
            "gunmen stormed a checkpoint in Idlib and killed four soldiers. The attack was the deadliest this month.")
    incidents = analyze(text, published="2025-03-04").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 4
