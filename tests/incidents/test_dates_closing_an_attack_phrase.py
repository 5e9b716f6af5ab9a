"""A date the parse hangs on a report or a blame dates the attack when it closes the attack's own phrase (an
attack noun with its target or place), a comma before the date included: a situation report's "partners
reported the abduction of two health workers near Sebba, Yagha province, on 12 June" (sentences written for
these tests)."""

from __future__ import annotations

from counterclaim import analyze


def test_a_date_after_a_place_chain_closes_the_act_s_phrase() -> None:
    text = (
        "In the Sahel region, partners reported the abduction of two health workers near Sebba, Yagha province, "
        "on 12 June."
    )
    date = analyze(text, published="2024-06-14").incidents[0].date
    assert (date.value.isoformat() if date.value else None, date.precision) == ("2024-06-12", "day")


def test_the_report_s_own_day_still_dates_the_report() -> None:
    # near miss: the day is told on the report verb, before the act's phrase
    text = "In the Sahel region, partners on 13 June reported the abduction of two health workers near Sebba."
    assert analyze(text, published="2024-06-14").incidents[0].date.value is None


def test_a_comma_after_no_place_chain_closes_no_act_s_phrase() -> None:
    # near miss: the comma follows the target, no place chain; the day is the governor's, the attack last week's
    text = (
        "Gunmen attacked a market in Kano last week, killing 12 people. The governor blamed the group for the "
        "attack on the traders, on Friday."
    )
    date = analyze(text, published="2024-06-14").incidents[0].date
    assert (date.value.isoformat() if date.value else None, date.precision) == ("2024-06-03", "week")
