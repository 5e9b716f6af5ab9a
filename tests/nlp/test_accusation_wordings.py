"""Accusations worded beyond "blamed" or "accused": culprits, holding responsible, evidence that confirms, relative
clauses, sponsorship and condemnations that name the doer; on sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("sentence", [
    "\"Boko Haram fighters in the forest are the most likely culprits,\" a police spokesman said.",
    "The police said Boko Haram was the main suspect.",
    "Police officials said the prime suspect in the bombing is Boko Haram.",
])
def test_a_likely_culprit_or_a_suspect_is_a_hedged_accusation(nlp: Language, sentence: str) -> None:
    text = f"A bomb tore through a bus station in Maiduguri, Nigeria, on Sunday, killing eight people. {sentence}"
    assert ("Nigeria", "Boko Haram", "affirm", True) in blames(nlp, text)


def test_the_culprits_said_plainly_are_a_firm_accusation(nlp: Language) -> None:
    text = ("A bomb tore through a bus station in Maiduguri, Nigeria, on Sunday, killing eight people. The army "
            "said Boko Haram fighters were the culprits.")
    assert ("Nigeria", "Boko Haram", "affirm", False) in blames(nlp, text)


def test_a_government_that_holds_a_group_responsible_accuses_it(nlp: Language) -> None:
    text = ("Gunmen attacked a hotel in Kismayo, Somalia, on Sunday, killing eleven guests. The government holds "
            "al-Shabaab responsible for the siege.")
    assert ("Somalia", "Al-Shabaab", "affirm", False) in blames(nlp, text)


@pytest.mark.parametrize("sentence", [
    "Intercepted communications reviewed by the newspaper confirm the group's claim.",
    "A forensic analysis confirms that al-Shabaab carried out the siege.",
])
def test_evidence_that_confirms_a_claim_corroborates_it(sentence: str) -> None:
    text = ("Gunmen attacked a hotel in Kismayo, Somalia, on Sunday, killing eleven guests. Al-Shabaab said it "
            f"carried out the attack. {sentence}")
    record = analyze(text, published="2026-03-10")
    assert [(p.actor, p.status) for p in record.incidents[0].perpetrators] == [("Al-Shabaab", "corroborated")]


def test_evidence_that_confirms_nothing_about_the_doer_is_no_claim(nlp: Language) -> None:
    text = ("Gunmen attacked a hotel in Kismayo, Somalia, on Sunday, killing eleven guests. A forensic analysis "
            "confirms that the guests were shot at close range.")
    assert not blames(nlp, text)


@pytest.mark.parametrize(("sentence", "source"), [
    ("The governor blamed Boko Haram, which he said was behind an attack on a market in Konduga on Friday that "
     "killed six traders.", "Nigeria"),
    ("Police detained two members of Boko Haram, which they said staged an attack on a market in Konduga on "
     "Friday.", "Nigeria"),
])
def test_an_accusation_inside_a_relative_clause_is_the_speakers(nlp: Language, sentence: str, source: str) -> None:
    text = f"Nigerian officials gave new details on Saturday. {sentence}"
    assert (source, "Boko Haram", "affirm", False) in blames(nlp, text)


@pytest.mark.parametrize("sentence", [
    "Pakistan accused India of funding the attackers.",
    "Officials accused India of arming the bombers.",
    "The home minister said the bombing was carried out with the support of India.",
])
def test_an_accused_sponsor_is_accused_of_the_attack(sentence: str) -> None:
    text = f"A bomb killed five people at a bus stand in Turbat on Monday. {sentence}"
    record = analyze(text, published="2026-03-10")
    claims = [c for c in record.claims if c.kind == "responsibility"]
    assert [(c.subject.actor, c.polarity, c.cameo) for c in claims] == [("India", "affirm", "112")]
    assert claims[0].source.affiliation == "Pakistan"
    assert record.incidents[0].location.country == "Pakistan"


def test_backing_terrorism_at_large_is_no_accusation_of_this_attack(nlp: Language) -> None:
    text = "A bomb killed five people at a bus stand in Turbat on Monday. Pakistan accused India of backing terrorism."
    assert not blames(nlp, text)


def test_where_the_attackers_were_trained_is_not_the_scene() -> None:
    text = ("A bomb exploded at a bus depot in Jalalabad on Monday, killing five people. A ministry spokesman "
            "condemned the bombing. He said the bombers had been trained in Pakistan.")
    record = analyze(text, published="2026-03-10")
    assert record.incidents[0].location.country == "Afghanistan"
    assert {c.source.affiliation for c in record.claims} == {"Afghanistan"}


@pytest.mark.parametrize("sentence", [
    "\"France condemns ISWAP's cowardly attack,\" the foreign ministry said.",
    "The African Union condemned the attack by ISWAP.",
    "The African Union condemned the ISWAP attack.",
])
def test_a_condemnation_that_names_the_doer_affirms_it(nlp: Language, sentence: str) -> None:
    text = f"Gunmen killed 14 farmers near Damboa, Nigeria, on Sunday. {sentence}"
    assert any(s != "Nigeria" and subj == "Islamic State West Africa Province" and pol == "affirm" and not h
               for s, subj, pol, h in blames(nlp, text))


def test_a_condemnation_of_a_groups_attacks_at_large_names_no_doer(nlp: Language) -> None:
    text = "Gunmen killed 14 farmers near Damboa, Nigeria, on Sunday. The African Union condemned ISWAP's attacks."
    assert not blames(nlp, text)


@pytest.mark.parametrize("sentence", [
    # "parts" are pieces or areas, never a role ("a part in" is)
    "Police chief Anna Berger said: \"This was a shocking attack in one of the busiest parts of our city.\"",
    "Police chief Anna Berger said: \"We have recovered parts of our patrol car.\"",
    # "work" a preposition governs is no deed of the one named
    "\"Thanks to the tireless work of our detectives, a second attack was prevented,\" Interior Minister Lena Hofer "
    "said.",
])
def test_parts_and_work_under_a_preposition_name_no_doer(nlp: Language, sentence: str) -> None:
    text = f"A man stabbed three shoppers at a market in Graz, Austria, on Monday. {sentence}"
    assert not blames(nlp, text)


@pytest.mark.parametrize("sentence", [
    "The minister said the stabbing was the work of the Islamic State.",
    "The minister described the stabbing as the work of the Islamic State.",
    "Police said the Islamic State had played a part in the stabbing.",
])
def test_work_and_a_part_as_the_acts_predicate_still_name_the_doer(nlp: Language, sentence: str) -> None:
    text = f"A man stabbed three shoppers at a market in Graz, Austria, on Monday. {sentence}"
    assert ("Austria", "Islamic State", "affirm", False) in blames(nlp, text)


_BUS = "the bombing of a bus in Zahedan that killed 6 people on Tuesday"


@pytest.mark.parametrize("sentence", [
    f"Police attributed {_BUS} to the work of Jaish al-Adl.",
    f"The governor blamed {_BUS} on the work of Jaish al-Adl.",
    f"The governor said {_BUS} looked like the work of Jaish al-Adl.",
    f"Investigators said {_BUS} bore the hallmarks of the handiwork of Jaish al-Adl.",
    f"Police said {_BUS} pointed to the handiwork of Jaish al-Adl.",
])
def test_work_under_a_preposition_of_blame_still_names_the_doer(sentence: str) -> None:
    r = analyze(sentence, published="2024-05-10")
    assert [(p.actor, p.status) for p in r.incidents[0].perpetrators] == [("Jaish al-Adl", "alleged")]


@pytest.mark.parametrize("sentence", [
    f"Thanks to the work of our detectives, a second attack was foiled, the police chief said after {_BUS}.",
    f"The governor praised police for the work of its bomb squad after {_BUS}.",
    f"The governor said he was grateful for the work of the rescuers after {_BUS}.",
])
def test_work_that_is_praised_names_no_doer(sentence: str) -> None:
    r = analyze(sentence, published="2024-05-10")
    assert r.incidents and r.incidents[0].perpetrators == []
