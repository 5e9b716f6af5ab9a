"""Target types of people on air and of crowds, on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim.incidents.classify import classify


def _targets(text: str) -> list[str]:
    return [x.label for x in classify(text).target_types]


@pytest.mark.parametrize("text", [
    "Rights groups condemned the killing of radio host Daniel Okoro in Benin City on Thursday.",
    "Unknown attackers shot dead a well-known talk-show host near her home on Tuesday night.",
    "A newscaster for a private channel was stabbed to death in the capital on Monday.",
])
def test_people_on_air_are_a_media_target(text: str) -> None:
    assert _targets(text)[0] == "Journalists & Media"


@pytest.mark.parametrize("text", [
    "A roadside bomb killed fourteen pilgrims on the road south of the city on Thursday.",
    "A roadside bomb tore through a crowd of mourners on the highway, killing nine.",
])
def test_a_crowd_of_pilgrims_or_mourners_is_private_citizens_whatever_the_bomb(text: str) -> None:
    assert _targets(text)[0] == "Private Citizens & Property"
