"""The attackers identified in a sentence of their own, with a hedge ("The assailants, believed to be ADF fighters,
fled"): the named group is the alleged doer; the same words of people who are not the attackers name no one
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five farmers near Eringeti on Tuesday. The assailants, believed to be ADF fighters, fled "
        "into the forest.",
        "Gunmen killed five farmers near Eringeti on Tuesday. The attackers, thought to be ADF rebels, escaped.",
    ],
)
def test_attackers_identified_in_an_aside_name_the_alleged_doer(text: str) -> None:
    [incident] = analyze(text, published="2026-06-05").incidents
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("Allied Democratic Forces", "alleged")]


def test_other_people_identified_name_no_doer() -> None:
    text = ("Gunmen killed five farmers near Eringeti on Tuesday. The victims, believed to be ADF defectors, had "
            "returned home last year.")
    [incident] = analyze(text, published="2026-06-05").incidents
    assert incident.perpetrators == []


def test_a_speaker_identifying_the_attackers_in_an_aside_accuses_them() -> None:
    text = ("Gunmen killed five farmers near Eringeti on Tuesday. The assailants, believed to be ADF fighters, fled "
            "into the forest, police said.")
    claims = analyze(text, published="2026-06-05").claims
    assert [(c.kind, c.polarity, c.subject.actor if c.subject else None) for c in claims] == [
        ("responsibility", "affirm", "Allied Democratic Forces")]
