"""Branding a charge as groundless rejects it ("called the accusation baseless", "described the allegation as
absurd", quoted or not, and "said the accusation was baseless"), as "rejected the accusation" does: the accused
side's denial."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = ("BAGHDAD, June 11 (Wire) - Rockets struck an air base in Anbar province, Iraq, late on Tuesday, wounding "
         "four U.S. soldiers. The Pentagon blamed Iran for the attack. ")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Iran's foreign ministry called the accusation baseless.",
    'Iran\'s foreign ministry described the U.S. allegation as "absurd".',
    "Iran's foreign ministry branded the charge as reckless and groundless.",
    'Iran\'s foreign ministry called the accusation "baseless".',
    "Iran's foreign ministry called the accusations \u201cutterly absurd\u201d.",
    'Iran\'s foreign ministry said the accusation was "baseless".',
    "Iran's foreign ministry said the allegations were absurd and politically motivated.",
])
def test_a_charge_called_groundless_is_denied(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == {("United States", "Iran", "affirm"), ("Iran", "Iran", "deny")}


@pytest.mark.parametrize("sentence", [
    "Iran's foreign ministry called the accusation serious.",
    "Iran's foreign ministry said the accusation was serious.",
    "Iran's foreign ministry did not say the accusation was baseless.",
    "Iran's foreign ministry called the attack baseless provocation by unknown parties.",
])
def test_other_words_on_the_charge_deny_nothing(nlp: Language, sentence: str) -> None:
    assert ("Iran", "Iran", "deny") not in unhedged_blames(nlp, _LEDE + sentence)
