"""A Barricade Incident needs a word of people or a place held; "held ... hostage" after an abduction tells the
kidnapping's captivity, not a siege (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import holds_people, rule_hits
from counterclaim.incidents.classify import _barricade_needs_holding, classify
from counterclaim.models import Label, Span

BARRICADE = "Hostage Taking (Barricade Incident)"
KIDNAPPING = "Hostage Taking (Kidnapping)"


def _label(name: str) -> Label:
    return Label(label=name, confidence=0.6, evidence=[Span(start=0, end=1, text="A")])


@pytest.mark.parametrize(
    "text",
    [
        "A man armed with a knife wounded three people at the main station in Bremen before being overpowered by "
        "passers-by, police said.",
        "A gunman shot two guards at a warehouse in Ghent before being tackled by workers.",
    ],
)
def test_no_barricade_without_a_word_of_people_held(text):
    assert not holds_people(text)
    labels = [_label(BARRICADE), _label("Armed Assault")]
    assert [x.label for x in _barricade_needs_holding(labels, text)] == ["Armed Assault"]


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
    labels = [_label(BARRICADE)]
    assert [x.label for x in _barricade_needs_holding(labels, text)] == [BARRICADE]


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
