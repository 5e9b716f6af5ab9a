"""The participle of a killing verb before its victims ("shooting dead nine traders", "hacking to death seven
villagers", "gunning down two guards") counts them as killed, as "shot dead nine traders" does."""

from __future__ import annotations

import pytest
from casualty_counts import stated_by_kind as _kinds


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gunmen stormed a farming village in Zamfara on Sunday, shooting dead 12 residents.", 12, 0),
        ("Raiders on motorcycles attacked a cattle market near Djibo, shooting dead nine herders and looting "
         "stalls.", 9, 0),
        ("Attackers armed with machetes raided a hamlet on Sunday, hacking to death seven villagers.", 7, 0),
        ("Militants attacked a checkpoint near Bannu, shooting dead three policemen and wounding two others.", 3, 2),
    ],
)
def test_a_killing_participle_counts_its_victims(text: str, killed: int, injured: int) -> None:
    kinds = _kinds(text)
    assert kinds.get("killed", 0) == killed
    assert kinds.get("injured", 0) == injured


def test_a_shooting_without_dead_counts_no_deaths() -> None:
    kinds = _kinds("Gunmen opened fire on a bus near Kaduna, shooting three passengers in the legs.")
    assert kinds.get("killed", 0) == 0


@pytest.mark.parametrize(
    "text",
    [
        # "down" fells aircraft and buildings as well as people: only people are casualties
        "Insurgents said on Friday they were behind shooting down an army helicopter near Bunia.",
        "Militiamen shot down a police plane over the forest near Bunia on Friday.",
        "Raiders torched a hamlet near Djibo on Sunday, burning down dozens of huts.",
    ],
)
def test_felling_a_thing_down_kills_no_one(text: str) -> None:
    assert _kinds(text).get("killed", 0) == 0


def test_gunning_down_people_still_counts() -> None:
    assert _kinds("Gunmen on motorbikes shot down two traders at a market near Zaria on Friday.") == {"killed": 2}
