"""Incident leftovers of session 19, on sentences written for these tests: a fact-check's "does not show" rules the act
out; a place or vehicle attacked with no doer told is an attack; a manned aircraft shot down is one, a drone is
not; a named group that "bombed" something did it; a series told as one keeps one record."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import analyze

PUBLISHED = "2026-03-18"


@pytest.mark.parametrize(
    "text",
    [
        "No, this video does not show a bombing in Kabul. The clip was filmed at a fireworks show in Valencia.",
        "Fact check: the photo does not depict an attack on a church in Lahore.",
    ],
)
def test_what_footage_does_not_show_is_no_incident(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


def test_a_fact_check_headline_adds_no_second_record() -> None:
    text = ("No, this video does not show the Jalalabad mosque bombing\n\nA suicide bomber killed 11 worshippers at "
            "a mosque in Jalalabad on Friday, police said.")
    (incident,) = analyze(text, published=PUBLISHED).incidents
    assert incident.killed is not None and incident.killed.min == 11


def test_what_footage_shows_stays_an_incident() -> None:
    # near miss: a video that shows the attack tells it
    assert len(analyze("A video shows a bombing at a market in Kabul on Friday.", published=PUBLISHED).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A police post was attacked overnight in Kunduz province.",
        "A border checkpoint was raided near Ghazni on Sunday night. Nobody was hurt.",
    ],
)
def test_a_place_attacked_with_no_doer_told_is_an_incident(text: str) -> None:
    assert len(analyze(text, published=PUBLISHED).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The governor's office was attacked by critics over the budget on Monday.",
        "His position was attacked in parliament on Monday.",
    ],
)
def test_words_attacking_a_place_are_no_incident(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


def test_a_manned_aircraft_shot_down_is_an_incident() -> None:
    (incident,) = analyze("An army helicopter was shot down near Idlib on Monday.", published=PUBLISHED).incidents
    assert incident.date is not None and incident.date.value == dt.date(2026, 3, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Two drones were shot down over Riyadh on Monday.",  # air defence at work
        "A fighter jet was shot down by air defences near Kyiv on Monday.",  # the state's own operation
        "The proposal was shot down by the council on Monday.",
    ],
)
def test_other_things_shot_down_are_no_incident(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Al-Shabaab bombed a cafe in Mogadishu on Monday.", "Al-Shabaab"),
        ("The IRA bombed a pub in Guildford on Monday.", "Irish Republican Army"),
    ],
)
def test_a_named_group_that_bombed_something_did_it(text: str, group: str) -> None:
    (incident,) = analyze(text, published=PUBLISHED).incidents
    assert incident.attack_types[0].label == "Bombing/Explosion"
    assert [p.actor for p in incident.perpetrators] == [group]


@pytest.mark.parametrize(
    "text",
    [
        "The film bombed at the box office in Mumbai on Friday.",
        "Netflix bombed the ratings in Mumbai on Friday.",
    ],
)
def test_bombed_as_a_figure_of_speech_stays_none(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


def test_a_series_told_as_one_keeps_one_record_and_its_toll() -> None:
    # DESIGN.md: a record per attack only when the text tells the attacks apart (place, date or toll)
    (incident,) = analyze("In a series of three related attacks in Kaduna on Monday, gunmen killed five villagers.",
                          published=PUBLISHED).incidents
    assert incident.killed is not None and incident.killed.min == 5


@pytest.mark.parametrize(
    "text",
    [
        "An army depot was shelled near Malakal, South Sudan.",  # a shelling told in the passive
        "Three money-transfer agencies were attacked in Lyon, France. Nobody was hurt.",
        "Bandits set three tractors and a lorry on fire near Gulbarga, India.",  # "on fire" on the last
        # anyone named, or a member of a group, who bombed a building or a firm (NER may miss the group)
        "A member of the Red Dawn Front bombed a navy recruiting centre in Fresno, California.",
        "Suspected Weathermen bombed a printing company in Tulsa, Oklahoma.",
        # the deed as a gerund under a claim or a blame, with a target of its own
        "The Red Dawn Front was responsible for attacking a trade pavilion in Tacna.",
        "Members of the Red Dawn Front claimed credit for bombing a souvenir kiosk in Fresno, California.",
        "The Red Dawn Front was responsible for shooting at a cargo plane landing in Tacna.",
        # a fire lit by doers in the second of two verbs they share
        "Unknown perpetrators smashed a window and started a fire inside a clinic in Dayton, Ohio.",
        # armed men's fire, whatever they set on fire
        "Assailants set a rubbish skip on fire and pushed it against the door of a church hall in Belfast.",
        # an aside between the object and "on fire"
        "The Green Dawn Front claimed responsibility for setting a holiday home, that was under construction, on fire "
        "near Ithaca, New York.",
    ],
)
def test_more_attacks_told_gtd_style_open_an_incident(text: str) -> None:
    assert len(analyze(text, published=PUBLISHED).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Lakers bombed the stadium with three-pointers on Friday.",  # a team's figure of speech
        "The council is responsible for firing staff in Lima.",
        "The base will be attacked if the talks fail, the rebels warned.",
        "Farm workers cleared the field and started a fire to burn the stubble near Dayton, Ohio.",
        "The singer set the stage on fire in Belfast on Saturday.",
        "The band set the crowd, which had waited for hours, on fire in Ithaca, New York.",
    ],
)
def test_their_near_misses_open_none(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "The district police post was not attacked, a spokesman said on Tuesday.",
        "The consulate was never stormed, the ministry insisted.",
        "The militia denied that the village was shelled on Sunday.",
        "The college was attacked in the press for its poor exam results.",
        "The clinic was attacked over its long waiting times in a council report.",
        "Police said the farm was raided and four suspects were arrested.",
        "The warehouse was raided on Monday as part of a fraud probe.",
        "The agency was targeted in a tax investigation last year.",
    ],
)
def test_a_place_not_attacked_criticised_or_searched_is_no_incident(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "The district police post was attacked in the night, a spokesman said on Tuesday.",
        "A checkpoint was raided over the weekend near Ghazni.",
    ],
)
def test_a_place_attacked_in_the_night_stays_an_incident(text: str) -> None:
    # near misses: "in the night", "over the weekend" are times, not words of critics
    assert len(analyze(text, published=PUBLISHED).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The transport plane was not shot down, the ministry said on Monday.",
        "The rebels denied the helicopter was shot down near Idlib.",
        "A Syrian jet was shot down by Turkish F-16s near the border on Monday.",
        "A hostile aircraft was shot down over Hama, the army said on Monday.",
        "Their jet was shot down in the last minute as the Falcons won 4-2 on Monday.",
    ],
)
def test_an_aircraft_not_shot_down_or_shot_down_by_a_state_or_in_a_game_is_no_incident(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah bombed the final exam, students joked.",
        "The Monkees bombed the Hollywood Bowl with their first show.",
        "The Blue Jays bombed the Orioles pitching staff on Friday.",
        "Al-Shabaab never bombed a cafe in Kismayo, its spokesman said.",
    ],
)
def test_bombed_without_an_armed_doer_and_a_building_or_negated_is_none(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


def test_militants_bombed_a_hotel_stays_an_incident() -> None:
    # near miss: a doer noun and a building, not negated
    assert len(analyze("Militants bombed a hotel in Kismayo on Friday.", published=PUBLISHED).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The sculptor set a cello and a van on fire as part of an installation in Leeds.",
        "The sculptor set a van on fire as part of a performance in Leeds.",
    ],
)
def test_a_fire_staged_as_a_work_of_art_is_no_incident(text: str) -> None:
    assert analyze(text, published=PUBLISHED).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "Rioters set three police vans and a bus on fire in Leeds on Monday.",  # several objects, as with one
        "Rioters set a police van on fire in Leeds on Monday.",
    ],
)
def test_protesters_burning_vehicles_are_told_alike_whatever_their_number(text: str) -> None:
    (incident,) = analyze(text, published=PUBLISHED).incidents
    assert [label.label for label in incident.attack_types] != ["Armed Assault"]
