"""Cambodia's provinces answer to the spellings English copy uses ("Kompong Thom", "Stung Treng"), not only to
ISO's ("Kampong Thum", "Stueng Traeng"); the nationality of soldiers or peacekeepers there moves none of them abroad.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unidentified gunmen shot at a UN convoy in Kompong Thom Province, and an Indonesian soldier returned fire.",
         "Kompong Thom"),
        ("Guerrillas attacked a polling station in Stung Treng province on Tuesday, wounding a Bangladeshi "
         "peacekeeper.", "Stung Treng"),
        ("Gunmen killed two villagers in Kandal on Tuesday.", "Kandal"),
    ],
)
def test_a_province_by_its_english_spelling(text: str, name: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, "KH")


def test_a_town_named_like_its_province_stays_the_town() -> None:
    # near miss: Siem Reap the town, listed, stays the town
    text = "Gunmen killed two villagers near Siem Reap on Tuesday."
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Siem Reap", "KH") and loc.geonames_id
