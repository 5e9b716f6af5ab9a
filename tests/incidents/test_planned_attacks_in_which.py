"""A planned attack whose own clause tells whom it killed ("in which 11 passengers were killed") happened, even
when the parser hangs the clause on the time word beside it ("a bus bombing in X last year in which ..."); a
plan's victims told in the conditional stay a plan (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Police have arrested four men suspected of helping to plan a bus bombing in the town of Mandera last year "
        "in which 11 passengers were killed, a spokesman said.",
        "Police have arrested four men accused of planning a bombing at a market in Mandera in which 11 people died.",
    ],
)
def test_a_planned_bombing_that_killed_happened(text: str) -> None:
    incidents = analyze(text, published="2026-03-05").incidents
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.location is not None and inc.location.name == "Mandera"
    assert inc.killed is not None and inc.killed.min == 11


def test_a_plot_in_which_people_would_die_is_no_incident() -> None:
    text = "Police arrested four men suspected of planning a bombing in Mandera in which dozens would be killed."
    assert analyze(text, published="2026-03-05").incidents == []
