"""A fire said to be set on purpose is arson, however the damage is told ("gutted by a fire that investigators
believe was set deliberately", "destroyed in a deliberately set fire"); a fire with no such word, or one said not
to be set on purpose, is none (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A church in the town of Vire was gutted by a fire that investigators believe was set deliberately on "
        "Saturday night, local authorities said.",
        "A mosque in the town of Vire was destroyed in a deliberately set fire on Saturday night.",
        "A synagogue in Vire burned down on Saturday in a blaze that police said had been started intentionally.",
    ],
)
def test_a_fire_set_on_purpose_is_arson(text: str) -> None:
    incidents = analyze(text, published="2026-05-25").incidents
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.location is not None and inc.location.name == "Vire"
    assert str(inc.date.value) == "2026-05-23"
    assert [a.label for a in inc.attack_types] == ["Facility/Infrastructure Attack"]
    assert "Incendiary" in [w.label for w in inc.weapon_types]


@pytest.mark.parametrize(
    "text",
    [
        "A church in the town of Vire was gutted by a fire on Saturday night; an electrical fault was blamed.",
        "A church in the town of Vire was gutted by a fire that investigators said was not set deliberately.",
    ],
)
def test_a_fire_not_set_on_purpose_is_none(text: str) -> None:
    assert analyze(text, published="2026-05-25").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        # a belief denied: "do not believe" carries the negation, not the setting verb
        "A depot in the town of Vire was gutted by a fire that detectives do not think was set deliberately, "
        "police said on Sunday.",
        # fires set to fight fire or clear land are no arson
        "Firefighters cut breaks and relied on a fire deliberately set to contain the blaze near Vire on Sunday.",
        "Crews near Vire used a fire intentionally lit to stop the flames on Sunday.",
        "A shed near Vire burned on Sunday after a controlled fire deliberately set by the owner spread.",
    ],
)
def test_a_fire_set_to_fight_fire_or_not_on_purpose_is_none(text: str) -> None:
    assert analyze(text, published="2026-05-25").incidents == []


def test_a_maliciously_set_fire_is_incendiary() -> None:
    text = "A chapel in the town of Vire was destroyed on Saturday by a fire that police say was maliciously set."
    inc = analyze(text, published="2026-05-25").incidents[0]
    assert "Incendiary" in [w.label for w in inc.weapon_types]


@pytest.mark.parametrize(
    "text",
    [
        "Arsonists gutted a church in Vire overnight, police said. No one was hurt.",
        "Suspected arsonists burned down a mosque in Vire on Saturday night.",
    ],
)
def test_arsonists_who_struck_open_an_arson(text: str) -> None:
    # an arsonist is one who sets fires on purpose: the noun alone tells the attack, as "gunmen" does
    incidents = analyze(text, published="2026-05-25").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == "Vire"
    assert incidents[0].attack_types[0].label == "Facility/Infrastructure Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Most arsonists are lonely young men, a survey released in Oslo on Monday showed.",
        "The grass fire near Vire may have been started by an arsonist, a fire chief said on Monday.",
    ],
)
def test_arsonists_who_did_nothing_told_open_no_attack(text: str) -> None:
    assert analyze(text, published="2026-05-25").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "A refugee hostel in Bremen was set on fire. Local youths were suspected in the attack.",
        "A delivery truck parked at a meat plant outside Dayton was set on fire overnight.",
        "Police said a mosque in Leeds had been set on fire on Sunday night.",
    ],
)
def test_a_building_or_vehicle_set_on_fire_in_the_passive_is_arson(text: str) -> None:
    assert len(analyze(text).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a protest's bonfire and a figure of speech
        "Tyres were set on fire on the main road in Bremen.",
        "The stadium in Bremen was set on fire by the band's encore.",
    ],
)
def test_other_things_set_on_fire_open_no_attack(text: str) -> None:
    assert analyze(text).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "The barn was set on fire by lightning on Monday, the fire brigade said.",
        "The hostel was set on fire by a faulty heater in Bremen on Monday, the fire brigade said.",
        "The barn was set on fire by a cigarette left burning on Monday.",
        "The barn in Bremen was set on fire by accident on Monday.",
        "Lightning set the barn on fire in Bremen on Monday.",
        "A faulty heater set the hostel on fire in Bremen on Monday.",
    ],
)
def test_a_building_set_on_fire_by_a_cause_and_no_doer_is_no_arson(text: str) -> None:
    assert analyze(text, published="2026-03-18").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a doer, or none told
        "A refugee hostel in Bremen was set on fire by protesters on Monday.",
        "A refugee hostel in Bremen was set on fire on Monday.",
        "Youths set the hostel on fire in Bremen on Monday.",
        "Vandals set the barn on fire in Bremen on Monday.",
    ],
)
def test_a_building_set_on_fire_by_doers_or_none_told_is_arson(text: str) -> None:
    assert len(analyze(text, published="2026-03-18").incidents) == 1
