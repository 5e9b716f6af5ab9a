"""A road tanker is no ship: "a convoy of water tankers" and "tanker drivers" are not GTD's Maritime target, while
"an oil tanker" at sea stays one. On sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _targets(text: str) -> set[str]:
    result = analyze(text, published="2026-12-02")
    assert len(result.incidents) == 1
    return {x.label for x in result.incidents[0].target_types}


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a convoy of water tankers near Titao on Monday, killing five drivers.",
    "Militants opened fire on tanker drivers queuing at a depot near Maiduguri on Monday, killing three.",
])
def test_a_road_tanker_is_no_ship(text: str) -> None:
    assert "Maritime" not in _targets(text)


def test_an_oil_tanker_at_sea_stays_maritime() -> None:
    assert "Maritime" in _targets("Pirates hijacked an oil tanker off Lome on Monday.")
