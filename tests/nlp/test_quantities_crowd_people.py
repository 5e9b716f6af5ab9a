"""People of a crowd counted as victims: passers-by (which the tagger splits at the hyphen), bystanders,
onlookers, worshippers, commuters; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import read_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        ("A passer-by was killed when the device went off near the bus station.", [("killed", 1)], "A passer-by"),
        ("Two passers-by were wounded when a grenade exploded outside the bank.", [("injured", 2)],
         "Two passers-by"),
        ("The grenade wounded three passers-by and a traffic policeman.", [("injured", 4)],
         "three passers-by and a traffic policeman"),
        ("Four bystanders were hurt in the explosion.", [("injured", 4)], "Four bystanders"),
        ("Five onlookers were injured when the second bomb went off.", [("injured", 5)], "Five onlookers"),
        ("The bomb killed two worshippers as they left the mosque.", [("killed", 2)], "two worshippers"),
        ("Six commuters were killed when the bomb tore through the bus.", [("killed", 6)], "Six commuters"),
    ],
)
def test_crowd_people_are_counted(nlp: Language, text: str, expected: list[tuple[str, int]], evidence: str) -> None:
    victims, perps = read_casualties(nlp(text))
    assert [(m.kind, m.casualties.min) for m in victims] == expected
    assert victims[0].casualties.evidence.text == evidence
    assert perps == []
