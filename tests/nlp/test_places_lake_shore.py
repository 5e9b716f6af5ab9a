"""A lake several states share takes the shore state of the towns and provinces the text places near it, when no
"off X" or country name ties it (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen attacked a fishing boat on Lake Chad on Sunday, killing six, the governor of Lac province said.",
         "Chad"),
        ("Jihadists fired on a canoe on Lake Chad on Monday, killing four traders, officials in Borno state said.",
         "Nigeria"),
        ("Gunmen raided a boat on Lake Chad near Bosso on Friday, killing three fishermen.", "Niger"),
    ],
)
def test_a_lake_takes_the_shore_state_the_text_places(nlp: Language, text: str, country: str) -> None:
    lakes = [p for p in find_places(nlp(text)) if p.level == "sea"]
    assert [p.location.country for p in lakes] == [country]


def test_a_lake_with_no_place_beside_it_stays_without_a_country(nlp: Language) -> None:
    lakes = [p for p in find_places(nlp("Gunmen attacked a fishing boat on Lake Chad on Sunday, killing six."))
             if p.level == "sea"]
    assert [p.location.country for p in lakes] == [None]
