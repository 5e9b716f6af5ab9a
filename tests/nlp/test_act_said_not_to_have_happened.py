"""A side saying the act did not happen ('"There was no attack," the army said', "no shelling took place") denies
that it did it: responsibility, deny, self (CAMEO 016). A group's word always; a state's only when another laid the
act on it (docs/conventions.md, session 19). On texts written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_CHARGED = "Five herders were killed at a camp near Menaka on Sunday. Relatives accused the army of killing them. "
_RAID = "Gunmen raided a gold mine near Menaka on Sunday, killing five miners, witnesses said. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("reply", [
    '"There was no shooting at the camp," the army said.',
    "The army said no attack took place.",
    "The army denied that any attack had occurred.",
    "The army said no attack was carried out on the camp.",
])
def test_a_charged_state_saying_it_never_happened_denies(nlp: Language, reply: str) -> None:
    assert ("Mali", "Mali", "deny", True) in self_blames(nlp, _CHARGED + reply)


def test_a_group_saying_it_never_happened_denies(nlp: Language) -> None:
    assert self_blames(nlp, _RAID + "JNIM said there had been no attack on the mine.") == {
        ("JNIM", "JNIM", "deny", True)}


@pytest.mark.parametrize("text", [
    _RAID + '"There was no attack on the mine," police said.',  # no one charged the police
    _RAID + "JNIM said there had been no attack in the area since 2019.",  # a record, not this act
    _RAID + "The army said there was an attack by JNIM.",
])
def test_no_denial_when_no_charge_or_no_act_is_denied(nlp: Language, text: str) -> None:
    assert not any(polarity == "deny" for _, _, polarity, _ in self_blames(nlp, text))


@pytest.mark.parametrize("reply", [
    "The army said no attack would take place while talks were under way.",
    "The army said there would be no raid if the herders left the area.",
    "The army said there would have been no raid without the militants' provocation.",
    "The army said there had been no attack on civilians, only on armed men.",
])
def test_a_modal_a_condition_or_a_partial_denial_is_no_denial(nlp: Language, reply: str) -> None:
    # what would or might have been, or the act denied against some and granted against others, denies no act;
    # near miss: "there had been no attack on the camp" below still denies
    assert not any(polarity == "deny" for _, _, polarity, _ in self_blames(nlp, _CHARGED + reply))


def test_no_attack_on_the_place_is_still_a_denial(nlp: Language) -> None:
    text = _CHARGED + "The army said there had been no attack on the camp."
    assert ("Mali", "Mali", "deny", True) in self_blames(nlp, text)
