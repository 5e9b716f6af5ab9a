"""A second victim in a clause that leaves out the 'was' the first gives ("A man was shot dead and his wife
wounded"), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import read_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "victims", "evidence"),
    [
        ("A shopkeeper was shot dead and his wife wounded outside their home in Quetta.",
         [("killed", 1), ("injured", 1)], "his wife"),
        ("A guard was killed and the driver seriously injured when the convoy was ambushed.",
         [("killed", 1), ("injured", 1)], "the driver"),
    ],
)
def test_a_gapped_second_victim_is_counted(
        nlp: Language, text: str, victims: list[tuple[str, int]], evidence: str) -> None:
    found, perps = read_casualties(nlp(text))
    assert [(m.kind, m.casualties.min) for m in found] == victims
    assert found[1].casualties.evidence.text == evidence
    assert perps == []


def test_a_second_clause_with_a_verb_of_its_own_counts_no_one(nlp: Language) -> None:
    found, _ = read_casualties(nlp("A shopkeeper was shot dead and his wife called the police."))
    assert [(m.kind, m.casualties.min) for m in found] == [("killed", 1)]
