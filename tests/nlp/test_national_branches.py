"""A bare name that a listed group of the story's country bears with its country's word ("the Taliban" where
the "Pakistani Taliban" act) is that national group; sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_bare_name_in_the_branchs_country_is_the_branch(nlp: Language) -> None:
    text = ("A suicide bomber struck a police post in Bannu, Pakistan, on Thursday, killing seven constables. The "
            "Taliban claimed responsibility for the bombing.")
    claims = self_blames(nlp, text)
    assert ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", True) in claims
    assert not any(c[1] == "Taliban" for c in claims)


def test_bare_name_in_its_own_country_stays(nlp: Language) -> None:
    text = ("A suicide bomber struck a checkpoint in Kandahar, Afghanistan, on Thursday, killing seven soldiers. The "
            "Taliban claimed responsibility for the bombing.")
    assert ("Taliban", "Taliban", "affirm", True) in self_blames(nlp, text)


def test_a_regime_named_by_the_name_stays_the_namesake(nlp: Language) -> None:
    text = ("A suicide bomber struck a police post in Bannu, Pakistan, on Thursday, killing seven constables. "
            "Islamabad urged the Taliban government in Kabul to act.")
    actors = {m.ref.actor for m in find_actors(nlp(text)) if m.ref.type == "group"}
    assert "Taliban" in actors and "Tehrik-i-Taliban Pakistan" not in actors
