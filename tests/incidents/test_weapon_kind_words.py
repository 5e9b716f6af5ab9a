"""Weapons named by their kind (a handgun, shots fired, a hatchet, a firecracker), on sentences written for these
tests: each is GTD's weapon type of that kind, not Unknown."""

from __future__ import annotations

import pytest

from counterclaim.incidents._type_rules import rule_hits
from counterclaim.incidents.classify import classify


def _weapons(text: str) -> list[str]:
    return [x.label for x in classify(text).weapon_types]


def _cue(text: str, task: str, label: str) -> list[str]:
    return [text[h.start : h.end] for h in rule_hits(text) if h.task == task and h.label == label]


@pytest.mark.parametrize("text, word", [
    ("A man armed with a handgun threatened the congregation of a chapel in a small town on Sunday.", "handgun"),
    ("An attacker fired shots through the window of a family home late at night; no one was hurt.", "shots"),
    ("Two men with a sawn-off shotgun stormed a grocery store and wounded the owner.", "shotgun"),
    ("The suspect pulled a revolver and threatened the clerk at the counter of a pharmacy.", "revolver"),
    ("Two traffic wardens were wounded by snipers hidden on a rooftop near the market.", "snipers"),
    ("Rebels raked the checkpoint with automatic fire before withdrawing into the hills.", "automatic fire"),
    ("Raiders armed with automatic weapons held up a payroll van on the coast road.", "automatic weapons"),
])
def test_guns_named_by_kind_are_firearms(text: str, word: str) -> None:
    assert word in _cue(text, "weapon", "Firearms")
    assert _weapons(text)[0] == "Firearms"


@pytest.mark.parametrize("text, word", [
    ("A man attacked two officers on patrol with a hatchet near a bus stop before he was subdued.", "hatchet"),
    ("An assailant struck a shopkeeper with a hammer inside his store and fled on foot.", "hammer"),
    ("Three youths beat a student with baseball bats outside a dormitory after a rally.", "baseball bats"),
])
def test_hand_weapons_named_by_kind_are_melee(text: str, word: str) -> None:
    assert word in _cue(text, "weapon", "Melee")
    assert _weapons(text)[0] == "Melee"


def test_a_hammer_beside_a_gun_does_not_settle_melee() -> None:
    text = "Gunmen shot a guard dead and smashed the cameras with a hammer before fleeing."
    assert _cue(text, "weapon", "Melee") == []
    assert _weapons(text)[0] == "Firearms"


def test_a_thrown_firecracker_is_explosives() -> None:
    text = "Unidentified people threw a firecracker at the house of a local rabbi; nobody was injured."
    assert _cue(text, "weapon", "Explosives") == ["firecracker"]
    assert _weapons(text)[0] == "Explosives"


def test_a_firecracker_is_no_bombing_cue_of_its_own() -> None:
    text = "Children set off firecrackers in the square during the festival."
    assert _cue(text, "attack", "Bombing/Explosion") == []


@pytest.mark.parametrize("text, label, word", [
    ("Rebels placed sticks of dynamite under a footbridge on the river; it collapsed but nobody was hurt.",
     "Explosives", "dynamite"),
    ("Militants fired automatic weapons at a minibus on the main road, wounding four passengers.",
     "Firearms", "automatic weapons"),
    ("Two men poured a flammable liquid on the front door of a community centre and lit it.",
     "Incendiary", "flammable"),
    ("Protesters hurled flares at a town hall during the night, scorching its facade.", "Incendiary", "flares"),
])
def test_arms_named_by_their_material_are_their_weapon_type(text: str, label: str, word: str) -> None:
    assert word in _cue(text, "weapon", label)
    assert _weapons(text)[0] == label


@pytest.mark.parametrize("text, word", [
    ("Unidentified people ignited a rubbish bin at the entrance of a tax office overnight; the door was scorched.",
     "ignited"),
    ("A man was arrested for setting fire to a parked van outside a mosque early on Friday.", "setting fire"),
    ("Vandals started a fire in the lobby of a family planning clinic, causing minor damage.", "started a fire"),
])
def test_a_fire_lit_by_hand_is_incendiary(text: str, word: str) -> None:
    assert word in _cue(text, "weapon", "Incendiary")
    assert _weapons(text)[0] == "Incendiary"


@pytest.mark.parametrize("text, word", [
    ("Militants attacked an outpost in the hills; two guards and four raiders died in the ensuing firefight.",
     "firefight"),
    ("A raid on a border post turned into a long gunbattle with the garrison before dawn.", "gunbattle"),
    ("Raiders exchanged fire with the guards of a fuel depot for an hour before withdrawing.", "exchanged fire"),
    ("An attack on a checkpoint ended after a brief exchange of fire with the guards.", "exchange of fire"),
])
def test_a_fight_told_by_its_gunfire_is_firearms(text: str, word: str) -> None:
    assert word in _cue(text, "weapon", "Firearms")
    assert _weapons(text)[0] == "Firearms"


@pytest.mark.parametrize("text", [
    "Two firefighters were hurt putting out a blaze that arsonists lit at the town's library.",
    "Rebels attacked a checkpoint near the river; the exchange of prisoners planned for Monday was called off.",
])
def test_no_gunfire_in_firefighters_or_an_exchange_of_prisoners(text: str) -> None:
    assert _cue(text, "weapon", "Firearms") == []


@pytest.mark.parametrize("text, word", [
    ("Militants fired Katyushas at a frontier village overnight, damaging two barns.", "Katyushas"),
    ("Guards found handgrenades wired under the gate of a customs post.", "handgrenades"),
    ("A booby-trapped motorbike went off beside a bakery in the old town.", "booby-trapped"),
    ("Rebels fired a bazooka at a patrol boat on the lake.", "bazooka"),
])
def test_explosive_arms_by_other_names_are_explosives(text: str, word: str) -> None:
    assert word in _cue(text, "weapon", "Explosives")
    assert _weapons(text)[0] == "Explosives"


def test_a_shotgun_blast_is_a_gunshot_not_an_explosion() -> None:
    text = "A man fired shotgun blasts at the windows of a union office late at night; no one was hurt."
    assert _cue(text, "weapon", "Explosives") == []
    assert _cue(text, "attack", "Bombing/Explosion") == []
    assert _weapons(text)[0] == "Firearms"
    # a bomb's blast stays one
    assert _cue("A bomb blast shook the market.", "weapon", "Explosives") == ["bomb", "blast"]


@pytest.mark.parametrize("text, word", [
    ("A night porter was badly beaten by three intruders at a guest house and left in the yard.", "was badly beaten"),
    ("The raiders tied up the caretakers and beat the two captives before leaving the farm.", "beat the two captives"),
    ("Masked youths stoned a minibus carrying seasonal workers on the ring road.", "stoned a minibus"),
    ("A man slashed a ticket inspector with a box cutter on a night train.", "box cutter"),
])
def test_a_beating_or_stoning_by_hand_is_melee(text: str, word: str) -> None:
    assert word in _cue(text, "weapon", "Melee")
    assert _weapons(text)[0] == "Melee"


@pytest.mark.parametrize("text", [
    "Militants attacked an outpost at dawn but were beaten back by the garrison.",
    "Gunmen shot a shopkeeper and beat the guards with rifle butts.",
])
def test_troops_beaten_back_and_a_beating_beside_a_gun_are_no_melee_word(text: str) -> None:
    assert _cue(text, "weapon", "Melee") == []


def _incident(text: str):
    from counterclaim.api import analyze

    incidents = analyze(text, published="2012-05-10").incidents
    assert incidents
    return incidents[0]


@pytest.mark.parametrize("text", [
    "A knife-wielding man attacked shoppers at a bus terminal in Urumqi on Friday, killing three.",
    "A machete-wielding attacker wounded four worshippers at a chapel near Jos on Sunday.",
    "Two men armed with box cutters seized a ferry on the lake on Tuesday and wounded the captain.",
])
def test_a_blade_in_a_compound_is_an_armed_assault_with_a_melee_weapon(text: str) -> None:
    incident = _incident(text)
    attacks = [x.label for x in incident.attack_types]
    assert "Armed Assault" in attacks and "Unarmed Assault" not in attacks
    assert incident.weapon_types[0].label == "Melee"


def test_a_hammer_wielding_man_stays_an_unarmed_assault() -> None:
    # near miss: a blunt tool is no sharp instrument
    incident = _incident("A hammer-wielding man wounded two shoppers at a market in Bergen on Friday.")
    assert incident.attack_types[0].label == "Unarmed Assault"
    assert incident.weapon_types[0].label == "Melee"


@pytest.mark.parametrize("text", [
    "Unknown men abducted a lawyer in Multan on Sunday. She had written about police beatings of students in 2009.",
    "Kidnappers freed a surveyor in Warri on Sunday after a month; his family said he had not been beaten.",
    "Abductors seized a trader in Aba on Sunday; witnesses said the men looked stoned.",
    "Unknown men abducted a cricket umpire in Multan on Sunday, a day after his team beat the visiting men by "
    "six wickets.",
])
def test_a_beating_in_the_background_negated_drugged_or_in_sport_is_no_melee(text: str) -> None:
    assert _cue(text, "weapon", "Melee") == []
    assert "Melee" not in [x.label for x in _incident(text).weapon_types]


def test_a_beating_told_as_the_act_stays_melee() -> None:
    # near miss: the victim beaten by the attackers in the incident's own sentence
    incident = _incident("Kidnappers seized a surveyor in Warri on Sunday; he was badly beaten and left by a road.")
    assert "Melee" in [x.label for x in incident.weapon_types]


def test_a_negated_exchange_of_fire_is_no_firearms() -> None:
    text = ("The two forces have not exchanged fire since the truce of 2004, but on Sunday a landmine killed two "
            "soldiers near Kupwara.")
    assert _cue(text, "weapon", "Firearms") == []
    assert "Firearms" not in [x.label for x in _incident(text).weapon_types]


def test_a_gunfight_is_firearms() -> None:
    text = "Three militants were killed in a gunfight with troops in a village near Tral on Sunday."
    assert "gunfight" in _cue(text, "weapon", "Firearms")
    assert _incident(text).weapon_types[0].label == "Firearms"


def test_an_exchange_of_fire_after_a_grenade_leaves_the_grenade_a_bombing() -> None:
    text = ("Militants lobbed a grenade at a police picket in Baramulla on Sunday, wounding two constables; they fled "
            "after a brief exchange of fire.")
    assert [text[h.start : h.end] for h in rule_hits(text) if h.decisive and h.label == "Bombing/Explosion"] == [
        "lobbed a grenade"
    ]
    assert _incident(text).attack_types[0].label == "Bombing/Explosion"
    # near miss: gunfire told before the grenade keeps the grenade rule off
    text = "Gunmen opened fire and lobbed a grenade at a police picket in Baramulla on Sunday, wounding two constables."
    assert not [h for h in rule_hits(text) if h.decisive and h.label == "Bombing/Explosion"]


def test_a_booby_trap_as_a_figure_of_speech_is_no_explosive() -> None:
    text = ("The senator called the tax bill a booby trap of the budget days before gunmen shot him dead in Cebu on "
            "Sunday.")
    assert _cue(text, "weapon", "Explosives") == []
    assert "Explosives" not in [x.label for x in _incident(text).weapon_types]


@pytest.mark.parametrize("text", [
    "A booby trap went off in a farmhouse near Musa Qala on Sunday, killing two soldiers.",
    "The school gate was booby-trapped and a guard died when he opened it near Musa Qala on Sunday.",
])
def test_a_booby_trap_as_a_device_stays_explosives(text: str) -> None:
    # near misses: the trap told as a device that went off or was set
    assert _incident(text).weapon_types[0].label == "Explosives"
