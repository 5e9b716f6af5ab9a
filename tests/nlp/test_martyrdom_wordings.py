"""South Asian news English for killed ("were martyred", "embraced martyrdom"), on sentences written for
these tests: a death toll, and an incident of its own when nothing else names the violence."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import find_casualties


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Four Levies personnel were martyred when militants ambushed their vehicle near Turbat on Tuesday.", 4),
        ("A havildar and two sepoys embraced martyrdom in the exchange of fire, the military said.", 3),
        ("Five FC men martyred as terrorists storm post in Zhob", 5),
        ("Two constables attained martyrdom while three others sustained injuries.", 2),
    ],
)
def test_martyred_counts_the_dead(text: str, killed: int) -> None:
    dead = [c for c in find_casualties(parse(text)) if c.kind == "killed"]
    assert sum(c.casualties.stated or 0 for c in dead) == killed


def test_a_martyrdom_alone_opens_the_incident() -> None:
    r = analyze("Three policemen embraced martyrdom in Dera Ismail Khan on Sunday night.", published="2026-02-03")
    assert len(r.incidents) == 1
    assert r.incidents[0].killed.stated == 3


@pytest.mark.parametrize(
    "text",
    [
        "Mourners gathered at the graves of the martyrs of the 1971 war.",
        "The poet wrote about martyrdom and exile.",
    ],
)
def test_martyrs_remembered_are_no_incident(text: str) -> None:
    assert analyze(text, published="2026-02-03").incidents == []
