"""Self-claims as wire copy tells them ("<group> said its fighters <did it>"), on sentences written for these
tests: the group claims the attack; its denials, its own losses and a state's own operations are no claim."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _self_claimers(nlp: Language, text: str) -> set[str]:
    doc = nlp(text)
    return {m.claim.source.actor for m in find_claims(doc, find_actors(doc))
            if m.claim.kind == "responsibility" and m.claim.is_self and m.claim.polarity == "affirm"}


def test_dateline_city_is_not_the_speaker() -> None:
    """The parser takes "KIRKUK" (tagged a person) or "BAMAKO, Mali" for the subject of "said"."""
    result = analyze("KIRKUK, Iraq — The Islamic State said its fighters attacked a police post in Kirkuk on "
                     "Sunday, killing five people.", published="2025-03-10")
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("Islamic State", "claimed")]
    result = analyze("BAMAKO, Mali — JNIM said on Telegram that its fighters attacked an army post in Boni on "
                     "Tuesday, killing 12 soldiers.", published="2025-03-10")
    incident = result.incidents[0]
    assert [p.status for p in incident.perpetrators] == ["claimed"]
    # the dateline's country is where the report was filed, not a party that speaks: it still places the town
    assert incident.location is not None and incident.location.name == "Boni"
    assert incident.location.country == "Mali"


def test_dateline_country_does_not_corroborate(nlp: Language) -> None:
    """"MOGADISHU, Somalia (AP) — Al-Shabaab said": Somalia, a conjunct of the dateline city, is no co-speaker."""
    doc = nlp("MOGADISHU, Somalia (AP) — Al-Shabaab said its fighters stormed a hotel in the capital on Friday.")
    claims = [m.claim for m in find_claims(doc, find_actors(doc))]
    assert {(c.source.actor, c.is_self) for c in claims} == {("Al-Shabaab", True)}


@pytest.mark.parametrize("text, group", [
    ("KIRKUK, Iraq — The Islamic State said its fighters set off bombs in Kirkuk on Sunday, killing five people.",
     "Islamic State"),
    ("Al-Shabaab said its fighters set off a roadside bomb near a Kenyan army convoy in Mandera on Monday.",
     "Al-Shabaab"),
    ("The Islamic State said its militants blew up a power pylon near Kirkuk on Thursday.", "Islamic State"),
    ("The Islamic State said its fighters executed 11 Christians in Borno State on Christmas Day.",
     "Islamic State"),
    ("The Pakistani Taliban said their soldiers shelled a checkpoint in North Waziristan on Thursday.",
     "Tehrik-i-Taliban Pakistan"),
    ("ISWAP said its fighters overran a military base in Borno State on Wednesday, killing 20 soldiers.",
     "Islamic State West Africa Province"),
])
def test_attack_verbs_as_wire_copy_writes_them(nlp: Language, text: str, group: str) -> None:
    assert _self_claimers(nlp, text) == {group}


def test_published_footage_of_its_fighters_in_the_act(nlp: Language) -> None:
    assert _self_claimers(nlp, "Al-Shabaab released a video showing its fighters attacking a Kenyan army base in "
                               "Lamu on Sunday.") == {"Al-Shabaab"}
    assert _self_claimers(nlp, "Boko Haram posted photos of its fighters storming a barracks in Borno State.") \
        == {"Boko Haram"}
    assert _self_claimers(nlp, "A video released by Al-Shabaab on Sunday showed its fighters storming a Kenyan "
                               "army base in Lamu.") == {"Al-Shabaab"}


@pytest.mark.parametrize("text", [
    "Soldiers raided a militant camp in Lamu on Sunday. Al-Shabaab released a video showing its fighters being "
    "killed by Kenyan troops.",
    "Al-Shabaab released a video showing its fighters training in a forest.",
    "The Kenyan army released a video showing its soldiers attacking an Al-Shabaab camp in Lamu on Sunday.",
    "A video posted by Al-Shabaab on Sunday showed Kenyan soldiers attacking a village in Lamu.",
    "The Nigerian army said its soldiers executed a raid on a Boko Haram camp and killed 12 fighters.",
    "Militants attacked an army base in Borno State on Monday. Boko Haram said its fighters were killed.",
    "The army said its soldiers shelled militant positions near Kirkuk on Monday.",
])
def test_no_self_claim(nlp: Language, text: str) -> None:
    assert _self_claimers(nlp, text) == set()


@pytest.mark.parametrize("rest", [
    "Al-Shabaab said its fighters fired the mortars.",
    "In a radio broadcast, Al-Shabaab said it had fired mortar shells at the port.",
    "Al-Shabaab, an al-Qaeda affiliate, said its fighters fired the shells.",
])
def test_a_group_that_fired_mortars_or_shells_claims_the_act(nlp: Language, rest: str) -> None:
    """Mortars and shells are fired as rockets are: a group that says it (or its fighters) fired them claims it."""
    lead = "Mortar rounds hit the port of Kismayo on Thursday, killing three dockworkers. "
    assert _self_claimers(nlp, lead + rest) == {"Al-Shabaab"}


@pytest.mark.parametrize("rest", [
    # a state's mortars fired are its operation, and shots fired are the forces' answer
    "The army said its soldiers fired mortars at Al-Shabaab positions in response.",
    "Al-Shabaab said its fighters fired shots in the air as they withdrew.",
])
def test_mortars_fired_by_the_forces_or_shots_fired_claim_nothing(nlp: Language, rest: str) -> None:
    lead = "Mortar rounds hit the port of Kismayo on Thursday, killing three dockworkers. "
    assert _self_claimers(nlp, lead + rest) == set()
