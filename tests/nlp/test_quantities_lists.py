"""Counts of victims listed one by one, attackers named with an aside, and captives killed later, on
sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import read_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a named victim of an active verb and his own people coordinated with him
        ("Gunmen shot and killed Nwachukwu and his nephew near the farm in Enugu.", 2),
        ("Gunmen shot and killed Emeka Obiora, a community leader, and his son in Awka.", 2),
        # single persons listed before a counted group
        ("The farmer and his two sons were killed in the raid.", 3),
        ("The magistrate, his wife, and his two daughters were killed when gunmen opened fire.", 4),
        ("Okonkwo, a local chief, and his two sons were killed in the attack.", 3),
        # 'both' with a plural person noun is two
        ("Both watchmen and a cook were killed in the night raid.", 3),
        # a name coordinated with one more person
        ("Police said Kamau and a policeman were killed in the ambush near Garissa.", 2),
    ],
)
def test_people_listed_one_by_one_are_counted(nlp: Language, text: str, killed: int) -> None:
    victims, _ = counts(nlp, text)
    assert [n for kind, n in victims if kind == "killed"] == [killed]


def test_both_with_an_attacker_counts_the_attacker_apart(nlp: Language) -> None:
    victims, perps = counts(nlp, "Gunmen stormed the bank. Both guards and a gunman were killed.")
    assert victims == [("killed", 2)]
    assert perps == [("killed", 1)]


def test_including_a_phrase_of_attackers_keeps_whatever_it_does_not_count(nlp: Language) -> None:
    victims, perps = counts(nlp, "Six people were killed, including four gunmen, and two soldiers "
                                  "and an unknown number of gunmen were wounded.")
    assert victims == [("killed", 6), ("injured", 2)]
    assert perps == [("killed", 4), ("injured", None)]


@pytest.mark.parametrize(
    "text",
    [
        "A bomber struck the market. The bomber (Ahmad Wali) was killed in the blast.",
        "A bomber struck the market. The bomber, who had arrived on a bicycle, was killed when his vest went off.",
        "The attacker, a former soldier, was shot dead by police.",
        # a lone attacker who died
        "The bomber, who had walked in through the market gate, died when his explosives went off.",
        "The gunman also died in the exchange of fire near the mosque.",
    ],
)
def test_a_lone_attacker_with_an_aside_is_one_perpetrator_killed(nlp: Language, text: str) -> None:
    victims, perps = counts(nlp, text)
    assert perps == [("killed", 1)]
    assert victims == []


def test_an_aside_after_an_attacker_not_killed_is_no_casualty(nlp: Language) -> None:
    assert counts(nlp, "The gunman, who fled on foot, was arrested later.") == ([], [])


def test_a_lone_attacker_whose_kin_died_is_no_perpetrator_killed(nlp: Language) -> None:
    assert counts(nlp, "The bomber's brother died in a drone strike in 2019.")[1] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Bandits kidnapped four herders near Gusau on Monday. The hostages were shot and killed on Wednesday.", [4]),
        ("Armed men kidnapped three traders on the highway. The traders were beheaded a day later.", [3]),
        ("Militants seized two students from a hostel. Both boys were found shot dead at dawn.", [2]),
        # two groups taken: which one died is unknown
        ("Gunmen abducted two students and three teachers. The hostages were killed.", []),
        # taken but not killed
        ("Gunmen abducted four farmers near Gusau. The farmers were released a week later.", []),
        # people attacked, then killed under a definite plural, killed after a first passive
        ("Gunmen ambushed a teacher and her three pupils near Kumba. The victims were stabbed before being "
         "burned to death.", [4]),
        ("Gunmen attacked four traders on the road to Kaduna. The traders were robbed before being shot dead.", [4]),
        # a figure of dead before them: the plural is no new count
        ("Gunmen attacked a farmer and his wife near Jos, killing the farmer. The victims were later shot and "
         "killed.", [1]),
        ("Gunmen attacked a farmer and his wife near Jos. The victims were taken to hospital.", []),
    ],
)
def test_captives_killed_later_take_the_count_of_those_taken(nlp: Language, text: str, killed: list[int]) -> None:
    victims, _ = counts(nlp, text)
    assert [n for kind, n in victims if kind == "killed"] == killed


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Three men beat two students outside a bar in Leeds. The victims were injured and taken to hospital.", [2]),
        ("Gunmen ambushed four traders on the road to Kaduna. The traders were wounded.", [4]),
        ("Bandits kidnapped three herders near Gusau. The hostages were beaten and injured.", [3]),
        # the hurt were counted before: the plural restates them
        ("Gunmen shot two farmers near Jos. The victims were wounded.", [2]),
        # two groups taken: which one was hurt is unknown
        ("Gunmen abducted two students and three teachers. The hostages were hurt.", []),
    ],
)
def test_people_taken_or_attacked_then_hurt_under_a_definite_plural(
        nlp: Language, text: str, injured: list[int]) -> None:
    victims, _ = counts(nlp, text)
    assert [n for kind, n in victims if kind == "injured"] == injured
    assert [kind for kind, _ in victims if kind == "killed"] == []


def test_one_taken_found_deceased_is_killed(nlp: Language) -> None:
    text = "Bandits abducted a farmer in Kaduna on Monday. He was found deceased on Wednesday."
    assert counts(nlp, text) == ([("killed", 1)], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cleric and two others were injured when the bomb under his car went off.", 3),
        ("The driver and three more were wounded by the blast near the depot.", 4),
    ],
)
def test_a_person_before_n_others_is_counted_once(nlp: Language, text: str, expected: int) -> None:
    # "and N others" already adds the person before it; listing him as a single person would add him twice
    victims, _ = counts(nlp, text)
    assert {kind for kind, _ in victims} == {"injured"} and sum(n or 0 for _, n in victims) == expected


def test_a_name_and_one_more_person_injured_are_two(nlp: Language) -> None:
    text = "Wanjiru and a neighbour were wounded when gunmen stormed the house in Nakuru."
    assert counts(nlp, text) == ([("injured", 2)], [])


def test_a_passive_after_before_being_fells_the_person(nlp: Language) -> None:
    assert counts(nlp, "Mutua was abducted from his home on Monday before being shot dead.") == ([("killed", 1)], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with its apposition counts once, before each counted group of the list
        ("Musa Danladi, the local council chairman, three policemen, and a cook were wounded when the bomb "
         "went off.", 5),
        ("Adeyemi, the traditional ruler and former customs officer of the district, four aides, one taxi "
         "driver, and two hawkers were wounded in the explosion.", 8),
        ("Gunmen killed Ibrahim Gana, the ward head, two farmers and a herder near Biu.", 4),
        ("Nwosu, the parish priest, and three worshippers were wounded when the grenade exploded.", 4),
        # an indefinite apposition is a figure of its own and still one person
        ("Nwosu, a parish priest, two worshippers, and a choir member were wounded when the grenade exploded.", 4),
        # a place before the list sets the scene; its apposition is no name's
        ("In Kaduna, the governor, two aides and a driver were wounded by the blast.", 4),
    ],
)
def test_a_name_with_an_apposition_leads_a_list_of_groups(nlp: Language, text: str, expected: int) -> None:
    victims, _ = counts(nlp, text)
    assert [n for _, n in victims] == [expected]


def test_a_surname_read_as_an_adjective_is_still_a_person(nlp: Language) -> None:
    # the tagger reads an unfamiliar surname at the head of a sentence as an adjective
    assert counts(nlp, "Oduor and a cousin were hacked to death near the border on Sunday.") == (
        [("killed", 2)], [])


def test_the_words_before_a_name_do_not_hide_the_killing_verb(nlp: Language) -> None:
    text = "The explosion killed Kismayo trader Abdi Warsame and a taxi driver."
    assert counts(nlp, text)[0] == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "victims", "perps"),
    [
        ("Police said a sergeant was wounded and died hours later in hospital.", [("killed", 1)], []),
        ("A man opened fire on shoppers in a mall in Graz. The gunman was injured and later succumbed to his "
         "wounds.", [], [("killed", 1)]),
    ],
)
def test_wounded_and_then_died_is_killed(nlp: Language, text: str, victims: list[tuple[str, int]],
                                         perps: list[tuple[str, int]]) -> None:
    assert counts(nlp, text) == (victims, perps)


def test_a_toll_restated_with_the_attacker_is_neither_summed_nor_lost() -> None:
    from counterclaim import analyze

    text = ("A suicide bomber blew himself up at a police post in Zabul, killing four policemen. Four policemen "
            "and the bomber were killed.")
    [incident] = analyze(text).incidents
    assert incident.killed is not None and incident.killed.min == 4 and not incident.killed.includes_perpetrators
    assert incident.perpetrators_killed is not None and incident.perpetrators_killed.min == 1


@pytest.mark.parametrize(
    ("text", "injured", "killed"),
    [
        # a bare number after the injured, whose death came later, is a share of them
        ("A bomb hit a bus in Quetta on Monday. Seven passengers were hurt and two later died.", 5, 2),
        ("Gunmen raided a mine near Jos on Monday. Four miners were wounded. One died in hospital on Friday.", 3, 1),
        # more dead than injured is no share: each count stands
        ("A bomb hit a bus in Quetta on Monday. Two people were wounded and four later died.", 2, 4),
    ],
)
def test_a_bare_number_who_died_later_is_a_share_of_the_injured(text: str, injured: int, killed: int) -> None:
    from counterclaim import analyze

    [incident] = analyze(text).incidents
    assert incident.injured is not None and incident.injured.min == injured
    assert incident.killed is not None and incident.killed.min == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the taking verb joined to the killing in one passive
        ("Farouk Danjuma, the ward councillor, his driver and two aides were kidnapped and killed near Bida.", 4),
        ("Five herders were abducted and subsequently executed by the militia.", 5),
        ("One of the captives was tortured and later killed.", 1),
        # the people taken are the object of the killing's "them"
        ("Bandits seized Ibrahim Sule, a school principal, three of his pupils and a cook, and killed them.", 5),
        ("The militia abducted six fishermen near the lake and shot them dead.", 6),
    ],
)
def test_people_taken_and_killed_are_the_dead(nlp: Language, text: str, killed: int) -> None:
    assert counts(nlp, text)[0] == [("killed", killed)]


def test_people_taken_with_no_killing_are_no_dead(nlp: Language) -> None:
    # the taking verb alone, with no killing joined to it, counts no dead
    assert counts(nlp, "The militia abducted six fishermen near the lake on Monday.")[0] == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Armed men kidnapped a pharmacist, Tunde Bakare, in Ibadan on Friday. He was found dead on Sunday.",
         "He was found dead"),
        ("Kidnappers seized a nurse in Kaduna on Monday. Her body was dumped near a bridge two days later.",
         "Her body was dumped"),
        ("Gunmen abducted a mechanic in Aba on Monday. Villagers later found his body in a farm.",
         "found his body"),
        ("Gunmen ambushed a cleric on his way home in Zaria, killing him.", "killing him"),
        ("Okeke was found dead in a forest two days after gunmen kidnapped him in Awka.", "Okeke was found dead"),
    ],
)
def test_one_person_found_dead_or_killed_by_pronoun_is_one_dead(nlp: Language, text: str, evidence: str) -> None:
    victims, _ = read_casualties(nlp(text))
    assert [(m.kind, m.casualties.min, m.casualties.evidence.text) for m in victims] == [("killed", 1, evidence)]


@pytest.mark.parametrize(
    "text",
    [
        # the dead counted already: the pronoun restates them
        "Gunmen shot dead a pharmacist in Ibadan on Friday. His body was found near his shop.",
        # the one found dead is the attacker
        "A gunman opened fire on worshippers in Jos. He was later found dead.",
        # the one the forces shot is the attacker, told by a pronoun object
        "A knifeman wounded a cashier at a supermarket in Mombasa on Tuesday before police shot him dead.",
        "A knifeman injured two shoppers at a market in Kisumu on Friday before soldiers shot him dead.",
    ],
)
def test_a_pronoun_found_dead_adds_no_victim_after_the_dead_or_of_an_attacker(nlp: Language, text: str) -> None:
    victims, _ = read_casualties(nlp(text))
    expected = [("killed", 1, "a pharmacist")] if text.startswith("Gunmen") else []
    assert [(m.kind, m.casualties.min, m.casualties.evidence.text) for m in victims if m.kind == "killed"] == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Troops recovered the bodies of five kidnapped loggers in a forest near Kindu.", 5),
        ("Herders found the bodies of two boys with stab wounds near a stream in Makurdi.", 2),
    ],
)
def test_the_bodies_found_are_the_dead(nlp: Language, text: str, killed: int) -> None:
    assert counts(nlp, text)[0] == [("killed", killed)]


def test_a_find_of_bodies_that_shows_a_killing_is_an_incident() -> None:
    from counterclaim import analyze

    text = "Soldiers found the bodies of four kidnapped loggers in a gully outside Kindu on Saturday."
    [incident] = analyze(text).incidents
    assert incident.killed is not None and incident.killed.min == 4
    assert incident.location is not None and incident.location.name == "Kindu"
    assert not analyze("The bodies of three migrants were found in the desert near Agadez on Monday.").incidents


def test_a_captive_killed_later_belongs_to_the_kidnapping() -> None:
    from counterclaim import analyze

    text = ("Militants kidnapped five road workers near Ghazni on Tuesday. One of the captives was beaten and "
            "later killed on May 9.")
    [incident] = analyze(text).incidents
    assert incident.killed is not None and incident.killed.min == 1


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people died, including three attackers and a nurse, and nine others were hurt in the raid.",
        # no comma closes the aside: the verb after it is the next group's, not the attackers'
        "Twelve people died, including three attackers and nine villagers were hurt in the raid.",
    ],
)
def test_attackers_listed_after_including_take_the_kind_of_the_total(nlp: Language, text: str) -> None:
    victims, perps = counts(nlp, text)
    assert victims == [("killed", 12), ("injured", 9)]
    assert perps == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "victims", "perps"),
    [
        # "others" right after attackers are more attackers
        ("Eleven raiders were shot dead, and four others were hurt as they fled into the hills.", [],
         [("killed", 11), ("injured", 4)]),
        ("Nine gunmen died and two others were hurt, the army said.", [], [("killed", 9), ("injured", 2)]),
        # after soldiers, the others are more victims
        ("Three soldiers were shot dead, and four others were hurt as they fled into the hills.",
         [("killed", 3), ("injured", 4)], []),
        # after both, which the others are is unknown: left with the victims, as before
        ("Three soldiers and eleven raiders died and four others were hurt, the army said.",
         [("killed", 3), ("injured", 4)], [("killed", 11)]),
    ],
)
def test_others_after_attackers_are_attackers(nlp: Language, text: str, victims: list, perps: list) -> None:
    assert counts(nlp, text) == (victims, perps)
