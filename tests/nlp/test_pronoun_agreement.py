"""A "he" or "she" who speaks refers to a speaker of the same sex where the text tells it (an honorific or a
gendered title in the name's phrase, or the speaker's own "she said she ..."): on sentences written for these
tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_LEAD = "A bomb killed 20 people at a market in Maiduguri on Friday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _sources(nlp: Language, text: str) -> set[str]:
    """The speakers (by name) of the responsibility claims against Boko Haram."""
    doc = nlp(text)
    return {c.source.text for m in find_claims(doc, find_actors(doc))
            if (c := m.claim).kind == "responsibility" and c.subject and c.subject.actor == "Boko Haram"}


def test_she_passes_over_a_man_to_the_woman_named_before(nlp: Language) -> None:
    text = _LEAD + ("Ms Aisha Bello, a state lawmaker, visited the market. Mr Ibrahim Musa, a local councillor, said "
                    "the toll could rise. She said Boko Haram was behind the attack.")
    assert _sources(nlp, text) == {"Aisha Bello"}


@pytest.mark.parametrize("text", [
    _LEAD + "Amina Yusuf, a local councillor, said she saw the bomber arrive. He said Boko Haram was behind it.",
    _LEAD + "Mr Ibrahim Musa, a local councillor, said the toll could rise. She said Boko Haram was behind it.",
])
def test_a_pronoun_of_the_other_sex_is_not_the_last_speaker(nlp: Language, text: str) -> None:
    assert not _sources(nlp, text) & {"Amina Yusuf", "Ibrahim Musa"}


def test_a_pronoun_of_the_same_sex_is_the_last_speaker(nlp: Language) -> None:
    text = _LEAD + "Mr Ibrahim Musa, a local councillor, said the toll could rise. He said Boko Haram was behind it."
    assert _sources(nlp, text) == {"Ibrahim Musa"}


def test_a_speaker_of_untold_sex_still_takes_the_pronoun(nlp: Language) -> None:
    text = _LEAD + "Ibrahim Musa, a local councillor, said the toll could rise. She said Boko Haram was behind it."
    assert _sources(nlp, text) == {"Ibrahim Musa"}


# "They" agrees in number: one official named by a singular noun is no antecedent of it.
_MARKET = "A bomb ripped through a crowded bazaar in Peshawar on Sunday, killing nine shoppers. "


@pytest.mark.parametrize("text", [
    _MARKET + "Investigators suspect the Pakistani Taliban. A police spokesman said they had planted the device.",
    _MARKET + "Officials suspect the Pakistani Taliban. The interior minister said they were behind the blast.",
])
def test_they_after_one_official_is_not_his_state(nlp: Language, text: str) -> None:
    claims = self_blames(nlp, text)
    assert ("Pakistan", "Pakistan", "affirm", True) not in claims
    assert ("Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", False) in claims



# ... but "they" holding a view within one official's words is the official's own side, and never another state.
_DEPOT = "A car bomb exploded outside a fuel depot in Kismayo, Somalia, on Tuesday, killing six guards. "


def _blames_with_source(nlp: Language, text: str) -> set[tuple[str | None, str, str]]:
    doc = nlp(text)
    return {(c.source.affiliation, c.source.text, c.subject.actor) for m in find_claims(doc, find_actors(doc))
            if (c := m.claim).kind == "responsibility" and c.subject}


@pytest.mark.parametrize(("rest", "source"), [
    ("A regional police spokesman said they believed al-Shabaab had planted the bomb.", "regional police spokesman"),
    ("The security minister said they suspected al-Shabaab of planting the bomb.", "security minister"),
    ("The UK condemned the bombing. A Somali army spokesman said they believed al-Shabaab was responsible.",
     "Somali army spokesman"),
])
def test_they_believe_after_one_official_is_his_side(nlp: Language, rest: str, source: str) -> None:
    assert ("Somalia", source, "Al-Shabaab") in _blames_with_source(nlp, _DEPOT + rest)


@pytest.mark.parametrize("rest", [
    "The UK condemned the bombing. A Somali army spokesman said they had carried out the bombing.",
    "The UK condemned the bombing. A Somali army spokesman said they were behind the bombing.",
])
def test_they_after_one_official_is_no_other_state(nlp: Language, rest: str) -> None:
    assert not any("United Kingdom" in b for b in _blames_with_source(nlp, _DEPOT + rest))


# A name a pronoun is only supposed to be ("if they were X, they would ...") is no antecedent of a later "they";
# a name a witness says the attackers were is.
_FARMS = "Gunmen shot dead six farmers near Gwoza, Nigeria, on Saturday. "


@pytest.mark.parametrize("rest", [
    '"It was Boko Haram," a farmer\'s son said. They later claimed the raid in a video.',
    '"They were Boko Haram," a villager said. They claimed the raid in a video on Sunday.',
])
def test_a_name_the_attackers_are_said_to_be_takes_a_later_they(nlp: Language, rest: str) -> None:
    assert ("Boko Haram", "Boko Haram", "affirm", True) in self_blames(nlp, _FARMS + rest)


def test_a_supposed_name_takes_no_later_they(nlp: Language) -> None:
    text = _FARMS + '"If they were Boko Haram, they would have torched the mosque too," a resident said.'
    assert not any(c[1] == "Boko Haram" and c[2] == "affirm" for c in self_blames(nlp, text))
