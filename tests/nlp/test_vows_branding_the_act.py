"""A vow that brands the told act with a moral word ("vowed that this cowardly attack would not go unpunished")
condemns it, as the same words after "said" do; without the moral word the vow brands nothing."""
from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "A suicide bomber killed 14 worshippers at a mosque in Mastung on Friday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _kinds(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    doc = nlp(text)
    return {(m.claim.kind, m.claim.source.affiliation) for m in find_claims(doc, find_actors(doc))}


@pytest.mark.parametrize("text", [
    "The prime minister vowed that this cowardly attack would not go unpunished.",
    '"This barbaric act will not go unpunished," the interior minister vowed.',
    "The governor pledged that this heinous crime would not go unpunished.",
])
def test_a_vow_that_brands_the_act_condemns(nlp: Language, text: str) -> None:
    assert ("condemnation", "Pakistan") in _kinds(nlp, _LEDE + text)


def test_a_vow_with_no_moral_word_is_no_condemnation(nlp: Language) -> None:
    text = _LEDE + "The prime minister vowed that the attack would not go unpunished."
    assert ("condemnation", "Pakistan") not in _kinds(nlp, text)
