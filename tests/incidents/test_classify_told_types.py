"""Attack and target types the text tells (sentences written for these tests)."""

from __future__ import annotations

from counterclaim import analyze
from counterclaim.incidents.classify import classify


def test_a_village_razed_is_private_property_whatever_else_the_passage_names():
    for text in ("Rebels razed a hamlet near Butembo on Sunday.", "Militants razed a village near Beni."):
        labels = [t.label for t in classify(text).target_types]
        assert labels[0] == "Private Citizens & Property"
        assert not {"Business", "Police", "Government (General)"} & set(labels)


def test_a_confident_target_stays_beside_private_property():
    text = "Gunmen opened fire on a crowd of voters outside the electoral commission office in Beni on Monday."
    assert "Government (General)" in [t.label for t in classify(text).target_types]


def test_a_toll_with_no_word_of_how_or_by_whom_is_an_unknown_attack():
    for text in ("Eleven people were killed in Butembo on Tuesday.", "Fourteen people were killed in Beni on Monday."):
        incidents = analyze(text, published="2025-06-10").incidents
        assert len(incidents) == 1
        assert [a.label for a in incidents[0].attack_types] == ["Unknown"]


def test_a_toll_with_no_damage_word_is_no_facility_attack():
    labels = classify("Nine people were killed near Kidal on Monday, a local official said.")
    assert "Facility/Infrastructure Attack" not in [a.label for a in labels.attack_types]


def test_a_facility_attack_with_no_one_harmed_keeps_its_type():
    labels = classify("Assailants set fire to a telecom mast near Kidal. No casualties were reported.")
    assert labels.attack_types[0].label == "Facility/Infrastructure Attack"


def test_a_beating_by_a_mob_keeps_its_type_though_no_weapon_is_named():
    incidents = analyze("A shopkeeper was beaten by a mob in Sitamarhi on Saturday.", published="2025-06-10").incidents
    assert incidents and incidents[0].attack_types[0].label != "Unknown"


def test_the_forces_firing_on_a_crowd_are_no_target_the_crowd_is():
    text = "Soldiers opened fire on demonstrators in Conakry on Thursday, killing four, rights groups said."
    incidents = analyze(text, published="2025-06-10").incidents
    assert [t.label for t in incidents[0].target_types] == ["Private Citizens & Property"]


def test_a_business_the_attack_was_on_stands_alone_over_the_people_killed_there():
    for text in ("Gunmen killed 14 people during a raid on a shopping mall in Kisumu in 2016.",
                 "Militants stormed a hotel in Kismayo, killing nine people."):
        labels = [t.label for t in classify(text).target_types]
        assert labels == ["Business"]


def test_private_property_with_a_word_of_its_own_stays_beside_the_business():
    labels = [t.label for t in classify("Militants attacked a village and burned a shop, killing five villagers.")
              .target_types]
    assert {"Business", "Private Citizens & Property"} <= set(labels)
