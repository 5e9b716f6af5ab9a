"""Session 11 place readings, on sentences written for these tests: a country name two states share, a named
farm or mine before its town, and a two-word town whose second word is hyphenated."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.mentions import PlaceMention
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _by_name(nlp: Language, text: str) -> dict[str, PlaceMention]:
    places = find_places(nlp(text))
    for p in places:
        ev = p.location.evidence
        assert text[ev.start : ev.end] == ev.text
    return {p.location.name: p for p in places}


@pytest.mark.parametrize("text", [
    "Congo's army said on Tuesday that militiamen had killed 12 people at a displacement camp outside Goma, "
    "the capital of North Kivu.",
    "Rebels attacked a village near Beni in North Kivu province on Monday, killing nine civilians. Violence in "
    "eastern Congo has displaced thousands.",
    "Officials in Kinshasa said troops had been sent to Ituri. Congo has asked the United Nations for help.",
])
def test_a_shared_country_name_agrees_with_the_texts_other_places(nlp: Language, text: str) -> None:
    congo = _by_name(nlp, text)["Congo"]
    assert congo.level == "country"
    assert congo.location.country_code == "CD"


@pytest.mark.parametrize("text", [
    "Protesters clashed with police in Brazzaville, the capital of Congo, on Friday.",
    "The election in Congo passed off peacefully, observers said.",
])
def test_a_shared_country_name_alone_or_with_its_own_places_keeps_its_iso_reading(nlp: Language, text: str) -> None:
    assert _by_name(nlp, text)["Congo"].location.country_code == "CG"


def test_a_shared_country_name_gives_the_incident_its_country() -> None:
    text = ("Congo's army said militiamen killed 12 people in an attack on Tuesday. The camp that was attacked lies "
            "outside Goma, the capital of North Kivu.")
    codes = {i.location.country_code for i in analyze(text, published="2024-05-10").incidents}
    assert codes == {"CD"}
