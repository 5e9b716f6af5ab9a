"""Armed men's act on something, told with any verb and then called the attack or the incident, is the incident
('Gunmen seized two buses ... nobody was hurt during the attack'); speech, plans and acts never called an attack
stay none. On sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Insurgents derailed a freight train near Kirandul, in India's Chhattisgarh state, on Sunday. Police said "
         "nobody was hurt in the attack.", "Kirandul"),
        ("Gunmen seized two buses and robbed the passengers outside Baidoa, Somalia, on Tuesday night. Nobody was "
         "hurt during the attack, a local elder said.", "Baidoa"),
        ("Militants blocked the highway and forced traders out of their stalls in Kolwezi, Democratic Republic of "
         "the Congo. The attack caused no casualties.", "Kolwezi"),
        ("On Friday an attacker attempted to run over worshippers near a synagogue in Haifa, Israel. Police said "
         "nobody was hurt in the attack.", "Haifa"),
    ],
)
def test_armed_men_acting_on_something_then_called_the_attack_open_the_incident(text, place):
    result = analyze(text, published="2024-06-14")
    assert len(result.incidents) == 1
    location = result.incidents[0].location
    assert location is not None and location.name == place


@pytest.mark.parametrize(
    "text",
    [
        # speech, plans and losses are no act on anyone
        "Militants said on Tuesday they controlled three districts. Officials described the incident as a "
        "propaganda stunt.",
        "Insurgents lost ground to the army last year. The incident that turned the war came in May.",
        "Rebels planned to block the highway. The attack never took place.",
        # an act never called the attack or the incident
        "Militants repaired two bridges in the valley last month, the coast guard said.",
        # no armed men: a team's act in a match report
        "The visitors derailed the champions' title hopes with a late goal. The attack by the home side faded.",
    ],
)
def test_speech_plans_and_acts_never_called_an_attack_open_no_incident(text):
    assert analyze(text, published="2024-06-14").incidents == []


def test_an_act_in_a_time_clause_after_the_attack_opens_no_second_incident() -> None:
    text = ("Gunmen attacked a police post in Kalakan district on May 6, 2024. The standoff lasted until July 2, 2024, "
            "when the assailants captured the town. The toll of the attack is not known.")
    assert len(analyze(text, published="2024-07-10").incidents) == 1
