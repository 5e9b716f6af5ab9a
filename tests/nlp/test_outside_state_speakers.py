"""Unnamed officials qualified as other states' ("Western intelligence officials", "foreign diplomats", "European
security sources") never speak for the story's state; "foreign ministry officials", "other officials" and
"International airport police" (the airport's qualifier) still do.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb tore through a crowded bus station in Jos, Nigeria, on Sunday, killing eleven people. "
BH = "Boko Haram"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Western intelligence officials said Boko Haram was behind the bombing.",
    "Foreign diplomats in the capital said Boko Haram carried out the bombing.",
    "European security sources blamed Boko Haram for the bombing.",
    "Allied military officials said Boko Haram was behind the bombing.",
    "Foreign intelligence service officials said Boko Haram was behind the bombing.",
])
def test_other_states_voices_are_not_the_story_state(nlp: Language, sentence: str) -> None:
    assert ("Nigeria", BH, "affirm") not in unhedged_blames(nlp, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Foreign ministry officials said Boko Haram was behind the bombing.",
    "Other officials said Boko Haram was behind the bombing.",
    "Security officials said Boko Haram was behind the bombing.",
    # the qualifier is the airport's, not the voice's
    "International airport police said Boko Haram was behind the bombing.",
    "International airport security officials said Boko Haram was behind the bombing.",
])
def test_the_story_state_own_voices_still_speak(nlp: Language, sentence: str) -> None:
    assert ("Nigeria", BH, "affirm") in unhedged_blames(nlp, LEAD + sentence)
