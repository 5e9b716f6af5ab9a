"""An act done "with the knowledge" (consent, approval) of a party charges that party with it, as "with the
support of X" does: "the attack had been 'prepared and organised' with the knowledge of Iranian security
services" accuses Iran (sentences written for these tests)."""

from __future__ import annotations

from counterclaim import analyze

_ACT = "A gunman stormed the Azerbaijani embassy in Tehran on Friday, killing a guard. "


def test_an_attack_organised_with_a_state_s_knowledge_accuses_it() -> None:
    text = _ACT + (
        'The Azerbaijani foreign ministry said the attack had been "prepared and organised" with the knowledge '
        "of Iranian security services. Iran rejected the accusation."
    )
    result = analyze(text, published="2023-02-04")
    assert [(c.source.affiliation, c.subject.actor if c.subject else None, c.polarity) for c in result.claims] == [
        ("Azerbaijan", "Iran", "affirm"),
        ("Iran", "Iran", "deny"),
    ]
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("Iran", "contested")]


def test_knowledge_of_a_place_accuses_no_one() -> None:
    # near miss: the knowledge is the gunman's own, of the building
    text = _ACT + "Police said the gunman had acted with detailed knowledge of the embassy's layout."
    assert analyze(text, published="2023-02-04").claims == []
