"""An incident put "in the city" of a wire dateline happened in the dateline's city (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "SAN PEDRO SULA, Honduras – Gunmen killed five people at a bar in the city on Saturday night, police said.",
        "SAN PEDRO SULA, Honduras (AP) — Gunmen killed five people at a bar in the city on Saturday, police said.",
    ],
)
def test_in_the_city_points_to_the_dateline_city(text: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name.lower() == "san pedro sula" and loc.country_code == "HN"


def test_a_dateline_without_the_city_phrase_keeps_its_country() -> None:
    loc = analyze("TEGUCIGALPA, Honduras – Gunmen killed five people at a bar on Saturday night.").incidents[0].location
    assert loc is not None and loc.name == "Honduras"


def test_a_town_the_story_names_wins_over_the_dateline() -> None:
    text = ("TEGUCIGALPA, Honduras – Gunmen killed five people at a bar in San Pedro Sula on Saturday night. "
            "Police said gangs control the city.")
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "San Pedro Sula"
