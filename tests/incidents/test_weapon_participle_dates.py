"""A participle telling how the weapon that is the attack verb's subject was used ("A grenade thrown into the
stands during a league match on Sunday evening killed four fans") is part of the attack: its time dates the
incident, as a participle on the victims does (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A grenade thrown into the stands of a stadium in Bamako during a league match on Sunday evening killed "
        "four spectators and wounded at least 37, police said.",
        "A grenade thrown into the crowd during a concert on Sunday evening killed four people in Bamako, police "
        "said on Monday.",
        "A grenade thrown into the crowd during a concert on Sunday evening killed four people in Bamako, the "
        "second such attack this year.",
        "A rocket fired from across the border on Sunday evening killed two farmers near Kiryat Shmona, the army "
        "said.",
    ],
)
def test_the_time_of_the_weapon_s_use_dates_the_attack(text: str) -> None:
    date = analyze(text, published="2024-11-04").incidents[0].date
    assert (date.value.isoformat() if date.value else None, date.precision) == ("2024-11-03", "day")


def test_a_participle_on_the_doer_still_dates_only_its_own_clause() -> None:
    # near miss: "released" tells what happened to the man before, not how a weapon was used
    text = "A man released from a prison in Quetta during an amnesty on Sunday killed two people, police said."
    assert analyze(text, published="2024-11-04").incidents[0].date.value is None


@pytest.mark.parametrize(
    "text",
    [
        "A police officer placed on leave in March killed three colleagues at a base in Kabul.",
        "A soldier thrown out of the army in January shot dead four people in Quetta.",
        "A mine laid by Armenian forces in 1993 killed two shepherds near Fuzuli.",
        "Unexploded mines laid in 2014 killed three farmers near Avdiivka.",
    ],
)
def test_only_a_weapon_s_delivery_dates_the_attack(text: str) -> None:
    # near misses: a person's participle ("placed on leave", "thrown out of the army") is no weapon's; a mine
    # laid years before went off on another day
    assert analyze(text, published="2024-06-08").incidents[0].date.value is None
