"""Towns the tagger reads as a person's name, in slots where no person stands: after "around", after "to" a verb
of moving takes (a town of the story's country only), and before a lower-case facility word. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Insurgents torched homes around Mueda on Sunday, Mozambican officials said.", "Mueda", "MZ"),
        ("Hundreds of people fled to Mueda after insurgents killed six villagers on Sunday, Mozambican officials "
         "said.", "Mueda", "MZ"),
        # a lower-case facility word after a sizeable town: the facility stands in the town
        ("Fighters shelled the Kismayo airport in Lower Juba on Tuesday, a regional official said.", "Kismayo", "SO"),
    ],
)
def test_town_in_a_slot_no_person_takes(nlp: Language, text: str, town: str, country: str) -> None:
    found = {p.location.name: p.location.country_code for p in find_places(nlp(text))}
    assert found.get(town) == country


def test_the_facilitys_town_is_the_scene_not_its_region() -> None:
    loc = analyze("Fighters shelled the Kismayo airport in Lower Juba on Tuesday, wounding a guard.").incidents[0]
    assert loc.location is not None and loc.location.name == "Kismayo"


@pytest.mark.parametrize(
    "text",
    [
        # "to" after a verb of speaking: a person, whatever town bears the name
        "The minister spoke to Warren about the shooting in Detroit, Michigan, police said.",
    ],
)
def test_a_person_after_to_stays_a_person(nlp: Language, text: str) -> None:
    assert "Warren" not in {p.location.name for p in find_places(nlp(text))}
