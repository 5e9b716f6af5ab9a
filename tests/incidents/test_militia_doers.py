"""The militia words that name the attackers, not a target, on sentences written for these tests: "Rebels razed
a hamlet" is an attack by a militia on private property, not on a militia."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import militia_doers
from counterclaim.incidents.classify import classify

MILITIA = "Terrorists/Non-State Militia"


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Rebels razed a hamlet near Mambasa on Sunday.", ["Rebels"]),
        ("Suspected ADF rebels on Tuesday attacked a farm near Oicha.", ["rebels"]),
        ("Three traders died when jihadists stormed the market in Kaya.", ["jihadists"]),
        ("The clinic was burned down by armed militiamen overnight.", ["militiamen"]),
        ('A villager said: "Fighters torched every hut they found."', ["Fighters"]),
        # the militia hit by the attack stays a target
        ("Soldiers killed four rebels near Mambasa on Sunday.", []),
        ("Gunmen attacked militants at a checkpoint in Baghlan.", []),
        ("Two militants and a policeman were wounded in the blast.", []),
    ],
)
def test_militia_doers(text: str, doers: list[str]) -> None:
    assert [text[a:b] for a, b in militia_doers(text)] == doers


@pytest.mark.parametrize(
    "text",
    [
        "Rebels razed a hamlet near Mambasa on Sunday.",
        "Rebels razed a hamlet.",
        "Militiamen burned down a dozen homes in a village near Djugu on Friday.",
    ],
)
def test_the_attackers_are_no_militia_target(text: str) -> None:
    assert MILITIA not in [t.label for t in classify(text).target_types]


def test_an_attack_on_a_militia_keeps_its_target() -> None:
    for text in ("Gunmen attacked a militia checkpoint in Baghlan, killing three militiamen.",
                 "Assailants attacked members of a pro-government militia in Baghlan."):
        assert MILITIA in [t.label for t in classify(text).target_types]
