"""A body found of a named or described person is one killed; the body of an attacker is none (session 11).
On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_PUBLISHED = "2025-06-18"


@pytest.mark.parametrize("text", [
    "The body of reporter Elena Vargas was found on June 9 in a field outside Ensenada, a day after she was "
    "kidnapped by armed men.",
    "The body of a local councillor was found in a ditch near Ghazni on Monday, a day after he was abducted.",
    # the casualty reader knew "located" but not "exhumed" (the trigger reader's word)
    "Gunmen kidnapped a trader, Ade Okon, in Makurdi on Monday. Police exhumed his body from a shallow grave on "
    "Friday.",
    # the trigger reader knew only plural bodies: one bullet-riddled body told no killing
    "The bullet-riddled body of a village chief was recovered near Kidal on Tuesday.",
])
def test_the_body_of_a_named_or_described_person_is_one_killed(text: str) -> None:
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert [i.killed.stated if i.killed else None for i in incidents] == [1]


@pytest.mark.parametrize("text", [
    "Gunmen attacked the house of a teacher near Menaka on Friday. The body of a gunman was found near the house.",
    "Gunmen abducted a trader near Menaka on Friday. The body of one of the kidnappers was found near the village "
    "on Sunday.",
])
def test_the_body_of_an_attacker_is_no_victim(text: str) -> None:
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert [i.killed for i in incidents] == [None]


def test_one_table_of_what_a_found_body_is() -> None:
    """The casualty reader, the trigger reader and the segmenter read one list of body words and find verbs."""
    from counterclaim.incidents import segment, triggers
    from counterclaim.nlp import _cues, quantities
    for module in (quantities, triggers, segment):
        assert module.DEAD_BODY_NOUNS is _cues.DEAD_BODY_NOUNS
        assert module.BODY_FOUND_VERBS is _cues.BODY_FOUND_VERBS
    assert not hasattr(quantities, "_FOUND") and not hasattr(triggers, "_BODIES")


def test_a_body_found_without_violence_tells_no_attack() -> None:
    text = "The body of a migrant was found in the desert near Kidal on Tuesday."
    assert analyze(text, published=_PUBLISHED).incidents == []
