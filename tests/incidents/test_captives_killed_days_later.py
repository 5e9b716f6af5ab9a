"""A captive killed days after the abduction is one incident with one dead, whatever the dates in between, on
sentences written for these tests ("abducted on 3 May and killed on 9 May": the days are no counts and no split)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A trader was abducted on 3 May and killed on 9 May in Maiduguri by suspected militants.",
        "Gunmen abducted a teacher in Kaduna on May 2 and killed him on May 6.",
        "His father was kidnapped on Monday in Kaduna by gunmen. The father was killed on Wednesday.",
    ],
)
def test_one_captive_killed_later_is_one_incident_with_one_dead(text: str) -> None:
    incidents = analyze(text, published="2026-05-10").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 1
