"""A lede that reacts to an act the next sentence tells ("The governor on Tuesday condemned the killing of a priest.
| The priest was shot dead on Saturday in the village of X") is one incident: neither the reaction's day nor the
seat of the office whose holder reacts ("the mayor of Y", "the bishop of Y") sets it apart from the act."""

from __future__ import annotations

import pytest

from counterclaim import analyze

ACT = "Father Joseph Terver was shot dead on Saturday when gunmen stormed his parish house in the village of Yelwata."


@pytest.mark.parametrize("lede", [
    "The governor on Tuesday condemned the killing of a priest by gunmen.",
    "The Catholic bishop of Makurdi on Tuesday condemned the killing of a priest by gunmen in Benue state.",
    "The mayor of Makurdi condemned the killing of a priest.",
    "The bishop of Makurdi condemned the killing of a priest.",
])
def test_the_reaction_and_the_act_are_one_incident(lede):
    incidents = analyze(lede + " " + ACT, published="2026-04-14").incidents
    assert len(incidents) == 1
    assert str(incidents[0].date.value) == "2026-04-11"
    assert incidents[0].location.name == "Yelwata"
    assert incidents[0].killed.min == 1


def test_a_see_named_before_the_scene_is_not_the_scene():
    text = ("The Archbishop of Jos, Ignatius Kaigama, said a priest was shot dead on Saturday when gunmen stormed "
            "his parish house in the village of Yelwata.")
    assert analyze(text, published="2026-04-14").incidents[0].location.name == "Yelwata"


def test_a_reaction_to_another_attack_elsewhere_stays_apart():
    text = ("The UN on Tuesday condemned a suicide bombing that killed nine people in Kabul. On Saturday, gunmen "
            "killed five soldiers in Herat.")
    incidents = analyze(text, published="2026-04-14").incidents
    assert [i.location.name for i in incidents] == ["Kabul", "Herat"]
