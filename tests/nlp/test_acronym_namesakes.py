"""An acronym two armed groups share is the one of the story's country (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _groups(nlp: Language, text: str) -> set[str]:
    return {m.ref.actor for m in find_actors(nlp(text)) if m.ref.type == "group"}


@pytest.mark.parametrize("text, group", [
    ("Separatists burned a school in Kumbo, Cameroon, on Monday. An ADF fighter said in a video that they had "
     "warned the teachers.", "Ambazonia Defence Forces"),
    ("Rebels raided a village near Beni, Congo, on Monday. An ADF fighter said in a video that they had warned "
     "the villagers.", "Allied Democratic Forces"),
])
def test_a_shared_acronym_is_the_group_of_the_story_country(nlp: Language, text: str, group: str) -> None:
    assert _groups(nlp, text) == {group}
