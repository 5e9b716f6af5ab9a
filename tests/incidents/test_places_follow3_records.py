"""Where a record happened, on short articles written for these tests: where the tellers sit, background
placed by its own time, a sponsor country that is no scene, and Kurdistan read by the side the text names."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _records(text: str):
    return analyze(text, published="2025-06-14").incidents


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Militants killed nine farmers in Congo on Sunday, officials in Kinshasa said.", "Congo", "CD"),
    ("A car bomb killed six soldiers in Helmand on Tuesday, according to officials in Kabul.", "Helmand", "AF"),
    ("Gunmen killed eleven villagers in Ituri province on Friday, a spokesman in Bunia told reporters.",
     "Ituri", "CD"),
])
def test_where_the_tellers_sit_gives_way_to_the_scene(text: str, name: str, code: str) -> None:
    loc = _records(text)[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, code)


@pytest.mark.parametrize(("text", "name"), [
    # a press review prints each paper's seat in brackets after its name
    ("L'Express du Faso (Bobo-Dioulasso) reports that gunmen killed five drivers in a convoy near Djibo on "
     "Saturday.", "Djibo"),
    ("Sidwaya (Ouagadougou) writes that gunmen killed five drivers in a convoy near Djibo on Saturday.", "Djibo"),
    ("Le Pays (Ouagadougou) leads with an attack on Thursday on the village of Sanaba, in Burkina Faso, where "
     "gunmen killed 14 herders.", "Sanaba"),
])
def test_a_papers_seat_in_brackets_gives_way_to_the_scene(text: str, name: str) -> None:
    loc = _records(text)[0].location
    assert loc is not None and loc.name == name


def test_a_town_in_brackets_after_a_place_stays_a_place() -> None:
    """Near miss: "Kidal (Mali)" glosses a place; no teller sits there."""
    loc = _records("Gunmen attacked a convoy near Tessalit (Kidal region) on Friday, killing six soldiers.")[0].location
    assert loc is not None and loc.name == "Tessalit"


def test_the_tellers_seat_stays_when_the_text_names_no_scene() -> None:
    loc = _records("Gunmen killed five traders on Monday, police in Maiduguri said.")[0].location
    assert loc is not None and loc.name == "Maiduguri"


@pytest.mark.parametrize("text", [
    "Vandals set fire to a mosque in Lyon on Friday. Similar threats followed the shooting at a village "
    "festival last year, in which three people were killed.",
    "Gunmen shot dead a pharmacist in Peshawar on Tuesday. In 2019, a bombing at a bus station killed eleven "
    "people.",
])
def test_background_from_another_time_takes_no_town_of_the_main_incident(text: str) -> None:
    first, second = _records(text)[:2]
    assert first.location is not None and second.location is not None
    assert second.location.name != first.location.name
    assert second.location.country_code == first.location.country_code
    assert second.location.geonames_id is None


def test_background_the_text_puts_in_the_same_place_keeps_it() -> None:
    incidents = _records("Attackers killed four villagers in Mpeketoni on Thursday, police said. In July six people "
                         "were shot dead in the same area, in what was believed to be a militant attack.")
    assert len(incidents) == 2
    assert incidents[1].location is not None and incidents[1].location.name == incidents[0].location.name


def test_a_follow_on_blast_the_same_day_keeps_the_town() -> None:
    incidents = _records("A bomb exploded at a bus stop in Kaduna on Monday, killing four people. Hours later on "
                         "Monday, a second bomb exploded at a church, wounding six worshippers.")
    assert all(i.location is not None and i.location.name == "Kaduna" for i in incidents)


@pytest.mark.parametrize("text", [
    "A rocket struck a pumping station on Sunday, wounding four technicians. Officials blamed an Iran-backed cell.",
    "A rocket hit a base on Monday, wounding a contractor. Officials blamed a Syria-directed cell.",
])
def test_a_sponsor_country_is_no_scene(text: str) -> None:
    loc = _records(text)[0].location
    assert loc is None or loc.country_code not in {"IR", "SY"}


def test_kurdistan_takes_the_side_the_text_names() -> None:
    loc = _records("A drone struck a gas field in Kurdistan on Monday, wounding three workers. Iraqi officials "
                   "blamed an Iran-directed militia.")[0].location
    assert loc is not None and loc.country_code == "IQ"
