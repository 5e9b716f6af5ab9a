""""The embassy" with no country of its own is the nearest embassy named before it; when that mention names
several embassies ("the US and French embassies") there is no telling which, and it speaks for none. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A bomb exploded near a hotel in Kabul on Sunday, killing four people. "
HAQQANI = ("Haqqani Network", "affirm")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _accusers(nlp: Language, rest: str) -> set[str | None]:
    return {src for src, *blame in unhedged_blames(nlp, LEAD + rest) if tuple(blame) == HAQQANI}


@pytest.mark.parametrize(("rest", "country"), [
    ("The US embassy condemned the attack. The embassy blamed the Haqqani network.", "United States"),
    ("The attack was condemned by the US embassy. The German foreign ministry also condemned it. "
     "The embassy blamed the Haqqani network.", "United States"),
    ("The US embassy condemned the attack. The British embassy said it was shocked. "
     "The embassy blamed the Haqqani network.", "United Kingdom"),
])
def test_the_embassy_is_the_nearest_named_before(nlp: Language, rest: str, country: str) -> None:
    assert _accusers(nlp, rest) == {country}


@pytest.mark.parametrize("rest", [
    "The US embassy and the French embassy condemned the attack. The embassy blamed the Haqqani network.",
    "The US, British and French embassies condemned the attack. The embassy blamed the Haqqani network.",
])
def test_the_embassy_after_several_speaks_for_none(nlp: Language, rest: str) -> None:
    assert _accusers(nlp, rest) == set()


@pytest.mark.parametrize("rest", [
    "Several governments condemned the attack. The government blamed the Haqqani network.",
    "Foreign ministries around the world condemned the attack. The ministry blamed the Haqqani network.",
])
def test_several_unnamed_offices_leave_the_storys_own(nlp: Language, rest: str) -> None:
    assert _accusers(nlp, rest) == {"Afghanistan"}
