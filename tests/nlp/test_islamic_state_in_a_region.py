""""Islamic State in the Sahel", "Islamic State in Mozambique": the movement named with the region one of its
branches is named for is that branch, as "Islamic State's West African branch" is; a region no branch is named for
leaves the movement. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _groups(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(m.ref.text, m.ref.actor) for m in find_actors(nlp(text)) if m.ref.type == "group"}


@pytest.mark.parametrize(("text", "name", "branch"), [
    ("Islamic State in the Sahel said its fighters ambushed the convoy near Menaka.", "Islamic State in the Sahel",
     "Islamic State Sahel Province"),
    ("The army blamed Islamic State in Mozambique for the raid on the village.", "Islamic State in Mozambique",
     "Islamic State Mozambique Province"),
    ("Islamic State in the Sahel region claimed the ambush.", "Islamic State in the Sahel region",
     "Islamic State Sahel Province"),
])
def test_the_movement_in_a_branch_region_is_the_branch(nlp: Language, text: str, name: str, branch: str) -> None:
    assert (name, branch) in _groups(nlp, text)


def test_the_movement_in_another_land_stays_the_movement(nlp: Language) -> None:
    assert ("Islamic State", "Islamic State") in _groups(nlp, "Islamic State in Iraq claimed the bombing.")
