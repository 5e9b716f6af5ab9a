""""X are the authors of this massacre" accuses X as "X were the culprits" does, and "X are not the authors / the
culprits" clears X (the copula's "not" was counted twice, so the denial read as an accusation). "The author of the
report" names no doer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_STORY = "Gunmen killed 14 villagers near Butembo, Congo, on Thursday, officials said. "
_ADF = "Allied Democratic Forces"


@pytest.mark.parametrize("sentence", [
    "\"The ADF rebels are the authors of this massacre,\" a government spokesman said.",
    "The army said the ADF was the author of the attack.",
])
def test_the_authors_of_the_act_are_accused(nlp: Language, sentence: str) -> None:
    assert ("Democratic Republic of the Congo", _ADF, "affirm", False) in blames(nlp, _STORY + sentence)


@pytest.mark.parametrize(("sentence", "source"), [
    ("\"The ADF are not the authors of this massacre,\" an ADF spokesman said.", _ADF),
    ("The army said the ADF were not the culprits.", "Democratic Republic of the Congo"),
])
def test_not_the_authors_or_culprits_is_a_denial(nlp: Language, sentence: str, source: str) -> None:
    found = blames(nlp, _STORY + sentence)
    assert (source, _ADF, "deny", False) in found
    assert not any(polarity == "affirm" for _, _, polarity, _ in found)


def test_the_author_of_a_report_names_no_doer(nlp: Language) -> None:
    assert not blames(nlp, _STORY + "The army said the ADF was the author of the report.")
