"""A country after a group's name and its acronym in brackets and a dash, as a listing labels a group ("The X
Brigade (XB) - Mali claimed the attack"), is the group's label: the group speaks, whatever the parse makes the
subject, never the country. A bare name before the dash labels only at the sentence's start with the country
speaking nothing ("JNIM - Mali said ..." is Mali's word). On texts written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_AMBUSH = "Gunmen ambushed a convoy near Djibo on Sunday, killing 11 soldiers. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "group", "polarity"), [
    ("Ansaroul Islam (AI) - Burkina Faso said its fighters carried out the ambush.", "Ansar al-Islam", "affirm"),
    ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) - Burkina Faso denied any role in the ambush.", "JNIM", "deny"),
    # near misses, read so before the rule as well (the parse hangs the name on the country)
    ("The Katiba Hanifa Brigade (KHB) - Burkina Faso claimed the ambush.", "Katiba Hanifa Brigade", "affirm"),
    ("The Katiba Hanifa Brigade (KHB) - Burkina Faso denied any role in the ambush.", "Katiba Hanifa Brigade",
     "deny"),
])
def test_the_labelled_group_speaks(nlp: Language, sentence: str, group: str, polarity: str) -> None:
    assert self_blames(nlp, _AMBUSH + sentence) == {(group, group, polarity, True)}


def test_a_country_that_speaks_after_a_bare_name_is_no_label(nlp: Language) -> None:
    # no acronym in brackets and the country the subject of the speech verb: the country speaks, of the group
    text = _AMBUSH + "Who is behind it? JNIM - Burkina Faso said the group had carried out the ambush."
    assert self_blames(nlp, text) == {("Burkina Faso", "JNIM", "affirm", False)}


def test_a_label_the_parser_splits_off_as_a_fragment(nlp: Language) -> None:
    # the parse leaves the name and its acronym a verbless root of their own, the country the verb's subject
    text = _AMBUSH + "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) - Burkina Faso claimed the ambush."
    assert self_blames(nlp, text) == {("JNIM", "JNIM", "affirm", True)}


def test_a_dash_between_two_clauses_labels_nothing(nlp: Language) -> None:
    # the country opens a clause of its own after the charge: it is no label of the group blamed
    text = _AMBUSH + "The army blamed Ansaroul Islam - Burkina Faso says the group hides in the forests."
    assert self_blames(nlp, text) == {("Burkina Faso", "Ansar al-Islam", "affirm", False)}
