"""A distance told in words ("fifteen kilometres north of X") reads as one told in figures: the place and
segment readers share the cardinal words of nlp/_ordinals.py. Phrases written for these tests."""

from __future__ import annotations

import pytest

from counterclaim.incidents.segment import _BEARING_FROM
from counterclaim.nlp.places import _DISTANCE_BEARING


@pytest.mark.parametrize("before", [
    "The tanker was hijacked 45 nautical miles south of ",
    "Gunmen ambushed the convoy about fifteen kilometres north of ",
    "A mine went off on a road seventeen miles west of ",
    "The bomb exploded a few km east of ",
    "Rebels overran a base ten km to the north of ",
])
def test_a_distance_and_a_bearing_lead_to_a_place(before: str) -> None:
    assert _DISTANCE_BEARING.search(before)


@pytest.mark.parametrize("before", [
    "Police said fifteen people were killed north of ",
    "The army said it had retaken the villages of ",
])
def test_no_distance_no_bearing(before: str) -> None:
    assert not _DISTANCE_BEARING.search(before)


@pytest.mark.parametrize("between", [
    ", about 80 km (50 miles) northwest of ",
    ", some twelve kilometres south of ",
    ", a village eleven km east of the town of ",
    ", south of ",
])
def test_a_town_placed_by_a_landmark(between: str) -> None:
    assert _BEARING_FROM.match(between)
