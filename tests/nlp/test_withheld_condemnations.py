"""A condemnation or condolence its clause leaves undone ("declined to condemn", "has yet to condemn") is none."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "KADUNA, Nigeria, Aug 8 (Wire) - Gunmen shot dead 17 worshippers at a church in Zaria on Sunday, police said. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _mourners(nlp: Language, text: str) -> set[str | None]:
    doc = nlp(text)
    return {m.claim.source.affiliation for m in find_claims(doc, find_actors(doc)) if m.claim.kind == "sympathy"}


@pytest.mark.parametrize("sentence", [
    "The Labour Party has yet to condemn the attack.",
    "The Labour Party is yet to condemn the killings.",
    "A Labour Party spokesman declined to condemn the killings when asked by reporters.",
    "The Labour Party refused to condemn the attack, drawing criticism.",
    "Critics said the Labour Party had failed to condemn it.",
    "The Labour Party stopped short of condemning the attack.",
    "The Labour Party refrained from condemning the attack.",
    "The Labour Party was reluctant to condemn the attack.",
])
def test_a_withheld_condemnation_is_none(nlp: Language, sentence: str) -> None:
    assert condemners(nlp, _LEDE + sentence) == set()


@pytest.mark.parametrize("sentence", [
    "The Labour Party did not hesitate to condemn the attack.",
    "The Labour Party was quick to condemn the attack.",
    "The Labour Party did not refuse to condemn the attack.",
    "The governor stopped short of naming any group but condemned the killings.",
])
def test_a_condemnation_made_stays(nlp: Language, sentence: str) -> None:
    assert condemners(nlp, _LEDE + sentence)


def test_withheld_condolences_are_none(nlp: Language) -> None:
    assert _mourners(nlp, _LEDE + "The Labour Party declined to offer condolences to the families.") == set()
    assert _mourners(nlp, _LEDE + "The Labour Party refrained from condemning the attack but offered condolences.") \
        == {"Labour Party"}
