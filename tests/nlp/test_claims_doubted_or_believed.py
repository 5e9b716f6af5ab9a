"""A third party that doubts a group's claim denies it, hedged; one that believes it, or sees no reason to doubt
it, corroborates it, hedged; "confirmed the claim" with no owner named corroborates the latest claim (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = ("Gunmen attacked a military camp near Diffa on Tuesday, killing 11 soldiers. Islamic State West Africa "
        "Province claimed the attack in a statement. ")
GROUP = "Islamic State West Africa Province"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("rest", "state"), [
    ("French officials said they had no reason to doubt the claim.", "France"),
    ("A French official said Paris saw no reason to question the group's claim.", "France"),
    ("French officials said they believed the claim.", "France"),
])
def test_no_reason_to_doubt_a_claim_is_a_hedged_corroboration(nlp: Language, rest: str, state: str) -> None:
    found = blames(nlp, LEAD + rest)
    assert (state, GROUP, "affirm", True) in found
    assert (state, GROUP, "deny", True) not in found


@pytest.mark.parametrize("rest", [
    "The Nigerien government said it doubted the claim.",
    "Nigerien officials said they did not believe the group's claim.",
    "Nigerien officials cast doubt on the claim.",
    "Nigerien officials were sceptical of the claim.",
])
def test_a_claim_doubted_is_a_hedged_denial(nlp: Language, rest: str) -> None:
    found = blames(nlp, LEAD + rest)
    assert ("Niger", GROUP, "deny", True) in found
    assert ("Niger", GROUP, "affirm", True) not in found


def test_no_doubt_about_the_claim_is_firm(nlp: Language) -> None:
    found = blames(nlp, LEAD + "The Nigerien government had no doubts about the claim.")
    assert ("Niger", GROUP, "affirm", False) in found


def test_the_claim_confirmed_with_no_owner_named_corroborates_the_latest_claim(nlp: Language) -> None:
    assert ("France", GROUP, "affirm", False) in blames(nlp, LEAD + "French officials confirmed the claim.")


@pytest.mark.parametrize("rest", [
    # a doubt about something other than the claim, and reasons to doubt no one is said to have
    "French officials said there was no reason to doubt the first findings of the inquiry.",
    "Some residents questioned why the army had not sent reinforcements.",
    "A local newspaper gave several reasons to doubt the claim.",
])
def test_near_misses_judge_no_claim(nlp: Language, rest: str) -> None:
    found = blames(nlp, LEAD + rest)
    assert not any(b[1] == GROUP and b[0] != GROUP for b in found)


@pytest.mark.parametrize("rest", [
    # near misses (these five gave no corroboration before session 20's fixes either)
    "French officials said they were verifying the group's claim.",
    "French officials said they were trying to verify the claim.",
    "French officials said they could not verify the group's claim.",
    "French officials were unable to confirm the claim.",
    "French officials were expected to confirm the claim.",
    # each was a firm corroboration: the tagger's lemma of "hoped" is "hop", and refusing, "yet to", "too early" and
    # "expected to" give no verdict
    "French officials said they hoped to confirm the claim.",
    "French officials refused to confirm the group's claim.",
    "French officials declined to confirm the group's claim.",
    "French officials had yet to verify the claim.",
    "French officials said it was too early to confirm the claim.",
])
def test_a_claim_still_being_checked_is_neither_corroborated_nor_denied(nlp: Language, rest: str) -> None:
    found = blames(nlp, LEAD + rest)
    assert not any(b[0] == "France" for b in found), found


def test_a_claim_verified_is_corroborated(nlp: Language) -> None:
    # the near miss: the check done
    found = blames(nlp, LEAD + "French officials later verified the group's claim.")
    assert ("France", GROUP, "affirm", False) in found


def test_a_claim_said_to_lack_credibility_is_rejected(nlp: Language) -> None:
    found = blames(nlp, LEAD + "Nigerien officials said the claim lacked credibility.")
    assert ("Niger", GROUP, "deny", False) in found


@pytest.mark.parametrize("rest", [
    "Nigerien officials greeted the claim with scepticism.",
    "Nigerien officials treated the group's claim with suspicion.",
])
def test_a_claim_met_with_scepticism_is_a_hedged_denial(nlp: Language, rest: str) -> None:
    assert ("Niger", GROUP, "deny", True) in blames(nlp, LEAD + rest)


def test_the_claim_confirmed_after_another_statement_is_not_the_groups(nlp: Language) -> None:
    # "the claim" with no owner is the latest claim told: here the families' statement, not the group's claim
    text = LEAD + "Families said the army had left the camp unguarded; the defence minister confirmed the claim."
    found = blames(nlp, text)
    assert not any(b[1] == GROUP and b[0] != GROUP for b in found), found


def test_the_claim_confirmed_by_officials_who_say_so_is_the_groups(nlp: Language) -> None:
    # near miss: the judge's own saying above the confirming verb is no other statement
    found = blames(nlp, LEAD + "French officials said they had confirmed the claim.")
    assert ("France", GROUP, "affirm", False) in found, found


@pytest.mark.parametrize("rest", [
    # near misses: a fact confirmed with no clause told, and another side's denial, are no other claim in between
    "The army confirmed the death toll. French officials backed the claim.",
    "Boko Haram said it had nothing to do with the attack. French officials confirmed the claim.",
])
def test_the_claim_after_a_toll_or_a_denial_is_still_the_groups(nlp: Language, rest: str) -> None:
    assert ("France", GROUP, "affirm", False) in blames(nlp, LEAD + rest)
