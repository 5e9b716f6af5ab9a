"""A High Commission is its state's embassy: "the British High Commission" speaks for the United Kingdom, as
"the French embassy" for France. On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-08-16"


def _claims(result: AnalysisResult) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.source.affiliation, c.subject.actor if c.subject else None) for c in result.claims]


@pytest.mark.parametrize(("mission", "state"), [("The British High Commission", "United Kingdom"),
                                                ("The Indian High Commission", "India")])
def test_a_high_commission_speaks_for_its_state(mission: str, state: str) -> None:
    text = f"{mission} in Nairobi condemned an attack on a church in Garissa on Friday that killed 14 worshippers."
    assert _claims(analyze(text, published=_PUBLISHED)) == [("condemnation", state, None)]
