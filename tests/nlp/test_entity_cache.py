"""The entities of a Doc built once (nlp._text.doc_ents, span_ents): the readers that ask for a sentence's or a
token's entity get what spaCy's `doc.ents` and `span.ents` give, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp._text import doc_ents, span_ents
from counterclaim.nlp.pipeline import parse

TEXT = (
    "Gunmen killed four farmers near Bunia in Ituri province on Tuesday, a local official said.\n\n"
    "The Allied Democratic Forces were blamed by Uganda's army for the raid. "
    "John Kabila, a teacher in Beni, said the attackers came from the forest on March 3.\n"
    "No group has claimed the killings."
)


@pytest.fixture(scope="module")
def doc():
    from counterclaim.nlp.pipeline import load_pipeline

    nlp: Language = load_pipeline()
    return parse(TEXT, nlp)


def _keys(spans) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


def test_doc_entities_are_spacys_and_built_once(doc) -> None:
    assert _keys(doc_ents(doc)) == _keys(doc.ents)
    assert len(doc_ents(doc)) >= 4
    assert doc_ents(doc) is doc_ents(doc)


def test_each_sentence_has_spacys_entities(doc) -> None:
    sents = list(doc.sents)
    assert len(sents) >= 3
    for sent in sents:
        assert _keys(span_ents(sent)) == _keys(sent.ents)
    assert _keys(span_ents(doc)) == _keys(doc.ents)


def test_a_span_that_cuts_an_entity_stops_where_spacy_stops(doc) -> None:
    ents = doc_ents(doc)
    for ent in ents:
        if len(ent) < 2:
            continue
        for start in (0, max(0, ent.start - 3), ent.start):
            span = doc[start : ent.end - 1]  # ends inside the entity
            assert _keys(span_ents(span)) == _keys(span.ents)
        span = doc[ent.start + 1 : len(doc)]  # starts inside it
        assert _keys(span_ents(span)) == _keys(span.ents)
