"""Who a pronoun or a possessive in a claim stands for, and how "not ruled out" and "no evidence yet" weigh,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.models import Claim
from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _claims(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return [m.claim for m in find_claims(doc, find_actors(doc))]


def _responsibility(nlp: Language, text: str) -> set[tuple[str, str | None, str, bool]]:
    return {(c.source.affiliation or c.source.actor, c.subject.actor if c.subject else None, c.polarity, c.hedged)
            for c in _claims(nlp, text) if c.kind == "responsibility"}


@pytest.mark.parametrize("text, group", [
    ("Gunmen killed eight soldiers at a checkpoint near Menaka on Sunday. An ISGS spokesman said his fighters "
     "had staged the raid.", "Islamic State Sahel Province"),
    ("Gunmen killed eight soldiers at a checkpoint near Menaka on Sunday. A JNIM spokesman told reporters his "
     "group had carried out the raid.", "JNIM"),
    ("A grenade wounded nine shoppers in Tegucigalpa on Friday. A man who identified himself as a member of the "
     "MS-13 gang said his group was behind the grenade attack.", "MS-13"),
])
def test_spokesman_his_group_is_the_group(nlp: Language, text: str, group: str) -> None:
    """"his group", "his fighters" of a group's spokesman: the group claims its own attack."""
    found = _responsibility(nlp, text)
    assert any(subject == group and source == group and polarity == "affirm" for source, subject, polarity, _ in
               found), found


def test_officials_own_forces_are_no_self_claim(nlp: Language) -> None:
    """A minister's "his forces" are the state's: no group's self-claim."""
    found = _responsibility(nlp, "A bomb killed six people in Kandahar on Monday. Interior Minister Rahim Karimi "
                                 "said his forces had killed two of the attackers.")
    assert not any(polarity == "affirm" and source == subject for source, subject, polarity, _ in found), found


@pytest.mark.parametrize("verb", ["did not rule out", "would not discount", "has not excluded"])
def test_not_ruled_out_is_hedged(nlp: Language, verb: str) -> None:
    text = (f"A bomb exploded at a bus stop in Maiduguri on Monday, killing five people. The governor {verb} the "
            "involvement of Boko Haram.")
    found = _responsibility(nlp, text)
    assert any(subject == "Boko Haram" and polarity == "affirm" and hedged for _, subject, polarity, hedged in found)
    assert not any(subject == "Boko Haram" and not hedged for _, subject, _p, hedged in found), found


def test_ruled_out_is_a_denial(nlp: Language) -> None:
    found = _responsibility(nlp, "A bomb exploded at a bus stop in Maiduguri on Monday, killing five people. The "
                                 "governor ruled out the involvement of Boko Haram.")
    assert any(subject == "Boko Haram" and polarity == "deny" for _, subject, polarity, _ in found), found


@pytest.mark.parametrize("words", ["there was no evidence yet to link", "there was so far no evidence to tie",
                                   "there is no proof as yet to connect"])
def test_no_evidence_yet_is_a_denial(nlp: Language, words: str) -> None:
    """"no evidence yet to link X": the parser hangs the linking clause on "was", not on "evidence"."""
    text = (f"A bomb exploded at a bus stop in Maiduguri on Monday, killing five people. The army said {words} "
            "Boko Haram to the bombing.")
    found = _responsibility(nlp, text)
    assert any(subject == "Boko Haram" and polarity == "deny" for _, subject, polarity, _ in found), found
    assert not any(subject == "Boko Haram" and polarity == "affirm" for _, subject, polarity, _ in found), found


def _sources(nlp: Language, text: str, kind: str = "responsibility") -> set[str | None]:
    return {c.source.affiliation for c in _claims(nlp, text) if c.kind == kind}


@pytest.mark.parametrize("text", [
    ("Mortar rounds struck a market in Nyala on Tuesday, killing 12 people, an aid group said. \"The RSF fired "
     "on the market,\" the group said."),
    ("Mortar rounds struck a market in Nyala on Tuesday, killing 12 people. The Darfur Bar Association blamed "
     "the RSF. \"The RSF fired on the market on purpose,\" it said."),
])
def test_group_named_inside_the_quote_is_not_its_speaker(nlp: Language, text: str) -> None:
    """"it" or "the group" tagging a quotation is not the group the quotation names."""
    claims = [c for c in _claims(nlp, text) if c.kind == "responsibility"]
    assert not any(c.is_self for c in claims), claims


def test_unnamed_witness_is_a_closer_speaker_than_a_named_one(nlp: Language) -> None:
    """"she" after "a survivor said" is the survivor, not the group's officer named before her."""
    text = ("Gunmen attacked a village in North Darfur on Monday, killing nine people. An RSF officer, Omar Idris, "
            "denied any involvement. A survivor said the attackers came on camels. \"They were shooting at "
            "everyone,\" she said.")
    claims = [c for c in _claims(nlp, text) if c.kind == "responsibility"]
    assert not any(c.polarity == "affirm" for c in claims), claims


def test_they_after_unnamed_attackers_is_no_group(nlp: Language) -> None:
    """A witness's "they" refers to the raiders just told of, not to the group named before them."""
    text = ("Gunmen attacked a village in North Darfur on Monday, killing nine people. RSF commander Omar Idris "
            "rejected any role in the raid. A village elder, speaking by phone, said the attackers came on camels. "
            "\"They set fire to every hut,\" he said.")
    claims = [c for c in _claims(nlp, text) if c.kind == "responsibility"]
    assert not any(c.polarity == "affirm" for c in claims), claims


def test_he_after_a_named_speaker_is_still_that_speaker(nlp: Language) -> None:
    text = ("A car bomb killed seven people in Mogadishu on Sunday. Police commissioner Ali Hassan said the "
            "bomb was planted overnight. \"Al-Shabaab was behind this,\" he said.")
    found = _responsibility(nlp, text)
    assert any(subject == "Al-Shabaab" and source == "Somalia" and polarity == "affirm"
               for source, subject, polarity, _ in found), found


@pytest.mark.parametrize("text, body", [
    ("A car bomb killed nine people in Afrin on Sunday. The Afrin Human Rights Centre blamed Islamic State.",
     "Afrin Human Rights Centre"),
    ("A car bomb killed nine people in Afrin on Sunday. A Syrian human rights network accused Islamic State.",
     "Syrian human rights network"),
    ("A car bomb killed nine people in Afrin on Sunday. The war monitor blamed Islamic State for the attack.",
     "war monitor"),
])
def test_unlisted_civil_body_accuses(nlp: Language, text: str, body: str) -> None:
    """An NGO or monitor no list knows is still an accuser."""
    found = _responsibility(nlp, text)
    assert (body, "Islamic State", "affirm", False) in found, found


def test_the_network_after_a_named_body_is_that_body(nlp: Language) -> None:
    text = ("Shells hit a displacement camp near Kadugli on Monday, killing 14 people. The Nuba Doctors Network "
            "blamed the RSF. \"This was a deliberate massacre by the RSF,\" the network said.")
    assert _sources(nlp, text) == {"Nuba Doctors Network"}


@pytest.mark.parametrize("text, polarity", [
    ("A prosecutor was shot dead in Guatemala City on Monday. She had convicted three Barrio 18 bosses last "
     "year. Investigators said the gang was behind the shooting.", "affirm"),
    ("A prosecutor was shot dead in Guatemala City on Monday. A Barrio 18 member told reporters the gang "
     "had nothing to do with the shooting.", "deny"),
])
def test_the_gang_is_the_gang_named_as_a_modifier(nlp: Language, text: str, polarity: str) -> None:
    found = _responsibility(nlp, text)
    assert any(subject == "Barrio 18" and p == polarity for _, subject, p, _h in found), found


def test_the_group_after_a_civil_body_speaking_is_that_body(nlp: Language) -> None:
    """"The group" after an NGO spoke, with no armed group named before, is the NGO, and so is its "it"."""
    text = ("Drones struck a clinic in Dilling on Sunday, killing seven patients. The Kordofan Medical Network "
            "said the clinic was hit twice. The group blamed the RSF. \"The RSF hunts the wounded,\" it said.")
    found = _responsibility(nlp, text)
    assert ("Kordofan Medical Network", "Rapid Support Forces", "affirm", False) in found, found
    assert not any(source == "Rapid Support Forces" for source, *_ in found), found


LEAD = "A car bomb killed 11 people outside a market in Maiduguri on Monday. "


@pytest.mark.parametrize("rest", [
    "Police initially blamed Boko Haram. Later they said Boko Haram was responsible.",
    "Officials blamed Boko Haram. They said Boko Haram was behind the bombing.",
])
def test_they_speaking_after_plural_speakers_is_those_speakers(nlp: Language, rest: str) -> None:
    found = _responsibility(nlp, LEAD + rest)
    assert ("Nigeria", "Boko Haram", "affirm", False) in found
    assert ("Boko Haram", "Boko Haram", "affirm", False) not in found


def test_they_after_a_group_that_spoke_stays_the_group(nlp: Language) -> None:
    found = _responsibility(nlp, LEAD + "Boko Haram claimed the attack. They said the bombing was revenge.")
    assert ("Boko Haram", "Boko Haram", "affirm", False) in found
