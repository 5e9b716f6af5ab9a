"""A firm's officer ("chief executive X", "the company's managing director") speaks for no state: not for the
story's country as an untitled official does."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text", [
    'Armed men attacked a convoy of Aurex Mining near Siguiri in Guinea on Wednesday, killing two contractors. '
    '"Our thoughts are with their families," Aurex Mining chief executive Helen Marsh said.',
    'Armed men attacked a convoy near Siguiri in Guinea on Wednesday, killing two contractors. "Our thoughts are '
    'with their families," Helen Marsh, chief executive of Aurex Mining, said.',
    "Gunmen attacked a convoy of a gold miner near Siguiri in Guinea on Wednesday, killing two contractors. The "
    "company's managing director, Helen Marsh, condemned the attack.",
])
def test_a_company_officer_speaks_for_no_state(text):
    claims = analyze(text, published="2026-08-20").claims
    assert len(claims) == 1
    assert claims[0].source.affiliation != "Guinea"


def test_a_police_chief_still_speaks_for_the_state():
    text = ("Gunmen attacked a convoy near Siguiri in Guinea on Wednesday, killing two soldiers. Police chief "
            "Mamadou Diallo condemned the attack.")
    assert analyze(text, published="2026-08-20").claims[0].source.affiliation == "Guinea"


@pytest.mark.parametrize(("text", "state"), [
    ("A suicide bomber killed 11 people at a hotel in Kabul on Friday, officials said. Chief Executive Daud "
     "Rahimi condemned the attack.", "Afghanistan"),
    ("A bomb killed 7 people at a bus stop in Quetta on Monday. Agency executive director Imran Baig said the "
     "Tehreek-e-Taliban Pakistan carried out the bombing.", "Pakistan"),
    ("A car bomb killed 6 people in Mogadishu on Monday. Ahmed Warsame, executive director of the National "
     "Intelligence and Security Agency, blamed al-Shabaab.", "Somalia"),
])
def test_a_state_executive_speaks_for_the_state(text, state):
    """"Chief executive" and "executive director" are a state's offices too: a firm's only beside a firm."""
    claims = analyze(text, published="2026-08-20").claims
    assert claims and all(c.source.affiliation == state for c in claims)
