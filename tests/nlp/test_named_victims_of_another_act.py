"""A named victim's harm after "after", "since", "in revenge for" is another act's, on sentences written for these
tests: "The firebombing came after the shooting of Tom Reyes by a police officer" hurt no one in the firebombing,
as session 18 reads counted people after such words."""

from __future__ import annotations

import pytest

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import read_casualties


def _counts(text: str) -> list[tuple[str, int | None]]:
    victims, _ = read_casualties(parse(text))
    return [(m.kind, m.casualties.stated) for m in victims]


@pytest.mark.parametrize(
    "text",
    [
        "The firebombing came after the shooting of Tom Reyes, a student, by a police officer.",
        "Gunmen burned a police post in revenge for the killing of Tom Reyes.",
    ],
)
def test_the_harm_another_act_did_is_no_casualty(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # near misses: the act condemned or the act of the suspects is the one told
        ("The governor condemned the killing of Tom Reyes in Cali.", [("killed", 1)]),
        ("Police arrested two men over the shooting of Tom Reyes in Cali.", [("injured", 1)]),
    ],
)
def test_the_harm_of_the_act_told_counts(text: str, counts: list[tuple[str, int | None]]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Following the assassination of Tom Reyes, the governor of Kano, on Monday, troops were deployed to the "
            "city.",
            [("killed", 1)],
        ),
        (
            "Hours after the killing of Tom Reyes by gunmen in Kano on Monday, his party called a strike.",
            [("killed", 1)],
        ),
        ("No group has claimed responsibility since the killing of journalist Tom Reyes in Kano.", [("killed", 1)]),
        # session 18's counted people after such words, the same rule
        ("Following the killing of two soldiers in Kano on Monday, troops were deployed to the city.", [("killed", 2)]),
    ],
)
def test_the_harm_after_after_is_the_only_act_told_when_no_other_is(
    text: str, counts: list[tuple[str, int | None]]
) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the main clause tells the act the harm came before
        "A week after the killing of four soldiers, gunmen attacked a village near Gao.",
        "Gunmen attacked a village in retaliation for the killing of two herders.",
    ],
)
def test_counted_harm_before_another_act_told_stays_apart(text: str) -> None:
    assert _counts(text) == []


def test_a_death_avenged_is_the_earlier_acts_whatever_the_main_clause_tells() -> None:
    # the main clause tells no violent verb ("claimed ... and said the attack was carried out"), yet the death the
    # attack avenged is an earlier act's: two dead, not three (session 20 lead's fix)
    text = (
        "Gunmen opened fire on the car of Rosa Quintero in Tumaco, Colombia. Quintero, a local councillor and nurse, "
        "and her husband were killed in the attack. The ELN claimed responsibility and said the attack was carried "
        "out in retaliation for the death of a member, Juan Perez."
    )
    assert [c for c in _counts(text) if c[0] == "killed"] == [("killed", 2)]
