"""An "Islamic State in <country>" no branch list knows is a group of its own under the name as stated (a branch of
the movement); a listed region keeps its branch, and Iraq or Syria, the movement's own land, keep the movement."""
from __future__ import annotations

import pytest
from responsibility_claims import ledger
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ledger(nlp: Language, text: str) -> set[tuple]:
    return ledger(nlp, text, "is_self")


@pytest.mark.parametrize("text, group", [
    ("A bomb went off at a Hindu temple in Khulna on Monday, killing four people. In a message to its followers, "
     "Islamic State in Bangladesh claimed the blast.", "Islamic State in Bangladesh"),
    ("Gunmen killed six villagers near Arusha on Sunday. The Islamic State in Tanzania said its fighters carried "
     "out the raid.", "Islamic State in Tanzania"),
])
def test_an_unlisted_branch_keeps_its_stated_name(nlp: Language, text: str, group: str) -> None:
    assert _ledger(nlp, text) == {(group, group, True)}


@pytest.mark.parametrize("text, group", [
    ("A bomb went off at a market in Bosaso on Monday, killing four people. Islamic State in Somalia said its "
     "fighters set off the bomb.", "Islamic State Somalia Province"),
    ("A bomb went off in Deir ez-Zor on Monday, killing four people. The Islamic State in Syria claimed the "
     "blast.", "Islamic State"),
])
def test_listed_branches_and_the_movements_own_land(nlp: Language, text: str, group: str) -> None:
    assert _ledger(nlp, text) == {(group, group, True)}


@pytest.mark.parametrize("text", [
    "A car bomb killed nine people in Ahvaz on Tuesday. It was the worst attack claimed by the Islamic State in "
    "Iran's southwest in years.",
    "A car bomb killed nine people in Kazan on Tuesday. It was the bloodiest attack by the Islamic State in Russia "
    "this decade, investigators said.",
])
def test_a_place_said_of_the_attack_names_no_branch(nlp: Language, text: str) -> None:
    """"In <country>" hung on the verb or the act, or a country owning a place ("in Iran's southwest"), says where
    it happened: the movement, no "Islamic State in <country>" group."""
    names = {m.ref.actor for m in find_actors(nlp(text)) if m.ref.type == "group"}
    assert names == {"Islamic State"}


@pytest.mark.parametrize("text, group", [
    ("Gunmen killed eleven farmers near Damboa on Friday. The Islamic State in Nigeria said its fighters carried "
     "out the raid.", "Islamic State West Africa Province"),
    ("Gunmen killed eleven soldiers near Menaka on Friday. The Islamic State in Mali said its fighters carried out "
     "the raid.", "Islamic State Sahel Province"),
    ("Gunmen killed eleven soldiers near Dori on Friday. The Islamic State in Burkina Faso said its fighters "
     "carried out the raid.", "Islamic State Sahel Province"),
])
def test_west_african_countries_name_their_branch(nlp: Language, text: str, group: str) -> None:
    """Nigeria's branch is ISWAP; Mali's, Niger's and Burkina Faso's the Sahel province (GTD's Greater Sahara)."""
    assert _ledger(nlp, text) == {(group, group, True)}
