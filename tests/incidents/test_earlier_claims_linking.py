"""A claim whose own clause dates the act it claims well before the incident is a claim of an earlier attack:
it does not make its group this incident's claimant (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim import analyze

PUBLISHED = dt.date(2025, 6, 14)


def _perps(text: str) -> list[tuple[str, str]]:
    rep = analyze(text, published=PUBLISHED)
    return [(p.actor, p.status) for p in rep.incidents[0].perpetrators]


def test_a_claim_dated_a_year_before_is_not_this_incidents():
    text = ("A suicide bomber struck a checkpoint in Quetta, Pakistan, on Friday, killing six policemen. "
            "The BLA claimed a bombing at the same checkpoint in October 2023.")
    rep = analyze(text, published=PUBLISHED)
    assert all(p.status != "claimed" for p in rep.incidents[0].perpetrators)
    own = [c for c in rep.claims if c.kind == "responsibility" and c.is_self]
    assert own and all(c.incident != rep.incidents[0].id for c in own)


def test_a_suspicion_beside_an_old_claim_stays_with_the_incident():
    text = ("Gunmen killed four guards at a mine near Kayes, Mali, on Thursday. Officials suspect JNIM, "
            "which claimed a raid on a gold mine in the same area in 2022.")
    assert _perps(text) == [("JNIM", "alleged")]


def test_a_claim_of_this_attack_stays_claimed():
    text = ("A suicide bomber struck a checkpoint in Quetta, Pakistan, on Friday, killing six policemen. "
            "The BLA claimed the bombing on Saturday.")
    assert _perps(text) == [("Balochistan Liberation Army", "claimed")]
