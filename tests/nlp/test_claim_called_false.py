"""A third party that calls a group's claim a lie, a fabrication or propaganda rejects it, as "false" does
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze

LEAD = "Fighters stormed an army outpost near Tillaberi, Niger, on Monday, killing eight soldiers. "


def _perps(text: str) -> list[tuple[str, str]]:
    rep = analyze(LEAD + text, published=dt.date(2025, 9, 3))
    return [(p.actor, p.status) for p in rep.incidents[0].perpetrators]


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State claimed the raid. The defence ministry said the group's claim was a lie.",
        "The Islamic State claimed the raid. The defence ministry called the claim a fabrication.",
        "The Islamic State claimed the raid. The defence ministry described the claim as propaganda.",
        "The Islamic State claimed the raid. \"That is nothing but propaganda,\" the defence ministry said of "
        "the claim.",
        "The Islamic State claimed the raid. \"This claim is pure fiction,\" a defence ministry spokesman said.",
    ],
)
def test_a_claim_called_a_lie_is_contested(text: str) -> None:
    assert _perps(text) == [("Islamic State", "contested")]


def test_a_claim_called_credible_is_corroborated() -> None:
    text = "The Islamic State claimed the raid. The defence ministry described the claim as credible."
    assert _perps(text) == [("Islamic State", "corroborated")]


def test_a_lie_about_something_else_leaves_the_claim() -> None:
    text = "The Islamic State claimed the raid. The opposition called the minister's speech a lie."
    assert _perps(text) == [("Islamic State", "claimed")]
