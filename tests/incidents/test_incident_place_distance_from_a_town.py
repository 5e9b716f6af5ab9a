"""A town the scene is measured from ("280 km northeast of X") is not where the attack happened: a finer place the
text names wins (a town it places by X, a province), else X's country; a ship at sea keeps the nearest named place
(DESIGN.md). Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen killed a farmer 280 kilometres northeast of Cape Town on Saturday.", "South Africa", "ZA"),
        ("Rebels ambushed a bus about 300 miles north of Lima, killing nine passengers.", "Peru", "PE"),
        ("Gunmen killed a farmer 280 kilometres northeast of Cape Town, in Western Cape province, on Saturday.",
         "Western Cape", "ZA"),
        ("Gunmen killed a farmer in Worcester, 120 kilometres northeast of Cape Town, on Saturday.", "Worcester",
         "ZA"),
        # no distance, or a short one: near the town is the town
        ("A roadside bomb killed three soldiers 10 km north of Kandahar on Monday.", "Kandahar", "AF"),
        ("Gunmen shot dead two policemen a few kilometres south of Peshawar on Sunday.", "Peshawar", "PK"),
        ("A car bomb went off 20 miles west of Baghdad on Saturday, killing four people.", "Baghdad", "IQ"),
        ("Gunmen killed two guards near Kandahar on Monday.", "Kandahar", "AF"),
        # a ship at sea: the nearest named place
        ("Pirates attacked a tanker 45 nautical miles south of Brass, kidnapping four sailors.", "Brass", "NG"),
        ("Pirates boarded a cargo ship 40 km south of Brass, kidnapping four sailors.", "Brass", "NG"),
    ],
)
def test_a_town_measured_from_is_no_scene(text: str, name: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, country)


def test_a_distance_from_a_citys_long_name() -> None:
    loc = analyze("Rebels bombed a pipeline 200 km northwest of Santa Fe de Bogota, spilling crude.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and loc.country_code == "CO" and loc.name == "Colombia"
