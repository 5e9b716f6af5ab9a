"""A group named in the narration is a perpetrator only as a doer: a member who speaks, and a group named to
describe another, do nothing (DESIGN: a perpetrator needs a claim or a narrated act). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _perps(text: str) -> list[tuple[str, str]]:
    [incident] = analyze(text, published="2026-03-10").incidents
    return [(p.actor, p.status) for p in incident.perpetrators]


@pytest.mark.parametrize("speaker", ["An al-Shabaab commander", "A senior al-Shabaab militant"])
def test_a_member_who_speaks_is_no_doer(speaker: str) -> None:
    text = (f"A bomb killed nine people at a livestock market in Baidoa, Somalia, on Monday. {speaker} said the "
            "Islamic State may have planted the bomb.")
    assert _perps(text) == [("Islamic State", "alleged")]


def test_members_who_act_are_still_doers() -> None:
    text = "Al-Shabaab fighters stormed a livestock market in Baidoa, Somalia, on Monday, killing nine people."
    assert _perps(text) == [("Al-Shabaab", "alleged")]


@pytest.mark.parametrize("description", ["a pro-ISIS group", "a pro-Islamic State faction"])
def test_a_group_named_to_describe_the_accused_is_no_doer(description: str) -> None:
    text = (f"A grenade blast killed three people at a cafe in Marawi on Sunday. The army blamed the Maute group, "
            f"{description}, for the blast.")
    assert [actor for actor, _ in _perps(text)] == ["Maute Group"]


@pytest.mark.parametrize("doers", ["Fighters from the al-Qaeda-linked al-Shabaab", "Militants of al-Shabaab"])
def test_fighters_from_a_group_who_act_are_its_doers(doers: str) -> None:
    # the group's men named "from" or "of" it are its doers, as "al-Shabaab fighters" are; the parent named as a
    # "-linked" qualifier is not
    text = f"{doers} stormed a livestock market in Baidoa, Somalia, on Monday, killing nine people."
    assert _perps(text) == [("Al-Shabaab", "alleged")]


def test_fighters_from_a_group_who_were_hit_are_no_doers() -> None:
    # one incident, its doers the unnamed gunmen: no perpetrator at all, the group hit least of all
    text = "Gunmen shot dead nine fighters from al-Shabaab near Baidoa, Somalia, on Monday."
    assert _perps(text) == []
