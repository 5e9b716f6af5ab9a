"""A side the passive says is believed, thought or said to have done the act ("X is widely believed to be behind the
attack, police said") is accused, hedged, by whoever reports it: it is never the speaker of its own claim (it was read
as X's hedged self-claim, the status "claimed"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import ledger, self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A car bomb killed eleven people outside a court in Bannu on Monday. "
TTP = "Tehrik-i-Taliban Pakistan"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("rest", [
    "The TTP is widely believed to be behind the bombing, police said.",
    "Police said the TTP was thought to have carried out the bombing.",
    "The TTP is believed by police to be behind the bombing.",
])
def test_a_side_supposed_in_the_passive_is_accused_not_claiming(nlp: Language, rest: str) -> None:
    found = self_blames(nlp, LEAD + rest)
    assert ("Pakistan", TTP, "affirm", False) in found
    assert not any(b[3] for b in found)


def test_a_side_that_says_it_is_claims(nlp: Language) -> None:
    # the near miss: the TTP's own word
    assert (TTP, TTP, "affirm", True) in self_blames(nlp, LEAD + "The TTP said it carried out the bombing.")


@pytest.mark.parametrize("rest", [
    "The TTP is said to have claimed the bombing.",
    "The TTP was reported to have claimed the bombing.",
])
def test_a_claim_said_in_the_passive_is_hedged(nlp: Language, rest: str) -> None:
    """"Is said / was reported to have claimed" is the writer's distance on the claim, as "reportedly" is."""
    assert ledger(nlp, LEAD + rest, "hedged") == {(TTP, TTP, True)}


def test_a_claim_told_plainly_is_firm(nlp: Language) -> None:
    assert ledger(nlp, LEAD + "The TTP claimed the bombing.", "hedged") == {(TTP, TTP, False)}


@pytest.mark.parametrize("rest", [
    "The TTP is not believed to be behind the bombing, police said.",
    "Police said the TTP was not thought to have carried out the bombing.",
])
def test_a_side_not_supposed_in_the_passive_is_cleared(nlp: Language, rest: str) -> None:
    """The "not" on the supposing verb is the speaker's: a hedged clearing (it was an accusation)."""
    assert ledger(nlp, LEAD + rest, "polarity", "hedged") == {("Pakistan", TTP, "deny", True)}


def test_a_side_supposed_by_unnamed_analysts_does_not_claim(nlp: Language) -> None:
    # the analysts are no actor the ledger knows: no claim at all, never the TTP's own (it was its hedged self-claim)
    found = self_blames(nlp, LEAD + "The TTP is believed by many analysts to be behind the bombing.")
    assert not any(b[3] for b in found), found


@pytest.mark.parametrize("rest", [
    # a side's record of other acts (each laid the court bombing on the TTP)
    "The TTP is widely believed to be behind a string of attacks on polio teams, police said.",
    "The TTP, widely believed to be behind attacks on polio teams, police said, has not commented.",
])
def test_a_side_behind_other_acts_is_not_accused_of_this_one(nlp: Language, rest: str) -> None:
    assert not any(b[1] == TTP for b in self_blames(nlp, LEAD + rest))


@pytest.mark.parametrize("rest", [
    # a side reporting what others suppose of it claims nothing (each was its own claim 015)
    "The TTP said it was believed by many to be behind the bombing.",
    '"We are said to be behind the bombing, but we had nothing to do with it," a TTP spokesman said.',
])
def test_a_side_reporting_others_suppositions_does_not_claim(nlp: Language, rest: str) -> None:
    found = self_blames(nlp, LEAD + rest)
    assert not any(b[3] and b[2] == "affirm" for b in found), found


def test_a_side_reporting_others_suppositions_still_denies(nlp: Language) -> None:
    # near miss: the clause beside the supposition is the side's own denial
    rest = '"We are said to be behind the bombing, but we had nothing to do with it," a TTP spokesman said.'
    assert (TTP, TTP, "deny", True) in self_blames(nlp, LEAD + rest)
