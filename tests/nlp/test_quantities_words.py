"""Casualty figures from number words and single victims, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import find_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _figures(nlp: Language, text: str) -> list[tuple[str, int | None, int | None, str]]:
    out = []
    for c in find_casualties(nlp(text)):
        ev = c.casualties.evidence
        assert text[ev.start : ev.end] == ev.text
        out.append((c.kind, c.casualties.min, c.casualties.max, ev.text))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # half a dozen is six (not "a dozen"), a score is twenty (not one person)
        ("Half a dozen villagers were wounded by the shelling.", [("injured", 6, 6, "Half a dozen villagers")]),
        ("A half-dozen guards were hurt.", [("injured", 6, 6, "A half-dozen guards")]),
        ("Rebels overran the outpost, killing a score of soldiers.",
         [("killed", 20, 20, "a score of soldiers")]),
        ("The bomb killed two dozen pilgrims.", [("killed", 24, 24, "two dozen pilgrims")]),
    ],
)
def test_number_words(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite object after "shot dead" / "gunned down"
        ("Bandits shot dead the village headman near Katsina on Monday.",
         [("killed", 1, 1, "the village headman")]),
        ("Gunmen gunned down the night watchman outside the bank.", [("killed", 1, 1, "the night watchman")]),
        # a definite second conjunct the parse coordinates with the first victim
        ("Gunmen killed a teacher and the driver of his car near Kano on Monday.",
         [("killed", 2, 2, "a teacher and the driver of his car")]),
        # ... but not the subject of a clause of its own
        ("The bomb killed a soldier and the police said two more were hurt.",
         [("killed", 1, 1, "a soldier"), ("injured", 2, 2, "two more")]),
        # a victim in a relative clause, on a name's apposition or on a person noun
        ("Ali Khan, a local trader, who was shot dead outside his shop on Monday, was buried on Tuesday.",
         [("killed", 1, 1, "a local trader, who was shot dead")]),
        ("The family of a shopkeeper who was stabbed to death in Peshawar demanded justice.",
         [("killed", 1, 1, "a shopkeeper who was stabbed to death")]),
        # the parse may hang "who" on the place in the apposition: "who" is still the person
        ("Among the victims was Carlos Ruiz, a radio presenter in the Guatemalan port town of Puerto Barrios, "
         "who was shot dead outside his studio in March.",
         [("killed", 1, 1, "a radio presenter in the Guatemalan port town of Puerto Barrios, who was shot dead")]),
        # the attacker in such a clause is no victim
        ("The gunman who was shot dead by police had a criminal record.", []),
    ],
)
def test_single_victims(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people under care after the attack are its injured, in a quoted toll too
        ('"Nine people lost their lives and six others are receiving treatment," the commissioner said.',
         [("killed", 9, 9, "Nine people"), ("injured", 6, 6, "six others")]),
        ("Two villagers died on the spot while four others are under treatment at the district hospital.",
         [("killed", 2, 2, "Two villagers"), ("injured", 4, 4, "four others")]),
        ("Five passengers were receiving medical attention after the ambush.",
         [("injured", 5, 5, "Five passengers")]),
    ],
)
def test_under_care_is_injured(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert _figures(nlp, text) == expected
