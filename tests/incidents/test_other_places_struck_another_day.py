"""An attack on places the text sets apart from those told ("two more villages", "another village") on another day
is another incident, even when the gazetteer lists none of the names; and a toll the sentence gives over "the
attacks" told is no one attack's (sentences written for these tests)."""

from __future__ import annotations

from counterclaim import analyze

PUB = "2026-11-24"  # a Tuesday


def test_more_villages_on_another_day_are_another_incident() -> None:
    text = ("The attackers first struck the village of Ngyong late on Sunday, burning houses, a council official "
            "said. Eighteen people were killed there, he said.\n\n"
            "On Monday night the gunmen attacked two more villages about 15 kilometres away, killing 20 people.")
    incidents = analyze(text, published=PUB).incidents
    assert [(str(i.date.value), i.killed.stated if i.killed else None) for i in incidents] == [
        ("2026-11-22", 18), ("2026-11-23", 20)]


def test_another_village_the_next_day_is_another_incident() -> None:
    text = ("Bandits killed nine villagers in the village of Kadaura on Saturday, police said.\n\n"
            "On Sunday, the bandits raided another village nearby and abducted 14 women.")
    assert len(analyze(text, published=PUB).incidents) == 2


def test_more_victims_in_the_same_village_the_next_day_stay_one_incident() -> None:
    text = ("Bandits attacked the village of Kadaura on Saturday, killing nine villagers, police said.\n\n"
            "On Sunday, two more villagers died of their wounds in the village.")
    assert len(analyze(text, published=PUB).incidents) == 1


def test_a_toll_over_the_attacks_is_no_one_attacks() -> None:
    text = ("Gunmen killed 18 people in the village of Ngyong on Sunday, officials said.\n\n"
            "On Monday night the gunmen attacked two more villages, killing 20 people.\n\n"
            "Police confirmed the attacks but put the death toll at 31.")
    incidents = analyze(text, published=PUB).incidents
    assert [i.killed.stated if i.killed else None for i in incidents] == [18, 20]


def test_a_toll_in_one_of_the_raids_stays_that_raids() -> None:
    text = ("Gunmen raided the village of Ngyong on Sunday, officials said.\n\n"
            "In one of the raids, the gunmen killed 12 people.")
    incidents = analyze(text, published=PUB).incidents
    assert [i.killed.stated if i.killed else None for i in incidents] == [12]


def test_a_ledes_toll_over_raids_on_two_villages_is_neither_raids() -> None:
    text = ("Armed men killed at least 30 people in raids on two villages in Plateau state on Sunday and Monday, "
            "officials said.\n\n"
            "The attackers struck the village of Ngyong late on Sunday, killing 18 people. On Monday night they "
            "attacked the village of Mushu, killing 12.")
    incidents = analyze(text, published=PUB).incidents
    assert [i.killed.stated if i.killed else None for i in incidents] == [18, 12]


def test_a_toll_in_raids_on_two_villages_told_alone_stays() -> None:
    text = "Armed men killed at least 30 people in raids on two villages in Plateau state on Sunday, officials said."
    incidents = analyze(text, published=PUB).incidents
    assert [i.killed.min if i.killed else None for i in incidents] == [30]


def test_another_attacks_toll_after_the_attacks_stays_its_own() -> None:
    """A figure with its own killing verb and subject, or after "after/also", tells another attack than "the
    attacks" named before it in the sentence."""
    for text in ("The raids came a week after bandits killed 20 people in the village of Mushu.",
                 "Police confirmed the attacks and said the gunmen also killed four soldiers in Mushu on Monday."):
        incidents = analyze(text, published=PUB).incidents
        assert [i.killed.stated if i.killed else None for i in incidents][-1:] != [None], text


def test_a_spread_ledes_day_reaches_the_raids_told_apart() -> None:
    """The lede's toll over raids on two villages goes to neither raid, but its one day dates both."""
    text = ("Armed men killed 25 people in raids on two villages in Zamfara State on Sunday. In Tsafe, they killed "
            "15. In Bungudu, they killed ten.")
    incidents = analyze(text, published=PUB).incidents
    assert [(str(i.date.value) if i.date else None, i.killed.stated if i.killed else None) for i in incidents] == [
        ("2026-11-22", 15), ("2026-11-22", 10)]
