"""A company's name closed by an abbreviation with a full stop ("Nig. Ltd.", "Plc.") ends no sentence when a
lower-case word runs on, and its words are no town."""

from __future__ import annotations

from counterclaim import analyze
from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.places import find_places


def test_no_sentence_ends_after_plc_before_a_lower_case_word() -> None:
    doc = parse("Bandits seized four staff of Dangote Nig. Plc. near Okene on Sunday.")
    assert len(list(doc.sents)) == 1


def test_the_place_and_day_after_a_company_name_are_the_incidents() -> None:
    inc = analyze("Bandits seized four staff of Dangote Nig. Plc. near Okene on Sunday.",
                  published="2025-06-14").incidents[0]
    assert inc.location is not None and inc.location.name == "Okene" and str(inc.date.value) == "2025-06-08"


def test_a_name_before_ltd_is_no_town() -> None:
    doc = parse("Gunmen kidnapped two engineers of Sino-Hydro Nig. Ltd. at a quarry in Kauru on Friday.")
    assert [p.location.name for p in find_places(doc) if p.level == "city"] == ["Kauru"]
