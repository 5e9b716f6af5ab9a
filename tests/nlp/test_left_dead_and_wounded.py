"""'left X dead and Y wounded', on sentences written for these tests: the dead word closes the first group,
so the groups are not summed into the injured."""

from __future__ import annotations

import pytest
from casualty_counts import stated_by_kind as _kinds


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The truck bomb outside the Tikrit governorate building left five policemen dead and 23 bystanders "
         "wounded.", 5, 23),
        ("Saturday's ambush near Gardez left two soldiers dead, four villagers injured and a bridge destroyed.",
         2, 4),
        ("Four guards dead and nine pilgrims hurt in shrine blast", 4, 9),
        # still summed when one casualty word follows both groups
        ("The explosion left two soldiers and three civilians dead.", 5, 0),
    ],
)
def test_the_dead_group_is_not_added_to_the_wounded(text: str, killed: int, injured: int) -> None:
    kinds = _kinds(text)
    assert kinds.get("killed", 0) == killed
    assert kinds.get("injured", 0) == injured
