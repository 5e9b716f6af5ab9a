"""The attacker's membership as a statement of who did it (sentences written for these tests): a third party
saying the attacker (also as "he"/"they" after an attacker subject) belonged to a group accuses it; a group
saying the attacker was one of its own fighters claims the act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _responsibility(nlp: Language, text: str) -> set[tuple[str, str, str, bool]]:
    doc = nlp(text)
    return {(m.claim.source.actor, m.claim.subject.actor, m.claim.polarity, m.claim.is_self)
            for m in find_claims(doc, find_actors(doc))
            if m.claim.kind == "responsibility" and m.claim.subject is not None}


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a bus stop in Baidoa, Somalia, on Sunday. Officers said he belonged to "
    "al-Shabaab.",
    "Two gunmen opened fire on worshippers in Baidoa, Somalia, on Sunday. Officers said they were members of "
    "al-Shabaab.",
])
def test_a_pronoun_for_the_attacker_said_to_be_of_a_group_accuses_it(nlp: Language, text: str) -> None:
    assert {(s, p, self_) for _, s, p, self_ in _responsibility(nlp, text)} == {("Al-Shabaab", "affirm", False)}


def test_a_pronoun_for_someone_else_accuses_no_one(nlp: Language) -> None:
    text = ("A suicide bomber blew himself up at a bus stop in Baidoa, Somalia, on Sunday. A teacher was among "
            "the dead. Officers said he belonged to al-Shabaab.")
    assert _responsibility(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a bus stop in Baidoa, Somalia, on Sunday. Al-Shabaab said the bomber "
    "was one of its fighters.",
    "Gunmen stormed an army post near Gao, Mali, on Sunday. JNIM said the attackers were its fighters.",
])
def test_a_group_owning_the_attacker_claims_the_act(nlp: Language, text: str) -> None:
    group = "Al-Shabaab" if "Shabaab" in text else "JNIM"
    assert _responsibility(nlp, text) == {(group, group, "affirm", True)}


def test_a_group_official_denying_any_tie_of_the_suspect_to_it_is_the_group_denial(nlp: Language) -> None:
    """"has no link at all to it": the parser hangs "to it" on "has", not on the tie noun; the official speaks
    for the group named before ("an official of the group")."""
    text = ("A man knifed two shoppers in Lyon on Saturday. Police said the suspect was a member of Hayat Tahrir "
            "al-Sham. An official of the group said the man has no link whatsoever to it.")
    assert ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "deny", True) in _responsibility(nlp, text)


@pytest.mark.parametrize("text", [
    "Gunmen shot dead five guards in Kunduz, Afghanistan, on Friday. Officers detained two men over the raid, who "
    "confessed to being members of the local Taliban.",
    "Gunmen shot dead five guards in Kunduz, Afghanistan, on Friday. Officers said the two captured gunmen "
    "admitted to being members of the Taliban.",
])
def test_a_confessed_membership_reported_by_the_captors_is_their_accusation(nlp: Language, text: str) -> None:
    """Conventions ("The attackers' own word"): a confession in custody reaches us in the captors' words."""
    assert {(s, p, self_) for _, s, p, self_ in _responsibility(nlp, text)} == {("Taliban", "affirm", False)}
