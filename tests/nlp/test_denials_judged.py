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
    found = blames(nlp, LEAD + "Tribal elders in Turbat accepted the denial, a police officer said.")
    assert not any(b[1] == BLA and b[2] == "affirm" for b in found)


@pytest.mark.parametrize("text", [
    # another denial, and a denial no one told
    LEAD + "A court rejected the denial of bail to two suspects.",
    "Gunmen shot dead five road workers near Turbat on Sunday. Police rejected the denial.",
])
def test_other_denials_judge_no_one(nlp: Language, text: str) -> None:
    found = blames(nlp, text)
    assert not any(b[1] == BLA and b[2] == "affirm" for b in found)
