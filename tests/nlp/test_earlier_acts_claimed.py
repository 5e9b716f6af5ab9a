"""A group's claim of similar, previous or other attacks is its record, not a claim of the attack at hand
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

LEAD = "Gunmen ambushed a convoy near Diffa, Niger, on Sunday, killing seven soldiers. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _self_claims(nlp: Language, text: str) -> set[str]:
    doc = nlp(LEAD + text)
    return {m.claim.source.actor for m in find_claims(doc, find_actors(doc))
            if m.claim.kind == "responsibility" and m.claim.is_self and m.claim.polarity == "affirm"}


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has claimed the ambush. Boko Haram claimed a similar attack on the same road in March.",
        "Boko Haram has claimed responsibility for previous attacks on convoys in the area.",
        "The militants have claimed numerous bombings in the region.",
        "An earlier raid on the base was claimed by Boko Haram.",
    ],
)
def test_a_claim_of_other_attacks_is_no_claim_of_this_one(nlp: Language, text: str) -> None:
    assert _self_claims(nlp, text) == set()


def test_a_claim_of_the_attack_itself_stays(nlp: Language) -> None:
    assert _self_claims(nlp, "Boko Haram claimed the ambush in a video.") == {"Boko Haram"}


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram has claimed attacks on soldiers guarding the road.",
        "Boko Haram has in the past accused the soldiers of abuses and has claimed attacks on them.",
        "The group has previously threatened the villagers and has claimed ambushes on the road.",
    ],
)
def test_a_bare_plural_of_attacks_after_a_perfect_is_the_record(nlp: Language, text: str) -> None:
    """A bare plural ("attacks on them") after "has claimed", and "in the past" said of the first of two
    coordinated verbs, tell the group's record."""
    assert _self_claims(nlp, text) == set()


def test_the_attacks_of_the_story_claimed_with_a_perfect_stay(nlp: Language) -> None:
    assert _self_claims(nlp, "Boko Haram has claimed the ambush.") == {"Boko Haram"}
