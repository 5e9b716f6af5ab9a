"""Targets are who or what the attack hit: those who react (condemn, accuse, deny), the accused, the hearers of a
message, the dead a funeral mourns, a hospital's name, and "came under fire" said of a shelling type nothing;
UN peacekeepers are GTD's Government (Diplomatic). Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import fire_of_the_shells, listeners, non_targets
from counterclaim.incidents._type_victims import mourned_dead, titled_among_the_dead
from counterclaim.incidents.classify import classify, without_speakers
from counterclaim.nlp.pipeline import parse


def _targets(text: str) -> list[str]:
    return [x.label for x in classify(text).target_types]


def _spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b].strip() for a, b in spans]


def _masked(text: str) -> str:
    return without_speakers(parse(text), text)


def test_message_to_journalists_is_a_listener() -> None:
    text = ("A bomb killed 14 police recruits at a training school in Bannu. A spokesman for the rebels said in a "
            "message to journalists that its fighters had planted the device.")
    assert any("message to journalists" in s for s in _spans(text, listeners(text)))
    assert "Journalists & Media" not in _targets(text)


@pytest.mark.parametrize("text, gone, kept", [
    # the body that condemns
    ("The French Embassy in Niamey on Sunday condemned an ambush on a minibus that killed 12 passengers near Tera.",
     "Embassy", "minibus"),
    # the accuser in a relative clause, and the accused
    ("A provincial police commander who blamed the rebels for a bombing at a cattle market retracted his words.",
     "police commander", "cattle market"),
    ("Gunmen killed nine villagers in Dogo on Monday, with some lawmakers blaming herders for the killings.",
     "lawmakers", "villagers"),
    ("The army was accused of shelling a crowded market in Kidal, killing 14 shoppers.", "army", "shoppers"),
    ("Residents accused the army of killing six farmers near Bama.", "army", "farmers"),
])
def test_reacting_bodies_and_the_accused_are_masked(text: str, gone: str, kept: str) -> None:
    masked = _masked(text)
    assert gone not in masked
    assert kept in masked


def test_embassy_condemning_is_no_diplomatic_target() -> None:
    text = ("The Canadian Embassy in Bamako on Monday condemned an ambush on a bus near Mopti in which gunmen killed "
            "19 passengers.")
    assert "Government (Diplomatic)" not in _targets(text)
    # the embassy attacked stays one
    assert "Government (Diplomatic)" in _targets("Gunmen attacked the Canadian Embassy in Bamako on Monday.")


def test_accuser_police_chief_is_no_police_target() -> None:
    text = ("A regional police chief who blamed the rebels for a suicide bombing at a crowded market in Gwoza "
            "later withdrew the accusation. The bomber killed nine traders.")
    assert "Police" not in _targets(text)


@pytest.mark.parametrize("text, name_word", [
    ("A grenade killed two people at a rally. The wounded were rushed to Khulna Medical College Hospital.", "College"),
    ("The injured were taken to the University Teaching Hospital in the city.", "University"),
    ("Gunmen killed four people at a market in Kaduna; the wounded are at the Government Hospital.", "Government"),
])
def test_words_of_a_hospitals_name_type_nothing(text: str, name_word: str) -> None:
    assert name_word in _spans(text, non_targets(text))


def test_hospital_where_the_wounded_went_is_no_school() -> None:
    text = ("A bomb killed two party workers at a rally in Jessore on Friday. Both died on the way to Jessore Medical "
            "College Hospital.")
    assert "Educational Institution" not in _targets(text)
    # a college itself attacked keeps its type
    assert "Educational Institution" in _targets("Gunmen stormed a teacher training college in Garissa.")


def test_hospital_attacked_is_business() -> None:
    assert "Business" in _targets("Gunmen stormed a private hospital in Kabul, killing three nurses.")


def test_came_under_fire_after_shells_is_the_shelling() -> None:
    text = ("Mortar shells struck an army base near Gao late on Tuesday, killing two soldiers. The base came under "
            "fire shortly after midnight, when six rounds landed inside it.")
    assert _spans(text, fire_of_the_shells(text)) == ["came under fire"]
    labels = classify(text)
    assert [x.label for x in labels.weapon_types] == ["Explosives"]
    assert "Armed Assault" not in [x.label for x in labels.attack_types]


def test_came_under_fire_with_gunmen_stays_gunfire() -> None:
    text = "Gunmen fired rockets and the convoy came under fire from assault rifles near Kidal."
    assert fire_of_the_shells(text) == []
    assert fire_of_the_shells("The patrol came under fire near the border.") == []
    # automatic weapons are guns too: the fire is theirs, not the mortars'
    text = "Mortar rounds hit the outpost, then the outpost came under fire from automatic weapons at dawn."
    assert fire_of_the_shells(text) == []


@pytest.mark.parametrize("text, dead", [
    ("A suicide bomber struck the funeral of a retired district governor in Kunar.", "a retired district governor"),
    ("Mourners had gathered for the funeral of a tribal elder who died of a heart attack.", "a tribal elder"),
    ("A bomb exploded during a memorial service for two policemen killed last month.", "two policemen"),
])
def test_the_dead_a_funeral_mourns(text: str, dead: str) -> None:
    assert dead in _spans(text, mourned_dead(text))


def test_funeral_of_an_official_is_no_assassination_nor_government_target() -> None:
    text = ("A suicide bomber blew himself up among mourners in Khost on Sunday, killing 19 people. They had gathered "
            "for the funeral of a former provincial governor who died of a heart attack on Friday.")
    labels = classify(text)
    assert "Assassination" not in [x.label for x in labels.attack_types]
    assert "Government (General)" not in [x.label for x in labels.target_types]


@pytest.mark.parametrize("text", [
    "Rockets hit a UN peacekeeping base in Aguelhok on Sunday, killing one peacekeeper.",
    "Gunmen ambushed a MINUSMA convoy near Douentza, wounding four blue helmets.",
])
def test_un_peacekeepers_are_diplomatic(text: str) -> None:
    targets = _targets(text)
    assert "Government (Diplomatic)" in targets
    assert "Private Citizens & Property" not in targets


def test_a_un_report_is_no_target() -> None:
    text = "Gunmen killed 11 villagers in Ituri, a UN report said on Friday."
    assert "Government (Diplomatic)" not in _targets(text)


def test_titled_people_among_the_dead_of_a_crowd_make_no_assassination() -> None:
    text = ("A suicide bomber blew himself up among worshippers at a mosque in Kunduz on Friday, killing 31 people. "
            "Among the dead were two tribal elders and a district police chief.")
    assert titled_among_the_dead(text)
    assert "Assassination" not in [x.label for x in classify(text).attack_types]


def test_titled_victim_named_as_the_aim_keeps_assassination() -> None:
    text = "A bomb hidden in his car killed the governor and two guards. Among the dead were his driver and a guard."
    assert not titled_among_the_dead(text)
    assert "Assassination" in [x.label for x in classify(text).attack_types]
