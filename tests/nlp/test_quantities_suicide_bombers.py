"""A counted suicide bomber who carried out the act died of it (a perpetrator killed, as GTD counts), on
sentences written for these tests; a would-be or caught bomber, a bomber whose death the text already tells,
or uncounted bombers add none. One person named by an apposition is one."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import read_casualties


def _perps_killed(text: str) -> int:
    _, perps = read_casualties(parse(text))
    return sum(m.casualties.stated or 0 for m in perps if m.kind == "killed")


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A suicide bomber detonated his vest at a checkpoint in Kunduz on Monday, killing four policemen.", 1),
        ("Two suicide bombers struck a market in Maiduguri on Tuesday, killing nine people.", 2),
        ("A suicide car bomber rammed a convoy near Kabul on Sunday, wounding three soldiers.", 1),
        # told once by the text: not twice
        ("A suicide bomber detonated his vest in Kunduz, killing four policemen. The bomber also died.", 1),
        ("A suicide bomber blew himself up at a wedding in Kabul, killing 20 people.", 1),
    ],
)
def test_the_suicide_bomber_died(text: str, dead: int) -> None:
    assert _perps_killed(text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "A would-be suicide bomber detonated a device on a plane over Chicago. Nobody was killed.",
        "A suicide bomber tried to detonate his vest at a mosque in Quetta but was arrested by police.",
        "Suicide bombers drove cars packed with explosives into an army base near Gao.",
        "A suicide bomber detonated a truck at a base in Ghazni. The number of attacker casualties is unknown.",
        # feared or in doubt: no act told as done
        "Police feared a suicide bomber might attack churches in Peshawar; on Sunday gunmen killed two "
        "worshippers there.",
        "Officials warned that a suicide bomber could attack a stadium in Kabul; on Friday a bomb killed three "
        "guards there.",
        "Investigators did not say whether a suicide bomber detonated the device at the bus depot in Kano.",
        # a bomber who got away: not every counted bomber died
        "Two suicide bombers attacked a bus station in Maiduguri. One detonated his vest, while the other fled.",
        "A suicide bomber struck a shrine in Quetta on Friday, killing 30 people. A second suicide bomber escaped.",
    ],
)
def test_no_bomber_death_told_or_implied(text: str) -> None:
    assert _perps_killed(text) == 0


def test_one_person_named_by_an_apposition_is_one() -> None:
    victims, _ = read_casualties(parse("Gunmen raided a warehouse in Herat. One man, a night watchman, died "
                                       "in the raid."))
    assert [(m.kind, m.casualties.stated) for m in victims] == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "victims_dead"),
    [
        # the pronoun is the bomber, a perpetrator: the people listed with him are the victims (session 19)
        ("A suicide bomber blew himself up at a bus stop in Kano on Monday, killing himself and 11 others.", 11),
        ("A suicide bomber blew himself up outside a mosque in Bauchi, killing him and six worshippers.", 6),
    ],
)
def test_the_bomber_listed_with_his_victims_is_no_victim(text: str, victims_dead: int) -> None:
    victims, _ = read_casualties(parse(text))
    assert [(m.kind, m.casualties.stated) for m in victims] == [("killed", victims_dead)]
    assert _perps_killed(text) == 1  # the bomber's death is the perpetrators', told once however often it is said


@pytest.mark.parametrize(
    "text",
    [
        # nothing listed after "him": the bomber alone died, no victim (session 19 fix)
        "A suicide bomber detonated his vest at a checkpoint in Baidoa, killing him.",
        "A car bomb went off too early in the attacker's car, killing him.",
    ],
)
def test_the_bomber_killed_alone_is_no_victim(text: str) -> None:
    victims, _ = read_casualties(parse(text))
    assert [m for m in victims if m.kind == "killed"] == []


def test_him_after_the_bomber_killed_himself_is_the_victim_named_first() -> None:
    # "himself" told the bomber's death; "him" is the official the sentence opened with, dead with the others
    victims, _ = read_casualties(parse("The governor was targeted by a suicide bomber who blew himself up beside his "
                                       "convoy, killing him and nine others."))
    assert [(m.kind, m.casualties.stated) for m in victims] == [("killed", 10)]


def test_a_victim_named_by_the_pronoun_is_counted_with_the_others() -> None:
    # near miss: "him" points to the one shot, a victim, and counts with his guards
    victims, _ = read_casualties(parse("Gunmen ambushed the district chief near Bama, killing him and two guards."))
    assert [(m.kind, m.casualties.stated) for m in victims] == [("killed", 3)]
