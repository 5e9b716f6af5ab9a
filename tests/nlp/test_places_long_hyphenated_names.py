"""Long hyphenated commune names and letters accent-stripping leaves whole, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.codebooks.gazetteer import name_key
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # four words but seven tokens: the glued hyphens count for no word of the name
        ("A bomb damaged the town hall of Saint-Aubin-sur-Mer in northern France on Sunday.", "Saint-Aubin-sur-Mer"),
        ("Vandals set fire to a mosque in Saint-Étienne-du-Rouvray, France, on Sunday.", "Saint-Étienne-du-Rouvray"),
    ],
)
def test_a_listed_commune_of_many_hyphens_is_found(nlp: Language, text: str, name: str) -> None:
    found = [p for p in find_places(nlp(text)) if p.location.name == name]
    assert found and found[0].location.geonames_id is not None and found[0].location.country_code == "FR"


def test_an_unlisted_commune_keeps_its_french_links(nlp: Language) -> None:
    # "Porto" is an English word (the wine), yet "X-de-Y" is no English compound: one unlisted name
    names = [p.location.name for p in find_places(
        nlp("Unknown men set fire to a bar in Sainte-Lucie-de-Porto-Vecchio, Corsica, France."))]
    assert "Sainte-Lucie-de-Porto-Vecchio" in names
    assert "Porto-Vecchio" not in names


def test_a_compound_word_is_still_no_name(nlp: Language) -> None:
    names = [p.location.name for p in find_places(nlp("The Secretary-General condemned the bombing in Kabul."))]
    assert names == ["Kabul"]


def test_dotless_i_is_keyed_as_news_copy_writes_it() -> None:
    assert name_key("Diyarbakır") == name_key("Diyarbakir") == "diyarbakir"
    assert name_key("Łódź") == "lodz"


@pytest.mark.parametrize("text", [
    "Militants attacked a police station in Diyarbakir province, killing two officers.",
    "Militants attacked a police station in Diyarbakır province, killing two officers.",
])
def test_a_turkish_province_gives_its_country(text: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.country_code == "TR"
