"""Where an incident happened when the text also names an office's seat or a city's police district, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _place(text: str) -> str | None:
    incidents = analyze(text).incidents
    assert incidents
    loc = incidents[0].location
    return loc.name if loc is not None else None


def test_the_province_after_an_offices_district_is_no_scene() -> None:
    text = ("A sticky bomb hit the car of Nasrullah, the deputy head of Gulran district, Herat, in Khwaja Ghar, "
            "Herat, Afghanistan, killing him.")
    assert _place(text) == "Khwaja Ghar"


@pytest.mark.parametrize(("text", "city"), [
    ("Gunmen shot dead a former member of the provincial council of Baghlan province in Police District 9, "
     "Kabul, Afghanistan.", "Kabul"),
    ("A magnetic bomb went off under a minibus in the 3rd Police District, Kandahar, Afghanistan, wounding four.",
     "Kandahar"),
])
def test_a_police_district_names_its_city(text: str, city: str) -> None:
    inc = analyze(text).incidents[0]
    assert inc.location is not None
    assert inc.location.name == city
    assert inc.location.geonames_id is not None


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen shot dead the mayor of Dakoro, Maradi Region, late on Sunday, a local official said.", "Dakoro"),
    ("Jihadists killed the chief of Kabelawa, Diffa Region, in a raid overnight, residents said.", "Kabelawa"),
])
def test_the_region_after_an_offices_town_is_no_scene(text: str, town: str) -> None:
    # the region says where the office's town lies: the town, the office's seat, is the more specific place
    assert _place(text) == town


def test_an_offices_town_still_gives_way_to_the_scene() -> None:
    text = "Gunmen shot dead the mayor of Dakoro, Maradi Region, in Tessaoua on Sunday."
    assert _place(text) == "Tessaoua"


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen killed Musa Dogo, the Lau Chiefdom Secretary, at his home in Lau Kunini, Taraba State, on Friday.",
     "Lau Kunini"),
    ("Armed men killed Hauwa Bello, the Wukari council treasurer, at Chonku, Taraba, Nigeria, on Friday.", "Chonku"),
])
def test_a_town_in_a_victims_title_is_no_scene(text: str, town: str) -> None:
    # "Lau Chiefdom Secretary" says who the victim is; the town after "in" says where
    assert _place(text) == town
