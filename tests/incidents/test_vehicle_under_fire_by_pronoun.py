"""'The bus was travelling to X when it came under fire on Saturday': the pronoun stands for the vehicle of the
clause above, so the clause is the attack and its day dates the incident (the minister who "came under fire from
lawmakers" is still no attack)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

LEDE = "Gunmen opened fire on a bus carrying players near the town of Bali in Cameroon, wounding two players. "


@pytest.mark.parametrize("second", [
    "The bus was travelling to Buea when it came under fire on Saturday afternoon, the club said.",
    "The convoy was heading to the mine when it came under fire on Saturday afternoon.",
])
def test_the_pronoun_under_fire_dates_the_attack(second):
    incidents = analyze(LEDE + second, published="2026-09-14").incidents
    assert len(incidents) == 1 and str(incidents[0].date.value) == "2026-09-12"


def test_criticism_stays_no_attack():
    text = ("The minister was speaking in parliament on Saturday when he came under fire from lawmakers over the "
            "budget.")
    assert analyze(text, published="2026-09-14").incidents == []
