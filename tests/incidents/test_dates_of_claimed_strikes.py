"""A claim's day against the day of the strike it claims: "claimed a drone strike on a base in X on Friday"
closes the strike's own phrase (a strike with its target), so Friday dates the strike, as it does for an
attack or a shelling; "claimed the strike on Friday" still dates only the claim."""

from __future__ import annotations

import pytest

from counterclaim import analyze

PUBLISHED = "2025-06-10"  # a Tuesday


@pytest.mark.parametrize("text, day", [
    ("The paramilitary forces claimed a drone strike on an army base in Kosti on Friday.", "2025-06-06"),
    ("Rebels claimed a missile strike on a fuel depot outside Marib on Sunday.", "2025-06-08"),
    ("The rebels denied any role in the shelling of a market in Kano on Saturday.", "2025-06-07"),
])
def test_the_day_after_a_claimed_strike_on_a_target_dates_the_strike(text: str, day: str) -> None:
    incidents = analyze(text, published=PUBLISHED).incidents
    assert incidents and str(incidents[0].date.value) == day


def test_a_claim_day_after_the_strike_noun_alone_still_dates_the_claim() -> None:
    text = ("A drone hit an army base in Kosti, killing four soldiers. The paramilitary forces claimed the strike "
            "on Friday.")
    incidents = analyze(text, published=PUBLISHED).incidents
    assert incidents and incidents[0].date.value is None
