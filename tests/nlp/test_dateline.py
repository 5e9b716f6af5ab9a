"""Wire datelines: the one character pattern that the casualty, date and place readers share."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.incidents.segment import is_dateline
from counterclaim.nlp._dateline import wire_datelines
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MAPUTO, Sept. 18 (AFP) - Gunmen burned two buses.", "MAPUTO, Sept. 18 (AFP) -"),
        ("KABUL, Afghanistan (AP) — A bomb killed five.", "KABUL, Afghanistan (AP) —"),
        ("Mogadishu, 14 March 2024 - A mortar hit the port.", "Mogadishu, 14 March 2024 -"),
        # a plain-case city with a particle or an apostrophe (the date reader knew these; the count reader did not)
        ("Port of Spain, March 3 - Two officers were shot dead.", "Port of Spain, March 3 -"),
        ("N'Djamena, 3 May 2023 - Gunmen attacked a market.", "N'Djamena, 3 May 2023 -"),
        # a month spelled out in capitals (the shared month pattern reads any case)
        ("MAPUTO, SEPTEMBER 18 (AFP) - Gunmen burned two buses.", "MAPUTO, SEPTEMBER 18 (AFP) -"),
    ],
)
def test_wire_datelines(text: str, dateline: str) -> None:
    assert [text[a:b].strip() for a, b in wire_datelines(text)] == [dateline]


@pytest.mark.parametrize(
    "text",
    [
        "Police said on March 3 - a Sunday - that two guards died.",
        "Kabul, the capital, was shaken on Tuesday when a car bomb killed 12 people.",
    ],
)
def test_no_wire_dateline(text: str) -> None:
    assert wire_datelines(text) == []


def test_a_city_opening_a_sentence_with_a_comma_is_no_dateline(nlp: Language) -> None:
    """is_dateline reads the shared pattern: a dash closes a dateline, a comma alone does not."""
    text = "Kabul, the capital, was shaken on Tuesday when a car bomb killed 12 people near a ministry."
    doc = nlp(text)
    kabul = next(p for p in find_places(doc) if p.location.evidence.text == "Kabul")
    assert not is_dateline(doc, kabul)
    text = "KABUL, Afghanistan (AP) — A car bomb killed 12 people near a ministry on Tuesday."
    doc = nlp(text)
    kabul = next(p for p in find_places(doc) if p.location.evidence.text == "KABUL")
    assert is_dateline(doc, kabul)
