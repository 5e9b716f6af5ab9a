"""A plural body noun whose modifiers name several states speaks for each ("the US, British and French
embassies"); sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners, unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_ATTACK = "A car bomb tore through a hotel entrance in Mogadishu on Monday, killing six guests. "


@pytest.mark.parametrize("sentence, states", [
    ("The US, British and French embassies condemned the attack.", {"United States", "United Kingdom", "France"}),
    ("The Kenyan and Ethiopian governments condemned the bombing.", {"Kenya", "Ethiopia"}),
])
def test_every_state_of_the_plural_body_condemns(nlp: Language, sentence: str, states: set[str]) -> None:
    assert condemners(nlp, _ATTACK + sentence) >= states


def test_every_state_of_the_plural_body_accuses(nlp: Language) -> None:
    text = ("A roadside bomb struck a convoy near Kandahar on Monday. The US and British governments blamed the "
            "Haqqani network for the attack.")
    assert {("United States", "Haqqani Network", "affirm"), ("United Kingdom", "Haqqani Network", "affirm")} \
        <= unhedged_blames(nlp, text)


def test_a_single_embassy_speaks_for_its_state_alone(nlp: Language) -> None:
    assert condemners(nlp, _ATTACK + "The French embassy condemned the attack.") == {"France"}
