"""A rejected account named by its teller ("dismissed the police account as a fabrication", "rejected the army
version") rejects that teller's charge, not the last charge told, even when both tellers speak for one state."""
from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_LEDE = ("A bomb tore through a bus terminal in Kohat on Sunday, killing five people. Police said Lashkar-e-Jhangvi "
         "planted the bomb. The army later blamed the Pakistani Taliban. ")
LEJ = "Lashkar-e-Jhangvi"
TTP = "Tehrik-i-Taliban Pakistan"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _denials(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    doc = nlp(text)
    return {(m.claim.source.affiliation, m.claim.subject.actor if m.claim.subject else None)
            for m in find_claims(doc, find_actors(doc))
            if m.claim.kind == "responsibility" and m.claim.polarity == "deny"}


@pytest.mark.parametrize("text, denied", [
    ("Human Rights Watch dismissed the police account as a fabrication.", LEJ),
    ("Human Rights Watch rejected the army version.", TTP),
    ("Lashkar-e-Jhangvi rejected the police version.", LEJ),
])
def test_the_tellers_charge_is_rejected(nlp: Language, text: str, denied: str) -> None:
    source = "Human Rights Watch" if text.startswith("Human") else LEJ
    assert _denials(nlp, _LEDE + text) == {(source, denied)}


def test_an_account_with_no_teller_is_the_latest_charge(nlp: Language) -> None:
    assert _denials(nlp, _LEDE + "Human Rights Watch dismissed the account as a fabrication.") == {
        ("Human Rights Watch", TTP)}
