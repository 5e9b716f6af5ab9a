"""A country after a group's name (and its acronym in brackets) and a dash, as a listing labels a group ("The X
Brigade (XB) - Mali claimed the attack"), is the group's label: the group speaks, whatever the parse makes the
subject, never the country. On texts written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_AMBUSH = "Gunmen ambushed a convoy near Djibo on Sunday, killing 11 soldiers. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "polarity"), [
    ("The Katiba Hanifa Brigade (KHB) - Burkina Faso claimed the ambush.", "affirm"),
    ("The Katiba Hanifa Brigade - Burkina Faso said its fighters carried out the ambush.", "affirm"),
    ("The Katiba Hanifa Brigade (KHB) - Burkina Faso denied any role in the ambush.", "deny"),
])
def test_the_labelled_group_speaks(nlp: Language, sentence: str, polarity: str) -> None:
    assert self_blames(nlp, _AMBUSH + sentence) == {
        ("Katiba Hanifa Brigade", "Katiba Hanifa Brigade", polarity, True)}


def test_a_label_the_parser_splits_off_as_a_fragment(nlp: Language) -> None:
    # the parse leaves the name and its acronym a verbless root of their own, the country the verb's subject
    text = _AMBUSH + "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) - Burkina Faso claimed the ambush."
    assert self_blames(nlp, text) == {("JNIM", "JNIM", "affirm", True)}


def test_a_dash_between_two_clauses_labels_nothing(nlp: Language) -> None:
    # the country opens a clause of its own after the charge: it is no label of the group blamed
    text = _AMBUSH + "The army blamed Ansaroul Islam - Burkina Faso says the group hides in the forests."
    assert self_blames(nlp, text) == {("Burkina Faso", "Ansar al-Islam", "affirm", False)}
