"""A statement in no incident's sentences goes to the incident told just before it only in the same paragraph:
a sentence's span runs over the blank line after it, so the paragraph ends where its words do. A condemnation
opening the paragraph after a background attack is about the main incident (sentences written for these
tests)."""

from __future__ import annotations

from counterclaim import analyze

_STORY = (
    "Grenade blast at Bamako stadium kills four fans\n\n"
    "BAMAKO, Mali - A grenade thrown into the stands of a stadium in Bamako on Sunday killed four spectators "
    "and wounded 37, police said.\n\n"
    "In July, the al-Qaeda-linked JNIM attacked a military police school in Bamako, killing more than 70 people."
)


def test_a_condemnation_in_the_next_paragraph_is_about_the_main_incident() -> None:
    text = _STORY + '\n\nThe transitional government condemned "a cowardly act aimed at sowing terror".'
    result = analyze(text, published="2024-11-04")
    assert len(result.incidents) == 2
    assert [(c.kind, c.incident) for c in result.claims] == [("condemnation", "i1")]


def test_a_condemnation_in_the_same_paragraph_is_about_the_attack_before_it() -> None:
    # near miss: the statement follows the background attack in its own paragraph
    text = _STORY + ' The government condemned "a cowardly act aimed at sowing terror" at the time.'
    result = analyze(text, published="2024-11-04")
    assert [(c.kind, c.incident) for c in result.claims] == [("condemnation", "i2")]
