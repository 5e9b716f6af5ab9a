"""A claimant said to be a front in a relative clause ("X, which police said is a front for Y, claimed the attack")
lays its act on Y, as "police said the group is a front for Y" does; a front that did nothing accuses no one."""
from __future__ import annotations

import pytest
from responsibility_claims import ledger
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "Militants fired on a bus carrying pilgrims near Katra on Sunday, killing eight people. "
TRF = "The Resistance Front"
LET = "Lashkar-e-Taiba"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ledger(nlp: Language, text: str) -> set[tuple]:
    return ledger(nlp, text)


def test_a_claimant_called_a_front_in_a_relative_clause(nlp: Language) -> None:
    text = _LEDE + "The Resistance Front, which police said is a front for Lashkar-e-Taiba, claimed the attack."
    assert _ledger(nlp, text) == {(TRF, TRF), ("India", LET)}


def test_a_front_that_did_nothing_accuses_no_one(nlp: Language) -> None:
    text = _LEDE + "The Kashmir Tigers, which police say is a front for Jaish-e-Mohammad, have been active in the " \
                   "hills. No group claimed the attack."
    assert _ledger(nlp, text) == set()


@pytest.mark.parametrize("sentence", [
    "Police blamed The Resistance Front, which they said is a front for Lashkar-e-Taiba.",
    "Police blamed The Resistance Front, a front for Lashkar-e-Taiba.",
    "Police said The Resistance Front, which they said is a front for Lashkar-e-Taiba, carried out the attack.",
])
def test_a_blamed_front_and_its_parent_are_both_accused(nlp: Language, sentence: str) -> None:
    # the speaker accuses the front, and the one it fronts for as its parent; "they" is the police, not the front
    assert _ledger(nlp, _LEDE + sentence) == {("India", TRF), ("India", LET)}


def test_a_front_named_beside_an_act_it_is_not_charged_with(nlp: Language) -> None:
    text = _LEDE + "Police met members of The Resistance Front, which they said is a front for Lashkar-e-Taiba."
    assert _ledger(nlp, text) == set()


_QUETTA = "A bomb killed six people at a bus stand in Quetta on Monday. "


@pytest.mark.parametrize("sentence", [
    "Police blamed the BLA, which they called a proxy of India.",
    "Police said the BLA, which they described as a front for Indian intelligence, carried out the attack.",
])
def test_the_state_behind_a_front_is_accused_and_is_not_the_polices(nlp: Language, sentence: str) -> None:
    # the state named behind the front is its patron: accused beside it, never the country the police speak for
    assert _ledger(nlp, _QUETTA + sentence) == {("Pakistan", "Balochistan Liberation Army"), ("Pakistan", "India")}
