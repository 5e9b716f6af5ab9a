"""A date that heads a summary ("09/12/1993: The group claimed ...") dates the act told after it, even when the
sentence is a claim: it is no statement's day (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "04/05/1994: The IRA said it was behind two mortar rounds launched at a police barracks in Armagh, which "
        "wounded a constable.",
        "04/05/1994: The IRA claimed it had launched two mortar rounds at a police barracks in Armagh, wounding a "
        "constable.",
        # the typewriter's em dash of wire copy and plain-text archives heads as a dash does
        "04/05/1994 -- The IRA said it was behind two mortar rounds launched at a police barracks in Armagh, which "
        "wounded a constable.",
    ],
)
def test_a_heading_date_dates_a_claimed_attack(text: str) -> None:
    (incident,) = analyze(text).incidents
    assert str(incident.date.value) == "1994-04-05"


def test_a_claim_on_its_own_day_still_dates_the_statement() -> None:
    text = ("Gunmen attacked a police station in Armagh on Saturday, wounding a constable. On Monday, the group "
            "claimed responsibility.")
    (incident,) = analyze(text, published="2026-01-06").incidents
    assert str(incident.date.value) == "2026-01-03"


@pytest.mark.parametrize(
    "text",
    [
        # a date with its preposition, or one a second dash shows is set off with an aside, is the statement's day
        "A car bomb killed six soldiers at a checkpoint in Mogadishu on Saturday.\nOn Monday – two days after the "
        "blast – al-Shabaab said its fighters had carried out the attack.",
        "A car bomb killed six soldiers at a checkpoint in Mogadishu on Saturday.\nMonday - as the city mourned - "
        "al-Shabaab said its fighters had carried out the attack.",
        "A car bomb killed six soldiers at a checkpoint in Mogadishu on Saturday.\nMonday -- as the city mourned -- "
        "al-Shabaab said its fighters had carried out the attack.",
    ],
)
def test_a_date_before_an_aside_in_dashes_is_no_heading(text: str) -> None:
    (incident,) = analyze(text, published="2026-01-06").incidents
    assert str(incident.date.value) == "2026-01-03"


@pytest.mark.parametrize("dash", ["-", "--"])
def test_a_day_before_an_aside_in_dashes_does_not_date_an_undated_attack(dash: str) -> None:
    text = (f"Gunmen attacked a police station in Armagh, wounding a constable.\nMonday {dash} as the town mourned "
            f"{dash} the IRA said it had carried out the attack.")
    (incident,) = analyze(text, published="2026-01-06").incidents
    assert incident.date is None or str(incident.date.value) != "2026-01-05"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3/9/1976: Two men left a bag of dynamite in a county records office in Duluth, Minnesota. The blast that "
         "followed broke every window.", dt.date(1976, 3, 9)),
        ("02/11/2019: Two men cornered a cook behind a diner in Omaha, Nebraska. The cook was hurt in the "
         "assault.", dt.date(2019, 2, 11)),
    ],
)
def test_a_heading_date_dates_the_incident_told_later_in_its_paragraph(text: str, day: dt.date) -> None:
    # session 20: the heading's own sentence tells no act the triggers read; the incident opens a sentence later
    (incident,) = analyze(text).incidents
    assert incident.date.value == day


def test_an_incident_dated_by_its_own_words_keeps_its_day() -> None:
    # near miss: the heading gives way to the day the incident's own sentence tells
    text = ("3/9/1976: Two men left a bag of dynamite in a county records office in Duluth, Minnesota. On March 7, "
            "1976 the blast that followed broke every window.")
    (incident,) = analyze(text).incidents
    assert incident.date.value == dt.date(1976, 3, 7)


@pytest.mark.parametrize(
    "text",
    [
        "12 March - The ministry said it would review security at the airport. Two years ago a bomb killed 40 people "
        "there.",
        "3/9/1976: Police in Duluth said they had arrested two men. A bomb had damaged the county records office the "
        "previous spring.",
        "3/9/1976: Police in Duluth said they had arrested two men. A bomb had damaged the county records office.",
    ],
)
def test_a_heading_date_does_not_date_an_incident_timed_by_its_own_words_or_told_as_background(text: str) -> None:
    # the incident's sentence tells a time of its own (resolved or not) or is pluperfect background
    incidents = analyze(text, published="2026-03-18").incidents
    assert all(i.date is None or i.date.value not in {dt.date(2026, 3, 12), dt.date(1976, 3, 9)} for i in incidents)
