"""A town named before "tehsil", "taluka" or "upazila" lies in a country whose districts split into such units
(Pakistan, India, Bangladesh), not in a namesake abroad; "X tehsil of Y" chains to the province Y. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def test_a_town_before_a_tehsil_with_no_country_named() -> None:
    # no country named: Bara of a country with tehsils, not Nigeria's bigger Bara
    loc = analyze("Militants fired on a police post in Bara tehsil, Khyber district, wounding two constables.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and loc.name == "Bara" and loc.country_code in {"PK", "IN", "BD"}


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
