"""A hundred or a thousand written with the article ("more than a hundred people", "nearly a thousand") is that
number, and "a hundred and twenty" / "two hundred and fifty" one number, not its last word (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tests.nlp.casualty_counts import stated_by_kind


@pytest.mark.parametrize(("text", "expected"), [
    ("A car bomb in Mogadishu killed more than a hundred people on Monday.", {"killed": 100}),
    ("About a hundred people were killed when a car bomb exploded in Mogadishu on Monday.", {"killed": 100}),
    ("Nearly a thousand people were wounded in the blasts in Beirut on Tuesday.", {"injured": 1000}),
    ("A hundred and twenty people were killed in the attack on the village.", {"killed": 120}),
    ("Two hundred and fifty people were killed in the attack on the village.", {"killed": 250}),
    ("Gunmen killed a hundred and wounded fifty in the attack on the village.", {"killed": 100, "injured": 50}),
    ("The blast shattered windows a hundred metres away, killing four people.", {"killed": 4}),
    # a scale in a compound adjective: "a" counts the one person it describes
    ("A hundred-year-old woman was killed when gunmen raided Tsafe village on Sunday.", {"killed": 1}),
])
def test_hundreds_with_an_article(text: str, expected: dict[str, int]) -> None:
    assert stated_by_kind(text) == expected
