"""Live-blog entries with clock times, read in order of time."""

from __future__ import annotations

from counterclaim.ingest.liveblog import in_time_order, opens_entry
from counterclaim.ingest.text import headline

NEWEST_FIRST = ("21:45 - Hospital officials now say 31 people died.\n\n19:10 - The toll has climbed to 22.\n\n"
                "18:05 - A loud explosion was heard near the bus terminal.\n")


def test_a_line_that_opens_with_a_clock_time_opens_an_entry() -> None:
    assert opens_entry("18:40 - Police now say 26 people died.")
    assert opens_entry("6.15pm GMT \u2014 The toll has risen.")
    assert not opens_entry("Police say 26 people died at 18:40 on Tuesday.")
    assert not opens_entry("2024 - a year of attacks")


def test_an_entry_is_no_headline() -> None:
    assert headline(NEWEST_FIRST) is None


def test_newest_first_entries_are_read_oldest_first() -> None:
    key = in_time_order(NEWEST_FIRST)
    offsets = [NEWEST_FIRST.index(w) for w in ("31", "22", "explosion")]
    assert sorted(offsets, key=key) == offsets[::-1]


def test_entries_in_time_order_keep_reading_order() -> None:
    text = "18:05 - A loud explosion.\n\n19:10 - The toll is 22.\n\n21:45 - The toll is 31.\n"
    key = in_time_order(text)
    offsets = [text.index(w) for w in ("explosion", "22", "31")]
    assert sorted(offsets, key=key) == offsets


def test_a_newest_first_blog_that_crosses_midnight_is_read_oldest_first() -> None:
    text = ("00:20 - Officials now say 27 people died.\n\n23:50 - The toll has climbed to 18.\n\n"
            "22:30 - Gunfire was reported near the stadium.\n")
    key = in_time_order(text)
    offsets = [text.index(w) for w in ("27", "18", "Gunfire")]
    assert sorted(offsets, key=key) == offsets[::-1]


def test_entries_in_time_order_across_midnight_keep_reading_order() -> None:
    text = "23:45 - A blast shook the market.\n\n00:30 - The toll is 14.\n"
    key = in_time_order(text)
    offsets = [text.index(w) for w in ("blast", "14")]
    assert sorted(offsets, key=key) == offsets
