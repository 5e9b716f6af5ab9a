"""Condemnations as officials word them beyond "condemned", on sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "Interior Minister Rahim Karimi called the bombing barbaric.",
    "Interior Minister Rahim Karimi described the attack as cowardly.",
    "The minister denounced the bombing.",
    "The Minister of the Interior called the bombing \"an attack on every Afghan family\".",
])
def test_calling_the_act_an_outrage_condemns_it(nlp: Language, sentence: str) -> None:
    text = f"A suicide bomber killed eleven worshippers at a mosque in Herat on Friday. {sentence}"
    assert "Afghanistan" in condemners(nlp, text)


def test_rejecting_the_act_condemns_it(nlp: Language) -> None:
    """Latin American English: "rechazó el ataque" comes out as "rejected the attack"."""
    text = ("Three police officers were killed on Monday when a motorbike bomb exploded in Jamundi, Valle del "
            "Cauca. The Minister of Defense rejected the attack.")
    assert "Colombia" in condemners(nlp, text)


def test_rejecting_a_charge_condemns_nothing(nlp: Language) -> None:
    text = ("Three police officers were killed on Monday when a motorbike bomb exploded in Jamundi, Valle del "
            "Cauca. The army blamed the ELN, which rejected the accusation.")
    assert not condemners(nlp, text)


def test_office_in_apposition_beats_a_namesake(nlp: Language) -> None:
    """A made-up minister whose name is a listed foreign leader's speaks for the story's state."""
    text = ("A car bomb exploded outside a police station in Cali on Monday, killing four people. The Minister "
            "of Defense, Pedro Sanchez, condemned the attack.")
    assert condemners(nlp, text) == {"Colombia"}


def test_calling_an_act_lawful_is_no_condemnation(nlp: Language) -> None:
    text = ("A suicide bomber killed eleven worshippers at a mosque in Herat on Friday. The spokesman called the "
            "arrests lawful.")
    assert not condemners(nlp, text)
