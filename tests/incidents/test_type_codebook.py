"""GTD codebook cues for rare weapon and target types, on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import rule_hits
from counterclaim.incidents.classify import classify


def _weapons(text: str) -> list[str]:
    return [x.label for x in classify(text).weapon_types]


def _targets(text: str) -> list[str]:
    return [x.label for x in classify(text).target_types]


def _cue(text: str, task: str, label: str) -> list[str]:
    return [text[h.start : h.end] for h in rule_hits(text) if h.task == task and h.label == label]


@pytest.mark.parametrize("text, words", [
    ("Unknown saboteurs derailed a goods train between two villages overnight; nobody was hurt.", "derailed"),
    ("Rebels removed several sections of the railway tracks near the junction, halting services.",
     "removed several sections of the railway tracks"),
    ("Activists toppled three radio towers on a hill outside the town with a hired excavator.",
     "toppled three radio towers"),
])
def test_infrastructure_disabled_by_hand_is_sabotage_equipment(text: str, words: str) -> None:
    assert _cue(text, "weapon", "Sabotage Equipment") == [words]
    assert _weapons(text)[0] == "Sabotage Equipment"


def test_a_bomb_that_derails_a_train_is_explosives() -> None:
    text = "A bomb planted on the line derailed a passenger train near the border on Sunday."
    assert _cue(text, "weapon", "Sabotage Equipment") == []
    assert _weapons(text)[0] == "Explosives"


@pytest.mark.parametrize("text", [
    "Arsonists set fire to a 5G mast on the edge of the town overnight; no one was hurt.",
    "Vandals burned two telephone poles and a broadband cabinet on a village road.",
    "Militants blew up a mobile phone tower in the district on Tuesday.",
])
def test_phone_and_data_network_sites_are_telecommunication(text: str) -> None:
    assert _targets(text)[0] == "Telecommunication"


def test_a_5g_transmission_tower_is_no_power_line() -> None:
    text = "Arsonists set fire to a 5G transmission tower near the ring road on Friday."
    assert _cue(text, "target", "Utilities") == []
    assert _targets(text)[0] == "Telecommunication"


def test_a_power_transmission_tower_stays_utilities() -> None:
    text = "Militants blew up a transmission tower carrying power to the city on Friday."
    assert not [h for h in rule_hits(text) if h.label == "Telecommunication" and h.decisive]
    assert "transmission tower" in _cue(text, "target", "Utilities")


@pytest.mark.parametrize("text", [
    "Gunmen abducted four Doctors Without Borders staff from a clinic near the river on Monday.",
    "Militants shot at a humanitarian convoy carrying food to a camp; two drivers were hurt.",
    "A roadside bomb struck a demining team clearing a field outside the village.",
])
def test_medical_charities_and_aid_teams_are_ngo(text: str) -> None:
    assert _targets(text)[0] == "NGO"


def test_a_party_worker_named_with_the_party_abbreviation_is_a_party_cue() -> None:
    text = "Assailants stabbed a Rashtriya Lok Party (RLP) worker outside his shop on Sunday."
    assert _cue(text, "target", "Violent Political Party") == ["Party (RLP) worker"]
    # the party's name alone ("the Party said") is no target
    assert _cue("The Labour Party said it condemned the attack.", "target", "Violent Political Party") == []


@pytest.mark.parametrize("text, words", [
    ("Attackers strangled the village secretary in his home overnight.", "strangled"),
    ("Men armed with sharp-edged weapons attacked herders near the river, killing four.", "sharp-edged weapons"),
    ("The body of the kidnapped trader was found with his throat slit.", "throat slit"),
])
def test_hands_blades_and_strangling_are_melee(text: str, words: str) -> None:
    assert words in _cue(text, "weapon", "Melee")
    assert _weapons(text)[0] == "Melee"


def test_an_insider_poisoning_is_chemical() -> None:
    text = "A recruit poisoned the food of his unit at a remote outpost, killing six of his colleagues."
    assert _weapons(text)[0] == "Chemical"


def test_poisoned_then_shot_stays_firearms_first() -> None:
    text = "Gunmen poisoned and then shot dead five guards at a checkpoint on Monday."
    assert not [h for h in rule_hits(text) if h.label in ("Chemical", "Melee") and h.decisive]


@pytest.mark.parametrize("text, label", [
    ("A bomb exploded on the railway tracks outside the town; no one was hurt.", "Transportation"),
    ("Rebels burned a toll booth on the main highway on Saturday night.", "Transportation"),
    ("A rocket struck a kindergarten in the border town; no one was hurt.", "Educational Institution"),
    ("A bomb went off outside the district education office on Monday.", "Educational Institution"),
    ("Gunmen raided the compound of a medical aid agency in the town on Monday night.", "NGO"),
])
def test_stations_tracks_schools_and_aid_convoys(text: str, label: str) -> None:
    assert _targets(text)[0] == label
