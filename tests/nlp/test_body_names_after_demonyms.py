"""A common word that is also a town's name, right after a capitalised demonym or continent adjective ("the African
Union mission", "the Nigerian Union of Teachers"), is a word of a body's name, never the town (Union, New Jersey),
whatever the tagger calls it."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.places import find_places


@pytest.mark.parametrize(
    "text",
    [
        "The United States and the African Union mission condemned the attack on the hotel.",
        "The European Union and the United States said they were appalled by the bombing.",
    ],
)
def test_union_in_a_body_name_is_no_town(text: str) -> None:
    assert "Union" not in [p.location.name for p in find_places(parse(text))]
