"""Month and weekday names: the one list the date reader resolves and the other readers step around.

The date reader turns "March 3" into a date; the place reader must not take "March" or "Sunday" for a town,
the dateline reader reads "QUITO, Mar 10 -" as a dateline, segmentation compares the months and weekdays of two
passages, and the casualty reader knows that "since March" bounds a tally. One list keeps them agreeing on
what names a month ("Sept." included).
"""

from __future__ import annotations

MONTH_NUMBERS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
"""Full month names, in order."""
MONTH_WORDS = frozenset(MONTH_NUMBERS)
"""Full month names and their abbreviations ("jan", "sept")."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Weekday names, Monday first."""
WEEKDAY_NUMBERS = {day: i for i, day in enumerate(WEEKDAYS)}
"""Python's weekday numbers (Monday 0)."""
DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon"})
"""The parts of a day a date phrase names ("on Friday night"): the date reader's and the merger's."""
MONTH_PATTERN = r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?"
"""A month written out or abbreviated, in any case ("March", "Sept.", "MAR")."""
