"""A retired or former officer speaks for himself, not for the state he once served: his guess on television is
his own word, whatever the title before or after his name."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

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
