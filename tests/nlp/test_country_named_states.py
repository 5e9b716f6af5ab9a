"""A town chained to a province that bears a country's name ("Rijau, Niger State", "Kontagora, in Niger state")
lies in the province's country (Nigeria), not in the country of that name; "Ayorou, Niger" stays in Niger."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.places import find_places


def _country_of(text: str, name: str) -> str | None:
    return next((p.location.country for p in find_places(parse(text)) if p.location.name == name), None)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Bandits shot dead six farmers in Rijau, Niger State, on Saturday.", "Rijau", "Nigeria"),
        ("Gunmen blew open the gate of the prison in Kontagora, in Niger state, late on Friday.", "Kontagora",
         "Nigeria"),
        ("Gunmen killed two herders near Ayorou, Niger, on Saturday.", "Ayorou", "Niger"),
        ("Two police officers were shot dead in Toluca, Mexico State, on Monday.", "Toluca", "Mexico"),
    ],
)
def test_a_province_named_like_a_country_keeps_its_own_country(text: str, name: str, country: str) -> None:
    assert _country_of(text, name) == country
