"""A town named before "tehsil", "taluka" or "upazila" lies in a country whose districts split into such units
(Pakistan, India, Bangladesh), not in a namesake abroad; "X tehsil of Y" chains to the province Y. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def test_a_town_before_a_tehsil_with_no_country_named() -> None:
    # no country named: not Nigeria's bigger Bara, nor India's listed one: the district the chain names (Khyber, a
    # word of Khyber Pakhtunkhwa) says Pakistan, and a tehsil no town of Pakistan names gives way to its district,
    # as an unlisted tehsil does (GTD codes the district)
    loc = analyze("Militants fired on a police post in Bara tehsil, Khyber district, wounding two constables.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Khyber", "PK")


def test_a_district_named_like_a_province_of_one_country() -> None:
    text = "Gunmen killed two policemen in Khyber district on Tuesday."
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Khyber", "PK")


def test_a_tehsil_chained_to_a_listed_district_keeps_its_country() -> None:
    # near miss: the district is a listed town of India, and India's Bara stays
    loc = analyze("Militants fired on a police post in Bara tehsil, Kupwara district, wounding two constables.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Bara", "IN") and loc.geonames_id is not None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the province the tehsil lies in decides among those
        ("Militants fired on a police post in Bara tehsil of Khyber Pakhtunkhwa, wounding two constables.", "PK"),
        ("Pakistani officials said militants fired on a police post in Bara tehsil, wounding two constables.", "PK"),
    ],
)
def test_a_town_before_a_tehsil_is_south_asian(text: str, country: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Bara", country)
