"""Names of unlisted groups written in the Arabic style ("Jaish-e-X-e-Y", "Ansar al-X al-Y") are one group's name,
however the tagger splits them: never a person named by the last word, nor a listed group named by a middle piece."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEDE = "PESHAWAR, Pakistan, Jan 28 (Wire) - A suicide bomber killed nine police officers in Lakki Marwat on Sunday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "name"), [
    ("A little-known group calling itself Jaish-e-Ghazwa-e-Hind said one of its fighters had carried out the "
     "bombing.", "Jaish-e-Ghazwa-e-Hind"),
    ("A little-known group, Jaish-e-Ghazwa-e-Hind, said it had carried out the Lakki Marwat attack.",
     "Jaish-e-Ghazwa-e-Hind"),
    ("Jaish-e-Ghazwa-e-Hind said it had carried out the Lakki Marwat attack.", "Jaish-e-Ghazwa-e-Hind"),
    # a listed name ("al-Jihad") inside the longer one is a piece of it
    ("A group calling itself Ansar al-Jihad al-Waziri said one of its fighters had carried out the bombing.",
     "Ansar al-Jihad al-Waziri"),
])
def test_the_whole_name_claims(nlp: Language, sentence: str, name: str) -> None:
    assert self_blames(nlp, _LEDE + sentence) == {(name, name, "affirm", True)}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Lashkar-e-Taiba said it had carried out the Lakki Marwat attack.", "Lashkar-e-Taiba"),
    ("The Tehreek-e-Taliban Pakistan said it had carried out the Lakki Marwat attack.", "Tehrik-i-Taliban Pakistan"),
])
def test_listed_names_keep_their_reading(nlp: Language, sentence: str, name: str) -> None:
    assert self_blames(nlp, _LEDE + sentence) == {(name, name, "affirm", True)}
