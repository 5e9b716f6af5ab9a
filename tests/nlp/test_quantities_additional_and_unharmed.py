"""Figures opened by "an additional" / "a further" count ("injured at least an additional 40"), and a named person
the text says was not hurt is no casualty ("Khan was not injured"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The explosion at the depot killed nine workers and injured at least an additional 60.",
         [("killed", 9), ("injured", 60)]),
        ("The blast killed 12 people and injured a further 30 people.", [("killed", 12), ("injured", 30)]),
        ("Four guards died; an additional 11 were wounded.", [("killed", 4), ("injured", 11)]),
    ],
)
def test_an_additional_or_further_number_is_a_figure(nlp: Language, text: str, victims: list) -> None:
    assert counts(nlp, text)[0] == victims


def test_a_further_number_of_no_casualty_is_none(nlp: Language) -> None:
    assert counts(nlp, "Police sent a further 200 officers to the town after the riot.")[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired at Rashid Malik in Multan. Malik was not injured in the attack.",
        "Gunmen fired at Rashid Malik in Multan. Malik, a local councillor, was not hurt.",
    ],
)
def test_a_named_person_not_harmed_is_no_casualty(nlp: Language, text: str) -> None:
    assert counts(nlp, text)[0] == []


def test_a_named_person_harmed_still_counts(nlp: Language) -> None:
    assert counts(nlp, "Gunmen fired at Rashid Malik in Multan. Malik was injured in the attack.")[0] == [
        ("injured", 1)]
