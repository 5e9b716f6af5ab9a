""""X, which is part of the JNIM coalition": the whole a group belongs to is no doer. "Part" was read as a role
("the involvement of"), so the group's own denial also denied (or accused) the coalition. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames, self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_STORY = "Gunmen attacked a hotel in Mopti, Mali, on Friday, killing five guests. "


@pytest.mark.parametrize("sentence", [
    "A spokesman for Ansarul Islam, which is part of the JNIM coalition, denied any role in the attack.",
    "Ansarul Islam, which is part of the JNIM alliance, said it had nothing to do with the attack.",
])
def test_the_coalition_a_denier_belongs_to_is_not_named(nlp: Language, sentence: str) -> None:
    found = self_blames(nlp, _STORY + sentence)
    assert ("Ansar al-Islam", "Ansar al-Islam", "deny", True) in found
    assert not any(subject == "JNIM" for _, subject, _, _ in found)


def test_a_part_in_the_attack_still_names_the_doer(nlp: Language) -> None:
    found = self_blames(nlp, _STORY + "The army said JNIM had played a part in the attack.")
    assert ("Mali", "JNIM", "affirm", False) in found


def test_a_suspected_part_of_a_group_still_names_the_group(nlp: Language) -> None:
    found = blames(nlp, _STORY + "Investigators suspected a part of JNIM in the attack.")
    assert ("Mali", "JNIM", "affirm", True) in found
