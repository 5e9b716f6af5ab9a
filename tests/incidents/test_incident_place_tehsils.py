"""Sub-districts of South Asia ("X tehsil"): a tehsil's town is a place though the tagger calls "X tehsil" a person,
and it is the scene of "in Y area, X tehsil, <province>", as GTD codes such rows (the tehsil, not the area, nor
the province); an unlisted tehsil gives way to a district chained after it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A bomb went off in Kotkai area, Jamrud tehsil, Khyber Pakhtunkhwa province, Pakistan.", "Jamrud"),
        ("Assailants fired a rocket at Shinwari area, Landi Kotal tehsil, Khyber Pakhtunkhwa province, Pakistan.",
         "Landi Kotal"),
        ("Gunmen opened fire on a convoy in Landi Kotal tehsil, Khyber Pakhtunkhwa province, Pakistan.",
         "Landi Kotal"),
        # a tehsil the gazetteer lacks is kept like an unlisted district ...
        ("An explosive device went off outside a polling office in Mir Ali tehsil, Federally Administered Tribal "
         "Areas, Pakistan.", "Mir Ali"),
        # ... and gives way to the district chained after it, as an unlisted "X area, Y district" does (GTD codes
        # the district for most such rows); a town abroad of the tehsil's name is not it
        ("Gunmen shot dead a shopkeeper in Safi tehsil, Mohmand district, Pakistan, on Tuesday.", "Mohmand"),
        ("A bomb wounded two farmers in Lowari Kalan tehsil, Bajaur district, Khyber Pakhtunkhwa, Pakistan.",
         "Bajaur"),
    ],
)
def test_the_tehsil_is_the_scene(text: str, town: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (town, "PK")
