"""A report of an attack that the text calls untrue tells no attack, with every word of the shared table
`_cues.UNTRUE_WORDS` ("a groundless report of a shooting"); scorn alone ("a slanderous report") does not say the
attack did not happen (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse


def _strong_words(text: str) -> set[str]:
    doc = parse(text)
    return {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s) if t.strong}


@pytest.mark.parametrize("word", ["groundless", "fictitious", "mistaken", "baseless"])
def test_a_report_called_untrue_tells_no_attack(word):
    text = f"Police traced the caller behind a {word} report of a shooting at the depot on Tuesday."
    assert "shooting" not in _strong_words(text)


def test_a_report_called_slanderous_still_tells_the_attack():
    text = "The minister denied a slanderous report of a shooting by his guards at the depot on Tuesday."
    assert "shooting" in _strong_words(text)
