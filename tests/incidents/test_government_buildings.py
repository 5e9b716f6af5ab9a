"""The state's buildings named as such (a town hall, a post office, a courthouse, a municipal building) are GTD's
Government (General) targets, as its officials are (sentences written for these tests; the rule words, which a
retrained model cannot flip)."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import rule_hits


def _government(text: str) -> list[str]:
    return [text[h.start : h.end] for h in rule_hits(text) if h.task == "target" and h.label == "Government (General)"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A pipe bomb went off outside the town hall of a small coastal town late on Friday.", "town hall"),
        ("Protesters hurled firebombs at City Hall after the vote, scorching its front doors.", "City Hall"),
        ("A parcel bomb exploded in the sorting room of the central post office, injuring two clerks.",
         "post office"),
        ("Gunmen fired on the county courthouse where the trial of two militants was due to open.", "courthouse"),
        ("An explosive device was found under a car parked beside the municipal building.", "municipal building"),
    ],
)
def test_state_buildings_are_government_targets(text: str, word: str) -> None:
    assert word in _government(text)


@pytest.mark.parametrize(
    "text",
    [
        # a concert hall or a town's hall of residence names no seat of government
        "A bomb exploded at a concert hall in the old town, wounding eleven people.",
        "Students were evacuated from a hall of residence after a threat was phoned in.",
    ],
)
def test_other_halls_are_not(text: str) -> None:
    assert _government(text) == []
