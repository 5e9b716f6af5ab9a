"""Help given to the doers in the act itself ("provided direct support to the M23 during the attack") accuses the
helper as a sponsor (CAMEO 112), as "supplied the drones used in the attack" does; help over years does not
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEAD = "Rebels shelled a camp for displaced people near Goma on Monday, killing 35 people. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Congo's government said Rwanda provided support to the M23 during the attack.",
    "Congo's army said Rwanda had given support to the rebels in the attack.",
    "UN experts said Rwandan troops had provided direct support to the M23 during the shelling.",
])
def test_help_in_the_act_accuses_the_helper(nlp: Language, sentence: str) -> None:
    assert any(b[1] == "Rwanda" and b[2] == "affirm" for b in unhedged_blames(nlp, _LEAD + sentence))


@pytest.mark.parametrize("sentence", [
    "The army said Rwanda had given support to the rebels for years.",
    "The army said Rwanda had provided humanitarian aid to the victims of the attack.",
])
def test_help_at_large_accuses_no_one(nlp: Language, sentence: str) -> None:
    assert not any(b[1] == "Rwanda" for b in unhedged_blames(nlp, _LEAD + sentence))
