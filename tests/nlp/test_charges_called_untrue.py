"""Every word of the shared table `_cues.UNTRUE_WORDS` rejects a charge it brands ("called the accusation
fictitious"), as the scorn words do ("absurd"): the accused side's denial (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp import _cues
from counterclaim.nlp.pipeline import load_pipeline

_LEDE = ("KABUL, May 4 (Wire) - A rocket hit a fuel depot near the airport in Kabul late on Sunday, wounding "
         "three guards. The interior ministry blamed Pakistan for the attack. ")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("word", ["fictitious", "erroneous", "groundless"])
def test_a_charge_called_untrue_is_denied(nlp: Language, word: str) -> None:
    sentence = f"Pakistan's foreign office called the accusation {word}."
    assert ("Pakistan", "Pakistan", "deny") in unhedged_blames(nlp, _LEDE + sentence)


def test_scorn_is_a_verdict_word_but_not_an_untrue_report_word() -> None:
    assert _cues.SCORN_WORDS.isdisjoint(_cues.UNTRUE_WORDS)
