"""An act on one place or vehicle named in the singular ("attacked a military post late last month, killing three
soldiers") is one attack, dated by its period, not a running tally of the period; tallies of many acts stay none
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

PUB = "2026-06-24"


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attacked a military post late last month, killing three soldiers.", 3),
    ("Gunmen stormed a village in Zamfara last month and killed 12 people, police said on Tuesday.", 12),
    ("Militants ambushed a convoy near Gao last year, killing seven soldiers, the army said.", 7),
])
def test_one_target_struck_in_a_period_is_an_incident(text: str, killed: int) -> None:
    incidents = analyze(text, published=PUB).incidents
    assert [i.killed.stated if i.killed else None for i in incidents] == [killed]
    assert incidents[0].date.value is not None


@pytest.mark.parametrize("text", [
    "Bandits killed more than 300 people in Zamfara last year, according to a tally by the police.",
    "Bandits have repeatedly attacked the village over the past year, killing more than 40 people.",
    "At least 120 civilians were killed in attacks on villages in Zamfara last month, a rights group said.",
    "Militants attacked the town twice this year, killing 25 people, officials in Gao said on Sunday.",
    "Bandits raided the village several times last year, killing 40 people.",
    "Bandits have raided the village this year, killing 40 people, a local leader said.",
])
def test_a_tally_of_the_period_is_no_incident(text: str) -> None:
    assert analyze(text, published=PUB).incidents == []
