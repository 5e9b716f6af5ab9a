"""A side that says its own men were not at the place of the attack, or have no relation to it, denies it
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A roadside bomb killed four soldiers near Tuz Khurmatu on Monday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("rest", [
    "The PKK said none of its fighters had been in Tuz Khurmatu on Monday.",
    "The PKK said in a statement that \"our forces have no relation to the explosion.\"",
    "\"Our fighters were not in the area,\" the PKK said.",
    "The PKK said its fighters had no presence in the area.",
])
def test_own_men_not_there_is_a_self_denial(nlp: Language, rest: str) -> None:
    assert ("PKK", "PKK", "deny", True) in self_blames(nlp, LEAD + rest)


@pytest.mark.parametrize("rest", [
    "The PKK said its fighters were in the area.",
    "The PKK said none of its fighters were in custody.",
])
def test_men_there_or_elsewhere_deny_nothing(nlp: Language, rest: str) -> None:
    assert not any(p == "deny" for _, _, p, _ in self_blames(nlp, LEAD + rest))


@pytest.mark.parametrize("rest", [
    "Turkey blamed the PKK. The PKK said it had no fighters in the area.",
    "Iraq blamed Turkey. \"We have no soldiers in Tuz Khurmatu,\" Turkey's defence minister said.",
    "Iraq blamed Turkey. Turkey's defence ministry said it had no troops there.",
])
def test_a_side_with_no_men_there_denies(nlp: Language, rest: str) -> None:
    """The side itself said to have no men at the place ("it had no troops in the area") clears itself."""
    side = "PKK" if "PKK said" in rest else "Turkey"
    assert (side, side, "deny", True) in self_blames(nlp, LEAD + rest)


def test_a_place_with_no_men_is_no_alibi(nlp: Language) -> None:
    rest = "Iraq blamed Turkey. Residents said the village had no soldiers in it."
    assert not any(p == "deny" for _, _, p, _ in self_blames(nlp, LEAD + rest))


@pytest.mark.parametrize("text", [
    "Rebels attacked a village near Goma on Saturday, killing 12 civilians. The army said it had no troops in the "
    "area when the rebels struck.",
    "Gunmen raided a village near Tuz Khurmatu on Monday, killing four farmers. The army said it had no soldiers "
    "in the area when the gunmen arrived.",
    "Gunmen raided a village near Goma on Saturday, killing 12 civilians. The army said it had no troops in the "
    "area. Rebels had crossed the river at night and struck the village at dawn.",
])
def test_no_men_there_while_others_struck_is_no_denial(nlp: Language, text: str) -> None:
    assert not any(p == "deny" for _, _, p, _ in self_blames(nlp, text))


@pytest.mark.parametrize("rest, side", [
    ("Turkey's defence ministry said it had no troops in the area. Police sealed off the road.", "Turkey"),
    ("The PKK said it had no fighters in the area. The army launched a search operation.", "PKK"),
])
def test_a_next_sentence_of_no_attack_leaves_the_alibi(nlp: Language, rest: str, side: str) -> None:
    """What others do after the attack (a cordon, a search) names no other doer: the side still clears itself."""
    assert (side, side, "deny", True) in self_blames(nlp, LEAD + rest)
