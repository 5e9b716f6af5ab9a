"""'killing all five crew members': "all" between a casualty verb and its figure, like "the", leaves the verb
to count the figure."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text, kind, n", [
    ("A military helicopter crashed near Douentza on Friday, killing all five crew members, the army said.",
     "killed", 5),
    ("Gunmen attacked a checkpoint near Gao on Friday, killing all four soldiers on duty.", "killed", 4),
    ("Gunmen stopped a bus near Gao on Friday and shot dead all 12 passengers.", "killed", 12),
    ("Gunmen attacked a checkpoint near Gao on Friday, wounding all three policemen on duty.", "injured", 3),
])
def test_all_before_the_figure_keeps_the_verbs_count(text, kind, n):
    incident = analyze(text, published="2026-05-16").incidents[0]
    assert getattr(incident, kind).min == n


def test_all_the_pupils_abducted_are_no_casualties():
    text = "Gunmen attacked a school near Gao on Friday, killing a teacher. They abducted all 40 pupils."
    incident = analyze(text, published="2026-05-16").incidents[0]
    assert incident.killed.min == 1 and incident.injured is None
