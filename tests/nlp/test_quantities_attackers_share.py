"""A bare share told right after the attackers is of the attackers (their deaths are no victims' toll), on
sentences written for these tests; after victims, or after uncounted attackers with no forces as the doers,
it stays the victims'."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import read_casualties


@pytest.mark.parametrize(
    "text",
    [
        "Two gunmen attacked a police station in Peshawar on Monday. One was shot dead by police, the other fled.",
        "Three gunmen attacked a checkpoint in Arish. One of them was killed by soldiers.",
        "Gunmen attacked a police station in Mardan on Monday. One was shot dead by police.",
        "Two gunmen attacked a police station in Peshawar. One attacker was arrested and the other was killed "
        "by police.",
    ],
)
def test_the_attackers_share_is_no_victim(text: str) -> None:
    victims, _ = read_casualties(parse(text))
    assert victims == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen attacked a bus near Kaduna on Monday. Two were killed.", 2),
        ("Gunmen attacked three soldiers near Kaduna on Monday. One of them was killed.", 1),
    ],
)
def test_a_share_of_the_victims_counts(text: str, killed: int) -> None:
    victims, _ = read_casualties(parse(text))
    assert sum(m.casualties.stated or 0 for m in victims if m.kind == "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two gunmen opened fire at a mosque in Kano on Friday. Three were killed and five wounded.", 3),
        ("Three gunmen stormed a wedding party in a village near Herat. Seven were killed.", 7),
        ("Two gunmen raided a bus station in Jos on Sunday. Two were killed.", 2),
    ],
)
def test_a_bare_number_after_counted_attackers_is_the_victims(text: str, killed: int) -> None:
    """A bare number with no forces as its doers is the people attacked, even after counted attackers."""
    victims, perps = read_casualties(parse(text))
    assert sum(m.casualties.stated or 0 for m in victims if m.kind == "killed") == killed
    assert perps == []
