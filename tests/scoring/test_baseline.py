"""Floors of the accuracy gate: raised freely, lowered only on request."""

from __future__ import annotations

from counterclaim.scoring.baseline import SuiteResult, floor_of, update


def test_floor_is_value_minus_margin_rounded_down() -> None:
    assert floor_of(0.8625, 0.02) == 0.842
    assert floor_of(0.01, 0.02) == 0.0


def test_floors_rise_but_do_not_fall_without_permission() -> None:
    baseline = {"margin": 0.02, "suites": {"news": {"floors": {"incident_f1": 0.80, "claims_f1": 0.50}}}}
    notes = update(baseline, "news", SuiteResult({"incident_f1": 0.70, "claims_f1": 0.90}, "abc"), allow_lower=False)
    floors = baseline["suites"]["news"]["floors"]
    assert floors == {"incident_f1": 0.80, "claims_f1": 0.88}
    assert baseline["suites"]["news"]["digest"] == "abc"
    assert any("incident_f1" in n and "kept" in n for n in notes)


def test_allow_lower_lowers() -> None:
    baseline = {"margin": 0.02, "suites": {"news": {"floors": {"incident_f1": 0.80}}}}
    update(baseline, "news", SuiteResult({"incident_f1": 0.70}, "abc"), allow_lower=True)
    assert baseline["suites"]["news"]["floors"]["incident_f1"] == 0.68
