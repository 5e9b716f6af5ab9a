"""The object of "attacked" that opens a place chain is the place attacked, even when the parser breaks on an
unfamiliar name (sentences written for these tests; the broken parses are built by hand, as the parser
gives them on some such names)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from counterclaim.incidents.segment import is_locative
from counterclaim.models import Location, Span
from counterclaim.nlp.mentions import PlaceMention

# (word, pos, dep, head index, lemma)
_UNFAMILIAR = [("Assailants", "NOUN", "nsubj", 1, "assailant"), ("attacked", "VERB", "ROOT", 1, "attack"),
               ("Umuoke", "PROPN", "oprd", 1, "Umuoke"), (",", "PUNCT", "punct", 2, ","),
               ("Ebonyi", "PROPN", "conj", 2, "Ebonyi"), (",", "PUNCT", "punct", 4, ","),
               ("Nigeria", "PROPN", "appos", 4, "Nigeria"), (".", "PUNCT", "punct", 1, ".")]
_DISTRICT = [("Assailants", "NOUN", "nsubj", 1, "assailant"), ("attacked", "VERB", "ROOT", 1, "attack"),
             ("Pusht", "PROPN", "punct", 1, "Pusht"), ("Rod", "PROPN", "compound", 4, "Rod"),
             ("district", "NOUN", "ROOT", 4, "district"), (",", "PUNCT", "punct", 4, ","),
             ("Farah", "PROPN", "npadvmod", 4, "Farah"), (".", "PUNCT", "punct", 4, ".")]
_PRAISED = [("Officials", "NOUN", "nsubj", 1, "official"), ("praised", "VERB", "ROOT", 1, "praise"),
            ("Umuoke", "PROPN", "oprd", 1, "Umuoke"), (",", "PUNCT", "punct", 2, ","),
            ("Ebonyi", "PROPN", "conj", 2, "Ebonyi"), (".", "PUNCT", "punct", 1, ".")]


def _doc(rows: list[tuple[str, str, str, int, str]]) -> Doc:
    words, pos, deps, heads, lemmas = zip(*rows, strict=True)
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    return Doc(Vocab(), words=list(words), spaces=spaces, pos=list(pos), deps=list(deps), heads=list(heads),
               lemmas=list(lemmas))


def _place(doc: Doc, start: int, end: int) -> PlaceMention:
    span = doc[start:end]
    evidence = Span(start=span.start_char, end=span.end_char, text=span.text)
    return PlaceMention(location=Location(name=span.text, evidence=evidence), sent=0, level="city")


@pytest.mark.parametrize(("rows", "start", "end"), [(_UNFAMILIAR, 2, 3), (_DISTRICT, 2, 4)])
def test_the_place_attacked_opens_the_chain(rows: list, start: int, end: int) -> None:
    doc = _doc(rows)
    assert is_locative(doc, _place(doc, start, end))


def test_the_object_of_another_verb_is_no_scene() -> None:
    doc = _doc(_PRAISED)
    assert not is_locative(doc, _place(doc, 2, 3))
