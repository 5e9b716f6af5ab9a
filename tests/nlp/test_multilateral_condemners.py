"""Condemnations by multilateral groupings (the G7, the G20, ASEAN) and by officials named in the plural with
the body they serve ("Foreign ministers of the EU") speak for that body (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

LEAD = "A drone attack set fire to fuel tanks at an oil terminal in Yanbu on Wednesday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Group of Seven condemned the attack.", "G7"),
    ("G7 foreign ministers condemned the attack in a joint statement.", "G7"),
    ("Foreign ministers of the Group of Seven condemned the attack.", "G7"),
    ("Leaders of the G20 condemned the attack on Thursday.", "G20"),
    ("Officials of the European Union condemned the attack.", "European Union"),
    ("Leaders of the African Union condemned the attack.", "African Union"),
])
def test_the_body_condemns(nlp: Language, sentence: str, body: str) -> None:
    assert condemners(nlp, LEAD + sentence) == {body}


def test_a_plural_noun_that_is_no_title_speaks_for_no_body(nlp: Language) -> None:
    assert not condemners(nlp, LEAD + "Residents of the European Quarter condemned the attack.")


def test_officials_of_a_hyphen_run_ministry_name_the_ministry_not_its_hyphen(nlp: Language) -> None:
    """"the Taliban-run education ministry": the parser leaves the name out of the office's words; the source's
    words are the office's, with no dangling "-run"."""
    doc = nlp("A bomb killed six pupils at a school in Herat, Afghanistan, on Monday. Officials of the "
              "Taliban-run education ministry condemned the attack.")
    texts = {m.claim.source.text for m in find_claims(doc, find_actors(doc))}
    assert texts and not any(t.startswith("-") or t.startswith("run") for t in texts)
