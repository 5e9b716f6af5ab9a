"""Two ways a speaker takes or rules out an attack without a claim verb, on sentences written for these tests:
"That was our work" / "The bombing was our joint operation with X" (a claim by the speaker's group, and of the
partner it names), and "If he was X, he would have ..." (an argument that the attack was not X's: a denial)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb tore through a vegetable market in Parachinar on Friday, killing eleven people. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _responsibility(nlp: Language, text: str) -> set[tuple[str, str, str, bool, bool]]:
    """(source's side, subject, polarity, self, hedged) of each responsibility claim."""
    doc = nlp(LEAD + text)
    return {(m.claim.source.affiliation or m.claim.source.actor, m.claim.subject.actor, m.claim.polarity,
             m.claim.is_self, m.claim.hedged)
            for m in find_claims(doc, find_actors(doc))
            if m.claim.kind == "responsibility" and m.claim.subject is not None}


@pytest.mark.parametrize("text", [
    "“That was our work,” Qari Hamid, a spokesman for Lashkar-e-Jhangvi, told reporters by phone.",
    "“It was our operation,” a Lashkar-e-Jhangvi commander said.",
    "“The bombing was our doing,” Lashkar-e-Jhangvi said in a message to journalists.",
])
def test_our_deed_is_a_self_claim(nlp: Language, text: str) -> None:
    assert ("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi", "affirm", True, False) in _responsibility(nlp, text)


def test_a_joint_deed_claims_the_partner_too(nlp: Language) -> None:
    text = ("“That was our combined work with the Pakistani Taliban,” Qari Hamid, a spokesman for "
            "Lashkar-e-Jhangvi, wrote in a message.")
    claims = _responsibility(nlp, text)
    assert ("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi", "affirm", True, False) in claims
    assert ("Lashkar-e-Jhangvi", "Tehrik-i-Taliban Pakistan", "affirm", False, False) in claims


def test_a_partner_named_as_a_unit_of_a_group_is_that_group(nlp: Language) -> None:
    text = "“The attack was our joint operation with Qasim group of the Pakistani Taliban,” a Lashkar-e-Jhangvi " \
           "spokesman said."
    assert ("Lashkar-e-Jhangvi", "Tehrik-i-Taliban Pakistan", "affirm", False, False) in _responsibility(nlp, text)


def test_not_our_work_is_a_denial(nlp: Language) -> None:
    text = "“That was not our work,” a Lashkar-e-Jhangvi spokesman said."
    assert _responsibility(nlp, text) == {("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi", "deny", True, False)}


def test_someone_elses_work_is_no_claim_of_the_speaker(nlp: Language) -> None:
    text = "Police said that was the work of the Pakistani Taliban."
    assert {c[2:4] for c in _responsibility(nlp, text)} == {("affirm", False)}


@pytest.mark.parametrize("text", [
    "“If he was ISIS he would have gunned down people there,” the provincial police chief said.",
    "The police chief said that if the gunman had been a member of the Islamic State, he would have blown "
    "himself up.",
    "“If they were Islamic State, they should have shot everyone inside,” the police chief added.",
])
def test_a_counterfactual_about_a_group_is_an_unhedged_denial(nlp: Language, text: str) -> None:
    claims = _responsibility(nlp, text)
    assert {(c[1], c[2], c[4]) for c in claims} == {("Islamic State", "deny", False)}


def test_a_plain_condition_is_no_denial(nlp: Language) -> None:
    text = "The police chief said that if the gunman was a member of the Islamic State, he will be charged."
    assert not any(c[2] == "deny" for c in _responsibility(nlp, text))


@pytest.mark.parametrize("text", [
    'The bombing was "the handiwork of the Pakistani Taliban", the district police chief said.',
    'The district police chief called the bombing "the work of the Pakistani Taliban".',
    "The district police chief described the bombing as the handiwork of the Pakistani Taliban.",
])
def test_the_act_called_someones_work_accuses_them(nlp: Language, text: str) -> None:
    # "handiwork" is "work"; calling the act someone's work says it as "said the bombing was the work of X" does
    assert _responsibility(nlp, text) == {("Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", False, False)}


def test_other_work_called_so_names_no_doer(nlp: Language) -> None:
    assert _responsibility(nlp, "The district police chief called the new bridge the work of Chinese engineers.") \
        == set()


@pytest.mark.parametrize("text", [
    "The district police chief would not call the bombing the work of the Pakistani Taliban until the inquiry ends.",
    "The district police chief did not call the bombing the work of the Pakistani Taliban, but hinted at it.",
])
def test_refusing_to_call_the_act_someones_work_is_no_denial(nlp: Language, text: str) -> None:
    # a refusal to name the doer says nothing either way
    assert _responsibility(nlp, text) == set()


def test_saying_the_act_was_not_someones_work_denies(nlp: Language) -> None:
    # the near miss: the copula, not a naming verb, negated
    text = "The district police chief said the bombing was not the work of the Pakistani Taliban."
    assert _responsibility(nlp, text) == {("Pakistan", "Tehrik-i-Taliban Pakistan", "deny", False, False)}
