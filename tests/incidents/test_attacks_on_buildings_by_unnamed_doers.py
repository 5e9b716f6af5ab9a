"""Attacks on buildings told GTD-style by unnamed doers ("perpetrators bombed a barracks", "fired a shot into an
office", "lit a fire in a clinic"): each opens an incident; the same words with no doer named by
its crime, or in a figure of speech, open none (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "town", "label"),
    [
        ("Masked perpetrators bombed the barracks of an army depot in Fresno, California. Nobody was hurt, "
         "though the roof of the barracks caved in.", "Fresno", "Bombing/Explosion"),
        ("Masked perpetrators bombed one classroom at a farming college in Fresno, California.", "Fresno",
         "Bombing/Explosion"),
        ("Suspected members of the front bombed a savings bank branch in Fresno, California.", "Fresno",
         "Bombing/Explosion"),
        ("Unknown perpetrators fired a shot into a union office in Fresno, California. A window was shattered.",
         "Fresno", "Armed Assault"),
        ("Two perpetrators ignited a fire in a dental clinic in Fresno, California. Nobody was hurt.",
         "Fresno", "Facility/Infrastructure Attack"),
        ("Arsonists started a fire at a bus depot in Fresno, California, on Friday.", "Fresno",
         "Facility/Infrastructure Attack"),
        # "bombed" with an object no harm word names: the doers leave it no figurative reading
        ("Unknown perpetrators bombed a toy shop in Tulsa, Oklahoma, that sold imported dolls.", "Tulsa",
         "Bombing/Explosion"),
        ("Unknown perpetrators bombed a recruiting office in Tulsa, Oklahoma. Nobody was hurt.", "Tulsa",
         "Bombing/Explosion"),
    ],
)
def test_an_attack_on_a_building_by_unnamed_doers_opens_an_incident(text: str, town: str, label: str) -> None:
    incidents = analyze(text, published="2024-04-10").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == town
    # the type model may rank another label first for a short text; the act's own label is among them
    assert label in [t.label for t in incidents[0].attack_types]


@pytest.mark.parametrize(
    "text",
    [
        "A spark ignited a fire inside a factory in Fresno, California.",
        "The new musical bombed at the box office in Fresno, California.",
        "The comedian bombed a late show in Fresno, California, critics said.",
        "The perpetrators were arrested in Fresno, California, on Monday.",
        # the attack in the doers' own "of" phrase is a past one, named to say who they are
        "Perpetrators of the 2019 attack face twenty years in jail, a judge in Fresno, California, ruled on Monday.",
    ],
)
def test_no_attack_without_doers_or_in_a_figure_of_speech(text: str) -> None:
    assert analyze(text, published="2024-04-10").incidents == []
