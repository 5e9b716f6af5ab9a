"""Unnamed private people who speak for themselves, as community figures do (docs/conventions.md): a victim's
kin ("his brother accused X"), the people of a place ("residents blamed X") and witnesses or survivors. On texts
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"


def _claims(result: AnalysisResult) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.source.affiliation, c.subject.actor if c.subject else None) for c in result.claims]


def _perpetrators(result: AnalysisResult) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("His brother accused JNIM of the killing.", "victim's brother"),
    ("Residents blamed JNIM for the killing.", "residents"),
    ("The shopkeeper's widow said JNIM fighters had killed him.", "victim's widow"),
    ("A witness said JNIM fighters had killed him.", "witnesses"),
    ("Survivors blamed JNIM for the killing.", "survivors"),
])
def test_kin_and_residents_accuse_for_themselves(sentence: str, speaker: str) -> None:
    text = f"A shopkeeper was shot dead near Mopti, Mali, on Tuesday. {sentence}"
    result = analyze(text, published=_PUBLISHED)
    assert _claims(result) == [("responsibility", speaker, "JNIM")]
    assert _perpetrators(result) == [("JNIM", "alleged")]


def test_villagers_accuse_an_army() -> None:
    text = "A herder was shot dead near Bama, Nigeria, on Tuesday. Villagers accused the Nigerian army of killing him."
    assert _claims(analyze(text, published=_PUBLISHED)) == [("responsibility", "villagers", "Nigeria")]


def test_villagers_who_act_are_no_speakers() -> None:
    text = ("Villagers beat a suspected thief to death in Bama, Nigeria, on Tuesday. Police said they had arrested "
            "three men.")
    result = analyze(text, published=_PUBLISHED)
    assert all(p.actor.lower() != "villagers" for i in result.incidents for p in i.perpetrators)
