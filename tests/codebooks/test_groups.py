"""The actor gazetteer: hand list, spelling variants and the run-time GTD extension."""

from __future__ import annotations

import pytest

from counterclaim.codebooks.groups import (
    Gazetteer,
    extend_with_gtd,
    gtd_group_names,
    hand_gazetteer,
    is_acronym,
    label_key,
    spellings,
    split_gtd_name,
)


def test_hand_list_aliases_and_branches() -> None:
    gaz = hand_gazetteer()
    assert gaz.lookup("Daesh").name == "Islamic State"
    assert gaz.lookup("ISWAP").name == "Islamic State West Africa Province"
    assert gaz.lookup("ISWAP").affiliation == "Islamic State"
    assert gaz.lookup("al-Shabab").name == "Al-Shabaab"
    assert gaz.lookup("Ansar Allah").name == "Houthis"
    assert gaz.lookup("the Kremlin").type == "state"
    assert gaz.lookup("Amaq").affiliation == "Islamic State"
    assert gaz.is_branches["west african"] == "Islamic State West Africa Province"


def test_acronyms_are_case_sensitive() -> None:
    gaz = hand_gazetteer()
    assert is_acronym("LeT") and is_acronym("IS") and not is_acronym("Hamas")
    assert "LeT" in gaz.exact and "let" not in gaz.folded


def test_transliteration_variants() -> None:
    variants = spellings("Tehrik-i-Taliban Pakistan")
    assert "Tahreek-e-Taliban Pakistan" in variants
    assert "Tehrik-e Taliban Pakistan" in variants
    assert hand_gazetteer().lookup("Tehreek-e-Taliban Pakistan").name == "Tehrik-i-Taliban Pakistan"


def test_known_office_holders() -> None:
    gaz = hand_gazetteer()
    assert gaz.people["Joe Biden"] == "United States"
    assert gaz.people["Guterres"] == "United Nations"


@pytest.mark.parametrize("gname, expected", [
    ("Tehrik-i-Taliban Pakistan (TTP)", ("Tehrik-i-Taliban Pakistan", ["Tehrik-i-Taliban Pakistan", "TTP"])),
    ("Chinland Defense Force (CDF)", ("Chinland Defense Force", ["Chinland Defense Force", "CDF"])),
    # a generic kind with a proper qualifier is a name analysts use verbatim; a bare kind is not
    ("Fulani extremists", ("Fulani extremists", ["Fulani extremists"])),
    ("armed militants", None),
    ("Rebels", None),
    ("Unknown", None),
    ("Separatists (Mali)", None),
])
def test_split_gtd_name(gname: str, expected: tuple | None) -> None:
    assert split_gtd_name(gname) == expected


def test_extend_with_gtd_adds_new_and_merges_known() -> None:
    gaz = Gazetteer()
    base = hand_gazetteer()
    gaz.folded.update(base.folded)
    gaz.exact.update(base.exact)
    gaz.by_name.update(base.by_name)
    added = extend_with_gtd(gaz, ["Chinland Defense Force (CDF)", "Houthi extremists (Ansar Allah)", "Unknown"])
    assert added == 1
    assert gaz.lookup("CDF").name == "Chinland Defense Force"
    assert gaz.folded["chinland defense force"].name == "Chinland Defense Force"
    assert gaz.lookup("Houthi extremists").name == "Houthis"


def test_gtd_names_read_in_place_when_present() -> None:
    names = gtd_group_names()
    if not names:
        pytest.skip("shared GTD files not present")
    assert "Taliban" in names


def test_generic_gtd_names_become_labels_not_aliases() -> None:
    gaz = Gazetteer()
    added = extend_with_gtd(gaz, ["Separatists", "Iran-backed militia", "Tribesmen", "Unknown", "Individual"])
    assert added == 0
    assert gaz.labels == {"separatist": "Separatists", "iran-backed militia": "Iran-backed militia",
                          "tribesman": "Tribesmen"}
    assert gaz.lookup("separatists") is None  # only where a text lays an attack on them (nlp.actors)


def test_label_key_is_casefolded_and_singular() -> None:
    assert label_key(["Iran-backed", "militias"]) == "iran-backed militia"
    assert label_key(["Palestinian", "extremists"]) == "palestinian extremist"
    assert label_key(["tribesmen"]) == "tribesman"


def test_the_commonest_generic_labels_are_bundled():
    # without ../shared the GTD names are not read, but the labels GTD uses most still work
    from counterclaim.codebooks.groups import _hand_list

    labels = _hand_list().labels
    assert labels["separatist"] == "Separatists"
    assert labels["iran-backed militia"] == "Iran-backed militia"
