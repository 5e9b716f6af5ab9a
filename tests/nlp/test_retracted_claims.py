"""A group that withdraws, retracts or disowns its own claim denies the attack; the claim is kept, so the two
contest it (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze

LEAD = "A car bomb exploded outside a police station in Gao, Mali, on Tuesday, killing five officers. "


def _perps(text: str) -> list[tuple[str, str]]:
    rep = analyze(LEAD + text, published=dt.date(2025, 4, 10))
    return [(p.actor, p.status) for p in rep.incidents[0].perpetrators]


@pytest.mark.parametrize(
    "text",
    [
        "JNIM claimed the bombing on Tuesday night. A day later it withdrew the claim.",
        "JNIM claimed the bombing but retracted its statement the next morning.",
        "JNIM claimed the bombing, then retracted the claim within hours.",
        "JNIM claimed the bombing. The group later disowned its claim of responsibility.",
    ],
)
def test_a_retracted_claim_is_contested_by_its_own_group(text: str) -> None:
    assert _perps(text) == [("JNIM", "contested")]


@pytest.mark.parametrize(
    "text",
    [
        "JNIM claimed the bombing. The government withdrew its ambassador from Algiers.",
        "JNIM claimed the bombing. The group withdrew its fighters from the town on Wednesday.",
    ],
)
def test_withdrawing_something_else_leaves_the_claim(text: str) -> None:
    assert _perps(text) == [("JNIM", "claimed")]
