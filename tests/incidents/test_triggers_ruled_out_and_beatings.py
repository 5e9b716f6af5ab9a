"""Session-11 trigger rules on sentences written for these tests: attacks the text rules out, beatings
with no weapon."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse


def _strong_words(text: str) -> set[str]:
    doc = parse(text)
    return {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s) if t.strong}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Detectives said they had found no evidence of arson at the depot.", "arson"),
        ("Firefighters did not find any sign of an explosion inside the flat.", "explosion"),
        ("Officers are tracing the caller who made a false report of a shooting at the school.", "shooting"),
        ("Fire investigators have ruled out arson.", "arson"),
        ("A fake claim of a bombing at the stadium spread on social media.", "bombing"),
    ],
)
def test_an_attack_the_text_rules_out_is_no_trigger(text, word):
    assert word not in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police found evidence of arson at the depot after the blaze.", "arson"),
        ("Witnesses gave a detailed report of an explosion at the market.", "explosion"),
    ],
)
def test_an_attack_with_evidence_or_a_plain_report_stays_a_trigger(text, word):
    assert word in _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rotterdam station was closed for two hours on Monday after a caller made a bomb threat that proved to "
        "be a hoax. Police are investigating the false report of an explosion on a platform.",
        "A fire destroyed a timber yard in Graz overnight. No one was hurt. Investigators found no evidence of "
        "arson and blamed a faulty heater.",
        "A fire gutted a storage hall in Linz on Tuesday. Two firefighters were treated for smoke inhalation. "
        "Investigators found no evidence of arson and blamed it on an electrical fault.",
    ],
)
def test_a_ruled_out_attack_opens_no_incident(text):
    assert analyze(text, published="2025-03-05").incidents == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A local reporter was beaten by a mob outside the market in Sitamarhi on Sunday.", "beaten"),
        ("Unidentified miscreants thrashed a shopkeeper near the bus stand on Monday night.", "thrashed"),
        ("Two Dalit labourers were roughed up by upper-caste men in the village.", "roughed"),
        ("Villagers beat him with sticks and iron rods until he lost consciousness.", "beat"),
        ("A lathi charge by party workers left two reporters injured outside the rally.", "charge"),
        ("The lynching of a cattle trader in the district drew protests.", "lynching"),
    ],
)
def test_a_beating_with_no_weapon_is_a_strong_trigger(text, word):
    assert word in _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spain beat the hosts 3-1 in Seville on Saturday to reach the final.",
        "India thrashed the visitors by nine wickets in Chennai.",
        "She beat the incumbent mayor by 400 votes.",
        "He was beaten by Alcaraz in straight sets.",
        "Commuters beat the rush by leaving at dawn.",
        "The minister beat a hasty retreat from the press conference.",
    ],
)
def test_a_contest_or_an_idiom_is_no_beating(text):
    assert not {"beat", "beaten", "thrashed"} & _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police lathi-charged students protesting outside the secretariat.",
        "Several protesters were beaten by police outside the assembly on Monday.",
    ],
)
def test_force_by_the_police_is_no_beating(text):
    assert not {"charged", "charge", "beaten"} & _strong_words(text)


def test_a_mob_beating_opens_an_incident():
    text = "A television reporter was beaten by a mob in Muzaffarpur on Saturday while covering a land dispute."
    incidents = analyze(text, published="2025-08-04").incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.name == "Muzaffarpur"


def test_a_hoax_threat_beside_a_real_attack_recalled_opens_only_the_real_one():
    text = ("Gdansk central station was evacuated on Thursday after a caller said a bomb had been hidden on a "
            "train, a threat police later called a hoax. No explosive device was found. In March 2023, arsonists "
            "set fire to a warehouse in Gdansk in an attack prosecutors linked to a foreign intelligence service.")
    incidents = analyze(text, published="2025-10-10").incidents
    assert len(incidents) == 1
    assert incidents[0].date is not None and incidents[0].date.value.year == 2023


def test_a_fact_check_of_a_fake_claim_over_an_accident_opens_no_incident():
    text = ("Fact check: No, al-Qaeda did not claim the Lyon depot blaze\n\n"
            "Posts on Telegram say al-Qaeda took responsibility for a fire that gutted a depot in Lyon on Friday, "
            "and that its fighters \"killed and wounded dozens\". This is false. Fire officials said the blaze was "
            "caused by an electrical fault, and only one worker was treated for smoke inhalation.")
    assert analyze(text, published="2025-06-10").incidents == []
