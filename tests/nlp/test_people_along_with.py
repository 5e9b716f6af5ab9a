"""People added to a figure by "along with" / "together with" right after it are more of its kind; counted ones,
things and attackers add nothing more (sentences written for these tests)."""

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
        ("A parcel bomb killed Imran Qadir, superintendent of the district jail, along with a prison guard.",
         [("killed", 2)]),
        ("Gunmen shot dead the deputy police chief, along with his driver and bodyguard, when they opened fire on "
         "his car in Minya.", [("killed", 3)]),
        ("The roadside bomb killed five soldiers together with their commander.", [("killed", 6)]),
        # a counted group after "along with" stays its own figure, added once
        ("The district mayor was slain in the ambush, along with his two guards.", [("killed", 1), ("killed", 2)]),
        # things are no casualties
        ("The blast killed two soldiers along with a dog.", [("killed", 2)]),
    ],
)
def test_people_along_with_a_figure_add_to_it(nlp: Language, text: str, victims: list) -> None:
    assert counts(nlp, text)[0] == victims


def test_along_with_no_figure_counts_no_one(nlp: Language) -> None:
    assert counts(nlp, "Police arrested the driver along with two accomplices in Minya.")[0] == []


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # past a semicolon the phrase belongs to another clause and another fate
        ("Gunmen killed three guards at a depot in Zaria on Friday; their supervisor, along with two clerks, "
         "escaped.", [("killed", 3)]),
        # people with a relative clause of their own have their own fate
        ("Gunmen killed a reporter in Jos on Friday, along with two colleagues who escaped unhurt.",
         [("killed", 1)]),
        # ... and a clause that hurts them counts them as hurt
        ("Gunmen shot dead the driver of a truck near Zaria on Friday, along with two traders who were wounded.",
         [("killed", 1), ("injured", 2)]),
        ("The village chief was killed along with three herders who were injured.",
         [("killed", 1), ("injured", 3)]),
    ],
)
def test_along_with_of_another_clause_or_fate_adds_none(nlp: Language, text: str, victims: list) -> None:
    assert counts(nlp, text)[0] == victims
