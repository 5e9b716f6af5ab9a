"""A cell tied to a group ("a cell linked to the PKK", "a PKK-linked cell") that did the attack lays it on the
group, as "terrorists linked to X" does (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb exploded on a city bus in Ankara on Thursday, wounding 14 passengers. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "hedged"), [
    ("Police said the bombing was carried out by a cell linked to the PKK.", False),
    ("Police said a PKK-linked cell carried out the bombing.", False),
    ("The interior minister said the attack may have been carried out by a cell tied to the PKK.", True),
])
def test_the_cells_group_is_accused(nlp: Language, sentence: str, hedged: bool) -> None:
    assert blames(nlp, LEAD + sentence) == {("Turkey", "PKK", "affirm", hedged)}


def test_a_cell_tied_to_no_group_accuses_no_one(nlp: Language) -> None:
    assert not blames(nlp, LEAD + "Police said a cell carried out the bombing.")
