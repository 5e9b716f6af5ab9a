"""In a transcript, "I condemn ..." and "I offer my condolences" on a line opened by the answerer's name are that
person's, as the line's accusations are (docs/conventions.md, transcript turns)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_INTRO = ("KINSHASA, March 3 (Wire) - Gunmen killed 19 traders at a market near Beni on Saturday. The "
          "following is a transcript of an interview with Interior Minister Jacquemain Lukusa.\n\n"
          "Q: What do you say to the families?\n")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _reactions(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    doc = nlp(text)
    return {(m.claim.kind, m.claim.source.affiliation) for m in find_claims(doc, find_actors(doc))
            if m.claim.kind in {"condemnation", "sympathy"}}


def test_the_answerers_first_person_reactions_are_his(nlp: Language) -> None:
    text = _INTRO + "Lukusa: I condemn this cowardly attack, and I offer my condolences to the families."
    assert _reactions(nlp, text) == {("condemnation", "Democratic Republic of the Congo"),
                                     ("sympathy", "Democratic Republic of the Congo")}


def test_the_askers_line_is_no_ones(nlp: Language) -> None:
    text = _INTRO.replace("What do you say to the families?", "Do you condemn the attack?") + "Lukusa: Yes."
    assert _reactions(nlp, text) == set()
