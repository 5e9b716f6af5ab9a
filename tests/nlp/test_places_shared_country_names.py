"""A country name two states share ("Congo"): the text's other places decide, else no country (grounded or
absent), on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels killed ten farmers near Beni in Congo on Sunday.", "CD"),
        ("KINSHASA, Congo - Rebels killed 14 villagers in an attack on Sunday.", "CD"),
        ("BRAZZAVILLE - Gunmen killed three people in an attack in Congo on Friday.", "CG"),
        # the province after "Congo's" says which Congo; the possessive does not override it
        ("Militiamen killed 20 villagers in Congo's North Kivu province on Monday.", "CD"),
        ("Gunmen killed 12 people in Congo's Ituri province on Sunday.", "CD"),
    ],
)
def test_the_texts_places_say_which_congo(text: str, code: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.country_code == code


@pytest.mark.parametrize("text", [
    "Rebels killed ten civilians in an attack in Congo on Sunday.",
    "Suspected rebels killed eight people in eastern Congo on Friday, the army said.",
])
def test_a_bare_congo_gives_no_country(text: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Congo" and loc.country_code is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # no place or demonym says which Congo; the listed group the text names is the DR Congo's
        ("Rebels killed ten civilians in an attack in Congo on Sunday. The M23 denied any role.", "CD"),
        ("Gunmen killed nine farmers in Congo on Sunday, and the army blamed the ADF.", "CD"),
    ],
)
def test_the_texts_groups_say_which_congo(text: str, code: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Congo" and loc.country_code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen shot dead four policemen at a checkpoint in Punjab on Sunday, Pakistani officials said.", "PK"),
        ("Gunmen shot dead four policemen at a checkpoint in Punjab on Sunday. Indian police blamed rebels.", "IN"),
        ("Gunmen shot dead four policemen at a checkpoint in Punjab on Sunday, officials in Islamabad said.", "PK"),
        # the province word of one state's type still decides, as before
        ("Gunmen shot dead four policemen in Punjab province on Sunday.", "PK"),
    ],
)
def test_a_region_two_states_share_is_the_one_the_text_ties_it_to(text: str, code: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.admin1, loc.country_code) == ("Punjab", "Punjab", code)


@pytest.mark.parametrize(
    "text",
    [
        # India's or Pakistan's Punjab: nothing in the text says, so the name is kept and no country guessed
        "Gunmen shot dead four policemen at a checkpoint in Punjab on Sunday.",
        # a group's home is where it is based, not where it strikes: no tie to either state
        "Gunmen shot dead four policemen at a checkpoint in Punjab on Sunday. Police blamed Lashkar-e-Taiba.",
        "Gunmen shot dead four policemen at a checkpoint in Punjab on Sunday. The TTP claimed the attack.",
        # both states named, nothing nearer to choose: the name is kept, not dropped
        "Gunmen shot dead four policemen at a checkpoint in Punjab on Sunday. Indian officials blamed Pakistan.",
    ],
)
def test_a_region_two_states_share_alone_keeps_its_name_and_no_country(text: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Punjab", None)


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        # near misses: a town chained to the region is placed by the town, as before
        ("Gunmen shot dead four policemen in Lahore, Punjab, on Sunday.", "Lahore", "PK"),
        ("Gunmen shot dead four policemen in Amritsar, Punjab, on Sunday.", "Amritsar", "IN"),
    ],
)
def test_a_town_in_the_shared_region_places_itself(text: str, town: str, code: str) -> None:
    loc = analyze(text, published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == (town, code)


def test_a_name_several_states_provinces_share_is_no_split_region() -> None:
    # Brazil's, Venezuela's, Colombia's and Peru's Amazonas are namesakes, not one region a border split: the
    # province word keeps its reading, as before the Punjab rule (not the name with no country)
    loc = analyze("Drug traffickers shot dead two park rangers in Amazonas state on Tuesday.",
                  published="2024-05-06").incidents[0].location
    assert loc is not None and (loc.name, loc.country_code) == ("Amazonas", "BR")
