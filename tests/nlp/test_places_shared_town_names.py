"""A town name several countries share follows the province the story names; a town closing an institution's
name gives way to where the text puts the incident (sentences written for these tests)."""

from __future__ import annotations

from counterclaim import analyze


def test_a_shared_town_name_follows_the_province_named_later() -> None:
    text = ("Suspected Maoists shot dead a villager in Narayanpur on Monday, accusing him of being a police "
            "informer, officials in Chhattisgarh said.")
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Narayanpur" and loc.country_code == "IN"


def test_a_town_after_the_university_word_gives_way_to_the_scene() -> None:
    text = ("Gunmen abducted the bursar of Bayero University Kano on Friday, police said. "
            "He was seized on a highway in Kogi State.")
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Kogi"


def test_a_university_of_a_town_gives_way_to_a_village_placed_in_a_state() -> None:
    text = ("Two students of the University of Maiduguri were killed on Sunday when gunmen attacked their bus "
            "near Damboa in Borno State.")
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Damboa"


def test_the_university_town_stays_when_nothing_else_is_named() -> None:
    loc = analyze("Gunmen stormed the University of Maiduguri on Sunday, killing two students.").incidents[0].location
    assert loc is not None and loc.name == "Maiduguri"
