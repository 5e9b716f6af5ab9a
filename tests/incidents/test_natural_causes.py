"""Harm done by a natural force (lightning, floods, a landslide, a falling tree) opens no incident; armed men's
attack told in the same words still does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse


@pytest.mark.parametrize(
    "text",
    [
        "Lightning struck a primary school in Mbale on Tuesday, killing four pupils and injuring 11.",
        "Floods swept through three villages in Kasese district on Monday, killing 12 people.",
        "A landslide buried homes in Bududa overnight, killing at least 20 residents.",
        "A tree fell on a minibus on the Masaka road on Friday, killing five passengers.",
        "Six fishermen were killed by lightning on Lake Albert on Sunday.",
        "Nine people died in a mudslide near Kisoro on Saturday.",
        "Twelve people were killed in floods in Kasese district on Monday.",
        # the weather one dies in (no one killed them), what one dies of, a hazard told in a "when" clause
        "Four fishermen died during a storm on Lake Victoria on Monday.",
        "Seven people died in a heat wave in Gulu on Monday, officials said.",
        "Two hikers died of exposure on Mount Elgon on Sunday.",
        "A shepherd died of exposure to the cold on Mount Elgon on Sunday.",
        "At least nine people were killed when a cyclone struck coastal villages on Monday.",
        "Three herders perished in a blizzard near Kabale on Saturday.",
    ],
)
def test_harm_by_a_natural_force_opens_no_incident(text: str) -> None:
    assert analyze(text, published="2025-06-10").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a village in the flood-hit district of Kasese on Monday, killing five people.",
        "Gunmen stormed a primary school in Mbale on Tuesday, killing four pupils.",
        "Rebels killed seven villagers during a storm near Beni on Sunday.",
        # the weather is a scene, an agent is the doer, and a weapon's harm is never nature's
        "Two policemen were killed in the rain outside a bank in Lagos on Friday.",
        "A policeman was shot in the rain at a checkpoint in Kano on Monday.",
        "Six people were killed by gunmen during a downpour in Zamfara on Monday, residents said.",
        "A trader was stabbed to death during the floods in Kano on Monday.",
        "Four soldiers died when militants attacked their post during a sandstorm near Gao on Monday.",
        "Gunmen stormed a church in Jos on Sunday, killing six worshippers.",
        # exposure to what someone fired or released is no weather
        "A student died from exposure to tear gas fired by riot police in Kisumu on Monday.",
    ],
)
def test_an_attack_beside_a_natural_word_stays_an_incident(text: str) -> None:
    assert len(analyze(text, published="2025-06-10").incidents) == 1


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Six people were killed by gunmen during a downpour in Zamfara on Monday, residents said.", "killed"),
        ("A trader was stabbed to death during the floods in Kano on Monday.", "stabbed"),
        ("Two policemen were killed in the rain outside a bank in Lagos on Friday.", "killed"),
    ],
)
def test_the_harm_beside_the_weather_or_an_agent_stays_a_trigger(text: str, word: str) -> None:
    doc = parse(text)
    assert word in {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s)}
