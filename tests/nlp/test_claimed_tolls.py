"""A toll the perpetrators give of their own killing, on sentences written for these tests: quoted in the first
person ("'We killed 25 soldiers,' a spokesman for the group said") it is marked as claimed by the
perpetrator, and an official figure for the same dead wins (DESIGN.md casualty conventions)."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import find_casualties


@pytest.mark.parametrize(
    "text",
    [
        '"We killed 40 soldiers and seized their weapons," an al-Shabaab spokesman told reporters.',
        'A Taliban spokesman said: "Our mujahideen killed 18 policemen at the checkpoint."',
    ],
)
def test_a_first_person_kill_count_is_claimed(text: str) -> None:
    dead = [c for c in find_casualties(parse(text)) if c.kind == "killed"]
    assert dead and all(c.casualties.claimed_by_perpetrator for c in dead)


@pytest.mark.parametrize(
    "text",
    [
        '"They killed 40 villagers," a survivor told reporters.',
        "The army said its troops killed 40 militants.",
        "A spokesman for the governor said gunmen killed 12 farmers.",
    ],
)
def test_others_telling_a_toll_is_no_claim(text: str) -> None:
    found = find_casualties(parse(text))
    assert not any(c.casualties.claimed_by_perpetrator for c in found)


def test_the_officials_toll_wins_over_the_claimed_one() -> None:
    text = ("Insurgents overran a military outpost near Bulo Burte on Tuesday. \"We killed 40 soldiers,\" an "
            "al-Shabaab spokesman said. The defence ministry said five soldiers died in the attack.")
    inc = analyze(text, published="2026-08-06").incidents[0]
    assert inc.killed is not None and inc.killed.stated == 5 and not inc.killed.claimed_by_perpetrator


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State said its fighters had stormed an army camp near Kidal on Friday, killing 22 soldiers.",
        "The Islamic State outlet said fighters of the group had raided a barracks, killing 22 soldiers.",
        '"We overran the barracks and killed 22 soldiers," the group said.',
        '"Our men killed 22 soldiers at the checkpoint," Amaq said in a statement.',
    ],
)
def test_a_groups_told_killing_in_a_participle_or_under_the_group_is_claimed(text: str) -> None:
    dead = [c for c in find_casualties(parse(text)) if c.kind == "killed"]
    assert dead and all(c.casualties.claimed_by_perpetrator for c in dead)


def test_police_telling_the_same_wording_is_no_claim() -> None:
    text = "Police said gunmen had stormed an army camp near Kidal on Friday, killing 22 soldiers."
    assert not any(c.casualties.claimed_by_perpetrator for c in find_casualties(parse(text)))


def test_the_officials_toll_beats_a_claim_told_as_a_participle() -> None:
    text = ("Islamic State said its fighters had stormed an army camp near Kidal on Friday, killing 22 soldiers. "
            "The defence minister said three soldiers were killed.")
    inc = analyze(text, published="2026-08-06").incidents[0]
    assert inc.killed is not None and inc.killed.stated == 3


@pytest.mark.parametrize(
    "text",
    [
        "The group said its fighters had killed and wounded 55 people in the raid.",
        "Some 55 people were killed and wounded in the raid on the market.",
    ],
)
def test_killed_and_wounded_sharing_one_figure_is_neither_toll(text: str) -> None:
    assert not find_casualties(parse(text))


def test_a_groups_quoted_repeat_of_its_claim_is_claimed_and_adds_nothing() -> None:
    text = ("Islamic State said its fighters had stormed an army camp near Kidal on Friday, killing 22 soldiers. "
            '"The lions of the faith raided the camp and killed 22 of them," Amaq said. '
            "The defence minister said three soldiers were killed.")
    dead = [c for c in find_casualties(parse(text)) if c.kind == "killed"]
    assert [c.casualties.claimed_by_perpetrator for c in dead] == [True, True, False]
    inc = analyze(text, published="2026-08-06").incidents[0]
    assert inc.killed is not None and inc.killed.stated == 3
