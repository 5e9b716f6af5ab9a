"""Dates resolved against the publication date, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from counterclaim.nlp.dates import find_dates
from counterclaim.nlp.pipeline import load_pipeline

PUB = dt.date(2024, 3, 8)  # a Friday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _dates(nlp: Language, text: str, published: dt.date | None = PUB) -> list[tuple[str, str, str, str]]:
    out = []
    for d in find_dates(nlp(text), published):
        ev = d.date.evidence
        assert ev is not None and text[ev.start : ev.end] == ev.text
        out.append((str(d.date.value), d.date.precision, d.date.basis, ev.text))
    return out


@pytest.mark.parametrize(
    ("text", "value", "precision", "basis"),
    [
        ("The bombing took place on March 22, 2023, near the market.", "2023-03-22", "day", "explicit"),
        ("The convoy was ambushed on 22 February 2024.", "2024-02-22", "day", "explicit"),
        ("The convoy was ambushed on 2 March.", "2024-03-02", "day", "explicit"),
        ("Gunmen attacked the village on Tuesday.", "2024-03-05", "day", "relative"),
        ("Gunmen attacked the village on Friday.", "2024-03-08", "day", "relative"),
        ("The blast happened yesterday.", "2024-03-07", "day", "relative"),
        ("Police said the attack took place last week.", "2024-02-26", "week", "relative"),
        ("Militants raided the post in January.", "2024-01-01", "month", "relative"),
        ("Rebels took the town in May 2016.", "2016-05-01", "month", "explicit"),
        ("The group killed 67 people in 2013.", "2013-01-01", "year", "explicit"),
    ],
)
def test_single_dates(nlp: Language, text: str, value: str, precision: str, basis: str) -> None:
    dates = _dates(nlp, text)
    assert [d[:3] for d in dates] == [(value, precision, basis)]


def test_date_without_year_not_after_publication(nlp: Language) -> None:
    # 20 December would be after the publication date in 2024, so it is the previous December.
    assert _dates(nlp, "The attack on 20 December killed four.")[0][0] == "2023-12-20"


def test_weekday_without_publication_gives_nothing(nlp: Language) -> None:
    assert _dates(nlp, "Gunmen attacked the village on Tuesday.", published=None) == []


def test_no_date_after_publication(nlp: Language) -> None:
    assert _dates(nlp, "Elections are planned for June 2, 2025.") == []


def test_publication_date_is_not_a_default(nlp: Language) -> None:
    assert _dates(nlp, "A bomb exploded near the stadium, killing nine.") == []


def test_wire_dateline_and_slash_dates(nlp: Language) -> None:
    assert _dates(nlp, "SAN SALVADOR, 4 FEB 90 (RADIO) -- A BOMB EXPLODED.", published=None)[0][:2] == (
        "1990-02-04", "day"
    )
    assert _dates(nlp, "06/14/2021: Assailants attacked a checkpoint.", published=None)[0][:2] == ("2021-06-14", "day")


def test_modal_may_is_not_a_month(nlp: Language) -> None:
    assert _dates(nlp, "Officials said the toll may rise in the coming days.") == []


def test_year_alone_needs_an_incident(nlp: Language) -> None:
    assert _dates(nlp, "The company was founded in 1998.") == []


def test_days_ago_and_day_before_yesterday(nlp: Language) -> None:
    assert _dates(nlp, "REBELS BURNED A COFFEE FARM 2 DAYS AGO.")[0][:3] == ("2024-03-06", "day", "relative")
    assert _dates(nlp, "The ambush happened the day before yesterday.")[0][:2] == ("2024-03-06", "day")


@pytest.mark.parametrize(
    ("second", "value", "evidence"),
    [
        ("A day earlier, gunmen killed three farmers in a nearby village.", "2024-03-01", "A day earlier"),
        ("The day before, a roadside bomb wounded five soldiers.", "2024-03-01", "The day before"),
        ("Three days later, bandits abducted a pastor on the same road.", "2024-03-05", "Three days later"),
        ("The next day, a second bomb went off outside a church.", "2024-03-03", "The next day"),
    ],
)
def test_a_date_relative_to_the_event_date_resolves_against_it(nlp: Language, second, value, evidence) -> None:
    text = "Gunmen stormed a police station on March 2, killing four officers. " + second
    assert _dates(nlp, text)[-1][0::3] == (value, evidence)
    # without a publication date, an anchor with its year still resolves
    text = text.replace("March 2", "March 2, 2024")
    assert _dates(nlp, text, published=None)[-1][0::3] == (value, evidence)


def test_a_date_relative_to_an_event_date_needs_one(nlp: Language) -> None:
    assert _dates(nlp, "A day earlier, gunmen had killed three farmers in a nearby village.") == []
    # the anchor is an event the text does not date
    assert _dates(nlp, "Two days before the vote, gunmen killed a candidate.") == []
    # never after publication: Friday the 8th plus two days
    assert [d[3] for d in _dates(nlp, "A bomb exploded on Friday. Two days later, police arrested a man.")] == [
        "on Friday"
    ]


@pytest.mark.parametrize(
    ("text", "value", "evidence"),
    [
        ("The raid came a day after a car bomb on March 4 killed two guards.", "2024-03-05", "a day after"),
        ("It happened two days after the March 1 ambush near Mopti.", "2024-03-03", "two days after"),
        ("The shelling began the day after a drone attack on Tuesday wounded a nurse.", "2024-03-06", "the day after"),
    ],
)
def test_days_after_a_dated_event_date_this_one_from_it(nlp: Language, text, value, evidence) -> None:
    found = _dates(nlp, text)
    assert found[0][0::3] == (value, evidence)
    assert len(found) == 2  # the other event keeps its own date


def test_days_after_an_undated_event_give_nothing(nlp: Language) -> None:
    assert _dates(nlp, "The raid came a day after a car bomb killed two guards.") == []
    # beyond a comma the date is no longer the other event's
    assert [d[3] for d in _dates(nlp, "It came a day after a car bomb in Gao, on March 4.")] == ["March 4"]


def test_a_death_days_after_the_attack_keeps_the_attack_date(nlp: Language) -> None:
    found = _dates(nlp, "The guard succumbed to his wounds a day after a gunman shot him on March 4.")
    assert [d[0] for d in found] == ["2024-03-04"]


@pytest.mark.parametrize(
    ("text", "value", "evidence"),
    [
        ("The raid revived memories of the 2016 abduction of 40 traders by bandits.", "2016-01-01", "2016"),
        ("He was jailed for a 1996 bombing in the capital.", "1996-01-01", "1996"),
    ],
)
def test_a_year_before_an_attack_noun_dates_it(nlp: Language, text, value, evidence) -> None:
    assert [(d[0], d[1], d[3]) for d in _dates(nlp, text)] == [(value, "year", evidence)]


def test_a_year_before_another_noun_gives_nothing(nlp: Language) -> None:
    assert _dates(nlp, "The 2016 census counted 40 villages.") == []


def test_minutes_or_half_an_hour_later_is_the_same_day(nlp: Language) -> None:
    text = ("A bomb exploded at a bus stop on Tuesday. Half an hour later, a second bomb went off. Minutes later, "
            "police sealed the road.")
    assert [d[0::3] for d in _dates(nlp, text)][1:] == [("2024-03-05", "Half an hour later"),
                                                         ("2024-03-05", "Minutes later")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Relatives gathered in the town on Thursday to mark the 35th anniversary of the bombing.", "1989-01-01"),
        ("Friday marks the tenth anniversary of the hotel siege in the capital.", "2014-01-01"),
        ("A vigil was held for the 20-year anniversary of the school massacre.", "2004-01-01"),
    ],
)
def test_the_nth_anniversary_of_an_attack_gives_its_year(nlp, text, value):
    found = [d for d in _dates(nlp, text) if "anniversary" in d[3]]
    assert found == [(value, "year", "relative", found[0][3])]


@pytest.mark.parametrize(
    "text",
    [
        "The country celebrated the 75th anniversary of its independence on Monday.",
        "The gunmen struck on the fifth anniversary of the bombing.",
    ],
)
def test_an_anniversary_of_no_attack_or_the_day_of_another_event_gives_no_year(nlp, text):
    assert not [d for d in _dates(nlp, text) if "anniversary" in d[3]]


def test_an_anniversary_needs_the_publication_date(nlp):
    assert not _dates(nlp, "Relatives marked the 35th anniversary of the bombing.", published=None)


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("The base has been shelled often since 2016. In May that year, a rocket hit its mess hall.", "2016-05-01",
     "month"),
    ("A truck bomb hit the ministry in April 2017. In October that year, a second truck bomb hit the same street.",
     "2017-10-01", "month"),
    ("The rebels took the town in 2015. The following year, they bombed its bridge.", "2016-01-01", "year"),
    ("The rebels took the town in 2015. On August 9 the same year, they bombed its bridge.", "2015-08-09", "day"),
])
def test_that_year_is_the_year_last_named(nlp: Language, text, value, precision) -> None:
    last = _dates(nlp, text)[-1]
    assert (last[0], last[1]) == (value, precision)


def test_a_day_without_a_year_in_a_dated_narrative_takes_the_narratives_year(nlp: Language) -> None:
    text = ("On the evening of March 4, 1985, gunmen seized a ferry off Crete. Five days later, on March 9, "
            "marines boarded the ship.")
    assert [d[0] for d in _dates(nlp, text) if d[3] == "March 9"] == ["1985-03-09"]


def test_a_day_without_a_year_long_after_the_dated_one_keeps_the_publication_year(nlp: Language) -> None:
    text = "The group first struck the town on March 4, 2019. On February 12, gunmen attacked its market."
    assert [d[0] for d in _dates(nlp, text)] == ["2019-03-04", "2024-02-12"]


def test_a_day_that_follows_on_keeps_the_narratives_year_a_paragraph_later(nlp: Language) -> None:
    filler = "The gunmen demanded the release of prisoners held in their home country and threatened the staff. " * 5
    text = (f"On the morning of April 30, 1980, six gunmen seized an embassy on a quiet street. {filler}"
            "Five days later, on May 5, soldiers stormed the building.")
    assert [d[0] for d in _dates(nlp, text) if d[3] == "May 5"] == ["1980-05-05"]
    unlinked = text.replace("Five days later, on May 5", "On May 5")
    assert [d[0] for d in _dates(nlp, unlinked) if d[3] == "May 5"] == ["2023-05-05"]
