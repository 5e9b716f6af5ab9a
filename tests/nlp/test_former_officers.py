"""A retired or former officer speaks for himself, not for the state he once served: his guess on television is
his own word, whatever the title before or after his name."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "BOGOTA, April 2 (Wire) - A car bomb exploded outside a police station in Cali, Colombia, on Tuesday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _sources(nlp: Language, text: str) -> set[str | None]:
    return {b[0] for b in blames(nlp, text)}


@pytest.mark.parametrize("sentence", [
    "Retired army general Rodrigo Paez said on a talk show that the ELN was behind the bombing.",
    "The ELN was behind the bombing, retired army general Rodrigo Paez said.",
    "Rodrigo Paez, a retired army general, said the ELN was behind the bombing.",
    "Former police chief Rodrigo Paez said the ELN was behind the bombing.",
])
def test_a_named_former_officer_speaks_for_himself(nlp: Language, sentence: str) -> None:
    assert _sources(nlp, _LEDE + sentence) == {"Rodrigo Paez"}


@pytest.mark.parametrize("sentence", [
    "A retired police colonel told a radio station that the ELN was behind the bombing.",
    "A former army commander said the ELN was behind the bombing.",
])
def test_an_unnamed_former_officer_speaks_for_no_state(nlp: Language, sentence: str) -> None:
    assert "Colombia" not in _sources(nlp, _LEDE + sentence)
    assert _sources(nlp, _LEDE + sentence)


@pytest.mark.parametrize("sentence", [
    "Army commander General Rodrigo Paez said the ELN was behind the bombing.",
    "A police colonel told a radio station that the ELN was behind the bombing.",
])
def test_serving_officers_still_speak_for_the_state(nlp: Language, sentence: str) -> None:
    assert _sources(nlp, _LEDE + sentence) == {"Colombia"}


@pytest.mark.parametrize("sentence", [
    # "former" on another title of the apposition, or on a place, leaves the current office standing
    "Rodrigo Paez, the city's police chief and a former army officer, said the ELN was behind the bombing.",
    "Rodrigo Paez, the current defence minister and former army chief, said the ELN was behind the bombing.",
    "Rodrigo Paez, the police commander of the former rebel stronghold, said the ELN was behind the bombing.",
    # "former" on a body, not a person's office; "late" marks no office given up
    "Officials of the former government blamed the ELN for the bombing.",
])
def test_former_elsewhere_in_the_phrase_leaves_the_state(nlp: Language, sentence: str) -> None:
    assert _sources(nlp, _LEDE + sentence) == {"Colombia"}


def test_a_late_statement_is_no_former_officer(nlp: Language) -> None:
    sources = _sources(nlp, _LEDE + "A late statement from the army blamed the ELN for the bombing.")
    assert not any(s and "statement" in s for s in sources)


def test_a_named_officers_former_title_is_no_second_person() -> None:
    result = analyze(_LEDE + "Rodrigo Paez, a retired army general, said the ELN was behind the bombing.",
                     published="2025-04-02")
    assert [a.actor for a in result.actors if a.type == "person"] == ["Rodrigo Paez"]
