"""Casualty figures the tagger's slips or a date beside them used to spoil, on sentences written for these
tests: a person noun read as an adjective ("his assistant"), "sustained" read as an adjective, a day of a
month before a death word ("abducted on 3 May and killed"), and the forces' "wounded three others" after the
attackers they shot, which counts more attackers."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "The driver and his assistant sustained injuries.",
        "The driver and his assistant sustained injuries when the bus was fired on near the bridge.",
        "A guard and a cleaner suffered gunshot wounds.",
        "A guard and a cleaner were wounded in the blast.",
    ],
)
def test_two_people_named_one_by_one_are_two_hurt(nlp: Language, text: str) -> None:
    assert counts(nlp, text) == ([("injured", 2)], [])


def test_a_person_read_as_an_adjective_still_heads_before_a_noun(nlp: Language) -> None:
    assert counts(nlp, "Two civilian contractors were killed.")[0] == [("killed", 2)]
    assert counts(nlp, "A pregnant woman was killed in the raid.")[0] == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A trader was abducted on 3 May and killed on 9 May in Maiduguri.",
        "A trader was abducted on May 3 and killed on May 9 near Gwoza.",
        "A trader abducted on 12 June was killed a week later.",
        "A trader abducted on Friday, June 12 was killed a week later.",
    ],
)
def test_a_day_of_a_month_is_no_count(nlp: Language, text: str) -> None:
    assert counts(nlp, text)[0] == [("killed", 1)]


@pytest.mark.parametrize("text", [
    "In March 12 people were killed in the town.",
    # a number after a month is a day only where a date stands ("on May 3"), not after "by"
    "By June 12 people had been killed in the town.",
])
def test_a_month_after_in_leaves_the_count(nlp: Language, text: str) -> None:
    assert counts(nlp, text)[0] == [("killed", 12)]


@pytest.mark.parametrize(
    ("text", "perps"),
    [
        ("Police shot dead two gunmen and wounded three others.", [("killed", 2), ("injured", 3)]),
        ("Troops killed four militants and injured two others in the clash.", [("killed", 4), ("injured", 2)]),
    ],
)
def test_others_the_forces_hurt_after_attackers_are_attackers(nlp: Language, text: str,
                                                              perps: list[tuple[str, int]]) -> None:
    assert counts(nlp, text) == ([], perps)


def test_others_after_victims_stay_victims(nlp: Language) -> None:
    assert counts(nlp, "Gunmen killed two soldiers and wounded three others.")[0] == [("killed", 2), ("injured", 3)]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("In Kismayo, six U.S. soldiers were hurt as a mine tore through their truck.", [("injured", 6)]),
        ("Gunmen killed two U.N. staff members near Goma on Monday.", [("killed", 2)]),
    ],
)
def test_a_dotted_abbreviation_keeps_the_counted_noun(nlp: Language, text: str, victims: list) -> None:
    # "U.S." is no plain word for the tagger (its dots), yet it only qualifies the people counted
    assert counts(nlp, text)[0] == victims
