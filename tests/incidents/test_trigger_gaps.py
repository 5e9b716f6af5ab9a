"""Incidents told only in a claim, by an execution, by 'came under fire', and tolls told after the attack;
on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import find_casualties


def _strong_words(text: str) -> set[str]:
    doc = parse(text)
    return {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s) if t.strong}


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("The attack on a mosque in Herat on Friday was claimed by the Islamic State.", "Islamic State", "Herat"),
        ("Al-Shabaab said it was responsible for the attack on a hotel in Kismayo on Wednesday.", "Al-Shabaab",
         "Kismayo"),
        ("A spokesman for Boko Haram said the group carried out the raid on a camp near Dikwa.", "Boko Haram",
         "Dikwa"),
    ],
)
def test_a_claim_that_alone_tells_an_attack_with_its_place_opens_the_incident(text, group, place):
    result = analyze(text, published="2024-06-14")
    assert len(result.incidents) == 1
    incident = result.incidents[0]
    assert incident.location is not None and incident.location.name == place
    claims = [c for c in result.claims if c.kind == "responsibility"]
    assert claims and claims[0].incident == incident.id
    assert [p.actor for p in incident.perpetrators] == [group]


@pytest.mark.parametrize(
    "text",
    [
        "The group said it would carry out attacks on churches in Kinshasa.",
        "The group threatened to carry out an attack on a stadium in Lagos next week.",
        "The group denied carrying out the attack.",
        "The senator claimed responsibility for the fierce attack on the budget in Congress on Tuesday.",
    ],
)
def test_a_claim_of_no_told_attack_opens_none(text):
    assert analyze(text, published="2024-06-14").incidents == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Islamic State fighters executed 14 Christians near Palmyra on Saturday.", 14),
        ("The militants executed four Shiites at a checkpoint near Baiji.", 4),
        ("Jihadists executed two foreigners in the desert near Menaka.", 2),
    ],
)
def test_executed_people_of_a_faith_or_nationality_is_a_killing(text, killed):
    incidents = analyze(text, published="2024-06-14").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == killed


def test_executing_a_plan_or_a_deal_is_no_killing():
    assert "executed" not in _strong_words("The company executed the Kurdish pipeline deal in Erbil on Monday.")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Gunmen shot dead a notary outside his office in Oujda.", "a notary"),
        ("Gunmen shot dead a magistrate near the court in Sfax.", "a magistrate"),
        ("An assailant stabbed to death an imam in Marseille on Friday.", "an imam"),
        ("Two men on a motorbike gunned down a diplomat in Peshawar.", "a diplomat"),
    ],
)
def test_one_person_shot_dead_or_stabbed_to_death_is_one_killed(text, evidence):
    figures = [(c.kind, c.casualties.stated, c.casualties.evidence.text) for c in find_casualties(parse(text))]
    assert figures == [("killed", 1, evidence)]


@pytest.mark.parametrize(
    "text",
    [
        "The convoy came under fire about 20 km from the camp on Tuesday evening, the operator said.",
        "An army patrol came under attack near Mopti on Thursday.",
        "Two aid workers came under fire from gunmen on the road to Beni.",
    ],
)
def test_coming_under_fire_is_an_attack(text):
    assert len(analyze(text, published="2024-06-14").incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The minister came under fire from opposition lawmakers on Monday over the budget.",
        "The coach came under fire after the team lost 3-0 on Sunday.",
        "The embassy came under fire from critics for its slow response.",
    ],
)
def test_coming_under_fire_from_critics_is_no_attack(text):
    assert analyze(text, published="2024-06-14").incidents == []


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Vandals set fire to a synagogue in Rostock overnight. Three worshippers suffered smoke inhalation.", 3),
        ("Gunmen attacked a bank in Jos on Monday. Two guards were hospitalised.", 2),
    ],
)
def test_a_toll_told_right_after_the_attack_is_its_toll(text, injured):
    incidents = analyze(text, published="2024-06-14").incidents
    assert len(incidents) == 1
    assert incidents[0].injured is not None and incidents[0].injured.stated == injured


def test_a_toll_of_a_period_after_the_attack_is_not_its_toll():
    text = "A bomb exploded near a bus station in Quetta on Monday. Last year, 40 people were hospitalised in " \
           "Karachi after a heatwave."
    incidents = analyze(text, published="2024-06-14").incidents
    assert len(incidents) == 1 and incidents[0].injured is None
