"""People counted after a noun of the harm done to them ("resulting in the death of two people and the wounding of
seven", "the killing of three peacekeepers") are the dead or the hurt; people taken to hospital "as a precaution" are
not hurt. Sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire on a congregation in Dayton, resulting in the death of two people and the wounding "
         "of seven.", [("killed", 2), ("injured", 7)]),
        ("A bomb hidden in a cart went off, resulting in the injury of three people.", [("injured", 3)]),
        # a comma before the second harm noun, which the parse joins to something else (session 19)
        ("A gunman fired on shoppers at a mall in Macon causing the death of three shoppers, and the wounding of "
         "five.", [("killed", 3), ("injured", 5)]),
        ("Rebels were suspected in the killing of three Kenyan peacekeepers near Bouar.", [("killed", 3)]),
    ],
)
def test_a_harm_noun_before_the_count_gives_its_kind(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


@pytest.mark.parametrize(
    "text",
    [
        "The killings of 3,000 people since 2015 have gone unpunished.",  # a running total
        "The report described the death of a thousand cuts facing the industry.",
        "The ministry blamed the rebels for the death of 40 soldiers since March.",
        "The council announced budget cuts to 40 schools in the district.",
    ],
)
def test_a_tally_or_an_idiom_is_no_toll(nlp: Language, text: str) -> None:
    victims, _ = counts(nlp, text)
    assert victims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A grenade wounded a trader in Goma on Friday, two days after the killing of five miners.", [("injured", 1)]),
        ("Gunmen shot dead a pastor in Jos on Sunday, weeks after the murder of two farmers nearby.", [("killed", 1)]),
        ("A judge in Abuja jailed a man for life for the murder of three guards in 2021.", []),
        ("The man was convicted of the murder of two nurses in Mombasa.", []),
        ("A court in Bauchi sentenced him for the killing of two relief workers.", []),  # a verdict's act
        ("The mayor condemned the killing of two farm animals by stray dogs.", []),  # no people
        # a relative clause on something else tells another act
        ("The informer had passed tips to the army that led to the death of two separatist commanders.", []),
    ],
)
def test_a_harm_noun_of_another_act_gives_no_toll(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb went off in a bus in Quetta on Monday, causing the death of four passengers.", [("killed", 4)]),
        ("A mortar round hit a school in Gao, which led to the death of six pupils.", [("killed", 6)]),
        ("The killing of two doctors in Juba on Monday drew wide condemnation.", [("killed", 2)]),
        # the counted noun is the head, not a compound before it (session 19)
        ("The killing of two relief workers in Bentiu on Monday drew wide condemnation.", [("killed", 2)]),
        ("The murder of three traffic wardens in Lira shocked the town.", [("killed", 3)]),
        # the act claimed, condemned or blamed on someone is the told act
        ("The Pakistani Taliban claimed the killing of four policemen in Bannu on Tuesday.", [("killed", 4)]),
        ("Armed herders were blamed for the killing of five farm workers near Makurdi.", [("killed", 5)]),
        ("The rebels claimed responsibility for the murder of two forest guards in Ituri.", [("killed", 2)]),
        ("The bishop condemned the killing of three catechists in Shiroro.", [("killed", 3)]),
    ],
)
def test_a_harm_noun_of_the_told_act_gives_its_toll(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was hurt, but six workers were taken to hospital as a precaution.", []),
        ("Four employees were taken to hospital for observation after opening the letter.", []),
        # taken to hospital with their wounds, or rushed there, they are hurt
        ("Six people were taken to hospital with burns after the blast.", [("injured", 6)]),
        # a wound told of them keeps them hurt, whatever the visit is for
        ("Three shoppers with cuts were taken to a nearby hospital for checks.", [("injured", 3)]),
        ("Four guards with cuts and bruises were taken to hospital as a precaution.", [("injured", 4)]),
        ("Two wounded officers were taken to hospital for observation.", [("injured", 2)]),
        ("Six people were rushed to a nearby hospital after the blast.", [("injured", 6)]),
    ],
)
def test_people_taken_to_hospital_as_a_precaution_are_not_hurt(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # animals after a harm noun are no people ("-ant" ends "elephant" as it ends "sergeant")
        ("The landmine caused the death of two elephants near the park gate.", []),
        ("The blast caused the death of four pheasants on the estate.", []),
        # an aircraft shot down is no person shot down (its name ends like a doer's: "-ner")
        ("The airliner was shot down by mistake over the gulf.", []),
        # near miss: the plural of an "-ist" after a harm noun counts people
        ("The bomb caused the death of three catechists at the mission.", [("killed", 3)]),
    ],
)
def test_animals_and_craft_are_no_people_counted(nlp: Language, text: str, expected: list) -> None:
    victims, _ = counts(nlp, text)
    assert victims == expected


@pytest.mark.parametrize(
    ("text", "victims", "perps"),
    [
        # the state's forces claiming a killing tell their own operation: no attack's toll (DESIGN.md: a military
        # operation is no incident), so no perpetrators killed
        ("The army claimed the killing of 14 militants in an operation near Damasak.", [], []),
        ("Troops claimed the killing of nine insurgents near Damboa on Monday.", [], []),
        # near miss: an armed group claiming a killing claims the attack's toll
        ("The Taliban claimed the killing of three soldiers in Helmand.", [("killed", 3)], []),
    ],
)
def test_a_killing_claimed_by_the_forces_is_no_toll(nlp: Language, text: str, victims: list, perps: list) -> None:
    assert counts(nlp, text) == (victims, perps)
