"""Incident building end to end, on short articles written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim._spans import iter_spans

TWO_TOWNS = (
    "Gunmen kill 12 in attack on police post in northern Nigeria\n\n"
    "Gunmen stormed a police post in Gusau on Tuesday, killing 12 officers, police said.\n\n"
    "The attackers set fire to two patrol vehicles before fleeing, a police spokesman said.\n\n"
    "In a separate attack last year, militants killed 30 villagers in Maiduguri, some 600 km away."
)

SPORT = (
    "Clarke shoots a 62 to take the lead in Florida\n\n"
    "Darren Clarke attacked the pins all day and shot a 62 on Sunday to win by two strokes. "
    "His rivals fired back on the final nine but the Northern Irishman held on for the title."
)

VAGUE_HISTORY = (
    "Suicide bomber kills 9 at checkpoint in Mogadishu\n\n"
    "A suicide bomber blew himself up at a checkpoint in Mogadishu on Monday, killing nine people, "
    "officials said. The group has suffered setbacks in Syria and elsewhere in recent years."
)


def test_sport_article_has_no_incident():
    assert analyze(SPORT, published="2020-11-02").incidents == []


def test_two_places_two_incidents_and_grounded_spans():
    result = analyze(TWO_TOWNS, published="2024-05-10")
    assert len(result.incidents) == 2
    main, other = result.incidents
    assert main.location is not None and main.location.name == "Gusau"
    assert main.location.country_code == "NG"
    assert other.location is not None and other.location.name == "Maiduguri"
    for span in iter_spans(result.to_json_dict()):
        assert TWO_TOWNS[span["start"] : span["end"]] == span["text"]


def test_vague_background_is_not_an_incident():
    result = analyze(VAGUE_HISTORY, published="2024-05-10")
    assert len(result.incidents) == 1
    assert result.incidents[0].location.name == "Mogadishu"


@pytest.mark.parametrize("published", [None, "2024-05-10"])
def test_no_date_is_invented(published):
    text = "Bomb blast kills five at a market in Peshawar\n\nA bomb exploded at a busy market in Peshawar."
    incident = analyze(text, published=published).incidents[0]
    assert incident.date.value is None
    assert incident.date.evidence is None


def test_analyst_style_summary_is_an_incident():
    text = "Assailants torched a mobile phone mast in Durban, South Africa. Nobody was hurt."
    incidents = analyze(text).incidents
    assert len(incidents) == 1
    assert incidents[0].location is not None and incidents[0].location.country_code == "ZA"


def test_a_warning_of_a_future_attack_is_not_an_incident():
    text = (
        "Embassy warns of possible attack in Nairobi\n\n"
        "The US embassy warned on Monday that militants may be planning an attack on hotels in Nairobi "
        "and urged citizens to avoid crowded places."
    )
    assert analyze(text, published="2024-05-10").incidents == []


def test_an_earlier_attack_named_with_its_own_date_is_separate():
    text = (
        "Gunmen kill six at a bar in Kumasi\n\n"
        "Gunmen opened fire at a bar in Kumasi on Saturday, killing six people, police said.\n\n"
        "In March 2019, a bomb blast at a market in Tamale killed 11 people."
    )
    incidents = analyze(text, published="2024-05-13").incidents
    assert [i.location.name for i in incidents] == ["Kumasi", "Tamale"]
    assert incidents[0].killed is not None and incidents[0].killed.min == 6
    assert incidents[0].date.value is not None and incidents[0].date.value.isoformat() == "2024-05-11"


def test_worked_example_crocus_city_hall():
    """The brief's worked example, on our own retelling in examples/."""
    from pathlib import Path

    text = (Path(__file__).parents[2] / "examples" / "crocus_city_hall.txt").read_text(encoding="utf-8")
    result = analyze(text)
    assert len(result.incidents) == 1
    incident = result.incidents[0]
    assert incident.location.name == "Krasnogorsk" and incident.location.country_code == "RU"
    assert incident.killed.qualifier == "over" and incident.killed.min == 131 and incident.killed.max is None
    assert "Armed Assault" in [lab.label for lab in incident.attack_types]
    # "firearms, knives, firebombs": each weapon the text names, the knives a paragraph after the lead
    assert {"Firearms", "Melee", "Incendiary"} <= {lab.label for lab in incident.weapon_types}
    status = {p.actor: p.status for p in incident.perpetrators}
    assert status["Islamic State Khorasan Province"] in {"claimed", "corroborated"}
    assert status["Ukraine"] == "contested"
    russia = [c for c in result.claims if c.source.affiliation == "Russia" and c.kind == "responsibility"]
    assert russia and all(c.hedged and c.subject.actor == "Ukraine" for c in russia)
    deniers = {c.source.affiliation for c in result.claims if c.polarity == "deny" and c.subject.actor == "Ukraine"}
    assert deniers == {"Ukraine", "United States"}


def test_perpetrators_deaths_are_their_own_figure():
    text = (
        "Militants stormed an army outpost near Bama, Nigeria, on Sunday. Five soldiers and seven militants "
        "were killed in the ensuing gun battle, and two soldiers were wounded."
    )
    [incident] = analyze(text).incidents
    assert incident.killed is not None and incident.killed.min == 5 and not incident.killed.includes_perpetrators
    assert incident.perpetrators_killed is not None and incident.perpetrators_killed.min == 7
    assert incident.perpetrators_killed.evidence.text == "seven militants"
    assert incident.injured is not None and incident.injured.min == 2 and incident.perpetrators_injured is None


def test_sources_attributing_the_attack_name_the_perpetrator():
    text = (
        "Soldiers found and defused three roadside bombs near Spin Boldak, Kandahar, Afghanistan. Nobody said "
        "it had planted them; local sources attributed the planned attack to the Taliban."
    )
    [incident] = analyze(text).incidents
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("Taliban", "alleged")]


def test_the_place_attacked_is_the_incident_place():
    text = "Gunmen attacked Gwoza, Borno, Nigeria, on Tuesday night, killing four farmers."
    [incident] = analyze(text).incidents
    assert incident.location is not None and incident.location.name == "Gwoza"


def test_a_faction_of_a_group_named_as_the_doer():
    text = (
        "Gunmen raided a police post in Tumaco, Narino, Colombia, killing two officers. Nobody has said it carried "
        "out the raid; local sources attributed the raid to the Western Front of the National Liberation Army (ELN)."
    )
    [incident] = analyze(text).incidents
    assert [p.actor for p in incident.perpetrators] == ["ELN"]


TWO_RAIDS = (
    "Eleven killed in two raids in central Mali\n\n"
    "Eleven people have been killed in two separate raids in central Mali, local officials said on Tuesday.\n\n"
    "Gunmen on motorbikes killed seven villagers in Bankass late on Sunday, a local official said.\n\n"
    "In a separate attack, four herders were shot dead near the town of Djenne, a security source said."
)


def test_a_toll_over_several_attacks_is_no_single_incidents_toll():
    incidents = analyze(TWO_RAIDS).incidents
    tolls = sorted(i.killed.stated for i in incidents if i.killed is not None)
    assert len(incidents) == 2
    assert tolls == [4, 7]


def test_a_toll_over_several_attacks_stays_when_they_are_read_as_one_incident():
    text = "Militants killed 11 people in two raids on villages in central Mali on Sunday, officials said."
    (incident,) = analyze(text).incidents
    assert incident.killed is not None and incident.killed.stated == 11


def test_a_dateline_sentence_dates_the_incident_after_it():
    text = (
        "03/09/2022: A bomb hidden in a handcart went off beside a police patrol in Kunduz, Afghanistan. "
        "Two officers died of their wounds."
    )
    (incident,) = analyze(text).incidents
    assert incident.date.value is not None and incident.date.value.isoformat() == "2022-03-09"
    assert incident.date.evidence is not None and incident.date.evidence.text == "03/09/2022"


def test_the_towns_a_road_joins_are_not_the_incident_place():
    text = (
        "Insurgents ambushed a fuel convoy on the Herat-Islam Qala road near Ghoryan, Herat, Afghanistan, "
        "on Monday, killing two drivers."
    )
    (incident,) = analyze(text).incidents
    assert incident.location is not None and incident.location.name not in {"Herat", "Islam Qala"}
    assert incident.location.country_code == "AF"


def test_a_district_before_its_city_is_the_more_specific_place():
    text = "Gunmen shot dead a local official in Sheikh Othman district, Aden, Yemen, on Monday."
    (incident,) = analyze(text).incidents
    assert incident.location is not None and incident.location.name == "Sheikh Othman"


def test_a_surname_used_alone_is_not_a_town():
    text = (
        "Gunmen seized Colonel Ibrahim Harad outside his office in Aden, Yemen, on Tuesday. "
        "Harad was killed that evening, police said."
    )
    incidents = analyze(text).incidents
    assert [i.location.name for i in incidents if i.location] == ["Aden"]


def test_a_quarter_named_before_its_city_gives_way_to_the_city():
    text = "Assailants set fire to two cars in Kreuzberg, Berlin city, Germany, overnight. Nobody was hurt."
    (incident,) = analyze(text).incidents
    assert incident.location is not None and incident.location.name == "Berlin"


def test_a_conflicts_running_toll_is_no_incident():
    text = (
        "Kidnappers freed the mayor of Tame on Friday, a week after he was seized by gunmen at his home, "
        "the army said.\n\n"
        "Negotiators met again last year, hoping to end the country's six-decade insurgency, which has "
        "killed at least 220,000 people."
    )
    incidents = analyze(text).incidents
    assert len(incidents) == 1
    assert incidents[0].killed is None


def test_a_joint_toll_is_not_the_toll_of_one_of_several_related_attacks():
    text = (
        "Militants attacked a police checkpoint in Jurm, Badakhshan, Afghanistan, on Tuesday. This was one of "
        "two related attacks on checkpoints in the district that night. Five policemen and three militants "
        "were killed across both attacks, officials said."
    )
    (incident,) = analyze(text).incidents
    assert incident.killed is None and incident.perpetrators_killed is None


def test_the_own_toll_of_one_of_several_related_attacks_stays():
    text = (
        "Gunmen on motorbikes stormed the hamlet of Darey, Tillaberi, Niger, on Saturday. Forty villagers "
        "were killed in the raid. It was one of two related attacks on villages that day."
    )
    (incident,) = analyze(text).incidents
    assert incident.killed is not None and incident.killed.stated == 40


def test_a_place_qualifying_an_office_does_not_split_the_incident():
    text = (
        "A car bomb hit the vehicle of Abdirahman Ali Nur in Kismayo, Lower Juba, Somalia, on Saturday. "
        "Nur, a deputy in the Jubaland regional parliament, was killed instantly."
    )
    (incident,) = analyze(text).incidents
    assert incident.location is not None and incident.location.name == "Kismayo"
    assert incident.killed is not None and incident.killed.stated == 1


def test_suspected_involvement_names_an_alleged_perpetrator():
    text = (
        "Gunmen shot dead four farmers in Konduga, Borno state, Nigeria, on Wednesday. No one admitted the "
        "attack; local reports suspected the involvement of Boko Haram."
    )
    (incident,) = analyze(text).incidents
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("Boko Haram", "alleged")]


def test_a_role_of_a_group_elsewhere_is_no_allegation():
    text = "Gunmen killed five villagers in Borno on Sunday. The role of the army was criticised by Boko Haram."
    (incident,) = analyze(text).incidents
    assert incident.perpetrators == []


def test_a_city_where_security_was_raised_does_not_split_the_attack():
    text = (
        "Police in Nigeria raised security in Abuja after an attack on a military barracks in the north-east, "
        "an official said on Saturday.\n\n"
        "Six soldiers were killed and ten wounded in the assault on the barracks in Monguno town in Borno "
        "state on Friday."
    )
    incidents = analyze(text).incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 6


SPLITS_AND_JOINS = {
    # a backer ("Iran-backed") and a flag ("Liberia-flagged") are not where the attack happened
    "backer-and-flag-join": (
        "Missile strike kills three sailors off Yemen\n\n"
        "A missile fired by the Iran-backed Houthi movement killed three sailors aboard a Liberia-flagged "
        "freighter in the Gulf of Aden, officials said.",
        1, 0, "killed", 3,
    ),
    # the same toll joins a town the gazetteer cannot place to the incident it repeats
    "same-toll-joins": (
        "A bomb exploded near a market in Maiduguri on Sunday, killing seven people.\n\n"
        "Seven people were killed and nine wounded in the bombing of a checkpoint in Dalori village in Borno "
        "state, just outside the city, the army said.",
        1, 0, "injured", 9,
    ),
    # one attack "this year" is an incident, not a running total
    "one-attack-this-year": (
        "Gunmen killed four guards at a mine in Kidal, Mali, on Tuesday, officials said.\n\n"
        "The army stepped up patrols this year after a suicide bomber struck a crowded bus station in Gao "
        "in March, killing 17 people.",
        2, 1, "killed", 17,
    ),
}


@pytest.mark.parametrize(("text", "n", "which", "field", "stated"), SPLITS_AND_JOINS.values(), ids=SPLITS_AND_JOINS)
def test_incidents_split_and_join_where_the_text_says(text, n, which, field, stated):
    incidents = analyze(text).incidents
    assert len(incidents) == n
    figure = getattr(incidents[which], field)
    assert figure is not None and figure.stated == stated


def test_who_condemned_the_attack_is_not_what_it_hit():
    text = (
        "A bomb hidden in a fruit cart exploded outside a bus station in Quetta on Monday, killing six "
        "passengers.\n\n"
        "The provincial government and the interior ministry condemned the bombing in a joint statement.\n\n"
        "President Alvi also condemned the attack."
    )
    (incident,) = analyze(text).incidents
    targets = [label.label for label in incident.target_types]
    assert "Transportation" in targets
    assert "Government (General)" not in targets


def test_the_dateline_and_the_statements_do_not_date_a_kidnapping():
    text = (
        "QUITO, Mar 10 — A spokesman for the rebel group said on Thursday it would release a local mayor, days "
        "after seizing him in the north of the country.\n\n"
        "The mayor and his driver were taken by armed men as they drove through Sucumbios province on Sunday. "
        "The driver was freed the same night.\n\n"
        "The interior ministry blamed the rebels for the abduction late on Thursday."
    )
    (incident,) = analyze(text, published="2023-03-10").incidents
    assert incident.date.value is not None and incident.date.value.isoformat() == "2023-03-05"
    assert incident.location is not None and incident.location.name == "Sucumbios"


def test_a_capital_reacting_to_an_earlier_attack_is_not_where_it_happened():
    text = (
        "A car bomb exploded outside a hotel in Mogadishu, Somalia, on Saturday, killing 12 people, police said.\n\n"
        "Two weeks ago, eight Ugandan peacekeepers were killed in an ambush on a supply convoy, prompting Kampala "
        "to review its deployment."
    )
    main, earlier = analyze(text).incidents
    assert earlier.killed is not None and earlier.killed.stated == 8
    assert earlier.location is not None and earlier.location.country_code == "SO"


def test_a_group_named_on_the_attack_noun_is_its_alleged_doer():
    text = "Gunmen shot dead four miners near Gao, Mali, on Monday, in what officials believed was a JNIM attack."
    (incident,) = analyze(text).incidents
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("JNIM", "alleged")]


def test_the_base_attacked_names_no_doer():
    text = (
        "Suicide bombers struck a checkpoint in Mogadishu, killing nine. Officials said an attack on an AMISOM base "
        "earlier in the week had also killed two."
    )
    assert all(not i.perpetrators for i in analyze(text).incidents)


def test_who_told_the_story_is_not_whom_the_attack_hit():
    text = (
        "A district government official said gunmen shot dead three shepherds in the hills above Baidoa, Somalia, "
        "on Tuesday."
    )
    (incident,) = analyze(text).incidents
    assert "Government (General)" not in [label.label for label in incident.target_types]


def test_background_naming_neighbours_does_not_absorb_an_attack_next_door():
    text = (
        "Jihadists killed 17 soldiers in an ambush in western Niger, the defence ministry said.\n\n"
        "Militants loyal to the group have long operated along the porous frontier where Niger, Mali and Burkina "
        "Faso meet.\n\n"
        "Gunmen killed at least 12 worshippers in attacks on two mosques in neighbouring Mali."
    )
    incidents = analyze(text).incidents
    assert [(i.location.country_code, i.killed.stated) for i in incidents] == [("NE", 17), ("ML", 12)]


def test_body_figure_keeps_the_qualifier_its_headline_dropped():
    text = (
        "Nine police officers wounded in grenade attack in Mindanao\n\n"
        "At least nine police officers were wounded when assailants hurled a grenade at a patrol base "
        "in Cotabato City on Friday night, a regional spokesman said."
    )
    (incident,) = analyze(text, published="2023-02-11").incidents
    assert incident.injured is not None
    assert (incident.injured.qualifier, incident.injured.min, incident.injured.max) == ("at least", 9, None)
    assert incident.injured.evidence.text.startswith("At least nine")


def test_a_groups_patron_is_not_an_alleged_doer():
    text = (
        "Gunmen killed 14 villagers in a raid near Menaka in eastern Mali on Saturday, local officials said. "
        "Nobody has claimed the raid, but the area is a stronghold of the Macina Liberation Front, which is "
        "linked to al Qaeda."
    )
    (incident,) = analyze(text, published="2024-08-12").incidents
    assert [p.actor for p in incident.perpetrators] == []


def test_an_attack_linked_to_a_group_names_an_alleged_doer():
    text = ("Gunmen killed 14 villagers in a raid near Menaka in eastern Mali on Saturday. "
            "Officials linked the raid to JNIM.")
    (incident,) = analyze(text, published="2024-08-12").incidents
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("JNIM", "alleged")]


def test_a_time_in_a_clause_about_the_victim_does_not_split_the_incident():
    text = (
        "Town councillor shot dead in Sinaloa\n\n"
        "A town councillor was shot dead on Tuesday as he left a restaurant in Culiacan, state prosecutors said.\n\n"
        "Maria Lopez, who joined the council less than a month ago, was attacked by two gunmen on a motorcycle. "
        "Her driver was wounded."
    )
    (incident,) = analyze(text, published="2025-03-14").incidents
    assert str(incident.date.value) == "2025-03-11"
    assert incident.killed is not None and incident.killed.min == 1
    assert incident.injured is not None and incident.injured.min == 1


def test_an_article_announcing_two_attacks_keeps_them_apart_and_their_joint_toll_out():
    text = (
        "Two attacks in northern Mali kill at least 31\n\n"
        "Gunmen killed 19 soldiers in an ambush near Gao on Saturday, military sources said.\n\n"
        "On Sunday, a minibus carrying market traders struck a landmine outside Gao, killing 12 passengers "
        "and wounding nine, a local official said."
    )
    first, second = analyze(text, published="2024-11-05").incidents
    assert first.killed is not None and first.killed.min == 19
    assert second.killed is not None and second.killed.min == 12
    assert (str(first.date.value), str(second.date.value)) == ("2024-11-02", "2024-11-03")


def test_one_of_several_related_attacks_is_no_announcement():
    from counterclaim.incidents.segment import announces_several_attacks
    from counterclaim.nlp.pipeline import parse

    assert not announces_several_attacks(parse("Gunmen raided a farm; the raid was one of two related attacks."))
    assert announces_several_attacks(parse("Twin blasts hit Gao and Menaka\n\nTwo bombs went off on Monday."))


@pytest.mark.parametrize(("sentence", "place"), [
    ("A gunman opened fire outside a cinema in the Paris suburb of Saint-Denis on Friday, killing three people.",
     "Saint-Denis"),
    ("A car bomb tore through a market in the Baghdad district of Karrada on Monday, killing 12 people.", "Karrada"),
])
def test_the_place_a_city_qualifies_is_where_it_happened(sentence, place):
    (incident,) = analyze(sentence, published="2024-01-10").incidents
    assert incident.location is not None and incident.location.name == place


@pytest.mark.parametrize("text", [
    "Gunmen killed three farmers near Jos, police said on Friday.",
    "JOS, Nigeria, March 8 (Reuters) - Gunmen killed three farmers near the city, police said.",
    "A militant group claimed responsibility on Friday for an ambush near Jos that killed three farmers.",
    "The rebels denied involvement on Friday in a raid near Jos in which gunmen killed three farmers.",
])
def test_the_date_of_a_statement_or_a_dateline_is_not_the_incidents(text):
    (incident,) = analyze(text, published="2024-03-09").incidents
    assert incident.date.value is None


def test_the_incidents_own_date_beside_a_statement_date():
    text = "Gunmen killed three farmers near Jos on Wednesday, police said on Friday."
    (incident,) = analyze(text, published="2024-03-09").incidents
    assert str(incident.date.value) == "2024-03-06"


@pytest.mark.parametrize(
    ("text", "perpetrators"),
    [
        ("Government soldiers opened fire on protesters in Khartoum on Thursday, killing nine people.", ["Sudan"]),
        ("Sudanese soldiers shot dead four demonstrators outside the army headquarters in Khartoum.", ["Sudan"]),
        ("Gunmen attacked government soldiers at a checkpoint near Mopti on Thursday, killing nine.", []),
        ("Gunmen attacked a police post near Mopti on Thursday, killing two officers. "
         "Malian soldiers killed three militants in the ensuing clash.", []),
    ],
)
def test_state_forces_are_the_doer_only_when_they_attack(text, perpetrators):
    incident = analyze(text, published="2024-03-23").incidents[0]
    assert [p.actor for p in incident.perpetrators] == perpetrators
    assert all(p.status == "alleged" for p in incident.perpetrators)


def _toll(text: str, field: str = "killed") -> tuple:
    (incident,) = analyze(text, published="2024-06-03").incidents
    figure = getattr(incident, field)
    assert figure is not None
    assert text[figure.evidence.start : figure.evidence.end] == figure.evidence.text
    return figure.min, figure.max, figure.qualifier, figure.evidence.text


def test_separate_groups_in_separate_sentences_add_up():
    text = ("A truck bomb exploded at a border crossing near Tal Afar on Sunday. The bomb killed 12 guards at "
            "the gate. Four more died in hospital overnight, a local official said.")
    assert _toll(text) == (16, 16, "exact", "12 guards at the gate. Four more")
    text = ("Gunmen raided a tea stall in Bannu on Thursday. Three customers were wounded. Two policemen were "
            "also injured when they returned fire, police said.")
    assert _toll(text, "injured")[:3] == (5, 5, "exact")
    text = ("Militants stormed a school in Ngala on Monday, killing at least seven pupils. Another two teachers "
            "were killed as they tried to flee.")
    assert _toll(text)[:3] == (9, None, "at least")


def test_a_restated_or_partial_toll_is_not_added():
    text = ("A bomb went off in a bus station in Jos on Friday, killing eight people. The death toll rose to 11 "
            "on Saturday, hospital staff said.")
    assert _toll(text)[:3] == (11, 11, "exact")
    text = ("A bomb went off in a bus station in Jos on Friday, killing 11 people, including four students. "
            "Police said 11 people had died.")
    assert _toll(text)[:3] == (11, 11, "exact")


def test_a_headline_toll_is_not_added_to_the_body_groups():
    text = ("Bomb kills 16 at border crossing in Iraq\n\n"
            "A truck bomb exploded at a border crossing near Tal Afar on Sunday, killing 12 guards. Four more "
            "died in hospital overnight, a local official said.")
    assert _toll(text)[:3] == (16, 16, "exact")


@pytest.mark.parametrize("text", [
    "A grenade exploded at a rally in Mardan on Sunday, killing 15 people. Officials later lowered the death "
    "toll to four.",
    "A grenade exploded at a rally in Mardan on Sunday. Organisers said 15 people had been killed, but the toll "
    "was later revised down to four.",
    "A grenade exploded at a rally in Mardan on Sunday. Organisers said 15 people had been killed. Police "
    "later put the figure at four.",
])
def test_the_latest_revision_of_a_toll_wins_even_downwards(text):
    assert _toll(text)[:3] == (4, 4, "exact")


@pytest.mark.parametrize("text", [
    "A suicide bomber struck a livestock market in Ghazni on Saturday. Officials initially put the death toll "
    "at 19. By Sunday afternoon it had risen to 27.",
    "A suicide bomber struck a livestock market in Ghazni on Saturday. Provincial officials initially said 19 "
    "people had died, and by Sunday the toll had climbed to 27.",
    "A suicide bomber struck a livestock market in Ghazni on Saturday. First reports said 19 people were "
    "killed. The number of dead now stands at 27.",
    "A suicide bomber struck a livestock market in Ghazni on Saturday. The toll has risen to 27 from an "
    "initial 19.",
])
def test_an_updated_toll_wins_over_the_figure_it_updates(text):
    assert _toll(text)[:3] == (27, 27, "exact")


@pytest.mark.parametrize("text", [
    # an earlier report told after the current toll does not replace it
    "A suicide bomber struck a livestock market in Ghazni on Saturday, killing 27 people. Earlier reports had "
    "put the toll at 19.",
    # the current figure replaces an earlier report even when it is lower
    "A suicide bomber struck a livestock market in Ghazni on Saturday. Initial reports said 35 people were "
    "killed, but hospital staff later said 27 had died.",
])
def test_a_figure_marked_as_an_earlier_report_gives_way(text):
    assert _toll(text)[:3] == (27, 27, "exact")


@pytest.mark.parametrize(("text", "toll"), [
    ("Gunmen raided a farming village near Bokkos on Sunday. Officials initially said 12 people were killed. "
     "Three more died in hospital on Monday.", 15),
    # a part of the dead is no later report
    ("Gunmen raided a farming village near Bokkos on Sunday. Officials initially said 12 people were killed. "
     "Two of the dead were teenagers.", 12),
])
def test_more_dead_or_a_part_of_them_after_an_earlier_report(text, toll):
    assert _toll(text)[:3] == (toll, toll, "exact")


@pytest.mark.parametrize("text", [
    # "earlier" on the source's noun, the report in the past perfect
    "Gunmen attacked a church in Mbale on Sunday. Nine worshippers were killed, the regional police commander "
    "said on Monday. An earlier statement issued by the district police office had put the number of dead at 14.",
    "Gunmen attacked a church in Mbale on Sunday. Nine worshippers were killed, the regional police commander "
    "said on Monday. The army had said on Sunday that 14 people died.",
    # "earlier" after the report verb
    "Gunmen attacked a church in Mbale on Sunday, killing nine worshippers, hospital staff said. Police said "
    "earlier that 14 people were killed.",
])
def test_an_earlier_statement_told_after_the_current_toll_does_not_replace_it(text):
    assert _toll(text)[:3] == (9, 9, "exact")


def test_the_past_perfect_up_to_a_time_is_the_state_by_then_not_an_earlier_report():
    text = ("A bomb killed 22 people at a cattle market in Gombe on Sunday. By Monday evening, the health ministry "
            "had put the toll at 30.")
    assert _toll(text)[:3] == (30, 30, "exact")


def test_a_report_said_earlier_gives_way_to_a_later_lower_one():
    text = ("Gunmen attacked a church in Mbale on Sunday. Police said earlier that 14 people were killed. "
            "Hospital officials later said nine had died.")
    assert _toll(text)[:3] == (9, 9, "exact")


@pytest.mark.parametrize(("text", "toll"), [
    # a source's figure right after an earlier report is the current one, a lower one too
    ("A bomb tore through a cattle market in Gombe on Monday. Initial reports said 40 people were killed. "
     "Police said 32 died.", 32),
    ("A bomb tore through a cattle market in Gombe on Monday. First reports said 40 people were killed. "
     "According to the state police, 32 people died.", 32),
    # a part of the dead is no new toll, with a source or without
    ("A bomb tore through a cattle market in Gombe on Monday. Initial reports said 40 people were killed. "
     "Police said two of the dead were children.", 40),
    ("A bomb tore through a cattle market in Gombe on Monday. Initial reports said 40 people were killed. "
     "Ten traders were among the dead, police said.", 40),
])
def test_a_sourced_figure_replaces_an_initial_report(text, toll):
    assert _toll(text)[:3] == (toll, toll, "exact")


@pytest.mark.parametrize("text", [
    "Militants stormed a hotel in Kismayo on Friday, killing nine people, police said.\n\nEditor's note: an "
    "earlier version of this item gave the number of dead as 19.",
    "Militants stormed a hotel in Kismayo on Friday, killing nine people, police said.\n\nThis article has "
    "been corrected. A previous version misstated the death toll as 19.",
    "Militants stormed a hotel in Kismayo on Friday, killing nine people, police said.\n\nCorrection: This "
    "report incorrectly said that 19 people were killed in the attack.",
    # the figure the note gives as correct
    "Militants stormed a hotel in Kismayo on Friday.\n\nEditor's note: an earlier version of this item said "
    "19 guests were killed. Police said nine people died.",
])
def test_a_correction_notes_wrong_figure_is_no_toll(text):
    assert _toll(text)[:3] == (9, 9, "exact")


@pytest.mark.parametrize("text", [
    # the right figure without the earlier report's wording
    "Militants stormed a hotel in Kismayo on Friday, killing 19 people, police said.\n\nCorrection: Nine "
    "people were killed in the assault, not 19 as first reported.",
    "Militants stormed a hotel in Kismayo on Friday, killing 19 people, police said.\n\nNine people died in "
    "the assault, rather than the 19 that was reported earlier.",
    "Militants stormed a hotel in Kismayo on Friday, killing 19 people, police said.\n\nClarification: nine "
    "guests were killed in the assault.",
])
def test_a_corrections_right_figure_replaces_the_wrong_one(text):
    assert _toll(text)[:3] == (9, 9, "exact")


def test_a_part_of_the_dead_set_against_a_wrong_word_is_no_correction():
    text = ("Militants stormed a hotel in Kismayo on Friday, killing 19 people, police said. Nine of the dead "
            "were guests, not staff as first reported.")
    assert _toll(text)[:3] == (19, 19, "exact")


def test_more_dead_added_to_an_earlier_report_beat_the_headline():
    text = ("Gunmen kill 12 in raid on Bokkos village\n\nGunmen raided a farming village near Bokkos on Sunday. "
            "Officials initially said 12 people were killed. Three more died in hospital on Monday.")
    assert _toll(text)[:3] == (15, 15, "exact")


def test_a_mistaken_attack_is_no_mistaken_report():
    text = "Soldiers mistakenly fired on a wedding party in Helmand on Friday, killing 12 guests."
    assert _toll(text)[:3] == (12, 12, "exact")


@pytest.mark.parametrize("text", [
    # newest entry first: the entry with the latest time holds the current toll
    "21:45 - Hospital officials now say 31 people were killed in the blast at the bus terminal in Peshawar.\n\n"
    "19:10 - Rescue officials say the toll has climbed to 22.\n\n18:05 - A loud explosion was heard near the "
    "main bus terminal in Peshawar.",
    "Live: Blast at Peshawar bus terminal\n\n9.45pm - Hospital officials say 31 people were killed.\n\n"
    "7.10pm - Police say the toll from the bomb at the bus terminal in Peshawar has risen to 22.",
    # oldest entry first: reading order is the order of time
    "Live: Blast at Peshawar bus terminal\n\n18:05 - A bomb exploded at the main bus terminal in Peshawar, "
    "killing 22 people.\n\n21:45 - Hospital officials say the toll has risen to 31.",
])
def test_a_live_blogs_latest_entry_holds_the_toll(text):
    assert _toll(text)[:3] == (31, 31, "exact")


def test_a_source_that_now_gives_a_figure_replaces_one_before_it():
    text = ("A bomb exploded at a bus terminal in Peshawar on Monday, killing 22 people, police said. Hospital "
            "officials now say 19 people died.")
    assert _toll(text)[:3] == (19, 19, "exact")


def test_more_dead_that_explain_a_revised_toll_are_not_added_again():
    text = ("Toll in Herat market bombing rises to 22\n\n"
            "The death toll from Thursday's bombing of a market in Herat climbed to 22 on Saturday after three "
            "more of the wounded died in hospital, a health official said.")
    assert _toll(text)[:3] == (22, 22, "exact")


def test_a_toll_in_a_sentence_with_no_violence_of_its_own_revises_the_one_before():
    text = ("A mortar round hit a crowded bus stop in Aleppo on Tuesday, killing nine people, civil defence "
            "workers said. Among the dead were two brothers. Rescuers pulled two more bodies from the debris "
            "on Wednesday, bringing the toll to 11.")
    assert _toll(text)[:3] == (11, 11, "exact")


@pytest.mark.parametrize(
    "text",
    [
        "A man drove his car at soldiers guarding a checkpoint near Hebron. "
        "Troops at the post fired at the car and shot the man dead.",
        "A man tried to stab a police officer near Hebron. The officer shot and wounded the assailant.",
    ],
)
def test_state_forces_responding_to_an_attack_are_not_its_doer(text):
    assert analyze(text, published="2024-03-23").incidents[0].perpetrators == []


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Bandits shot dead two herders and wounded a teacher near Gusau on Sunday. "
     "The teacher later died of his wounds in hospital.", (3, 3), None),
    ("A bomb hidden in a cart exploded at a bus station in Jos on Friday, killing four people and wounding "
     "at least 12. Two of the injured later succumbed, police said.", (6, 6), (10, None)),
    ("A grenade thrown into a bar in Goma on Saturday wounded nine people, one of whom died the next day.",
     (1, 1), (8, 8)),
])
def test_the_injured_who_die_move_to_the_killed(text, killed, injured):
    (incident,) = analyze(text, published="2024-06-03").incidents
    assert (incident.killed.min, incident.killed.max) == killed
    assert injured is None and incident.injured is None or (incident.injured.min, incident.injured.max) == injured


@pytest.mark.parametrize(("text", "killed"), [
    ("Bandits killed four villagers in Gusau on Friday. On Saturday, three more people were killed in the "
     "same town.", (4, 4)),
    ("Bandits killed four villagers in Gusau on Friday. Three more people died of their wounds in hospital "
     "on Saturday.", (7, 7)),
    ("Bandits killed four villagers in Gusau on Friday. Three more people were also killed in the raid, a "
     "resident said.", (7, 7)),
])
def test_more_dead_on_another_day_are_not_added(text, killed):
    incident = analyze(text, published="2024-06-03").incidents[0]
    assert (incident.killed.min, incident.killed.max) == killed


def test_a_claim_repeated_about_two_incidents_is_linked_to_each():
    text = ("Islamic State says it carried out two bombings in Iraq\n\n"
            "A car bomb exploded in Kirkuk on Monday, killing seven people. Islamic State claimed "
            "responsibility for the Kirkuk bombing in a statement.\n\n"
            "On Tuesday, a roadside bomb hit an army patrol near Tikrit, killing three soldiers. Islamic State "
            "also claimed responsibility for the Tikrit attack.")
    result = analyze(text, published="2024-05-22")
    assert len(result.incidents) == 2
    for incident in result.incidents:
        assert [(p.actor, p.status) for p in incident.perpetrators] == [("Islamic State", "claimed")]
    assert [c.id for c in result.claims] == [f"c{n}" for n in range(1, len(result.claims) + 1)]
    for claim in result.claims:
        for span in (claim.evidence, claim.cue, *claim.also):
            assert text[span.start:span.end] == span.text


def test_a_claim_after_a_roundup_item_belongs_to_that_item():
    text = ("Deadly week across the Sahel\n\n"
            "Gunmen stormed a police post in Garissa, Kenya, on Monday, killing four officers.\n\n"
            "A suicide bomber blew himself up at a market in Maiduguri, Nigeria, on Wednesday, killing 12 people. "
            "Boko Haram claimed responsibility in a video on Thursday.")
    result = analyze(text, published="2024-05-24")
    by_place = {i.location.name: i for i in result.incidents if i.location}
    assert [p.actor for p in by_place["Maiduguri"].perpetrators] == ["Boko Haram"]
    assert by_place["Garissa"].perpetrators == []


def test_a_repeat_that_names_no_incident_stays_with_the_first_statement():
    text = ("Two attacks in Somalia\n\n"
            "A mortar shell hit a market in Baidoa on Monday, killing three people.\n\n"
            "Gunmen stormed a hotel in Kismayo on Tuesday, killing nine. Al-Shabaab claimed responsibility for "
            "the hotel siege.\n\n"
            "The group repeated its claim of responsibility on Thursday.")
    result = analyze(text, published="2024-05-22")
    by_place = {i.location.name: i for i in result.incidents if i.location}
    assert by_place["Baidoa"].perpetrators == []
    assert [p.actor for p in by_place["Kismayo"].perpetrators] == ["Al-Shabaab"]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A ranger from Kenya was killed when his truck hit a mine near Garissa on Tuesday. The wildlife service "
     "has been the most dangerous agency in the county, with more than 60 staff killed in hostile acts.",
     (1, 1), None),
    ("A bomb exploded at a bus stop in Jos on Friday, killing a vendor. Three passengers were wounded. They "
     "later died in hospital.", (4, 4), None),
    ("A drone hit a depot in Sumy on Friday. Two porters were wounded by shrapnel and a third suffered burns.",
     None, (3, 3)),
])
def test_the_incidents_own_toll_over_a_tally_and_the_injured_who_die(text, killed, injured):
    (incident,) = analyze(text, published="2024-06-03").incidents
    for figure, expected in ((incident.killed, killed), (incident.injured, injured)):
        assert expected is None and figure is None or (figure.min, figure.max) == expected


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two bus drivers were shot, one of them fatally, on Tuesday evening in Detroit.", (1, 1), (1, 1)),
    ("Three pilgrims were stabbed near a shrine in Karbala on Friday, two of them fatally.", (2, 2), (1, 1)),
    ("At least five people were shot at a house party in Tulsa on Saturday, two of them fatally.", (2, 2), (3, None)),
    ("Two cyclists were shot, both fatally, on a forest road near Zvornik on Sunday.", (2, 2), None),
    # critically is no death
    ("Four soldiers were wounded, one critically, when a mine hit their truck near Tessalit on Monday.", None, (4, 4)),
])
def test_a_fatal_share_of_the_people_hit_is_killed_and_the_rest_injured(text, killed, injured):
    (incident,) = analyze(text, published="2024-06-06").incidents
    for figure, expected in ((incident.killed, killed), (incident.injured, injured)):
        assert expected is None and figure is None or (figure.min, figure.max) == expected


@pytest.mark.parametrize("text", [
    "A man stabbed two guards outside the consulate in Lyon on Monday. He was shot dead by police moments later.",
    "A man stabbed two guards outside the consulate in Lyon on Monday. Officers shot him dead at the gate.",
    "A man stabbed two guards outside the consulate in Lyon on Monday. Karim B., 29, was shot dead by officers "
    "at the scene.",
    "A man stabbed two guards outside the consulate in Lyon on Monday, before he was shot dead by police.",
])
def test_an_attacker_the_police_kill_in_the_next_sentence_is_no_victim(text):
    (incident,) = analyze(text, published="2024-06-06").incidents
    assert incident.killed is None
    assert incident.injured is not None and incident.injured.min == 2
    assert incident.perpetrators_killed is not None and incident.perpetrators_killed.min == 1


@pytest.mark.parametrize("text", [
    "A gunman attacked a checkpoint near Jenin on Monday, wounding two guards. The guard, Samir Odeh, 44, was "
    "shot dead.",
    "Soldiers opened fire on marchers in Bamako on Friday. Moussa Keita, 19, was shot dead by troops near the "
    "bridge.",
])
def test_a_victim_named_after_the_attack_stays_a_victim(text):
    (incident,) = analyze(text, published="2024-06-06").incidents
    assert incident.killed is not None and incident.killed.min == 1
    assert incident.perpetrators_killed is None


@pytest.mark.parametrize(("text", "published", "killed", "injured", "day"), [
    ("Bandits raided a bus depot in Gombe on Saturday, wounding three drivers. A driver wounded in the raid "
     "succumbed to his injuries on June 4.", "2024-06-06", 1, 2, "2024-06-01"),
    ("05/02/2021: A landmine hit a lorry near Dolo, Gedo, Somalia. Two porters were injured in the blast. One of "
     "the porters died of his wounds on May 9, 2021.", None, 1, 1, "2021-05-02"),
    ("05/02/2021: A landmine hit a lorry near Dolo, Gedo, Somalia. Three porters, including Abdi Warsame Farah, "
     "were injured in the blast. Warsame succumbed to his injuries on May 9, 2021.", None, 1, 2, "2021-05-02"),
])
def test_a_dated_later_death_stays_with_its_attack(text, published, killed, injured, day):
    (incident,) = analyze(text, published=published).incidents
    assert incident.killed is not None and incident.killed.min == killed
    assert incident.injured is not None and incident.injured.min == injured
    assert str(incident.date.value) == day


@pytest.mark.parametrize("reaction", [
    "Algeria condemned the bombing.",
    "Algeria's foreign ministry offered its condolences to the families.",
    "Algeria summoned the ambassador and sent aid.",
    "Algeria was blamed for the bombing but denied any role.",
    "The attackers later fled into Algeria.",
])
def test_a_country_that_only_reacts_is_not_the_scene(reaction):
    text = f"A bomb went off at a busy market on Monday, killing three shoppers. {reaction}"
    incident = analyze(text, published="2024-06-12").incidents[0]
    assert incident.location is None


def test_a_country_the_text_places_the_event_in_is_still_the_fallback():
    for text in ("Nigeria: gunmen kill 12 in night raid\n\nGunmen killed 12 villagers overnight, police said.",
                 "Gunmen killed 12 soldiers in northern Mali on Monday. Algeria condemned the attack."):
        location = analyze(text, published="2024-06-12").incidents[0].location
        assert location is not None and location.country_code in {"NG", "ML"}


@pytest.mark.parametrize("text", [
    "Boko Haram often attacks markets in the region.",
    # the trigger reader's habit adverbs are the claim reader's too ("generally", "periodically")
    "Police said Boko Haram has generally targeted the market.",
    "No group has claimed the attack. Boko Haram has carried out similar attacks in the city in the past.",
    "Boko Haram did not claim responsibility for the attack.",
])
def test_a_groups_habits_or_a_claim_it_did_not_make_names_no_doer(text):
    text = "A bomb exploded at a market in Maiduguri on Friday, killing six people. " + text
    incident = analyze(text, published="2025-03-10").incidents[0]
    assert incident.perpetrators == []


def test_whoever_blames_a_group_is_not_its_fellow_doer():
    text = ("A bomb exploded at a market in Maiduguri on Friday, killing six people. "
            "The Islamic State West Africa Province blamed Boko Haram for the attack.")
    incident = analyze(text, published="2025-03-10").incidents[0]
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("Boko Haram", "alleged")]


@pytest.mark.parametrize("tail", [
    "No group has claimed the attack, but suspicion fell on Boko Haram.",
    "No group has claimed responsibility, but suspicion fell on Boko Haram.",
    "Suspicion fell on Boko Haram.",
    # the claim reader and the record builder share one list of the verbs suspicion takes
    "No group has claimed the attack, but suspicion turned on Boko Haram.",
])
def test_suspicion_falling_on_a_group_in_the_narration_names_an_alleged_doer(tail):
    text = "A bomb exploded at a market in Maiduguri on Friday, killing six people. " + tail
    incident = analyze(text, published="2025-03-10").incidents[0]
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("Boko Haram", "alleged")]


def test_a_group_a_local_said_was_behind_the_killing_is_its_alleged_doer():
    text = ("Gunmen shot dead a mayor in Portoviejo, Ecuador, on Sunday. "
            "A neighbour said she thought Los Tiburones was behind the killing.")
    incident = analyze(text, published="2025-03-10").incidents[0]
    assert [(p.actor, p.status) for p in incident.perpetrators] == [("Los Tiburones", "alleged")]


def test_police_of_an_unknown_country_still_accuse():
    text = ("Suspected militants set fire to a cattle market in Tindebe village on Friday, killing four herders. "
            "Police blamed the Katiba Dourou group for the attack.")
    result = analyze(text, published="2025-03-10")
    accusations = [(c.source.actor, c.source.type, c.source.affiliation, c.subject.actor if c.subject else None)
                   for c in result.claims if c.kind == "responsibility"]
    assert accusations == [("police", "state", None, "Katiba Dourou")]
    assert [(p.actor, p.status) for p in result.incidents[0].perpetrators] == [("Katiba Dourou", "alleged")]


def test_an_airline_named_after_a_country_is_not_the_scene():
    text = "A grenade exploded on an Air France flight at the airport in Goma on Tuesday, wounding two cabin crew."
    location = analyze(text, published="2025-03-10").incidents[0].location
    assert location is not None and location.country == "Democratic Republic of the Congo"


@pytest.mark.parametrize(("tail", "group"), [
    # suspicion in the sentence after the casualties: of the group's involvement, or that it was involved
    ("Nobody has claimed it yet; residents suspected the involvement of Ansarul Islam.", "Ansar al-Islam"),
    ("Nobody has claimed it; elders suspected the hand of the Islamic State Sahel Province.",
     "Islamic State Sahel Province"),
    ("Nobody has claimed it yet; elders suspected that Ansarul Islam was involved.", "Ansar al-Islam"),
])
def test_a_group_suspected_after_the_toll_is_the_alleged_doer(tail, group):
    text = ("Gunmen raided a cattle market near Tessit, Mali, on Monday. Seven traders were killed. " + tail)
    incident = analyze(text, published="2025-03-10").incidents[0]
    assert [(p.actor, p.status) for p in incident.perpetrators] == [(group, "alleged")]


def test_a_group_said_not_to_be_involved_is_no_alleged_doer():
    text = ("Gunmen raided a cattle market near Tessit, Mali, on Monday. Seven traders were killed. "
            "Officials did not believe that JNIM was involved.")
    incident = analyze(text, published="2025-03-10").incidents[0]
    assert all(p.status != "alleged" for p in incident.perpetrators)


def test_a_long_name_the_parse_breaks_up_keeps_its_preposition():
    """The parse may hang the tail of a long name on its acronym ("attributed the attack to Jund Ansar
    al-Sahel wal Hijra (JASH)"): the name's word that "to" governs gives the group its role."""
    from spacy.tokens import Doc as SpacyDoc

    from counterclaim.incidents.build import _agent_role
    from counterclaim.models import ActorRef, Span
    from counterclaim.nlp.mentions import ActorMention
    from counterclaim.nlp.pipeline import load_pipeline

    words = ["Sources", "attributed", "the", "attack", "to", "Jund", "Ansar", "al", "-", "Sahel", "wal", "Hijra",
             "(", "JASH", ")", "."]
    spaces = [True, True, True, True, True, True, True, False, False, True, True, True, False, False, False, False]
    # as the small model parses such names: "Ansar" is the object of "to", the rest hangs on the acronym
    heads = [1, 1, 3, 1, 1, 6, 4, 9, 9, 11, 11, 13, 13, 13, 13, 13]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "compound", "punct", "compound",
            "compound", "nmod", "punct", "ROOT", "punct", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP"] + ["PROPN"] * 7 + ["PUNCT", "PROPN", "PUNCT", "PUNCT"]
    doc = SpacyDoc(load_pipeline().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
                   lemmas=[w.lower() if w != "attributed" else "attribute" for w in words],
                   sent_starts=[True] + [False] * 15)
    start = doc[5].idx
    end = doc[11].idx + len(doc[11].text)
    name = doc.text[start:end]
    ref = ActorRef(text=name, actor="Jund Ansar al-Sahel wal Hijra", type="group",
                   evidence=Span(start=start, end=end, text=name))
    assert doc[5:12].root.dep_ != "pobj"
    assert _agent_role(doc, ActorMention(ref=ref, sent=0), set())


@pytest.mark.parametrize("tail", [
    "A woman from Eritrea was among the wounded.",
    "Police said the attackers were gunmen affiliated with Sudan.",
])
def test_a_victims_origin_or_the_attackers_patron_is_not_the_scene(tail):
    text = f"Gunmen opened fire at a bus stop on Monday, wounding four people. {tail}"
    incident = analyze(text, published="2024-06-12").incidents[0]
    assert incident.location is None


@pytest.mark.parametrize(("text", "day"), [
    ("The company's stock slid 9 per cent on Wednesday after militants attacked a supply convoy near Kidal on "
     "Tuesday night, killing three drivers.", "2025-03-11"),
    ("Bond yields rose on Thursday after gunmen kidnapped four engineers from an oil platform near Bonny on "
     "Wednesday.", "2025-03-12"),
    ("Protests erupted in Kirkuk on Saturday following a car bombing outside a police station on Friday that "
     "killed four officers.", "2025-03-14"),
    ("Two rebel factions on Friday claimed responsibility for a bombing that killed seven police officers near "
     "Quetta a day earlier.", "2025-03-13"),
])
def test_the_day_of_a_consequence_or_a_claim_does_not_date_the_attack(text, day):
    (incident,) = analyze(text, published="2025-03-17").incidents
    assert str(incident.date.value) == day


@pytest.mark.parametrize(("tail", "day"), [
    (" The ambush happened late on Monday, police said.", "2025-03-17"),
    ("", None),
])
def test_a_market_moves_day_is_no_attack_date_even_when_the_attack_has_none(tail, day):
    text = ("Shares in a copper miner tumbled on Wednesday after the company said militants had ambushed one of "
            "its trucks near Kolwezi, killing two drivers." + tail)
    (incident,) = analyze(text, published="2025-03-20").incidents
    assert (str(incident.date.value) if incident.date.value else None) == day


@pytest.mark.parametrize(("text", "town"), [
    # a distance and a bearing from a town whose name is also a common word
    ("Pirates boarded a cargo ship about 30 nautical miles south of Brass on Sunday and seized six crew members. "
     "Two sailors were wounded and are being treated in Warri.", "Brass"),
    # where the wounded recover is not the scene
    ("Three wounded traders were recovering in Kano after gunmen attacked a market in Kankara.", "Kankara"),
    # a municipality named after a person is its town, not the state after it
    ("A mayoral candidate was shot dead at a rally in the municipality of Emiliano Zapata, in the state of "
     "Morelos, on Saturday.", "Emiliano Zapata"),
])
def test_the_scene_beats_the_place_of_treatment_and_the_province(text, town):
    incident = analyze(text, published="2025-03-18").incidents[0]
    assert incident.location is not None and incident.location.name == town


def test_a_victims_origin_country_neither_moves_nor_splits_the_arson():
    text = ("Someone hurled a firebomb through the window of a refugee hostel in Cottbus on Sunday night. A woman "
            "from Eritrea suffered burns to her arms, and three other residents were treated for smoke inhalation.")
    (incident,) = analyze(text, published="2025-10-14").incidents
    assert incident.location is not None and incident.location.country_code == "DE"
    assert incident.injured is not None and incident.injured.min == 4


def test_a_near_simultaneous_attack_takes_the_date_of_the_one_before():
    text = ("A car bomb killed 40 people outside a ministry in Baghdad on March 3, 2007. A near-simultaneous blast "
            "at a market in Hilla killed 12 shoppers.")
    first, second = analyze(text).incidents
    assert second.location is not None and second.location.name == "Hilla"
    assert str(second.date.value) == str(first.date.value) == "2007-03-03"


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a magistrate outside a courthouse in Tetouan. After moving abroad in 2011, his widow "
    "campaigned for the families of people killed in such attacks.",
    "A bomb hidden in a bus killed nine passengers near Quetta. Before joining the police in 2009, one of the dead "
    "had worked as a teacher.",
])
def test_the_year_of_a_time_clause_about_a_person_does_not_date_the_attack(text):
    (incident,) = analyze(text).incidents
    assert incident.date.value is None


@pytest.mark.parametrize(("text", "group"), [
    ("The militants, who belong to the Islamic State, executed four villagers in Kirkuk province on Thursday.",
     "Islamic State"),
    ("The gunmen, who were members of al-Shabaab, stormed a hotel in Kismayo on Friday.", "Al-Shabaab"),
    ("The gunmen, members of al-Shabaab, stormed a hotel in Kismayo on Friday.", "Al-Shabaab"),
    ("Fighters loyal to the Islamic State beheaded two farmers near Palma on Monday.", "Islamic State"),
    ("The attackers, who had pledged allegiance to Boko Haram, killed nine fishermen near Baga on Tuesday.",
     "Boko Haram"),
    ("Two villagers were shot dead near Baga by gunmen who belong to Boko Haram.", "Boko Haram"),
])
def test_the_group_the_doers_belong_to_is_the_alleged_perpetrator(text, group):
    (incident,) = analyze(text, published="2024-05-14").incidents
    assert [(p.actor, p.status) for p in incident.perpetrators] == [(group, "alleged")]


@pytest.mark.parametrize("text", [
    "The militants, who are not members of al-Shabaab, stormed a hotel in Kismayo on Friday.",
    "Gunmen killed two members of al-Shabaab in Kismayo on Friday.",
])
def test_a_membership_denied_or_the_victims_group_names_no_doer(text):
    (incident,) = analyze(text, published="2024-05-14").incidents
    assert incident.perpetrators == []


@pytest.mark.parametrize(("text", "town"), [
    ("Soldiers were deployed to Dori last week after villagers fled. On Sunday, jihadists killed 11 civilians in "
     "the town.", "Dori"),
    ("The governor visited Kaduna on Monday. Hours later, gunmen killed five people in the area.", "Kaduna"),
    ("Residents of Bunia have protested for weeks against insecurity. Gunmen shot dead a trader and his son in "
     "the city on Tuesday, a local official said.", "Bunia"),
])
def test_in_the_town_points_back_to_the_town_named_just_before(text: str, town: str) -> None:
    incident = analyze(text, published="2024-05-10").incidents[0]
    assert incident.location is not None and incident.location.name == town
    assert incident.location.geonames_id is not None


def test_in_the_town_of_names_its_own_town() -> None:
    text = ("The governor visited Kaduna on Monday. Hours later, gunmen killed five people in the town of "
            "Kauru, police said.")
    assert analyze(text, published="2024-05-10").incidents[0].location.name == "Kauru"
