"""A word that says what a place is ("Barangay", the Philippine village) opens no name of its own: "Barangay Liang"
is the village Liang, as GTD writes it; on sentences written for these tests."""

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
