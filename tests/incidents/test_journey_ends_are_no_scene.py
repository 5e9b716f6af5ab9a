"""The ends of a journey ("travelling from X towards the shrine city of Y", "heading to the holy city of Y") are not
where a bomb went off "near the village of Z": the village is the scene. With no place on the way, the destination
still places a road attack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A minibus carrying pilgrims struck a landmine in Diyala province on Tuesday. It was travelling from the "
        "town of Khanaqin towards the shrine city of Samarra when the device exploded near the village of Qara Tapa.",
        "A bus carrying pilgrims hit a mine in northern Iraq on Tuesday. It was heading to the holy city of Karbala "
        "when the bomb went off near the village of Qara Tapa, killing nine people.",
    ],
)
def test_the_village_on_the_way_is_the_scene(text: str) -> None:
    incidents = analyze(text, published="2026-04-22").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == "Qara Tapa"
    assert incidents[0].location.country == "Iraq"


def test_with_no_place_on_the_way_the_destination_still_places_it() -> None:
    text = "A bus heading to the holy city of Karbala hit a roadside bomb on Tuesday, killing nine pilgrims."
    incidents = analyze(text, published="2026-04-22").incidents
    assert incidents[0].location is not None and incidents[0].location.name == "Karbala"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A drone packed with explosives heading towards Jizan, Jazan province, Saudi Arabia, blew up in mid-air "
         "on Monday, wounding two people on the ground.", "Jizan"),
        ("Gunmen ambushed a convoy heading to Maiduguri, Borno State, on Monday, killing four soldiers.", "Maiduguri"),
        ("A drone carrying explosives and heading for Khamis Mushayt, Asir, Saudi Arabia, blew up on Monday over a "
         "market, wounding two people.", "Khamis Mushayt"),
    ],
)
def test_the_province_chained_after_a_destination_only_says_where_it_is(text: str, town: str) -> None:
    incidents = analyze(text, published="2026-04-22").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == town


def test_a_province_named_on_its_own_still_beats_the_destination() -> None:
    text = ("A bus heading to Karbala was hit by a roadside bomb in Babil province on Tuesday, killing nine "
            "pilgrims.")
    incidents = analyze(text, published="2026-04-22").incidents
    assert incidents[0].location is not None and incidents[0].location.name == "Babil"


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        # where the bus set out is whose bus it was; the town after "in" is where it was hit
        ("Gunmen opened fire on a bus from Quetta in Mastung district on Sunday, killing four passengers.",
         "Mastung"),
        ("Insurgents ambushed a convoy from Kabul near Pul-e-Alam on Monday, killing three soldiers.", "Pul-e-Alam"),
        # a place word after the journey's end ends the journey's words too
        ("Militants attacked a bus travelling from Quetta to Taftan in Chagai district, killing five people.",
         "Chagai"),
    ],
)
def test_a_carriers_start_gives_way_to_the_place_it_was_hit(text: str, scene: str) -> None:
    incidents = analyze(text, published="2026-04-22").incidents
    assert incidents and incidents[0].location is not None and incidents[0].location.name == scene


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a province or country that may hold the start is no other place it was hit: the start is finer
        ("Gunmen sprayed a minibus from Peshawar with bullets, killing nine passengers, in the latest attack on "
         "Shias in Pakistan.", "Peshawar"),
        ("Militants stopped a coach from Gwadar and shot dead seven workers, the latest violence in Balochistan "
         "province.", "Gwadar"),
    ],
)
def test_a_carriers_start_outranks_the_province_or_country_around_it(text: str, town: str) -> None:
    incidents = analyze(text, published="2026-04-22").incidents
    assert incidents and incidents[0].location is not None and incidents[0].location.name == town


def test_a_carriers_start_alone_still_places_it() -> None:
    text = "A man hijacked a flight from Patna to Delhi on Friday, saying he carried a bomb."
    incidents = analyze(text, published="2026-04-22").incidents
    assert incidents and incidents[0].location is not None and incidents[0].location.name == "Patna"


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        # what the drone was meant to hit, told later, is no scene: the journey's end still places it
        ("Air defences downed a drone loaded with explosives heading for Khamis Mushait, Asir, Saudi Arabia, on "
         "Monday. Nobody was hurt. Houthi rebels claimed responsibility for Monday's strike, adding that the drone "
         "had been intended to target the Abha Regional Airport.", "Khamis Mushait"),
        ("Rebels fired three rockets at the town of Sderot, Israel, on Friday. The army said the rockets had been "
         "meant to hit Ashkelon.", "Sderot"),
    ],
)
def test_an_intended_target_is_no_scene(text: str, scene: str) -> None:
    incidents = analyze(text, published="2026-04-22").incidents
    assert incidents and incidents[0].location is not None and incidents[0].location.name == scene


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The rebels said the drone had been intended to target the Abha Regional Airport.", "Abha"),
        ("The army said the rockets had been meant to hit Ashkelon.", "Ashkelon"),
    ],
)
def test_what_an_attack_was_meant_to_hit_is_passed_through(text: str, target: str) -> None:
    from counterclaim.incidents.segment import _passed_through
    from counterclaim.nlp.pipeline import load_pipeline
    from counterclaim.nlp.places import find_places

    doc = load_pipeline()(text)
    place = next(p for p in find_places(doc) if p.location.name == target)
    assert _passed_through(doc, place)


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        # news says "aimed at X" of attacks that hit X: X is the scene, not a target missed
        ("The suicide bombing, aimed at Kandahar airport, killed 11 soldiers and 40 civilians, the deadliest in "
         "Afghanistan in months.", "Kandahar"),
        ("The drone attack aimed at Erbil airport wounded a US contractor in northern Iraq.", "Erbil"),
        ("A truck bomb aimed at the Mogadishu port gate killed nine people on Sunday.", "Mogadishu"),
    ],
)
def test_an_attack_aimed_at_a_place_happened_there(text: str, scene: str) -> None:
    incidents = analyze(text, published="2026-04-22").incidents
    assert incidents and incidents[0].location is not None and incidents[0].location.name == scene


@pytest.mark.parametrize("text", [
    "Gunmen seized two fishermen off the island of Jolo, in Sulu province, on Saturday. The gunmen fled towards "
    "Patikul.",
    "Gunmen seized two fishermen off the island of Jolo, in Sulu province, on Saturday, then sped off towards the "
    "town of Patikul.",
])
def test_where_the_doers_fled_to_is_no_scene(text: str) -> None:
    [incident] = analyze(text, published="2025-08-19").incidents
    assert incident.location is not None and incident.location.name == "Jolo"


@pytest.mark.parametrize("text", [
    "Gunmen seized two fishermen off Jolo on Saturday. The gunmen fled towards Patikul.",
    "Gunmen seized two fishermen off Jolo on Saturday, then sped off towards the town of Patikul.",
])
def test_where_the_doers_fled_to_is_no_scene_even_as_the_only_town(text: str) -> None:
    """"off Jolo" names no town the gazetteer reads: the flight's end is still no scene (the country stays)."""
    [incident] = analyze(text, published="2025-08-19").incidents
    assert incident.location is not None and incident.location.name != "Patikul"
    assert incident.location.country == "Philippines"


@pytest.mark.parametrize(("text", "scene"), [
    ("Tens of thousands of people have fled to Maiduguri from Gwoza since the insurgency began. On Sunday, a "
     "suicide bomber killed 11 people at a camp in the city.", "Maiduguri"),
    ("Displaced families who escaped to Dori from Djibo were attacked on Sunday by gunmen who killed 12 of them.",
     "Dori"),
])
def test_where_people_fled_before_the_attack_is_the_scene(text: str, scene: str) -> None:
    [incident] = analyze(text, published="2025-08-19").incidents
    assert incident.location is not None and incident.location.name == scene


def test_a_town_the_act_happened_in_stays_the_scene() -> None:
    """Near miss: the same town as the scene of the act, with no flight before it."""
    [incident] = analyze("Gunmen seized two fishermen near Patikul, in Sulu province, on Saturday.",
                         published="2025-08-19").incidents
    assert incident.location is not None and incident.location.name == "Patikul"
