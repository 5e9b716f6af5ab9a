"""People counted as the object of another verb, with what befell them in a relative clause ("to bury six traders
who were shot dead", "demanded justice for the three soldiers who were killed"), are that many casualties
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.nlp.casualty_counts import stated_by_kind


@pytest.mark.parametrize(("text", "expected"), [
    ("Mourners gathered in Kano on Sunday to bury six traders who were shot dead by gunmen on Saturday.",
     {"killed": 6}),
    ("Relatives demanded justice for the three soldiers who were killed in an ambush near Kidal.", {"killed": 3}),
    ("The army named the five soldiers who were killed when militants attacked their base.", {"killed": 5}),
    ("Hundreds marched in Jos to protest the killing of 12 villagers who were shot dead by gunmen.", {"killed": 12}),
    ("Doctors treated four children who were wounded when the shell hit the school.", {"injured": 4}),
])
def test_the_relative_clause_tells_the_casualties(text: str, expected: dict[str, int]) -> None:
    assert stated_by_kind(text) == expected


@pytest.mark.parametrize("text", [
    "Police arrested two men who were seen near the market before the attack.",
    "The group freed three hostages who had been held for a month.",
])
def test_a_relative_clause_of_no_harm_counts_no_one(text: str) -> None:
    assert stated_by_kind(text) == {}
