"""A party the text calls the opposition's without naming it ("The main opposition party accused the government
of staging the attack") speaks for itself, and a later "the opposition party" is the same voice; the government it
accuses is the story's state. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners, unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A grenade exploded at a campaign rally in Mombasa, Kenya, on Sunday, killing five people.\n"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "party"), [
    ("The main opposition party accused the government of staging the attack.", "main opposition party"),
    ("The largest opposition party blamed the government for the attack.", "largest opposition party"),
    ("The opposition party said the government had carried out the attack.", "opposition party"),
])
def test_the_unnamed_opposition_party_accuses(nlp: Language, sentence: str, party: str) -> None:
    assert unhedged_blames(nlp, LEAD + sentence) == {(party, "Kenya", "affirm")}


def test_the_party_said_again_is_the_same_voice(nlp: Language) -> None:
    text = LEAD + "The main opposition party blamed the government. The opposition party also condemned the attack."
    assert condemners(nlp, text) == {"main opposition party"}


@pytest.mark.parametrize(("sentence", "party"), [
    ("The opposition party Jamaat-e-Islami blamed the government for the attack.", "Jamaat-e-Islami"),
    ("The main opposition party Jamaat-e-Islami accused the government of staging the attack.", "Jamaat-e-Islami"),
    ("The main opposition party Tuesday blamed the government for the attack.", "main opposition party"),
])
def test_a_name_right_after_the_party_is_the_party(nlp: Language, sentence: str, party: str) -> None:
    # "the opposition party X": the party is named, and speaks by its name; a day after it names nothing
    lead = "A grenade exploded at a campaign rally in Khulna, Bangladesh, on Sunday, killing five people.\n"
    assert unhedged_blames(nlp, lead + sentence) == {(party, "Bangladesh", "affirm")}


def test_a_party_of_another_kind_is_no_speaker(nlp: Language) -> None:
    text = LEAD + "A wedding party blamed the government for the attack."
    assert unhedged_blames(nlp, text) == set()
