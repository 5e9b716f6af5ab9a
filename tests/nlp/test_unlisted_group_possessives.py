"""An unlisted group's name the tagger takes with its possessive ("the Eastern Hills Liberation Front's fighters")
is the name without the "'s". Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("text", [
    "Police said the Eastern Hills Liberation Front's fighters stormed the checkpoint.",
    "Police said the blast bore the Eastern Hills Liberation Front's signature.",
])
def test_a_possessive_is_no_part_of_an_unlisted_name(nlp: Language, text: str) -> None:
    groups = {m.ref.actor for m in find_actors(nlp(text)) if m.ref.type == "group"}
    assert groups == {"Eastern Hills Liberation Front"}
