"""A state's forces owning their answer to the attackers ("we fired in self-defence", "our men fired back") claim
no part of the attack; owning the act itself still does. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEAD = "Gunmen stormed a police station in Karachi on Monday night, killing two constables. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("rest", [
    '"We fired in self-defence," a police spokesman said.',
    '"Our men fired back," the police said.',
    '"Our officers fired in response," the police said.',
])
def test_answering_fire_is_no_self_claim(nlp: Language, rest: str) -> None:
    assert not any(c[3] for c in self_blames(nlp, _LEAD + rest))


def test_the_forces_own_act_stays_theirs(nlp: Language) -> None:
    text = "Rockets hit a village near Karachi on Monday. \"We fired the rockets,\" the army said."
    assert ("Pakistan", "Pakistan", "affirm", True) in self_blames(nlp, text)


@pytest.mark.parametrize(("text", "state"), [
    # strikes carried out "in response to" or "in retaliation for" an attack are the state's own act
    ("Indian jets hit six camps in Pakistan on Thursday, killing 19 people. India said it carried out the "
     "strikes in response to the bombing of a bus in Kashmir.", "India"),
    ("Pakistani drones hit four villages in Khost, Afghanistan, on Sunday, killing nine people. The Pakistani "
     "army said it carried out the strikes in retaliation for raids by the TTP.", "Pakistan"),
    # fire with an object other than fire or shots ("fired missiles in retaliation") owns the missiles
    ("Missiles hit a depot near Haifa on Friday, killing two workers. \"We fired the missiles in retaliation,\" "
     "the Iranian army said.", "Iran"),
])
def test_strikes_in_response_stay_a_self_claim(nlp: Language, text: str, state: str) -> None:
    assert (state, state, "affirm", True) in self_blames(nlp, text)
