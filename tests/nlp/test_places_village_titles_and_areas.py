"""A word that says what a place is ("Barangay", the Philippine village) opens no name of its own ("Barangay Liang"
is the village Liang, as GTD writes it), and "X area, <Province> governorate" is the place X; on sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "village"), [
    ("Gunmen shot dead a village chief in Barangay Liang, Malabang town, Lanao del Sur, Philippines.", "Liang"),
    ("Soldiers clashed with rebels in Barangay Bagumbayan, Tulunan, Cotabato, on Sunday, killing three.",
     "Bagumbayan"),
])
def test_barangay_opens_no_name(nlp: Language, text: str, village: str) -> None:
    places = find_places(nlp(text))
    assert places[0].location.name == village
    assert places[0].location.evidence.text == village
    assert places[0].location.country_code == "PH"


def test_a_barangay_body_is_no_place(nlp: Language) -> None:
    text = "Gunmen shot dead a member of the Barangay Peacekeeping Action Team in Tulunan, Cotabato, Philippines."
    assert [p.location.name for p in find_places(nlp(text))][0] == "Tulunan"


@pytest.mark.parametrize(("text", "village", "code"), [
    ("Militants fired rockets at a police post in Umm Tallal area, Diyala governorate, Iraq, on Monday.",
     "Umm Tallal", "IQ"),
    ("A bomb planted by a rubber plantation went off in Bukit Kerbau area, Narathiwat province, Thailand.",
     "Bukit Kerbau", "TH"),
])
def test_an_area_before_a_province_called_one_is_the_place(nlp: Language, text: str, village: str,
                                                             code: str) -> None:
    """ "X area, <Province> governorate": the province is called one, though a town bears its name too."""
    by_name = {p.location.name: p for p in find_places(nlp(text))}
    assert by_name[village].location.country_code == code


def test_an_area_before_a_town_stays_its_quarter(nlp: Language) -> None:
    text = "A grenade was hurled into a shop in Qissa Khwani area, Peshawar district, Pakistan."
    assert "Qissa Khwani" not in {p.location.name for p in find_places(nlp(text))}


def test_an_area_before_a_metropolis_province_is_the_citys_quarter(nlp: Language) -> None:
    """ "X area, Baghdad governorate": a province named for a city of millions; GTD codes its areas as the city."""
    text = "A car bomb tore through a market in Bab al-Sheikh area, Baghdad governorate, Iraq, killing three people."
    assert "Bab al-Sheikh" not in {p.location.name for p in find_places(nlp(text))}
