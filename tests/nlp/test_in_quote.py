"""Whether a word stands inside quotation marks: one reading (nlp._text.in_quote) for the speaker reader, the
actor reader and the claim reader, on sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import condemners
from spacy.language import Language

from counterclaim.nlp import attribution
from counterclaim.nlp._text import in_quote
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "inside"), [
    ('The governor said the raid was "a cowardly act" and left.', "cowardly", True),
    ('The governor said the raid was "a cowardly act" and left.', "left", False),
    ("The governor said the raid was “a cowardly act” and left.", "cowardly", True),
    ("The governor said the raid was “a cowardly act” and left.", "left", False),
    # an opening curly mark the sentence does not close still holds what follows
    ("The governor said: “We will hunt down the killers.", "killers", True),
])
def test_in_quote_reads_straight_and_curly_marks(nlp: Language, text: str, word: str, inside: bool) -> None:
    assert in_quote(_token(nlp(text), word)) is inside


def test_the_claim_reader_asks_the_shared_reading() -> None:
    """The claim reader kept a copy of its own; it reads the one in nlp._text now."""
    assert attribution.in_quote is in_quote
    assert not hasattr(attribution, "_in_quote")


def test_a_terror_label_in_the_speakers_own_words_condemns(nlp: Language) -> None:
    """'a terrorist attack' in quotation marks is the speaker's verdict; without them, a classification."""
    lead = "A bomb killed six shoppers at a market in Peshawar on Sunday. "
    quoted = lead + 'The Interior Minister of Pakistan called the bombing "a terrorist attack on our people".'
    plain = lead + "The Interior Minister of Pakistan labeled the incident as a terrorist attack."
    assert "Pakistan" in condemners(nlp, quoted)
    assert "Pakistan" not in condemners(nlp, plain)
