"""Claims-ledger gaps (session 10, claims2): a dateline before a self-claim, a group that condemns, an
outlet's initials that a town shares, an organisation named "of <Country>", a scene town the gazetteer cannot
place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.models import AnalysisResult
from counterclaim.nlp._org_names import in_organisation_name, organisation_end, outlet_initials
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _run(text: str) -> AnalysisResult:
    return analyze(text, published="2025-06-02")


def _perpetrators(result: AnalysisResult) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


def _place(result: AnalysisResult) -> tuple[str, str | None] | None:
    loc = result.incidents[0].location
    return None if loc is None else (loc.name, loc.country)


# 1. "Its fighters attacked ..., JNIM said" after a wire dateline: the dateline's city is no subject of the act


@pytest.mark.parametrize(("text", "group"), [
    ("GAO, Mali — Its fighters ambushed a supply convoy near Ansongo on Thursday, killing nine soldiers, "
     "JNIM said.", "JNIM"),
    ("MOGADISHU, Somalia — Its fighters stormed an army base in Balcad on Monday, killing five soldiers, "
     "Al-Shabaab said in a statement.", "Al-Shabaab"),
])
def test_a_self_claim_with_the_speaker_last_survives_a_dateline(text: str, group: str) -> None:
    result = _run(text)
    assert _perpetrators(result) == [(group, "claimed")]
    claim = next(c for c in result.claims if c.kind == "responsibility")
    assert (claim.source.actor, claim.subject.actor if claim.subject else None, claim.is_self) == (group, group, True)


def test_our_fighters_in_a_quote_by_the_groups_spokesman_is_its_claim() -> None:
    text = ("Militants raided a police post in Mandera on Friday, killing three officers. Al-Shabaab has fought "
            "Kenyan forces for years. \"Our mujahideen attacked the police post,\" the group's spokesman said.")
    assert _perpetrators(_run(text)) == [("Al-Shabaab", "claimed")]


# 2. An armed group may condemn an attack; a condemnation is no denial (DESIGN.md keeps the kinds apart)


def test_an_armed_group_condemns_without_denying() -> None:
    text = ("A suicide bomber killed 14 worshippers at a mosque in Kunduz on Friday. The Taliban said in a "
            "statement that it condemned the bombing.")
    result = _run(text)
    kinds = {(c.source.actor, c.kind, c.polarity) for c in result.claims}
    assert ("Taliban", "condemnation", "affirm") in kinds
    assert not any(c.kind == "responsibility" for c in result.claims)
    assert _perpetrators(result) == []


# 3. An outlet's initials before a medium word are no place, nor a capital's government


@pytest.mark.parametrize(("text", "initials"), [
    ("Gunmen killed two traffic policemen on Sunday, the IRNA news agency said.", "IRNA"),
    ("The SANA news agency said a car bomb killed four soldiers on Saturday.", "SANA"),
    ("A roadside bomb wounded three soldiers on Monday, the ISNA agency reported.", "ISNA"),
])
def test_an_outlets_initials_are_no_place(nlp: Language, text: str, initials: str) -> None:
    assert initials not in {p.location.name for p in find_places(nlp(text))}
    result = _run(text)
    assert result.incidents and result.incidents[0].location is None
    assert not any(a.type == "state" and a.actor == "Yemen" for a in result.actors)


def test_outlet_initials_need_a_medium_word_after_them(nlp: Language) -> None:
    doc = nlp("IRNA said SANA reporters saw NATO jets over the city.")
    assert outlet_initials(doc, 2, 3)  # "SANA reporters"
    assert not outlet_initials(doc, 0, 1)  # "IRNA said": no medium word names it here
    assert not outlet_initials(doc, 5, 6)  # "NATO jets"


def test_outlet_initials_read_the_medium_nouns_the_actor_reader_reads(nlp: Language) -> None:
    """One list of medium nouns (nlp/_cues): "SANA media" is an outlet; "the MRT station" stays a place."""
    doc = nlp("A bomb killed four people in Idlib on Friday, SANA media reported.")
    sana = next(t.i for t in doc if t.text == "SANA")
    assert outlet_initials(doc, sana, sana + 1)
    doc = nlp("Two people died at the MRT station in Manila.")
    mrt = next(t.i for t in doc if t.text == "MRT")
    assert not outlet_initials(doc, mrt, mrt + 1)


# 4. An organisation's name goes on through "of (the) <Country>" when the tagger cuts it there


def test_an_organisation_named_of_a_country_speaks_whole() -> None:
    text = ("Unknown gunmen shot dead a newspaper editor in Tijuana on Tuesday. The Union of Journalists of "
            "Colombia condemned the killing.")
    result = _run(text)
    sources = {c.source.actor for c in result.claims if c.kind == "condemnation"}
    assert sources == {"Union of Journalists of Colombia"}
    assert _place(result) == ("Tijuana", "Mexico")
    assert not any(a.actor == "Colombia" for a in result.actors)


def test_the_country_of_a_cut_organisation_name_is_no_state(nlp: Language) -> None:
    doc = nlp("The Union of Journalists of Kenya condemned the attack.")
    kenya = next(t.i for t in doc if t.text == "Kenya")
    assert in_organisation_name(doc, kenya, kenya + 1)
    ent = next(e for e in doc.ents if e.label_ == "ORG")
    assert doc[ent.start : organisation_end(doc, ent.start, ent.end)].text.endswith("of Kenya")


@pytest.mark.parametrize("text", [
    "Gunmen attacked a checkpoint on Monday, the Union of Kenya said.",  # "union" alone: the state
    "Detectives of the DCI of Kenya arrested two suspects on Monday.",  # initials alone: maybe the state's
])
def test_a_cut_state_body_keeps_its_country(nlp: Language, text: str) -> None:
    doc = nlp(text)
    country = next(t.i for t in doc if t.text == "Kenya")
    assert not in_organisation_name(doc, country, country + 1)


# 5. A scene town the gazetteer cannot place keeps its name with the text's country, not the dateline's city


@pytest.mark.parametrize(("text", "place"), [
    ("NIAMEY, Niger — Gunmen on motorbikes attacked a gendarmerie post in Tera on Friday, killing four "
     "gendarmes.", ("Tera", "Niger")),  # a town whose name is also a word
    ("BAMAKO, Mali — JNIM said its fighters attacked an army post in Zwaqui on Monday.",
     ("Zwaqui", "Mali")),  # a town the gazetteer lacks
])
def test_an_unplaced_scene_town_beats_the_dateline_city(text: str, place: tuple[str, str]) -> None:
    result = _run(text)
    assert _place(result) == place
    assert result.incidents[0].location is not None and result.incidents[0].location.geonames_id is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an unlisted name before a lower-case noun names a subdistrict or a bridge, not the town
        ("Assailants attacked troops in Zwaqui subdistrict, Monywa district, Sagaing Region, Myanmar. Two "
         "soldiers were killed.", "Monywa"),
        ("A landmine exploded under army trucks near Zwaqui bridge, Tamu district, Sagaing Region, Myanmar.", "Tamu"),
    ],
)
def test_an_unlisted_name_is_kept_as_the_town_only_over_a_dateline(text: str, place: str) -> None:
    assert analyze(text).incidents[0].location.name == place
