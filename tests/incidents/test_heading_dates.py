"""A date that heads a summary ("09/12/1993: The group claimed ...") dates the act told after it, even when the
sentence is a claim: it is no statement's day (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "04/05/1994: The IRA said it was behind two mortar rounds launched at a police barracks in Armagh, which "
        "wounded a constable.",
        "04/05/1994: The IRA claimed it had launched two mortar rounds at a police barracks in Armagh, wounding a "
        "constable.",
    ],
)
def test_a_heading_date_dates_a_claimed_attack(text: str) -> None:
    (incident,) = analyze(text).incidents
    assert str(incident.date.value) == "1994-04-05"


def test_a_claim_on_its_own_day_still_dates_the_statement() -> None:
    text = ("Gunmen attacked a police station in Armagh on Saturday, wounding a constable. On Monday, the group "
            "claimed responsibility.")
    (incident,) = analyze(text, published="2026-01-06").incidents
    assert str(incident.date.value) == "2026-01-03"
