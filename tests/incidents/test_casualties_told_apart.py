"""Single deaths told in sentences of their own: one more person of another kind adds to the toll of the same
incident; another place makes another incident; the same noun or people who may take him in add nothing. The
people taken in a kidnapping are no casualties. Texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _low(c) -> int | None:
    return None if c is None else c.min if c.min is not None else c.stated


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a checkpoint outside Ansongo on Friday. A soldier was killed. A customs officer "
        "died later in hospital.",
        "Militants attacked a checkpoint outside Ansongo on Friday, killing a soldier. A customs officer was "
        "killed when a grenade hit his post.",
    ],
)
def test_one_more_of_another_kind_adds(text: str) -> None:
    result = analyze(text, published="2024-03-23")
    assert len(result.incidents) == 1
    assert _low(result.incidents[0].killed) == 2


def test_another_town_is_another_incident() -> None:
    text = ("A soldier was killed in an ambush near Ansongo on Friday. In Menaka, a customs officer died when a "
            "roadside bomb hit his vehicle.")
    result = analyze(text, published="2024-03-23")
    assert [_low(i.killed) for i in result.incidents] == [1, 1]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # people may take him in
        ("Militants attacked a checkpoint outside Ansongo on Friday. Five people were killed. A customs officer "
         "died when a grenade hit his post.", 5),
        # the same noun may restate the one told
        ("Militants attacked a checkpoint outside Ansongo on Friday, killing a soldier. A soldier died when a "
         "grenade hit his post.", 1),
    ],
)
def test_no_more_when_he_may_be_one_of_them(text: str, killed: int) -> None:
    result = analyze(text, published="2024-03-23")
    assert len(result.incidents) == 1
    assert _low(result.incidents[0].killed) == killed


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted two people from a farm near Gusau on Friday.",
        "Armed men kidnapped three traders on the Kaduna highway on Friday. The hostages were released on Sunday.",
        "Bandits seized 12 villagers in a night raid on Friday.",
    ],
)
def test_people_taken_are_no_casualties(text: str) -> None:
    # the record has no field for captives (models.Incident): their count must not become dead or injured
    result = analyze(text, published="2024-03-23")
    assert result.incidents
    assert all(i.killed is None and i.injured is None for i in result.incidents)


@pytest.mark.parametrize(
    "qualifier", ["", "at least ", "more than "],
)
def test_a_toll_across_attacks_is_not_one_of_them(qualifier: str) -> None:
    # "one of (at least) four raids": the joint toll across them belongs to none of them
    text = (f"Militants raided an army post in Kala district, Helmand, Afghanistan, on Monday. The raid was one of "
            f"{qualifier}four raids on army posts in the province that day. Seventeen soldiers died and a dozen "
            "were hurt across the clashes, officials said.")
    result = analyze(text)
    assert len(result.incidents) == 1
    assert result.incidents[0].killed is None and result.incidents[0].injured is None
