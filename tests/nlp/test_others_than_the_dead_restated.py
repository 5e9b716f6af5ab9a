"""'At least 23 civilians were killed and 17 others were wounded' after '... killing 23 civilians and injuring 17':
"others" after a figure of the other kind in the same sentence are others than the dead, a restated toll, not
17 more hurt; "two other people were wounded when a second device went off" still adds."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text", [
    "Armed men attacked a displacement site in Djugu territory on Tuesday night, killing 23 civilians and injuring "
    "17. At least 23 civilians were killed and 17 others were wounded, officials said.",
    "HIGHLIGHTS\n• At least 23 civilians killed and 17 injured in an overnight attack on a displacement site in "
    "Djugu territory.\n\nOn Tuesday night, armed men attacked the site. According to local authorities, at least 23 "
    "civilians were killed and 17 others were wounded.",
])
def test_a_restated_toll_with_others_adds_nothing(text):
    incident = analyze(text, published="2026-06-12").incidents[0]
    assert incident.killed.min == 23 and incident.injured.min == 17


def test_others_hurt_by_a_second_device_add():
    text = ("A bomb killed five people at a market in Kano on Tuesday and wounded 12. Two other people were "
            "wounded when a second device went off nearby.")
    assert analyze(text, published="2026-06-12").incidents[0].injured.min == 14



def test_others_of_a_second_attack_with_its_own_dead_add():
    """The same number of "others" hurt beside another count of dead is a second attack's toll, not a restated one."""
    text = ("A bomb killed 4 people and wounded 6 at a market in Kano on Tuesday. Gunmen later attacked a nearby "
            "police post, killing 2 officers and wounding 6 others.")
    assert analyze(text, published="2026-06-12").incidents[0].injured.min == 12
