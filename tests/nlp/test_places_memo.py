"""The places reader keeps each name's gazetteer entries once: a second reading finds the same places."""

from __future__ import annotations

from counterclaim.codebooks.gazetteer import load_gazetteer
from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.places import _entries, _listed, find_places

TEXT = ("A bomb went off in Kirkuk on Monday. Two days later gunmen attacked a checkpoint near Kirkuk, and "
        "a rocket hit a market in Ras al-Ain, a town in northern Syria, police in Kirkuk said.")


def _read(text):
    return [(p.location.name, p.location.country_code, p.level, p.sent) for p in find_places(parse(text))]


def test_a_second_reading_from_the_memo_finds_the_same_places():
    gaz = load_gazetteer()
    gaz.memo.pop("places", None)
    first = _read(TEXT)
    assert ("Kirkuk", "IQ", "city", 0) in first
    assert ("Kirkuk", True) in gaz.memo["places"]
    assert _read(TEXT) == first


def test_a_joined_article_is_read_only_as_one_token():
    gaz = load_gazetteer()
    # "Elwak" is GeoNames' "El Wak" when written as one word; the memo keeps the two readings apart
    assert _listed(gaz, "Elwak", True) is not None
    assert _listed(gaz, "Elwak", False) is None
    assert _listed(gaz, "Elwak", True) == _entries(gaz, "elwak", True)
