"""Perpetrators named by a generic label GTD codes as a group, and units named before their group."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.codebooks.groups import gazetteer


def _perps(text: str) -> list[tuple[str, str]]:
    [incident] = analyze(text).incidents
    return [(p.actor, p.status) for p in incident.perpetrators]


@pytest.fixture(scope="module")
def labels() -> dict[str, str]:
    found = gazetteer().labels
    if "separatist" not in found:
        pytest.skip("shared GTD files not present: no generic labels")
    return found


def test_a_generic_label_the_attack_is_attributed_to_is_the_perpetrator(labels) -> None:
    text = (
        "Gunmen opened fire on a bus near Kumba, South-West, Cameroon, killing three passengers. No group said it "
        "carried out the shooting; however, the regional governor attributed the shooting to separatists."
    )
    assert _perps(text) == [(labels["separatist"], "alleged")]


def test_a_qualified_label_falls_back_to_its_noun(labels) -> None:
    text = (
        "Gunmen abducted a school principal near Bamenda, North-West, Cameroon. Local officials suspected the "
        "involvement of Anglophone separatists."
    )
    assert _perps(text) == [(labels["separatist"], "alleged")]


def test_a_label_with_its_patron_is_one_label(labels) -> None:
    text = (
        "Two rockets struck near the airport in Erbil, Iraq, causing no casualties. Security officials attributed "
        "the attack to an Iran-backed militia."
    )
    assert _perps(text) == [(labels["iran-backed militia"], "alleged")]


def test_a_label_claiming_the_attack_claims_it(labels) -> None:
    text = (
        "Unknown attackers set fire to a police van in Exarchia, Athens, Greece, overnight. Anarchists claimed "
        "responsibility for the arson in a post online."
    )
    assert _perps(text) == [(labels["anarchist"], "claimed")]


def test_a_label_elsewhere_names_no_one(labels) -> None:
    text = (
        "Gunmen killed a teacher in Kumbo, North-West, Cameroon, on Monday. Separatists control much of the "
        "countryside around the town."
    )
    result = analyze(text)
    assert [p.actor for i in result.incidents for p in i.perpetrators] == []
    assert labels["separatist"] not in {a.actor for a in result.actors}


def test_one_of_a_listed_kind_is_that_kind() -> None:
    if gazetteer().lookup("Palestinian extremists") is None:
        pytest.skip("shared GTD files not present")
    text = (
        "A man stabbed a border police officer at a checkpoint near Hebron, West Bank. Police attributed the attack "
        "to a Palestinian extremist."
    )
    assert [a for a, _ in _perps(text)] == [gazetteer().lookup("Palestinian extremists").name]


def test_activists_of_a_listed_kind_claiming_an_arson_are_that_kind() -> None:
    if gazetteer().lookup("Mapuche extremists") is None:
        pytest.skip("shared GTD files not present")
    text = (
        "Hooded men set fire to two logging trucks near Ercilla, Araucania, Chile. Mapuche activists claimed "
        "responsibility for the arson in a pamphlet left at the scene."
    )
    assert _perps(text) == [(gazetteer().lookup("Mapuche extremists").name, "claimed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a soldier in Monywa, Sagaing, Myanmar, on Sunday. The Monywa Chapter of the People's Defence "
         "Force took responsibility for the killing in a post online.", [("People's Defence Force", "claimed")]),
        ("Rebels burned a bulldozer in Tandag, Surigao del Sur, Philippines. In a statement, the Southern Mindanao "
         "Regional Command of the communist New People's Army claimed the arson.", [("New People's Army", "claimed")]),
        ("Gunmen ambushed a police patrol in Suarez, Cauca, Colombia, killing two officers. Nobody has owned the "
         "ambush, but the mayor attributed it to the Carlos Patino Mobile Column of the Revolutionary Armed Forces "
         "of Colombia (FARC) dissidents.", [("FARC", "alleged")]),
        ("Gunmen shot dead a trader in Newry, Northern Ireland. Detectives attributed the murder to the South Down "
         "Brigade of the New IRA.", [("New IRA", "alleged")]),
    ],
)
def test_a_unit_named_before_its_group_is_the_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert _perps(text) == expected


def test_a_faction_named_in_brackets_before_its_group_is_the_groups() -> None:
    text = (
        "Gunmen stormed an army base in Marte, Borno, Nigeria, killing four soldiers. A local vigilante leader "
        "attributed the raid to the Al-Furqan faction (ISWAP) of Boko Haram."
    )
    assert _perps(text) == [("Boko Haram", "alleged")]


def test_a_named_militia_the_attack_is_attributed_to() -> None:
    if gazetteer().lookup("Mayi Mayi") is None:
        pytest.skip("shared GTD files not present: the movement's GTD name is not listed")
    text = (
        "Gunmen ambushed park rangers near Rutshuru in eastern Congo on Friday, killing two of them. "
        "Sources in Rutshuru attributed the ambush to a Mayi Mayi militia."
    )
    assert _perps(text) == [("Mayi Mayi", "alleged")]


@pytest.mark.parametrize("who", ["a former FARC member", "a local FARC commander"])
def test_a_group_member_the_attack_hit_is_no_doer(who: str) -> None:
    text = (
        f"Gunmen abducted Jorge Perez, {who}, from his home in Tumaco, Narino, Colombia. He was found shot dead "
        "the next day. No group said it carried out the killing."
    )
    assert _perps(text) == []


def test_group_members_among_the_dead_of_their_own_raid_still_did_it() -> None:
    text = (
        "Four soldiers and six Al-Shabaab fighters were killed when the militants stormed a base near Balad, "
        "Somalia."
    )
    assert _perps(text) == [("Al-Shabaab", "alleged")]
