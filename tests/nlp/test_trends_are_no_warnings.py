"""A trend told as it stands ("aid agencies warn that attacks are rising", "warned that violence was getting
worse") is no warning of an attack; a plot told before the attack still is."""

from __future__ import annotations

import pytest

from counterclaim import analyze

AMBUSH = "Militants ambushed a convoy near Macomia in Mozambique on Monday, killing six drivers. "


@pytest.mark.parametrize("trend", [
    "Government officials say security has improved in the main towns, but aid agencies warn that attacks in "
    "rural areas are rising.",
    "The UN warned that violence in the province was getting worse.",
    "The UN warned that kidnappings were increasing across the north.",
])
def test_a_trend_is_no_warning(trend):
    assert analyze(AMBUSH + trend, published="2026-05-16").claims == []


def test_a_plot_told_before_stays_a_warning():
    text = AMBUSH + "The UN warned last week that militants were planning attacks on convoys."
    claims = analyze(text, published="2026-05-16").claims
    assert [(c.kind, c.source.actor) for c in claims] == [("warning", "United Nations")]


@pytest.mark.parametrize("warning", [
    "The UN warned that attacks on convoys were increasing and that more drivers would be killed.",
    "The UN warned that attacks on convoys are spreading and said more ambushes could follow.",
])
def test_a_trend_joined_to_a_threat_stays_a_warning(warning):
    """A clause with "would / could" joined to the trend warns of attacks to come."""
    claims = analyze(AMBUSH + warning, published="2026-05-16").claims
    assert [(c.kind, c.source.actor) for c in claims] == [("warning", "United Nations")]
