"""Two attacks told on different days in two listed towns are two incidents, even when the towns lie next door
(under 40 km apart) and the second has no toll; a round-up's lead ("a round-up of security incidents") announces
several attacks, so any other day opens another (sentences written for these tests)."""

from __future__ import annotations

from counterclaim import analyze


def test_a_neighbouring_town_on_another_day_is_another_incident() -> None:
    text = ("Gunmen killed three farmers in Gusau on Monday.\n\n"
            "Gunmen burned a police post in Tsafe on Wednesday.")
    incidents = analyze(text, published="2026-07-18").incidents
    assert [i.location.name for i in incidents if i.location] == ["Gusau", "Tsafe"]
    assert [str(i.date.value) for i in incidents] == ["2026-07-13", "2026-07-15"]


def test_the_same_town_on_the_next_day_stays_one_incident() -> None:
    text = ("Gunmen attacked a police post in Gusau on Monday, killing two officers.\n\n"
            "On Tuesday, a third officer died of his wounds in Gusau, police said.")
    assert len(analyze(text, published="2026-07-18").incidents) == 1


def test_a_round_up_splits_an_item_with_no_town() -> None:
    text = ("Here is a round-up of security incidents in Nigeria this week.\n\n"
            "- Fighters attacked a camp for displaced people in Dikwa on Monday night, killing seven residents.\n\n"
            "- Gunmen kidnapped 14 passengers from a bus on a highway in the north on Wednesday.")
    incidents = analyze(text, published="2026-07-18").incidents
    assert len(incidents) == 2
    assert incidents[0].location is not None and incidents[0].location.name == "Dikwa"
    assert "Hostage Taking (Kidnapping)" not in [a.label for a in incidents[0].attack_types]


def test_troops_chasing_the_attackers_next_day_elsewhere_open_no_incident() -> None:
    text = ("Gunmen abducted 30 pupils from a school in Kagara on Tuesday. On Wednesday, troops pursuing the "
            "kidnappers clashed with them in a forest near Tegina.")
    incidents = analyze(text, published="2026-07-18").incidents
    assert [i.location.name for i in incidents if i.location] == ["Kagara"]
