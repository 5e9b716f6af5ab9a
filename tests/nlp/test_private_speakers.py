"""Unnamed private people who speak for themselves, as community figures do (docs/conventions.md): a victim's
kin ("his brother accused X"), the people of a place ("residents blamed X") and witnesses or survivors. On texts
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"


def _claims(result: AnalysisResult) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.source.affiliation, c.subject.actor if c.subject else None) for c in result.claims]


def _perpetrators(result: AnalysisResult) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("His brother accused JNIM of the killing.", "victim's brother"),
    ("Residents blamed JNIM for the killing.", "residents"),
    ("The shopkeeper's widow said JNIM fighters had killed him.", "victim's widow"),
    ("A witness said JNIM fighters had killed him.", "witnesses"),
    ("Survivors blamed JNIM for the killing.", "survivors"),
])
def test_kin_and_residents_accuse_for_themselves(sentence: str, speaker: str) -> None:
    text = f"A shopkeeper was shot dead near Mopti, Mali, on Tuesday. {sentence}"
    result = analyze(text, published=_PUBLISHED)
    assert _claims(result) == [("responsibility", speaker, "JNIM")]
    assert _perpetrators(result) == [("JNIM", "alleged")]


def test_villagers_accuse_an_army() -> None:
    text = "A herder was shot dead near Bama, Nigeria, on Tuesday. Villagers accused the Nigerian army of killing him."
    assert _claims(analyze(text, published=_PUBLISHED)) == [("responsibility", "villagers", "Nigeria")]


def test_villagers_who_act_are_no_speakers() -> None:
    text = ("Villagers beat a suspected thief to death in Bama, Nigeria, on Tuesday. Police said they had arrested "
            "three men.")
    result = analyze(text, published=_PUBLISHED)
    assert all(p.actor.lower() != "villagers" for i in result.incidents for p in i.perpetrators)


@pytest.mark.parametrize("rest", [
    '"The army killed my son," his mother said.',
    '"The police shot him in the back," a witness said.',
])
def test_kin_or_a_witness_who_says_the_forces_killed_accuses_the_state(rest: str) -> None:
    text = f"Soldiers opened fire on protesters in Kano, Nigeria, on Monday, killing three. {rest}"
    result = analyze(text, published=_PUBLISHED)
    assert [c for c in _claims(result) if c[2] == "Nigeria"]
    assert ("Nigeria", "alleged") in _perpetrators(result)


@pytest.mark.parametrize("text", [
    # after an attack by others the charge is over another killing (no perpetrator of this one)
    'A car bomb killed 11 people at a market in Maiduguri, Nigeria, on Monday. "The army killed my son," his mother '
    'said.',
    # the forces' own word of killing armed men is an operation, no accusation
    "Troops killed 12 militants in Borno, Nigeria, on Monday. The army said soldiers killed 12 terrorists.",
])
def test_no_charge_against_the_forces_without_their_act_or_from_themselves(text: str) -> None:
    result = analyze(text, published=_PUBLISHED)
    assert not [c for c in _claims(result) if c[2] == "Nigeria"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Relatives held the army responsible.", "victim's relatives"),
    ("Villagers held the army responsible for the killing.", "villagers"),
])
def test_kin_and_residents_who_hold_someone_responsible_accuse(sentence: str, speaker: str) -> None:
    # holding someone responsible accuses, as blaming does: the kin speak for themselves
    text = f"A herder was shot dead near Bama, Nigeria, on Tuesday. {sentence}"
    assert _claims(analyze(text, published=_PUBLISHED)) == [("responsibility", speaker, "Nigeria")]


def test_relatives_who_hold_a_vigil_accuse_no_one() -> None:
    text = "A herder was shot dead near Bama, Nigeria, on Tuesday. Relatives held a vigil outside the army barracks."
    assert _claims(analyze(text, published=_PUBLISHED)) == []


@pytest.mark.parametrize(("sentence", "accused"), [
    ("Relatives of the herder said Boko Haram fighters had killed him.", [("responsibility", "victim's relatives",
                                                                          "Boko Haram")]),
    ("Relatives of the bomber said Boko Haram had recruited him.", []),  # the attacker's kin speak for no victim
])
def test_relatives_of_the_victim_named_by_a_noun_speak(sentence: str, accused: list) -> None:
    text = f"A herder was shot dead near Bama, Nigeria, on Tuesday. {sentence}"
    assert _claims(analyze(text, published=_PUBLISHED)) == accused


@pytest.mark.parametrize(("sentence", "accused"), [
    ("Families held the army responsible.", [("responsibility", "victim's families", "Nigeria")]),
    ("Families of the dead blamed the army.", [("responsibility", "victim's families", "Nigeria")]),
    ("Families of the attackers said Boko Haram had recruited them.", []),
])
def test_bare_families_speak_as_relatives_do(sentence: str, accused: list) -> None:
    text = f"Three herders were shot dead near Bama, Nigeria, on Tuesday. {sentence}"
    assert _claims(analyze(text, published=_PUBLISHED)) == accused


def test_families_holding_the_forces_responsible_for_a_failure_accuse_no_one_of_the_act() -> None:
    # held responsible "for failing to protect them" is negligence, as "blamed ... for failing" is; near miss:
    # "Families held the army responsible." above
    text = ("Three herders were shot dead near Bama, Nigeria, on Tuesday. Families held the security forces "
            "responsible for failing to protect them.")
    assert _claims(analyze(text, published=_PUBLISHED)) == []


@pytest.mark.parametrize("sentence", [
    "Relatives of the rebel commander said the army was responsible.",
    "Relatives of the militant leader blamed the army.",
])
def test_relatives_of_the_armed_side_speak_for_no_victim(sentence: str) -> None:
    # kin of a rebel or militant speak for that side, not as the victims' relatives; near miss: "Relatives of the
    # herder" above
    text = f"A herder was shot dead near Bama, Nigeria, on Tuesday. {sentence}"
    assert _claims(analyze(text, published=_PUBLISHED)) == []
