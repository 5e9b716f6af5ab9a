"""The towns a road joins and where a train is bound are no scene while the text names another place; with none,
the first end of a road stays (as GTD codes the route's start when it codes an end). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the second end is the object of "to"/"and", which read as a locative; it is no more the scene
        ("Gunmen ambushed a bus on the road linking Maiduguri to Damboa, killing seven passengers.", "Maiduguri"),
        ("Gunmen ambushed a bus on the road between Maiduguri and Damboa, killing seven passengers.", "Maiduguri"),
        ("Unknown attackers killed three traders on the highway between Gao and Ansongo in Mali.", "Mali"),
        ("Rebels attacked a convoy on the road linking Beni and Butembo in North Kivu province.", "North Kivu"),
    ],
)
def test_a_roads_ends_give_way(text: str, name: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == name


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a Lahore bound passenger train in Hyderabad, Pakistan, wounding the conductor.",
    "Gunmen opened fire on a Lahore-bound passenger train in Hyderabad, Pakistan, wounding the conductor.",
    # the train's own name between the town and the carrier word
    "Gunmen opened fire on a Lahore bound Night Coach Express train in Hyderabad, Sindh, wounding the conductor.",
])
def test_where_a_train_is_bound_is_no_scene(text: str) -> None:
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Hyderabad"


def test_a_place_before_bound_for_stays_the_scene() -> None:
    # "near X bound for Y": the bus was near X; only "an X bound bus" names where it was heading
    text = "Gunmen halted a coach near Sibi bound for Lahore in Balochistan on Sunday and shot dead nine travellers."
    loc = analyze(text).incidents[0].location
    assert loc is not None and loc.name == "Sibi"
