"""'said sleeper cells of X, which remain active in the desert, were the main suspects': with a relative clause
between, the parser makes the suspects the speech verb's object; the copula's culprit is still that object."""

from __future__ import annotations

import pytest

from counterclaim import analyze

KIDNAP = "Gunmen abducted a journalist in Deir Ezzor on Wednesday. "


@pytest.mark.parametrize("suspicion", [
    "A security official said sleeper cells of the Islamic State group, which remain active in the desert areas, "
    "were the main suspects, but did not rule out a criminal gang seeking ransom.",
    "A security official said the Islamic State group, which remains active in the desert, was the prime suspect.",
])
def test_the_suspect_past_a_relative_clause_is_accused(suspicion):
    result = analyze(KIDNAP + suspicion, published="2026-10-09")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("Islamic State", "alleged")]
    assert result.claims[0].hedged


def test_an_object_of_said_with_no_culprit_noun_accuses_no_one():
    text = KIDNAP + "A security official said the Islamic State group, which remains active in the desert, was weak."
    assert analyze(text, published="2026-10-09").incidents[0].perpetrators == []
