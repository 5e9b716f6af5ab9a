"""A third party that calls a claiming group's statement false rejects the claim, as it does calling "the claim"
false: "A BLF spokesman said the BLA statement was false"."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = ("QUETTA, Pakistan, Oct 9 (Wire) - Gunmen ambushed a convoy near Sui in Pakistan's Balochistan province on "
         "Tuesday, killing seven soldiers. The Baloch Liberation Army said in a statement that its fighters carried "
         "out the ambush. ")
BLA, BLF = "Balochistan Liberation Army", "Balochistan Liberation Front"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "A Baloch Liberation Front spokesman said the BLA statement was false.",
    "The Baloch Liberation Front said the BLA's statement was a lie.",
])
def test_a_claimants_statement_called_false_is_rejected(nlp: Language, sentence: str) -> None:
    assert unhedged_blames(nlp, _LEDE + sentence) == {(BLA, BLA, "affirm"), (BLF, BLA, "deny")}


def test_a_states_statement_called_false_rejects_no_claim(nlp: Language) -> None:
    text = ("QUETTA, Pakistan, Oct 9 (Wire) - Gunmen ambushed a convoy near Sui in Pakistan's Balochistan province "
            "on Tuesday. The army said two soldiers died. The Baloch Liberation Army said the army's statement was "
            "false.")
    assert not any(b[2] == "deny" for b in unhedged_blames(nlp, text))
