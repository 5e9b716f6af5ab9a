"""A day owned by the attack noun ("last month's market bombing", "yesterday's shooting") dates that attack, whatever
verb (an arrest, a questioning) the sentence hangs it on; a day on the arrest itself dates nothing of the attack
(session 19; sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze

PUBLISHED = "2026-03-18"


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Police arrested two suspects in last month's market bombing in Kano.", dt.date(2026, 2, 1), "month"),
        ("Detectives questioned three suspects over yesterday's shooting at a bus station in Jos.",
         dt.date(2026, 3, 17), "day"),
    ],
)
def test_a_day_owned_by_the_attack_dates_it(text: str, value: dt.date, precision: str) -> None:
    (incident,) = analyze(text, published=PUBLISHED).incidents
    assert incident.date is not None
    assert (incident.date.value, incident.date.precision) == (value, precision)


def test_the_arrest_day_still_dates_nothing_of_the_attack() -> None:
    # near miss: the day hangs on the arrest, not on the attack noun
    (incident,) = analyze("Police on Monday arrested two suspects in the market bombing in Kano.",
                          published=PUBLISHED).incidents
    assert incident.date is None or incident.date.value is None


def test_a_day_on_the_trial_dates_nothing_of_the_attack_it_owns_a_month_of() -> None:
    # the trial's day ("opened on Monday") is the court's; the bombing keeps the month its noun owns
    (incident,) = analyze("The trial of three men accused in last month's bus station bombing in Jos opened on Monday.",
                          published=PUBLISHED).incidents
    assert incident.date is not None
    assert (incident.date.value, incident.date.precision) == (dt.date(2026, 2, 1), "month")
