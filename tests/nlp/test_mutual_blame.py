"""Two sides that accuse each other make two accusations, each of the other (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A shooting on the border killed two soldiers near the village of Sotk on Wednesday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Armenia and Azerbaijan accused each other of opening fire first.",
    "Armenia and Azerbaijan blamed each other for the shooting.",
    "Armenia and Azerbaijan blamed one another for the attack.",
])
def test_each_side_accuses_the_other(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == {("Armenia", "Azerbaijan", "affirm", False),
                                            ("Azerbaijan", "Armenia", "affirm", False)}


@pytest.mark.parametrize("sentence", [
    "Armenia and Azerbaijan have accused each other of violating the ceasefire for months.",
    "Residents accused each other of looting.",
])
def test_charges_that_are_not_the_attack_accuse_no_one_of_it(nlp: Language, sentence: str) -> None:
    assert not blames(nlp, LEAD + sentence)
