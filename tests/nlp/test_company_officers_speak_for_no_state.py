"""A firm's officer ("chief executive X", "the company's managing director") speaks for no state: not for the
story's country as an untitled official does."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text", [
    'Armed men attacked a convoy of Aurex Mining near Siguiri in Guinea on Wednesday, killing two contractors. '
    '"Our thoughts are with their families," chief executive Helen Marsh said.',
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
