"""Who a person or an anaphor is, on sentences written for these tests: a quoted nickname inside a name
("General Juan “Tigre” Santos") keeps one person with its surname; a two-word surname ("Dela Cruz") finds the
full name again; "the outlawed group" refers back to the group an apposition described as outlawed, not to the
group named last; and a unit's name ("the X group of Y") is its group's when names are compared."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import canonical_actor, find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _people(nlp: Language, text: str) -> dict[str, str | None]:
    return {m.ref.actor: m.ref.affiliation for m in find_actors(nlp(text)) if m.ref.type == "person"}


def test_a_quoted_nickname_stays_inside_the_name(nlp: Language) -> None:
    text = ("A gunman set fire to a hotel in Davao on Friday, Philippine National Police chief General Juan "
            "“Tigre” Santos said. Santos said the gunman acted alone.")
    people = _people(nlp, text)
    assert people == {"Juan “Tigre” Santos": "Philippines"}


def test_a_two_word_surname_finds_the_full_name(nlp: Language) -> None:
    text = ("Philippine National Police chief Maria Dela Cruz said a gunman set fire to a hotel in Davao. "
            "Dela Cruz said the gunman acted alone.")
    people = _people(nlp, text)
    assert people == {"Maria Dela Cruz": "Philippines"}


def test_the_described_group_is_the_one_the_apposition_described(nlp: Language) -> None:
    text = ("A bomb killed nine people in Quetta on Friday. Lashkar-e-Jhangvi, an outlawed sectarian group, said "
            "it had planted the bomb. The group said it had worked with the Baloch Liberation Army. Qari Hamid, "
            "a spokesman for the outlawed group, said more attacks would follow.")
    assert _people(nlp, text)["Qari Hamid"] == "Lashkar-e-Jhangvi"


def test_a_plain_anaphor_still_takes_the_last_group(nlp: Language) -> None:
    text = ("A bomb killed nine people in Quetta on Friday. Lashkar-e-Jhangvi, an outlawed sectarian group, said "
            "it had planted the bomb. It said it had worked with the Baloch Liberation Army. Qari Hamid, a "
            "spokesman for the group, said more attacks would follow.")
    assert _people(nlp, text)["Qari Hamid"] == "Balochistan Liberation Army"


@pytest.mark.parametrize("name, group", [
    ("Qasim group of the Pakistani Taliban", "Tehrik-i-Taliban Pakistan"),
    ("the Camilo Torres front of the ELN", "ELN"),
    ("Mehsud Taliban", "Taliban"),
])
def test_a_unit_or_a_qualified_name_is_its_group(name: str, group: str) -> None:
    found = canonical_actor(name)
    assert found is not None and found[0] == group
