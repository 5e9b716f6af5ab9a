"""Sub-districts of South Asia ("X tehsil"): a tehsil's town is a place though the tagger calls "X tehsil" a person,
and it is the scene of "in Y area, X tehsil, <province>", as GTD codes such rows (the tehsil, not the area, nor
the province); an unlisted tehsil gives way to a district chained after it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A bomb killed a shepherd in Kotkai area, Jamrud tehsil, in Pakistan's Khyber Pakhtunkhwa on Sunday.",
         "Jamrud"),
        ("A rocket fired at Shinwari area, Landi Kotal tehsil, in northwest Pakistan wounded a boy on Monday.",
         "Landi Kotal"),
        ("Gunmen opened fire on a supply convoy in Landi Kotal tehsil on Monday, Pakistani officials said.",
         "Landi Kotal"),
        # a tehsil the gazetteer lacks is kept like an unlisted district ...
        ("Gunmen shot a voter outside a polling office in Mir Ali tehsil, in Pakistan's tribal belt, on Friday.",
         "Mir Ali"),
        # ... and gives way to the district chained after it, as an unlisted "X area, Y district" does (GTD codes
        # the district for most such rows); a town abroad of the tehsil's name is not it
        ("Gunmen shot dead a shopkeeper in Safi tehsil, Mohmand district, Pakistan, on Tuesday.", "Mohmand"),
        ("Two farmers were hurt by a bomb in Lowari Kalan tehsil, Bajaur district, on Tuesday, Pakistani police "
         "said.", "Bajaur"),
    ],
)
def test_the_tehsil_is_the_scene(text: str, town: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (town, "PK")
