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
