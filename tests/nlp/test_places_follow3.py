"""Session 11 follow-up place readings, on sentences written for these tests: a town the gazetteer has in one
country only, a province against a village abroad, and a listed word inside a longer village name."""

from __future__ import annotations

import pytest
from spacy.language import Language

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


@pytest.mark.parametrize(("text", "town", "code"), [
    ("Protesters blocked roads in San Pedro Sula, Honduras, on Monday. On Tuesday, gunmen shot dead a lorry "
     "driver near Kakuma.", "Kakuma", "KE"),
    ("Floods hit Tegucigalpa, Honduras, on Monday. Bandits ambushed a lorry outside Marsabit on Tuesday.",
     "Marsabit", "KE"),
])
def test_a_town_listed_in_one_country_resolves_on_its_own(nlp: Language, text: str, town: str, code: str) -> None:
    place = _by_name(nlp, text)[town]
    assert place.level == "city" and place.location.country_code == code and place.location.geonames_id


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Insurgents downed a military transport helicopter in Borno on Tuesday.", "Borno", "NG"),
])
def test_a_province_beats_a_village_abroad_of_its_name(nlp: Language, text: str, name: str, code: str) -> None:
    place = _by_name(nlp, text)[name]
    assert place.level == "admin" and place.location.country_code == code


@pytest.mark.parametrize("text", [
    "Militiamen hacked six farmers to death in Mulimbi Kabala-Nyanga village, in North Kivu, on Sunday.",
    "Militiamen hacked six farmers to death in Mulimbi Kabala-Nyanga village on Sunday, the army said in Beni.",
])
def test_a_listed_word_inside_a_village_name_gives_no_country(nlp: Language, text: str) -> None:
    place = _by_name(nlp, text)["Mulimbi Kabala-Nyanga"]
    assert place.location.country_code == "CD"
