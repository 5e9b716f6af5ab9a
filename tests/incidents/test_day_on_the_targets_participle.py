"""'Gunmen opened fire on a bus carrying fans ... on Saturday': a day the parser hangs on a participle that
describes the target of "opened fire on" is the attack's day, as on the victims of a killing verb."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a bus carrying fans of the Kaduna club near Zaria on Saturday, wounding two.",
    "Gunmen opened fire on a bus carrying Kano Pillars players near the town of Bali on Saturday, wounding two "
    "players.",
])
def test_the_day_on_the_targets_participle_dates_the_attack(text):
    assert str(analyze(text, published="2026-09-14").incidents[0].date.value) == "2026-09-12"


def test_a_day_on_a_statement_still_dates_nothing():
    text = ("Gunmen opened fire on a bus near Zaria, wounding two, police said in a statement issued on Sunday.")
    assert analyze(text, published="2026-09-14").incidents[0].date.value is None
