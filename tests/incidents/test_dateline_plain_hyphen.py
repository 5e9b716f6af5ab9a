"""A wire dateline closed by a plain spaced hyphen ("BAMAKO, Mali - ...") is read as one closed by a dash: with no
scene named, the incident's place is the dateline's country (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("dash", ["-", "\u2014", "\u2013"])
def test_a_dateline_country_with_any_dash(dash: str) -> None:
    text = f"NIAMEY, Niger {dash} Gunmen killed seven gendarmes on Thursday, the interior ministry said."
    loc = analyze(text, published="2026-01-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Niger", "NE")


def test_a_scene_named_after_a_hyphen_dateline_wins() -> None:
    text = "NIAMEY, Niger - Gunmen killed seven gendarmes near Tillaberi on Thursday, the interior ministry said."
    loc = analyze(text, published="2026-01-06").incidents[0].location
    assert loc is not None and loc.name == "Tillaberi"


def test_a_hyphen_inside_a_company_name_keeps_the_country_out() -> None:
    text = "Gunmen attacked an Air France-KLM office in Bamako on Thursday, wounding two guards."
    loc = analyze(text, published="2026-01-06").incidents[0].location
    assert loc is not None and loc.name == "Bamako"
