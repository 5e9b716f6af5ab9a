"""A listed town hyphenated otherwise than GeoNames spells it resolves to that town, once: no second, unplaced copy
of the same words. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # GeoNames: "Pul-e Khumri"
        ("Militants attacked a checkpoint in Pul-e-Khumri, Baghlan province, on Monday.", "Pul-e-Khumri"),
        ("A car bomb went off near a market in Dera-Ismail-Khan on Friday.", "Dera-Ismail-Khan"),
    ],
)
def test_a_hyphenated_listed_town_resolves_once(nlp: Language, text: str, town: str) -> None:
    found = [p for p in find_places(nlp(text)) if p.location.name == town]
    assert len(found) == 1 and found[0].location.geonames_id is not None


def test_a_hyphenated_name_with_its_article_keeps_its_unlisted_reading(nlp: Language) -> None:
    # "Shar-e Naw" is no listed town: the name the text marks as a place is kept, unplaced
    found = [p for p in find_places(nlp("Gunmen killed two police officers in Shar-e Naw, Kabul, on Sunday."))
             if p.location.name == "Shar-e Naw"]
    assert len(found) == 1
