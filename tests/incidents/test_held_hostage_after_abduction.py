""""held ... hostage" after an abduction tells the kidnapping's captivity, not a siege (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import rule_hits
from counterclaim.incidents.classify import classify

BARRICADE = "Hostage Taking (Barricade Incident)"
KIDNAPPING = "Hostage Taking (Kidnapping)"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted a trader in Zamfara state on Monday and held him hostage for five weeks before he was freed.",
        "Bandits kidnapped two engineers near Kaduna and held them hostage until a ransom was paid.",
    ],
)
def test_held_hostage_after_an_abduction_is_the_kidnapping(text):
    assert not any(h.label == BARRICADE and h.decisive for h in rule_hits(text))
    labels = [a.label for a in classify(text).attack_types]
    assert labels[0] == KIDNAPPING and BARRICADE not in labels


def test_held_hostage_at_the_scene_stays_decisive():
    text = "A gunman held four bank tellers hostage inside the branch in Lyon until police stormed the building."
    assert any(h.label == BARRICADE and h.decisive for h in rule_hits(text))
