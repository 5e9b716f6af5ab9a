"""A state's agents or agencies ("Indian agencies", "state agents", "security agencies") are the state, as its
intelligence is: a group that lays its own attack on them accuses the state. Trade agents are not."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "SRINAGAR, India, Dec 4 (Wire) - A grenade thrown at a market in Srinagar on Sunday killed a fruit seller. "
TRF = "The Resistance Front"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "The Resistance Front blamed Indian agencies for the attack.",
    "The Resistance Front said Indian intelligence agencies had carried out the attack.",
    "The Resistance Front said the grenade attack was carried out by Indian agents to defame the movement.",
])
def test_a_states_agents_are_the_state(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == {(TRF, "India", "affirm")}


def test_bare_state_agents_are_the_storys_state(nlp: Language) -> None:
    text = ("NAIROBI, Feb 17 (Wire) - A grenade thrown into an opposition rally in Nairobi killed two people on "
            "Friday. Opposition leader Amos Wako said the attack was carried out by state agents.")
    assert unhedged_blames(nlp, text) == {("Amos Wako", "Kenya", "affirm")}


@pytest.mark.parametrize("sentence", [
    "Indian news agencies said The Resistance Front was behind the attack.",
    "Two travel agents said The Resistance Front was behind the attack.",
])
def test_trade_agents_speak_for_no_state(nlp: Language, sentence: str) -> None:
    assert ("India", TRF, "affirm") not in unhedged_blames(nlp, _LEDE + sentence)


@pytest.mark.parametrize("sentence", [
    "Foreign intelligence agencies blamed The Resistance Front for the attack.",
    "Western intelligence agencies said The Resistance Front was behind the attack.",
    "Regional security agencies blamed The Resistance Front for the attack.",
])
def test_outside_agencies_are_not_the_storys_state(nlp: Language, sentence: str) -> None:
    assert not any(source == "India" for source, _, _ in unhedged_blames(nlp, _LEDE + sentence))


def test_bare_intelligence_agencies_stay_the_storys_state(nlp: Language) -> None:
    text = _LEDE + "Intelligence agencies blamed The Resistance Front for the attack."
    assert unhedged_blames(nlp, text) == {("India", TRF, "affirm")}
