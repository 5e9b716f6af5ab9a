"""A town's name that opens a reserve's, a park's or a reservation's name is no town when the text places the
reserve elsewhere (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police defused a landmine near the Koraput Wildlife Sanctuary in Bargarh district, Odisha, India.",
         "Bargarh"),
        ("Gunmen ambushed forest guards inside the Diapaga Game Reserve in Tapoa province, Burkina Faso.", "Tapoa"),
    ],
)
def test_the_reserve_gives_way_to_where_the_text_places_it(text: str, name: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == name


def test_a_town_before_its_own_park_word_stays() -> None:
    loc = analyze("A bomb exploded in a park in Peshawar on Sunday, killing three.").incidents[0].location
    assert loc is not None and loc.name == "Peshawar"
