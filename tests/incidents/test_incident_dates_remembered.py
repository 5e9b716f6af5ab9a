"""An attack remembered at a memorial: a full date inside the name of what is remembered ("the anniversary of the
June 4, 2012 bombings", "since the attack on the mall on May 2, 2011") is the attack's date, while the day the
memorial was held stays the memorial's (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Belgium on Friday marked the anniversary of the March 14, 2012 attacks in Liege, when suicide bombers "
         "killed 23 people.", "2012-03-14"),
        ("Kenya on Monday marked the anniversary of the September 8, 2010 attack in Eldoret, when gunmen killed "
         "41 people.", "2010-09-08"),
        ("Relatives gathered in Kano on Friday to mark five years since the bombing at the central market on "
         "November 2, 2019, in which 58 people died.", "2019-11-02"),
    ],
)
def test_the_remembered_attack_keeps_its_date(text: str, date: str) -> None:
    incidents = analyze(text, published="2026-06-06").incidents
    assert [str(i.date.value) for i in incidents] == [date]


def test_the_memorial_day_alone_still_dates_nothing() -> None:
    text = "Relatives gathered in Kano on Thursday to mark the anniversary of the bus park bombing that killed 31."
    incidents = analyze(text, published="2026-06-06").incidents
    assert all(str(i.date.value) != "2026-06-04" for i in incidents)


def test_a_weekday_on_the_remembered_attack_stays_the_memorials() -> None:
    text = ("Relatives laid wreaths to mark the anniversary of the market bombing on Thursday, which killed 31 people "
            "in 2019.")
    incidents = analyze(text, published="2026-06-06").incidents
    assert [str(i.date.value) for i in incidents] == ["2019-01-01"]
