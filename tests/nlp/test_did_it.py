""""X did it", "this was done by X": "do" whose object (or passive subject) is the act names its doer, as
"carried out" does. On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"


def _claims(result: AnalysisResult) -> list[tuple[str | None, str | None, str, bool]]:
    return [(c.source.affiliation, c.subject.actor if c.subject else None, c.polarity, c.is_self)
            for c in result.claims]


@pytest.mark.parametrize("sentence", [
    '"The M23 did it," the army said.',
    '"This was done by the M23," the army said.',
    "The army said the M23 had done this attack.",
])
def test_did_it_accuses(sentence: str) -> None:
    text = f"Gunmen killed nine civilians in Rutshuru, North Kivu, on Monday. {sentence}"
    assert _claims(analyze(text, published=_PUBLISHED)) == [
        ("Democratic Republic of the Congo", "M23", "affirm", False)]


def test_did_nothing_is_no_act() -> None:
    text = ("Gunmen killed nine civilians in Rutshuru, North Kivu, on Monday. Residents said the army did nothing "
            "to stop the killings.")
    assert _claims(analyze(text, published=_PUBLISHED)) == []
