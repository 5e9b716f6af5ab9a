"""A named unit said to be "of" (or "in") a named group is that group's, in the claims ledger as in the
narration (docs/conventions.md: units and factions). On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_PUBLISHED = "2025-04-10"


def _claimants(text: str) -> list[tuple[str, str | None, bool]]:
    result = analyze(text, published=_PUBLISHED)
    return [(c.source.actor, c.subject.actor if c.subject else None, c.is_self) for c in result.claims
            if c.kind == "responsibility"]


@pytest.mark.parametrize(("sentence", "group"), [
    ("The Abu Talib al-Hashimi group of Kataib Hezbollah took credit for the blast.", "Kataib Hezbollah"),
    ("The Martyr Rojhat Commando Forces of the PKK took credit for the blast.", "PKK"),
    ("The Jorge Eliecer Ramirez front of the ELN took credit for the blast.", "ELN"),
])
def test_a_named_unit_of_a_group_claims_for_the_group(sentence: str, group: str) -> None:
    text = f"A roadside bomb hit a supply convoy near the border on Tuesday. {sentence}"
    assert _claimants(text) == [(group, group, True)]


def test_a_unit_named_like_another_known_group_is_the_group_it_is_of() -> None:
    text = ("Gunmen ambushed a gendarmerie patrol in Hakkari province on Tuesday. Officials blamed the ambush on "
            "the People's Defence Force of the PKK.")
    assert [(s, subject) for s, subject, _ in _claimants(text)] == [("Turkey", "PKK")]


def test_a_dissident_faction_of_a_group_is_not_the_group() -> None:
    text = ("Gunmen killed two soldiers in Cauca on Tuesday. The Carlos Patino front of the FARC dissidents "
            "took credit for the killing.")
    assert all(subject != "FARC" for _, subject, _ in _claimants(text))


@pytest.mark.parametrize(("sentence", "branch"), [
    ("The Mozambique province of the Islamic State took credit for the raid.", "Islamic State Mozambique Province"),
    ("The Somali chapter of the Islamic State took credit for the raid.", "Islamic State Somalia Province"),
])
def test_a_branch_named_before_the_movement_is_the_branch(sentence: str, branch: str) -> None:
    text = f"Gunmen raided a village on Tuesday, killing six people. {sentence}"
    assert _claimants(text) == [(branch, branch, True)]


@pytest.mark.parametrize("sentence", [
    "Boko Haram Abu Musab faction (ISWAP) took credit for the ambush.",
    "The Abu Musab faction of Boko Haram (ISWAP) took credit for the ambush.",
    "The Abu Musab (ISWAP) faction of Boko Haram took credit for the ambush.",
])
def test_a_faction_glossed_in_brackets_is_the_group_it_is_named_of(sentence: str) -> None:
    text = f"Insurgents ambushed a military convoy near Monguno on Tuesday, killing three soldiers. {sentence}"
    assert _claimants(text) == [("Boko Haram", "Boko Haram", True)]


def test_a_claimant_the_apposition_makes_a_member_of_a_group_claims_for_it() -> None:
    # a group the bundled gazetteer lists, so that the test holds without ../shared's GTD names
    text = ("A gunman opened fire at a police post in Mandera on Tuesday, killing one person. Abdi Yusuf, a "
            "self-described member of al-Shabaab, took credit for the shooting.")
    assert _claimants(text) == [("Abdi Yusuf", "Al-Shabaab", True)]


def test_a_former_member_claims_for_himself() -> None:
    text = ("A gunman opened fire at a union office in Adana on Tuesday, killing one person. Kemal Yurt, a former "
            "member of the Grey Wolves, took credit for the shooting.")
    assert _claimants(text) == [("Kemal Yurt", "Kemal Yurt", True)]


def test_a_unit_listed_as_a_group_of_its_own_keeps_its_name() -> None:
    text = ("Gunmen shot dead four aid workers in Mir Ali on Tuesday. Officials blamed the shooting on the Hafiz Gul "
            "Bahadur group of the TTP.")
    assert [(s, subject) for s, subject, _ in _claimants(text)] == [("Pakistan", "Hafiz Gul Bahadur Group")]
