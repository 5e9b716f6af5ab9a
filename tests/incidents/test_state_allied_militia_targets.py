"""Militias armed on the state's side (Iraq's Sahwa councils, Pakistan's peace committees, a pro-government
militia) as the people an attack hit, on sentences written for these tests: GTD's Terrorists/Non-State Militia
target, not the private citizens they are drawn from nor the government that backs them."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import rule_hits
from counterclaim.incidents.classify import classify

MILITIA = "Terrorists/Non-State Militia"


def _targets(text: str) -> list[str]:
    return [x.label for x in classify(text).target_types]


@pytest.mark.parametrize("text", [
    "A roadside bomb went off beside the car of a Sahwa council member near Tarmiyah, wounding him and his son.",
    "Gunmen shot dead a peace committee elder as he left his house in a village near Bannu.",
    "A landmine killed two members of a pro-government militia patrolling a dirt road outside the town.",
    "Assailants killed an anti-Taliban militiaman at a tea stall near the district centre.",
])
def test_state_allied_militia_members_hit_are_the_militia_target(text: str) -> None:
    labels = classify(text).target_types
    assert labels[0].label == MILITIA
    assert labels[0].evidence and labels[0].evidence[0].text.lower() in text.lower()


def test_police_hit_beside_the_militia_come_first() -> None:
    text = ("Militants fired on a joint checkpoint of police and a peace committee near Bannu; two police officers and "
            "a committee volunteer were wounded.")
    targets = _targets(text)
    assert targets[0] == "Police" and MILITIA in targets


def test_the_militia_that_did_the_attack_is_no_target() -> None:
    text = "Pro-government militiamen stormed a village near the river and burned a dozen homes."
    assert MILITIA not in _targets(text)


@pytest.mark.parametrize("text", [
    "Members of an anti-government militia occupied a wildlife refuge office for weeks.",
    "A government militia member was wounded when rebels ambushed a patrol in the hills.",
])
def test_anti_government_and_government_militias_are_no_state_allied_word(text: str) -> None:
    assert not [h for h in rule_hits(text) if h.label == MILITIA and not h.feature]
    # the final record: no militia label grounded on the (anti-)government militia words by the rule
    evidence = [e.text.lower() for x in classify(text).target_types if x.label == MILITIA for e in x.evidence]
    assert not [e for e in evidence if "government militia" in e]


def test_a_militia_that_fought_the_attackers_is_no_state_allied_target() -> None:
    text = ("Insurgents raided a village near Hawija on Sunday, killing three farmers; four Sahwa men died in the "
            "ensuing clash.")
    assert not [h for h in rule_hits(text) if h.label == MILITIA and not h.feature]
    # the final record: the village's people are the target, the militia that fought for them none
    assert _incident_targets(text) == ["Private Citizens & Property"]
    # labelled near miss (the model's own reading, no rule's): the militia named as the dead of the clash alone,
    # with no other victim, is read as the target whatever the rule says
    text = ("Gunmen raided a hamlet near the border at night. Two raiders and four pro-government militia members were "
            "killed in the ensuing clash.")
    assert not [h for h in rule_hits(text) if h.label == MILITIA and not h.feature]


def _incident_targets(text: str) -> list[str]:
    from counterclaim.api import analyze

    incidents = analyze(text, published="2012-05-10").incidents
    assert incidents
    return [x.label for x in incidents[0].target_types]


def test_the_militias_own_checkpoint_puts_no_police_first() -> None:
    # a bare "checkpoint" names no police or soldiers hit: the militia keeps its place and the civilians theirs
    text = ("A suicide bomber blew himself up at a Sahwa checkpoint near Muqdadiyah on Sunday, killing three Sahwa "
            "guards and 11 people, most of them women and children.")
    targets = _incident_targets(text)
    assert targets[0] == MILITIA and "Private Citizens & Property" in targets and "Police" not in targets


def test_soldiers_named_beside_the_militia_still_come_first() -> None:
    # near miss: soldiers named as victims are the forces hit beside the militia
    text = "A roadside bomb killed four soldiers and two Sahwa members at a joint checkpoint near Tarmiyah on Sunday."
    targets = _incident_targets(text)
    assert targets[0] == "Military" and MILITIA in targets


@pytest.mark.parametrize("text", [
    "Sahwa fighters stormed a farmhouse near Khalis on Sunday, killing a family of six.",
    "Hamlets near Nyala were torched by pro-government militias on Sunday, killing 25 people.",
])
def test_the_state_allied_militia_that_did_the_attack_comes_after_its_victims(text: str) -> None:
    targets = _incident_targets(text)
    assert targets[0] == "Private Citizens & Property"
    assert not [h for h in rule_hits(text) if h.label == MILITIA and not h.feature]


def test_sahwa_fighters_killed_are_still_the_militia_target() -> None:
    # near miss: the same words as the victims of the attack
    assert _incident_targets("Gunmen killed four Sahwa fighters at a checkpoint near Khalis on Sunday.")[0] == MILITIA


@pytest.mark.parametrize("text", [
    "A car bomb killed 11 shoppers at a market in Kirkuk on Sunday; the governor mourned the innocent sons of Iraq.",
    "Unknown men hurled a grenade at the office of the district peace committee in Silchar, Assam, on Sunday, "
    "wounding two clerks.",
])
def test_a_figure_of_speech_or_a_civil_peace_committee_is_no_militia(text: str) -> None:
    assert not [h for h in rule_hits(text) if h.label == MILITIA and not h.feature]
    assert MILITIA not in _incident_targets(text)


@pytest.mark.parametrize("text", [
    "Gunmen killed three Sons of Iraq members at a checkpoint near Taji on Sunday.",
    "Gunmen shot dead two members of an armed peace committee near the town on Sunday.",
    "A bomb killed a peace committee leader in Lakki Marwat on Sunday.",
])
def test_the_named_militia_and_a_tribal_peace_committee_stay_the_militia_target(text: str) -> None:
    # near misses: the capitalised name, an armed committee, a committee in Pakistan's tribal belt
    assert _incident_targets(text)[0] == MILITIA


def test_police_who_fought_back_leave_the_militia_the_target() -> None:
    text = "Gunmen shot dead a peace committee elder in Mohmand on Sunday before police returned fire."
    assert [h for h in rule_hits(text) if h.label == MILITIA and not h.feature]
    assert _incident_targets(text) == [MILITIA]


def test_the_militia_that_fought_back_as_the_subject_is_no_target() -> None:
    # near miss: the militia itself repelled the attack on the village (its people are the target)
    text = "Insurgents raided a hamlet near Hawija on Sunday, killing three farmers; Sahwa fighters repelled them."
    assert not [h for h in rule_hits(text) if h.label == MILITIA and not h.feature]
    assert MILITIA not in _incident_targets(text)


def test_a_militia_member_among_many_victims_comes_after_them() -> None:
    text = ("A suicide bomber hit a funeral in Kunar on Sunday, killing 18 mourners, among them a peace committee "
            "member.")
    assert _incident_targets(text)[:2] == ["Private Citizens & Property", MILITIA]


def test_a_militia_member_as_the_victim_stays_first() -> None:
    # near miss: the member is the one killed
    assert _incident_targets("A bomb killed a peace committee member in Kunar on Sunday.")[0] == MILITIA


def test_sentences_are_split_once_for_many_militia_words() -> None:
    from counterclaim.incidents._word_patterns import any_in_sentence, sentence_around

    text = "Rebels raided a farm. Gunmen killed a Sahwa guard in Khalis; four Sahwa men died in the ensuing clash."
    start = text.index("Sahwa")
    assert text[slice(*sentence_around(text, start, start + 5))] == text[text.index("Gunmen") - 1 : -1]
    fights = [(text.index("ensuing"), text.index("clash") + 5)]
    assert any_in_sentence(text, fights, start, start + 5)
    assert not any_in_sentence(text, fights, start, start + 5, before_only=True)
    # a long run-on passage of militia words is read whole, each word a militia target
    long = "Gunmen killed " + "a Sahwa council member, " * 300 + "in Khalis on Sunday."
    assert len([h for h in rule_hits(long) if h.label == MILITIA and not h.feature]) == 300
    assert classify(long).target_types[0].label == MILITIA


@pytest.mark.parametrize("text", [
    "Bandits shot dead a member of a local peace committee near Marsabit, Kenya, on Sunday.",
    "Suspected raiders killed two peace committee members in Turkana County on Sunday.",
    "Militants killed two peace committee members in Turkana County on Sunday.",
])
def test_the_model_reads_no_militia_into_a_civil_peace_committee(text: str) -> None:
    # the model learnt "peace committee" from Pakistani and Afghan summaries only: read without the words here
    assert MILITIA not in _targets(text)


def test_civil_committee_members_with_nothing_else_told_are_private_citizens() -> None:
    labels = classify("Suspected raiders killed two peace committee members in Turkana County on Sunday.").target_types
    assert [x.label for x in labels] == ["Private Citizens & Property"]
    assert [e.text for e in labels[0].evidence] == ["peace committee"]


def test_a_peace_committee_in_the_tribal_belt_stays_the_militia_target_of_the_model_too() -> None:
    # near miss: the same killing in Pakistan's tribal belt
    text = "Bandits shot dead a member of a local peace committee near Bannu, Pakistan, on Sunday."
    assert _targets(text)[0] == MILITIA


def test_a_peace_lashkar_is_a_militia_wherever_it_is() -> None:
    assert _targets("Militants killed two members of a peace lashkar on Sunday, officials said.")[0] == MILITIA


def test_members_of_a_peace_committee_told_armed_are_a_militia() -> None:
    text = "Bandits shot dead two armed members of a local peace committee near Marsabit, Kenya, on Sunday."
    assert MILITIA in _targets(text)
    # near miss: the same members not told armed
    assert MILITIA not in _targets(text.replace("two armed members", "two members"))


def test_a_civil_committee_lets_no_other_reading_spring_up() -> None:
    # the militia reading goes; no police is read from the leftover "members" and "chief"
    text = "Bandits shot dead two peace committee members and a local chief near Marsabit, Kenya, on Sunday."
    assert _targets(text) == ["Government (General)"]


def test_a_peace_committee_written_with_a_non_breaking_space_is_still_one() -> None:
    assert MILITIA not in _targets("Suspected raiders killed two peace\u00a0committee members in Turkana County.")
