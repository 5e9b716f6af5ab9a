"""Where the victims were carried, told in the active voice ("rescuers shifted the bodies to X hospital"), is
no scene, as it is not in the passive ("the wounded were taken to X")."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "scene", "not_scene"),
    [
        ("A bomb derailed a goods train in Balochistan on Tuesday, killing two railway workers. Rescue teams "
         "shifted the bodies and injured to Sibi hospital, where an emergency was declared.",
         "Balochistan", "Sibi"),
        ("A mine exploded under a minibus in Borno state on Monday, killing nine people. Soldiers ferried the "
         "dead and injured to Maiduguri.", "Borno", "Maiduguri"),
        ("Gunmen opened fire on a wedding party in Zamfara state on Friday, killing six guests. Villagers "
         "rushed the wounded to a clinic in Gusau.", "Zamfara", "Gusau"),
        # South Asian copy's passive 'shifted'
        ("A bomb went off at a bus stand in Kurram district on Monday, killing three people. The injured were "
         "shifted to a hospital in Parachinar.", "Kurram", "Parachinar"),
    ],
)
def test_where_the_victims_were_carried_is_no_scene(text: str, scene: str, not_scene: str) -> None:
    incidents = analyze(text, published="2025-06-13").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == scene != not_scene


@pytest.mark.parametrize(
    ("text", "scene", "not_scene"),
    [
        ("Gunmen kidnapped 12 farmers from Funtua on Saturday and marched the hostages to a forest near Safana, "
         "police said.", "Funtua", "Safana"),
        # told in a sentence of its own, the march opens no second kidnapping
        ("Bandits abducted 30 worshippers from a church in Kajuru on Sunday. The kidnappers marched the hostages "
         "to a forest near Kachia, a police spokesman said.", "Kajuru", "Kachia"),
        ("Gunmen seized 15 traders in Zurmi on Monday and herded them into a forest near Anka.", "Zurmi", "Anka"),
    ],
)
def test_where_captives_were_marched_is_no_scene(text: str, scene: str, not_scene: str) -> None:
    incidents = analyze(text, published="2025-06-13").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == scene != not_scene


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        # a crowd marching is no captives marched: where they marched to is the scene
        ("A suicide bomber struck as mourners marched to a cemetery in Hangu, in Pakistan's Kohat district, on "
         "Sunday, killing nine.", "Hangu"),
        ("A bomb went off as protesters marched to a square in Jalalabad, in Afghanistan's Nangarhar province, on "
         "Sunday, killing five.", "Jalalabad"),
    ],
)
def test_a_crowd_marching_to_a_place_was_there(text: str, scene: str) -> None:
    incidents = analyze(text, published="2025-06-13").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == scene
