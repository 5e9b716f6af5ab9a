"""A third party that rejects a side's denial lays the act on that side; one that doubts it does so hedged; one that
accepts it clears the side (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "Gunmen shot dead five road workers near Turbat on Sunday. The Balochistan Liberation Army denied involvement. "
BLA = "Balochistan Liberation Army"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("rest", "hedged"), [
    ("Police rejected the denial.", False),
    ("The provincial home minister dismissed the group's denial.", False),
    ("Police said they did not believe the denial.", True),
    ("Police cast doubt on the denial.", True),
])
def test_a_denial_rejected_or_doubted_accuses_the_denier(nlp: Language, rest: str, hedged: bool) -> None:
    assert ("Pakistan", BLA, "affirm", hedged) in blames(nlp, LEAD + rest)


def test_a_denial_accepted_clears_the_denier(nlp: Language) -> None:
    # the acceptance is the judge's own denial of the side's role, firm ("believed the denial" would be hedged)
    found = blames(nlp, LEAD + "Police accepted the denial.")
    assert ("Pakistan", BLA, "deny", False) in found, found
    assert not any(b[1] == BLA and b[2] == "affirm" for b in found)


@pytest.mark.parametrize("text", [
    # another denial, and a denial no one told
    LEAD + "A court rejected the denial of bail to two suspects.",
    "Gunmen shot dead five road workers near Turbat on Sunday. Police rejected the denial.",
])
def test_other_denials_judge_no_one(nlp: Language, text: str) -> None:
    found = blames(nlp, text)
    assert not any(b[1] == BLA and b[2] == "affirm" for b in found)


@pytest.mark.parametrize("text", [
    # an owner named who told no denial; a denial of something else; an owner named by another word
    "Gunmen shot dead five road workers near Turbat on Sunday. The BLA claimed the attack. Pakistan rejected India's "
    "denial.",
    "Gunmen shot dead five road workers near Turbat on Sunday. The BLA dismissed the army's denial.",
    "Gunmen shot dead five road workers near Turbat on Sunday. The BLA disputed the army's denial that civilians had "
    "died.",
])
def test_a_denial_never_told_judges_no_one(nlp: Language, text: str) -> None:
    found = blames(nlp, text)
    assert not any(b[1] in {"India", "Pakistan"} and b[2] == "affirm" for b in found), found


def test_an_owner_named_is_resolved_to_the_side_that_denied(nlp: Language) -> None:
    # "the Taliban's denial" after the Pakistani Taliban denied: the TTP's, no new perpetrator "Taliban"
    text = ("A suicide bomber killed 14 people at a market in Quetta on Tuesday. The Pakistani Taliban denied "
            "involvement. Police dismissed the Taliban's denial.")
    found = blames(nlp, text)
    assert ("Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", False) in found, found
    assert {b[1] for b in found} == {"Tehrik-i-Taliban Pakistan"}, found


def test_the_latest_denial_judged_is_the_one_of_the_act(nlp: Language) -> None:
    # the denial judged is the nearest one, of something else: no accusation (near miss: the first test's plain case)
    text = LEAD + "The group also denied reports that its leader had been killed. Police rejected the denial."
    found = blames(nlp, text)
    assert not any(b[1] == BLA and b[2] == "affirm" for b in found), found
