"""Acid or another corrosive thrown at a person is an attack (GTD: Unarmed Assault with a Chemical weapon);
acid thrown into a bin is not."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A man threw acid at a young woman outside a shop in Coventry on Monday, police said.",
        "A man threw a corrosive substance at a woman in Leeds on Monday, police said.",
        "Two men on a motorbike hurled a corrosive liquid at her in Lahore on Sunday.",
    ],
)
def test_a_corrosive_thrown_at_a_person_is_an_unarmed_assault_with_a_chemical(text):
    incidents = analyze(text, published="2024-03-14").incidents
    assert len(incidents) == 1
    assert incidents[0].attack_types[0].label == "Unarmed Assault"
    assert incidents[0].weapon_types[0].label == "Chemical"


def test_acid_thrown_at_no_one_is_no_incident():
    assert analyze("The technician threw the acid into a waste bin, the report said.",
                   published="2024-03-14").incidents == []
