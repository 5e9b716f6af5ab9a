"""Injuries told without a wound verb, on sentences written for these tests: one person who "suffered
shrapnel wounds", and people "still being treated" after an attack, are injured (and a later such figure
is the current one)."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import find_casualties


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A grenade hit the mayor's convoy in Zamboanga. His driver sustained gunshot and shrapnel wounds.", 1),
        ("The minister was unhurt, but her aide suffered serious head injuries.", 1),
        ("Rescuers said 19 passengers were being treated at the district hospital.", 19),
        ("Eleven were treated at the scene for cuts from flying glass.", 11),
    ],
)
def test_wounds_and_treatment_tell_the_injured(text: str, injured: int) -> None:
    hurt = [c for c in find_casualties(parse(text)) if c.kind == "injured"]
    assert sum(c.casualties.stated or 0 for c in hurt) == injured


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers' families were treated to a lunch by the governor.",
        "Her brother suffered a heart attack last year.",
        "Nine people were treated for shock after the blast.",
    ],
)
def test_no_wounds_no_injured(text: str) -> None:
    assert not [c for c in find_casualties(parse(text)) if c.kind == "injured"]


def test_the_evening_toll_of_the_treated_is_the_current_one() -> None:
    text = ("A car bomb went off outside a court in Quetta on Monday. At midday the police said 9 people had died "
            "and 30 were hurt. By nightfall, officials said 17 people were dead and 44 were still being treated.")
    inc = analyze(text, published="2026-09-10").incidents[0]
    assert (inc.killed.stated, inc.injured.stated) == (17, 44)
