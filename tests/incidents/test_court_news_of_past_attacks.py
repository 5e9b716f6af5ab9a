"""Court news about a past attack told with no toll opens no incident, whoever the sentence makes its subject: the
court, the convicts ("Three men who carried out the 2016 bombing ... were sentenced"), or the doers facing a penalty
("Perpetrators of the 2019 bombing face jail"); a verdict told with the attack's toll keeps the attack. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Perpetrators of the 2018 bombing of a chapel in Marawi face jail after a court found them guilty on Monday.",
        "Three men who carried out the 2016 bombing of a bus terminal in Mbale were sentenced to life in prison on "
        "Tuesday.",
        "A convicted arsonist was jailed for nine years on Monday for setting fire to a mosque in Bergen in 2020.",
        "Two men accused of the 2017 bombing of a market in Gombe were jailed for 20 years on Monday.",
        "The men behind the 2015 attack on a hotel in Kismayo face the death penalty.",
        "A military court on Tuesday sentenced four men to death for the bombing of a bus in Gao.",
    ],
)
def test_court_news_of_a_past_attack_without_a_toll_opens_none(text: str) -> None:
    assert analyze(text, published="2025-06-10").incidents == []


def test_a_verdict_told_with_the_attacks_toll_keeps_the_attack() -> None:
    text = ("A court in Mopti sentenced two men for the ambush of a convoy near Douentza in 2021 that killed eight "
            "soldiers.")
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.stated == 8


def test_an_attack_told_before_the_doers_penalty_stays_an_incident() -> None:
    text = "Gunmen attacked a hotel in Kismayo on Monday. The attackers face the death penalty, the governor said."
    assert len(analyze(text, published="2025-06-10").incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        # victims facing hardship, not doers facing a penalty
        "Survivors of Monday's bombing at a market in Kano face years of treatment, doctors said.",
        "Relatives of those killed in Monday's bombing at a market in Kano face years without support, a charity "
        "said.",
        "Victims of the 2019 bombing of a church in Kano face a long wait for compensation.",
        # a fresh charge over a relative clause is no news of a past attack
        "Police charged three men who attacked a bus in Kano on Monday.",
    ],
)
def test_victims_news_and_a_fresh_charge_keep_the_attack(text: str) -> None:
    assert len(analyze(text, published="2025-03-02").incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The men who carried out the 2019 bombing of a church in Kano face twenty years in prison.",
        "The perpetrators of the 2019 bombing of a church in Kano face life in prison.",
        "Two men accused of the 2019 bombing of a church in Kano face trial, prosecutors said.",
    ],
)
def test_doers_facing_a_prison_term_or_trial_is_court_news(text: str) -> None:
    assert analyze(text, published="2025-03-02").incidents == []
