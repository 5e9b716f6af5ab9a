"""Hostage and vehicle takings: barricades against kidnappings, hijackings against vehicles used as tools
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents.classify import classify

BARRICADE = "Hostage Taking (Barricade Incident)"
KIDNAPPING = "Hostage Taking (Kidnapping)"


def _attack(text: str) -> list[str]:
    return [a.label for a in classify(text).attack_types]


@pytest.mark.parametrize(
    "text",
    [
        "Three prisoners took a warder hostage at the jail in Leeds. The warder was beaten before officers freed him.",
        "A gunman held four bank tellers hostage inside the branch in Lyon until police stormed the building.",
        "A man armed with a knife held two nurses hostage for six hours at a clinic in Porto before he surrendered.",
        "Protesters took the ambassador hostage at the embassy and demanded the release of their leader.",
        "Armed men stormed the town hall in Arles. Nine clerks were held hostage until the men gave themselves up.",
        "Activists took over the consulate in Bonn along with twelve hostages and surrendered after a day.",
    ],
)
def test_hostages_kept_at_the_scene_are_a_barricade_incident(text):
    labels = _attack(text)
    assert labels[0] == BARRICADE
    assert KIDNAPPING not in labels


@pytest.mark.parametrize(
    "text",
    [
        "Bandits abducted twelve travellers and held them hostage at a forest camp in Zamfara.",
        "Gunmen took two engineers hostage at a quarry and drove them away to an unknown location.",
        "Militants kidnapped two aid workers in Gao; the hostages were released a week later.",
        "Gunmen stormed a farm near Kaduna and abducted six workers; the hostages were freed after a ransom was paid.",
    ],
)
def test_hostages_taken_away_stay_a_kidnapping(text):
    assert _attack(text)[0] == KIDNAPPING


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took three oil workers hostage at gunpoint in Warri on Tuesday and drove off with them.",
        "Rebels stormed a clinic in Beni on Friday and took twelve nurses hostage, marching them into the forest.",
        "Bandits seized four farmers near Gusau, took them hostage and led them into the bush.",
    ],
)
def test_hostages_led_off_or_taken_at_gunpoint_are_a_kidnapping(text):
    """'at gunpoint' is how they were taken, not where they were kept; 'drove off with them' and 'marching them
    into the forest' take them away from the scene."""
    assert _attack(text)[0] == KIDNAPPING


def test_an_abduction_word_adds_no_barricade():
    text = ("Gunmen abducted two surveyors in Warri on Monday, taking them hostage inside their site office before "
            "driving them to an unknown location.")
    assert BARRICADE not in _attack(text)


HIJACKING = "Hijacking"


@pytest.mark.parametrize(
    "text",
    [
        "Two men riding in a hijacked taxi sprayed a border post in Newry with bullets; a constable was hurt.",
        "A bomber steered the stolen van, laden with explosives, at a barracks gate near Khan Younis.",
    ],
)
def test_a_vehicle_taken_earlier_and_used_as_the_tool_is_no_hijacking(text):
    assert HIJACKING not in _attack(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen hijacked a fuel tanker on the highway near Gao and forced the driver to drive to the border.",
        "Armed men stole a truck carrying food aid near Kidal.",
    ],
)
def test_a_vehicle_taken_is_a_hijacking(text):
    assert _attack(text)[0] == HIJACKING
