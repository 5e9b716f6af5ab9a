"""Vehicle rammings, on sentences written for these tests: a car driven into people is an attack (GTD: Unarmed
Assault with a Vehicle, no Facility/Infrastructure Attack on the place the crowd stood in), opening an incident
of its own when told after another attack elsewhere; a crash told as an accident opens none."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents._type_rules import VEHICLE
from counterclaim.incidents.classify import classify
from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hours later, a car ploughed into a crowd of people near the harbour of Lübeck.", "ploughed"),
        ("A driver rammed his truck into a crowd at a market in Zaria on Tuesday.", "rammed"),
        ("On Sunday a man drove his car into a group of worshippers outside a mosque in Nantes.", "drove"),
        ("An attacker mowed down pedestrians on a bridge in Leeds.", "mowed"),
    ],
)
def test_a_vehicle_driven_into_people_is_a_strong_trigger(text: str, word: str) -> None:
    doc = parse(text)
    strong = [doc[t.token_i].text for t in find_triggers(doc[:]) if t.strong]
    assert word in strong


@pytest.mark.parametrize(
    "text",
    [
        "The driver lost control and ploughed into pedestrians at a bus stop.",
        "A man drove his car into a lamp post on the ring road.",
    ],
)
def test_a_crash_is_no_ramming(text: str) -> None:
    doc = parse(text)
    assert not [t for t in find_triggers(doc[:]) if t.strong]


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire at a nightclub in Hamburg on Friday, killing four people. Hours later, a car "
        "ploughed into pedestrians in Lübeck, injuring six.",
        "A bomb exploded outside a police station in Lyon on Saturday, wounding two officers. On Sunday a man "
        "drove his car into a group of worshippers leaving a mosque in Nantes, injuring four.",
    ],
)
def test_a_ramming_after_another_attack_is_its_own_incident(text: str) -> None:
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 2
    ramming = incidents[1]
    assert [a.label for a in ramming.attack_types] == ["Unarmed Assault"]
    assert [w.label for w in ramming.weapon_types] == [VEHICLE]
    assert ramming.injured is not None and ramming.injured.stated in {4, 6}


def test_a_crowd_rammed_at_a_market_is_no_facility_attack() -> None:
    labels = classify("A driver rammed his truck into a crowd at a market in Zaria, killing two.")
    assert [a.label for a in labels.attack_types] == ["Unarmed Assault"]


def test_the_toll_after_a_ramming_is_its_own_though_it_is_a_paragraph() -> None:
    text = ("A gunman opened fire at a nightclub in Hamburg on Friday, killing four people.\n\n"
            "Hours later, a car ploughed into pedestrians in Lübeck.\n\n"
            "Five people were injured, one critically. "
            "The two attackers, one of whom had a long criminal record, were then shot dead by police.")
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 2
    first, ramming = incidents
    assert first.injured is None
    assert ramming.injured is not None and ramming.injured.stated == 5
    # the police's shots at the attackers are no armed assault, and no firearm, of the ramming
    assert [a.label for a in ramming.attack_types] == ["Unarmed Assault"]
    assert [w.label for w in ramming.weapon_types] == [VEHICLE]


def test_soldiers_of_the_caliphate_are_the_doers_not_a_military_target() -> None:
    text = ("A van ploughed into a crowd of shoppers in Nice on Friday, killing six. The group said the attackers "
            "were soldiers of the caliphate.")
    labels = [t.label for t in classify(text).target_types]
    assert "Military" not in labels


@pytest.mark.parametrize(
    "text",
    [
        "A truck ploughed into a crowd at a street festival in Arnhem on Saturday, killing four people. Officers "
        "opened fire on the vehicle and killed the driver.",
        "A van ran over pedestrians near the bus station in Ghent, injuring six. The driver was shot dead by "
        "police minutes later.",
        "A car drove into a group of worshippers outside a mosque in Nantes, wounding three. Police fired at the "
        "car and wounded the driver.",
    ],
)
def test_police_shooting_the_driver_is_the_response_not_an_armed_assault(text: str) -> None:
    labels = classify(text)
    assert [a.label for a in labels.attack_types] == ["Unarmed Assault"]
    assert [w.label for w in labels.weapon_types] == [VEHICLE]
    assert "Police" not in {t.label for t in labels.target_types}


@pytest.mark.parametrize(
    "text",
    [
        "Six farm workers were killed when their minibus ran over a landmine on a dirt road in Caqueta on Friday.",
        "A lorry carrying traders ran over a roadside bomb near the town of Gao, killing three people.",
        "Two soldiers died after their jeep ran over an improvised explosive device near Kidal.",
    ],
)
def test_a_vehicle_running_over_a_buried_charge_is_no_ramming(text: str) -> None:
    [incident] = analyze(text, published="2026-05-09").incidents
    assert VEHICLE not in [w.label for w in incident.weapon_types]
    assert "Unarmed Assault" not in [a.label for a in incident.attack_types]


def test_a_vehicle_running_over_people_is_still_a_ramming() -> None:
    [incident] = analyze("A driver ran over a group of pedestrians outside a station in Malmo on Friday, killing two.",
                         published="2026-05-09").incidents
    assert VEHICLE in [w.label for w in incident.weapon_types]


def test_people_run_over_near_a_place_named_after_a_charge_are_still_rammed() -> None:
    """Only the charge as the direct object ('ran over a landmine') makes no ramming; 'the mine' where the people
    stood is a place."""
    [incident] = analyze("A lorry ran over strikers outside the mine in Rustenburg on Tuesday, killing three.",
                         published="2026-05-09").incidents
    assert "Unarmed Assault" in [a.label for a in incident.attack_types]
