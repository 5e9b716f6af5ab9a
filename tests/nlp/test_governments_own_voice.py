"""Whose state a government speaks for: a group's government speaks for the state it governs ("the Taliban
government"), and "his government" for the state of the envoy or minister who says it, not the story's."""
from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

_BORDER = "Gunmen killed nine border guards near Torkham on Tuesday. "
_ERBIL = "A drone struck a base near Erbil on Monday, wounding three contractors. US officials blamed Iran. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _claims(nlp: Language, text: str) -> set[tuple[str, str | None, str | None, str, bool]]:
    doc = nlp(text)
    return {(m.claim.kind, m.claim.source.affiliation, m.claim.subject.actor if m.claim.subject else None,
             m.claim.polarity, m.claim.is_self) for m in find_claims(doc, find_actors(doc))}


@pytest.mark.parametrize("reply", [
    "The Taliban government called the accusation baseless.",
    "The Taliban administration denied any involvement.",
])
def test_a_groups_government_speaks_for_its_state(nlp: Language, reply: str) -> None:
    text = _BORDER + "Pakistan accused Afghanistan of backing the attackers. " + reply
    assert ("responsibility", "Afghanistan", "Afghanistan", "deny", True) in _claims(nlp, text)
    assert not any(source == "Taliban" for _, source, *_ in _claims(nlp, text))


@pytest.mark.parametrize("text, group", [
    ("A shell hit a fuel depot in Marib on Monday. Saudi officials blamed the Houthis. "
     "The Houthi government in Sanaa rejected the charge.", "Houthis"),
    ("A rocket hit a bus in Ashkelon on Monday. Israel blamed Hamas. "
     "The Hamas government in Gaza rejected any part in it.", "Hamas"),
])
def test_a_group_that_holds_no_state_keeps_its_government(nlp: Language, text: str, group: str) -> None:
    """Only a group that governs its state speaks for it: the Houthis' or Hamas's government denies for the group."""
    claims = _claims(nlp, text)
    assert ("responsibility", group, group, "deny", True) in claims
    assert not any(source in {"Yemen", "Palestine"} for _, source, *_ in claims)


def test_a_governing_groups_denial_meets_the_charge_on_the_group(nlp: Language) -> None:
    """Charged as a group, the Taliban's government denies for the group: the charge is contested, no state
    denies what no one said of it."""
    text = _BORDER + "Islamabad blamed the Taliban for the raid. The Taliban government denied any part in it."
    claims = _claims(nlp, text)
    assert ("responsibility", "Afghanistan", "Taliban", "deny", False) in claims
    assert not any(subject == "Afghanistan" for _, _, subject, *_ in claims)


def test_the_group_itself_still_speaks_for_the_group(nlp: Language) -> None:
    text = _BORDER + "Taliban leaders condemned the attack."
    assert _claims(nlp, text) == {("condemnation", "Taliban", None, "affirm", False)}


@pytest.mark.parametrize("reply", [
    "Iran's ambassador to Iraq said his government had no role in the attack.",
    "Iranian envoy Kazem Tehrani told reporters that his government had nothing to do with the attack.",
    "Iran's ambassador to Iraq said his country had no role in the attack.",
])
def test_an_envoys_government_is_his_state(nlp: Language, reply: str) -> None:
    assert _claims(nlp, _ERBIL + reply) == {("responsibility", "United States", "Iran", "affirm", False),
                                            ("responsibility", "Iran", "Iran", "deny", True)}


@pytest.mark.parametrize("text", [
    "Afghanistan's foreign ministry summoned Pakistan's envoy and told him his country was to blame for the raid.",
    "Kabul summoned the Pakistani charge d'affaires and told him his government bore responsibility for the raid.",
    "The Afghan interior minister told Pakistan's envoy that his country had planned the raid.",
])
def test_his_country_of_one_told_is_not_the_speakers(nlp: Language, text: str) -> None:
    """"Told him his country ...": the pronoun may be the addressee's, and a ministry is no "he": no self-claim."""
    assert not any(polarity == "affirm" and source == subject
                   for _, source, subject, polarity, _ in _claims(nlp, _BORDER + text))


def test_a_ministers_own_government_is_the_storys_state(nlp: Language) -> None:
    text = "Gunmen killed six police officers in Kidal on Monday. " \
           "The interior minister said his government held JNIM responsible."
    assert _claims(nlp, text) == {("responsibility", "Mali", "JNIM", "affirm", False)}


def test_a_residents_country_is_no_side(nlp: Language) -> None:
    text = "Gunmen killed six police officers in Kidal on Monday. A shopkeeper said his country had failed him."
    assert _claims(nlp, text) == set()


@pytest.mark.parametrize("text", [
    "Kabul expelled a Pakistani diplomat, saying his government had sponsored the raid.",
    "Afghanistan summoned the Pakistani envoy and said his government was behind the raid.",
])
def test_his_government_of_a_state_addressee_is_that_state(nlp: Language, text: str) -> None:
    """The envoy expelled or summoned owns "his": the speaker accuses the envoy's state, never itself."""
    assert _claims(nlp, _BORDER + text) == {("responsibility", "Afghanistan", "Pakistan", "affirm", False)}


def test_his_government_of_an_addressee_of_no_state_is_no_side(nlp: Language) -> None:
    text = _BORDER + "Afghanistan summoned the envoy and said his government was behind the raid."
    assert not any(source == subject for _, source, subject, _, _ in _claims(nlp, text))


_MOSQUE = "A suicide bomber killed 14 worshippers at a mosque in Mazar-i-Sharif on Friday. "


@pytest.mark.parametrize("text", [
    "A spokesman for the Taliban government, Bilal Karimi, said the Islamic State had carried out the bombing.",
    "Taliban government spokesman Bilal Karimi said the Islamic State had carried out the bombing.",
    "Taliban intelligence said the Islamic State had carried out the bombing.",
    "The Taliban interior ministry said the Islamic State had carried out the bombing.",
    "The Taliban's intelligence agency said the Islamic State had carried out the bombing.",
])
def test_the_taliban_governments_voice_and_organs_speak_for_the_state(nlp: Language, text: str) -> None:
    """A spokesman for the group's government, and the state's organs it runs, speak for the state it governs."""
    assert _claims(nlp, _MOSQUE + text) == {("responsibility", "Afghanistan", "Islamic State", "affirm", False)}


@pytest.mark.parametrize("text", [
    "A Taliban spokesman, Bilal Karimi, said the Islamic State had carried out the bombing.",
    "Taliban fighters said the Islamic State had carried out the bombing.",
])
def test_the_groups_own_spokesman_and_fighters_stay_the_groups(nlp: Language, text: str) -> None:
    assert _claims(nlp, _MOSQUE + text) == {("responsibility", "Taliban", "Islamic State", "affirm", False)}


def test_the_group_inside_the_governments_name_is_no_antecedent(nlp: Language) -> None:
    """"The group" after "the Taliban government" refers back to the group named before, not to the Taliban."""
    text = _MOSQUE + "The Islamic State claimed the bombing, but the Taliban government said the group had not " \
                     "carried it out."
    assert ("responsibility", "Afghanistan", "Islamic State", "deny", False) in _claims(nlp, text)
    assert not any(subject == "Taliban" for _, _, subject, *_ in _claims(nlp, text))


@pytest.mark.parametrize(("text", "claim"), [
    ("Pakistan's interior minister briefed the British ambassador, saying his government believed the TTP was "
     "responsible.", ("responsibility", "Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", False)),
    ("Pakistan's interior minister met Gul Khan, a tribal elder, and said his government blamed the TTP.",
     ("responsibility", "Pakistan", "Tehrik-i-Taliban Pakistan", "affirm", False)),
    ("Pakistan's interior minister phoned the Afghan envoy and said his government condemned the attack.",
     ("condemnation", "Pakistan", None, "affirm", False)),
])
def test_his_government_after_one_met_or_briefed_is_the_speakers(nlp: Language, text: str, claim: tuple) -> None:
    """Only an envoy summoned, expelled or recalled owns "his" (the near misses above): anyone met, briefed or
    phoned on the way leaves "his government" the speaker's."""
    assert _claims(nlp, _BORDER + text) == {claim}


_KUNDUZ = "Gunmen stormed a police post in Kunduz on Friday, killing nine officers. "


def test_a_ruled_organ_that_does_not_speak_stays_the_groups(nlp: Language) -> None:
    """"Taliban intelligence" speaks for Afghanistan only as the speaker (the near misses above): told as the
    planner by the group's own spokesman, it is the group's men, a self-claim, never the state accused."""
    text = _KUNDUZ + "A Taliban spokesman said Taliban intelligence had planned the raid."
    assert _claims(nlp, text) == {("responsibility", "Taliban", "Taliban", "affirm", True)}
