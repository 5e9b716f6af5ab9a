"""A charge noun set after a claim ("..., a charge X rejected") is the charge of the verb it hangs on: when that
is a content verb beside the claim ("claimed the killings, alleging that the workers were informers, a charge
their families rejected"), the rejection answers what the group alleged about the victims, not its claim of the
act (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_ACT = "Four labourers were shot dead by gunmen near Hoshab on Monday. "


def test_a_charge_about_the_victims_is_no_denial() -> None:
    text = _ACT + (
        "The banned Balochistan Liberation Front claimed the killings, alleging that the workers were informers "
        "for the intelligence agencies, a charge their families rejected."
    )
    result = analyze(text, published="2024-10-23")
    assert [(c.kind, c.polarity) for c in result.claims] == [("responsibility", "affirm")]
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [
        ("Balochistan Liberation Front", "claimed")
    ]


@pytest.mark.parametrize(
    "charge",
    [
        "Police said the Balochistan Liberation Front had carried out the killings, a charge the group rejected.",
        "Police blamed the Balochistan Liberation Front for the killings, a charge the group rejected.",
    ],
)
def test_a_charge_of_the_act_is_still_denied(charge: str) -> None:
    # near misses: the charge is the accusation of the act itself
    result = analyze(_ACT + charge, published="2024-10-23")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [
        ("Balochistan Liberation Front", "contested")
    ]
