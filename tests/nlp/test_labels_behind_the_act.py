"""A generic label GTD codes as a group is the accused where a copula lays the act on it ("separatists could be
behind the blast", "were responsible for the attack"), as "attributed the attack to separatists" does; the same
label elsewhere names no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.codebooks.groups import gazetteer
from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb hidden in a cart exploded at a fruit market in Turbat on Monday, killing 12 people. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="module")
def separatists() -> str:
    found = gazetteer().labels
    if "separatist" not in found:
        pytest.skip("shared GTD files not present: no generic labels")
    return found["separatist"]


@pytest.mark.parametrize(("sentence", "hedged"), [
    ("Police said separatists could be behind the blast.", True),
    ("Police said separatists may have been behind the blast.", True),
    ("Police said separatists were behind the blast.", False),
    ("Police said separatists were responsible for the attack.", False),
])
def test_the_label_behind_the_act_is_accused(nlp: Language, separatists: str, sentence: str, hedged: bool) -> None:
    assert blames(nlp, LEAD + sentence) == {("Pakistan", separatists, "affirm", hedged)}


@pytest.mark.parametrize("sentence", [
    "Police said separatists control much of the district.",
    "Police said gunmen were behind the blast.",
])
def test_a_label_not_laid_on_the_act_names_no_one(nlp: Language, separatists: str, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == set()
