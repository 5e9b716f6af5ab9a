"""Country lookups by name, demonym and code."""

from __future__ import annotations

import pytest

from counterclaim.codebooks.iso3166 import Country, country_by_code, country_by_demonym, country_by_name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RU"),
        ("russian federation", "RU"),
        ("Iran", "IR"),
        ("Islamic Republic of Iran", "IR"),
        ("United States", "US"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("PAKISTAN", "PK"),
        ("Syria", "SY"),
        ("Burkina Faso", "BF"),
        ("Cote d'Ivoire", "CI"),
        ("Democratic Republic of the Congo", "CD"),
    ],
)
def test_country_by_name(text: str, code: str) -> None:
    country = country_by_name(text)
    assert country is not None
    assert country.alpha2 == code


def test_short_names_are_english_short_names() -> None:
    assert country_by_name("Russian Federation") == Country("Russia", "RU", "RUS")
    assert country_by_code("ir").name == "Iran"  # type: ignore[union-attr]
    assert country_by_code("US").name == "United States"  # type: ignore[union-attr]
    assert country_by_code("GB").name == "United Kingdom"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("word", "code"),
    [("Ukrainian", "UA"), ("Nigerien", "NE"), ("Nigerian", "NG"), ("AFGHAN", "AF"), ("Saudi", "SA"),
     ("Somalis", "SO"), ("British", "GB")],
)
def test_country_by_demonym(word: str, code: str) -> None:
    country = country_by_demonym(word)
    assert country is not None
    assert country.alpha2 == code


def test_unknown_inputs_give_none() -> None:
    assert country_by_name("Atlantis") is None
    assert country_by_name("Police") is None
    assert country_by_demonym("Martian") is None
    assert country_by_code("ZZ") is None


def test_alpha3_lookup() -> None:
    assert country_by_code("NER").alpha2 == "NE"  # type: ignore[union-attr]
