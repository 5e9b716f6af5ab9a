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


@pytest.mark.parametrize(
    "text",
    [
        "A soldier shot dead two comrades at Fort Lee near Petersburg, Virginia, on Tuesday.",
        "A sergeant opened fire at the Fort Lee army base near Petersburg, Virginia, killing two.",
    ],
)
def test_a_town_near_a_named_town_is_the_namesake_beside_it(text: str) -> None:
    # of the Fort Lees the gazetteer lists, the one 5 km from Petersburg, Virginia, not New Jersey's (450 km off);
    # the chain "near Petersburg, Virginia" names the United States, not Saint Petersburg's Russia
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Fort Lee", "US")
    assert loc.lat is not None and abs(loc.lat - 37.2) < 0.3 and abs(loc.lon + 77.3) < 0.3


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the text puts the town in New Jersey, or near no other town
        "A gunman shot dead two men in a bar in Fort Lee, New Jersey, on Tuesday.",
        "A gunman shot dead two men in a bar in Fort Lee near the George Washington Bridge on Tuesday.",
    ],
)
def test_a_town_near_no_other_town_keeps_its_reading(text: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Fort Lee", "US")
    assert loc.lat is not None and abs(loc.lat - 40.85) < 0.3
