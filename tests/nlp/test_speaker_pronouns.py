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
