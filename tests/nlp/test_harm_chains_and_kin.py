"""A chain of participles ending in a death ("was stabbed, abducted and killed") and a person's kin told with an
age or an adjective ("a settler and his 17-year-old son") are counted, on sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A trader was stabbed, abducted and killed by gunmen near Kano on Monday.", [("killed", 1)]),
        ("A village chief was abducted, tortured and killed by bandits in Katsina, police said.", [("killed", 1)]),
        ("Two herders were beaten, robbed and wounded by armed men on the road to Gusau.", [("injured", 2)]),
        ("Ibrahim Danjuma was stabbed, abducted and killed by gunmen in Kaduna on Friday.", [("killed", 1)]),
        ("Ibrahim Danjuma, a trader, left his shop on Friday. He was beaten, abducted and killed by gunmen outside "
         "the town.",
         [("killed", 1)]),
    ],
)
def test_a_chain_of_participles_takes_the_kind_of_its_last(
        nlp: Language, text: str, expected: list[tuple[str, int]]) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


def test_a_chain_keeps_the_doer() -> None:
    text = "A village chief was abducted, tortured and killed by Boko Haram fighters in Borno on Monday."
    (incident,) = analyze(text, published="2026-01-06").incidents
    assert incident.killed is not None and incident.killed.min == 1
    assert [p.actor for p in incident.perpetrators] == ["Boko Haram"]


def test_a_later_clause_with_its_own_subject_is_no_link_of_the_chain(nlp: Language) -> None:
    victims, perps = counts(nlp, "Ibrahim Danjuma was abducted on Monday, and police later killed two suspects.")
    assert ("killed", 1) not in victims


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen opened fire on a car near Jenin on Friday, killing a settler and his 17-year-old son.", 2),
        ("A settler and his 17-year-old son were killed when their car came under fire.", 2),
        ("Bandits shot dead a herder and his teenage son in the bush.", 2),
        ("Gunmen killed a 40-year-old farmer and his young wife in their home.", 2),
        # an age in words or without hyphens is an age too
        ("A roadside bomb killed a police officer and his six-week-old daughter near Quetta.", 2),
        ("A roadside bomb killed a police officer and his 17 year old son near Quetta.", 2),
        # a count after the possessive stays a count
        ("Gunmen killed a farmer and his two sons in the village.", 3),
    ],
)
def test_kin_with_an_age_or_an_adjective_is_one_more(nlp: Language, text: str, killed: int) -> None:
    victims, _ = counts(nlp, text)
    assert victims == [("killed", killed)]


@pytest.mark.parametrize("text", ["A bomb killed a soldier and his", "Gunmen shot a farmer and her"])
def test_a_text_ending_in_a_possessive_reads_without_error(nlp: Language, text: str) -> None:
    victims, _ = counts(nlp, text)
    assert victims == [("killed", 1)] or victims == [("injured", 1)]
