"""A body noun whose apposition names it ("The ruling party, the X Congress, condemned ...") speaks under that
name, as the name alone would. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEAD = "A grenade killed three people at a campaign rally in Ndola on Saturday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("rest, name", [
    ("The main opposition party, the Movement for Civic Renewal, condemned the attack.",
     "Movement for Civic Renewal"),
    ("The governing party, the Union for National Progress, condemned the grenade attack.",
     "Union for National Progress"),
])
def test_body_noun_named_in_apposition_condemns(nlp: Language, rest: str, name: str) -> None:
    assert name in condemners(nlp, _LEAD + rest)


def test_body_noun_with_no_name_speaks_under_its_description(nlp: Language) -> None:
    # no name to speak under: the party the text calls the opposition's speaks for itself (session 17)
    assert condemners(nlp, _LEAD + "The main opposition party condemned the attack.") == {"main opposition party"}
