"""Officers of the state named by rank or office alone ("a police colonel", "an army captain", "the judge",
India's "the SHO" / "the SP" / "the DIG") speak for the story's state as the police do; a named judge too.
On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"


def _claims(result: AnalysisResult) -> list[tuple[str, str | None, str | None, bool]]:
    return [(c.kind, c.source.affiliation, c.subject.actor if c.subject else None, c.hedged) for c in result.claims]


@pytest.mark.parametrize("speaker", ["A police colonel", "An army captain", "A police inspector",
                                     "A senior police superintendent"])
def test_an_officer_named_by_rank_speaks_for_the_state(speaker: str) -> None:
    text = (f"A car bomb killed four soldiers on a road near Kirkuk, Iraq, on Monday. {speaker} said the bombing "
            "was carried out by the PKK.")
    assert _claims(analyze(text, published=_PUBLISHED)) == [("responsibility", "Iraq", "PKK", False)]


@pytest.mark.parametrize("sentence", [
    "The SHO said the Maoists had planted the mine.",
    "The SP said the Maoists were behind the blast.",
    "The DIG told reporters that the Maoists had planted the mine.",
])
def test_indian_police_posts_by_their_initials_speak_for_india(sentence: str) -> None:
    text = f"A landmine exploded under a jeep on a road in Dantewada district, Chhattisgarh, on Tuesday. {sentence}"
    assert _claims(analyze(text, published=_PUBLISHED)) == [("responsibility", "India", "CPI-Maoist", False)]


@pytest.mark.parametrize("sentence", [
    '"This attack was carried out by al-Shabaab," the judge said.',
    "Judge Mary Otieno said the attack had been planned by al-Shabaab.",
])
def test_a_judge_speaks_for_the_state(sentence: str) -> None:
    text = f"Gunmen stormed a hotel in Mandera, Kenya, on Friday, killing nine guests. {sentence}"
    assert _claims(analyze(text, published=_PUBLISHED)) == [("responsibility", "Kenya", "Al-Shabaab", False)]


def test_a_ships_captain_is_no_officer_of_the_state() -> None:
    text = ("Pirates boarded a trawler off Takoradi, Ghana, on Monday and took four crew members. The captain "
            "said the pirates had come from the east.")
    assert all(c.source.affiliation != "Ghana" for c in analyze(text, published=_PUBLISHED).claims)


@pytest.mark.parametrize("speaker", ["the judge", "Judge Mary Otieno"])
def test_a_judge_speaks_for_the_state_of_the_court_named_before(speaker: str) -> None:
    text = ("A Tanzanian court on Monday convicted two men of planning a bombing in Arusha that killed nine people "
            "on orders from commanders in Somalia, where the group is based. Somalia denied any role. "
            f'"This attack was planned by al-Shabaab," {speaker} said.')
    assert ("responsibility", "Tanzania", "Al-Shabaab", False) in _claims(analyze(text, published=_PUBLISHED))
