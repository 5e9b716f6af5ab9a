""""This cowardly act will not go unpunished," the president said: the told act named with a moral qualifier in
the speaker's words brands it (a condemnation), as "this is a cowardly act" does. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_STORY = "Gunmen ambushed an army convoy near Dori, Burkina Faso, on Sunday, killing 12 soldiers. "


@pytest.mark.parametrize("sentence", [
    "\"This cowardly act will not go unpunished,\" President Ibrahim Traore said on Monday.",
    "\"This barbaric attack will not break our resolve,\" the prime minister said.",
    "The defence minister said this heinous crime would not go unpunished.",
])
def test_a_branded_act_in_the_speakers_words_is_a_condemnation(nlp: Language, sentence: str) -> None:
    assert condemners(nlp, _STORY + sentence) == {"Burkina Faso"}


@pytest.mark.parametrize("sentence", [
    "\"The attack will not go unpunished,\" the president said.",
    "This cowardly act left the town in mourning.",
])
def test_no_qualifier_or_no_speaker_is_no_condemnation(nlp: Language, sentence: str) -> None:
    assert not condemners(nlp, _STORY + sentence)


def test_a_branded_act_under_a_regret_is_no_condemnation(nlp: Language) -> None:
    """"regrets that this heinous raid held up ...": a feeling, no speech verb, reports the clause, so this rule does
    not choose a speaker for it."""
    text = _STORY + "The governor regrets that this heinous raid held up the count of votes in the province."
    assert not condemners(nlp, text)
