"""A speaker's word, after an attack is told, that a state's forces killed people not said to be armed is a charge
over another killing, not the attack's toll; the forces killing the attackers stays with the attack. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers in an attack on a village in central Mali on Sunday. A JNIM spokesman said the army "
    "had killed 25 civilians in the village.",
    "Gunmen killed 12 villagers in an attack on a village in central Mali on Sunday. The group said soldiers had "
    "killed 25 herders in reprisal last month.",
    "Gunmen killed 12 villagers in an attack on a village in central Mali on Sunday. JNIM said in a statement that "
    "Malian soldiers had killed 25 civilians there.",
])
def test_a_charge_against_the_army_is_not_the_attacks_toll(text: str) -> None:
    incidents = analyze(text, published="2025-06-10").incidents
    assert incidents and incidents[0].killed is not None and incidents[0].killed.stated == 12
    assert all(i.killed is None or i.killed.stated != 25 for i in incidents)


def test_the_forces_killing_the_attackers_stays_with_the_attack() -> None:
    text = ("Gunmen stormed a hotel in Mogadishu on Friday, killing nine guests. Police said troops shot dead four of "
            "the gunmen.")
    incidents = analyze(text, published="2025-06-10").incidents
    assert len(incidents) == 1 and incidents[0].killed is not None and incidents[0].killed.stated == 9
    assert incidents[0].perpetrators_killed is not None and incidents[0].perpetrators_killed.stated == 4
