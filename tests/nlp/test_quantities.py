"""Casualty figures with qualifiers and bounds, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import find_casualties, find_perpetrator_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _figures(nlp: Language, text: str) -> list[tuple[str, int | None, int | None, str, str]]:
    out = []
    for c in find_casualties(nlp(text)):
        ev = c.casualties.evidence
        assert text[ev.start : ev.end] == ev.text
        out.append((c.kind, c.casualties.min, c.casualties.max, c.casualties.qualifier, ev.text))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 31 people died in the blast.", [("killed", 31, None, "at least")]),
        ("More than 60 people were wounded, officials said.", [("injured", 61, None, "over")]),
        ("Nearly 150 villagers were injured.", [("injured", None, 150, "up to")]),
        ("Fewer than 20 people were hurt.", [("injured", None, 19, "under")]),
        ("Some 210 people were killed.", [("killed", 210, 210, "about")]),
        ("Up to 30 passengers may have died.", [("killed", None, 30, "up to")]),
        ("Between 10 and 15 guards were killed.", [("killed", 10, 15, "about")]),
        ("Dozens were injured in the stampede.", [("injured", 12, None, "vague")]),
        ("Hundreds of people were wounded.", [("injured", 100, None, "vague")]),
        ("Several bystanders were wounded.", [("injured", None, None, "vague")]),
        ("A dozen soldiers were killed at the checkpoint.", [("killed", 12, 12, "exact")]),
        ("Eleven miners died.", [("killed", 11, 11, "exact")]),
        ("Twenty-three pilgrims were killed.", [("killed", 23, 23, "exact")]),
    ],
)
def test_qualifiers(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in _figures(nlp, text)] == expected


def test_killed_and_injured_in_one_sentence(nlp: Language) -> None:
    figs = _figures(nlp, "Seven people were killed and 23 wounded when the bus exploded.")
    assert [f[:3] for f in figs] == [("killed", 7, 7), ("injured", 23, 23)]


def test_verb_before_figure(nlp: Language) -> None:
    figs = _figures(nlp, "Gunmen stormed the hotel, killing 14 guests and injuring six others.")
    assert [f[:3] for f in figs] == [("killed", 14, 14), ("injured", 6, 6)]


def test_left_dead_and_toll(nlp: Language) -> None:
    figs = _figures(nlp, "The bombing left 19 people dead. The death toll later rose to 25.")
    assert [f[:3] for f in figs] == [("killed", 19, 19), ("killed", 25, 25)]


def test_claimed_lives_is_a_count_not_a_claim(nlp: Language) -> None:
    found = find_casualties(nlp("The ambush claimed 12 lives on Sunday."))
    assert [(c.kind, c.casualties.min, c.casualties.claimed_by_perpetrator) for c in found] == [("killed", 12, False)]


def test_enumerated_groups_are_summed(nlp: Language) -> None:
    figs = _figures(nlp, "The blast killed nine police officers and three civilians near the market.")
    assert figs[0][:3] == ("killed", 12, 12)
    assert figs[0][4] == "nine police officers and three civilians"


def test_perpetrator_claim_is_marked(nlp: Language) -> None:
    found = find_casualties(nlp("The group said it killed 30 soldiers, but the army said five died."))
    assert [(c.casualties.min, c.casualties.claimed_by_perpetrator) for c in found] == [(30, True), (5, False)]


@pytest.mark.parametrize(
    "text",
    [
        "He shot a 62 on Sunday and finished 68 miles from home.",
        "A 33-year-old man was arrested.",
        "There have been over 45 attacks on shipping this year.",
        "The two attackers were shot dead by police.",
        "More than 40,000 people have died in the conflict since 2015.",
        "The militants fired 12 projectiles at the base.",
        "The war, which has killed at least 300,000 people, continues.",
    ],
)
def test_distractors(nlp: Language, text: str) -> None:
    assert _figures(nlp, text) == []


def test_named_victim(nlp: Language) -> None:
    figs = _figures(nlp, "Investigators blamed a foreign agent for the murder of Anna Petrova last week.")
    assert [f[:3] for f in figs] == [("killed", 1, 1)]


def test_upper_case_copy(nlp: Language) -> None:
    figs = _figures(nlp, "AT LEAST 12 PEASANTS WERE KILLED AND 5 WOUNDED IN THE ATTACK.")
    assert [f[:3] for f in figs] == [("killed", 12, None), ("injured", 5, 5)]


def test_attackers_in_an_enumeration_are_not_victims(nlp: Language) -> None:
    figs = _figures(nlp, "Three attackers and five policemen were killed in the firefight.")
    assert [f[:3] for f in figs] == [("killed", 5, 5)]


def test_single_victims(nlp: Language) -> None:
    figs = _figures(nlp, "Gunmen shot dead a retired army colonel. Another was wounded in the attack.")
    assert [f[:3] for f in figs] == [("killed", 1, 1), ("injured", 1, 1)]


def test_apposition_between_figure_and_verb(nlp: Language) -> None:
    text = "At least nine people, including two children, were killed when the roof collapsed."
    assert [f[:3] for f in _figures(nlp, text)] == [("killed", 9, None)]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off outside a bank in Herat, killing 17 people, a provincial spokesman said.",
        "A car bomb went off outside a bank in Herat, killing 17 people, a health official told reporters.",
        "A car bomb went off outside a bank in Herat, killing 17 people, a police officer, Karim Noori, said.",
    ],
)
def test_the_reporter_after_the_toll_is_no_victim(nlp: Language, text: str) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == [("killed", 17, 17)]


def test_a_victim_after_the_comma_is_still_added(nlp: Language) -> None:
    figs = _figures(nlp, "The blast killed two guards, a driver and his son.")
    assert figs and figs[0][1] >= 3


def test_active_verb_wins_over_a_later_clause(nlp: Language) -> None:
    figs = _figures(nlp, "The gunman killed 11 people and injured more than 40 before he fled.")
    assert [f[:3] for f in figs] == [("killed", 11, 11), ("injured", 41, None)]


def test_trailing_single_person_is_added(nlp: Language) -> None:
    figs = _figures(nlp, "Four pilgrims were injured, one seriously, and a police officer was hurt too.")
    assert [f[:3] for f in figs] == [("injured", 5, 5)]


def test_definite_singular_victim_and_no_trailing_abductee(nlp: Language) -> None:
    assert [f[:3] for f in _figures(nlp, "The police officer was killed in the attack.")] == [("killed", 1, 1)]
    text = "Two farmers were killed and a trader, John Doe, was abducted."
    assert [f[:3] for f in _figures(nlp, text)] == [("killed", 2, 2)]


def _perpetrators(nlp: Language, text: str) -> list[tuple[str, int | None, str]]:
    out = []
    for c in find_perpetrator_casualties(nlp(text)):
        ev = c.casualties.evidence
        assert text[ev.start : ev.end] == ev.text
        out.append((c.kind, c.casualties.min, ev.text))
    return out


@pytest.mark.parametrize(
    ("text", "victims", "perpetrators"),
    [
        (
            "Nine gunmen and four police officers were killed when the raid on the station failed.",
            [("killed", 4, 4)],
            [("killed", 9, "Nine gunmen")],
        ),
        (
            "Two guards and three attackers died, and two more attackers were wounded in the exchange of fire.",
            [("killed", 2, 2)],
            [("killed", 3, "three attackers"), ("injured", 2, "two more attackers")],
        ),
        ("Troops returned fire and killed four of the raiders.", [], [("killed", 4, "four of the raiders")]),
        ("The bomber was killed when his vest went off early.", [], [("killed", 1, "The bomber")]),
        (
            "The gunman wounded three shoppers before shooting himself.",
            [("injured", 3, 3)],
            [("killed", 1, "shooting himself")],
        ),
        ("The assailant killed two farmers near the river.", [("killed", 2, 2)], []),
        # the attacker nouns the claim reader knows (nlp/_cues.ATTACKER_NOUNS) are perpetrators here too
        (
            "Gunmen killed five shoppers at a mall on Friday before police shot dead the two killers.",
            [("killed", 5, 5)],
            [("killed", 2, "two killers")],
        ),
    ],
)
def test_perpetrators_are_counted_apart(nlp: Language, text: str, victims: list, perpetrators: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == victims
    assert _perpetrators(nlp, text) == perpetrators


def test_a_total_that_counts_the_attackers_says_so(nlp: Language) -> None:
    doc = nlp("At least 31 people, including six militants, were killed in the clash at the checkpoint.")
    [victims] = find_casualties(doc)
    assert victims.casualties.min == 31 and victims.casualties.includes_perpetrators
    assert [(c.kind, c.casualties.min) for c in find_perpetrator_casualties(doc)] == [("killed", 6)]
    plain = find_casualties(nlp("At least 31 people, including six children, were killed in the clash."))
    assert not plain[0].casualties.includes_perpetrators


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Gunmen shot and killed Ko Zaw Htet near the market in Mandalay.", "killed Ko Zaw Htet"),
        ("Okafor was strangled to death in his shop.", "Okafor was strangled to death"),
        ("Security guards opened fire on the car, killing the driver.", "the driver"),
        ("The policeman was wounded, and his daughter was killed in the ambush.", "his daughter"),
        ("The hostage was killed two days after the kidnapping.", "The hostage"),
    ],
)
def test_one_person_killed(nlp: Language, text: str, evidence: str) -> None:
    assert ("killed", 1, 1, "exact", evidence) in _figures(nlp, text)


def test_people_named_after_a_count_are_not_added(nlp: Language) -> None:
    text = "Two teachers, a headmaster and a retired school inspector, were killed in the attack."
    assert [f[:3] for f in _figures(nlp, text)] == [("killed", 2, 2)]


def test_a_group_named_as_killed_is_not_one_person(nlp: Language) -> None:
    assert _figures(nlp, "Soldiers said they killed Taliban in the hills.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A police colonel and his driver were killed in the blast.", [("killed", 2, 2)]),
        ("The mayor and one of his guards were killed and two others were injured.", [("killed", 2, 2),
                                                                                      ("injured", 2, 2)]),
        ("The governor and his wife were unharmed, but two guards were killed.", [("killed", 2, 2)]),
        ("Gunmen shot and killed a former judge outside his home.", [("killed", 1, 1)]),
    ],
)
def test_singular_people_listed_together(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Gunmen shot and killed a Civil Defence Corps (CDC) officer in the market.",
         "a Civil Defence Corps (CDC) officer"),
        ("Gunmen shot and killed a night guard of the water board near the dam.",
         "a night guard of the water board"),
        ("The provincial police chief, Karim Sultani, was killed in the blast.", "The provincial police chief"),
    ],
)
def test_the_person_counted_is_the_head_of_the_phrase(nlp: Language, text: str, evidence: str) -> None:
    assert [f[:3] + (f[4],) for f in _figures(nlp, text)] == [("killed", 1, 1, evidence)]


def test_the_one_named_before_n_others_counts(nlp: Language) -> None:
    text = "Attackers sprayed the minibus of Tariq Qasim with bullets. Qasim and three other passengers were killed."
    figures = _figures(nlp, text)
    assert [(k, lo, hi) for k, lo, hi, _, _ in figures] == [("killed", 4, 4)]


def test_animals_are_not_counted_with_people(nlp: Language) -> None:
    figures = _figures(nlp, "Raiders torched the cattle market. One herder and at least 40 cows were killed.")
    assert [(k, lo, hi) for k, lo, hi, _, _ in figures] == [("killed", 1, 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A district judge in the northern province of Balkh was shot dead outside his home on Sunday.",
     [("killed", 1, 1, "exact", "A district judge")]),
    ("One driver who tried to turn back was shot and killed by the gunmen.",
     [("killed", 1, 1, "exact", "One driver")]),
    ("Seven guards at the depot were wounded when the shells landed.",
     [("injured", 7, 7, "exact", "Seven guards")]),
    ("A nurse from the district clinic died of her wounds on Tuesday.",
     [("killed", 1, 1, "exact", "A nurse")]),
])
def test_figure_whose_phrase_runs_on_before_its_verb(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "A soldier at the checkpoint killed two smugglers on Friday.",
    "A guard at the depot was not hurt in the blast.",
])
def test_active_subject_or_negated_verb_is_no_casualty(nlp: Language, text: str) -> None:
    assert [f for f in _figures(nlp, text) if f[4].startswith("A ")] == []


def test_victims_and_unknown_number_of_assailants(nlp: Language) -> None:
    text = ("Two border guards and an unknown number of attackers were killed in the clash near "
            "the crossing.")
    assert _figures(nlp, text) == [("killed", 2, 2, "exact", "Two border guards")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Six guards and their interpreter were killed when the convoy was ambushed.",
     [("killed", 7, 7, "exact", "Six guards and their interpreter")]),
    ("The attacker stabbed two commuters to death and wounded a third before he was detained.",
     [("killed", 2, 2, "exact", "two commuters"), ("injured", 1, 1, "exact", "a third")]),
])
def test_their_and_ordinals_count_one_person(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert _figures(nlp, text) == expected


def test_a_fraction_is_no_person(nlp: Language) -> None:
    assert _figures(nlp, "The shelling killed a third of the cattle in the valley.") == []


@pytest.mark.parametrize("text", [
    "A parcel bomb went off at the tax office late on Tuesday. No one was killed.",
    "The device damaged two parked cars, but no one was wounded.",
    "Police said no one had been injured when the grenade went off near the gate.",
    "Not a single guard was hurt when the rocket struck the compound.",
    "None of the 40 passengers were hurt when the train was derailed.",
    "Neither of the two watchmen was injured in the fire.",
    "Nobody among the 12 pilgrims was injured, and none of the staff were hurt.",
])
def test_a_negated_count_is_no_figure(nlp: Language, text: str) -> None:
    assert _figures(nlp, text) == []


def test_a_negated_count_leaves_the_others(nlp: Language) -> None:
    text = "Three officers were killed in the ambush, but no one else was hurt."
    assert [f[:3] for f in _figures(nlp, text)] == [("killed", 3, 3)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll from the suicide bombing of a wedding hall in the northern city rose to 41 on Friday.",
     [("killed", 41, 41)]),
    ("The number of people killed when a truck bomb hit the crowded market last week has climbed to 63.",
     [("killed", 63, 63)]),
    ("The number of people injured in the grenade attack on the stadium in the east has risen to 28.",
     [("injured", 28, 28)]),
])
def test_a_toll_whose_subject_runs_long(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


def test_a_claim_after_another_clause_is_still_the_perpetrators_count(nlp: Language) -> None:
    text = ("The rebels said in a message on Sunday that they had planned the raid for weeks and that their "
            "men had killed 60 soldiers at the base.")
    found = find_casualties(nlp(text))
    assert [(c.casualties.min, c.casualties.claimed_by_perpetrator) for c in found] == [(60, True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Four of the badly wounded pilgrims succumbed in hospital overnight.", [("killed", 4, 4)]),
    ("Two of the injured died on the way to the clinic.", [("killed", 2, 2)]),
    ("Six farmers succumbed to their wounds on Monday.", [("killed", 6, 6)]),
    ("Five of the injured were moved to a military hospital.", []),
])
def test_people_from_among_the_injured(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


def test_a_named_person_and_n_of_his_companions(nlp: Language) -> None:
    text = "District chief Abdul Rahim Wardak and three of his guards were killed when the mine exploded."
    assert _figures(nlp, text) == [
        ("killed", 4, 4, "exact", "Abdul Rahim Wardak and three of his guards")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers first said four workers had died. Hospital officials later put the figure at seven.",
     [("killed", 4, 4), ("killed", 7, 7)]),
    ("Eight guests were hurt, though the hotel's manager put the number at eleven.",
     [("injured", 8, 8), ("injured", 11, 11)]),
    ("The flood cut the road. Officials put the figure at 300 families.", []),
])
def test_a_revised_figure_takes_the_kind_of_the_one_before(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "claimed"), [
    ("Boko Haram claimed that 30 soldiers had been killed in the raid on the barracks.", True),
    ("The Taliban claimed the ambush and said 22 policemen died.", True),
    ("A spokesman for the Islamic State said 15 guards were killed.", True),
    ("Police said 15 guards were killed.", False),
    ("The governor claimed that 15 villagers were killed by the raiders.", False),
])
def test_a_groups_claimed_count_is_marked(nlp: Language, text: str, claimed: bool) -> None:
    found = find_casualties(nlp(text))
    assert [c.casualties.claimed_by_perpetrator for c in found] == [claimed]


@pytest.mark.parametrize(("text", "expected"), [
    ("About 25 passengers remain in hospital, three of them in a critical condition.", [("injured", 25, 25)]),
    ("Eleven workers were rushed to a nearby hospital after the explosion.", [("injured", 11, 11)]),
    ("The bodies of the victims were taken to the district hospital.", []),
])
def test_people_in_hospital_are_injured(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


def test_n_of_them_is_a_part_not_more(nlp: Language) -> None:
    text = "Seven villagers, five of them women, were killed when the raiders set fire to the huts."
    assert _figures(nlp, text) == [("killed", 7, 7, "exact", "Seven villagers")]


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Militants shot dead 15 villagers. Nine others were being treated for bullet wounds.", 9),
        ("Militants shot dead 15 villagers. Nine others were treated at a district hospital.", 9),
        ("Militants shot dead 15 villagers. Nine others were treated for shock at the scene.", None),
    ],
)
def test_people_treated_for_wounds_are_injured(nlp: Language, text: str, injured: int | None) -> None:
    found = [f[1] for f in _figures(nlp, text) if f[0] == "injured"]
    assert found == ([injured] if injured is not None else [])


def test_a_list_of_groups_before_one_verb_is_summed_whole(nlp: Language) -> None:
    text = "Five guards, three drivers and a cook were killed when the depot was shelled."
    assert _figures(nlp, text) == [("killed", 9, 9, "exact", "Five guards, three drivers and a cook")]


@pytest.mark.parametrize(("text", "adds"), [
    ("The shell killed six porters at the gate. Two more died on the way to the clinic.", [False, True]),
    ("Four herders were wounded. Nine villagers were also injured in the raid.", [False, True]),
    ("The mine killed two deminers. Another three people were killed when a second mine went off.",
     [False, True]),
    ("The shelling killed four fishermen. It also killed a boy on the beach.", [False, True]),
    ("Rebels killed eight guards at the mill. In addition, two workers were killed in the crossfire.",
     [False, True]),
    ("Eight guards were killed at the mill. The governor also said eight guards were killed.", [False, False]),
    ("Eight pickers were hurt, one badly, and a foreman was hurt too.", [False]),
    ("The raid killed 15 herders. Two chiefs were also among the dead.", [False, False]),
    ("A mine killed four porters on Monday. Two more porters were killed in a similar blast on Friday.",
     [False, False]),
])
def test_a_further_group_is_marked_as_adding_to_the_toll(nlp: Language, text: str, adds: list[bool]) -> None:
    assert [c.adds for c in find_casualties(nlp(text))] == adds


@pytest.mark.parametrize(("text", "revises"), [
    ("The blast killed nine traders. The death toll later rose to 15.", [False, True]),
    ("The raid killed 20 farmers, but officials later lowered the death toll to six.", [False, True]),
    ("Medics said 40 miners died. The mine owner put the figure at 31.", [False, True]),
    ("The ambush killed seven rangers. In all, 11 people died.", [False, True]),
    ("The ambush killed seven rangers. Four more rangers died in hospital.", [False, False]),
    ("The raid killed 20 people. The death toll among the guards rose to five.", [False, False]),
])
def test_a_toll_or_total_is_marked_as_revising_the_toll(nlp: Language, text: str, revises: list[bool]) -> None:
    assert [c.revises for c in find_casualties(nlp(text))] == revises


@pytest.mark.parametrize(("text", "victims", "perpetrators"), [
    ("Two gunmen shot and killed a cashier at the fuel station.", [("killed", 1, 1)], []),
    ("Three raiders shot dead a herder near the well.", [("killed", 1, 1)], []),
    ("Two raiders were shot dead by the guards.", [], [("killed", 2)]),
])
def test_people_who_do_the_killing_are_not_its_casualties(nlp: Language, text: str, victims: list,
                                                         perpetrators: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == victims
    assert [(c.kind, c.casualties.min) for c in find_perpetrator_casualties(nlp(text))] == perpetrators


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot and killed a customs officer and his nephew outside a mosque.",
     [("killed", 2, 2, "exact", "a customs officer and his nephew")]),
    ("Her husband and son were wounded when the grenade hit the kitchen.",
     [("injured", 2, 2, "exact", "Her husband and son")]),
    ("Gunmen shot and killed a lorry driver and his cousin, a mechanic, near the depot.",
     [("killed", 2, 2, "exact", "a lorry driver and his cousin")]),
])
def test_one_more_relative_after_and_counts(nlp: Language, text: str, expected: list) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Raiders killed two guards and three others at the mill.", [("killed", 5, 5)]),
    ("Two guards were killed and three others wounded at the mill.", [("killed", 2, 2), ("injured", 3, 3)]),
])
def test_n_others_under_the_same_verb_are_added(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


def _perp_kinds(nlp: Language, text: str) -> list[tuple[str, int | None, str]]:
    return [(c.kind, c.casualties.min, c.casualties.qualifier) for c in find_perpetrator_casualties(nlp(text))]


@pytest.mark.parametrize(("text", "victims", "perpetrators"), [
    ("DAKAR, Nov. 23 (Reuters) - Bandits were killed in a raid on a gold mine.", [], []),
    ("HARARE, 9 April 2023 - Four guards were wounded at the depot.", [("injured", 4, 4)], []),
    ("Harare, 9 April 2023 - Gunmen were killed at the depot.", [], []),
    ("SANAA, Yemen, Feb. 11 (Xinhua) -- Rebels were killed in the clashes.", [], []),
    ("ADEN (Reuters) - Insurgents were killed near the port.", [], []),
])
def test_the_day_and_year_of_a_dateline_are_no_counts(nlp: Language, text: str, victims: list,
                                                      perpetrators: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == victims
    assert _perp_kinds(nlp, text) == perpetrators


def test_a_toll_in_the_fighting_just_told_counts_but_a_war_tally_does_not(nlp: Language) -> None:
    assert _perp_kinds(nlp, "Police said 14 raiders were killed in the fighting.") == [("killed", 14, "exact")]
    assert [f[:3] for f in _figures(nlp, "Three herders were wounded in the violence.")] == [("injured", 3, 3)]
    assert _figures(nlp, "More than 500 villagers have been killed in the fighting.") == []
    assert _figures(nlp, "Some 70 traders have died in the violence, the UN said.") == []


@pytest.mark.parametrize(("text", "perpetrators"), [
    ("Soldiers neutralised nine fighters near the dam, the army said.", [("killed", 9, "exact")]),
    ("\"Scores of rebels were neutralized,\" a spokesman said.", [("killed", 40, "vague")]),
])
def test_neutralised_armed_men_are_killed(nlp: Language, text: str, perpetrators: list) -> None:
    assert _perp_kinds(nlp, text) == perpetrators


def test_neutralised_things_are_no_casualties(nlp: Language) -> None:
    assert _figures(nlp, "Engineers neutralised three explosive devices on the road.") == []
    assert _figures(nlp, "Three explosive devices were neutralized by engineers.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Paramedics found a 52-year-old woman with stab wounds to her arm.", [("injured", 1, 1)]),
    ("Two guards sustained serious gunshot wounds.", [("injured", 2, 2)]),
    ("Five pupils suffered minor injuries in the blast.", [("injured", 5, 5)]),
    ("A 19-year-old cyclist suffered a head injury.", [("injured", 1, 1)]),
    ("Two porters with gunshot wounds later died in hospital.", [("killed", 2, 2)]),
    ("Three miners suffered fatal injuries.", [("killed", 3, 3)]),
])
def test_people_who_suffer_or_carry_wounds_are_injured(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


def test_a_second_or_third_person_adds_to_the_one_before(nlp: Language) -> None:
    text = "A taxi driver was hurt in the attack. A third man, aged 40, suffered minor injuries to his face."
    figs = find_casualties(nlp(text))
    assert [(c.kind, c.casualties.min, c.adds) for c in figs] == [("injured", 1, False), ("injured", 1, True)]


def test_injuries_to_people_count_them_as_injured(nlp: Language) -> None:
    figs = _figures(nlp, "The shell landed in a yard, causing serious injuries to a farmer and a 7-year-old boy.")
    assert [f[:3] for f in figs] == [("injured", 2, 2)]
    assert _figures(nlp, "He sustained injuries to both legs.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bandits wounded a trader in the raid. The trader later died of his injuries.",
     [("injured", 1, False), ("killed", 1, True)]),
    ("The blast wounded a guard, who died in hospital on Monday.", [("injured", 1, False), ("killed", 1, True)]),
    ("Nine people were hurt. Three of them later died.", [("injured", 9, False), ("killed", 3, True)]),
    ("Gunmen shot a shopkeeper in the market. She later died in hospital.",
     [("injured", 1, False), ("killed", 1, True)]),
    ("A militia raided the camp and wounded four. One of those wounded died overnight.",
     [("injured", 4, False), ("killed", 1, True)]),
    ("Troops shot and wounded the gunman. He later died in hospital.", []),
    ("A guard was shot dead at the gate. The guard died instantly.", [("killed", 1, False)]),
])
def test_the_injured_who_die_later(nlp: Language, text: str, expected: list[tuple]) -> None:
    found = find_casualties(nlp(text))
    assert [(c.kind, c.casualties.min, c.moved) for c in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A youth stabbed two commuters at the tram stop on Tuesday, police said.", [("injured", 2, 2)]),
    ("A gunman shot five worshippers as they left the chapel.", [("injured", 5, 5)]),
    ("Four people were shot outside a nightclub in the port city.", [("injured", 4, 4)]),
    ("Two pensioners were stabbed in a park on Sunday.", [("injured", 2, 2)]),
    # a death told leaves the count to the death words, and those it kills of the people hit are no more
    # injured; the shooters and "shot at" are no one hurt
    ("Two guards were shot dead at the depot.", [("killed", 2, 2)]),
    ("The gunman shot four people, killing two of them.", [("injured", 2, 2), ("killed", 2, 2)]),
    ("Two soldiers were shot at from a rooftop.", []),
    ("Three youths shot a cashier at the kiosk.", [("injured", 1, 1)]),
])
def test_people_shot_or_stabbed_are_injured_unless_a_death_is_told(nlp: Language, text: str,
                                                                   expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "A gunman wounded two people outside the bar on Friday. Both later died in hospital.",
    "Raiders stabbed two people at the market. They later died of their wounds.",
])
def test_people_hurt_by_an_attacker_who_all_die_later(nlp: Language, text: str) -> None:
    found = find_casualties(nlp(text))
    assert [(c.kind, c.casualties.min, c.moved) for c in found] == [("injured", 2, False), ("killed", 2, True)]


def test_one_of_the_people_shot_who_died_later_moves_to_the_dead(nlp: Language) -> None:
    found = find_casualties(nlp("A man shot four villagers near the well. One of them died in hospital."))
    assert [(c.kind, c.casualties.min, c.moved) for c in found] == [("injured", 4, False), ("killed", 1, True)]


def _claimed(nlp: Language, text: str) -> list[tuple[str, int | None, bool]]:
    return [(c.kind, c.casualties.min, c.casualties.claimed_by_perpetrator) for c in find_casualties(nlp(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # the group is the speaker of the clause the figure sits in, however deep
    ("The bomb killed at least six people, officials said. The Taliban said its men had stormed the compound "
     "and claimed that 30 soldiers had died.", [("killed", 6, False), ("killed", 30, True)]),
    ("Al-Shabaab spokesman Abdi Warsame said 25 soldiers were killed in the raid.", [("killed", 25, True)]),
    ("Police spokesman Abdi Warsame said 25 soldiers were killed in the raid.", [("killed", 25, False)]),
])
def test_a_count_inside_an_armed_groups_statement_is_its_claim(nlp: Language, text: str, expected: list) -> None:
    assert _claimed(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Rebel gunfire killed or wounded 14 villagers.",
    "Sixteen soldiers were killed or injured during the ambush.",
    "The group said dozens of troops were dead or wounded.",
])
def test_killed_or_wounded_counts_neither(nlp: Language, text: str) -> None:
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Raiders ambushed a convoy on Monday, killing five guards. Two of the wounded died overnight, bringing "
     "the toll to seven.", [("killed", 5, False), ("killed", 2, True), ("killed", 7, False)]),
    ("The injury toll rose to 40 on Monday.", [("injured", 40, False)]),
    ("The toll of wounded has reached 25.", [("injured", 25, False)]),
])
def test_a_bare_toll_is_the_death_toll(nlp: Language, text: str, expected: list) -> None:
    assert [(c.kind, c.casualties.min, c.moved) for c in find_casualties(nlp(text))] == expected


def test_a_verb_with_dead_before_the_figure_wins_over_a_later_verb(nlp: Language) -> None:
    figs = _figures(nlp, "Raiders gunned down three herders and injured a boy near the river.")
    assert [f[:3] for f in figs] == [("killed", 3, 3), ("injured", 1, 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Okoro's mother and sister were hurt when the shell landed.", [("injured", 2, 2)]),
    ("The headman's son and nephew were killed in the raid.", [("killed", 2, 2)]),
    ("The raiders killed a herder, his son and three nephews.", [("killed", 5, 5)]),
    ("The raiders killed a herder, his son and nephew.", [("killed", 3, 3)]),
    ("Four guards, a driver, and two cooks were wounded.", [("injured", 7, 7)]),
    ("Gunmen shot dead Ibrahim Sule and his brother outside the mosque.", [("killed", 2, 2)]),
    ("Ibrahim Sule and three neighbours were killed in the fire.", [("killed", 4, 4)]),
    ("Karim Haddad, a local council member, and two guards were killed in the blast.", [("killed", 3, 3)]),
    ("Militants killed a trader in the market, his cousin told reporters.", [("killed", 1, 1)]),
    ("Twelve people died, including two bombers, and seven people were hurt.",
     [("killed", 12, 12), ("injured", 7, 7)]),
    ("Two guards, including the head of security, and three visitors were injured.", [("injured", 5, 5)]),
])
def test_listed_people_without_numbers(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen fired on a taxi outside Bamenda. Peter Ndifor was injured in the attack.", [("injured", 1, False)]),
    ("Unknown men stabbed and wounded Peter Ndifor, a shop owner, near the market.", [("injured", 1, False)]),
    ("A mine hit a patrol near the border. Five soldiers, including Sergeant Omar Dahir, were hurt. Sergeant "
     "Dahir later died of his wounds.", [("injured", 5, False), ("killed", 1, True)]),
])
def test_named_people_injured_and_dying_later(nlp: Language, text: str, expected: list[tuple]) -> None:
    found = find_casualties(nlp(text))
    assert [(c.kind, c.casualties.min, c.moved) for c in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A ranger wounded in the ambush later died in hospital.", [("killed", 1, True, "A ranger")]),
    ("Three wounded pilgrims died on the way to the clinic.", [("killed", 3, True, "Three wounded pilgrims")]),
    ("A ranger wounded in the ambush was flown to the capital.", [("injured", 1, False, "A ranger")]),
])
def test_people_described_as_wounded_who_die(nlp: Language, text: str, expected: list[tuple]) -> None:
    found = find_casualties(nlp(text))
    assert [(c.kind, c.casualties.min, c.moved, c.casualties.evidence.text) for c in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A ranger was shot near the lake. The park service has been the most dangerous agency in the province, "
     "with more than 80 staff killed in armed raids.", [("injured", 1, 1)]),
    ("The convoy hit a mine. The northern sector has been the bloodiest posting of the mission, with over 60 "
     "soldiers killed.", []),
    ("It was the deadliest attack on the garrison this year, with 14 soldiers killed.", [("killed", 14, 14)]),
    ("Friday was the bloodiest day in the town, with 23 people killed.", [("killed", 23, 23)]),
])
def test_a_record_holders_tally_after_with_is_no_toll(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == [e for e in expected if e[1] is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("A car bomb killed 31 people at a bus depot in Kandahar, making it the deadliest attack in the province "
     "since 2020.", [("killed", 31, 31)]),
    ("The blast killed 18 shoppers, the bloodiest in the city since 2016.", [("killed", 18, 18)]),
    ("The blast killed 18 shoppers, the deadliest bombing in the city since 2016.", [("killed", 18, 18)]),
    ("More than 200 soldiers have been killed since 2016.", []),
    ("Over 90 aid workers have been killed in hostile acts in the country.", []),
    ("At least 45 guards have died since their deployment to the region.", []),
])
def test_a_period_that_ranks_the_attack_is_not_the_figures(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A peacekeeper was killed when a mine went off near the camp.", [("killed", 1, 1)]),
    ("Gunmen shot dead a herdsman near the well.", [("killed", 1, 1)]),
    ("A bystander was wounded by a stray bullet.", [("injured", 1, 1)]),
    ("A dog was killed in the blast.", []),
    ("A bomb was found under the bridge.", []),
    ("The clerks were held for hours before their release and three others were hurt in the raid.",
     [("injured", 3, 3)]),
])
def test_what_the_casualty_verb_kills_or_wounds_is_a_person(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade unionist Carlos Mejia was shot dead outside a bakery in Tegucigalpa.",
     [("killed", 1, "Carlos Mejia was shot dead")]),
    ("Radio host Ana Duarte was gunned down as she left the studio.",
     [("killed", 1, "Ana Duarte was gunned down")]),
])
def test_a_named_person_shot_dead_is_one_killed(nlp: Language, text: str, expected: list) -> None:
    assert [(f[0], f[1], f[4][-len(e[2]):]) for f, e in zip(_figures(nlp, text), expected, strict=False)] == expected
    assert len(_figures(nlp, text)) == len(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Three porters were hurt by flying glass and a fourth suffered burns.",
     [("injured", 3, False), ("injured", 1, True)]),
    ("Two nurses were killed and a third died later in hospital.", [("killed", 2, False), ("killed", 1, True)]),
    ("Nine people were killed; a third were children.", [("killed", 9, False)]),
    # the casualty reader's ordinals are the shared list (nlp/_ordinals), past "sixth"
    ("Gunmen killed six guests at the wedding and wounded a seventh.", [("killed", 6, False), ("injured", 1, True)]),
])
def test_an_ordinal_standing_for_one_more_person(nlp: Language, text: str, expected: list) -> None:
    found = find_casualties(nlp(text))
    assert [(c.kind, c.casualties.min, c.adds) for c in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Four drivers were wounded at the depot. They later died of their wounds.",
     [("injured", 4, False), ("killed", 4, True)]),
    ("Two teachers were injured in the blast. Both later died in hospital.",
     [("injured", 2, False), ("killed", 2, True)]),
    ("Three herders were wounded in the raid. All three later died.", [("injured", 3, False), ("killed", 3, True)]),
    ("Soldiers wounded two gunmen at the gate. They later died in hospital.", []),
    ("Three teachers were injured. Both later died.", [("injured", 3, False)]),
])
def test_a_plural_pronoun_that_died_later_moves_the_injured(nlp: Language, text: str, expected: list) -> None:
    found = find_casualties(nlp(text))
    assert [(c.kind, c.casualties.min, c.moved) for c in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 30 aid workers have been killed this year, the agency said.", []),
    ("The militia has killed more than 400 farmers this year.", []),
    ("Raids by the militia have killed more than 400 farmers in the province.", []),
    ("Three rangers have been killed in an ambush this month.", [("killed", 3, 3)]),
    ("Sunday's raids have killed 26 farmers.", [("killed", 26, 26)]),
    ("The two raids have killed 26 farmers.", [("killed", 26, 26)]),
])
def test_a_perfect_tally_over_a_period_or_over_attacks_in_general(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bandits seized two clerks on the road. Sani and Danjuma were killed and their car burned.", [("killed", 2, 2)]),
    ("Yusuf Garba and Bello Adamu were wounded when the grenade went off.", [("injured", 2, 2)]),
    ("Yusuf Garba was killed in the raid.", [("killed", 1, 1)]),
])
def test_coordinated_names_as_the_passive_subject_each_count(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "The home side's captain executed a perfect free kick to level the score.",
    "A daring plan was executed by the rescue team overnight.",
])
def test_an_executed_thing_is_no_casualty(nlp: Language, text: str) -> None:
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(("text", "victims", "perpetrators"), [
    ("Karim Touati was shot dead by police after he stabbed two nurses outside the clinic.",
     [("injured", 2, 2)], [("killed", 1)]),
    ("Officers shot dead Karim Touati, who had attacked a bus driver.", [], [("killed", 1)]),
    ("A man was shot and killed by troops when he attacked a checkpoint with an axe.", [], [("killed", 1)]),
    ("Police shot and killed the suspect near the depot.", [], [("killed", 1)]),
    # no attack of his told, or not felled by the security forces: a victim
    ("Karim Touati was shot dead by police after the march.", [("killed", 1, 1)], []),
    ("Karim Touati was shot dead by bandits after he left the mosque.", [("killed", 1, 1)], []),
    ("Karim Touati was shot dead by police after he tried to flee the checkpoint.", [("killed", 1, 1)], []),
    ("Karim Touati was shot dead by police after he tried to detonate a grenade.", [], [("killed", 1)]),
    ("Karim Touati was shot dead by police when he opened fire on the crowd.", [], [("killed", 1)]),
])
def test_an_attacker_felled_by_the_security_forces_is_a_perpetrator(nlp: Language, text: str, victims: list,
                                                                    perpetrators: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == victims
    assert [(c.kind, c.casualties.min) for c in find_perpetrator_casualties(nlp(text))] == perpetrators


@pytest.mark.parametrize(("text", "expected"), [
    ("Two deputies were shot, one of them fatally, at the courthouse.",
     [("injured", 1, 1, "Two deputies"), ("killed", 1, 1, "one of them fatally")]),
    ("A man stabbed four commuters, one fatally, at the ferry terminal.",
     [("injured", 3, 3, "four commuters"), ("killed", 1, 1, "one fatally")]),
    ("Six villagers were wounded, two of whom mortally, in the shelling.",
     [("injured", 4, 4, "Six villagers"), ("killed", 2, 2, "two of whom mortally")]),
    ("Three guards were shot, one critically, at the depot.", [("injured", 3, 3, "Three guards")]),
])
def test_a_fatal_share_of_the_people_hit(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] + f[4:] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Five people were shot at a block party on Sunday.", [("injured", 5, 5)]),
    ("Two soldiers were shot at by snipers on Sunday.", []),
])
def test_shot_at_a_place_is_hit_and_shot_at_alone_is_fired_on(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "victims", "perpetrators"), [
    ("A man attacked a patrol with an axe in the square. He was shot dead by gendarmes minutes later.",
     [], [("killed", 1, "He was shot dead")]),
    ("A woman stabbed a nurse at the clinic. Police shot her dead in the car park.",
     [("injured", 1)], [("killed", 1, "shot her dead")]),
    ("A man stabbed a nurse at the clinic, before he was shot dead by police.",
     [("injured", 1)], [("killed", 1, "he was shot dead")]),
    # the troops fired first: the one they shot is not told as an attacker
    ("Troops opened fire on a crowd at the market. He was shot dead by soldiers near the stalls.", [], []),
])
def test_an_attacker_felled_after_his_attack(nlp: Language, text: str, victims: list, perpetrators: list) -> None:
    doc = nlp(text)
    assert [(c.kind, c.casualties.min) for c in find_casualties(doc)] == victims
    assert [(c.kind, c.casualties.min, c.casualties.evidence.text)
            for c in find_perpetrator_casualties(doc)] == perpetrators


@pytest.mark.parametrize(("text", "expected"), [
    ("A teenager stabbed three commuters at the station.", [("injured", 3, 3)]),
    ("He stabbed two guards to death at the gate.", [("killed", 2, 2)]),
    ("The man stabbed three shoppers, killing one of them.", [("injured", 2, 2), ("killed", 1, 1)]),
])
def test_people_stabbed_are_injured_unless_a_death_is_told(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two wounded soldiers were evacuated by helicopter.", [("injured", 2, 2, "exact", "Two wounded soldiers")]),
    ("Medics carried four badly injured miners out of the shaft.",
     [("injured", 4, 4, "exact", "four badly injured miners")]),
    ("Three injured goats were found by the road.", []),
])
def test_a_count_of_people_described_as_wounded(nlp: Language, text: str, expected: list) -> None:
    assert _figures(nlp, text) == expected


def test_attackers_described_as_wounded_are_counted_apart(nlp: Language) -> None:
    text = "Two wounded gunmen were arrested near the bridge."
    assert _figures(nlp, text) == []
    assert [(c.kind, c.casualties.min) for c in find_perpetrator_casualties(nlp(text))] == [("injured", 2)]


def test_one_of_the_injured_people_named_again_who_died_later(nlp: Language) -> None:
    found = find_casualties(nlp("Pirates fired on a ferry, wounding three sailors. One of the sailors died of his "
                                "wounds the next day."))
    assert [(c.kind, c.casualties.min, c.moved) for c in found][-1] == ("killed", 1, True)


def test_words_are_read_from_the_docs_lower_case_list(nlp):
    from counterclaim.nlp._text import doc_lowers
    from counterclaim.nlp.quantities import _word

    doc = nlp("Twenty-Two Villagers were KILLED, officials said.")
    assert doc_lowers(doc) is doc_lowers(doc)  # made once per document
    assert [_word(doc, i) for i in range(-1, len(doc) + 1)] == ["", *(t.lower_ for t in doc), ""]


@pytest.mark.parametrize(
    ("text", "includes"),
    [
        # the aside sits inside the subject: the group after it is coordinated, not included
        ("Three guards, including the shift commander, and six raiders were killed at the gate.", False),
        ("At least 12 rangers, including a senior warden, and eight gunmen were killed while two rangers "
         "were wounded.", False),
        # the list itself names the attackers
        ("Nine people, including a guard, a driver and two gunmen, were killed at the depot.", True),
        ("Fourteen people died, including three soldiers and two gunmen, and five others were hurt.", True),
    ],
)
def test_an_including_aside_ends_before_a_coordinated_group(nlp: Language, text: str, includes: bool) -> None:
    victims = find_casualties(nlp(text))[0]
    assert victims.casualties.includes_perpetrators is includes


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a surname NER leaves unlabelled (or calls a place) is a person when coordinated with "his <people>"
        ("Mkhabela and his driver were killed when the bomb went off.", 2),
        ("Okafor and his driver were killed in the blast.", 2),
        ("Haidari and his two bodyguards were killed in the ambush.", 3),
        ("Gunmen shot and killed Haidari and his nephew outside the mosque.", 2),
        # a place before "and" is no one killed
        ("Kabul and his allies were criticised after two guards were killed.", 2),
    ],
)
def test_a_name_coordinated_with_his_people_counts_one_more(nlp: Language, text: str, killed: int) -> None:
    assert [f[1] for f in _figures(nlp, text) if f[0] == "killed"] == [killed]


@pytest.mark.parametrize(("text", "expected"), [
    # smoke inhalation is an injury, like burns, whether treated for or suffered
    ("A tenant suffered burns to his hands and three neighbours were treated for smoke inhalation.",
     [("injured", 1), ("injured", 3)]),
    ("Two firefighters suffered smoke inhalation after the blaze.", [("injured", 2)]),
    # a subject whose noun phrase runs on before "suffered"
    ("An elderly woman from the ground floor suffered severe burns.", [("injured", 1)]),
])
def test_burns_and_smoke_inhalation_are_injuries(nlp: Language, text: str, expected: list) -> None:
    assert [(kind, low) for kind, low, _, _, _ in _figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # qualifiers sharing a first word: each is tried in its list order among those that start alike
        ("At most 14 guards were killed at the gate.", [("killed", None, 14, "up to")]),
        ("No less than 9 villagers were wounded by the blast.", [("injured", 9, None, "at least")]),
        ("Not less than 25 people were hurt when the roof fell.", [("injured", 25, None, "at least")]),
        ("An estimated 70 pilgrims were injured in the attack.", [("injured", 70, 70, "about")]),
        ("As many as 18 traders died in the fire the gunmen set.", [("killed", None, 18, "up to")]),
    ],
)
def test_qualifiers_that_share_a_first_word(nlp: Language, text: str, expected: list) -> None:
    assert [f[:4] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two traffic wardens were shot, one of them fatally, outside the market.",
     [("injured", 1, 1, "Two traffic wardens"), ("killed", 1, 1, "one of them fatally")]),
    ("Two court bailiffs were stabbed, one of them fatally, during an eviction.",
     [("injured", 1, 1, "Two court bailiffs"), ("killed", 1, 1, "one of them fatally")]),
    ("Three herdsmen were shot, two of them fatally, near the river.",
     [("injured", 1, 1, "Three herdsmen"), ("killed", 2, 2, "two of them fatally")]),
    ("Two peacekeepers were shot, one of them fatally, at a checkpoint.",
     [("injured", 1, 1, "Two peacekeepers"), ("killed", 1, 1, "one of them fatally")]),
    ("Two paramedics were shot, one of them fatally, as they reached the scene.",
     [("injured", 1, 1, "Two paramedics"), ("killed", 1, 1, "one of them fatally")]),
])
def test_people_named_by_trades_and_offices_are_counted(nlp, text, expected):
    assert [f[:3] + f[4:] for f in _figures(nlp, text)] == expected

@pytest.mark.parametrize("text", [
    "Insurgents killed seven soldiers in an ambush near the lake on Saturday, bringing the number of troops "
    "killed this year to 80.",
    "Gunmen shot dead seven herders near the river on Monday, bringing the toll since January to 112.",
    "A roadside bomb killed seven policemen on Friday, bringing to 45 the number of officers killed in the "
    "province this month.",
    "Militants killed seven villagers in a raid on Thursday, raising the total killed in such attacks this "
    "year to 230.",
    "A car bomb killed seven people outside the ministry, taking the number killed in the capital since "
    "2022 to more than 600.",
    "A bomb killed seven people at the bus depot, pushing the death toll from the insurgency above 3,000.",
])
def test_a_running_total_carried_on_after_the_attack_is_not_its_toll(nlp: Language, text: str) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == [("killed", 7, 7)]


@pytest.mark.parametrize("text", [
    "A suicide bomber killed 14 people at a crowded market on Sunday, the deadliest attack since 30 "
    "worshippers died at a mosque in 2021.",
    "The blast, which killed 14 people, was the worst since a truck bomb killed 30 at the port two years ago.",
    "A suicide bomber killed 14 people at a crowded market on Sunday, the deadliest since 2021.",
])
def test_an_earlier_attack_that_ranks_this_one_gives_it_no_toll(nlp: Language, text: str) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == [("killed", 14, 14)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two of the wounded died in hospital overnight, bringing the death toll to nine.",
     [("killed", 2, 2), ("killed", 9, 9)]),
    ("The death toll has since risen to 40.", [("killed", 40, 40)]),
    ("Three more hostages died on Tuesday, bringing the number killed since the siege began to 15.",
     [("killed", 3, 3), ("killed", 15, 15)]),
    ("The deadliest attack since 2015 killed 40 people in the market.", [("killed", 40, 40)]),
])
def test_a_toll_of_the_attack_itself_is_kept(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "Military operations killed 1,043 militants during the year, the report said.",
    "Attacks in the province killed 612 civilians throughout the year.",
    "Police said 212 people were wounded in bombings over the whole year.",
])
def test_a_whole_years_sum_in_any_tense_is_no_toll(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert find_casualties(doc) == [] and find_perpetrator_casualties(doc) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb on a train killed 32 people during the evening rush.", [("killed", 32, 32)]),
    ("Gunmen killed 14 people in Bannu on Monday, in the deadliest attack of the year.", [("killed", 14, 14)]),
])
def test_an_acts_own_toll_beside_a_time_of_day_or_the_year_stays(nlp: Language, text: str, expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a time in the year, not the year's sum
    ("A suicide bomber killed 21 people at a fair in Multan on Monday, during the year's biggest festival.",
     [("killed", 21, 21)]),
    ("A bomb killed 9 mourners during that year's Ashura procession in Multan.", [("killed", 9, 9)]),
    ("A bomb killed 9 people in Multan on Monday during the year-end celebrations.", [("killed", 9, 9)]),
    # the year counts the attack among others, not the figure
    ("A bomb killed 9 shoppers at a bazaar in Multan on Monday, the second attack on the bazaar over the year.",
     [("killed", 9, 9)]),
])
def test_a_time_in_the_year_or_an_attack_counted_in_it_keeps_the_toll(nlp: Language, text: str,
                                                                       expected: list) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


def test_a_years_sum_over_the_year_is_still_no_toll(nlp: Language) -> None:
    """Near miss: the whole year's sum stays no toll."""
    assert find_casualties(nlp("Attacks in the province killed 410 civilians over the year.")) == []
