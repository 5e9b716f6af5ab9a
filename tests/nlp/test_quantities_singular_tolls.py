"""Tolls told by a singular noun ("One death was reported", "one injury") and a second figure gapped after a passive
("One man was killed another wounded"): sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A grenade went off in a bar in Gitega. One death was reported.", [("killed", 1)]),
        ("A grenade went off in a bar in Gitega. One injury was reported.", [("injured", 1)]),
        ("A grenade went off in a bar in Gitega. One fatality was confirmed by police.", [("killed", 1)]),
        ("The blast at the depot caused one death and four injuries.", [("killed", 1), ("injured", 4)]),
        ("No one died, though one injury was reported after the fire at the shop.", [("injured", 1)]),
        # the plural stays as it was
        ("A grenade went off in a bar in Gitega. Two deaths were reported.", [("killed", 2)]),
    ],
)
def test_a_singular_death_or_injury_is_a_count(nlp: Language, text: str, victims: list) -> None:
    assert counts(nlp, text)[0] == victims


@pytest.mark.parametrize(
    "text",
    [
        "Two men were sentenced to death for the attack on the depot.",
        "The guard died of a head injury after the fall.",
        "He was sentenced to death in absentia.",
    ],
)
def test_death_and_injury_that_count_no_one(nlp: Language, text: str) -> None:
    assert counts(nlp, text)[0] == []


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # the singular noun qualifies the noun after it: threats, squads, sentences, certificates, claims
        ("Gunmen killed a judge in Kano on Monday, two weeks after he received two death threats.", [("killed", 1)]),
        ("Gunmen killed a judge in Kano. He had been threatened by two death squads.", [("killed", 1)]),
        ("A court in Kano confirmed two death sentences on Monday.", []),
        ("The court passed three death sentences for the raid on the depot.", []),
        ("Police issued two death certificates for the traders killed in the raid.", []),
        ("Gunmen shot a trader in Kano on Monday. He had filed two injury claims.", [("injured", 1)]),
    ],
)
def test_a_singular_death_or_injury_before_a_noun_counts_no_one(nlp: Language, text: str, victims: list) -> None:
    assert counts(nlp, text)[0] == victims


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("One guard was killed another wounded when bandits raided the depot.", [("killed", 1), ("injured", 1)]),
        ("One guard was killed and another wounded when bandits raided the depot.", [("killed", 1), ("injured", 1)]),
        ("Two soldiers were killed three others hurt when the convoy hit a mine.", [("killed", 2), ("injured", 3)]),
        # an active verb takes its object: "killed two farmers" whatever follows
        ("Bandits killed two farmers injured in an earlier raid.", [("killed", 2)]),
    ],
)
def test_a_figure_after_a_passive_takes_the_casualty_word_after_it(nlp: Language, text: str,
                                                                   victims: list) -> None:
    assert counts(nlp, text)[0] == victims


def test_sentenced_to_death_kills_no_one(nlp: Language) -> None:
    assert counts(nlp, "A military court sentenced three men to death for the bombing.")[0] == []
    assert counts(nlp, "A mob beat three men to death in the market.")[0] == [("killed", 3)]
