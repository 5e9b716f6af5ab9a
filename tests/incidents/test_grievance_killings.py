"""A killing a group names as the grievance its attack answers ('revenge for the killing of ... by police',
'to protest against the killing of its cadres in an encounter') is the state's force, no incident of its own;
its date is the grievance's, and the sentence is the group's word on its own attack."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Maoist guerrillas blew up a stretch of railway track in Palamu district on Tuesday. The rebels said "
        "the blast was revenge for the killing of three of their commanders by police last month.",
        "Rebels torched a forest office in Latehar district on Wednesday. The group said it acted to protest "
        "against the killing of two of its cadres in an encounter last week.",
        "Gunmen ambushed a police patrol near Dikwa on Monday, killing four officers. The group said the ambush "
        "was in retaliation for the killing of its leader by security forces in March.",
    ],
)
def test_a_state_killing_named_as_the_grievance_is_no_incident(text):
    incidents = analyze(text, published="2024-03-14").incidents
    assert len(incidents) == 1
    assert incidents[0].date.value is not None and incidents[0].date.value.month == 3


def test_the_revenge_sentence_is_the_groups_claim_of_its_own_attack():
    text = ("Maoists blew up a railway track in Giridih district on Tuesday. The Maoists said the blast was revenge "
            "for the killing of three of their commanders by police last month.")
    result = analyze(text, published="2024-03-14")
    assert len(result.incidents) == 1
    claims = [c for c in result.claims if c.kind == "responsibility"]
    assert claims and all(c.incident == result.incidents[0].id for c in claims)


def test_a_killing_by_others_named_as_a_grievance_stays_an_incident():
    text = ("Gunmen attacked a village in Zamfara on Monday. Residents said the raid was revenge for the killing "
            "of two herders by villagers in January.")
    assert len(analyze(text, published="2024-03-14").incidents) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A bomb went off at a bus park in Kandi on Friday, killing four people. The Front claimed responsibility, "
        "saying it was revenge for a recent bombing in Banikoara.",
        "Gunmen attacked a police post in Malanville on Friday, killing two officers. The group said the attack "
        "was in response to the bombing of a mosque in Segbana.",
    ],
)
def test_an_act_named_only_as_the_grievance_is_no_incident(text):
    result = analyze(text, published="2024-03-14")
    assert len(result.incidents) == 1
    assert result.incidents[0].killed is not None and result.incidents[0].killed.stated in {2, 4}


def test_a_grievance_act_told_with_a_toll_or_date_stays_an_incident():
    text = ("Gunmen attacked a police post in Malanville on Friday, killing two officers. The group said the attack "
            "was in response to the bombing of a mosque in Segbana on Tuesday that killed six worshippers.")
    assert len(analyze(text, published="2024-03-14").incidents) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Troops cordoned off the market in Bauchi in response to the bombing of a chapel.",
        "Thousands of traders protested in Parakou on Saturday against the bombing of a mosque.",
    ],
)
def test_a_bombing_others_react_to_stays_an_incident(text):
    """Only a group's own stated reason ('said it was revenge for') is a bare grievance; a crowd's protest or a
    police cordon in response to a bombing reports the bombing."""
    result = analyze(text, published="2025-03-02")
    assert len(result.incidents) == 1
    assert "Bombing/Explosion" in [a.label for a in result.incidents[0].attack_types]


def test_the_grievance_named_as_a_reason_does_not_type_the_attack():
    """'revenge for a recent bombing' is the group's reason: the shooting it explains is no Bombing."""
    text = ("Gunmen killed six soldiers in Parakou on Tuesday. The group said the attack was revenge for a "
            "recent bombing in Nikki.")
    [incident] = analyze(text, published="2025-03-02").incidents
    assert "Bombing/Explosion" not in [a.label for a in incident.attack_types]



@pytest.mark.parametrize(
    "text, attack, target",
    [
        ("A bomb exploded at a bus station in Quetta on Monday, wounding six people. The militants said the bombing "
         "was revenge for the killing of their commander by police.", "Bombing/Explosion", "Transportation"),
        ("Gunmen opened fire on a minibus near Tank on Friday, killing three passengers. The group said the attack "
         "was revenge for the killing of its commander by soldiers.", "Armed Assault", "Transportation"),
        ("Militants torched a telecom mast in Kech district on Sunday. The group said the arson was in retaliation "
         "for the killing of two of its fighters by the army.", "Facility/Infrastructure Attack", "Telecommunication"),
    ],
)
def test_a_state_killing_named_as_the_grievance_types_nothing(text, attack, target):
    """The forces that killed and the commander killed are no target, and no assassination, of the attack."""
    incident = analyze(text, published="2024-03-14").incidents[0]
    assert [(a.label, a.confidence >= 0.5) for a in incident.attack_types] == [(attack, True)]
    assert [t.label for t in incident.target_types] == [target]
