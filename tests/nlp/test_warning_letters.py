"""A warning letter found before the attack: what the letter says the group "would" do is the group's warning, not
an accusation by whoever reports the letter, and a letter "signed by X" or a pamphlet "from X" speaks for X.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import kinds
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()



_STORY = "A bomb hidden in a motorcycle wounded six police officers outside a station in Tumaco, Colombia, on Friday. "


@pytest.mark.parametrize("sentence", [
    "The letter, signed by the ELN, warned that the group would strike the police wherever they are, a police "
    "colonel said.",
    "Police said a pamphlet signed by the ELN had threatened that its fighters would attack police stations.",
    "A leaflet from the ELN found last week warned that the rebels would attack the police, the mayor said.",
])
def test_the_letter_is_the_groups_warning_not_an_accusation(nlp: Language, sentence: str) -> None:
    found = kinds(nlp, _STORY + sentence)
    assert ("warning", "ELN", None) in found
    assert not any(kind == "responsibility" for kind, _, _ in found)


def test_an_accusation_beside_the_warning_stays(nlp: Language) -> None:
    found = kinds(nlp, _STORY + "Police said the ELN carried out the bombing and warned that the group would strike "
                                  "again.")
    assert ("responsibility", "Colombia", "ELN") in found


def test_everything_pointing_to_a_group_is_a_hedged_accusation(nlp: Language) -> None:
    doc = nlp(_STORY + "\"Everything points to the ELN,\" a police colonel said.")
    found = {(c.source.affiliation, c.subject.actor, c.hedged) for m in find_claims(doc, find_actors(doc))
             if (c := m.claim).kind == "responsibility" and c.subject}
    assert found == {("Colombia", "ELN", True)}
