"""Tuning of the role model's thresholds and per-role relevance gates on out-of-fold rankings."""

from __future__ import annotations

from counterclaim.incidents.roles import ROLES, Policy, Ranked
from counterclaim.training import roles as training


def _tuner(items) -> training._Tuner:
    tuner = object.__new__(training._Tuner)
    tuner.items = items
    return tuner


def _gold(**roles: list[str]) -> dict[str, list[list[str]]]:
    return {r: [[x] for x in roles.get(r, [])] for r in ROLES}


# A doubtful report (relevance 0.3) names a victim who is not one, scored higher than the real victim
# of a clear report (0.9), so no threshold tells them apart; the doubtful report's weapon is real.
ITEMS = [
    ([Ranked(0.9, "victims", 0, 2, "mayor lopez"), Ranked(0.7, "weapons", 5, 6, "grenade")],
     {}, 20, _gold(weapons=["grenade"]), 0.3),
    ([Ranked(0.8, "victims", 0, 2, "judge ruiz"), Ranked(0.6, "weapons", 4, 6, "car bomb")],
     {}, 20, _gold(victims=["judge ruiz"], weapons=["car bomb"]), 0.9),
]
THRESHOLDS = dict.fromkeys(ROLES, 0.5)


def test_a_role_gate_drops_only_that_roles_fillers_in_doubtful_reports():
    tuner = _tuner(ITEMS)
    open_gates = dict.fromkeys(ROLES, 0.0)
    assert round(tuner.f1(THRESHOLDS, Policy(), open_gates), 4) == round(6 / 7, 4)  # P 3/4, R 3/3
    victims_gated = {**open_gates, "victims": 0.5}
    assert tuner.f1(THRESHOLDS, Policy(), victims_gated) == 1.0
    # one gate for every role would lose the doubtful report's grenade as well
    assert tuner.f1(THRESHOLDS, Policy(), dict.fromkeys(ROLES, 0.5)) < 1.0


def test_coordinate_ascent_finds_the_victims_gate():
    tuner = _tuner(ITEMS)
    thresholds, gates, f1 = training._ascend(tuner, THRESHOLDS, Policy(), dict.fromkeys(ROLES, 0.0), 1)
    assert f1 == 1.0
    assert 0.3 < gates["victims"] <= 0.9
    assert gates["weapons"] <= 0.3
