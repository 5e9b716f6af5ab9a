"""Two named victims count two even when NER reads the second name as a place ("Hamid Noori and Karim Sadat were
killed"); a listed place coordinated with a name stays no person. Sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_a_second_name_read_as_a_place_is_a_second_victim(nlp: Language) -> None:
    victims, _ = counts(nlp, "Hamid Noori and Karim Sadat were killed when the bomb went off.")
    assert victims == [("killed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Abdul Wahid and Gul Agha were killed in the attack.",
        "Police said Zabihullah Ahmadi and Mohammad Yasin were killed.",
    ],
)
def test_names_read_as_people_still_count_one_each(nlp: Language, text: str) -> None:
    victims, _ = counts(nlp, text)
    assert victims == [("killed", 2)]
