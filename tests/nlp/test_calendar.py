"""The one list of month and weekday names: every reader's pattern accepts every name in it."""

from __future__ import annotations

import re

from counterclaim.nlp._calendar import MONTH_NUMBERS, MONTH_PATTERN, MONTH_WORDS, MONTHS, WEEKDAY_NUMBERS, WEEKDAYS
from counterclaim.nlp.dates import _MON


def test_every_month_word_is_read_as_a_month_by_every_pattern() -> None:
    for word in MONTH_WORDS:
        for written in (word, word.title(), word.upper(), word.title() + "."):
            assert re.fullmatch(MONTH_PATTERN, written), written
            assert re.fullmatch(_MON, written, re.I), written
    assert [MONTH_NUMBERS[m] for m in MONTHS] == list(range(1, 13))
    assert MONTH_NUMBERS["sept"] == 9


def test_weekday_numbers_are_pythons() -> None:
    assert [WEEKDAY_NUMBERS[d] for d in WEEKDAYS] == list(range(7))
    assert WEEKDAY_NUMBERS["monday"] == 0
