"""A country name two states share ("Congo"): the text's other places decide, else no country (grounded or
absent), on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels killed ten farmers near Beni in Congo on Sunday.", "CD"),
        ("KINSHASA, Congo - Rebels killed 14 villagers in an attack on Sunday.", "CD"),
        ("BRAZZAVILLE - Gunmen killed three people in an attack in Congo on Friday.", "CG"),
        # the province after "Congo's" says which Congo; the possessive does not override it
        ("Militiamen killed 20 villagers in Congo's North Kivu province on Monday.", "CD"),
        ("Gunmen killed 12 people in Congo's Ituri province on Sunday.", "CD"),
    ],
)
def test_the_texts_places_say_which_congo(text: str, code: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.country_code == code


@pytest.mark.parametrize("text", [
    "Rebels killed ten civilians in an attack in Congo on Sunday.",
    "Suspected rebels killed eight people in eastern Congo on Friday, the army said.",
])
def test_a_bare_congo_gives_no_country(text: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Congo" and loc.country_code is None
