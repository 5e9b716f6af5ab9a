"""A count of attacks over a period, on sentences written for these tests: "more than 30 attacks ... have
been registered in X in the last 12 months" is a tally that opens no incident of its own."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_LEAD = "A roadside bomb killed three police officers on a road near Suarez, Cauca, on Tuesday. "


@pytest.mark.parametrize(
    "tally",
    [
        "In the last 12 months, some 35 explosive attacks on the security forces have been logged in Cauca, "
        "the regional government said.",
        "During the past six months, 18 ambushes against army patrols were registered in Huila.",
        "The ombudsman counted 27 bombings across the department over the last year.",
    ],
)
def test_a_count_of_attacks_over_a_period_opens_no_incident(tally: str) -> None:
    r = analyze(_LEAD + tally, published="2026-04-10")
    assert len(r.incidents) == 1
    assert r.incidents[0].killed.stated == 3


def test_one_earlier_attack_still_opens_its_own() -> None:
    text = _LEAD + "Last month, a car bomb in Jamundi, Valle del Cauca, killed two soldiers."
    r = analyze(text, published="2026-04-10")
    assert len(r.incidents) == 2


@pytest.mark.parametrize(
    "tally",
    [
        # acts in the plural as the subject of a trend
        "Suicide attacks also increased, to 41 from 33 the previous year, the ombudsman said.",
        "Kidnappings of engineers have become more frequent across the region since 2021.",
        # an act told in the perfect since a time, or many times over
        "The oil pipeline, which runs to the port of Tumaco, has been bombed hundreds of times since it opened in "
        "1992.",
    ],
)
def test_a_trend_or_a_running_count_of_acts_opens_no_incident(tally: str) -> None:
    r = analyze(_LEAD + tally, published="2026-04-10")
    assert len(r.incidents) == 1
    assert r.incidents[0].killed.stated == 3


def test_one_act_told_many_times_over_stays_an_act() -> None:
    """Near miss: blows counted on one victim are one attack, and a toll rising is no trend of acts."""
    r = analyze("A man was stabbed dozens of times outside a bar in Pasto on Saturday. The death toll from the "
                "attack rose to one.", published="2026-04-10")
    assert len(r.incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a tally in one clause leaves the other clause's dated act, and counted acts are each one
        "Gunmen have raided the village several times since 2020; on Sunday they killed 12 people in Kauru.",
        "Gunmen have raided the village hundreds of times since 2020; on Sunday they killed 12 people in Kauru.",
        "Gunmen have raided the village several times since 2020. On Sunday they killed 12 people in Kauru.",
    ],
)
def test_a_tally_beside_a_dated_act_keeps_the_act_and_its_type(text: str) -> None:
    [incident] = analyze(text, published="2026-04-10").incidents
    assert incident.killed is not None and incident.killed.stated == 12
    assert [t.label for t in incident.attack_types] == ["Armed Assault"]


def test_a_tally_alone_still_opens_no_incident() -> None:
    """Near miss: many times over since a year, with no other act, is still a tally."""
    r = analyze("The pipeline near Tumaco has been bombed hundreds of times since 1992.", published="2026-04-10")
    assert r.incidents == []


def test_dated_acts_that_raise_a_figure_are_an_incident() -> None:
    """'doubled the number killed' has a dated subject acting on a figure: the acts of that day, not a trend."""
    r = analyze("Twin bombings in Herat on Saturday doubled the number of civilians killed this month.",
                published="2026-04-10")
    assert len(r.incidents) == 1


def test_undated_acts_that_raise_a_figure_are_still_a_trend() -> None:
    """Near miss: the same verb with an undated plural subject opens nothing."""
    assert analyze("Suicide attacks doubled the toll of the war, the ombudsman said.",
                   published="2026-04-10").incidents == []
