"""A country named as the other side of a border ("near the border with Mali", "close to the Mali border") says
where the scene lies, not that it lies there: it neither places the incident nor opens another one when the text
names the scene's own country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY, Niger \u2014 Gunmen on motorbikes raided a village near the border with Mali, killing seven "
        "herders, the interior ministry said on Saturday.",
        "Suspected jihadists killed 11 villagers in western Niger close to the border with Mali on Friday, "
        "officials said.",
        "Gunmen killed 12 soldiers in Niger's Tillaberi region near the Mali border on Sunday, the army said.",
    ],
)
def test_the_country_beyond_the_border_is_no_scene(text: str) -> None:
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.country_code == "NE"


def test_a_border_country_alone_still_gives_a_place() -> None:
    incidents = analyze("Gunmen killed eight herders near the border with Mali on Sunday.",
                        published="2025-06-10").incidents
    assert len(incidents) == 1 and incidents[0].location is not None


def test_a_town_in_the_border_country_stays_the_scene() -> None:
    text = "Gunmen killed eight herders in Menaka on Sunday. Niger later closed its border with Mali."
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1 and incidents[0].location is not None and incidents[0].location.name == "Menaka"
