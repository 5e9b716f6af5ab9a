"""A speaker's surname right after a town ("in the town of Choloma, Barahona said") is no element of the town's
place chain: the town keeps its own country, not the one a place of the surname's name lies in (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.places import find_places


def _country(text: str, name: str) -> str | None:
    return next(p.location.country for p in find_places(parse(text)) if p.location.name == name)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("A campaign worker was stabbed to death at a rally in the town of Choloma, Barahona said.", "Choloma",
     "Honduras"),
    ("Gunmen killed two traders in the market town of Kidal, Jordan said.", "Kidal", "Mali"),
    ("Gunmen killed two guards at a mine near the town of Tarkwa, Florence told reporters.", "Tarkwa", "Ghana"),
    ("The ambush took place near the village of Tillia, Lincoln said on Friday.", "Tillia", "Niger"),
])
def test_a_speaking_surname_is_no_place_of_the_town(text: str, town: str, country: str) -> None:
    assert _country(text, town) == country


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Gunmen attacked a church in Kagara, Niger State, police said.", "Kagara", "Nigeria"),
    ("A bomb exploded in Jalalabad, Nangarhar, officials said.", "Jalalabad", "Afghanistan"),
])
def test_a_province_before_the_speaker_still_chains(text: str, town: str, country: str) -> None:
    assert _country(text, town) == country


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Insurgents killed nine soldiers in an ambush near Boulkessi, Mali said on Monday.", "Boulkessi", "Mali"),
    ("Bandits killed seven farmers in Kutu, Nigeria said on Friday.", "Kutu", "Nigeria"),
])
def test_a_country_that_speaks_after_the_town_is_its_country(text: str, town: str, country: str) -> None:
    """A speaking country is no surname: the town not set elsewhere by the gazetteer lies in it."""
    assert _country(text, town) == country
