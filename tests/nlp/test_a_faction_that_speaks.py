"""A plain faction of a group that speaks ("a faction of X claimed the attack") speaks for X, as a named unit does;
blamed, "a faction of X" stays no actor, and a splinter or dissident faction is never X."""
from __future__ import annotations

import pytest
from responsibility_claims import ledger
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_DELTA = "Saboteurs blew up a crude oil pipeline near Forcados on Sunday night. "
NDA = "Niger Delta Avengers"
TTP = "Tehrik-i-Taliban Pakistan"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ledger(nlp: Language, text: str) -> set[tuple]:
    return ledger(nlp, text, "polarity", "hedged")


@pytest.mark.parametrize("text", [
    "A faction of the Niger Delta Avengers claimed the attack.",
    "A faction of the Niger Delta Avengers said its fighters blew up the pipeline.",
])
def test_a_faction_claims_for_its_group(nlp: Language, text: str) -> None:
    assert _ledger(nlp, _DELTA + text) == {(NDA, NDA, "affirm", False)}


def test_a_faction_denies_for_its_group(nlp: Language) -> None:
    text = "A bomb killed six people in Bannu on Monday. A faction of the Pakistani Taliban denied involvement."
    assert _ledger(nlp, text) == {(TTP, TTP, "deny", False)}


@pytest.mark.parametrize("text", [
    _DELTA + "Police blamed a faction of the Niger Delta Avengers.",
    "A bomb killed six people in Bannu on Monday. A splinter faction of the Pakistani Taliban claimed it.",
])
def test_a_blamed_or_split_faction_is_not_the_group(nlp: Language, text: str) -> None:
    assert _ledger(nlp, text) == set()


@pytest.mark.parametrize("text", [
    _DELTA + "A rival faction of the Niger Delta Avengers said the group's commanders ordered the attack.",
    _DELTA + "A rival faction of the Niger Delta Avengers claimed the group's men had blown up the pipeline.",
])
def test_a_rival_faction_does_not_speak_for_the_group(nlp: Language, text: str) -> None:
    """A rival faction speaks against the group it is named of: no self-claim of that group."""
    assert not any(source == NDA for source, *_ in _ledger(nlp, text))


def test_a_factions_word_is_grounded_on_the_faction(nlp: Language) -> None:
    doc = nlp(_DELTA + "A faction of the Niger Delta Avengers claimed the attack.")
    [claim] = [m.claim for m in find_claims(doc, find_actors(doc)) if m.claim.kind == "responsibility"]
    assert claim.source.text == "A faction of the Niger Delta Avengers"
