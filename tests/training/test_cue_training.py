"""Training the cue-head tagger on a handful of sentences written for this test (no shared data)."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.training.cues import EXTENT_THRESHOLDS, TAGGER_THRESHOLDS, gold_heads, learn_extent, learn_tagger

SENTENCES = [
    ("The mayor said the bridge would reopen in May.", "said"),
    ("Police officers said two men were arrested.", "said"),
    ("The minister told reporters that the budget was final.", "told"),
    ("A spokeswoman said the company regretted the delay.", "said"),
    ("Residents told the council that the water smelled odd.", "told"),
    ("The coach said his team was ready.", "said"),
    ("Doctors told the family that the boy was stable.", "told"),
    ("The senator said the vote was delayed.", "said"),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _corpus(nlp: Language, copies: int = 3):
    docs, cues = [], []
    for _ in range(copies):
        for text, cue in SENTENCES:
            start = text.index(cue)
            docs.append(nlp(text + " The river rose after the storm."))
            cues.append([((start, start + len(cue)),)])
    return docs, cues


def test_gold_heads_take_the_verb_of_a_multiword_cue(nlp: Language) -> None:
    doc = nlp("The agency said in a statement that the road was closed.")
    start, end = doc.text.index("said"), doc.text.index(" that")
    heads = gold_heads(doc, [((start, end),)])
    assert [doc[i].text for i in heads] == ["said"]
    assert {doc[i].text for i in heads[doc.text.split().index("said")]} >= {"said", "statement"}


def test_gold_heads_fall_back_to_a_colon(nlp: Language) -> None:
    doc = nlp("Pollster: Voters Are Tired")
    colon = doc.text.index(":")
    assert [doc[i].text for i in gold_heads(doc, [((colon, colon + 1),)])] == [":"]


def test_learned_tagger_tags_speech_verbs_and_not_narration(nlp: Language) -> None:
    docs, cues = _corpus(nlp)
    tagger = learn_tagger(docs, cues, {"source": "test"})
    again = learn_tagger(docs, cues, {"source": "test"})
    assert np.array_equal(tagger.weights, again.weights) and tagger.threshold == again.threshold
    assert tagger.threshold in TAGGER_THRESHOLDS and tagger.meta["source"] == "test"
    doc = nlp("The governor said the schools were closed. The river rose after the storm.")
    assert [doc[i].text for i in tagger.heads(doc)] == ["said"]


EXTENT_SENTENCES = [
    ("The mayor told reporters that the bridge would reopen in May.", "told reporters"),
    ("The minister did not say whether the budget was final.", "did not say"),
    ("A spokeswoman said in an email that the company regretted the delay.", "said"),
    ("The coach told reporters that his team was ready.", "told reporters"),
    ("The senator did not say whether the vote was delayed.", "did not say"),
    ("The agency said on Monday that the road was closed.", "said"),
]


def test_learned_extent_takes_in_the_words_annotators_include(nlp: Language) -> None:
    docs, cues = [], []
    for _ in range(4):
        for text, cue in EXTENT_SENTENCES:
            start = text.index(cue)
            docs.append(nlp(text))
            cues.append([((start, start + len(cue)),)])
    model = learn_extent(docs, cues, {"source": "test"})
    assert model.threshold in EXTENT_THRESHOLDS and model.meta["source"] == "test"
    again = learn_extent(docs, cues, {"source": "test"})
    assert np.array_equal(model.weights, again.weights)
    doc = nlp("The judge told reporters that the trial would resume. The chief did not say whether he would stay.")
    told, say = doc[2], doc[14]
    assert (told.text, say.text) == ("told", "say")
    assert doc[slice(*model.span(told))].text == "told reporters"
    assert doc[slice(*model.span(say))].text == "did not say"
    assert model.ranker is not None and 0.0 <= model.ranker.meta["cv_exact_extent_ranked"] <= 1.0
    assert np.array_equal(model.ranker.weights, again.ranker.weights)
    assert learn_extent(docs, cues, ranker=False).ranker is None
