"""A headline names the place its reader knows ("Gunmen attack bus in Kaduna"); a town the gazetteer lacks that the
body ties to the act ("near the town of Katari") is the same incident and the finer place."""

from __future__ import annotations

from counterclaim import analyze


def test_the_headline_city_and_the_body_village_are_one_incident():
    text = ("Gunmen attack bus in Kaduna\n\nOn Monday, gunmen opened fire on a bus near the town of Katari, killing "
            "four passengers, police said.")
    incidents = analyze(text, published="2026-03-05").incidents
    assert len(incidents) == 1
    assert incidents[0].location.name == "Katari"
    assert incidents[0].killed.min == 4


def test_two_listed_towns_far_apart_stay_two_incidents():
    text = ("Gunmen attack bus in Kaduna\n\nOn Monday, gunmen opened fire on a bus near Kaduna, killing four "
            "passengers. On Wednesday, a bomb killed six people at a market in Maiduguri, police said.")
    incidents = analyze(text, published="2026-03-05").incidents
    assert [i.location.name for i in incidents] == ["Kaduna", "Maiduguri"]


def test_a_quarter_of_the_headline_city_keeps_the_city():
    """A bare "in X" or "the X area" in the body is a part of the headline's city, not a settlement of its own:
    the city stays the place and keeps its coordinates."""
    for text in ("Suicide bomber kills 7 in Kabul\n\nA suicide bomber killed seven people in the Dasht-e-Barchi "
                 "area on Tuesday, police said.",
                 "Gunmen kill three in Karachi\n\nGunmen killed three shopkeepers in Lyari on Tuesday, police said."):
        incidents = analyze(text, published="2026-03-05").incidents
        assert len(incidents) == 1
        assert incidents[0].location.name in {"Kabul", "Karachi"}
        assert incidents[0].location.geonames_id is not None
