"""Unnamed analysts of a named body no list knows ("Analysts at the Meridian Center said the group was likely behind
it") speak for that body when they name a doer, as when they judge a claim (docs/conventions.md, sessions 13 and
16), hedged as worded; bare "analysts" with no body stay no source. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb went off at a political rally in Sylhet, Bangladesh, on Sunday, killing six people.\n"
ABT = "Ansarullah Bangla Team"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "body", "hedged"), [
    ("Analysts at the Meridian Center said Ansarullah Bangla Team was likely behind it.", "Meridian Center", True),
    ("Researchers at the Eastern Policy Centre said Ansarullah Bangla Team carried out the bombing.",
     "Eastern Policy Centre", False),
    ("Analysts at the Meridian Center said the bombing bore the trademarks of Ansarullah Bangla Team.",
     "Meridian Center", True),
    ("Analysts at the Meridian Center said the blast bore Ansarullah Bangla Team's signature.", "Meridian Center",
     True),
])
def test_analysts_of_a_body_speak_for_it(nlp: Language, sentence: str, body: str, hedged: bool) -> None:
    assert blames(nlp, LEAD + sentence) == {(body, ABT, "affirm", hedged)}


def test_analysts_with_no_body_are_no_source(nlp: Language) -> None:
    assert blames(nlp, LEAD + "Analysts said Ansarullah Bangla Team was probably behind the attack.") == set()
