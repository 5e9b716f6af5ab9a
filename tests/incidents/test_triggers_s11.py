"""Session-11 trigger rules on sentences written for these tests: attacks the text rules out, beatings
with no weapon."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse


def _strong_words(text: str) -> set[str]:
    doc = parse(text)
    return {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s) if t.strong}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Detectives said they had found no evidence of arson at the depot.", "arson"),
        ("Firefighters did not find any sign of an explosion inside the flat.", "explosion"),
        ("Officers are tracing the caller who made a false report of a shooting at the school.", "shooting"),
        ("Fire investigators have ruled out arson.", "arson"),
        ("A fake claim of a bombing at the stadium spread on social media.", "bombing"),
    ],
)
def test_an_attack_the_text_rules_out_is_no_trigger(text, word):
    assert word not in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police found evidence of arson at the depot after the blaze.", "arson"),
        ("Witnesses gave a detailed report of an explosion at the market.", "explosion"),
    ],
)
def test_an_attack_with_evidence_or_a_plain_report_stays_a_trigger(text, word):
    assert word in _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rotterdam station was closed for two hours on Monday after a caller made a bomb threat that proved to "
        "be a hoax. Police are investigating the false report of an explosion on a platform.",
        "A fire destroyed a timber yard in Graz overnight. No one was hurt. Investigators found no evidence of "
        "arson and blamed a faulty heater.",
        "A fire gutted a storage hall in Linz on Tuesday. Two firefighters were treated for smoke inhalation. "
        "Investigators found no evidence of arson and blamed it on an electrical fault.",
    ],
)
def test_a_ruled_out_attack_opens_no_incident(text):
    assert analyze(text, published="2025-03-05").incidents == []
