"""The seat of a body that judges or reacts (a court, an embassy, a high commission, a parliament) is where
the telling happens, not the scene: a scene the text names wins, and the seat stays when none is named. A
sea takes no country from who acted or flew a flag, and a port a ship lies off ("off Takoradi") is a scene."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("A court in Kayes sentenced two men for the ambush of a convoy near Nioro in 2021 that killed nine "
         "soldiers.", "Nioro"),
        ("The Canadian embassy in Bamako condemned an attack on a convoy near Nioro on Sunday that killed nine "
         "soldiers.", "Nioro"),
        ("The British High Commission in Abuja condemned the ambush near Damboa on Friday that killed six "
         "soldiers.", "Damboa"),
    ],
)
def test_a_bodys_seat_gives_way_to_the_scene(text: str, scene: str) -> None:
    inc = analyze(text, published="2025-06-14").incidents[0]
    assert inc.location is not None and inc.location.name == scene


def test_an_attack_on_the_court_keeps_its_town() -> None:
    inc = analyze("Gunmen attacked the court in Kayes on Sunday, killing two guards.",
                  published="2025-06-14").incidents[0]
    assert inc.location is not None and inc.location.name == "Kayes"


@pytest.mark.parametrize(
    "text",
    [
        "Iran built the drones that struck a freighter in the Gulf of Oman on Sunday, wounding three crew members.",
        "Iran's navy said drones struck a freighter in the Gulf of Oman on Sunday, wounding three crew members.",
        "Rebels said they fired missiles at an Israeli ship in the Red Sea on Sunday, wounding three sailors.",
    ],
)
def test_a_sponsors_or_flags_country_gives_no_sea_its_coast(text: str) -> None:
    inc = analyze(text, published="2025-06-14").incidents[0]
    assert inc.location is not None and inc.location.country is None


def test_a_coast_the_text_names_as_a_place_still_ties_the_sea() -> None:
    text = ("A drone struck a freighter in the Gulf of Oman on Sunday, wounding three crew members. The ship was "
            "towed to a port in Oman.")
    inc = analyze(text, published="2025-06-14").incidents[0]
    assert inc.location is not None and inc.location.country == "Oman"


def test_a_port_a_ship_lies_off_is_the_scene() -> None:
    inc = analyze("Pirates boarded a tanker off Takoradi on Sunday, wounding two sailors.",
                  published="2025-06-14").incidents[0]
    assert inc.location is not None and inc.location.name == "Takoradi"
