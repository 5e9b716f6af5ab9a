"""A government's advice to its citizens about travel to a country, issued after an attack, is no warning of it
(DESIGN: a warning is given before the attack or threatens more); the advice may name travel in a phrase after
the noun ("a similar advisory for travel to X") as well as before it ("a travel warning"). Sentences written
for these tests."""

from __future__ import annotations

from counterclaim import analyze

_ATTACK = "A gunman stormed the Azerbaijani embassy in Tehran on Friday, killing a guard. "


def test_an_advisory_for_travel_is_no_warning() -> None:
    text = _ATTACK + (
        "Azerbaijan advised its citizens against all travel to Iran, and Iran's foreign ministry issued a similar "
        "advisory for travel to Azerbaijan."
    )
    claims = analyze(text, published="2023-02-04").claims
    assert [c for c in claims if c.kind == "warning"] == []


def test_an_advisory_about_threats_before_the_attack_is_still_a_warning() -> None:
    # near miss: the advisory is about threats, and came before the attack
    text = _ATTACK + "Iran's foreign ministry had issued an advisory on threats to embassies a week before the attack."
    claims = analyze(text, published="2023-02-04").claims
    assert [(c.kind, c.source.affiliation) for c in claims] == [("warning", "Iran")]


_CONCERT = (
    "Gunmen opened fire on concertgoers at a music hall outside Moscow on Friday, killing at least 60 people. "
)


def test_a_warning_about_travel_is_still_a_warning() -> None:
    # a warning or alert (not standing advice), or advice that cites a threat, before the attack warns of it
    for tail in (
        "Two weeks before the attack, the US embassy issued a warning against travel to large gatherings in "
        "Moscow, citing imminent plans by extremists to target concerts.",
        "Two weeks before the attack, the US embassy issued a warning about travel to Moscow.",
        "Two weeks before the attack, the US embassy issued an advisory against travel to large gatherings in "
        "Moscow, citing imminent plans by extremists to target concerts.",
    ):
        claims = analyze(_CONCERT + tail, published="2024-03-23").claims
        assert [(c.kind, c.source.affiliation) for c in claims if c.kind == "warning"] == [
            ("warning", "United States")
        ], tail
