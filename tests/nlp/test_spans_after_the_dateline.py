"""A wire dateline the parser hangs on the subject after it ("KABUL (Reuters) - Officials said") says where the
report was filed: the speaker's span, and the claim's evidence, start at the speaker's own words. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "speaker"), [
    ("KABUL (Wire) - Officials said the Taliban set off a truck bomb outside a bank in Kabul on Monday.",
     "Officials"),
    ("KABUL - Police said the Taliban set off a truck bomb outside a bank in Kabul on Monday.", "Police"),
    ("KABUL (Wire) - Local media reports said the Taliban set off a truck bomb outside a bank in Kabul on Monday.",
     "Local media reports"),
])
def test_the_speaker_span_starts_after_the_dateline(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    claims = [m.claim for m in find_claims(doc, find_actors(doc)) if m.claim.kind == "responsibility"]
    assert claims
    for claim in claims:
        assert claim.source.evidence.text == speaker
        assert text[claim.source.evidence.start:claim.source.evidence.end] == speaker
        assert claim.evidence.text.startswith(speaker)


def test_a_speaker_without_a_dateline_keeps_his_words(nlp: Language) -> None:
    text = "Afghan officials said the Taliban set off a truck bomb outside a bank in Kabul on Monday."
    doc = nlp(text)
    claim = next(m.claim for m in find_claims(doc, find_actors(doc)) if m.claim.kind == "responsibility")
    assert claim.source.evidence.text == "Afghan officials"
    assert claim.evidence.text == text
