"""A fort the text calls a military base ("the Fort Bragg army base") is the town that hosts it, as GTD codes it; a
fort named alone, or a town called Fort X, stays itself. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A soldier shot dead three comrades at the Fort Bragg army base on Friday.",
        "A soldier shot dead three comrades at Fort Bragg, an Army post in North Carolina, on Friday.",
    ],
)
def test_a_fort_called_a_base_is_its_host_town(text: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Fayetteville", "US")
    assert loc.geonames_id is not None and loc.evidence.text == "Fort Bragg"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: no base word; a town called Fort X; a base with no larger town near it
        ("A soldier shot dead three comrades at Fort Bragg on Friday.", "Fort Bragg"),
        ("A gunman shot two people outside a diner in Fort Lee, New Jersey, on Friday.", "Fort Lee"),
        ("A gunman killed two soldiers at the Fort Drum military base on Friday.", "Fort Drum"),
    ],
)
def test_a_fort_named_alone_stays(text: str, name: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, "US")
