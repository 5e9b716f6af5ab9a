"""A month told with the year counted from publication ("in May last year", "on June 5 last year") is that
month of that year, not the latest May before publication and a bare "last year" beside it (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("when", "value", "precision"),
    [
        ("in May last year", "2023-05-01", "month"),
        ("on June 5 last year", "2023-06-05", "day"),
        ("in May of last year", "2023-05-01", "month"),
        # the day first, as British and wire copy write it
        ("on 5 June last year", "2023-06-05", "day"),
        ("on 3 May last year", "2023-05-03", "day"),
        ("on the 3rd of May last year", "2023-05-03", "day"),
        # two days: the month of last year, no single day
        ("on May 3 and 4 last year", "2023-05-01", "month"),
        # two months: the first, as a month of last year
        ("in late May or early June last year", "2023-05-01", "month"),
    ],
)
def test_a_month_of_last_year(when: str, value: str, precision: str) -> None:
    text = f"Gunmen killed four people in Imphal {when}, police said."
    date = analyze(text, published="2024-06-08").incidents[0].date
    assert (date.value.isoformat() if date.value else None, date.precision) == (value, precision)


@pytest.mark.parametrize(
    ("when", "value", "precision"),
    [
        ("in May", "2024-05-01", "month"),
        ("on 5 June", "2024-06-05", "day"),
        ("last year", "2023-01-01", "year"),
        ("in July", "2023-07-01", "month"),
    ],
)
def test_a_month_or_a_year_alone_is_unchanged(when: str, value: str, precision: str) -> None:
    # near misses: no year counted beside the month, or no month beside the year
    text = f"Gunmen killed four people in Imphal {when}, police said."
    date = analyze(text, published="2024-06-08").incidents[0].date
    assert (date.value.isoformat() if date.value else None, date.precision) == (value, precision)
