"""One victim told by "him" after a series of verbs whose doers are plural attackers, on sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import read_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "Militants stopped the car of Ali Karimi, a former interpreter, in Herat, Afghanistan. When Karimi "
        "tried to run, the militants tied, stabbed and beheaded him.",
        "Gunmen abducted a trader in Kaduna, Nigeria. The gunmen killed him two days later.",
    ],
)
def test_plural_attackers_doing_it_leave_him_the_victim(nlp: Language, text: str) -> None:
    victims, perps = read_casualties(nlp(text))
    assert [(m.kind, m.casualties.min) for m in victims] == [("killed", 1)]
    assert perps == []


def test_a_single_attacker_before_him_is_the_one_felled(nlp: Language) -> None:
    victims, perps = read_casualties(nlp("A gunman attacked a church in Lyon, France. Police shot and killed him."))
    assert victims == []
    assert [(m.kind, m.casualties.min) for m in perps] == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # people coordinated after "killing him (her)" die with the one the pronoun names
        ("Gunmen ambushed the mayor of Zitacuaro as he left a cafe on Sunday, killing him and his bodyguard.", 2),
        ("Attackers fired on a judge outside her home in Culiacan, killing her and two of her escorts.", 3),
        ("Gunmen stormed the house of a village head in Gusau on Tuesday, killing him, his wife and their son.", 3),
        ("Gunmen ambushed a tax collector near Uruapan on Sunday, killing him and three guards.", 4),
        # another verb's people are not his company
        ("Gunmen ambushed a tax collector near Uruapan on Sunday, killing him and wounding his wife.", 1),
        ("Gunmen ambushed a tax collector near Uruapan on Sunday, killing him and stealing his truck.", 1),
    ],
)
def test_people_listed_with_him(nlp: Language, text: str, killed: int) -> None:
    victims, _ = read_casualties(nlp(text))
    assert [m.casualties.min for m in victims if m.kind == "killed"] == [killed]


def test_the_listed_peoples_evidence_ends_with_their_phrase(nlp: Language) -> None:
    text = "Gunmen shot the mayor of Zitacuaro on Sunday, killing him and his bodyguard, the state prosecutor said."
    victims, _ = read_casualties(nlp(text))
    assert [m.casualties.evidence.text for m in victims] == ["killing him and his bodyguard"]
