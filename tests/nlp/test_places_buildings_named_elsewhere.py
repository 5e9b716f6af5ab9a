"""A name before a lower-case building word that is placed "in" another listed place is the building's own name
("the Marriott hotel in Islamabad", "the Westgate mall in Nairobi"), not a town elsewhere that shares it; a town
that names its own airport stays ("the Kismayo airport in southern Somalia"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("A truck bomb went off outside the Marriott hotel in Islamabad on Saturday, killing 40 people.",
         "Islamabad", "PK"),
        ("Gunmen opened fire inside the Westgate mall in Nairobi on Saturday, killing 12 shoppers.", "Nairobi", "KE"),
        ("Taliban fighters stormed the Serena hotel in Kabul on Friday, killing six guests.", "Kabul", "AF"),
        ("Militants attacked the Kismayo airport in southern Somalia on Sunday, killing four soldiers.",
         "Kismayo", "SO"),
        ("A suicide bomber struck a hotel in Kabul on Friday, killing nine people.", "Kabul", "AF"),
        # a town of the same country after "in": the building is named after the first, stands in the second
        ("A suicide bomber struck the Herat hotel in Kunduz on Friday, killing nine people.", "Kunduz", "AF"),
        ("Gunmen stormed the Lahore restaurant in Rawalpindi on Friday, killing three diners.", "Rawalpindi", "PK"),
        ("A suicide bomber struck the Kandahar airport in Kandahar province, killing five people.", "Kandahar",
         "AF"),
    ],
)
def test_the_building_stands_in_the_place_after_it(text: str, town: str, country: str) -> None:
    loc = analyze(text, published="2025-03-02").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (town, country)


def test_a_capitalised_island_after_a_town_is_no_longer_name() -> None:
    """ "on Jolo Island": the capital of "Island" does not make the town's name part of some longer name."""
    loc = analyze("Abu Sayyaf gunmen killed three soldiers on Jolo Island on Friday.",
                  published="2025-03-02").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Jolo", "PH")
