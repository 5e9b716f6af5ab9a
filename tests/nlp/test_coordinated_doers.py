"""Every actor coordinated with a named doer is named too: "X and Iran were behind the attack", "held X and Iran
responsible" accuse both, as "blamed X and Y" does; "X, not Y" clears Y (the speaker's denial of Y)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames, unhedged_blames
from spacy.language import Language

from counterclaim.nlp._speakers import Context
from counterclaim.nlp.attribution import _with_coordinated_doers
from counterclaim.nlp.pipeline import load_pipeline

_LEDE = ("BAGHDAD, June 11 (Wire) - Rockets struck an air base in Anbar province, Iraq, late on Tuesday, wounding "
         "four U.S. soldiers. ")
KH = "Kataib Hezbollah"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "The Pentagon said Kataib Hezbollah and Iran were behind the attack.",
    "The Pentagon said Kataib Hezbollah and Iran were responsible.",
    "The Pentagon said it held Kataib Hezbollah and Iran responsible for the attack.",
    "The Pentagon said Kataib Hezbollah and Iran had carried out the attack together.",
])
def test_coordinated_doers_are_each_accused(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == {("United States", KH, "affirm"),
                                                      ("United States", "Iran", "affirm")}


def test_a_doer_set_against_another_accuses_only_one(nlp: Language) -> None:
    text = _LEDE + "The Pentagon said Kataib Hezbollah, not Iran, was behind the attack."
    assert ("United States", "Iran", "affirm") not in unhedged_blames(nlp, text)


@pytest.mark.parametrize("sentence", [
    "The Pentagon said Kataib Hezbollah, not Iran, was behind the attack.",
    "The Pentagon said Kataib Hezbollah, not Iran, fired the rockets.",
])
def test_the_doer_set_aside_is_cleared(nlp: Language, sentence: str) -> None:
    # "X, not Y": the speaker accuses X and denies Y's part (the parser hangs Y on X as an apposition)
    assert unhedged_blames(nlp, _LEDE + sentence) == {("United States", KH, "affirm"),
                                                      ("United States", "Iran", "deny")}


def test_a_label_set_against_a_group_clears_the_group(nlp: Language) -> None:
    # "bandits" names no actor: the phrase accuses no one, and the group set aside is cleared
    text = _LEDE + "The Pentagon said rogue gunmen, not Kataib Hezbollah, fired the rockets."
    assert unhedged_blames(nlp, text) == {("United States", KH, "deny")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Pentagon said Kataib Hezbollah fighters, not rogue gunmen, fired the rockets.",
     {("United States", KH, "affirm", False)}),
    ("The Pentagon said Kataib Hezbollah militiamen, not Iran, fired the rockets.",
     {("United States", KH, "affirm", False), ("United States", "Iran", "deny", False)}),
    ("The Pentagon said suspected Kataib Hezbollah fighters, not rogue gunmen, fired the rockets.",
     {("United States", KH, "affirm", True)}),
])
def test_a_named_phrase_set_against_another_accuses_its_group(nlp: Language, sentence: str,
                                                               expected: set[tuple[str, str, str, bool]]) -> None:
    # "X fighters, not Y": the phrase names X by its modifier, so X is accused (hedged as the phrase is worded)
    assert blames(nlp, _LEDE + sentence) == expected


def test_an_apposition_without_not_is_no_denial(nlp: Language) -> None:
    text = _LEDE + "The Pentagon said Kataib Hezbollah, an Iraqi militia, was behind the attack."
    assert ("United States", "Iraq", "deny") not in unhedged_blames(nlp, text)


def test_a_doer_opening_the_text_is_read(nlp: Language) -> None:
    # the first conjunct is the text's first token: no word before it to look for "not" in
    doc = nlp("Iran and Kataib Hezbollah were behind the attack.")
    second = next(t for t in doc if t.lower_ == "hezbollah")
    ctx = Context(doc=doc, at={0: None, second.i: None}, mentions=[], sents=list(doc.sents))  # type: ignore[dict-item]
    found = _with_coordinated_doers(ctx, [(doc[4], second, False)])
    assert [(agent.i, neg) for _, agent, neg in found] == [(second.i, False), (0, False)]
