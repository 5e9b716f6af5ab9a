"""'Another' adds a victim to the toll, unless it laments a series ("yet another civilian has been killed"): that
speaks of the death already told."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import read_casualties


def test_yet_another_victim_in_a_lament_adds_none() -> None:
    text = (
        'Gunmen shot dead a herder near Jos on Monday. "Yet another innocent man has been murdered in this '
        'state," a senator said.'
    )
    inc = analyze(text, published="2025-06-14").incidents[0]
    assert inc.killed is not None and inc.killed.stated == 1


def test_another_victim_told_adds_one() -> None:
    text = "Gunmen shot dead a herder near Jos on Monday. Another herder was killed later that night."
    inc = analyze(text, published="2025-06-14").incidents[0]
    assert inc.killed is not None and inc.killed.stated == 2


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # session 20: "another" before a number adds no one of its own
        (
            "A roadside bomb struck a minibus, killing four people and injuring another six people.",
            [("killed", 4), ("injured", 6)],
        ),
        (
            "A roadside bomb struck a minibus, killing four people and injuring another six.",
            [("killed", 4), ("injured", 6)],
        ),
        # near miss: "another" alone is one more person
        ("Two people were killed and another was injured.", [("killed", 2), ("injured", 1)]),
    ],
)
def test_another_before_a_number(text: str, counts: list[tuple[str, int]]) -> None:
    victims, _ = read_casualties(parse(text))
    assert [(m.kind, m.casualties.stated) for m in victims] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A bomb killed two soldiers and another six people in Kano on Monday.", [("killed", 8)]),
        (
            "A bomb killed two soldiers in Kano on Monday and wounded another 6-year-old.",
            [("killed", 2), ("injured", 1)],
        ),
        # near miss: 'another' before a number alone counts the number
        ("Gunmen killed four people and injured another six people.", [("killed", 4), ("injured", 6)]),
    ],
)
def test_another_number_in_a_list_and_another_age(text: str, counts: list[tuple[str, int | None]]) -> None:
    victims, _ = read_casualties(parse(text))
    assert [(m.kind, m.casualties.stated) for m in victims] == counts
