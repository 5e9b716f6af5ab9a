"""A weapon word that qualifies the subject of a verb acting on an object ("an improvised explosive device (IED)
struck a convoy near X") makes that verb the violence's, so the town hung on its object is the scene: a
situation report's second attack, two days and a town apart, is an incident of its own (sentences written
for these tests)."""

from __future__ import annotations

from counterclaim import analyze

_SITREP = (
    "Sahel: Situation Report No. 3\n\n"
    "On 9 June, armed groups attacked the town of Dablo, killing at least 27 civilians and injuring 18 others, "
    "according to local authorities. The market was set on fire during the attack.\n\n"
    "No group has claimed responsibility for the attack.\n\n"
    "On 11 June, an improvised explosive device (IED) struck a commercial convoy on the Kaya-Dori road near "
    "Yalgo, Namentenga province. Three drivers were killed and two were injured."
)


def test_a_device_that_struck_a_convoy_elsewhere_is_another_incident() -> None:
    incidents = analyze(_SITREP, published="2024-06-14").incidents
    assert [(i.location.name if i.location else None) for i in incidents] == ["Dablo", "Yalgo"]
    second = incidents[1]
    assert second.date.value is not None and second.date.value.isoformat() == "2024-06-11"
    assert second.killed is not None and second.killed.stated == 3
    assert incidents[0].injured is not None and incidents[0].injured.stated == 18


def test_a_device_found_elsewhere_opens_nothing() -> None:
    # near miss: the weapon word qualifies an object, not a subject: no violence is told at Yalgo
    text = _SITREP.split("On 11 June")[0] + "On 11 June, soldiers defused an explosive device near Yalgo."
    incidents = analyze(text, published="2024-06-14").incidents
    assert [(i.location.name if i.location else None) for i in incidents] == ["Dablo"]
