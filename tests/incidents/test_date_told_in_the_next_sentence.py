"""An incident whose sentence gives no day takes the day of the sentence right after it when that sentence tells
the armed men's act ("... when armed men boarded the bus late on Monday"); a next sentence about something else
dates nothing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze


def test_the_next_sentence_telling_the_armed_mens_act_dates_the_incident() -> None:
    text = ("Eleven travellers were killed in northwestern Nigeria, police said. The victims were on their way to "
            "Funtua when armed men stopped their minibus late on Monday.")
    incidents = analyze(text, published="2025-06-12").incidents
    assert len(incidents) == 1
    assert incidents[0].date.value == dt.date(2025, 6, 9)


def test_a_next_sentence_about_something_else_dates_nothing() -> None:
    text = ("Eleven travellers were killed in northwestern Nigeria, police said. Residents blocked the highway in "
            "protest on Monday.")
    incidents = analyze(text, published="2025-06-12").incidents
    assert len(incidents) == 1
    assert incidents[0].date.value is None


def test_the_next_sentence_of_armed_men_boarding_dates_the_incident() -> None:
    text = ("Twelve passengers were killed in Zamfara, police said. The victims were travelling to Gusau when armed "
            "men boarded their bus on Tuesday.")
    assert analyze(text, published="2025-03-02").incidents[0].date.value == dt.date(2025, 2, 25)


@pytest.mark.parametrize(
    "second",
    [
        # what they had done before the attack, or a verb that is no act nor arrival
        "Armed men had warned the villagers on Monday to leave their farms.",
        "Gunmen had threatened the drivers' union on February 3.",
        "Gunmen threatened the drivers' union on February 3.",
    ],
)
def test_a_next_sentence_of_armed_men_doing_something_else_dates_nothing(second: str) -> None:
    text = "Gunmen killed three farmers in Benue, police said. " + second
    incidents = analyze(text, published="2025-03-02").incidents
    assert len(incidents) == 1
    assert incidents[0].date.value is None


def test_a_day_in_the_year_told_refines_an_incident_dated_by_its_year() -> None:
    """Court news names the attack by its year; a later sentence between the incident's own (no incident holds it)
    tells the armed men's act, in the passive, on a day of that year: the finer date wins."""
    text = ("A court in Nairobi jailed two men for the 2021 attack on a bus near Garsen, in which gunmen killed six "
            "passengers. The bus was travelling to Malindi on March 4, 2021, when it was stopped by armed men near "
            "the river. The attackers shot six passengers at the roadside.")
    [incident] = analyze(text, published="2025-03-20").incidents
    assert incident.date.value == dt.date(2021, 3, 4) and incident.date.precision == "day"


def test_a_day_in_another_year_changes_nothing() -> None:
    """Near miss: the day falls outside the year the incident is dated by."""
    text = ("A court in Nairobi jailed two men for the 2021 attack on a bus near Garsen, in which gunmen killed six "
            "passengers. The bus was travelling to Malindi on March 4, 2022, when it was stopped by armed men near "
            "the river.")
    [incident] = analyze(text, published="2025-03-20").incidents
    assert incident.date.precision == "year" and incident.date.value == dt.date(2021, 1, 1)


@pytest.mark.parametrize("later", [
    "In a separate case, armed men stopped a lorry near Hola on May 2, 2021, and robbed the driver.",
    "The court heard that armed men had stopped another bus on May 2, 2021, but let it go.",
    "Armed men stopped a lorry near Hola on May 2, 2021, and robbed the driver.",
])
def test_a_day_of_another_act_does_not_date_the_attack(later: str) -> None:
    """An act told apart ("separate", "another") or at another town is not the incident told on."""
    text = ("A court in Nairobi jailed two men for the 2021 attack on a bus near Garsen, in which gunmen killed six "
            f"passengers. {later}")
    incidents = analyze(text, published="2025-03-20").incidents
    assert incidents[0].date.precision == "year" and incidents[0].date.value == dt.date(2021, 1, 1)
