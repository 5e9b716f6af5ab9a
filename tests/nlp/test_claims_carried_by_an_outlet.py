"""A group's claim carried or issued through its outlet ("issued through Amaq", "carried by the group's Amaq news
agency") is the group's own claim: the outlet is no speaker of its own; "through" deeper in the claim's phrase names no
outlet. A self-named group parsed as a second subject
("a previously unknown group calling itself the X Front claimed it") is the claimant, with no unnamed one beside it."""
from __future__ import annotations

import pytest
from responsibility_claims import ledger
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_JALALABAD = "A suicide bomber killed eleven people at a wedding hall in Jalalabad on Thursday. "
IS = "Islamic State"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ledger(nlp: Language, text: str) -> set[tuple]:
    return ledger(nlp, text, "polarity", "is_self")


@pytest.mark.parametrize("text", [
    "A claim of responsibility issued through Amaq said Islamic State fighters carried out the bombing.",
    "A claim carried by the Islamic State's Amaq news agency said one of its fighters detonated a vest.",
    "The Islamic State was named by police. A claim of responsibility was carried by the group's Amaq news agency.",
    "The Islamic State claimed the bombing in a statement issued through Amaq.",
    "According to a statement carried by Amaq, an Islamic State fighter detonated the explosives.",
])
def test_a_claim_through_the_groups_outlet_is_the_groups(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _JALALABAD + text) == {(IS, IS, "affirm", True)}


@pytest.mark.parametrize("text", [
    "The Islamic State posted a claim of responsibility for the blast, which tore through a packed bus station.",
    "Hours later the Islamic State put out a claim of responsibility for its raid on a patrol driving through the "
    "valley.",
    "The Islamic State posted a claim of responsibility via its Amaq agency.",
])
def test_through_deeper_in_the_claim_is_no_outlet(nlp: Language, text: str) -> None:
    """"through" / "via" names the outlet only on the claim or its own verb; a "through" inside the act's own
    phrase ("the blast, which tore through a station") leaves the subject the claimant."""
    assert _ledger(nlp, _JALALABAD + text) == {(IS, IS, "affirm", True)}


@pytest.mark.parametrize("text, group", [
    ("A previously unknown group calling itself the Sahel Liberation Front claimed the ambush.",
     "Sahel Liberation Front"),
    ("A previously unknown group calling itself the Azawad Salvation Front claimed the ambush.",
     "Azawad Salvation Front"),
])
def test_a_self_named_group_is_the_only_claimant(nlp: Language, text: str, group: str) -> None:
    lede = "Gunmen killed four soldiers near Tillaberi on Tuesday. "
    assert _ledger(nlp, lede + text) == {(group, group, "affirm", True)}


def test_an_unknown_group_unnamed_still_claims(nlp: Language) -> None:
    text = "Gunmen killed four soldiers near Tillaberi on Tuesday. A previously unknown group claimed the ambush."
    assert _ledger(nlp, text) == {("unidentified claimant", "unidentified claimant", "affirm", True)}
