"""A body found of a named or described person is one killed; the body of an attacker is none (session 11).
On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_PUBLISHED = "2025-06-18"


@pytest.mark.parametrize("text", [
    "The body of reporter Elena Vargas was found on June 9 in a field outside Ensenada, a day after she was "
    "kidnapped by armed men.",
    "The body of a local councillor was found in a ditch near Ghazni on Monday, a day after he was abducted.",
])
def test_the_body_of_a_named_or_described_person_is_one_killed(text: str) -> None:
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert [i.killed.stated if i.killed else None for i in incidents] == [1]


@pytest.mark.parametrize("text", [
    "Gunmen attacked the house of a teacher near Menaka on Friday. The body of a gunman was found near the house.",
    "Gunmen abducted a trader near Menaka on Friday. The body of one of the kidnappers was found near the village "
    "on Sunday.",
])
def test_the_body_of_an_attacker_is_no_victim(text: str) -> None:
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert [i.killed for i in incidents] == [None]
