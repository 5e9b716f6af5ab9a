"""A weapon of the act put to use by an agent ("the grenade was thrown by X", "the bomb had been planted by Y")
names the doer, group or state, as "carried out by" does."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "SRINAGAR, India, Dec 4 (Wire) - A grenade thrown at a market in Srinagar on Sunday killed a fruit seller. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police said the grenade was thrown by Lashkar-e-Taiba militants.", ("India", "Lashkar-e-Taiba", "affirm")),
    ("The Resistance Front said the grenade had been thrown by Indian agencies to defame the movement.",
     ("The Resistance Front", "India", "affirm")),
    ("The Resistance Front said the grenade had been hurled by Indian intelligence agents.",
     ("The Resistance Front", "India", "affirm")),
    ("Police said the grenade was not thrown by Lashkar-e-Taiba.", ("India", "Lashkar-e-Taiba", "deny")),
])
def test_who_used_the_weapon_did_the_act(nlp: Language, sentence: str, expected: tuple[str, str, str]) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == {expected}


@pytest.mark.parametrize("sentence", [
    "A second grenade was defused by police.",
    "Police said stones were thrown by protesters after the attack.",
])
def test_other_handling_names_no_doer(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == set()
