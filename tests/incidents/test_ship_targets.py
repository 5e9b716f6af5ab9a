"""An attack on a ship is GTD's Maritime target alone: the model's other reads of it (a hijacking read as one of
an aircraft, a merchant ship as a business) give way unless a word of their own names that target. On sentences
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _targets(text: str) -> set[str]:
    result = analyze(text, published="2024-04-10")
    assert len(result.incidents) == 1
    return {x.label for x in result.incidents[0].target_types}


@pytest.mark.parametrize("text", [
    "Gunmen hijacked a ferry on Lake Kivu.",
    "Pirates attacked a merchant ship off Somalia.",
])
def test_a_ship_attacked_is_maritime_alone(text: str) -> None:
    assert _targets(text) == {"Maritime"}


def test_people_named_on_board_keep_their_label() -> None:
    targets = _targets("Rebels fired rockets at a navy vessel on the river, killing two sailors.")
    assert {"Maritime", "Military"} <= targets
