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
