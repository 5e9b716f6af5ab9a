"""Doubt and negated likeness are denials by the speaker (hedged when tentative), on sentences written for
these tests: "doubted X was behind it", "it is unlikely that X did it", "this does not look like an X attack"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A roadside bomb killed three soldiers near Kirkuk, Iraq, on Monday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _responsibility(nlp: Language, text: str) -> set[tuple[str, str, bool]]:
    doc = nlp(LEAD + text)
    return {(m.claim.subject.actor, m.claim.polarity, m.claim.hedged) for m in find_claims(doc, find_actors(doc))
            if m.claim.kind == "responsibility" and m.claim.subject is not None}


@pytest.mark.parametrize(
    "text",
    [
        "A security analyst, Dana Hamid, said she doubted that the PKK had planted the device.",
        "Kurdish officials doubt the PKK was behind the blast.",
        "The governor said it was unlikely that the PKK carried out the bombing.",
        "The PKK is unlikely to have carried out the bombing, a Kurdish official said.",
        "It is doubtful that the PKK planted the bomb, the governor said.",
        "\"This does not look like a PKK attack to me,\" the governor said.",
    ],
)
def test_a_doubt_is_a_hedged_denial(nlp: Language, text: str) -> None:
    assert _responsibility(nlp, text) == {("PKK", "deny", True)}


@pytest.mark.parametrize(
    "text",
    [
        "\"It was not a PKK attack,\" the governor said.",
        "The governor said the bombing was not the work of the PKK.",
    ],
)
def test_a_plain_negated_attribution_is_a_firm_denial(nlp: Language, text: str) -> None:
    assert _responsibility(nlp, text) == {("PKK", "deny", False)}


@pytest.mark.parametrize(
    "text",
    [
        "The governor said he did not doubt that the PKK was behind the blast.",
        "The governor said the PKK was behind the blast.",
    ],
)
def test_no_doubt_leaves_the_accusation(nlp: Language, text: str) -> None:
    assert _responsibility(nlp, text) == {("PKK", "affirm", False)}
