"""The attacker the security forces stopped, on sentences written for these tests: "before being shot dead
by police", "before they were killed by troops", "He died of his wounds" after the attacker's lunge are the
perpetrators' casualties, never the victims'."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _one(text: str):
    r = analyze(text, published="2026-05-04")
    assert len(r.incidents) == 1
    return r.incidents[0]


def _n(c) -> int | None:
    return None if c is None else c.stated


@pytest.mark.parametrize(
    ("text", "killed", "injured", "perps_killed"),
    [
        ("A man wielding a machete killed a shopkeeper and injured two customers at a market in Marseille on "
         "Friday before being shot dead by officers.", 1, 2, 1),
        ("Four gunmen killed six worshippers at a church in Owo on Sunday until they were killed by soldiers.",
         6, None, 4),
        ("A man hacked a pensioner to death in a park in Graz on Friday before being killed by police.",
         1, None, 1),
    ],
)
def test_an_attacker_felled_after_the_attack(text: str, killed: int, injured: int | None,
                                             perps_killed: int) -> None:
    inc = _one(text)
    assert (_n(inc.killed), _n(inc.injured), _n(inc.perpetrators_killed)) == (killed, injured, perps_killed)


def test_attackers_felled_with_no_count_are_some() -> None:
    inc = _one("Militants stormed a police post in Tank on Friday, killing three officers, before being killed by "
               "security forces.")
    assert inc.perpetrators_killed is not None and inc.perpetrators_killed.qualifier == "vague"
    assert _n(inc.killed) == 3


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A man with a knife killed a bus driver and wounded two passengers in Hamburg on Monday. Officers fired "
         "when the man charged at them. He died of his injuries in hospital.", 1),
        ("A gunman wounded two guards at a bank in Graz on Monday. Police shot the gunman, who succumbed to his "
         "wounds in hospital.", None),
    ],
)
def test_he_who_died_later_is_the_attacker(text: str, killed: int | None) -> None:
    inc = _one(text)
    assert (_n(inc.killed), _n(inc.injured), _n(inc.perpetrators_killed)) == (killed, 2, 1)


def test_the_victim_who_died_later_stays_a_victim() -> None:
    inc = _one("A gunman shot a watchman at a warehouse in Graz on Monday. He died in hospital.")
    assert _n(inc.killed) == 1 and inc.perpetrators_killed is None


def test_an_attacker_not_stopped_by_the_forces_is_no_casualty() -> None:
    inc = _one("A man killed a woman in a park in Graz on Friday before being arrested by police.")
    assert inc.perpetrators_killed is None
