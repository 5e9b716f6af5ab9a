"""An attack told in a time clause of a warning happened; only the warned-of attack is to come."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze
from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse


def _words(text: str) -> set[str]:
    doc = parse(text)
    return {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The consulate had warned of attacks on hotels days before gunmen stormed a guesthouse in Garoua "
         "on Monday.", "stormed"),
        ("Hours before a suicide bomber killed eight worshippers in Maroua on Sunday, the governor had "
         "cautioned of an attack.", "killed"),
        ("Militants threatened the village a month before they burned it to the ground.", "burned"),
    ],
)
def test_an_attack_in_a_past_time_clause_of_a_warning_is_a_trigger(text, word):
    assert word in _words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The group threatened to bomb the bridge before the troops leave the town.", "bomb"),
        ("Officials warned that fighters could storm the camp before the rains begin.", "storm"),
    ],
)
def test_the_threatened_attack_stays_a_threat(text, word):
    assert word not in _words(text)


def test_a_warning_before_a_bombing_keeps_the_bombing_as_an_incident():
    text = ("Security services had warned of possible attacks a week before a bomb went off at a bus depot "
            "in Eldoret, Kenya, on Sunday, killing seven people.")
    rep = analyze(text, published=dt.date(2025, 3, 4))
    assert len(rep.incidents) == 1
    inc = rep.incidents[0]
    assert inc.location is not None and inc.location.name == "Eldoret"
    assert inc.killed is not None and inc.killed.min == 7
