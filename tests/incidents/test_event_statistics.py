"""Events counted as a kind by a rate, a change or a share ('kidnappings rose by 40 percent last year', 'accounted
for 90 percent of crew kidnappings') are a statistic, no incident; an attack told beside one stays."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "stat",
    [
        "Kidnappings in the state rose by 35 percent last year, police figures show.",
        "The gulf accounted for more than 80 percent of crew kidnappings at sea worldwide last year.",
    ],
)
def test_a_statistic_of_events_is_no_incident_beside_the_attack(stat):
    text = f"Gunmen abducted a grain trader near Zaria on Monday. {stat}"
    incidents = analyze(text, published="2024-03-14").incidents
    assert len(incidents) == 1
    assert incidents[0].date.value is not None and incidents[0].date.value.year == 2024


def test_a_statistic_alone_is_no_incident():
    assert analyze("Attacks on health workers have doubled since 2020, according to a UN report.",
                   published="2024-03-14").incidents == []
