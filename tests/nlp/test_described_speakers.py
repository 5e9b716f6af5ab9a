"""An unnamed speaker known by its noun ("the governor", "a watchdog") or by a head under a modifier ("the
local government chairman", "a local rights group"; not "an armed group"): one helper reads both the state's
local offices and civil bodies. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _sources(nlp: Language, text: str) -> set[tuple[str | None, str]]:
    return {(source, subject) for source, subject, _, _ in blames(nlp, text)}


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen killed five villagers in Gwoza on Monday. The local government chairman blamed Boko Haram for "
     "the attack.", "Nigeria"),
    ("Gunmen killed five villagers in Gwoza on Monday. The state governor blamed Boko Haram for the attack.",
     "Nigeria"),
    ("Gunmen killed five villagers in Gwoza on Monday. A local rights group blamed Boko Haram for the attack.",
     "local rights group"),
])
def test_a_described_speaker_is_the_source(nlp: Language, text: str, source: str) -> None:
    assert _sources(nlp, text) == {(source, "Boko Haram")}


def test_a_head_without_its_modifier_is_no_speaker(nlp: Language) -> None:
    text = "Gunmen killed five villagers in Gwoza on Monday. An armed group blamed Boko Haram for the attack."
    assert _sources(nlp, text) == set()
