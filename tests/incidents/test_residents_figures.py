"""Residents' or witnesses' own toll beside the officials' (conventions: the officials' figure over a disputed
one), on sentences written for these tests: theirs is kept only when no one else gives a number."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _killed(text: str) -> int | None:
    r = analyze(text, published="2026-05-10")
    assert len(r.incidents) == 1
    c = r.incidents[0].killed
    return None if c is None else c.stated


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a market in Jos on Monday. Police said three people died, but residents put the "
        "toll at eleven.",
        "Gunmen opened fire on a market in Jos on Monday. Residents said eleven people were killed. Police "
        "confirmed three deaths.",
        "Gunmen stormed a village near Bokkos on Monday. Eleven people were killed, according to villagers, "
        "while the police said three people died.",
    ],
)
def test_the_officials_figure_wins_over_the_residents(text: str) -> None:
    assert _killed(text) == 3


def test_the_residents_number_stands_over_a_vague_word() -> None:
    assert _killed("Gunmen opened fire on a market in Jos on Monday, killing several people. Residents said "
                   "eleven people were killed.") == 11


def test_more_dead_the_witnesses_tell_still_add() -> None:
    assert _killed("Gunmen opened fire on a market in Jos on Monday, killing three people, police said. "
                   "Witnesses said two more people died in hospital.") == 5
