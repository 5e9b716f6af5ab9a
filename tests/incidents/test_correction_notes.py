"""A correction note's wrong statement: what the outlet's earlier text said and takes back names no claimant, no
accuser and no doer (its wrong figure is no toll either, nlp/quantities); on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_LEDE = "A bomb killed 12 people at a bus stand in Quetta on Monday. The Pakistani Taliban claimed responsibility. "


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this story also said the Balochistan Liberation Army had claimed "
    "responsibility for the bombing.",
    "This article has been corrected. It previously stated incorrectly that the army blamed the BLA for the attack.",
    "An earlier version of this story wrongly attributed the attack to the BLA.",
    "An earlier version of this article misstated that police had blamed the BLA for the attack.",
])
def test_what_a_correction_takes_back_names_no_one(note: str) -> None:
    result = analyze(_LEDE + note, published="2025-04-08")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [
        ("Tehrik-i-Taliban Pakistan", "claimed")]
    assert all(c.subject is None or c.subject.actor == "Tehrik-i-Taliban Pakistan" for c in result.claims)


@pytest.mark.parametrize(("sentence", "accuser"), [
    # a source's own word said wrongly stays its word (the writer's judgement takes nothing back)
    ("Police wrongly blamed the BLA for the attack.", "Pakistan"),
    # a report by others is theirs, not the outlet's earlier text
    ("A UN report said the BLA had carried out the attack.", "United Nations"),
    # a source's own earlier text said wrongly is its earlier claim, not the outlet's correction note
    ("The army's first report wrongly said the BLA carried it out; it later blamed another group.", "Pakistan"),
])
def test_others_words_stay_claims(sentence: str, accuser: str) -> None:
    result = analyze(_LEDE + sentence, published="2025-04-08")
    assert any(c.source.affiliation == accuser and c.subject and c.subject.actor == "Balochistan Liberation Army"
               for c in result.claims)
