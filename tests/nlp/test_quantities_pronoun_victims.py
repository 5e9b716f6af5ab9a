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
