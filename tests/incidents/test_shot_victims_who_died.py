"""Whole-incident tolls for people shot and then told dead, a limb cut off, a name or pronoun leading "and N
others", and fighters counted with civilians; on texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _low(c) -> int | None:
    return None if c is None else c.min if c.min is not None else c.stated


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the one shot died there: one dead, not one hurt
        ("Gunmen shot a pharmacist outside his shop in Maiduguri on Monday. The victim, Musa Garba, died at the "
         "scene.", 1, None),
        ("Two men on a motorbike shot a teacher in Gombe on Friday. The victim died in the attack.", 1, None),
        ("A gunman walked up to the judge outside the court in Multan on Monday and shot him. He died before "
         "reaching hospital.", 1, None),
        ("Unknown men ambushed a councillor near Bauchi. The bullets hit him in the neck and he died instantly.",
         1, None),
        # a death told with the harm after it ("died after he was shot") or the care ("after being rushed to")
        ("Opposition leader Juan Perez died after he was shot in the chest at a rally in Kandy on Monday.", 1,
         None),
        ("Gunmen shot a trader in Kano on Monday. He died after being rushed to hospital.", 1, None),
        # a definite figure as large as the shot ones is those people dead
        ("Attackers shot four election officials in Baqubah on Sunday. All four of the officials died in the "
         "shooting.", 4, None),
        ("Gunmen shot a herder and two boys at a well near Gao on Tuesday. The three civilians died in the "
         "attack.", 3, None),
        ("Gunmen shot two customs officers on the road to Kano on Monday. Both officers were killed on the spot.",
         2, None),
    ],
)
def test_the_shot_who_died_are_dead_not_hurt(text: str, killed: int, injured: int | None) -> None:
    inc = analyze(text, published="2024-04-10").incidents[0]
    assert _low(inc.killed) == killed
    assert _low(inc.injured) == injured


def test_a_death_of_illness_is_no_casualty() -> None:
    inc = analyze("Gunmen shot a trader in Kano on Monday. His uncle died after a long illness in 2019.",
                  published="2024-04-10").incidents[0]
    assert inc.killed is None


@pytest.mark.parametrize(
    "text",
    [
        # hurt, not dead: the definite figure tells another fate
        "Gunmen shot two customs officers on the road to Kano on Monday. Both officers were rushed to hospital.",
        # a later figure of other people adds, it does not take the shot ones
        "Gunmen wounded two customs officers near Kano on Monday. Three soldiers were killed nearby.",
    ],
)
def test_other_fates_keep_the_hurt(text: str) -> None:
    inc = analyze(text, published="2024-04-10").incidents[0]
    assert _low(inc.injured) == 2


def test_one_already_counted_dead_is_not_counted_twice() -> None:
    inc = analyze("Gunmen killed a guard at a bank in Kano on Monday. The guard died at the scene.",
                  published="2024-04-10").incidents[0]
    assert _low(inc.killed) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A grenade went off at a fruit market in Jalalabad on Friday. A vendor's leg had to be amputated, police said.",
        "A bomb exploded near a school in Kismayo on Friday. Doctors amputated a student's hand.",
    ],
)
def test_a_limb_cut_off_is_one_injured(text: str) -> None:
    inc = analyze(text, published="2024-04-10").incidents[0]
    assert _low(inc.injured) == 1


def test_a_limb_cut_off_among_those_counted_adds_none() -> None:
    inc = analyze("A bomb exploded near a school in Kismayo on Friday, wounding four people. A student's leg was "
                  "amputated.", published="2024-04-10").incidents[0]
    assert _low(inc.injured) == 4


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen opened fire on a candidate, Peter Obi Nwosu, in Onitsha on Monday. Nwosu and two others were "
         "killed and five people were injured.", 3),
        ("A bomb hit the office of Ali Musa in Kano on Monday, killing him and nine other people.", 10),
    ],
)
def test_the_one_before_and_n_others_counts(text: str, killed: int) -> None:
    inc = analyze(text, published="2024-04-10").incidents[0]
    assert _low(inc.killed) == killed


def test_fighters_counted_with_civilians_are_one_toll() -> None:
    inc = analyze("Rebels attacked the village of Kamango on Thursday. Sixty fighters and civilians were killed, "
                  "the army said.", published="2024-04-10").incidents[0]
    assert _low(inc.killed) == 60
    assert inc.killed.includes_perpetrators


@pytest.mark.parametrize(
    "text",
    [
        # the plural after "and" is the subject of a clause of its own, not more of the dead
        "The army killed 15 militants and residents fled the town of Damasak on Monday.",
        "Soldiers killed 12 insurgents and civilians fled the area near Dikwa on Tuesday.",
        "Troops killed 40 rebels and villagers later buried the bodies near Beni.",
    ],
)
def test_fighters_then_a_clause_of_other_people_keeps_the_fighters_apart(text: str) -> None:
    inc = analyze(text, published="2024-04-10").incidents[0]
    assert inc.killed is None or not inc.killed.includes_perpetrators
    assert _low(inc.perpetrators_killed) in {12, 15, 40}


def test_fighters_and_villagers_killed_by_a_clash_are_one_toll() -> None:
    inc = analyze("Clashes in Ituri on Friday killed 40 militants and villagers, local officials said.",
                  published="2024-04-10").incidents[0]
    assert _low(inc.killed) == 40
    assert inc.killed.includes_perpetrators


@pytest.mark.parametrize(
    "text",
    [
        # someone else who died there is one more dead; the hurt stay hurt
        "Two people were hurt when a bomb struck a minibus in Herat on Friday. The driver died at the scene.",
        "Gunmen wounded two policemen at a roadblock near Jos on Friday. Their sergeant died in the attack.",
    ],
)
def test_another_person_dead_at_the_scene_keeps_the_hurt(text: str) -> None:
    inc = analyze(text, published="2024-04-10").incidents[0]
    assert _low(inc.killed) == 1
    assert _low(inc.injured) == 2


def test_the_shot_ones_own_noun_dead_at_the_scene_is_moved() -> None:
    inc = analyze("Gunmen shot a tailor in Zaria on Friday. The tailor died at the scene.",
                  published="2024-04-10").incidents[0]
    assert _low(inc.killed) == 1
    assert inc.injured is None


def test_a_named_death_after_care_alone_is_no_casualty() -> None:
    inc = analyze("A gunman shot a shopkeeper in Kaduna on Friday. Retired judge Paul Eze died after being admitted "
                  "to hospital with a fever on Thursday.", published="2024-04-10").incidents[0]
    assert inc.killed is None
    assert _low(inc.injured) == 1


def test_the_one_shot_then_named_dead_is_moved() -> None:
    inc = analyze("Gunmen shot a shopkeeper in Kaduna on Friday. Paul Eze, 52, died after he was shot in the "
                  "neck.", published="2024-04-10").incidents[0]
    assert _low(inc.killed) == 1
    assert inc.injured is None
