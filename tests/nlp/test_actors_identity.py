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
