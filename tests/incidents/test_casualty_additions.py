"""Whole-incident tolls where one more person is told apart from a figure: "The driver also died" in a
sentence of its own, "In addition to the driver, N other ..."; on texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _low(c) -> int | None:
    return None if c is None else c.min if c.min is not None else c.stated


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a definite person who "also died" is one more dead, added to the one before
        ("Gunmen stormed a bank in Kano on Monday. One guard was killed in the raid. The driver also died.", 2),
        ("Gunmen raided a market in Maiduguri, Nigeria. A trader was killed. The cashier also died in the raid.",
         2),
    ],
)
def test_one_more_who_also_died_adds_up(text: str, killed: int) -> None:
    inc = analyze(text).incidents[0]
    assert _low(inc.killed) == killed


def test_a_definite_person_who_died_without_also_is_not_added() -> None:
    # "The trader died": the one shot before, counted once
    inc = analyze("Gunmen shot a trader in Kano, Nigeria, on Monday. The trader died later.").incidents[0]
    assert _low(inc.killed) in (None, 1)


@pytest.mark.parametrize(
    ("text", "killed", "perpetrators"),
    [
        # the one set apart counts with the "N other" of his own side
        ("A car bomb went off early near an army post in Tikrit, Iraq. In addition to the driver, 12 other "
         "militants were killed in the blast.", None, 13),
        ("Bandits ambushed a bus near Jos, Nigeria. In addition to the driver, three other passengers were "
         "killed.", 4, None),
        ("Bandits ambushed a bus near Jos, Nigeria. Besides the conductor, two other passengers died.", 3, None),
        # a figure set apart is a figure of its own, not one more
        ("Bandits ambushed a bus near Jos, Nigeria. In addition to four attackers, nine other people were "
         "killed.", 9, 4),
        # a thing set apart is no one
        ("Bandits ambushed a bus near Jos, Nigeria. In addition to the bus, three other cars were burned and "
         "two passengers died.", 2, None),
    ],
)
def test_the_one_set_apart_from_n_other_counts_too(text: str, killed: int | None, perpetrators: int | None) -> None:
    inc = analyze(text).incidents[0]
    assert _low(inc.killed) == killed
    assert _low(inc.perpetrators_killed) == perpetrators
