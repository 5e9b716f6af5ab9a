"""Speakers' and actors' identity: whose country a bare official speaks for, prosecutors as state speakers,
descriptors that belong to the name after them, appositive group names and village names the tagger reads
as people. All text is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _refs(nlp: Language, text: str) -> dict[str, tuple[str, str, str | None]]:
    return {m.ref.text: (m.ref.actor, m.ref.type, m.ref.affiliation) for m in find_actors(nlp(text))}


def _accusations(text: str) -> list[tuple[str, str | None, str]]:
    result = analyze(text, published="2024-03-25")
    return [(c.source.text, c.source.affiliation, c.subject.actor) for c in result.claims
            if c.kind == "responsibility" and c.subject is not None and not c.is_self]


# 1. a bare police or army speaks for the incident's country, not for the accused group's base


def test_police_speak_for_the_incident_town_not_the_congo_based_group(nlp: Language) -> None:
    refs = _refs(nlp, "A Congo-based rebel group killed 17 people at a school in Kasese on Friday. Police said "
                      "the evidence pointed to the ADF.")
    assert refs["Police"][2] == "Uganda"


def test_a_country_named_as_the_attackers_base_does_not_set_the_story(nlp: Language) -> None:
    refs = _refs(nlp, "Militants of the ADF, which is based in Congo, killed 17 people at a school in Kasese on "
                      "Friday. Police said the attackers had crossed from Congo. Army spokesman Moses Okello said "
                      "the ADF was behind the attack.")
    assert refs["Police"][2] == "Uganda"
    assert refs["Moses Okello"][2] == "Uganda"


def test_rebels_based_abroad_are_not_the_first_place_of_the_lede(nlp: Language) -> None:
    refs = _refs(nlp, "Rebels based in the Democratic Republic of Congo killed 17 people at a school in Kasese, "
                      "Uganda, late on Friday. Army spokesman Moses Okello said the attackers fled.")
    assert refs["Moses Okello"][2] == "Uganda"


def test_with_no_country_named_the_town_beats_the_accused_group_home(nlp: Language) -> None:
    refs = _refs(nlp, "Suspected rebels killed 12 people in an overnight raid on a village near Bundibugyo on "
                      "Tuesday. Army spokesman Moses Okello said the ADF carried out the attack.")
    assert refs["Moses Okello"][2] == "Uganda"


def test_a_police_station_in_a_country_is_still_the_scene(nlp: Language) -> None:
    refs = _refs(nlp, "Gunmen attacked a police station in Niger on Monday, killing five officers. The army said "
                      "reinforcements were sent.")
    assert refs["army"][2] == "Niger"


# 2. prosecutors and the attorney general speak for the incident's country as the police do


@pytest.mark.parametrize("speaker", ["The state prosecutor", "The public prosecutor", "The attorney general",
                                     "The attorney general's office"])
def test_prosecutors_speak_for_the_story_country(speaker: str) -> None:
    text = (f"Gunmen killed eight people at a bar in Tapachula, Mexico, on Friday. {speaker} said the gunmen "
            "belonged to the Jalisco New Generation Cartel.")
    found = _accusations(text)
    assert found and found[0][1:] == ("Mexico", "Jalisco New Generation Cartel")


# 3. a descriptor followed by its own name is that name's


def test_a_descriptor_before_a_name_is_not_an_earlier_group(nlp: Language) -> None:
    text = ("A suicide bomber killed 11 police officers in Zahedan, Iran, on Thursday. The Baloch separatist group "
            "BLF denied involvement, while the Sunni militant group Ansar al-Furqan claimed the attack.")
    refs = _refs(nlp, text)
    assert refs["the Sunni militant group"][0] == "Ansar al-Furqan"
    result = analyze(text, published="2024-03-25")
    claims = {(c.source.actor, c.polarity) for c in result.claims if c.is_self}
    assert claims == {("Balochistan Liberation Front", "deny"), ("Ansar al-Furqan", "affirm")}


def test_a_bare_group_anaphor_still_refers_back(nlp: Language) -> None:
    refs = _refs(nlp, "The Sunni militant group Ansar al-Furqan claimed the attack in Zahedan. The group said more "
                      "attacks would follow.")
    assert refs["The group"][0] == "Ansar al-Furqan"


# 4. an unlisted name in apposition with "a militia", "an armed group", ... is a group


@pytest.mark.parametrize("text, name", [
    ("Rockets struck a base in Erbil on Monday. Kataib Rijal al-Karama, a militia backed by Iran, said it had "
     "fired the rockets.", "Kataib Rijal al-Karama"),
    ("Gunmen killed nine soldiers near Djibo on Sunday. Katiba Hanifa al-Sahel, a jihadist group linked to "
     "al-Qaeda, said its fighters carried out the ambush.", "Katiba Hanifa al-Sahel"),
    ("Gunmen killed nine soldiers near Djibo on Sunday. Mujahid Salim Bakari, a rebel group active in the area, "
     "claimed the ambush.", "Mujahid Salim Bakari"),
])
def test_a_name_described_as_an_armed_group_is_a_group(nlp: Language, text: str, name: str) -> None:
    assert _refs(nlp, text)[name][:2] == (name, "group")
    result = analyze(text, published="2024-03-25")
    assert [(c.source.actor, c.source.type) for c in result.claims if c.is_self] == [(name, "group")]


def test_a_person_described_as_a_spokeswoman_or_a_rights_group_stays_as_it_was(nlp: Language) -> None:
    refs = _refs(nlp, "Gunmen killed nine soldiers near Djibo on Sunday. Amina Traore, a spokeswoman for the "
                      "army, said the attackers fled. Sahel Rights Watch, a rights group, condemned the attack.")
    assert refs["Amina Traore"][1] == "person"
    assert "Sahel Rights Watch" not in refs or refs["Sahel Rights Watch"][1] != "group"


# 5. a capitalised word before "village", "town", "district", ... is a place


def test_a_name_before_village_is_a_place_not_a_person(nlp: Language) -> None:
    refs = _refs(nlp, "Gunmen attacked a market in Fatoumbe village, in the northern Gao region, on Sunday.")
    assert "Fatoumbe" not in refs


def test_a_name_before_a_district_title_is_still_a_person(nlp: Language) -> None:
    refs = _refs(nlp, "Gunmen attacked a market in Fatoumbe village in the Gao region on Sunday, and Ali Musa "
                      "district chief said nine people died.")
    assert refs["Ali Musa"][1] == "person"
