""""The company" (firm, operator) that blames or accuses points back to the company named just before, which
speaks for itself; a planning country named by a minister is no perpetrator. Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "company", "group"), [
    ("Gunmen attacked a gold mine run by Kibali Mining in Ituri on Monday, killing eight workers. The company said "
     "its guards fought back. The company blamed the attack on CODECO.", "Kibali Mining", "CODECO"),
    ("Militants attacked a convoy of trucks owned by Lafarge Holcim near Raqqa on Monday, killing two drivers. The "
     "company blamed the Islamic State for the ambush.", "Lafarge Holcim", "Islamic State"),
])
def test_the_company_blaming_is_the_company_named_before(nlp: Language, text: str, company: str, group: str) -> None:
    assert (company, group, "affirm") in unhedged_blames(nlp, text)


def test_the_company_with_no_company_named_is_no_source(nlp: Language) -> None:
    text = "Gunmen attacked a construction site in Kenya, killing three workers. The company blamed al-Shabaab."
    assert not unhedged_blames(nlp, text)


def test_where_an_attack_was_planned_names_no_perpetrator() -> None:
    text = ("A suicide bomber killed 20 worshippers at a mosque in Peshawar on Friday. The interior minister said "
            "the attack was planned in Afghanistan and the bombers were trained there.")
    result = analyze(text, published="2025-06-10")
    assert result.incidents and not result.incidents[0].perpetrators
    assert not [c for c in result.claims if c.kind == "responsibility"]
    assert result.incidents[0].location is not None and result.incidents[0].location.country == "Pakistan"
