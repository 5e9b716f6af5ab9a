""""Carried it out", "staged it": an agent verb whose object is the pronoun of the act the story tells names its
doer, as "carried out the attack" does (a group's own word claims it, another's accuses). On texts written for
these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2026-10-21"
_ATTACK = "Two men on a motorbike shot dead a policeman guarding a vaccination team in Bannu on Tuesday. "


def _claims(result: AnalysisResult) -> list[tuple[str | None, str | None, str, bool]]:
    return [(c.source.affiliation, c.subject.actor if c.subject else None, c.polarity, c.is_self)
            for c in result.claims]


@pytest.mark.parametrize("sentence", [
    "Jamaat-ul-Ahrar said in a message to reporters that its fighters had carried it out.",
    "Jamaat-ul-Ahrar said it carried it out to avenge its commander.",
])
def test_a_group_that_carried_it_out_claims_it(sentence: str) -> None:
    claims = _claims(analyze(_ATTACK + sentence, published=_PUBLISHED))
    assert claims == [("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", "affirm", True)]


def test_a_group_that_did_not_carry_it_out_denies_it() -> None:
    claims = _claims(analyze(_ATTACK + "Jamaat-ul-Ahrar said it had not carried it out.", published=_PUBLISHED))
    assert claims == [("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", "deny", True)]


@pytest.mark.parametrize("sentence", [
    "Jamaat-ul-Ahrar put out a video on Wednesday. Police in Bannu said the group staged it to recruit fighters.",
    "Jamaat-ul-Ahrar called a strike across the district on Thursday. Police in Bannu said the group organised it "
    "to show its strength.",
    "Jamaat-ul-Ahrar declared a truce in May. Police in Bannu said the group had launched it to rearm.",
])
def test_a_pronoun_of_another_event_names_no_doer(sentence: str) -> None:
    # "it" is the video, the strike, the truce: what the group did is no word on the shooting
    assert _claims(analyze(_ATTACK + sentence, published=_PUBLISHED)) == []


@pytest.mark.parametrize("sentence", [
    "Jamaat-ul-Ahrar claimed the shooting. Police in Bannu said the group staged it to avenge a commander.",
    "Police in Bannu said Jamaat-ul-Ahrar had committed it to avenge a commander.",
])
def test_a_pronoun_of_the_attack_names_its_doer(sentence: str) -> None:
    claims = _claims(analyze(_ATTACK + sentence, published=_PUBLISHED))
    assert ("Pakistan", "Jamaat-ul-Ahrar", "affirm", False) in claims


@pytest.mark.parametrize("text", [
    "A roadside bomb tore through a minibus near Spin Boldak on Sunday, killing six passengers. The Taliban claimed "
    "it hours later.",
    "Gunmen raided a checkpoint outside Baiji on Monday, killing four guards. ISIS in Iraq claimed it.",
    "A device went off at a bus stop in Jalalabad on Friday. The Taliban claimed it in a statement.",
])
def test_it_claimed_after_the_act_is_the_groups_claim(text: str) -> None:
    # "it" is the act just told, by its weapon, doer or target: claiming it claims the act, as "the attack" does
    claims = _claims(analyze(text, published=_PUBLISHED))
    assert len(claims) == 1 and claims[0][2:] == ("affirm", True) and claims[0][0] == claims[0][1]


@pytest.mark.parametrize("text", [
    "Rebels captured the ridge above Rutshuru on Sunday. The M23 claimed it the next day.",
    "The body of a man was found on a beach near Mombasa on Sunday. No one has claimed it.",
])
def test_it_claimed_of_a_place_or_a_body_is_no_claim(text: str) -> None:
    assert _claims(analyze(text, published=_PUBLISHED)) == []


@pytest.mark.parametrize("text", [
    "Troops shelled a hamlet on the contested frontier on Monday, killing three farmers. Armenia and Azerbaijan "
    "have both long claimed it.",
    "Missiles struck a reef outpost in the Spratly Islands on Sunday, wounding two sailors. The Philippines claimed "
    "it.",
    "A gunman shot dead a taxi driver in Lahore on Monday. His brother claimed it at the hospital.",
])
def test_it_claimed_by_a_state_or_kin_after_violence_is_no_claim(text: str) -> None:
    # the place, the island or the body a violent verb hit is what a state or a brother claims, not the act: only a
    # group (the near misses above) claims "it" as the act
    assert _claims(analyze(text, published=_PUBLISHED)) == []
