"""A Barricade Incident needs a word of people or a place held; "held ... hostage" after an abduction tells the
kidnapping's captivity, not a siege (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import holds_people, rule_hits
from counterclaim.incidents.classify import classify

BARRICADE = "Hostage Taking (Barricade Incident)"
KIDNAPPING = "Hostage Taking (Kidnapping)"


@pytest.mark.parametrize(
    "text",
    [
        "A man armed with a knife wounded three people at Bremen's main train station on Friday evening before being "
        "overpowered by passers-by, German police said.",
        "A man armed with a knife wounded three people at Kiel's central bus station on Friday evening before being "
        "overpowered by passers-by, police said.",
    ],
)
def test_no_barricade_without_a_word_of_people_held(text):
    assert not holds_people(text)
    labels = [a.label for a in classify(text).attack_types]
    assert labels[0] == "Armed Assault" and BARRICADE not in labels


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a bank in Tunis and held eleven staff hostage for six hours.",
        "Armed men barricaded themselves inside a school in Beslan with the pupils.",
        "Militants besieged a hotel in Mogadishu for a day before troops retook it.",
    ],
)
def test_a_word_of_people_held_keeps_the_barricade(text):
    assert holds_people(text)


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
