"""Generic doers tied to a group ("jihadists linked to X") lay the act on the group also when the parser takes
the participle for the clause's verb and leaves the real one subjectless ("said jihadists linked to X carried out
the attack", "terrorists linked to X were behind it"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "Gunmen killed 11 worshippers at a church in Djibo, Burkina Faso, on Sunday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "group", "hedged"), [
    ("The government said jihadists linked to JNIM carried out the attack.", "JNIM", False),
    ("Government spokesman Jean Kabore said terrorists linked to al-Qaeda were behind the attack.", "Al-Qaeda",
     False),
    ("Government spokesman Jean Kabore said jihadists linked to al-Qaeda were likely behind it.", "Al-Qaeda", True),
])
def test_doers_linked_to_a_group_accuse_it(nlp: Language, sentence: str, group: str, hedged: bool) -> None:
    assert blames(nlp, LEAD + sentence) == {("Burkina Faso", group, "affirm", hedged)}


def test_a_group_linked_to_another_in_general_accuses_no_one(nlp: Language) -> None:
    assert blames(nlp, LEAD + "The government said JNIM is linked to al-Qaeda.") == set()


@pytest.mark.parametrize(("sentence", "polarity", "hedged"), [
    ("The government said the gunmen were linked to JNIM.", "affirm", False),
    ("The government said the gunmen were believed to be linked to JNIM.", "affirm", True),
    ("The government said the gunmen were not linked to JNIM.", "deny", False),
])
def test_the_doers_said_to_be_linked_to_a_group(nlp: Language, sentence: str, polarity: str, hedged: bool) -> None:
    # the act's doers tied to X tie the act to X, as "gunmen linked to X killed ..." does
    assert blames(nlp, LEAD + sentence) == {("Burkina Faso", "JNIM", polarity, hedged)}


def test_other_people_linked_to_a_group_tie_no_act(nlp: Language) -> None:
    assert blames(nlp, LEAD + "The government said several traders were linked to JNIM.") == set()


@pytest.mark.parametrize("sentence", [
    "The regional governor blamed armed groups affiliated with JNIM.",
    "The regional governor blamed the armed terrorist groups linked to JNIM.",
])
def test_groups_named_by_their_conduct_and_tied_to_a_group_accuse_it(nlp: Language, sentence: str) -> None:
    assert blames(nlp, LEAD + sentence) == {("Burkina Faso", "JNIM", "affirm", False)}


def test_groups_named_by_their_conduct_alone_accuse_no_one(nlp: Language) -> None:
    """Near miss: "armed groups" tied to no one stay a generic label (no claim), and "the group" after a named
    group still points back to it."""
    assert blames(nlp, LEAD + "The regional governor blamed armed groups.") == set()
    text = LEAD + "JNIM said its fighters did it. The regional governor blamed the group."
    assert ("Burkina Faso", "JNIM", "affirm", False) in blames(nlp, text)


@pytest.mark.parametrize(("sentence", "hedged"), [
    ("The government said the gunmen had links to JNIM.", False),
    ("The government said the gunmen were believed to have links to JNIM.", True),
])
def test_doers_said_to_have_links_to_a_group_accuse_it(nlp: Language, sentence: str, hedged: bool) -> None:
    """"Had links to X" ties the doers to X as "were linked to X" does (session 19)."""
    assert blames(nlp, LEAD + sentence) == {("Burkina Faso", "JNIM", "affirm", hedged)}


def test_others_with_links_to_a_group_accuse_no_one(nlp: Language) -> None:
    # the near miss: the victims, not the doers, had the links
    assert blames(nlp, LEAD + "The government said the worshippers had links to JNIM.") == set()
