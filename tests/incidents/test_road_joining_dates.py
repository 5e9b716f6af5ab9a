"""A day the parser hangs on the participle that says where a road runs ("on the road linking Kaya to Dori on
Monday") is the attack's day: no one linked anything that day (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a convoy on the road linking Kaya to Dori on Monday, killing eight soldiers.",
        "Gunmen ambushed a convoy on the highway connecting Kaya and Dori on Monday, killing eight soldiers.",
    ],
)
def test_the_day_after_a_road_joining_towns_dates_the_attack(text: str) -> None:
    inc = analyze(text, published="2026-05-12").incidents[0]
    assert str(inc.date.value) == "2026-05-11"


def test_a_statement_day_still_dates_nothing() -> None:
    text = "Gunmen ambushed a convoy on the road linking Kaya to Dori, killing eight soldiers, the army said on Monday."
    assert analyze(text, published="2026-05-12").incidents[0].date.value is None
