"""A day after "since / until / from" is a date, not a count, and the perfect since that day is a tally, on
texts written for these tests; "In March 12 people died" keeps its count."""

from __future__ import annotations

from counterclaim import analyze
from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import find_casualties


def test_the_day_after_since_or_until_is_no_count() -> None:
    for text in ("Rebels held the town until March 12 people were killed in an air strike.",
                 "Since May 3 soldiers have been killed in the area."):
        assert find_casualties(parse(text)) == []


def test_a_month_alone_keeps_the_count() -> None:
    assert [c.casualties.stated for c in find_casualties(parse("In March 12 people died in a raid."))] == [12]


def test_the_tally_since_a_day_opens_no_incident() -> None:
    text = "Gunmen attacked a market in Gao on Monday, killing two traders. Since May 3 soldiers have been " \
           "killed in the area."
    result = analyze(text, published="2026-05-20")
    assert len(result.incidents) == 1
    assert result.incidents[0].killed.stated == 2


def test_toll_styles_of_translated_reports_count() -> None:
    for text in ("A car bomb exploded in Mogadishu. The attack left five dead and a dozen injured.",
                 "A bomb exploded in a market in Peshawar. The balance is of five dead and twelve wounded."):
        inc = analyze(text).incidents[0]
        assert (inc.killed.stated, inc.injured.stated) == (5, 12)


def test_a_captive_held_since_a_day_keeps_the_incident() -> None:
    """A relative clause "held since <day>" tells how long a captive was held, not a tally since that day."""
    text = ("Aid worker Peter Lund, who had been held since August 4, has been killed by his kidnappers in Mali, "
            "his charity said.")
    assert len(analyze(text, published="2026-09-20").incidents) == 1
