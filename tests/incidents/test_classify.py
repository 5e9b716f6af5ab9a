"""GTD attack / weapon / target labels, with confidences and evidence that points at the trigger words."""

from __future__ import annotations

import numpy as np
import pytest

from counterclaim.incidents._type_features import feature_spans, strip_date_prefix
from counterclaim.incidents._type_model import TypeModel, default_model
from counterclaim.incidents._type_rules import ATTACK_TYPES, TARGET_TYPES, VEHICLE, WEAPON_TYPES, rule_hits
from counterclaim.incidents.classify import TypeLabels, classify


def _labels(labels: list) -> list[str]:
    return [x.label for x in labels]


def _check_evidence(text: str, offset: int, out: TypeLabels) -> None:
    doc = " " * offset + text
    for label in out.attack_types + out.weapon_types + out.target_types:
        assert 0.0 <= label.confidence <= 1.0
        assert label.evidence, f"{label.label} has no evidence"
        for span in label.evidence:
            assert doc[span.start : span.end] == span.text


CASES = [
    (
        "Gunmen opened fire on villagers at a market in Zamfara, killing nine people.",
        "Armed Assault",
        "Firearms",
        "Private Citizens & Property",
    ),
    (
        "A suicide bomber blew himself up outside a mosque during Friday prayers.",
        "Bombing/Explosion",
        "Explosives",
        "Religious Figures/Institutions",
    ),
    (
        "Militants set fire to a girls' school overnight in the district.",
        "Facility/Infrastructure Attack",
        "Incendiary",
        "Educational Institution",
    ),
    (
        "Armed men kidnapped three aid workers of a humanitarian group on the road to the camp.",
        "Hostage Taking (Kidnapping)",
        None,
        "NGO",
    ),
    (
        "A drone struck an oil facility near the coast, starting a fire at the refinery.",
        "Bombing/Explosion",
        "Explosives",
        "Utilities",
    ),
    (
        "A missile hit the bulk carrier as the vessel sailed through the Gulf of Aden.",
        "Bombing/Explosion",
        "Explosives",
        "Maritime",
    ),
]


@pytest.mark.parametrize("model", ["default", None], ids=["learned", "rules"])
@pytest.mark.parametrize(("text", "attack", "weapon", "target"), CASES)
def test_main_labels(text: str, attack: str, weapon: str | None, target: str, model) -> None:
    m = default_model() if model == "default" else None
    if model == "default" and m is None:
        pytest.skip("no packaged GTD type model")
    out = classify(text, model=m)
    assert attack in _labels(out.attack_types)
    if weapon:
        assert weapon in _labels(out.weapon_types)
    assert target in _labels(out.target_types)
    _check_evidence(text, 0, out)


def test_evidence_offsets_are_absolute() -> None:
    text = "Attackers stabbed two police officers with knives outside the prison gate."
    out = classify(text, offset=120)
    _check_evidence(text, 120, out)
    melee = next(x for x in out.weapon_types if x.label == "Melee")
    assert {s.text.lower() for s in melee.evidence} & {"knives", "stabbed"}
    assert all(s.start >= 120 for s in melee.evidence)
    assert "Police" in _labels(out.target_types)


def test_labels_are_gtd_codebook_strings() -> None:
    out = classify("An explosion ripped through a crowded restaurant; a rally nearby was dispersed.")
    assert set(_labels(out.attack_types)) <= set(ATTACK_TYPES)
    assert set(_labels(out.weapon_types)) <= set(WEAPON_TYPES)
    assert set(_labels(out.target_types)) <= set(TARGET_TYPES)
    assert "Business" in _labels(out.target_types)


def test_attack_types_follow_gtd_hierarchy() -> None:
    out = classify("Gunmen abducted a district governor after an explosion hit his convoy.", model=None)
    attack = _labels(out.attack_types)
    order = [attack.index(x) for x in ("Hostage Taking (Kidnapping)", "Bombing/Explosion", "Armed Assault")]
    assert order == sorted(order)


def test_rules_only_unknown_when_nothing_fires() -> None:
    text = "The incident was reported by local sources on Tuesday."
    out = classify(text, model=None)
    assert _labels(out.attack_types) == ["Unknown"]
    assert out.attack_types[0].evidence[0].text == text
    assert classify("   ") == TypeLabels()


def test_rule_hits_respect_word_boundaries() -> None:
    hits = {(h.task, h.label) for h in rule_hits("The bombardier read a shipment note in Bombay.")}
    assert ("attack", "Bombing/Explosion") not in hits
    hits = {(h.task, h.label, h.start) for h in rule_hits("Two IEDs exploded.")}
    assert ("weapon", "Explosives", 4) in hits


def test_date_prefix_is_stripped() -> None:
    assert strip_date_prefix("03/14/2021: Assailants attacked.") == "Assailants attacked."
    assert strip_date_prefix("1/2/1970: Unknown perpetrators.") == "Unknown perpetrators."
    assert strip_date_prefix("No date here: fine.") == "No date here: fine."


def test_model_round_trip_without_pickle(tmp_path) -> None:
    text = "Gunmen opened fire on a bus."
    feats = feature_spans(text)
    buckets = np.array(sorted(feats), dtype=np.int64)
    labels = [("attack", "Armed Assault"), ("attack", "Unknown"), ("weapon", "Firearms"), ("target", "Transportation")]
    W = np.zeros((len(buckets), len(labels)), dtype=np.float32)
    gun = int(np.searchsorted(buckets, next(b for b, sp in feats.items() if text[sp[0] : sp[1]] == "Gunmen")))
    W[gun] = [30.0, -30.0, 30.0, 0.0]
    model = TypeModel(
        buckets=buckets,
        W=W,
        b=np.zeros(len(labels), dtype=np.float32),
        platt=np.tile([1.0, 0.0], (len(labels), 1)).astype(np.float32),
        labels=labels,
        meta={"v": 1},
    )
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = TypeModel.load(path)
    assert loaded.labels == labels and loaded.meta == {"v": 1}
    out = classify(text, model=loaded)
    assert out.attack_types[0].label == "Armed Assault"
    assert out.attack_types[0].confidence > 0.9
    # learned evidence is the feature that pushed the label up, or the rule words
    assert {s.text for s in out.weapon_types[0].evidence} & {"Gunmen", "opened fire"}


def test_role_vectors_move_the_scores_and_round_trip(tmp_path) -> None:
    text = "Two men attacked a trader in the market."
    buckets = np.array(sorted(feature_spans(text)), dtype=np.int64)
    labels = [("attack", "Armed Assault"), ("attack", "Assassination"), ("weapon", "Unknown"), ("target", "Unknown")]
    dense_W = np.zeros((4, len(labels)), dtype=np.float32)
    dense_W[2] = [-20.0, 20.0, 0.0, 0.0]  # one vector dimension speaks for a prominent victim
    model = TypeModel(
        buckets=buckets,
        W=np.zeros((len(buckets), len(labels)), dtype=np.float32),
        b=np.array([1.0, -1.0, 0.0, 0.0], dtype=np.float32),
        platt=np.tile([1.0, 0.0], (len(labels), 1)).astype(np.float32),
        labels=labels,
        dense_W=dense_W,
        dense_shift=np.zeros(4, dtype=np.float32),
        dense_scale=np.full(4, 0.5, dtype=np.float32),
    )
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = TypeModel.load(path)
    prominent = np.array([0.0, 0.0, 1.0, 0.0], dtype=np.float32)
    assert _labels(classify(text, model=loaded, dense=prominent).attack_types)[0] == "Assassination"
    # Without a parse there is no dense contribution: the hashed part alone decides.
    assert _labels(classify(text, model=loaded).attack_types) == ["Armed Assault"]
    assert _labels(classify(text, model=loaded, dense=-prominent).attack_types) == ["Armed Assault"]


def test_using_overrides_the_packaged_model() -> None:
    from counterclaim.incidents._type_model import using

    labels = [("attack", "Hijacking"), ("weapon", "Unknown"), ("target", "Unknown")]
    text = "The report gave no details."
    buckets = np.array(sorted(feature_spans(text)), dtype=np.int64)
    W = np.zeros((len(buckets), 3), dtype=np.float32)
    model = TypeModel(
        buckets=buckets,
        W=W,
        b=np.full(3, 5.0, dtype=np.float32),
        platt=np.tile([1.0, 0.0], (3, 1)).astype(np.float32),
        labels=labels,
    )
    with using(model):
        assert default_model() is model
        assert _labels(classify(text).attack_types) == ["Hijacking"]
    assert default_model() is not model


def test_weapon_is_unknown_without_a_weapon_word() -> None:
    out = classify("Unidentified assailants abducted two engineers from their camp near the border.")
    assert _labels(out.weapon_types) == ["Unknown"]
    assert "Hostage Taking (Kidnapping)" in _labels(out.attack_types)
    out = classify("Gunmen abducted two engineers from their camp near the border.")
    assert "Firearms" in _labels(out.weapon_types)


def test_cues_mark_taken_vehicles_held_hostages_and_unarmed_harm() -> None:
    from counterclaim.incidents._type_features import cue_spans

    text = "Armed men stole two trucks carrying flour on the Gao road."
    cues = cue_spans(text)
    assert text[slice(*cues["vehicle_taken"])] == "stole two trucks"
    assert "held_in_place" in cue_spans("The workers were tied up inside the depot for several hours.")
    assert "unarmed_harm" in cue_spans("A mob beat the shopkeeper and kicked his son.")
    # Killing the people in a vehicle is not taking the vehicle; naming a person is no cue at all.
    assert cue_spans("Gunmen shot dead two drivers of a bus near Gao.") == {}
    assert cue_spans("Amina Yusuf, a teacher, said the school was closed.") == {}


def test_no_weapon_word_is_a_feature_but_never_evidence() -> None:
    from counterclaim.incidents._type_features import bucket

    assert bucket("c:no_weapon_word") in feature_spans("Assailants attacked a reporter near his office.")
    assert bucket("c:no_weapon_word") not in feature_spans("Assailants shot a reporter near his office.")
    out = classify("Assailants attacked a reporter near his office.")
    _check_evidence("Assailants attacked a reporter near his office.", 0, out)
    assert all(span.text for lab in out.attack_types for span in lab.evidence)


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("A man tried to run over pedestrians on the promenade before police stopped him.", "Unarmed Assault"),
        ("The driver drove his car towards border guards at the crossing.", "Unarmed Assault"),
        ("Dozens of pupils fell ill from poisonous fumes released in the school hall.", "Unarmed Assault"),
        (
            "The attacker broke into a flat and was holding two residents hostage for hours.",
            "Hostage Taking (Barricade Incident)",
        ),
    ],
)
def test_rare_attack_types_from_decisive_words(text: str, attack: str) -> None:
    out = classify(text, model=None)
    assert attack in _labels(out.attack_types)
    hits = [h for h in rule_hits(text) if h.label == attack and h.decisive]
    assert hits
    _check_evidence(text, 0, out)


@pytest.mark.parametrize(
    "text",
    [
        "Two insurgents rammed a pickup packed with explosives through the barrier of a border post.",
        "A suicide attacker rammed an explosives-laden lorry into the gate of the district police station.",
        "The bomber rammed a bomb-laden car into an army convoy outside the town.",
    ],
)
def test_a_car_bomb_rammed_into_a_gate_is_no_unarmed_assault(text: str) -> None:
    labels = {(h.task, h.label) for h in rule_hits(text)}
    assert ("attack", "Unarmed Assault") not in labels
    assert ("weapon", "Explosives") in labels
    assert ("attack", "Unarmed Assault") in {(h.task, h.label) for h in rule_hits("A man rammed his car into a crowd.")}


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Gunmen tied up four farm workers at a ranch and shot them before dawn.", "tied up"),
        ("Soldiers at a roadblock briefly detained a radio reporter covering the vote.", "briefly detained"),
        ("Protesters occupied the regional council building and held staff inside.", "occupied"),
    ],
)
def test_victims_held_in_place_are_a_barricade_incident(text: str, evidence: str) -> None:
    out = classify(text)
    assert out.attack_types[0].label == "Hostage Taking (Barricade Incident)"
    assert evidence in {s.text for s in out.attack_types[0].evidence}
    _check_evidence(text, 0, out)


def test_a_place_occupied_by_people_is_no_barricade() -> None:
    for text in ("A house occupied by migrant workers was set on fire.", "Troops patrolled the occupied territory."):
        assert not [h for h in rule_hits(text) if h.label == "Hostage Taking (Barricade Incident)"]


def test_a_vehicle_taken_in_the_lead_sentence_is_a_hijacking() -> None:
    text = "Armed men stole two fuel tankers on the Gao road and drove them north. Nobody was hurt."
    out = classify(text)
    assert out.attack_types[0].label == "Hijacking"
    assert out.attack_types[0].evidence[0].text == "stole two fuel tankers"
    # Vehicles taken as loot after an assault told first are no hijacking.
    later = "Gunmen killed three villagers in Kanda on Monday. The attackers also stole two trucks."
    assert not [h for h in rule_hits(later) if h.label == "Hijacking"]
    assert classify(later).attack_types[0].label == "Armed Assault"


def test_a_titled_person_as_the_attack_object_signals_assassination() -> None:
    def assassination(text: str) -> list[str]:
        return [text[h.start : h.end] for h in rule_hits(text) if h.label == "Assassination"]

    assert assassination("Gunmen opened fire on a village chair outside his house in Santo Nino.") == [
        "opened fire on a village chair"
    ]
    assert assassination("Assailants attacked Omar Haji, a district councillor, near the market.") == [
        "attacked Omar Haji, a district councillor"
    ]
    # A titled speaker, or soldiers under a commander's orders, are not the attack's object.
    assert assassination("Omar Haji, the district councillor, said gunmen attacked the market.") == []
    assert assassination("Gunmen attacked soldiers and killed two villagers, the police chief said.") == []


def test_a_vehicle_taken_after_another_act_is_no_hijacking() -> None:
    text = "Masked men held a family hostage and stole their car for use in a bombing later that night."
    assert not [h for h in rule_hits(text) if h.label == "Hijacking"]


def test_people_taken_by_armed_men_signal_a_kidnapping() -> None:
    text = "The two engineers were taken by armed men from their hotel in Port Harcourt on Monday."
    hits = [text[h.start : h.end] for h in rule_hits(text) if h.label == "Hostage Taking (Kidnapping)"]
    assert hits == ["were taken by armed"]
    assert classify(text).attack_types[0].label == "Hostage Taking (Kidnapping)"
    assert not [h for h in rule_hits("The documents were taken by the police.") if h.label.startswith("Hostage")]


def test_hostages_held_after_a_longer_object_are_a_barricade_incident() -> None:
    text = "A gunman entered the clinic and held a nurse and four waiting patients hostage until dusk."
    hits = [text[h.start : h.end] for h in rule_hits(text) if h.decisive and "Barricade" in h.label]
    assert hits == ["held a nurse and four waiting patients hostage"]
    # Beyond seven words the act is no longer one phrase.
    far = "Rebels held the convoy at the bridge near the river for a day, and later took a hostage."
    assert not [h for h in rule_hits(far) if h.decisive and "Barricade" in h.label]


def test_lead_sentence_words_are_features_of_their_own() -> None:
    from counterclaim.incidents._type_features import bucket

    text = "Gunmen torched a lorry near Mopti. Later they looted a shop."
    feats = feature_spans(text)
    assert text[slice(*feats[bucket("l:torch")])] == "torched"
    # Words after the lead sentence are only plain words.
    assert bucket("u:looted") in feats
    assert bucket("l:loot") not in feats


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Attackers burned a school in Kasai; no casualties were reported.", "none"),
        ("Attackers burned a school in Kasai and two guards were killed.", "some"),
        ("Attackers burned a school in Kasai.", "unsaid"),
        ("Attackers burned a school; no one was hurt, though a guard was reported injured later.", "none"),
    ],
)
def test_casualty_state(text: str, state: str) -> None:
    from counterclaim.incidents._type_features import casualty_state

    assert casualty_state(text) == state


def test_rule_pairs_and_casualties_are_conjunction_features_without_evidence() -> None:
    from counterclaim.incidents._type_features import bucket, conjunctions

    text = "Gunmen opened fire on a market and set fire to stalls, killing three traders."
    names = conjunctions(text, rule_hits(text))
    assert "x:a:Armed Assault|some" in names
    assert "x:a:Armed Assault|a:Facility/Infrastructure Attack" in names
    assert "x:w:Firearms|w:Incendiary" in names
    # Targets take no part, and the features have no span a reader could be shown.
    assert not [n for n in names if "Private Citizens" in n]
    assert feature_spans(text)[bucket("x:a:Armed Assault|some")] == (0, 0)
    out = classify(text)
    _check_evidence(text, 0, out)
    assert all(span.text for lab in out.attack_types for span in lab.evidence)


def test_a_leading_date_adds_no_features() -> None:
    text = "Armed men torched two lorries near the depot on the Gao road."
    dated = "03/07/2024: " + text
    shift = len(dated) - len(text)
    assert {b: (s + shift, e + shift) for b, (s, e) in feature_spans(text).items() if e > s} == {
        b: sp for b, sp in feature_spans(dated).items() if sp[1] > sp[0]
    }
    assert set(feature_spans(text)) == set(feature_spans(dated))


def test_a_vehicle_driven_into_a_crowd_is_an_unarmed_assault_with_a_vehicle():
    labels = classify("A rented van ploughed into shoppers on the high street on Saturday, killing four.")
    assert labels.attack_types[0].label == "Unarmed Assault"
    assert [w.label for w in labels.weapon_types][0].startswith("Vehicle")


def test_a_beating_is_melee() -> None:
    out = classify("A crowd beat a shopkeeper's nephew to death outside his home town on Sunday evening.")
    assert [x.label for x in out.weapon_types] == ["Melee"]
    assert "to death" in out.weapon_types[0].evidence[0].text


def test_a_second_weapon_needs_its_own_word() -> None:
    out = classify("A driver steered a hired van at speed into a crowded street market on Friday, killing four.")
    assert [x.label for x in out.weapon_types] == [VEHICLE]
    both = classify("A man drove a van into shoppers, then got out and stabbed two people with a knife.")
    assert {x.label for x in both.weapon_types} == {VEHICLE, "Melee"}


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Attackers shot at the guests and then set the wedding hall ablaze.", "set the wedding hall ablaze"),
        ("Rioters set fire to two police vehicles outside the station.", "set fire to two police vehicles"),
        ("The district office was torched overnight by unknown men.", "office was torched"),
    ],
)
def test_arson_of_a_building_or_vehicle_is_a_facility_attack(text: str, evidence: str) -> None:
    hits = [h for h in rule_hits(text) if h.label == "Facility/Infrastructure Attack" and h.decisive]
    assert [text[h.start : h.end] for h in hits] == [evidence]
    assert not [h for h in rule_hits("Gunmen set up a checkpoint on fire-damaged roads.") if h.decisive]


@pytest.mark.parametrize(
    "text",
    [
        "Assailants hurled a grenade into a crowded bus station in Mogadishu, wounding nine people.",
        "A grenade was lobbed over the wall of the governor's compound, injuring two guards.",
    ],
)
def test_a_thrown_grenade_without_guns_is_a_bombing(text: str) -> None:
    hits = [h for h in rule_hits(text) if h.label == "Bombing/Explosion" and h.decisive]
    assert hits
    guns = text.replace(", wounding", " amid gunfire, wounding").replace(", injuring", " amid gunfire, injuring")
    assert not [h for h in rule_hits(guns) if h.label == "Bombing/Explosion" and h.decisive]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Two bombs went off at a bus depot in Peshawar, killing eight, the police chief told reporters.",
         "Journalists & Media"),
        ("A bomb hidden in a cart exploded at a market in Bannu, speaking to journalists, a doctor said.",
         "Journalists & Media"),
        ("A bomb exploded at a market in Bannu on Monday, killing five, local media reported.", "Journalists & Media"),
        ("A drone hit an oil tanker off the coast of Oman, killing two crew members, the defence minister told "
         "visiting diplomats on Monday.", "Government (Diplomatic)"),
    ],
)
def test_the_listener_or_the_medium_of_the_story_is_not_a_target(text: str, label: str) -> None:
    assert label not in _labels(classify(text).target_types)
    hit = classify("Gunmen shot dead two reporters outside a radio station.")
    assert "Journalists & Media" in _labels(hit.target_types)
    envoys = classify("Gunmen fired on a convoy of diplomats near the embassy.")
    assert "Government (Diplomatic)" in _labels(envoys.target_types)


@pytest.mark.parametrize(
    "response",
    [
        "Officers shot and wounded the attacker minutes later.",
        "The assailant was shot dead by police outside the church.",
        "Police opened fire, killing the assailant.",
    ],
)
def test_the_police_response_types_neither_weapon_nor_target(response: str) -> None:
    text = "A man attacked shoppers with a knife at a mall in Graz on Friday, wounding four women. " + response
    out = classify(text)
    assert "Firearms" not in _labels(out.weapon_types)
    assert "Police" not in _labels(out.target_types)
    assert "Melee" in _labels(out.weapon_types)


def test_a_thrown_grenade_is_no_floor_beside_a_likely_assassination() -> None:
    out = classify("Assailants threw a grenade at the car of a provincial judge in Kunar, assassinating him.")
    bombing = [x for x in out.attack_types if x.label == "Bombing/Explosion"]
    assert out.attack_types[0].label == "Assassination"
    assert not bombing or bombing[0].confidence < 0.5


def test_people_seized_snatched_or_taken_away_signal_a_kidnapping() -> None:
    def taken(text: str) -> list[str]:
        return [text[h.start : h.end] for h in rule_hits(text) if h.decisive and "Kidnapping" in h.label]

    assert taken("Gunmen seized nine farmers from their fields near Gusau.") == ["seized nine farmers"]
    assert taken("Armed men snatched a pastor outside his church at dawn.") == ["snatched a pastor"]
    assert taken("The bandits took away eleven villagers, residents said.") == ["took away eleven villagers"]
    assert taken("Six traders were seized on the road to the market.") == ["traders were seized"]
    assert classify("Bandits seized nine farmers from their fields near Gusau.").attack_types[0].label == (
        "Hostage Taking (Kidnapping)"
    )
    # things, control of a place, or an arrest are no kidnapping
    assert taken("The insurgents seized rifles from soldiers and seized control of the town.") == []
    assert taken("Police seized two men during a search of the house.") == []
    assert taken("Six traders were seized by police at the border.") == []
    assert taken("On Monday, soldiers searched the camp and seized four men.") == []
    # people the attackers killed are not the subject of the seizure
    assert taken("Bandits shot two policemen and seized six traders.") == ["seized six traders"]


def test_a_weapon_word_naming_a_place_or_trade_is_no_weapon() -> None:
    def weapons(text: str) -> set[str]:
        return {h.label for h in rule_hits(text) if h.task == "weapon"}

    assert weapons("Armed men raided a petrol station on the Kano road and took the day's takings.") == set()
    assert weapons("A fire broke out at a gasoline depot after the drone attack.") == {"Explosives"}
    assert weapons("Robbers looted a gun shop in the old town.") == set()
    # the weapon itself still counts
    assert "Incendiary" in weapons("Youths hurled petrol bombs at the police post.")
    assert weapons("The attackers doused the shop in petrol and set it alight.") == {"Incendiary"}


@pytest.mark.parametrize("kind", ["gasoline", "filling", "fuel", "service"])
def test_a_fuel_station_is_a_business_not_a_utility(kind: str) -> None:
    text = f"Armed men opened fire at a {kind} station on the ring road, wounding a cashier."
    targets = {h.label for h in rule_hits(text) if h.task == "target"}
    assert "Business" in targets and "Utilities" not in targets
    assert "Utilities" in {h.label for h in rule_hits("Rebels blew up a gas pumping station.") if h.task == "target"}


@pytest.mark.parametrize(
    "arrival",
    [
        "Soldiers arrived and repelled the attackers an hour later.",
        "Troops were later deployed to the area and more soldiers were sent.",
        "Police responded to the scene and launched a manhunt.",
    ],
)
def test_forces_that_only_arrive_after_the_attack_are_no_target(arrival: str) -> None:
    text = "Gunmen stormed a hamlet near Maru overnight, killing eleven villagers and burning homes. " + arrival
    out = classify(text)
    assert _labels(out.target_types) == ["Private Citizens & Property"]
    hit = classify("Gunmen ambushed soldiers who arrived to secure the road near Maru, killing four.")
    assert "Military" in _labels(hit.target_types)
    # forces that respond to an attack on nobody else named are likely what it hit
    alone = classify("A man fired shots outside a patrol post in Dover. He was wounded as police responded.")
    assert "Police" in _labels(alone.target_types)


def test_government_in_a_school_name_is_no_government_target() -> None:
    out = classify("Armed men raided the Government Day Secondary School in Tudun Wada and seized forty pupils.")
    assert _labels(out.target_types) == ["Educational Institution"]
    both = classify("Armed men attacked the local government offices and a school in Tudun Wada.")
    assert {"Government (General)", "Educational Institution"} <= set(_labels(both.target_types))


def test_a_merchant_ship_is_maritime_not_business() -> None:
    out = classify("Pirates attacked a merchant ship off the coast and held its crew for two days.")
    assert _labels(out.target_types) == ["Maritime"]
    traders = classify("Gunmen robbed and killed two merchants at their stalls in the old town.")
    assert "Business" in _labels(traders.target_types)


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("A bomb hidden on a passenger bus exploded on the main road, killing 14 people.", "Transportation"),
        ("Militants attacked a ferry on the river, killing 30 people.", "Maritime"),
    ],
)
def test_the_people_killed_at_an_institution_add_no_private_target(text: str, institution: str) -> None:
    assert _labels(classify(text).target_types) == [institution]
    both = classify("Gunmen attacked a village and burned a church, killing 10 villagers.")
    assert {"Private Citizens & Property", "Religious Figures/Institutions"} <= set(_labels(both.target_types))
    # students taken away from a school's grounds are private citizens to GTD
    off_campus = classify("Kidnappers seized five high school students in Bamenda, and two people were wounded.")
    assert "Private Citizens & Property" in _labels(off_campus.target_types)


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded an oil tanker off the coast and took six of its crew.",
        "A limpet mine exploded on the hull of a crude tanker anchored outside the port.",
        "Rebels fired a missile at a gas tanker sailing through the strait.",
    ],
)
def test_a_tanker_is_maritime_not_utilities(text) -> None:
    out = classify(text)
    assert _labels(out.target_types)[0] == "Maritime"
    assert "Utilities" not in _labels(out.target_types)


def test_an_oil_installation_stays_utilities_and_a_tanker_truck_is_no_ship() -> None:
    assert _labels(classify("Militants blew up an oil pipeline outside the refinery town.").target_types) == [
        "Utilities"]
    assert "Maritime" not in _labels(classify("Assailants torched a fuel tanker truck on the highway.").target_types)


@pytest.mark.parametrize(
    "text",
    [
        "The minister told visiting diplomats that gunmen had killed six herders near the river.",
        "According to the interior minister, bandits shot dead six herders near the river.",
    ],
)
def test_the_speaker_of_a_whole_passage_is_no_target(text) -> None:
    targets = _labels(classify(text).target_types)
    assert targets[0] == "Private Citizens & Property"
    assert not {"Government (General)", "Government (Diplomatic)"} & set(targets)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels blew up a water pipeline east of the town on Friday.",
        "A section of the railway was blown up overnight, halting freight traffic.",
        "The attacker blew himself up near the gate of the ministry.",
    ],
)
def test_blowing_up_is_a_bombing_with_explosives(text: str) -> None:
    labels = {(h.task, h.label) for h in rule_hits(text)}
    assert {("attack", "Bombing/Explosion"), ("weapon", "Explosives")} <= labels


@pytest.mark.parametrize(
    "text",
    [
        "A man opened fire in a bakery on the high street, killing three customers, before he was shot dead by a "
        "police officer.",
        "Police are investigating an arson attack on a synagogue in the city centre.",
        "A bomb exploded outside a bank in the port city. Counter-terrorism police have arrested two suspects.",
    ],
)
def test_the_police_who_respond_or_investigate_are_no_target(text: str) -> None:
    assert "Police" not in _labels(classify(text).target_types)


def test_the_police_attacked_while_investigating_are_a_target() -> None:
    out = classify("Gunmen ambushed police investigating a robbery on the outskirts of the town, killing two officers.")
    assert "Police" in _labels(out.target_types)


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed four soldiers on Monday. The militia said in a statement on its radio station that "
        "its fighters planted the device.",
        "Rockets hit an army base near the border. A rebel spokesman said on the group's television channel that "
        "the base had been targeted.",
    ],
)
def test_the_speakers_own_channel_is_no_media_target(text: str) -> None:
    assert "Journalists & Media" not in _labels(classify(text).target_types)


def test_a_radio_station_attacked_is_a_media_target() -> None:
    out = classify("Gunmen stormed a radio station in the town and set the studio on fire, the station's owner said.")
    assert "Journalists & Media" in _labels(out.target_types)


def test_a_message_sent_to_reporters_and_shots_into_the_air_name_no_target() -> None:
    text = ("A bomb exploded at a bus terminal in Quetta, killing six; the group claimed it in an email sent to "
            "reporters.")
    assert "Journalists & Media" not in _labels(classify(text).target_types)
    raid = "Gunmen stormed a clinic in the hills, firing into the air before seizing two doctors."
    assert "Military" not in _labels(classify(raid).target_types)


def test_a_vehicle_bomb_is_a_bombing_whatever_it_hit() -> None:
    text = ("A truck bomb killed 17 people at the U.S. embassy in Sanaa, and a local militia was later blamed for "
            "the attack.")
    assert _labels(classify(text).attack_types)[0] == "Bombing/Explosion"


@pytest.mark.parametrize(
    "text",
    [
        "A supply convoy came under fire about 20 km from the quarry on Tuesday morning, the operator said.",
        "A police patrol came under heavy fire near the village of Tabankort overnight.",
    ],
)
def test_coming_under_fire_is_an_armed_assault_with_firearms(text: str) -> None:
    out = classify(text)
    assert _labels(out.attack_types)[0] == "Armed Assault"
    assert _labels(out.weapon_types)[0] == "Firearms"
    assert "Facility/Infrastructure Attack" not in _labels(out.attack_types)
    _check_evidence(text, 0, out)


def test_under_fire_from_critics_is_a_figure_of_speech() -> None:
    text = "The governor came under fire from critics over the bombing of the market."
    assert not [h for h in rule_hits(text) if h.label in {"Armed Assault", "Firearms"}]


def test_an_ambush_with_no_weapon_named_is_an_armed_assault() -> None:
    out = classify("An army supply column was ambushed on the road to Menaka on Wednesday.")
    assert _labels(out.attack_types) == ["Armed Assault"]
    assert _labels(out.weapon_types) == ["Unknown"]
    # GTD codes a bare "came under attack" with no weapon as Unknown.
    assert _labels(classify("Soldiers came under attack near the frontier on Saturday.").attack_types) == ["Unknown"]
    # A higher type still comes first: the ambush settles nothing against a bomb.
    bomb = classify("Militants ambushed the convoy with a roadside bomb, killing three soldiers.")
    assert _labels(bomb.attack_types)[0] == "Bombing/Explosion"


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram claimed responsibility for Sunday's assault on a guesthouse and hotel in Maiduguri.",
        "The Taliban said they carried out Tuesday's assault on a police compound in Baghlan.",
    ],
)
def test_an_assault_on_a_place_is_no_unarmed_assault(text: str) -> None:
    out = classify(text)
    assert "Unarmed Assault" not in _labels(out.attack_types)
    assert _labels(out.attack_types)[0] == "Armed Assault"


def test_an_assault_on_a_person_can_stay_unarmed() -> None:
    out = classify("Three men punched and kicked a rabbi on a street in Manchester on Sunday.")
    assert "Unarmed Assault" in _labels(out.attack_types)


@pytest.mark.parametrize(
    "title",
    ["magistrate", "prosecutor", "mayor", "provincial governor", "MP", "tribal chief", "bishop"],
)
def test_office_holders_are_titled_victims(title: str) -> None:
    text = f"Gunmen shot dead a {title} outside his home in the town on Thursday."
    assert [h for h in rule_hits(text) if h.label == "Assassination"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a magistrate outside a courthouse in Oujda on Friday.",
        "Unidentified gunmen killed a district magistrate near his home in Kasur.",
    ],
)
def test_a_magistrate_shot_dead_is_an_assassination_of_an_official(text: str) -> None:
    out = classify(text)
    assert _labels(out.attack_types)[0] == "Assassination"
    assert _labels(out.target_types)[0] == "Government (General)"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Gunmen attacked an Air India office in the capital on Tuesday, killing a clerk.", "Airports & Aircraft"),
        ("A bomb went off outside an Ethiopian Airlines office in the city centre.", "Airports & Aircraft"),
        ("Gunmen attacked a Royal Jordanian office on Sunday, wounding a cashier.", "Business"),
        ("Rioters set fire to a Nigerian Breweries depot on the outskirts of Kano.", "Business"),
    ],
)
def test_a_company_named_after_a_country_is_no_state_target(text: str, target: str) -> None:
    out = classify(text)
    labels = _labels(out.target_types)
    assert labels[0] == target
    assert not set(labels) & {"Government (General)", "Journalists & Media", "Violent Political Party"}
    _check_evidence(text, 0, out)


def test_a_state_body_named_after_its_country_is_no_company() -> None:
    from counterclaim.incidents._company_names import company_targets

    assert company_targets("A grenade was thrown at the Iraqi Interior Ministry office in Basra.") == []
    assert company_targets("Gunmen attacked the Pakistan Army office in Quetta.") == []


def test_a_state_body_the_org_name_reader_knows_is_no_company_either() -> None:
    """The two readers of a country word in a name share one list of state-body words: the Rangers, a
    constabulary and the judiciary are the state's wherever it is read."""
    from counterclaim.incidents._company_names import company_targets

    assert company_targets("Gunmen fired on the Pakistan Rangers office in Karachi.") == []
    assert company_targets("A bomb went off outside the Kenya Judiciary offices in Garissa.") == []


def test_a_news_medium_named_after_its_country_is_no_company() -> None:
    """The company reader reads the actor reader's medium nouns: a daily or a network is the media's."""
    from counterclaim.incidents._company_names import company_targets

    assert company_targets("A bomb damaged the Somali Daily Nation offices in Mogadishu.") == []
    assert company_targets("A bomb damaged the Iraq Network office in Mosul.") == []
    assert company_targets("Gunmen fired at the Air France office in Bamako.") == [("Airports & Aircraft", 20, 37)]


@pytest.mark.parametrize(
    "text",
    [
        "Three men attacked Tomas Varga, a radio reporter, outside his home in Kosice. Varga was treated in hospital "
        "for his injuries.",
        "Unknown assailants attacked reporter Ayla Demir near the courthouse in Izmir on Monday. She was injured in "
        "the assault.",
        "A mob assaulted a local councillor outside the town hall in Mbale. The councillor was hurt and taken to "
        "hospital.",
    ],
)
def test_one_person_hurt_with_no_arms_is_an_unarmed_assault(text: str) -> None:
    out = classify(text)
    assert _labels(out.attack_types)[0] == "Unarmed Assault"
    assert "Assassination" not in _labels(out.attack_types)
    evidence = out.attack_types[0].evidence[0].text
    assert evidence.startswith(("attacked", "assaulted")), evidence
    _check_evidence(text, 0, out)


@pytest.mark.parametrize(
    "text",
    [
        # a weapon named, a death, a unit or a place attacked: not the unarmed reading
        "Gunmen attacked reporter Ayla Demir in Izmir on Monday. She was injured in the shooting.",
        "Assailants attacked a journalist near his home. The journalist was killed.",
        "Raiders attacked an army outpost near the border on Sunday. Two guards were hurt.",
        "Militants attacked villagers in the district. Four villagers were injured.",
        "Assailants attacked Popular Volunteer Forces posts near Khanaqin. Two members were injured.",
    ],
)
def test_arms_a_death_or_a_group_keep_the_unarmed_reading_off(text: str) -> None:
    from counterclaim.incidents._type_rules import unarmed_person_assaults

    assert unarmed_person_assaults(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants raided a farm near Mocimboa and beheaded two farm workers on Saturday.",
        "The bodies of three fishermen were found decapitated on a beach north of the town.",
    ],
)
def test_a_beheading_is_a_hostage_taking(text: str) -> None:
    hits = [h for h in rule_hits(text) if h.label == "Hostage Taking (Kidnapping)"]
    assert hits and all(h.decisive and h.unless_higher for h in hits)
    assert text[hits[0].start : hits[0].end] in ("beheaded", "decapitated")
    assert _labels(classify(text).attack_types)[0] == "Hostage Taking (Kidnapping)"
