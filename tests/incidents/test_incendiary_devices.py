"""A device that burns ("petrol bombs", "an incendiary device exploded") is no explosive: no Bombing nor Explosives
when every bomb word of the passage is such a device (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import incendiary_devices
from counterclaim.incidents.classify import classify


def _types(text: str) -> tuple[list[str], list[str]]:
    labels = classify(text)
    return [x.label for x in labels.attack_types], [x.label for x in labels.weapon_types]


@pytest.mark.parametrize(
    "text",
    [
        "An incendiary device exploded overnight by the back door of a tax office in Mesa; nobody was hurt but the "
        "door was scorched.",
        "Attackers hurled two petrol bombs at the private residence of a shopkeeper in Newry. Nothing was damaged and "
        "nobody was hurt.",
        "Youths hurled molotov cocktails at a bank branch in Athens overnight, blackening its front.",
    ],
)
def test_burning_devices_are_no_bombing(text):
    attack, weapon = _types(text)
    assert "Bombing/Explosion" not in attack and "Explosives" not in weapon
    assert "Incendiary" in weapon


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a petrol station in Kano, killing two people.",
        "Militants threw a grenade and petrol bombs at a police post in Imphal, wounding three officers.",
    ],
)
def test_a_real_explosive_keeps_the_bombing(text):
    attack, weapon = _types(text)
    assert "Bombing/Explosion" in attack and "Explosives" in weapon


@pytest.mark.parametrize(
    "text",
    [
        "An incendiary device and a bomb exploded outside a tax office in Thessaloniki on Tuesday.",
        "An incendiary device or a grenade exploded by the gate of a barracks in Larissa overnight.",
    ],
)
def test_the_burning_device_stops_at_and(text):
    """The words before "exploded" stop at "and" / "or": the bomb named after it is a real explosive."""
    (start, end), = incendiary_devices(text)
    assert text[start:end] == "incendiary device"
    assert "Explosives" in _types(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Vandals firebombed a parked patrol car outside a county jail. The bomb scorched its bonnet.",
        "A militant cell firebombed a savings bank branch overnight. The bomb broke a window but did little harm.",
        "Rioters firebombed a betting shop in Larne overnight.\nThe bomb blackened its shutters.",
    ],
)
def test_a_bomb_told_again_after_a_burning_device_is_that_device(text):
    attack, weapon = _types(text)
    assert "Bombing/Explosion" not in attack and "Explosives" not in weapon
    assert attack[0] == "Facility/Infrastructure Attack"


def test_bombs_after_plural_firebombs_near_miss():
    """A labelled near miss that no told-again rule is needed for (it read the same before that rule): the
    firebombs' plural already names the bombs as theirs."""
    text = "Unknown people threw four firebombs at a tax office. Two of the bombs landed inside and charred a desk."
    attack, weapon = _types(text)
    assert "Explosives" not in weapon and attack[0] == "Facility/Infrastructure Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Anarchists firebombed a car dealership in Patras overnight; two other bombs went off at a court, "
        "wounding a guard.",
        "A petrol bomb was hurled at the gate of a barracks in Newry as a decoy; moments later the bomb went off "
        "in the car park, killing a soldier.",
        "Youths threw petrol bombs at police in Lurgan overnight. Army experts later defused the bomb left by the "
        "town hall.",
    ],
)
def test_a_bomb_of_its_own_after_a_burning_device_stays_explosive(text):
    from counterclaim.api import analyze

    incident = analyze(text, published="2012-05-10").incidents[0]
    assert "Explosives" in [x.label for x in incident.weapon_types]


def test_a_bomb_of_its_own_beside_a_firebomb_stays_explosive():
    text = "Raiders threw a firebomb at a depot, and a pipe bomb exploded at its gate minutes later."
    assert "Explosives" in _types(text)[1]
    spans = incendiary_devices(text)
    assert all(text[a:b] != "bomb" for a, b in spans)
