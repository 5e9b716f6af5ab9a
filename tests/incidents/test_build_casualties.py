"""Whole-incident tolls where a death is told after a wounding, on texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _low(c) -> int | None:
    return None if c is None else c.min if c.min is not None else c.stated


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # one more who was hurt and died later adds to the dead told before in the sentence
        ("Gunmen attacked a bus near Kaduna. Two passengers were killed and another passenger was wounded and "
         "later died in hospital.", 3, None),
        # the date of that later death opens no incident of its own
        ("Gunmen raided a police post near Tal Afar on Monday. A guard died at the scene and a second guard was "
         "wounded before succumbing to his wounds on Thursday.", 2, None),
        # one of the injured counted before who died is taken off them
        ("Gunmen attacked a bus near Kaduna. Five passengers were injured. Another passenger was wounded and "
         "later died in hospital.", 1, 4),
        # the one shot by gunmen who died in hospital is killed, not injured as well
        ("A shopkeeper was shot by gunmen in Quetta on Tuesday. He died in hospital.", 1, None),
        ("A security guard was stabbed in Lille on Friday. He was rushed to hospital but died of his wounds.",
         1, None),
    ],
)
def test_a_death_after_a_wounding_counts_once(text: str, killed: int, injured: int | None) -> None:
    result = analyze(text)
    assert len(result.incidents) == 1
    inc = result.incidents[0]
    assert (_low(inc.killed), _low(inc.injured)) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # hostages of the attack killed on a later day are still its dead
        ("Gunmen attacked farmers near Beni on April 2, 2021, killing two people and abducting nine. Four of "
         "them escaped while another five hostages were killed in a forest on May 3, 2021.", 7),
        # one more, told as 'an additional' person, adds to the dead before
        ("Two traders were shot dead by gunmen in Herat on Sunday. An additional guard lost his life as he "
         "chased them.", 3),
    ],
)
def test_more_dead_told_apart_add_to_the_toll(text: str, killed: int) -> None:
    result = analyze(text)
    assert len(result.incidents) == 1
    assert _low(result.incidents[0].killed) == killed


@pytest.mark.parametrize(
    "text",
    [
        # the one taken, named, then killed or found dead on a later date: the kidnapping's own dead
        "Gunmen abducted Musa Garba, a ward councillor, near Gusau, Nigeria, on March 2, 2021. Garba was shot "
        "dead on March 9, 2021.",
        "Gunmen abducted Musa Garba, a ward councillor, near Gusau, Nigeria, on March 2, 2021. Garba's body was "
        "found in a forest on March 9, 2021.",
        "Gunmen abducted Musa Garba, a ward councillor, near Gusau, Nigeria, on March 2, 2021. He was killed on "
        "March 9, 2021.",
        # unnamed: the same noun made definite, "his body", "found deceased"
        "Bandits kidnapped a cattle trader near Funtua on Friday. The trader was found dead on Sunday.",
        "Bandits kidnapped a cattle trader near Funtua on Friday. His body was found in a forest on Sunday.",
        "Bandits kidnapped a cattle trader near Funtua on Friday. He was found deceased on Sunday.",
    ],
)
def test_one_taken_and_killed_later_is_one_incident_with_its_dead(text: str) -> None:
    result = analyze(text)
    assert len(result.incidents) == 1
    assert _low(result.incidents[0].killed) == 1
