"""A list of names before or after a harm verb counts each person, on sentences written for these tests:
the parser often takes the second name of "A, B, and C" for the first one's apposition."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import find_casualties


def _count(text: str, kind: str) -> int:
    return sum(c.casualties.stated or 0 for c in find_casualties(parse(text)) if c.kind == kind)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Gunmen opened fire at a wedding in Kaduna. Fatima Umar, Hauwa Musa, Ibrahim Lawan and Yusuf Bako "
         "were wounded.", "injured", 4),
        ("Police said Carlos Mendez, Luis Ortega, and Jorge Ramos were wounded in the shooting in Tijuana.",
         "injured", 3),
        ("Gunmen killed Carlos Mendez, Luis Ortega, and Jorge Ramos in Tijuana on Friday.", "killed", 3),
        ("Gunmen shot dead Carlos Mendez, Luis Ortega and Jorge Ramos in Tijuana on Friday.", "killed", 3),
        ("Two men, Carlos Mendez and Luis Ortega, were wounded in the shooting in Tijuana.", "injured", 2),
    ],
)
def test_each_listed_name_counts(text: str, kind: str, count: int) -> None:
    assert _count(text, kind) == count


@pytest.mark.parametrize(
    "text",
    [
        # an apposition that is no second name, and places after the object, add no one
        "Carlos Mendez, Luis Ortega's brother, was wounded in the shooting in Tijuana.",
        "Carlos Mendez, the mayor, was wounded in the shooting in Tijuana.",
        "Gunmen shot and killed Omar Noori, a customs officer, in Nad Ali District, Lashkar Gah, Helmand.",
    ],
)
def test_one_name_stays_one(text: str) -> None:
    assert _count(text, "killed") + _count(text, "injured") == 1


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Bala Yusuf, Deputy Governor, and Sani Garba were killed in an ambush near Gusau.", "killed", 2),
        ("Gunmen killed Omar Farooq, Police Commissioner, and Tariq Aziz in Quetta on Monday.", "killed", 2),
        ("Gunmen shot dead Musa Ali, Chief Imam, and Sani Bello in Kaduna on Monday.", "killed", 2),
    ],
)
def test_a_title_between_commas_is_no_name(text: str, kind: str, count: int) -> None:
    """A capitalised title set off by commas after a name is that person's office, no one more."""
    assert _count(text, kind) == count
