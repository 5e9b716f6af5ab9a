"""Killings told by the verb before the people, on sentences written for these tests: a hyphened modifier
("an off-duty officer") keeps the noun phrase whole, "assassinated" and "lynched" kill their objects, and a
victim "strangled to death" after "him" is one dead."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import read_casualties


def _killed(text: str) -> int:
    victims, _ = read_casualties(parse(text))
    return sum(m.casualties.stated or 0 for m in victims if m.kind == "killed")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shot and killed an off-duty police officer in Garissa town, Kenya.", 1),
        ("Gunmen killed two ex-soldiers near Kabul.", 2),
        ("A car bomb killed two passers-by and a guard in Kabul.", 3),
        ("Gunmen assassinated a judge in Quetta.", 1),
        ("A mob lynched two men accused of theft in Jos.", 2),
        ("Attackers stormed the home of a village chief in Bijapur, India. They beat the chief and strangled him "
         "to death.", 1),
    ],
)
def test_the_killed_objects_count(text: str, killed: int) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen tried to assassinate a judge in Quetta but missed.",
        "A man stabbed a guard at the gate in Lyon. Police shot him dead.",
    ],
)
def test_no_victim_killed(text: str) -> None:
    assert _killed(text) == 0
