"""A group's news agency telling what "its fighters" did is the group's own claim, as the group saying it is
(DESIGN: "Amaq" -> Islamic State). On sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEAD = "A bomb killed twelve people at a checkpoint in Jalalabad on Monday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Amaq, the Islamic State's news agency, said its fighters planted the bomb.",
    "The Amaq news agency said its fighters had planted the bomb.",
    "The group's Amaq agency said Islamic State fighters had planted the bomb.",
])
def test_the_agency_of_a_group_claims_for_it(nlp: Language, sentence: str) -> None:
    assert ("Islamic State", "Islamic State", "affirm", True) in self_blames(nlp, _LEAD + sentence)


def test_an_independent_outlet_claims_nothing(nlp: Language) -> None:
    """A news agency no group owns telling of fighters is no group's claim."""
    text = _LEAD + "The Pajhwok news agency said its reporters had seen the bomb."
    assert not any(c[3] for c in self_blames(nlp, text))
