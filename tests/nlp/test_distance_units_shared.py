"""One table of distance units (`_cues.LONG_DISTANCE_UNITS`, `_cues.SHORT_DISTANCE_UNITS`): a count of any of them
is no casualty count ("12 kms from the border"), and the place readers take a bearing in the long ones only."""

from __future__ import annotations

import pytest

from counterclaim.nlp import _cues, places, quantities


def test_every_distance_unit_is_no_person() -> None:
    assert _cues.LONG_DISTANCE_UNITS | _cues.SHORT_DISTANCE_UNITS <= quantities._NOT_PEOPLE


def test_a_bearing_is_read_in_long_units_only() -> None:
    assert places._DISTANCE_UNITS == _cues.LONG_DISTANCE_UNITS
    assert _cues.LONG_DISTANCE_UNITS.isdisjoint(_cues.SHORT_DISTANCE_UNITS)


@pytest.mark.parametrize("unit", ["kms", "mi"])
def test_a_count_of_distance_is_no_casualty(unit: str) -> None:
    from counterclaim import analyze

    text = f"Gunmen killed four herders 12 {unit} from the border town of Bama on Monday, police said."
    incident = analyze(text, published="2026-03-04").incidents[0]
    assert incident.killed is not None and incident.killed.stated == 4
