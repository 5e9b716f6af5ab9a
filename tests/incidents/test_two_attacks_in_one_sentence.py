"""Two attacks told in one sentence, each clause with its own subject and day (", and on Monday they struck ...",
", then on Wednesday they shot ..."), are two incidents, even when the parser hangs the second clause on the
first clause's verb past a participle ("..., killing four people, and on Monday they ...")."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "places", "killed"),
    [
        ("Jihadists attacked a hamlet near Djibo on Saturday, killing four herders, and on Monday they struck a "
         "gendarmerie post in Dori, killing two gendarmes.", ["Djibo", "Dori"], [4, 2]),
        ("Bandits shot dead three farmers in Gusau on Monday, then on Wednesday they shot dead two traders in Tsafe.",
         ["Gusau", "Tsafe"], [3, 2]),
    ],
)
def test_each_clause_with_its_own_day_is_an_incident(text, places, killed):
    incidents = analyze(text, published="2026-12-02").incidents
    assert [i.location.name for i in incidents if i.location] == places
    assert [i.killed.min if i.killed else None for i in incidents] == killed


def test_one_attack_told_with_two_verbs_stays_one():
    text = "Gunmen stormed a village near Djibo on Saturday, killing four herders, and then they torched the market."
    assert len(analyze(text, published="2026-12-02").incidents) == 1
