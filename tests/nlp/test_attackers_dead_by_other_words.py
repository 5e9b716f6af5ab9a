"""The shooter who "turned the gun on himself" died of it, one perpetrator killed, as "killed himself" is; armed men
"eliminated" by the forces are killed, as "neutralised" ones are, while a contestant eliminated from a contest is
no casualty. On sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A former student opened fire in a lecture hall on Wednesday, killing two classmates, before turning the gun "
         "on himself.", [("killed", 2)]),
        ("A gunman shot dead two guards at a warehouse in Tulsa and then turned his rifle on himself.",
         [("killed", 2)]),
    ],
)
def test_a_shooter_turning_the_gun_on_himself_is_a_perpetrator_killed(nlp: Language, text, victims) -> None:
    assert counts(nlp, text) == (victims, [("killed", 1)])


@pytest.mark.parametrize(
    "text",
    [
        "Police said all four attackers were eliminated by special forces after a 12-hour siege.",
        "Troops eliminated four of the gunmen as they tried to flee the hotel.",
    ],
)
def test_attackers_eliminated_are_killed(nlp: Language, text) -> None:
    assert counts(nlp, text) == ([], [("killed", 4)])


def test_contestants_eliminated_from_a_contest_are_no_casualties(nlp: Language) -> None:
    text = "Three contestants were eliminated from the televised cooking contest at the weekend."
    assert counts(nlp, text) == ([], [])


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # "eliminated from" a list or "as" suspects is ruled out, not killed
        ("Four suspects were eliminated from the investigation after gunmen killed two cashiers in Aba.",
         [("killed", 2)]),
        ("Two gunmen were eliminated as suspects once detectives checked the camera footage.", []),
    ],
)
def test_armed_men_eliminated_from_or_as_are_no_casualties(nlp: Language, text, victims) -> None:
    assert counts(nlp, text) == (victims, [])
