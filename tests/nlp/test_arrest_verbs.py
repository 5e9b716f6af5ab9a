"""Arrest and court verbs: one base (_cues.ARREST_VERBS, COURT_VERBS) for the claim reader, the trigger reader and
the segmenter, each adding what it reads on purpose. On sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.incidents import segment, triggers
from counterclaim.nlp import _cues, attribution
from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _accused(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    doc = nlp(text)
    return {(m.claim.source.affiliation, m.claim.subject.actor if m.claim.subject else None)
            for m in find_claims(doc, find_actors(doc)) if m.claim.kind == "responsibility"}


def test_the_readers_share_one_base() -> None:
    for verbs in (attribution._HELD_VERBS, triggers._IN_A_RAID, segment._ARRESTS):
        assert _cues.ARREST_VERBS <= verbs
    assert _cues.COURT_VERBS <= attribution._HELD_VERBS and _cues.COURT_VERBS <= triggers._IN_A_RAID
    # the differences are named: a raid seizes goods, which are no people held; soldiers are captured in the
    # insurgents' raid on their post, which is no police raid
    assert "seize" not in attribution._HELD_VERBS and "capture" not in triggers._IN_A_RAID


@pytest.mark.parametrize("verb", ["arrested", "rounded up"])
def test_suspects_taken_in_accuse_the_group_they_are_said_to_belong_to(nlp: Language, verb: str) -> None:
    """'rounded up' was the trigger reader's word only: the claim reader missed the link the police told."""
    text = (f"Police in Kaduna {verb} three suspects in the bombing of a church, whom they described as members "
            "of Ansaru.")
    assert ("Nigeria", "Ansaru") in _accused(nlp, text)

