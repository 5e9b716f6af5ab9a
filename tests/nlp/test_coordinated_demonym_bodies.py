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


@pytest.mark.parametrize("sentence, states", [
    ("The American and British governments blamed the Haqqani network for the attack.",
     {"United States", "United Kingdom"}),
    ("The French and German foreign ministries accused the Haqqani network of carrying out the attack.",
     {"France", "Germany"}),
    ("The foreign ministers of France, Germany and Italy blamed the Haqqani network for the attack.",
     {"France", "Germany", "Italy"}),
    ("The governments of Kenya and Uganda said the Haqqani network carried out the attack.", {"Kenya", "Uganda"}),
])
def test_states_named_by_demonyms_or_after_of_each_accuse(nlp: Language, sentence: str, states: set[str]) -> None:
    """No state is named by a noun before "governments" (session 15 needed "US"), or the states follow "of"."""
    text = "A roadside bomb struck a convoy near Kandahar on Monday. " + sentence
    assert {(s, "Haqqani Network", "affirm") for s in states} <= unhedged_blames(nlp, text)


@pytest.mark.parametrize("sentence, states", [
    ("Foreign ministers of France and Italy condemned the bombing.", {"France", "Italy"}),
    ("The embassies of the United States and Britain condemned the attack.", {"United States", "United Kingdom"}),
])
def test_every_state_after_of_condemns(nlp: Language, sentence: str, states: set[str]) -> None:
    assert condemners(nlp, _ATTACK + sentence) >= states


def test_the_government_of_a_state_speaks_for_it(nlp: Language) -> None:
    text = _ATTACK + "The government of Somalia blamed al-Shabaab for the bombing."
    assert ("Somalia", "Al-Shabaab", "affirm") in unhedged_blames(nlp, text)
