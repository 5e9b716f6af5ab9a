"""A compass word before a country's name ("South Lebanon") is that country's part, not a namesake town abroad;
countries named so ("South Sudan") stay themselves. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Two militia groups shelled army positions in South Lebanon, wounding two soldiers.", "South Lebanon", "LB"),
        ("A roadside bomb hit an army truck in Razlan, South Lebanon, wounding two soldiers.", "Razlan", "LB"),
        ("Militants killed two soldiers in South Sudan on Monday.", "South Sudan", "SS"),
        # a chain after the name puts it in its own towns' country: a US town, not a part of Jordan / Lebanon
        ("A gunman killed two shoppers at a mall in West Jordan, Utah, on Saturday.", "West Jordan", "US"),
        ("A man shot three people at a bar in East Palestine, Ohio, on Friday night.", "East Palestine", "US"),
        ("A man stabbed two people in West Lebanon, New Hampshire, on Friday.", "West Lebanon", "US"),
    ],
)
def test_a_compass_part_of_a_country(text: str, name: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)
