"""Arson verbs in a group's claim, a post overrun, 'the militants' after a named group, and the dateline
against the scene: on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_PUBLISHED = "2025-03-10"


def _self_claimers(text: str) -> set[str]:
    return {c.source.actor for c in analyze(text, published=_PUBLISHED).claims
            if c.kind == "responsibility" and c.is_self and c.polarity == "affirm"}


@pytest.mark.parametrize(("text", "group"), [
    ('Boko Haram fighters raided a village in Borno State on Tuesday. "Our men burned the church," a spokesman '
     "for the group said.", "Boko Haram"),
    ("Al-Shabaab said its fighters burnt down a police station in Mandera on Monday.", "Al-Shabaab"),
    ("Boko Haram said its fighters set fire to a market in Borno State on Tuesday.", "Boko Haram"),
    ("Al-Shabaab said its fighters set a police station on fire in Mandera on Monday.", "Al-Shabaab"),
    ("Al-Shabaab said its fighters set two lorries ablaze near Beledweyne on Sunday.", "Al-Shabaab"),
    ("The ADF said its fighters razed a village in North Kivu on Friday.", "Allied Democratic Forces"),
])
def test_arson_ties_the_group_to_the_act(text: str, group: str) -> None:
    assert _self_claimers(text) == {group}


@pytest.mark.parametrize("text", [
    "The army said its soldiers burned abandoned militant camps near Kirkuk on Monday.",
    "Boko Haram said it had burned its bridges with the government.",
])
def test_no_arson_claim(text: str) -> None:
    assert _self_claimers(text) == set()


@pytest.mark.parametrize(("text", "place"), [
    ("BAMAKO, Mali — JNIM said its fighters overran an army base near Boni on Tuesday.", "Boni"),
    ("An army post near Djibo was overrun by jihadists on Monday.", "Djibo"),
    ("Islamist fighters have overrun the town of Mocimboa da Praia, officials said on Wednesday.",
     "Mocimboa da Praia"),
])
def test_a_post_or_a_town_overrun_is_an_incident(text: str, place: str) -> None:
    (incident,) = analyze(text, published=_PUBLISHED).incidents
    assert incident.location is not None and incident.location.name == place
    assert "Armed Assault" in {label.label for label in incident.attack_types}


@pytest.mark.parametrize("text", [
    "The construction project overran its budget by two million dollars, officials said on Monday.",
    "The city was overrun with tourists over the summer.",
    "The opposition party has burned its bridges with the president.",
])
def test_overrun_without_a_post_or_burnt_bridges_is_no_incident(text: str) -> None:
    assert analyze(text, published=_PUBLISHED).incidents == []


def test_the_militants_name_no_group_until_one_is_named() -> None:
    """Generic 'the militants' is no perpetrator (DESIGN: blame of generic attackers names none); after a
    group is named, the definite noun refers back to it (narration: alleged, no claim behind it)."""
    text = "The militants executed four Shiites at a checkpoint near Tikrit on Monday."
    (incident,) = analyze(text, published=_PUBLISHED).incidents
    assert incident.perpetrators == []
    text = ("Boko Haram has waged an insurgency in northeast Nigeria since 2009. On Tuesday the militants "
            "killed nine farmers near Maiduguri, residents said.")
    result = analyze(text, published=_PUBLISHED)
    (incident,) = result.incidents
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("Boko Haram", "alleged")]
    # residents who say so speak for themselves (docs/conventions.md, session 13): their accusation, no one's claim
    assert [(c.source.actor, c.subject.actor if c.subject else None, c.is_self) for c in result.claims] == [
        ("residents", "Boko Haram", False)]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("DAKAR, Senegal — Its fighters ambushed a convoy near Kidal on Sunday, killing seven soldiers, the Islamic "
     "State said.", "Kidal", "Mali"),
    ("NAIROBI, Kenya — Its fighters attacked a police post near Gao on Friday, the group said.", "Gao", "Mali"),
])
def test_a_town_that_names_its_province_beats_the_dateline(text: str, place: str, country: str) -> None:
    (incident,) = analyze(text, published=_PUBLISHED).incidents
    assert incident.location is not None
    assert (incident.location.name, incident.location.country) == (place, country)


@pytest.mark.parametrize("text", [
    "NIAMEY, Niger — JNIM said on Telegram that its fighters attacked a gendarmerie post on Monday.",
    "NIAMEY, Niger — Its fighters attacked a gendarmerie post on Monday, JNIM said on Telegram.",
    "ABUJA, Nigeria — Boko Haram said its fighters attacked an army base on Saturday.",
])
def test_with_no_scene_named_the_dateline_gives_its_country_not_its_city(text: str) -> None:
    (incident,) = analyze(text, published=_PUBLISHED).incidents
    assert incident.location is not None and incident.location.name == incident.location.country


def test_a_scene_named_in_the_body_still_wins_over_the_dateline() -> None:
    text = "KANO, Nigeria — Gunmen killed six villagers in Kankara on Sunday, police said."
    (incident,) = analyze(text, published=_PUBLISHED).incidents
    assert incident.location is not None and incident.location.name == "Kankara"
