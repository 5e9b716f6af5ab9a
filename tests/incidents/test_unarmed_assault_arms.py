"""Unarmed Assault gives way to Armed Assault when the attackers' own guns or bombs are told (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents.classify import _USE_DEFAULT, classify


def _top(text: str, model: object) -> str:
    return classify(text, model=model).attack_types[0].label


@pytest.mark.parametrize("model", [None, _USE_DEFAULT], ids=["rules", "model"])
def test_a_ramming_followed_by_the_attackers_own_gunfire_is_an_armed_assault(model: object) -> None:
    text = "A man rammed his van into a crowd of shoppers in Leeds, then fired his rifle into the crowd."
    labels = classify(text, model=model).attack_types
    assert labels[0].label == "Armed Assault"
    assert "rifle" in [e.text for e in labels[0].evidence] or model is not None


def test_a_poisoning_with_a_pistol_drawn_is_no_unarmed_assault() -> None:
    text = "A settler poisoned a flock of sheep with chemicals and threatened the shepherds with a pistol near Hebron."
    assert _top(text, None) == "Armed Assault"


@pytest.mark.parametrize("model", [None, _USE_DEFAULT], ids=["rules", "model"])
def test_a_ramming_without_arms_stays_unarmed(model: object) -> None:
    assert _top("A driver rammed his car into soldiers at a checkpoint near Hebron, injuring three.", model) == (
        "Unarmed Assault"
    )


def test_the_police_gunfire_that_ended_a_ramming_tells_no_armed_assault() -> None:
    text = "A man rammed his car into a crowd of shoppers in Leeds before he was shot dead by police."
    assert _top(text, None) == "Unarmed Assault"


def test_guns_as_the_topic_of_a_cause_are_no_arms_of_the_attack() -> None:
    text = "A man mailed a poisoned letter to a gun control campaigner in Denver, but staff intercepted it."
    assert _top(text, None) == "Unarmed Assault"


def test_an_unarmed_reading_surer_than_the_armed_one_gives_way_when_the_attackers_fired() -> None:
    # the model is surer of the poisoning than of the shooting; the shooting makes the attack armed
    labels = classify("Militants poisoned four guards at a depot in Kunduz and later shot them.").attack_types
    assert labels[0].label == "Armed Assault"
    assert "Unarmed Assault" not in [x.label for x in labels]
    assert labels[0].confidence >= 0.5
