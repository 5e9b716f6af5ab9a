"""A toll told in a relative clause of one event noun after "since" ("ten years since a siege in which gunmen killed
41 people") is that old attack's, a background incident with its toll; a toll running since an event stays a
tally."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Mourners gathered in Nairobi on Wednesday to mark eight years since a siege in which gunmen killed 38 "
         "people at a hotel.", 38),
        ("Security has stayed tight in Kabul since the raid in which militants killed 14 guests at a hotel in 2019.",
         14),
    ],
)
def test_the_toll_of_the_remembered_attack_is_an_incident(text, killed):
    incidents = analyze(text, published="2026-03-25").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.min == killed


@pytest.mark.parametrize(
    "text",
    [
        "More than 300 people have been killed in the region since the siege of the town began in 2024.",
        # the remembered attack's own toll beside a larger one running since it: a tally, not that attack
        "More than 500 people have died in the province since a raid in which rebels killed 27 people in 2016.",
    ],
)
def test_a_toll_running_since_an_event_stays_a_tally(text):
    assert analyze(text, published="2026-03-25").incidents == []


def test_a_time_set_off_after_the_attack_noun_dates_the_attack():
    text = ("Mourners gathered in Nairobi on Wednesday to mark eight years since a siege in which gunmen killed 38 "
            "people at a hotel. The attack, in January 2018, was claimed by al-Shabaab.")
    incidents = analyze(text, published="2026-03-25").incidents
    assert len(incidents) == 1
    assert str(incidents[0].date.value) == "2018-01-01" and incidents[0].date.precision == "month"


@pytest.mark.parametrize(
    "text",
    [
        "A bomb went off at a bus station in Peshawar, killing six people. After the attack, on Tuesday, a "
        "militant group said it was behind it.",
        "A bomb went off at a bus station in Peshawar, killing six people. Following the blast, on Tuesday, "
        "police detained four suspects.",
    ],
)
def test_a_time_after_a_phrase_of_time_dates_what_follows_not_the_attack(text):
    incidents = analyze(text, published="2026-03-25").incidents
    assert len(incidents) == 1 and incidents[0].date.value is None
