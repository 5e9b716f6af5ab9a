"""The incident's date against the days of what followed it or of what it is measured against: a reaction's
day (a condemnation, a claim withdrawn) gives way to the attack's own day, a milestone in a since-phrase
dates no incident, and an aside about the injured keeps the when-clause's day."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze
from counterclaim.incidents.segment import dates_a_reaction
from counterclaim.nlp.dates import find_dates
from counterclaim.nlp.pipeline import parse


def _one(text: str, published: str):
    incidents = analyze(text, published=published).incidents
    assert len(incidents) == 1, incidents
    return incidents[0]


def test_a_condemnation_day_gives_way_to_the_attack_day_in_the_same_sentence():
    inc = _one("The African Union on Wednesday condemned the shelling of a camp near Tawila, Sudan, which killed "
               "eleven displaced people on Sunday.", "2025-06-13")
    assert str(inc.date.value) == "2025-06-08"


def test_a_denial_day_gives_way_to_the_attack_day():
    inc = _one("A rebel group on Thursday denied carrying out a bombing which killed seven people at a bus stop "
               "in Goma on Tuesday.", "2025-06-13")
    assert str(inc.date.value) == "2025-06-10"


def test_a_withdrawn_claim_does_not_date_the_ambush_told_after_it():
    text = ("An armed group that claimed an ambush which killed eight soldiers near the town of Menaka withdrew "
            "the claim on Tuesday, calling it a forgery. The ambush took place on Saturday.")
    inc = _one(text, "2025-06-13")
    assert str(inc.date.value) == "2025-06-07"


def test_a_condemnation_alone_still_dates_the_attack():
    inc = _one("The European Union on Wednesday denounced an attack on a clinic in Kunduz that killed six "
               "patients.", "2025-06-13")
    assert str(inc.date.value) == "2025-06-11"


def test_a_milestone_in_a_since_clause_dates_nothing():
    inc = _one("A bomb killed four people at a bus station in Kidal, Mali. It was the worst attack in the town "
               "since a peace deal was signed in June 2015.", "2025-06-13")
    assert inc.date.value is None


def test_a_milestone_noun_after_since_dates_nothing():
    inc = _one("A car bomb killed 12 people in Yangon. It was the bloodiest day in the city since the coup in "
               "February 2021.", "2025-06-13")
    assert inc.date.value is None


def test_an_aside_about_the_injured_keeps_the_day_of_the_when_clause():
    # the parser hangs the when-clause on "three" as a relative clause; a fire is no attack word of its own
    inc = _one("Seven people were injured, three of them seriously, when a fire broke out on Monday at a hostel "
               "for migrants in Cottbus.", "2025-06-13")
    assert str(inc.date.value) == "2025-06-09"


@pytest.mark.parametrize(
    "text",
    [
        "Legislators traded accusations on Wednesday over an ambush in which bandits killed 21 miners near Anka "
        "on Sunday.",
        "Residents protested on Wednesday against a raid in which gunmen killed 21 miners near Anka on Sunday.",
        "The state assembly on Wednesday debated Sunday's raid near Anka, in which gunmen killed 21 miners.",
    ],
)
def test_a_reaction_day_in_the_main_clause_gives_way_to_the_attack_day(text: str):
    assert str(_one(text, "2025-06-13").date.value) == "2025-06-08"


def test_an_exchange_of_fire_is_no_reaction():
    doc = parse("Troops exchanged fire with bandits near Anka on Wednesday.")
    assert not any(dates_a_reaction(doc, d) for d in find_dates(doc, dt.date(2025, 6, 13)))
