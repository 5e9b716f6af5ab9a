"""Sportsmen are people (session 17): "goalkeeper" and "goalie" have no trade ending the person reader knows."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text, n", [
    ("Gunmen opened fire on a bus carrying players near Bali on Saturday, wounding the team's goalkeeper.", 1),
    ("Gunmen opened fire on a bus carrying players near Bali on Saturday, wounding the goalkeeper and a defender.",
     2),
])
def test_goalkeepers_are_people(text, n):
    assert analyze(text, published="2026-09-14").incidents[0].injured.min == n
