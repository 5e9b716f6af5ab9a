"""The group the doers belong to, told by a reduced relative the parser makes the main verb or in a sentence of
its own after the attack (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _groups(text: str) -> list[str]:
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1
    return [p.actor for p in incidents[0].perpetrators]


def test_fighters_affiliated_with_a_group_name_it_when_the_parse_makes_affiliated_the_verb():
    text = ("Fighters affiliated with the Islamic State ambushed a convoy near Ouallam on Tuesday, killing seven "
            "soldiers.")
    assert _groups(text) == ["Islamic State"]


@pytest.mark.parametrize(
    "after",
    ["They belonged to al-Shabaab, police said.", "The attackers were members of al-Shabaab, police said."],
)
def test_membership_told_after_the_attack_names_the_group(after):
    text = "Gunmen stormed a guesthouse in Baidoa on Friday, killing four guests. " + after
    assert _groups(text) == ["Al-Shabaab"]


def test_no_group_when_the_pronoun_is_the_victims():
    # 'they' are the victims: no armed men did the violence before
    text = "A bomb killed four guests at a guesthouse in Baidoa on Friday. They belonged to al-Shabaab, police said."
    assert _groups(text) == []


def test_denied_membership_is_the_speakers_denial():
    text = ("Gunmen stormed a guesthouse in Baidoa on Friday, killing four guests. They did not belong to "
            "al-Shabaab, police said.")
    perps = analyze(text, published="2025-06-10").incidents[0].perpetrators
    assert [(p.actor, p.status) for p in perps] == [("Al-Shabaab", "denied")]
