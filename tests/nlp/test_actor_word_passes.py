"""The actor reader's passes over a text's words (states named by demonym, names after a title, unnamed
speakers and officials) read only the words that can qualify; a text mixing them all keeps every reading."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from counterclaim.nlp.actors import _named_states, _titled_names, find_actors
from counterclaim.nlp.pipeline import parse

TEXT = (
    "Gunmen attacked a fishing village in Kwara on Monday. Afghans and a Kenyan aid worker were among the dead, "
    "Benue State Governor Hyacinth Alia said. A local community leader said the attackers came at night. "
    "His mother said the boy was taken. The ship owner said the crew was safe. Nigerian police said two "
    "suspects were held. Staff of Air France and the Bank of England were not hurt."
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    return parse(TEXT)


def test_states_named_by_demonym_not_inside_a_firm_or_a_bank(doc: Doc) -> None:
    # "Afghans" (a plural), "Kenyan", "Nigerian"; not "Air France" nor "the Bank of England"
    assert _named_states(doc, []) == {"Afghanistan", "Kenya", "Nigeria"}


def test_the_name_after_a_title_is_a_person(doc: Doc) -> None:
    assert [s.text for s in _titled_names(doc, set(), [])] == ["Hyacinth Alia"]


def test_unnamed_speakers_and_officials_are_read(doc: Doc) -> None:
    refs = {m.ref.text: (m.ref.actor, m.ref.type) for m in find_actors(doc)}
    assert refs["community leader"] == ("community leader", "person")
    assert refs["His mother"][1] == "person"
    assert refs["ship owner"] == ("ship owner", "organization")
    assert refs["Nigerian police"] == ("Nigeria", "state")
    assert refs["Hyacinth Alia"][1] == "person"
