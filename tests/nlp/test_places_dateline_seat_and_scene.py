"""The dateline is where the reporter sits, not the scene (DESIGN.md): a city of note the story names abroad is that
city, not an unplaced town of the dateline's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "KIGALI — A drone struck Goma airport on Saturday, damaging a cargo plane, officials said.",
        "KIGALI, Rwanda — A drone struck Goma airport on Saturday, damaging a cargo plane, officials said.",
        "KIGALI — A drone hit the airport in Goma on Saturday, damaging a cargo plane, officials said.",
    ],
)
def test_a_city_abroad_is_no_town_of_the_datelines_country(text: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Goma", "CD") and loc.geonames_id is not None


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # near misses: a town of the dateline's own country, and a country the body names, still decide
        ("KIGALI — Gunmen killed two guards at a tea estate near Gisenyi on Saturday.", "Gisenyi", "RW"),
        ("KAMPALA — Rebels killed two rangers near Goma, in Uganda's Kasese district, on Saturday.", None, "UG"),
    ],
)
def test_the_datelines_country_still_counts_for_its_own_towns(text: str, name: str | None, code: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and loc.country_code == code and (name is None or loc.name == name)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a namesake in the dateline's own country, however small or of unknown size (population 0), keeps the town
        # at home: Afghanistan's Fyzabad, not India's city; the Philippines' Floridablanca, not Colombia's
        ("KABUL — Taliban fighters overran a police post in Fyzabad on Friday, killing five policemen.", "AF"),
        ("MANILA — Rebels ambushed an army truck in Floridablanca on Friday, killing two soldiers.", "PH"),
    ],
)
def test_a_namesake_in_the_datelines_country_keeps_the_town_at_home(text: str, code: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and loc.country_code == code


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the text ties the town abroad (a chain, a demonym), so it goes there
        "MANILA — Rebels ambushed an army truck in Floridablanca, Colombia, on Friday, killing two soldiers.",
        "MANILA — Colombian rebels ambushed an army truck in Floridablanca on Friday, killing two soldiers.",
    ],
)
def test_a_town_the_text_ties_abroad_goes_abroad(text: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Floridablanca", "CO")
