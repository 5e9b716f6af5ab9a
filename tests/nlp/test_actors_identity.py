"""Speakers' and actors' identity: whose country a bare official speaks for, prosecutors as state speakers,
descriptors that belong to the name after them, appositive group names and village names the tagger reads
as people. All text is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _refs(nlp: Language, text: str) -> dict[str, tuple[str, str, str | None]]:
    return {m.ref.text: (m.ref.actor, m.ref.type, m.ref.affiliation) for m in find_actors(nlp(text))}


def _accusations(text: str) -> list[tuple[str, str | None, str]]:
    result = analyze(text, published="2024-03-25")
    return [(c.source.text, c.source.affiliation, c.subject.actor) for c in result.claims
            if c.kind == "responsibility" and c.subject is not None and not c.is_self]


# 5. a capitalised word before "village", "town", "district", ... is a place


def test_a_name_before_village_is_a_place_not_a_person(nlp: Language) -> None:
    refs = _refs(nlp, "Gunmen attacked a market in Fatoumbe village, in the northern Gao region, on Sunday.")
    assert "Fatoumbe" not in refs


def test_a_name_before_a_district_title_is_still_a_person(nlp: Language) -> None:
    refs = _refs(nlp, "Gunmen attacked a market in Fatoumbe village in the Gao region on Sunday, and Ali Musa "
                      "district chief said nine people died.")
    assert refs["Ali Musa"][1] == "person"
