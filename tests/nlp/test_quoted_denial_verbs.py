"""A denial verb set in quote marks ('his country "categorically rejects" accusations'): the tagger takes the verb
for a plural noun, and the accusation inside it was read as the denier's own claim. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


_STORY = "A drone hit a fuel depot near Jizan, Saudi Arabia, on Saturday, starting a large fire. "


@pytest.mark.parametrize("sentence", [
    "Iran's envoy told the Security Council that his country \"categorically rejects\" accusations that it was "
    "involved.",
    "The Iranian ambassador said Tehran \"firmly denies\" claims that it was behind the strike.",
    "At the council, the Iranian envoy said Iran \"totally rejects\" the allegation that it launched the "
    "drone.",
])
def test_a_quoted_denial_verb_denies(nlp: Language, sentence: str) -> None:
    found = self_blames(nlp, _STORY + sentence)
    assert ("Iran", "Iran", "deny", True) in found
    assert ("Iran", "Iran", "affirm", True) not in found


def test_the_same_denial_without_quote_marks_still_denies(nlp: Language) -> None:
    found = self_blames(nlp, _STORY + "The Iranian envoy said his country categorically rejects accusations that "
                                      "it was involved.")
    assert found == {("Iran", "Iran", "deny", True)}


def test_a_plural_noun_is_no_denial(nlp: Language) -> None:
    """Nouns of rejection with no subject stay nouns: "rejects" here names goods, and nothing is denied."""
    found = self_blames(nlp, _STORY + "Saudi officials said the Houthis carried out the strike on the rejects "
                                      "warehouse.")
    assert all(polarity == "affirm" for _, _, polarity, _ in found)
