"""nlp._text.sents_back: where the sentence a few sentences back starts, the reach the anaphor and pronoun readers
share ("... The group said" looks three sentences back), stopping at the first sentence."""

from __future__ import annotations

import pytest

from counterclaim.nlp._text import sents_back
from counterclaim.nlp.pipeline import load_pipeline, parse

TEXT = (
    "Armed men attacked a police post near the river on Friday. "
    "Two officers were wounded in the raid. "
    "A local rights group said the attackers fled on motorbikes. "
    "The group called for an inquiry into the delay."
)


@pytest.fixture(scope="module")
def doc():
    return parse(TEXT, load_pipeline())


def test_walks_back_sentence_by_sentence(doc):
    starts = [s.start for s in doc.sents]
    assert len(starts) == 4
    assert sents_back(doc, starts[3], 0) == starts[3]
    assert sents_back(doc, starts[3], 1) == starts[2]
    assert sents_back(doc, starts[3], 3) == starts[0]


def test_stops_at_the_first_sentence(doc):
    starts = [s.start for s in doc.sents]
    assert sents_back(doc, starts[1], 5) == 0
    assert sents_back(doc, 0, 2) == 0
