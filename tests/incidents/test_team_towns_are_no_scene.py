"""A town before a lower-case team word ("players of Bamenda club PWD Stars", "the Lagos team bus", "fans of the
Kaduna club") is the team's home, no scene: the town the act is placed near is."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text, town", [
    ("Gunmen opened fire on a bus carrying players of Bamenda club PWD Stars near the town of Bali in Cameroon on "
     "Saturday, wounding two players.", "Bali"),
    ("Gunmen attacked the Lagos team bus near Ibadan on Saturday, wounding two players.", "Ibadan"),
    ("Gunmen opened fire on a bus carrying fans of the Kaduna club near Zaria on Saturday, wounding two.", "Zaria"),
])
def test_the_teams_town_is_no_scene(text, town):
    assert analyze(text, published="2026-09-14").incidents[0].location.name == town


def test_a_town_alone_stays_the_scene():
    text = "Gunmen opened fire on a team bus in Bamenda on Saturday, wounding two players."
    assert analyze(text, published="2026-09-14").incidents[0].location.name == "Bamenda"
