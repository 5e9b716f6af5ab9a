"""Grouping sentences into incidents, on short texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "claim",
    [
        "On Saturday, a militant group said its members had planted the explosives.",
        "On Saturday, the group released a video saying its fighters had planted the bomb.",
    ],
)
def test_a_claim_made_days_later_stays_with_the_attack(claim):
    text = "A car bomb went off near a police station in Mosul on March 3, killing four officers. " + claim
    incidents = analyze(text, published="2024-03-11").incidents
    assert len(incidents) == 1
    assert str(incidents[0].date.value) == "2024-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "Bandits shot dead nine farmers tending their fields near Gusau on Thursday.",
        "Militants abducted three engineers building a bridge near Tillaberi on Thursday.",
    ],
)
def test_a_participle_on_the_victims_keeps_the_attack_date(text):
    incident = analyze(text, published="2024-04-20").incidents[0]
    assert str(incident.date.value) == "2024-04-18"


def test_a_relative_clause_about_someone_else_still_does_not_date_the_attack():
    text = "Lopez, who became mayor two weeks ago, was shot dead by gunmen outside his home."
    assert analyze(text, published="2024-04-20").incidents[0].date.value is None


@pytest.mark.parametrize(
    "text",
    [
        "Niger on Friday blamed Mali for a drone strike that killed 11 soldiers near Tillaberi.",
        "The death toll from a bomb attack on a minibus near Wajir climbed to 13 on Friday.",
        "A court in Nairobi on Friday convicted two men over the 2019 attack on a hotel in which gunmen "
        "killed 21 people.",
    ],
)
def test_a_later_act_does_not_date_the_attack(text):
    assert analyze(text, published="2024-04-20").incidents[0].date.value is None
