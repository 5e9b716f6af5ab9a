"""One person named as killed or injured, where the parse hides the verb or a later death changes the kind,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import read_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _victims(nlp: Language, text: str) -> list[tuple[str, int | None]]:
    victims, _ = read_casualties(nlp(text))
    for m in victims:
        ev = m.casualties.evidence
        assert text[ev.start : ev.end] == ev.text
    return [(m.kind, m.casualties.min) for m in victims]


@pytest.mark.parametrize(
    "text",
    [
        # the second verb of "opened fire and injured" read as an adjective of the name after it
        "Gunmen opened fire and injured Win Naing Tun, a ward official, in Monywa on Tuesday.",
        # a title and its abbreviation between the verb and the name
        "An assailant shot and injured Assistant Sub Inspector (ASI) Zahoor in Lakki Marwat, Khyber "
        "Pakhtunkhwa.",
    ],
)
def test_a_name_after_shot_and_injured_is_one_injured(nlp: Language, text: str) -> None:
    assert _victims(nlp, text) == [("injured", 1)]


def test_an_injured_adjective_without_a_first_verb_fells_no_one(nlp: Language) -> None:
    assert _victims(nlp, "The injured Ali Musa told reporters about the crash on the highway.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Assailants opened fire on Yaw Mensah at his shop in Bawku, Ghana. Mensah, a local trader, was wounded "
        "during the raid and later died of his wounds.",
        "A bomb went off near the home of Abdul Wahid in Bajaur, Pakistan. Wahid, a local cleric, was badly "
        "wounded and later succumbed to his wounds.",
    ],
)
def test_a_named_person_wounded_who_then_died_is_one_killed(nlp: Language, text: str) -> None:
    assert _victims(nlp, text) == [("killed", 1)]


def test_a_named_person_wounded_while_another_died_stays_injured(nlp: Language) -> None:
    text = "Gunmen attacked a convoy near Baidoa. Farah was wounded and his driver died at the scene."
    assert ("injured", 1) in _victims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # an aside between the one person and the verb
        "Gunmen opened fire on a trader in Quetta, Pakistan. The victim, who was also a pharmacist at the market, "
        "was killed in the attack.",
        # 'the head of' a body is one office holder
        "Gunmen shot and killed the head of the district council in Zabul, Afghanistan.",
    ],
)
def test_one_definite_person_with_an_apposition_or_aside_is_one_killed(nlp: Language, text: str) -> None:
    assert _victims(nlp, text) == [("killed", 1)]


def test_head_of_cattle_is_no_person(nlp: Language) -> None:
    assert _victims(nlp, "Raiders took 300 head of cattle and killed a herder near Dilling.") == [("killed", 1)]


def test_an_escort_listed_after_a_name_is_one_more_dead(nlp: Language) -> None:
    text = ("Gunmen opened fire on Colonel Saleh Hamdi near Lawdar. Colonel Hamdi, the port's security chief, "
            "and his escort were shot dead near the checkpoint.")
    assert _victims(nlp, text) == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A guard was wounded in the attack and later died in hospital.", [("killed", 1)]),
        ("Three soldiers were wounded in the ambush and later died of their injuries.", [("killed", 3)]),
        ("A bomb exploded near the house of Rahim Gul in Ghazni. Gul, the head of the local shura, was wounded in "
         "the explosion and later died of his wounds.", [("killed", 1)]),
        # a count of its own before the death is a share of the wounded, not all of them
        ("Four people were hurt in the blast and two later died.", [("injured", 4), ("killed", 2)]),
    ],
)
def test_the_wounded_who_died_after_where_they_were_hit_are_killed(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _victims(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wakili, the provincial police chief, was shot dead on Sunday.",
        "Wakili, the deputy head of the water board, was shot dead on Sunday.",
    ],
)
def test_the_office_apposed_to_a_name_the_parse_lost_is_one_killed(nlp: Language, text: str) -> None:
    # an unfamiliar surname opening a sentence is often tagged as an adverb with no entity: the office set
    # off by commas before 'was killed' is then the one person
    doc = nlp(text)
    doc[0].tag_, doc[0].pos_, doc[0].dep_ = "RB", "ADV", "advmod"
    doc.ents = []
    victims, _ = read_casualties(doc)
    assert [(m.kind, m.casualties.min) for m in victims] == [("killed", 1)]


def test_an_attacker_before_an_apposition_is_no_victim(nlp: Language) -> None:
    assert _victims(nlp, "The attacker, a former soldier, was shot dead by police.") == []


def _perpetrators(nlp: Language, text: str) -> list[tuple[str, int | None]]:
    _, perps = read_casualties(nlp(text))
    return [(m.kind, m.casualties.min) for m in perps]


def test_a_lone_attacker_listed_with_his_victims_is_one_perpetrator_killed(nlp: Language) -> None:
    text = "Gunmen raided a checkpoint near Lashkar Gah. The gunman and at least two policemen were killed."
    assert _victims(nlp, text) == [("killed", 2)]
    assert _perpetrators(nlp, text) == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "victims", "perps"),
    [
        ("The two bombers detonated their vests and were killed in the blast.", [], [("killed", 2)]),
        ("An attacker tried to kidnap a trader but was shot dead by guards.", [], [("killed", 1)]),
        ("One of the hostages tried to escape but was injured.", [("injured", 1)], []),
        ("Two soldiers returned fire and were wounded in the clash.", [("injured", 2)], []),
        # an active killing by the subject, or a passive that is no casualty, counts no one of them
        ("Three gunmen attacked the post and were later arrested.", [], []),
    ],
)
def test_a_passive_conjoined_to_the_subjects_deed_befell_the_subject(
    nlp: Language, text: str, victims: list[tuple[str, int]], perps: list[tuple[str, int]]
) -> None:
    assert _victims(nlp, text) == victims
    assert _perpetrators(nlp, text) == perps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen abducted a journalist, Emeka Obi, in Owerri, Nigeria. Obi was tortured for two days and then "
         "freed.", [("injured", 1)]),
        ("Militants kidnapped Hamid Safi in Paktia. Safi was tortured before being shot dead.", [("killed", 1)]),
        ("Militants kidnapped Hamid Safi in Paktia. Safi was tortured, killed and dumped in a river.",
         [("killed", 1)]),
    ],
)
def test_a_named_person_tortured_is_one_injured_unless_killed(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _victims(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a participle in the apposition modifies its noun
        ("Gunmen opened fire on Omar Haji in Baidoa, Somalia. Haji, a government-allied clan elder, and three "
         "guards died in the ambush.", 4),
    ],
)
def test_a_name_with_its_apposition_before_a_list_is_one_more(nlp: Language, text: str, killed: int) -> None:
    assert _victims(nlp, text) == [("killed", killed)]


def test_two_offices_in_the_apposition_are_one_person_more(nlp: Language) -> None:
    text = ("Gunmen fired on Paolo Bertone in Juba. Bertone, a Bishop-elect and Jesuit scholar, and a deacon were "
            "injured in the shooting.")
    assert _victims(nlp, text) == [("injured", 2)]


def test_a_surname_ner_takes_for_a_place_listed_with_a_person_is_one_more(nlp: Language) -> None:
    from spacy.tokens import Span

    text = "Two people were killed, while Okello and a shopkeeper were hurt in the shooting."
    doc = nlp(text)
    name = next(t.i for t in doc if t.text == "Okello")
    doc.ents = [Span(doc, name, name + 1, label="GPE")]
    victims, _ = read_casualties(doc)
    assert [(m.kind, m.casualties.min) for m in victims] == [("killed", 2), ("injured", 2)]


def test_a_number_that_completes_a_name_is_no_count(nlp: Language) -> None:
    text = "Gunmen ambushed a patrol near Mosul. The chief of Sector 7 was killed, and two guards were wounded."
    assert _victims(nlp, text) == [("killed", 1), ("injured", 2)]


def test_a_count_after_a_numbered_district_still_counts(nlp: Language) -> None:
    assert _victims(nlp, "In Sector 9, 12 people were killed.") == [("killed", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed a brick kiln in Nangarhar. Five farmhands were blindfolded before being shot and killed.",
         [("killed", 5)]),
        ("Militants abducted two teachers near Bama. The two teachers were marched into a nearby forest and "
         "blindfolded before being shot dead.", [("killed", 2)]),
        ("Two guards were disarmed after being wounded in the clash.", [("injured", 2)]),
        ("Three traders were robbed before being released.", []),
    ],
)
def test_a_count_felled_by_the_passive_after_before_being(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _victims(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # the aside's own list of groups, closed by a comma before the verb, is inside the total
        ("Eight villagers died and 11 people, including four raiders, five farmers, and one nurse, were hurt in "
         "the fighting.", [("killed", 8), ("injured", 11)]),
        ("At least 40 people, including pupils, teachers, and two guards, were hurt in the explosion.",
         [("injured", 40)]),
        # a naming participle inside the aside leaves the group after it one more
        ("Three border guards, including an officer named Omar Sheikh, and four herders were killed in the "
         "raid.", [("killed", 7)]),
        # one person set off by 'including' before a group coordinated after it
        ("Four officers, including the district chief, and five civilians were killed.", [("killed", 9)]),
    ],
)
def test_including_asides_inside_a_list(nlp: Language, text: str, victims: list[tuple[str, int]]) -> None:
    assert _victims(nlp, text) == victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A guard died at the scene and a second guard was wounded before succumbing to his wounds on Friday.",
         [("killed", 1), ("killed", 1)]),
        ("Gunmen shot at a bus in Kaduna. Musa was injured before dying in hospital.", [("killed", 1)]),
        # a casualty verb conjoined to what was done to them first
        ("Gunmen attacked a police station in Owerri. One constable was doused with petrol and killed, and a "
         "second constable was shot and killed.", [("killed", 1), ("killed", 1)]),
        ("Two farmers were dragged from their homes and killed.", [("killed", 2)]),
        ("Three traders were dragged from their car and robbed.", []),
    ],
)
def test_deaths_told_after_what_befell_them_first(nlp: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert _victims(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot and killed a junta-backed ward clerk in Sagaing.",
        "Gunmen shot and killed a newly elected ward councillor in Kano.",
    ],
)
def test_a_participle_inside_the_phrase_of_one_person(nlp: Language, text: str) -> None:
    assert _victims(nlp, text) == [("killed", 1)]


def test_an_ordinal_before_a_verb_is_still_one_more(nlp: Language) -> None:
    text = "Three porters were hurt by flying glass and a fourth suffered burns."
    assert _victims(nlp, text) == [("injured", 3), ("injured", 1)]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # capitalised ranks between "the murder of" and the name
        ("Detectives are investigating the murder of Detective Sergeant Aled Pryce in Cardiff.", [("killed", 1)]),
        ("The cell admitted the assassination of Chief Superintendent Obi Nnaji last month.", [("killed", 1)]),
        # a murder attempted, foiled or planned killed no one
        ("The cell admitted the attempted murder of prison officer Aled Pryce in Cardiff.", []),
        ("Police foiled the planned assassination of Governor Obi Nnaji last month.", []),
    ],
)
def test_the_murder_of_a_named_person_is_one_killed_unless_attempted(
    nlp: Language, text: str, victims: list[tuple[str, int]]
) -> None:
    assert _victims(nlp, text) == victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shot, and no death told: one injured
        ("Detectives are investigating the shooting of Detective Inspector Mark Ruiz in Omagh on Wednesday.",
         [("injured", 1)]),
        ("The group said it was behind the stabbing of Mark Ruiz outside a bar.", [("injured", 1)]),
        # a place's name is no death word
        ("The group said it was behind the shooting of Mark Ruiz on Killbride Lane.", [("injured", 1)]),
        ("Detectives are investigating the fatal shooting of Mark Ruiz in Omagh on Wednesday.", [("killed", 1)]),
        # his death is told in a sentence naming him: that is no injury of its own
        ("Detectives are investigating the shooting of Mark Ruiz in Omagh. Ruiz was killed instantly.",
         [("killed", 1)]),
        ("Police foiled the attempted shooting of Mark Ruiz in Omagh on Wednesday.", []),
    ],
)
def test_the_shooting_of_a_named_person(nlp: Language, text: str, expected: list) -> None:
    assert _victims(nlp, text) == expected
