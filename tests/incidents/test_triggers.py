"""Violent-event triggers on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents.triggers import find_triggers, ruled_out_attack
from counterclaim.nlp.pipeline import parse


def _strong_words(text: str) -> set[str]:
    doc = parse(text)
    return {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s) if t.strong}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels carried out an ambush near the border that left nine dead.",
        "The militia also claimed an ambush on soldiers on Friday which left seven dead in Wajir county.",
    ],
)
def test_an_ambush_with_a_toll_in_its_relative_clause_is_a_strong_trigger(text):
    assert "ambush" in _strong_words(text)


def test_a_golf_score_is_no_shooting():
    assert "shot" not in _strong_words("Clarke shot a 64 in the second round at Augusta.")


def _words(text: str) -> set[str]:
    doc = parse(text)
    return {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s)}


def test_a_toll_feared_is_reported_not_threatened():
    assert "dead" in _words("Eleven herders are feared dead after the raid.")
    assert "attack" not in _words("Traders feared an attack on the cattle market before the elections.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The strike hit a crowded market in Kharkiv on Tuesday afternoon.", "strike"),
        ("Strikes hit two villages near the border town on Sunday, medics said.", "hit"),
        ("A strike on a hospital in the north left the building in ruins.", "strike"),
        ("The drone strike destroyed a house outside Idlib on Sunday.", "strike"),
        ("Rebel drone attacks set a fuel depot ablaze near the port.", "drone"),
    ],
)
def test_a_strike_that_lands_on_a_target_is_a_strong_trigger(text, word):
    assert word in _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Workers at the port went on strike on Tuesday, halting shipments.",
        "A general strike paralysed the capital on Sunday.",
        "The teachers' strike hit schools across the country on Monday.",
        "The strike hit hospitals across the country as unions demanded higher wages.",
    ],
)
def test_a_work_stoppage_is_no_strike_trigger(text):
    assert not {"strike", "strikes", "hit"} & _strong_words(text)


def test_a_capitalised_plural_the_tagger_takes_for_a_name_still_triggers():
    assert "struck" in _strong_words("Rockets struck the Ramadi airfield early on Tuesday.")
    assert "rockets" in _words("Rockets struck the Ramadi airfield early on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "Dutch police arrest two over alleged plot to attack a concert hall",
        "Spanish police arrest three over suspected plot to bomb a stadium",
        "Detectives found chemicals the men could have used to make an explosive device.",
    ],
)
def test_a_plot_or_a_weapon_to_be_made_is_no_attack(text):
    assert not _words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three men were detained in a series of raids in Antwerp and Ghent on Tuesday night.",
        "Counter-terrorism police raided a house in Leeds and arrested a man.",
        "Nobody was injured during the raids, a spokesman said.",
    ],
)
def test_a_police_raid_is_no_attack(text):
    assert not _words(text) & {"raids", "raided"}


def test_a_raid_by_gunmen_is_still_an_attack():
    assert "raided" in _strong_words("Gunmen raided a police post near Tahoua, killing three officers.")
    assert "raided" in _words("The suspects were arrested weeks after they raided a bank in Jos.")


@pytest.mark.parametrize(
    "text",
    [
        "Okafor's strike hit the post in the 80th minute.",
        "The strike hit the bar and bounced to safety.",
    ],
)
def test_a_players_shot_is_no_strike_trigger(text):
    assert not {"strike", "hit"} & _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A teenager was shot in the arm outside a cinema in Bristol on Friday.", "shot"),
        ("Masked men shot two taxi drivers at the rank.", "shot"),
        ("Stabbing and shooting near Cardiff station", "shooting"),
        ("Shooting at a pub in Dundee", "shooting"),
    ],
)
def test_a_person_shot_is_a_shooting(text, word):
    assert word in _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The documentary was shot in Namibia over two summers.",
        "She shot a short video of the parade.",
        "The winger kept shooting from long range.",
    ],
)
def test_a_film_or_a_ball_shot_is_no_shooting(text):
    assert not {"shot", "shooting"} & _strong_words(text)


def test_an_injury_suffered_is_a_weak_trigger():
    assert "injury" in _words("A second guard suffered a minor injury to his wrist.")
    assert "injury" not in _strong_words("A second guard suffered a minor injury to his wrist.")
    assert "injuries" in _words("A porter with head injuries was taken to a clinic.")
    assert not {"injury"} & _words("The captain is still recovering from a knee injury.")
    assert not {"injury"} & _words("The visitors equalised in injury time.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bandits seized eight herders from a camp outside Gusau on Monday.", "seized"),
        ("Armed men snatched three motorists on the road to Birnin Gwari.", "snatched"),
        ("The militants took away six women from the market in Damboa.", "took"),
        ("Four travellers were seized from their bus near Lokoja overnight.", "seized"),
        ("The fishermen were seized by rebel forces on the lake.", "seized"),
    ],
)
def test_people_seized_by_force_are_a_strong_trigger(text, word):
    assert word in _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seized heroin and two pistols at the port.",
        "The insurgents seized control of the district headquarters.",
        "Soldiers seized rifles from the rebels after the clash.",
        "Police seized two suspects in a raid on the warehouse.",
        "The goalkeeper grabbed the ball at the far post.",
        "Gendarmes searched the farm and seized three men.",
    ],
)
def test_things_seized_or_people_arrested_are_no_trigger(text):
    assert not {"seized", "grabbed"} & _strong_words(text)


def test_a_person_shot_in_a_relative_clause_is_a_shooting():
    assert "shot" in _strong_words("Police named the victims, Hamid Rasuli, who was shot dead near a bakery.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"The war game assumes that rebels have taken the port and killed dozens of sailors," General Berg said.',
         "killed"),
        ("The Northern Shield exercise included simulated missile strikes on a coastal city.", "strikes"),
        ("The Northern Shield exercise included simulated missile strikes on a coastal city.", "missile"),
    ],
)
def test_a_scenario_or_a_simulated_act_is_no_trigger(text, word):
    assert word not in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A bomb threat forced the evacuation of the central station in Graz.", "bomb"),
        ("Police bomb disposal officers examined the package for an hour.", "bomb"),
        ("The suspicious device was destroyed in a controlled explosion.", "explosion"),
        ("A flare went off near the stage, though nobody was injured.", "injured"),
    ],
)
def test_a_threat_its_handlers_or_no_one_hurt_is_no_trigger(text, word):
    assert word not in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('The mayor said small shops had been "killed" by the new parking rules.', "killed"),
        ('The unions accused ministers of "holding nurses hostage" in the pay dispute.', "hostage"),
        ("The council leader said tenants were being held hostage to the developers' plans.", "hostage"),
    ],
)
def test_a_scare_quoted_or_idiomatic_violent_word_is_a_metaphor(text, word):
    assert word not in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Bandits killed three herdsmen and a game ranger near Isiolo on Tuesday.", 4),
        ("Gunmen killed two traders and a game warden near Isiolo, Kenya, on Tuesday.", 3),
    ],
)
def test_a_sports_word_naming_a_trade_is_no_metaphor(text, killed):
    incidents = analyze(text).incidents
    assert [i.killed.stated for i in incidents if i.killed] == [killed]


def test_a_sports_word_still_makes_a_metaphor():
    assert "killed" not in _strong_words("The striker killed the game with a late goal in Nairobi.")


def test_fighting_to_the_death_is_an_idiom():
    assert "death" not in _words('"We will fight this reform to the death," the union leader said.')


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen are holding twelve villagers hostage in a school near Kaduna.", "hostage"),
        ('"Gunmen killed two men in front of our shop," she said.', "killed"),
        ("A local councillor was gunned down outside a bakery in Tulua on Friday.", "gunned"),
        ("Two land activists were murdered near their farm on Sunday.", "murdered"),
        ('The reporter was "assassinated", his editor said.', "assassinated"),
    ],
)
def test_real_violence_stays_a_strong_trigger(text, word):
    assert word in _strong_words(text)


def test_gunning_an_engine_is_no_killing():
    assert "gunned" not in _strong_words("The driver gunned the engine and sped away.")


FILM_REVIEW = (
    "Review: 'Night Shift' keeps its audience on edge\n\n"
    "The film follows a nurse at a fictional hospital in Lyon when armed men storm the emergency ward and "
    "take the doctors hostage. Two guards are shot dead in the opening minutes, and the gunmen threaten to "
    "kill a patient every hour.\n\nThe thriller opens in cinemas next week."
)
DOCUMENTARY = (
    "New documentary film premieres in cinemas\n\n"
    "The film recalls the 2016 bombing of a market in Aleppo, in which 40 people were killed and dozens "
    "were wounded. It opens in cinemas on Friday."
)


def test_a_film_plot_told_in_the_present_is_no_attack():
    assert ruled_out_attack(parse(FILM_REVIEW))


def test_a_real_attack_a_film_recalls_stays_an_attack():
    assert not ruled_out_attack(parse(DOCUMENTARY))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Investigators found no explosives in the abandoned van.", "explosives"),
        ("Sailors fired anti-ship missiles at floating targets during a naval drill on Tuesday.", "missiles"),
        ("Critics accused the union of holding the railways hostage.", "hostage"),
        ("Dozens of charities had been wounded by earlier cuts, the senator said.", "wounded"),
    ],
)
def test_no_weapon_a_drill_or_a_held_economy_is_no_trigger(text, word):
    assert word not in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Insurgents attacked recruits during a training exercise near Menaka.", "attacked"),
        ("A constable was killed in the exercise of his duties.", "killed"),
        ("The kidnappers held the two engineers hostage for a week.", "hostage"),
        ("Dozens of villagers were wounded by the cuts of machetes.", "wounded"),
        ("A video released by the group appeared to depict the beheading of a captured pilot.", "beheading"),
    ],
)
def test_an_attack_during_an_exercise_or_people_held_stay_triggers(text, word):
    assert word in _strong_words(text)


HOAX = (
    "A man phoned a radio station claiming a bomb had been left in the shopping centre. Officers searched "
    "the building but found nothing, and the call was treated as a hoax."
)
BOMB_AND_HOAX = (
    "A bomb exploded outside a bank in Izmir on Monday, injuring four people. Police said an earlier warning "
    "call about a second device was a hoax."
)


def test_a_bomb_threat_that_proved_false_is_no_attack():
    assert ruled_out_attack(parse(HOAX))
    assert not ruled_out_attack(parse(BOMB_AND_HOAX))


STADIUM_DRILL = (
    "Police stage stadium drill\n\n"
    "Police held a counter-terrorism drill at the stadium in Leeds on Saturday, in which officers playing "
    "attackers took spectators hostage and detonated a fake bomb. Nobody was hurt."
)
ATTACK_IN_EXERCISE = (
    "Soldiers killed during army exercise\n\n"
    "Militants attacked soldiers during a training exercise near Gao on Monday, killing three, the army said."
)
SERIES = (
    "Streaming drama opens with a wedding massacre\n\n"
    "The new series opens with a suicide bomber blowing himself up at a wedding in Kabul, killing dozens of "
    "guests. The first episode then follows the bomber's brother as he hunts the men who recruited him."
)


def test_an_exercise_and_a_series_plot_are_no_attack():
    assert ruled_out_attack(parse(STADIUM_DRILL))
    assert ruled_out_attack(parse(SERIES))
    assert not ruled_out_attack(parse(ATTACK_IN_EXERCISE))


@pytest.mark.parametrize(("text", "word"), [
    ("Two wounded soldiers were evacuated by helicopter.", "wounded"),
    ("Three injured pilgrims were taken to the clinic.", "injured"),
])
def test_people_described_as_wounded_are_a_strong_trigger(text, word):
    assert word in _strong_words(text)


def test_a_wounded_feeling_is_no_trigger():
    assert "wounded" not in _words("His wounded pride kept him away from the party.")


@pytest.mark.parametrize("text", [
    "The leaked memo wounded the senator more than any rival could.",
    "The defeat in the county killed her hopes.",
    "The audit shot down the mayor's plan within a week.",
    "The row shook the coalition and wounded the premier badly.",
])
def test_a_violent_verb_said_of_an_abstraction_is_no_trigger(text):
    assert not _words(text) & {"wounded", "killed", "shot", "hurt"}


def test_a_violent_verb_with_a_real_agent_still_triggers():
    assert "killed" in _strong_words("The blast killed two guards at the gate.")
    assert "shot" in _words("Rebels shot down a military helicopter near the border.")


def test_the_injuries_someone_died_of_are_a_trigger():
    assert "injuries" in _words("The ferryman succumbed to his injuries in a clinic.")
    assert "injury" not in _words("The striker is recovering from a knee injury.")


@pytest.mark.parametrize(
    "text",
    [
        "In the film, released on Friday, gunmen stormed a hotel and killed ten guests.",
        "The novel's hero survived a bombing that killed his family.",
        "In the new series, a sniper shot two police officers outside a courthouse.",
        "The hero of the film was wounded when militants ambushed his convoy.",
        # the story word three heads below the frame's 'in' (novel > of > chapter > In)
        "In the final chapter of the novel, gunmen storm a hotel and kill ten guests.",
    ],
)
def test_a_plot_told_in_the_past_has_no_trigger(text):
    assert not _words(text)


def test_a_story_word_frames_only_its_own_sentence():
    """The story words of one sentence (read once per text) leave the next sentence's news alone."""
    assert {"gunmen", "stormed"} <= _strong_words(
        "The film premiered on Friday. Gunmen stormed a hotel in Kabul and killed ten guests.")


@pytest.mark.parametrize(
    "text",
    [
        "The documentary, released on Friday, recounts how gunmen stormed a hotel in 2008 and killed 166 guests.",
        "Gunmen stormed the cinema during the premiere of the film and killed ten people.",
        "A war hero was shot dead outside his home on Monday.",
        "Five people were killed in the series of blasts that hit the port on Monday.",
        "In the hostage drama that unfolded at the mall, gunmen killed twelve shoppers.",
    ],
)
def test_a_real_attack_near_film_words_keeps_its_triggers(text):
    assert _strong_words(text) or "shot" in _words(text)


def test_a_review_whose_plot_is_told_in_the_past_has_no_incident():
    review = (
        "Review: a tense thriller about a hotel siege\n\n"
        "In the film, released on Friday, gunmen stormed a hotel and killed ten guests. The director said the "
        "cast trained for months."
    )
    assert analyze(review, published="2024-03-10").incidents == []
    documentary = (
        "Documentary revisits a hotel siege\n\n"
        "The documentary, released on Friday, recounts how gunmen stormed a hotel in Mumbai in 2008 and killed "
        "166 people."
    )
    assert analyze(documentary, published="2024-03-10").incidents


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The murder of the journalist outside his home shocked the town.", "murder"),
        ("The killings of two farmers near the river went unpunished.", "killings"),
    ],
)
def test_a_killing_of_a_person_named_by_its_noun_is_a_strong_trigger(text, word):
    assert word in _strong_words(text)


def test_a_murder_charge_is_no_trigger():
    assert not _words("The suspect faces a murder charge and a weapons count.")


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas blew up a stretch of the gas pipeline outside Arauca on Tuesday.",
        "Insurgents bombed a railway bridge north of the provincial capital overnight.",
        "Part of the main power line was blown up near the border crossing.",
    ],
)
def test_a_structure_blown_up_or_bombed_is_a_strong_trigger(text):
    assert _strong_words(text) & {"blew", "bombed", "blown"}


@pytest.mark.parametrize(
    "text",
    [
        "The minister blew up the trade deal at the last minute.",
        "Negotiations between the two parties blew up on Thursday.",
        "The sequel bombed at the box office last summer.",
        "The designer blew up the photo of the old bridge for the exhibition.",
        "Air force jets bombed a depot near the front line.",
    ],
)
def test_a_deal_blown_up_or_a_film_that_bombed_is_no_strong_trigger(text):
    assert not _strong_words(text) & {"blew", "bombed", "blown"}


@pytest.mark.parametrize(
    "text",
    [
        "The union accused the ministry of holding nurses hostage to a pay dispute.",
        "Critics say the senator is holding small businesses hostage to his tax plan.",
    ],
)
def test_holding_people_hostage_to_a_dispute_is_figurative(text):
    assert "hostage" not in _words(text)


def test_people_held_hostage_by_gunmen_are_still_hostages():
    assert "hostage" in _strong_words("Gunmen held nine passengers hostage on the bus for six hours.")


@pytest.mark.parametrize(
    "text",
    [
        "The militia frequently attacks convoys and army posts on the northern highway.",
        "Bandits often kidnap travellers on the road between the two towns.",
        "The group has carried out similar attacks in the region in the past.",
    ],
)
def test_habitual_narration_is_no_trigger(text):
    assert not _words(text) & {"attacks", "kidnap", "attack"}


def test_one_similar_attack_and_a_repeated_stabbing_are_still_triggers():
    assert "stabbed" in _strong_words("The attacker repeatedly stabbed a guard at the gate on Monday.")
    assert "killed" in _strong_words("A similar attack on the market in 2019 killed 14 people.")


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders called the budget a bomb.",
        "The pension plan is a ticking time bomb.",
        'The Greens said they had been "ambushed" by late changes to the transport package.',
        'Union leaders said members had been "ambushed" by a surprise announcement on Friday.',
    ],
)
def test_a_policy_called_a_bomb_or_that_ambushes_is_no_trigger(text):
    assert not _strong_words(text)


def test_a_package_that_was_a_bomb_and_a_quoted_killing_by_gunmen_are_triggers():
    assert "bomb" in _strong_words("Police said the package left at the gate was a bomb.")
    assert "ambushed" in _strong_words('The patrol said it had been "ambushed" by gunmen near the bridge.')


def test_one_of_several_similar_attacks_is_still_a_trigger():
    # a count of attacks told together is no habit
    assert "attacks" in _words("It was one of three similar attacks reported across the district that day.")


@pytest.mark.parametrize(
    "text",
    [
        "A man blew himself up outside a police station in Quetta on Friday.",
        "Two women blew themselves up at a crowded market in Maiduguri on Sunday.",
    ],
)
def test_blowing_oneself_up_is_a_suicide_bombing(text):
    incidents = analyze(text, published="2024-03-12").incidents
    assert len(incidents) == 1
    assert incidents[0].attack_types[0].label == "Bombing/Explosion"
    assert incidents[0].location is not None and incidents[0].location.country_code in {"PK", "NG"}


def test_a_suicide_bombing_that_kills_officers_keeps_its_toll_and_town():
    incidents = analyze("A man blew himself up outside a police station in Quetta on Friday, killing three officers.",
                        published="2024-03-12").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated == 3
    assert incidents[0].location is not None and incidents[0].location.name == "Quetta"


@pytest.mark.parametrize(
    "text",
    [
        "Masked youths hurled Molotov cocktails at a refugee hostel in Cottbus overnight.",
        "Unknown attackers threw incendiary devices at the offices of a local newspaper.",
        "Bottles filled with fuel were thrown at the synagogue shortly after midnight.",
    ],
)
def test_a_fire_weapon_thrown_is_a_strong_trigger(text):
    assert _strong_words(text) & {"hurled", "threw", "thrown"}


@pytest.mark.parametrize(
    "text", ["Fans threw plastic bottles at the referee.", "Protesters threw eggs at the minister's car."]
)
def test_a_harmless_object_thrown_is_no_trigger(text):
    assert not _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister blew up at reporters on Friday after being asked about the budget in Quetta.",
        "Talks between the two parties blew up in Quetta on Friday.",
    ],
)
def test_blowing_up_in_anger_is_no_attack(text):
    assert analyze(text, published="2024-03-12").incidents == []


def test_a_pipeline_blown_up_is_still_an_attack():
    assert len(analyze("The gas pipeline was blown up by unknown attackers near Sibi on Tuesday.",
                       published="2024-03-12").incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Two midfielders were injured in a collision during Thursday's training session.",
        '"We have four players injured and nobody left on the bench," the coach said.',
        "The visitors' striker Liam Kelly was carried off on a stretcher early in the second half.",
        "The crowd greeted the equaliser with an explosion of noise.",
        "Their coach admitted that a defence that has been shot to pieces needs new signings.",
    ],
)
def test_harm_at_play_and_sporting_idioms_are_no_trigger(text):
    assert not _words(text) - {"clash"}


def test_a_real_attack_on_players_or_a_patrol_is_still_a_trigger():
    assert "grenade" in _strong_words("A grenade exploded near the team bus, injuring two players.")
    assert "carried" in _strong_words("Gunmen carried off three teachers from the school.")
    assert "shot" in _strong_words("The patrol's lead truck was shot to pieces by insurgents.")


def test_an_offence_charged_is_no_trigger():
    assert not _words("The two brothers were charged with arson and attempted murder.")
    assert "bombing" in _strong_words("A court convicted him of the bombing in 2001.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Attackers threw an incendiary device at a Turkish bakery in Venlo overnight.", "device"),
        ("Incendiary balloons launched from across the fence landed in a wheat field near Sderot.", "balloons"),
        ("Attackers set a school building on fire in Khogyani district on Monday.", "fire"),
        ("Protesters set two police trucks on fire in Nairobi on Monday.", "fire"),
    ],
)
def test_a_fire_weapon_or_a_building_set_on_fire_is_a_strong_trigger(text, word):
    assert word in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister made incendiary remarks about the opposition on Tuesday.", "remarks"),
        ("The fans set the stadium on fire with their singing on Saturday.", "fire"),
    ],
)
def test_incendiary_words_or_a_crowd_on_fire_are_no_attack(text, word):
    assert word not in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Suspected militants set a police station ablaze in Tillaberi on Friday night.", "ablaze"),
        ("The parish church was set alight by armed men in Kasese on Sunday.", "alight"),
        ("Unknown assailants set dozens of homes ablaze near Bunia overnight.", "ablaze"),
        ("Militants razed a village near Beni on Saturday, residents said.", "razed"),
        ("Three schools were razed by the rebels in Cabo Delgado last week.", "razed"),
    ],
)
def test_a_building_set_ablaze_or_razed_by_armed_men_is_a_strong_trigger(text, word):
    assert word in _strong_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The striker set the stadium alight with a late winner on Saturday.", "alight"),
        ("Protesters set tyres ablaze on the main road in Lagos on Monday.", "ablaze"),
        ("The city council razed an old market hall in Harare on Monday to make way for a new road.", "razed"),
    ],
)
def test_a_crowd_set_alight_a_bonfire_or_a_demolition_is_no_arson(text, word):
    assert word not in _strong_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unknown assailants set the offices of the electoral commission ablaze in Ebonyi on Sunday night.",
        "Gunmen razed a village near Beni on Saturday, residents said.",
    ],
)
def test_arson_told_as_set_ablaze_or_razed_opens_an_incident(text):
    assert len(analyze(text, published="2024-05-14").incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen razed a village near Beni on Saturday, residents said.",
        "Dozens of homes were razed by the militants in Cabo Delgado on Sunday, officials said.",
    ],
)
def test_a_village_or_homes_razed_is_a_facility_attack(text):
    (incident,) = analyze(text, published="2024-05-14").incidents
    assert "Facility/Infrastructure Attack" in {label.label for label in incident.attack_types}


@pytest.mark.parametrize(
    "text",
    [
        "Fighter jets struck rebel positions near Kidal on Tuesday, killing at least twelve fighters, the army said.",
        "Warplanes bombed militant hideouts outside Sirte overnight, killing eight insurgents.",
        "Helicopter gunships pounded separatist camps above the valley on Sunday, killing nine fighters.",
        "Russian jets hit a field hospital in Idlib province on Monday, killing five medics.",
        "Insurgent positions near Tal Afar were hit by military helicopters on Friday, killing 14 fighters.",
    ],
)
def test_a_raid_by_a_states_aircraft_is_an_operation_not_an_incident(text):
    assert analyze(text, published="2024-05-14").incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "An unidentified aircraft struck a crowded market in Idlib on Monday, killing 23 civilians; no one "
        "acknowledged the raid.",
        "Militants fired rockets at a military helicopter near Kunduz on Monday, killing two crew members.",
        "Gunmen killed ten villagers in Zamfara on Sunday. Hours later, fighter jets bombed the gunmen's hideouts "
        "in the forest, killing 20.",
    ],
)
def test_an_unowned_aircraft_or_aircraft_hit_still_leave_the_attack(text):
    incidents = analyze(text, published="2024-05-14").incidents
    assert len(incidents) == 1
    assert incidents[0].killed is not None and incidents[0].killed.stated in {23, 2, 10}


def test_an_armed_groups_drones_are_no_states_aircraft():
    text = "Houthi drones struck an airport in Abha on Monday, wounding eight civilians."
    assert len(analyze(text, published="2024-05-14").incidents) == 1


@pytest.mark.parametrize(
    ("text", "strong"),
    [
        ("Soldiers found the bodies of three abducted miners in a shallow grave near Bunia.", True),
        ("The bodies of two men with gunshot wounds were recovered from a canal in Basra.", True),
        # a find alone shows no killing
        ("The bodies of six fishermen were recovered from the lake after the storm.", False),
    ],
)
def test_a_find_of_bodies_that_shows_a_killing_is_a_strong_trigger(text, strong):
    assert ("bodies" in _strong_words(text)) is strong
