"""A place fronted before the comma of a sentence of violence ("In San Pedro Sula, two men on a motorcycle shot
dead ...", "- In the town of X, a grenade was thrown ...") is that sentence's scene, however the parser hangs the
rest; so round-up items in other towns stay apart."""

from __future__ import annotations

import pytest

from counterclaim import analyze

LEDE = "Voting in Sunday's elections in Honduras was marred by violence.\n\n"
GRENADE = "In the town of Olanchito, a grenade was thrown at a crowd outside a school, injuring five people."


@pytest.mark.parametrize("killing", [
    "- In San Pedro Sula, two men on a motorcycle shot dead a polling official early on Sunday, police said.",
    "In San Pedro Sula, two men on a motorcycle shot dead a polling official early on Sunday.",
])
def test_items_in_other_towns_are_other_incidents(killing):
    prefix = "- " if killing.startswith("-") else ""
    incidents = analyze(LEDE + killing + "\n\n" + prefix + GRENADE, published="2026-10-25").incidents
    assert [i.location.name for i in incidents] == ["San Pedro Sula", "Olanchito"]
    assert incidents[0].killed.min == 1 and incidents[0].injured is None
    assert incidents[1].injured.min == 5


def test_a_fronted_place_of_a_reaction_sets_no_scene():
    text = ("Gunmen shot dead a polling official in San Pedro Sula on Sunday, police said. In Tegucigalpa, the "
            "electoral council condemned the killing.")
    incidents = analyze(text, published="2026-10-25").incidents
    assert len(incidents) == 1 and incidents[0].location.name == "San Pedro Sula"


@pytest.mark.parametrize("follow_up", [
    "In Tegucigalpa, the security ministry said two more guards died of their wounds on Monday.",
    "In Tegucigalpa, officials said the gunmen were gang members who later killed 2 more people.",
])
def test_a_place_fronted_on_a_speech_verb_sets_no_scene(follow_up):
    """The fronted place attaches to "said": it is where the update was given, not a second scene."""
    text = "Gunmen killed 3 guards at a polling station in San Pedro Sula on Sunday. " + follow_up
    incidents = analyze(text, published="2026-10-25").incidents
    assert [i.location.name for i in incidents] == ["San Pedro Sula"]
