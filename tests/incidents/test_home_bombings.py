"""A bomb at a home or an office that killed no one is GTD's Bombing/Explosion, not an Assassination, unless the
passage tells the person was the aim (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_victims import bombs_at_a_home
from counterclaim.incidents.classify import _bombed_home
from counterclaim.models import Label, Span

ASSASSINATION = "Assassination"
BOMBING = "Bombing/Explosion"


def _labels(*names: str) -> list[Label]:
    return [Label(label=n, confidence=0.6, evidence=[Span(start=0, end=1, text="A")]) for n in names]


@pytest.mark.parametrize(
    "text",
    [
        "Assailants threw two grenades at the private residence of a mayoral candidate in Cotabato city. The "
        "candidate was not hurt, but the house was damaged.",
        "An explosive device went off outside the office of a provincial councillor in Kirkuk. Nobody was injured.",
    ],
)
def test_a_bomb_at_a_home_that_killed_no_one_is_a_bombing(text):
    assert bombs_at_a_home(text)
    assert [x.label for x in _bombed_home(_labels(ASSASSINATION), text, 0, [])] == [BOMBING]
    assert [x.label for x in _bombed_home(_labels(ASSASSINATION, BOMBING), text, 0, [])] == [BOMBING]


@pytest.mark.parametrize(
    "text",
    [
        # someone died
        "A bomb exploded at the home of a district judge in Jalalabad, killing the judge and his son.",
        # the person was the aim in so many words
        "A grenade was thrown at the residence of the governor in an attempt to assassinate him. He was unhurt.",
        "An explosive device was found outside the home of a police chief. The target, Colonel Ruiz, was unhurt.",
        # no home or office: a convoy
        "A roadside bomb struck the convoy of a provincial governor in Ghazni. The governor escaped unhurt.",
    ],
)
def test_a_death_an_aim_or_no_home_keeps_the_assassination(text):
    assert [x.label for x in _bombed_home(_labels(ASSASSINATION), text, 0, [])] == [ASSASSINATION]
