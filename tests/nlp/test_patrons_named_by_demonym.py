"""Patrons named beside the doers: by a demonym ("its Iranian sponsors") as by their seat ("its backers in
Tehran"), and after the attackers ("the attackers and their handlers in Pakistan"). A demonym names a state only on
a patron's noun (backers, sponsors, paymasters): "their Afghan handlers" are people of that nationality."""
from __future__ import annotations

import pytest
from responsibility_claims import ledger
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_IRAQ = "A roadside bomb hit an army patrol near Tikrit on Monday, killing four soldiers. "
_KASHMIR = "Gunmen attacked a guest house in Pahalgam on Friday, killing seven tourists. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ledger(nlp: Language, text: str) -> set[tuple]:
    return ledger(nlp, text, "polarity", "hedged")


@pytest.mark.parametrize("text, hedged", [
    ("The defence minister said Kataib Hezbollah and its Iranian sponsors were behind the bombing.", False),
    ("The defence minister said Kataib Hezbollah and its Iranian backers may have planted the bomb.", True),
    ("The defence minister blamed Kataib Hezbollah and its Iranian paymasters for the bombing.", False),
])
def test_a_demonym_names_the_patrons_state(nlp: Language, text: str, hedged: bool) -> None:
    assert _ledger(nlp, _IRAQ + text) == {("Iraq", "Kataib Hezbollah", "affirm", hedged),
                                          ("Iraq", "Iran", "affirm", hedged)}


@pytest.mark.parametrize("text, hedged", [
    ("The home minister said the attackers and their handlers in Pakistan were behind the massacre.", False),
    ("The home minister said the attackers and their Pakistani paymasters were behind the massacre.", False),
    ("Police suspect the gunmen and their handlers in Pakistan planned the massacre.", True),
])
def test_the_attackers_handlers_name_their_state_and_no_one_else(nlp: Language, text: str, hedged: bool) -> None:
    # "their" is the attackers': the speaker's own state is no patron of them
    assert _ledger(nlp, _KASHMIR + text) == {("India", "Pakistan", "affirm", hedged)}


def test_a_demonym_on_no_patron_names_no_one(nlp: Language) -> None:
    text = _IRAQ + "The defence minister said Kataib Hezbollah and its Iraqi fighters were behind the bombing."
    assert _ledger(nlp, text) == {("Iraq", "Kataib Hezbollah", "affirm", False)}


@pytest.mark.parametrize("text", [
    "Investigators said the gunmen's Pakistani handlers had planned the massacre.",
    "The home minister said the gunmen and their Pakistani financiers were behind the massacre.",
])
def test_a_demonym_on_handlers_names_no_state(nlp: Language, text: str) -> None:
    assert not any(subject == "Pakistan" for _, subject, *_ in _ledger(nlp, _KASHMIR + text))
