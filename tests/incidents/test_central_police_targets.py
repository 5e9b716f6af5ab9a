"""India's central armed police forces (CRPF, BSF, ITBP, SSB, CISF) are Police targets in GTD, even when the text
calls their men troopers or jawans; Pakistan's Frontier Corps stays Military. On sentences written for these
tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _targets(text: str) -> set[str]:
    result = analyze(text, published="2024-04-10")
    assert len(result.incidents) == 1
    return {t.label for t in result.incidents[0].target_types}


@pytest.mark.parametrize(
    "text",
    [
        "Maoist rebels attacked a group of BSF jawans near Kanker, killing two of them.",
        "Insurgents opened fire on an ITBP camp in Narayanpur district late on Saturday.",
        "A roadside bomb struck a vehicle of the Central Reserve Police Force near Bijapur, wounding six men.",
        "Gunmen ambushed a patrol of SSB troopers close to the Nepal border, killing one.",
    ],
)
def test_central_armed_police_are_police(text):
    targets = _targets(text)
    assert "Police" in targets
    assert "Military" not in targets


def test_the_frontier_corps_stays_military():
    assert "Military" in _targets("Militants attacked a Frontier Corps post in Turbat, killing three soldiers.")


def test_lower_case_acronym_letters_are_no_force():
    from counterclaim.incidents._type_rules import rule_hits

    assert not any(h.label == "Police" for h in rule_hits("He sent the files by bsf transfer to the office."))


def test_a_military_word_of_its_own_keeps_military():
    targets = _targets("Maoists ambushed a joint team of CRPF and army soldiers near Sukma, killing five.")
    assert {"Police", "Military"} <= targets
