"""Country words inside an organisation's name: one reading (nlp._org_names.names_a_country) for the actor reader's
organisation names and the company-target reader's trade names. On sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.incidents._company_names import company_targets
from counterclaim.nlp._org_names import in_organisation_name, names_a_country
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("words", "named"), [
    (["Royal", "Jordanian"], True),  # a demonym
    (["Burkina", "Faso", "Joint", "Commission"], True),  # a country of two words
    (["Joint", "Commission"], False),
    (["Air", "Peace"], False),
])
def test_names_a_country(words: list[str], named: bool) -> None:
    assert names_a_country(words) is named


@pytest.mark.parametrize("text", [
    # the actor reader tested the other words one by one: "Burkina Faso" passed as a company's words
    "Officials of the Ghana-Burkina Faso Joint Commission met in Accra on Monday.",
    "The India-Sri Lanka Foundation condemned the attack.",
])
def test_a_name_of_two_countries_is_no_company(nlp: Language, text: str) -> None:
    doc = nlp(text)
    first = next(t.i for t in doc if t.text in {"Ghana", "India"})
    assert not in_organisation_name(doc, first, first + 1)


def test_a_country_alone_in_a_trade_name_is_a_company(nlp: Language) -> None:
    doc = nlp("Gunmen set fire to an Air France office in the city on Monday.")
    first = next(t.i for t in doc if t.text == "France")
    assert in_organisation_name(doc, first, first + 1)
    assert [label for label, _, _ in company_targets(doc.text)] == ["Airports & Aircraft"]
