"""A settlement razed by armed men is an attack on property: a hamlet, homesteads or huts levelled by rebels
or a militia open an incident (Facility/Infrastructure Attack); a demolition by authorities opens none. On
sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels razed a hamlet near Oicha overnight, residents said.", "Oicha"),
        ("Militiamen razed several homesteads outside Djugu on Tuesday.", "Djugu"),
        ("Armed men razed an encampment of herders close to Bambari.", "Bambari"),
        ("Insurgents razed dozens of huts near Mocimboa da Praia.", None),
    ],
)
def test_a_settlement_razed_by_armed_men_opens_a_facility_attack(text, place):
    result = analyze(text, published="2024-05-02")
    assert len(result.incidents) == 1
    incident = result.incidents[0]
    assert "Facility/Infrastructure Attack" in {a.label for a in incident.attack_types}
    if place:
        assert incident.location is not None and incident.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "Bulldozers razed the informal settlement after a court order.",
        "The city council razed an old compound downtown to build a park.",
    ],
)
def test_a_demolition_is_no_incident(text):
    assert analyze(text, published="2024-05-02").incidents == []
