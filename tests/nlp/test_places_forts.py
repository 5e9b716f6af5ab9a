"""A fort the gazetteer lists is itself a place, base word or not (DESIGN: the most specific place wins): it never
gives way to the largest town near it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A sergeant shot dead two recruits at the Fort Meade army base in Maryland on Tuesday.", "Fort Meade"),
        ("A sergeant shot dead two recruits at the Fort Dix army base on Tuesday.", "Fort Dix"),
        ("A sergeant shot dead two recruits at Fort Belvoir, an Army post, on Tuesday.", "Fort Belvoir"),
        # near miss: no base word, as before
        ("A sergeant shot dead two recruits at Fort Dix on Tuesday.", "Fort Dix"),
    ],
)
def test_a_listed_fort_called_a_base_stays_the_fort(text: str, name: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, "US") and loc.geonames_id is not None


def test_a_fort_near_a_named_town_gives_no_big_city_elsewhere() -> None:
    # the nearest big city of another state (Newark) was picked for the base named near Petersburg, Virginia
    loc = analyze("A sergeant opened fire at the Fort Lee army base near Petersburg, Virginia, killing two.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and loc.name != "Newark"
