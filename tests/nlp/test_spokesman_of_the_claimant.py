"""A spokesman whose title names no body speaks for the group that claimed just before, or that "its" or
"their" refers to (DESIGN.md: the affiliation is the group the speaker speaks for): his words are the group's
own claim, not a third party's corroboration. On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"


def _claims(result: AnalysisResult) -> list[tuple[str | None, str | None, bool]]:
    return [(c.source.affiliation, c.subject.actor if c.subject else None, c.is_self) for c in result.claims]


def _perpetrators(result: AnalysisResult) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


@pytest.mark.parametrize("sentence", [
    "JNIM claimed the ambush, with spokesman Abu Yahya saying the group had attacked the patrol.",
    "JNIM claimed the ambush. Its spokesman Abu Yahya said the group had attacked the patrol.",
])
def test_the_claimants_spokesman_speaks_for_the_group(sentence: str) -> None:
    text = f"Gunmen ambushed an army patrol near Timbuktu, Mali, on Sunday, killing six soldiers. {sentence}"
    result = analyze(text, published=_PUBLISHED)
    assert _claims(result) == [("JNIM", "JNIM", True)]
    assert _perpetrators(result) == [("JNIM", "claimed")]


def test_an_army_spokesman_still_speaks_for_the_state() -> None:
    text = ("Gunmen ambushed an army patrol near Timbuktu, Mali, on Sunday, killing six soldiers. JNIM claimed "
            "the ambush. Army spokesman Souleymane Dembele said the group had attacked the patrol.")
    assert ("Mali", "JNIM", False) in _claims(analyze(text, published=_PUBLISHED))
