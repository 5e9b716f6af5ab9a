""""Gunned down" and "mowed down" in the passive tell a killing as "shot dead" does ("A shopkeeper was gunned
down", "Five villagers were gunned down"); sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shopkeeper was gunned down in Uruapan on Friday.", 1),
        ("A police officer was gunned down outside his home on Friday.", 1),
        ("Five villagers were gunned down in their fields on Friday.", 5),
        ("At least seven worshippers were mowed down as they left the mosque.", 7),
    ],
)
def test_gunned_down_counts_the_dead(nlp: Language, text: str, expected: int) -> None:
    assert counts(nlp, text)[0] == [("killed", expected)]


def test_a_plan_torn_down_is_no_death(nlp: Language) -> None:
    assert counts(nlp, "Two proposals were voted down by the council on Friday.") == ([], [])
