"""Attack and target types read from the victims' words (group habits, rank-and-file "assassinated",
bombs planted on an official's car, an official's retinue), on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_victims import bombs_for_an_official, habit_clauses, rank_and_file_killings
from counterclaim.incidents.classify import classify


def _attacks(text: str) -> list[str]:
    return [x.label for x in classify(text).attack_types]


def _targets(text: str) -> list[str]:
    return [x.label for x in classify(text).target_types]


def _spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("text, clause", [
    ("Armed men shot dead nine traders at a cattle market in Katsina on Friday. Residents blamed bandits, as the "
     "armed gangs that raid villages and kidnap for ransom are called locally.",
     "that raid villages and kidnap for ransom"),
    ("Nine traders were shot dead at a cattle market on Friday. The killers were members of a gang that "
     "regularly abducts motorists on the highway, a local official said.",
     "that regularly abducts motorists on the highway"),
    ("Gunmen stormed a village in the north on Friday, killing nine people. The group is known for kidnappings "
     "and cattle theft.", "known for kidnappings and cattle theft"),
])
def test_a_groups_habit_tells_no_act(text: str, clause: str) -> None:
    assert clause in _spans(text, habit_clauses(text))
    assert "Hostage Taking (Kidnapping)" not in _attacks(text)


@pytest.mark.parametrize("text", [
    "Gunmen who abducted two priests last month shot dead a farmer near the town on Friday.",
    "Bandits who had kidnapped six travellers were seen near the river, police said.",
    "Gunmen who stormed the school took 30 pupils to the forest.",
])
def test_a_past_act_of_the_group_is_no_habit(text: str) -> None:
    assert habit_clauses(text) == []


def test_the_incidents_own_kidnapping_stays() -> None:
    text = "Gunmen from a gang that robs travellers kidnapped twelve passengers from a bus near Kaduna on Monday."
    assert _attacks(text)[0] == "Hostage Taking (Kidnapping)"


@pytest.mark.parametrize("text", [
    "Three policemen were assassinated at a checkpoint outside the town on Saturday, the regional command said.",
    "Dissidents assassinated a soldier who was guarding a bridge in the rural area of the municipality.",
    "Four peasants assassinated in the rural zone of the municipality, a rights group said.",
])
def test_rank_and_file_victims_of_assassinated_make_an_armed_assault(text: str) -> None:
    assert rank_and_file_killings(text)
    attacks = _attacks(text)
    assert "Assassination" not in attacks
    assert attacks[0] == "Armed Assault"


def test_rank_and_file_assassinated_in_a_bombing_is_the_bombing() -> None:
    text = "Two policemen were assassinated when an explosive charge went off beside their patrol car on Sunday."
    attacks = _attacks(text)
    assert "Assassination" not in attacks
    assert attacks[0] == "Bombing/Explosion"


@pytest.mark.parametrize("text", [
    "Gunmen assassinated the mayor of the town as he left a meeting on Tuesday.",
    "The mayor and two of his guards were assassinated outside the town hall on Tuesday.",
])
def test_an_office_holder_assassinated_stays_an_assassination(text: str) -> None:
    assert rank_and_file_killings(text) == []
    assert _attacks(text)[0] == "Assassination"


@pytest.mark.parametrize("text, words", [
    ("A prosecutor was killed on Tuesday when a bomb fixed under her car went off outside a courthouse.",
     ["prosecutor", "bomb fixed under her car"]),
    ("A bomb planted inside his vehicle killed the provincial governor as he left his office on Friday.",
     ["bomb planted inside his vehicle", "governor"]),
    ("A magnetic bomb attached to the car of Omar Haidari, the district mayor, exploded on Friday, killing him.",
     ["magnetic bomb attached to the car of", "mayor"]),
])
def test_a_bomb_on_an_officials_own_car_is_an_assassination(text: str, words: list[str]) -> None:
    assert _spans(text, bombs_for_an_official(text)) == words
    attacks = _attacks(text)
    assert attacks[0] == "Assassination"
    assert "Bombing/Explosion" in attacks


def test_a_car_bomb_in_a_crowd_is_no_assassination() -> None:
    text = "A car bomb exploded near a busy market on Friday, killing 12 people including a local official."
    assert bombs_for_an_official(text) == []
    assert "Assassination" not in _attacks(text)


def test_an_officials_home_and_guards_add_no_private_citizens() -> None:
    text = ("A judge was killed on Monday when a bomb hidden under his car exploded outside his home. Two of his "
            "bodyguards and a passer-by were wounded.")
    targets = _targets(text)
    assert "Government (General)" in targets
    assert "Private Citizens & Property" not in targets


def test_civilians_hit_beside_an_official_keep_private_citizens() -> None:
    text = ("Gunmen shot dead the mayor of the town on Monday and then opened fire on villagers at a nearby market, "
            "killing six civilians.")
    assert "Private Citizens & Property" in _targets(text)

