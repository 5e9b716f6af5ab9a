"""An accusation its own speaker calls wrong is taken back: the speaker's denial beside the accusation."""
from __future__ import annotations

import pytest
from responsibility_claims import ledger
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "QUETTA, Jan 22 (Wire) - A bomb damaged a gas pipeline near Dera Bugti on Sunday. "
_BLAME = "Provincial minister Zia Langove said the Baloch Liberation Army was behind the blast. "
BLA = "Balochistan Liberation Army"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ledger(nlp: Language, text: str) -> set[tuple]:
    return ledger(nlp, text, "polarity")


@pytest.mark.parametrize("later", [
    'A day later he said: "I was wrong to blame the BLA."',
    "On Monday he admitted he had wrongly blamed the group.",
    "He later apologised for blaming the BLA, saying he had been misinformed.",
    "A day later he said he wanted to apologise for blaming the BLA.",
])
def test_the_accuser_takes_it_back(nlp: Language, later: str) -> None:
    assert _ledger(nlp, _LEDE + _BLAME + later) == {("Pakistan", BLA, "affirm"), ("Pakistan", BLA, "deny")}


@pytest.mark.parametrize("later", [
    # the writer's word that the police were wrong: they still blamed the group, and deny nothing
    "Police wrongly blamed the Baloch Liberation Army at first.",
    # a critic's judgment of the minister is not the minister's
    "Provincial minister Zia Langove blamed the BLA. Critics said he was wrong to blame the group.",
])
def test_others_calling_it_wrong_take_nothing_back(nlp: Language, later: str) -> None:
    assert _ledger(nlp, _LEDE + later) == {("Pakistan", BLA, "affirm")}


@pytest.mark.parametrize("later", [
    # the regret or the fault is denied: the accusation stands
    "A day later he said he did not regret blaming the BLA.",
    "A day later he said he was not wrong to blame the BLA.",
    # a refused or demanded apology takes nothing back
    "A day later he refused to apologise for blaming the BLA.",
])
def test_an_accusation_its_speaker_stands_by_is_not_taken_back(nlp: Language, later: str) -> None:
    assert _ledger(nlp, _LEDE + _BLAME + later) == {("Pakistan", BLA, "affirm")}


@pytest.mark.parametrize("text", [
    "The BLA demanded that the government apologise for blaming the group.",
    # a caution about blaming, of no one's own accusation
    "The minister said it would be wrong to blame the BLA before the inquiry ends.",
])
def test_an_apology_asked_for_or_a_caution_denies_nothing(nlp: Language, text: str) -> None:
    assert not any(p == "deny" for _, _, p in _ledger(nlp, _LEDE + text))


def test_a_side_that_says_it_was_wrong_takes_it_back(nlp: Language) -> None:
    """"it" of the state or group that says so, unlike the caution "it would be wrong to blame X"."""
    text = _LEDE + "Police blamed the BLA. A day later police said it had been wrong to blame the group."
    assert ("Pakistan", BLA, "deny") in _ledger(nlp, text)
