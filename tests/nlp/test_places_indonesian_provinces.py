"""Indonesia's provinces by the names English copy gives them: the compass word first, the island in its English
spelling ("West Papua" for ISO's "Papua Barat", "East Java" for "Jawa Timur"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.codebooks.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("key", "iso"),
    [("west papua", "Papua Barat"), ("southwest papua", "Papua Barat Daya"), ("east java", "Jawa Timur"),
     ("west nusa tenggara", "Nusa Tenggara Barat"), ("southeast sulawesi", "Sulawesi Tenggara"),
     ("north sumatra", "Sumatera Utara")],
)
def test_english_names_key_the_iso_provinces(key: str, iso: str) -> None:
    assert [s.name for s in load_gazetteer().subdivisions.get(key, ())] == [iso]


def test_the_islands_keep_no_compass_key() -> None:
    # "Nusa Tenggara" (the islands) ends with "tenggara" (southeast) but is no compass name
    assert load_gazetteer().subdivisions.get("southeast nusa") is None


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Separatist rebels killed three soldiers in an ambush in West Papua on Monday, the army said.", "Papua Barat"),
        ("A bomb exploded outside a church in East Java on Sunday, wounding four worshippers.", "Jawa Timur"),
        # near miss: the old province's own name is unchanged
        ("Separatist rebels killed three soldiers in an ambush in Papua on Monday, the army said.", "Papua"),
    ],
)
def test_a_province_named_in_english_order_is_placed(text: str, admin1: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.admin1, loc.country_code) == (admin1, "ID")
