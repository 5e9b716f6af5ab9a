"""A victim who died later in another town ('died later at a hospital in X', 'died of his wounds in Y') is the
attack's toll, not a second incident there: an additional victim adds to it, one of those counted does not."""

from __future__ import annotations

from counterclaim import analyze


def _one(text: str):
    incidents = analyze(text, published="2024-03-14").incidents
    assert len(incidents) == 1, [i.summary for i in incidents]
    return incidents[0]


def test_one_of_the_dead_dying_later_in_another_city_is_no_new_incident_nor_toll():
    inc = _one("A roadside bomb killed four soldiers in Helmand on Thursday. One of them died later at a "
               "military hospital in Kabul.")
    assert inc.location is not None and inc.location.name == "Helmand"
    assert inc.killed is not None and inc.killed.min == 4


def test_an_additional_victim_dying_in_another_city_adds_to_the_toll():
    inc = _one("Two police officers were killed when gunmen attacked a checkpoint in Quetta on Wednesday. A third "
               "officer died of his wounds in Karachi on Friday.")
    assert inc.location is not None and inc.location.name == "Quetta"
    assert inc.killed is not None and inc.killed.min == 3


def test_a_third_counted_beside_two_in_its_own_sentence_restates_the_toll():
    inc = _one("A gunman killed three students at a high school in Springfield on Tuesday. Two students died at "
               "the scene and a third died later at a hospital in Columbus.")
    assert inc.killed is not None and inc.killed.min == 3
