"""Whose state a government speaks for: a group's government speaks for the state it governs ("the Taliban
government"), and "his government" for the state of the envoy or minister who says it, not the story's."""
from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_BORDER = "Gunmen killed nine border guards near Torkham on Tuesday. "
_ERBIL = "A drone struck a base near Erbil on Monday, wounding three contractors. US officials blamed Iran. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _claims(nlp: Language, text: str) -> set[tuple[str, str | None, str | None, str, bool]]:
    doc = nlp(text)
    return {(m.claim.kind, m.claim.source.affiliation, m.claim.subject.actor if m.claim.subject else None,
             m.claim.polarity, m.claim.is_self) for m in find_claims(doc, find_actors(doc))}


@pytest.mark.parametrize("reply", [
    "The Taliban government called the accusation baseless.",
    "The Taliban administration denied any involvement.",
])
def test_a_groups_government_speaks_for_its_state(nlp: Language, reply: str) -> None:
    text = _BORDER + "Pakistan accused Afghanistan of backing the attackers. " + reply
    assert ("responsibility", "Afghanistan", "Afghanistan", "deny", True) in _claims(nlp, text)
    assert not any(source == "Taliban" for _, source, *_ in _claims(nlp, text))


def test_the_group_itself_still_speaks_for_the_group(nlp: Language) -> None:
    text = _BORDER + "Taliban leaders condemned the attack."
    assert _claims(nlp, text) == {("condemnation", "Taliban", None, "affirm", False)}


@pytest.mark.parametrize("reply", [
    "Iran's ambassador to Iraq said his government had no role in the attack.",
    "Iranian envoy Kazem Tehrani told reporters that his government had nothing to do with the attack.",
    "Iran's ambassador to Iraq said his country had no role in the attack.",
])
def test_an_envoys_government_is_his_state(nlp: Language, reply: str) -> None:
    assert _claims(nlp, _ERBIL + reply) == {("responsibility", "United States", "Iran", "affirm", False),
                                            ("responsibility", "Iran", "Iran", "deny", True)}


def test_a_ministers_own_government_is_the_storys_state(nlp: Language) -> None:
    text = "Gunmen killed six police officers in Kidal on Monday. " \
           "The interior minister said his government held JNIM responsible."
    assert _claims(nlp, text) == {("responsibility", "Mali", "JNIM", "affirm", False)}


def test_a_residents_country_is_no_side(nlp: Language) -> None:
    text = "Gunmen killed six police officers in Kidal on Monday. A shopkeeper said his country had failed him."
    assert _claims(nlp, text) == set()
