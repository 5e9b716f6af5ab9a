"""A regional desk's dateline against the country the lede names for the place (QA pass 6): on sentences
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_PUBLISHED = "2025-10-01"


@pytest.mark.parametrize(("text", "country"), [
    ("NAIROBI, Kenya — Gunmen shot dead three teachers in Somalia's Bakool region on Thursday. Police said they "
     "suspected al-Shabaab.", "Somalia"),
    ("DAKAR, Senegal — Gunmen killed six traders in Mali's Nara district on Friday. Police said they suspected the "
     "Islamic State group.", "Mali"),
])
def test_bare_police_speak_for_the_named_country_not_the_dateline(text: str, country: str) -> None:
    claims = [c for c in analyze(text, published=_PUBLISHED).claims if c.kind == "responsibility"]
    assert [c.source.affiliation for c in claims] == [country]


def test_a_possessive_country_places_an_unlisted_district() -> None:
    text = "NAIROBI, Kenya — Gunmen shot dead two teachers in Somalia's Qansax Dheere district on Monday."
    (incident,) = analyze(text, published=_PUBLISHED).incidents
    assert incident.location is not None and incident.location.country_code == "SO"
