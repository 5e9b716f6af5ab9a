"""A toll update in a datelined lead: the parser may hang the dateline on the lead's verb as a second subject,
which must not hide that "the death toll" is what rose (sentences written for these tests)."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("KARACHI (Wire) - The death toll from a bombing at a bus depot in Karachi rose to 27 on Friday, officials "
         "said. Wednesday's blast had initially killed 18 people.", 27),
        ("PESHAWAR, Pakistan (Wire) - The death toll from a blast at a police compound in Peshawar has risen to 22, "
         "police said.", 22),
    ],
)
def test_datelined_toll_update_is_read(nlp: Language, text: str, figure: int) -> None:
    killed, _ = counts(nlp, text)
    assert ("killed", figure) in killed


def test_undated_lead_still_reads_its_toll(nlp: Language) -> None:
    killed, _ = counts(nlp, "The death toll from a bombing at a bus depot in Karachi rose to 27 on Friday.")
    assert ("killed", 27) in killed
