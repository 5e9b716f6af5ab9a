"""'Presumed to be X' keeps the speaker's distance on the doer: a hedged accusation (DESIGN's "believed to",
"suspected"); sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("text", [
    "Gunmen killed ten farmers near Maiduguri on Monday. Police said the attackers were presumed to be members of "
    "Boko Haram.",
    "Gunmen killed ten farmers near Maiduguri on Monday. The army said it presumed Boko Haram carried out the raid.",
])
def test_presumed_doer_is_hedged(nlp: Language, text: str) -> None:
    assert ("Nigeria", "Boko Haram", "affirm", True) in blames(nlp, text)
    assert ("Nigeria", "Boko Haram", "affirm", False) not in blames(nlp, text)


def test_a_firm_word_stays_unhedged(nlp: Language) -> None:
    text = "Gunmen killed ten farmers near Maiduguri on Monday. Police said the attackers were members of Boko Haram."
    assert ("Nigeria", "Boko Haram", "affirm", False) in blames(nlp, text)
