"""Speakers the claim reader used to miss: unnamed community figures and local offices, a titled name
the tagger took for no person, bare "officers" and a digest section's officials. On texts written for these
tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"


def _claims(result: AnalysisResult) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.kind, c.source.text, c.source.affiliation, c.subject.actor if c.subject else None)
            for c in result.claims]


def _perpetrators(result: AnalysisResult) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A youth leader in the village alleged that the raiders were Fulani herdsmen.", "youth leader"),
    ("A traditional ruler in the area blamed the killings on Fulani herdsmen.", "traditional ruler"),
    ("The village head said the attackers were Fulani herdsmen.", "village head"),
])
def test_an_unnamed_community_figure_speaks_for_the_community(sentence: str, speaker: str) -> None:
    text = f"Gunmen killed eight farmers in Tudun Wada, Kaduna State, on Saturday night. {sentence}"
    result = analyze(text, published=_PUBLISHED)
    assert _claims(result) == [("responsibility", speaker, speaker, "Fulani extremists")]
    assert _perpetrators(result) == [("Fulani extremists", "alleged")]


def test_a_named_community_leader_speaks_for_himself_not_the_state() -> None:
    text = ("Gunmen killed eight farmers in Tudun Wada, Kaduna State, on Saturday night. Community leader Yakubu "
            "Danjuma alleged that the attackers were Fulani herdsmen.")
    assert _claims(analyze(text, published=_PUBLISHED)) == [
        ("responsibility", "Yakubu Danjuma", "Yakubu Danjuma", "Fulani extremists")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The governor blamed the attack on Fulani herdsmen.", "governor"),
    ("The local government chairman blamed the attack on Fulani herdsmen.", "local government chairman"),
])
def test_an_unnamed_local_office_speaks_for_the_state(sentence: str, speaker: str) -> None:
    text = f"Gunmen killed eight farmers in Tudun Wada, Nigeria, on Saturday night. {sentence}"
    assert _claims(analyze(text, published=_PUBLISHED)) == [
        ("responsibility", speaker, "Nigeria", "Fulani extremists")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Kogi State Governor Usman Ododo alleged that the attackers were Fulani herdsmen.", "Usman Ododo"),
    ("Katsina State Governor Dikko Umaru Radda blamed the attack on Fulani herdsmen.", "Dikko Umaru Radda"),
])
def test_a_titled_name_the_tagger_missed_is_a_person(sentence: str, name: str) -> None:
    text = f"Gunmen killed seven farmers in Ayetoro village on Saturday. {sentence}"
    result = analyze(text, published=_PUBLISHED)
    assert _claims(result) == [("responsibility", name, "Nigeria", "Fulani extremists")]
    assert any(a.actor == name and a.type == "person" for a in result.actors)


def test_a_titled_name_after_an_office_with_its_acronym_speaks_for_the_offices_state() -> None:
    # the title chain reads past "(MHA)" to "Indian": not the story's Pakistan
    text = ("A suicide bomber killed 12 soldiers at a checkpoint in Bannu, Pakistan, on Friday. Pakistan's army "
            "said the attack was planned abroad. Indian Ministry of Home Affairs (MHA) spokesperson Randhir "
            "Jaiswal said Jaish-e-Mohammad had carried out the attack.")
    assert _claims(analyze(text, published=_PUBLISHED)) == [
        ("responsibility", "Randhir Jaiswal", "India", "Jaish-e-Mohammad")]


def test_a_title_opening_a_company_name_names_no_person() -> None:
    result = analyze("A fire gutted a General Electric Company depot in Lagos on Friday.", published=_PUBLISHED)
    assert not [a for a in result.actors if a.type == "person"]


@pytest.mark.parametrize("sentence", [
    "Officers in Choloma arrested a suspect, whom they described as a member of the MS-13 gang.",
    "Officers said the killing bore the hallmarks of MS-13.",
])
def test_bare_officers_speak_for_the_state(sentence: str) -> None:
    text = f"A taxi driver was shot dead in Choloma, Honduras, on Monday. {sentence}"
    claims = _claims(analyze(text, published=_PUBLISHED))
    assert [(kind, aff, subject) for kind, _, aff, subject in claims] == [
        ("responsibility", "Honduras", "MS-13")]


def test_a_digest_sections_police_speak_for_its_label_country() -> None:
    text = ("Weekly round-up: attacks in the Sahel and South Asia\n\n"
            "DAKAR, Senegal — Here are the main attacks reported in the week to Sunday.\n\n"
            "MALI: Suspected jihadists killed nine traders on the road near Douentza on Tuesday.\n\n"
            "AFGHANISTAN: Gunmen shot dead a district judge in Spin Boldak on Wednesday. Police said they "
            "suspected Islamic State Khorasan Province.\n")
    claims = _claims(analyze(text, published=_PUBLISHED))
    assert [(aff, subject) for _, _, aff, subject in claims] == [
        ("Afghanistan", "Islamic State Khorasan Province")]
