"""A person whose full name is also a town's ("Santiago Perez", a Colombian town), attacked and then treated as
a person (a person noun in apposition, he or she after the name), is no place; a town stormed stays one. On
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _names(nlp: Language, text: str) -> set[str]:
    return {p.location.name for p in find_places(nlp(text))}


@pytest.mark.parametrize("text", [
    "Two men on a motorbike attacked Santiago Perez, a shopkeeper, outside his store late on Friday.",
    "Hooded men attacked Santiago Perez as he was walking home from work in Guerrero state.",
])
def test_an_attacked_person_named_like_a_town_is_no_place(nlp: Language, text: str) -> None:
    assert "Santiago Perez" not in _names(nlp, text)


@pytest.mark.parametrize(("text", "town"), [
    ("Insurgents attacked Tak Bai before dawn, burning a school.", "Tak Bai"),
    ("Militants stormed Dera Ismail Khan overnight, freeing dozens of inmates from its prison.", "Dera Ismail Khan"),
])
def test_a_town_attacked_stays_a_place(nlp: Language, text: str, town: str) -> None:
    assert town in _names(nlp, text)
