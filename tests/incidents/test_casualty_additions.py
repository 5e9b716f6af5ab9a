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


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the remaining of a group told before are others than the dead before them
        ("Militants kidnapped twenty villagers in Diffa, Niger. One person was killed and two hostages were freed "
         "on May 1. The corpses of the remaining twelve captives were recovered on June 4.", 13),
        ("Militants kidnapped twenty villagers in Diffa, Niger. One person was killed. The remaining eleven "
         "hostages were found dead on June 2.", 12),
        ("Gunmen attacked a bus in Kano. Five passengers were killed at the scene and the remaining two died in "
         "hospital.", 7),
    ],
)
def test_the_remaining_add_to_the_dead_before(text: str, killed: int) -> None:
    inc = analyze(text).incidents[0]
    assert _low(inc.killed) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # an ordinal sets the definite captive apart: one death, his name in commas or not
        ("Gunmen abducted three traders in Gao, Mali. Two hostages were later freed and the third hostage, "
         "Musa Toure, died in captivity on June 3.", 1),
        ("Gunmen abducted three traders in Gao, Mali. The third hostage died in captivity.", 1),
        # the captives told by "the hostages", felled by the last verb of a series
        ("Rebels abducted two farmers in Koro, Mali. The captives were marched into a field and summarily "
         "executed there.", 2),
        # a series that fells no one
        ("Rebels abducted two farmers in Koro, Mali. The hostages were taken to a forest and released two days "
         "later.", None),
    ],
)
def test_captives_killed_later(text: str, killed: int | None) -> None:
    inc = analyze(text).incidents[0]
    assert _low(inc.killed) == killed


def test_his_kin_hurt_after_him_is_one_more() -> None:
    """ "X was seriously injured and his grandson suffered minor wounds": the kin is one more hurt."""
    r = analyze("Gunmen attacked a farm near Jos on Monday. The farmer was seriously injured and his young son "
                "suffered minor wounds in the attack.", published="2026-05-10")
    assert len(r.incidents) == 1 and r.incidents[0].injured is not None and r.incidents[0].injured.stated == 2


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # an ordinal no higher than the count told before is one of those counted
        ("A man has been charged after two men were stabbed in Leeds on Saturday. A 45-year-old man suffered "
         "serious stab wounds. A second man, aged 19, suffered minor cuts to his hands.", 2),
        # near miss: one told before, so the second is one more
        ("A man stabbed a guard at a station in Leeds on Saturday. A second man suffered a minor injury.", 2),
    ],
)
def test_an_ordinal_person_within_the_count_told_is_one_of_them(text: str, injured: int) -> None:
    inc = analyze(text, published="2025-09-15").incidents[0]
    assert _low(inc.injured) == injured


def test_an_ordinal_past_the_count_told_adds_one() -> None:
    """Near miss: "a third officer" after two killed is one more dead."""
    text = ("Gunmen ambushed a patrol near Gao on Monday. Two officers were killed in the ambush. A third officer "
            "died of his wounds on Tuesday.")
    assert _low(analyze(text, published="2025-09-15").incidents[0].killed) == 3


@pytest.mark.parametrize(
    "text",
    [
        # another noun than the toll's: one more
        "Two men were stabbed outside a bar in Hull on Friday. A second woman, aged 22, suffered minor cuts.",
        # "also" adds
        "Two police officers were wounded in a shooting in Hull on Friday. A second civilian was also hurt.",
    ],
)
def test_an_ordinal_of_another_noun_or_told_with_also_adds_one(text: str) -> None:
    assert _low(analyze(text, published="2025-09-15").incidents[0].injured) == 3


def test_an_ordinal_of_the_tolls_own_noun_is_one_of_them() -> None:
    """Near miss: the same noun, no "also": one of the two."""
    text = "Two men were stabbed outside a bar in Hull on Friday. A second man, aged 22, suffered minor cuts."
    assert _low(analyze(text, published="2025-09-15").incidents[0].injured) == 2
