"""Words that name no target or weapon of the attack, on sentences written for these tests: a gathering called
a party, an administrative area, the police of the investigation, a court handing down a verdict, and the air
defences that shoot rockets down."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import non_targets
from counterclaim.incidents.classify import classify


def _blanked(text: str) -> list[str]:
    return [text[a:b] for a, b in non_targets(text)]


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Gunmen opened fire on a wedding party in Kunduz.", ["party"]),
        ("Bandits raided Tudun village in Kauru Local Government Area of Kaduna State.", ["Local Government"]),
        ("Robbers shot a trader at Sonpur village under Barhi police station area of Hazaribagh district.",
         ["police station"]),
        ("Police in Mombasa have arrested two men over the blast.", ["Police"]),
        ("Police have opened an investigation into the fire.", ["Police"]),
        ("Police found no evidence of arson at the depot.", ["Police"]),
        ("A military court on Tuesday sentenced three men to death for the bombing of a bus.", ["court"]),
        ("Six drones were shot down by air defences over the port.", ["shot down"]),
        ("Three rockets fired from the south landed in a field.", ["fired"]),
        # not the parties, stations and courts that are attacked
        ("A bomb exploded at a rally of the ruling party in Dhaka.", []),
        ("Gunmen abducted the Local Government Council chairman near Jos.", []),
        ("Gunmen attacked the police station in Kano, killing two officers.", []),
        ("Gunmen stormed a court in Quetta, killing a judge.", []),
        ("Rebels shot down an army helicopter in Borno.", []),
        ("Gunmen fired on a minibus near the border.", []),
    ],
)
def test_non_targets(text: str, blanked: list[str]) -> None:
    assert _blanked(text) == blanked


def _targets(text: str) -> set[str]:
    return {x.label for x in classify(text).target_types}


def test_a_wedding_party_is_no_political_party() -> None:
    text = "At least 11 people were killed when gunmen attacked a wedding party in Kunduz province on Sunday."
    assert "Violent Political Party" not in _targets(text)


def test_a_local_government_area_is_no_government_target() -> None:
    text = "Gunmen killed nine villagers in Tudun community in Kauru Local Government Area of Kaduna State."
    labels = classify(text)
    assert "Government (General)" not in {x.label for x in labels.target_types}
    assert "Assassination" not in {x.label for x in labels.attack_types}


def test_rockets_shot_down_by_air_defences_are_no_firearms() -> None:
    text = "Seven rockets fired towards the port city on Friday were all shot down by air defences, the army said."
    assert "Firearms" not in {x.label for x in classify(text).weapon_types}


def test_the_attackers_shot_by_police_after_a_clause_between_commas_are_the_response() -> None:
    from counterclaim.incidents._type_rules import responses

    text = "The gunman, who had a hunting rifle, was shot dead by police."
    assert [text[a:b] for a, b in responses(text)] == ["was shot dead by police"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed seven traders at a cattle market on Monday. Police blamed bandits for the attack.",
        "Gunmen killed four farmers in their fields near the village. Police blamed herders for the killings.",
        "Gunmen shot dead three miners at a gold mine on Friday. Police blamed the attack on a local gang.",
        "Armed men killed five villagers overnight. Police accused a separatist militia of the raid.",
        "Unknown attackers burned down a church on Sunday. The police attributed the arson to extremists.",
    ],
)
def test_the_police_who_lay_the_attack_on_someone_are_no_target(text: str) -> None:
    assert "Police" not in _targets(text)


def test_police_attacked_stay_a_target_when_they_also_blame_someone() -> None:
    text = "Gunmen attacked a police station on Monday, killing two officers. Police blamed bandits for the attack."
    assert "Police" in _targets(text)


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("The man who set fire to the dealership was later sentenced to nine years in federal prison.",
         ["federal prison"]),
        ("Both arsonists pleaded guilty and each received four years in prison.", ["prison"]),
        ("He faces life in prison if convicted of the firebombing.", ["prison"]),
        ("The bomber was executed in a state penitentiary in 2001.", ["a state penitentiary"]),
        ("Two of them served time in Evin prison before the attack.", ["Evin prison"]),
        # a prison attacked stays a target
        ("Militants stormed the central prison in Peshawar, wounding four guards.", []),
        ("A car bomb exploded outside a federal prison in Juarez.", []),
    ],
)
def test_the_prison_of_a_sentence_is_no_target(text: str, blanked: list[str]) -> None:
    assert _blanked(text) == blanked


def test_a_business_arson_whose_doer_went_to_prison_is_no_police_target() -> None:
    text = ("Unknown arsonists set fire to a car dealership in Eugene, destroying 30 vehicles. "
            "One of them was sentenced to eight years in prison in 2005.")
    assert "Police" not in [x.label for x in classify(text, model=None).target_types]
