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


def test_an_attack_by_a_person_police_call_not_terror_related_stays_an_incident():
    text = ("A woman suffered burns to her face when a man threw a corrosive liquid at her in Croydon on Friday "
            "evening, police said. Detectives said the attack was not terror-related.")
    assert len(analyze(text, published="2024-03-14").incidents) == 1


def test_an_explosion_with_no_link_to_terrorism_is_still_ruled_out():
    text = ("An explosion at a chemical plant in Ludwigshafen killed two workers on Friday. Police said there "
            "was no link to terrorism.")
    assert analyze(text, published="2024-03-14").incidents == []
