"""Merging the records of several short reports (written for these tests) through the real extractor: which
records become one merged incident when outlets tell two attacks of one city on consecutive days."""

from __future__ import annotations

import dataclasses
import datetime as dt

from counterclaim import analyze
from counterclaim.incidents.merge import (
    DocMeta,
    IncidentFeatures,
    IncidentMerger,
    Member,
    MergeConfig,
    MergedIncident,
    _best_date,
    merged_view,
    pair_score,
)
from counterclaim.models import IncidentDate
from counterclaim.store._clustering import claims_by_incident

BOMBING = (
    "KABUL — A suicide bomber blew up a minibus near the main gate of Kabul's airport on Sunday, killing nine "
    "people, police said. The Islamic State group claimed the bombing."
)
ROCKETS_RECALLING_THE_BOMBING = (
    "KABUL — Rockets struck the grounds of the interior ministry in Kabul on Monday, killing a guard and wounding "
    "three clerks, officials said. The attack came a day after a suicide bombing near the airport killed nine people."
)
BOMBING_AGAIN = (
    "KABUL — The toll from Sunday's suicide bombing at the gate of Kabul airport rose to 11 on Monday, "
    "a health ministry official said."
)


def _merge(*reports: tuple[str, str, str]) -> dict[str, list[str]]:
    """Each report's merged ids, in the order its records are told; all reports share one story (the worst case:
    a story groups one city's attacks of a week)."""
    merger = IncidentMerger()
    out = {}
    for doc_id, published, text in reports:
        result = analyze(text, published=published)
        out[doc_id] = merger.add_document(
            DocMeta(doc_id, dt.date.fromisoformat(published)), result.incidents, "s-kabul"
        )
    return out


def test_a_follow_up_recalling_yesterdays_attack_gives_it_its_record() -> None:
    placed = _merge(("bomb", "2026-05-03", BOMBING), ("rockets", "2026-05-04", ROCKETS_RECALLING_THE_BOMBING))
    assert len(placed["rockets"]) == 2  # Monday's rockets, then Sunday's bombing recalled
    rockets, recalled = placed["rockets"]
    assert recalled == placed["bomb"][0]
    assert rockets != placed["bomb"][0]


def test_a_later_report_of_the_same_attack_still_joins_it() -> None:
    placed = _merge(("bomb", "2026-05-03", BOMBING), ("again", "2026-05-04", BOMBING_AGAIN))
    assert placed["again"] == placed["bomb"]


ROCKETS = (
    "KABUL — Two rockets hit the interior ministry compound in Kabul on Monday, killing one guard, a ministry "
    "spokesman said. The Islamic State group said it fired them."
)


def test_another_attack_in_the_city_the_next_day_is_another_incident() -> None:
    # same city, story, attack type and group; the day and the toll tell them apart
    placed = _merge(("bomb", "2026-05-03", BOMBING), ("rockets", "2026-05-04", ROCKETS))
    assert placed["rockets"] != placed["bomb"]


def test_an_attack_overnight_told_a_day_apart_with_a_rising_toll_stays_one() -> None:
    placed = _merge(
        (
            "w1",
            "2026-06-07",
            "GUSAU, Nigeria — Gunmen attacked a wedding party in a village outside Gusau late on Sunday, killing six "
            "guests, police said.",
        ),
        (
            "w2",
            "2026-06-09",
            "GUSAU — The toll from Monday's attack on a wedding party near Gusau rose to 11, police said on Tuesday. "
            "Residents said the gunmen arrived on motorcycles.",
        ),
    )
    assert placed["w2"] == placed["w1"]


def test_an_outlet_giving_a_lower_toll_the_next_day_stays_with_the_attack() -> None:
    placed = _merge(
        (
            "m1",
            "2026-08-03",
            "HILLA, Iraq — A car bomb exploded outside a hospital in Hilla on Monday, killing 19 "
            "people and wounding 40, police said.",
        ),
        (
            "m2",
            "2026-08-04",
            "HILLA — Eleven people were killed and 32 wounded when a car bomb went off outside a "
            "hospital in Hilla on Monday, the provincial governor said on Tuesday.",
        ),
    )
    assert placed["m2"] == placed["m1"]


GOMA_STRIKE = (
    "GOMA, Congo — A drone struck the airport in Goma on Sunday, killing three people, officials said. Congo's "
    "government accused Rwanda of carrying out the strike."
)
GOMA_FROM_WASHINGTON = (
    "WASHINGTON — The United States said on Wednesday that Rwandan forces carried out Sunday's drone strike on the "
    "airport in Goma, in eastern Congo, which killed three people."
)
GISENYI_STRIKE = (
    "GISENYI, Rwanda — A drone struck a market in Gisenyi on Sunday, killing three people, Rwandan police said."
)


def test_a_place_the_gazetteer_resolved_outweighs_the_same_name_with_a_guessed_country() -> None:
    merger = IncidentMerger()
    members = []
    for doc_id, published, text in (("g1", "2026-03-16", GOMA_STRIKE), ("g2", "2026-03-18", GOMA_FROM_WASHINGTON)):
        result = analyze(text, published=published)
        meta = DocMeta(doc_id, dt.date.fromisoformat(published))
        merger.add_document(meta, result.incidents, "s-goma")
        tied = claims_by_incident(result.incidents, result.claims)
        members += [(meta, i, tied[i.id]) for i in result.incidents]
    assert len(merger.clusters()) == 1
    merged = merged_view(members)
    assert merged.location is not None and (merged.location.name, merged.location.country_code) == ("Goma", "CD")
    assert [(p.actor, p.status, len(p.claims)) for p in merged.perpetrators] == [("Rwanda", "alleged", 2)]


def test_a_resolved_town_across_the_border_stays_another_incident() -> None:
    placed = _merge(("g1", "2026-03-16", GOMA_STRIKE), ("gisenyi", "2026-03-16", GISENYI_STRIKE))
    assert placed["gisenyi"] != placed["g1"]


def _merged(*reports: tuple[str, str, str]) -> list[MergedIncident]:
    """The merged views of the reports' records, in the order their merged incidents were made."""
    merger = IncidentMerger()
    members = {}
    for doc_id, published, text in reports:
        result = analyze(text, published=published)
        meta = DocMeta(doc_id, dt.date.fromisoformat(published))
        tied = claims_by_incident(result.incidents, result.claims)
        for incident, mid in zip(result.incidents, merger.add_document(meta, result.incidents, "s-1"), strict=True):
            members.setdefault(mid, []).append((meta, incident, tied[incident.id]))
    return [merged_view(m, merged_id=mid) for mid, m in members.items()]


TOLL_FIRST = (
    "BAUCHI, Nigeria — A suicide bomber blew himself up at a crowded bus park in Bauchi on Friday, killing seven "
    "travellers and wounding 18, police said."
)
TOLL_RISEN = "BAUCHI — The toll from Friday's suicide bombing at a bus park in Bauchi has risen to 13, a doctor said."


def test_a_follow_up_repeating_the_first_toll_does_not_lower_the_current_one() -> None:
    (view,) = _merged(
        ("t1", "2026-04-03", TOLL_FIRST),
        ("t2", "2026-04-04", TOLL_RISEN),
        (
            "t3",
            "2026-04-12",
            "BAUCHI — The state will post guards at every bus park, the governor said on Sunday, after the April 3 "
            "suicide bombing at a bus park in Bauchi that killed seven people.",
        ),
    )
    assert view.documents == ["t1", "t2", "t3"]
    assert view.killed is not None
    assert (view.killed.low, view.killed.high, view.killed.latest, view.killed.latest_document) == (7, 13, 13, "t2")


def test_a_later_higher_toll_is_the_current_one() -> None:
    (view,) = _merged(("t1", "2026-04-03", TOLL_FIRST), ("t2", "2026-04-04", TOLL_RISEN))
    assert view.killed is not None and (view.killed.latest, view.killed.latest_document) == (13, "t2")


def test_a_day_told_by_one_report_beats_a_month_told_explicitly_by_another() -> None:
    (view,) = _merged(
        ("t1", "2026-10-03", TOLL_FIRST),
        (
            "t2",
            "2026-12-20",
            "BAUCHI — Police in Bauchi said on Sunday they had arrested a man suspected of making the vest used in the "
            "suicide bombing at a bus park in the city in October 2026, which killed seven people.",
        ),
    )
    assert view.documents == ["t1", "t2"]
    assert (str(view.date.value), view.date.precision) == ("2026-10-02", "day")
    assert view.date_source is not None and view.date_source.document == "t1"


def test_a_weekday_outside_the_month_told_explicitly_gives_way_to_the_month() -> None:
    def member(doc_id: str, value: dt.date, precision: str, basis: str) -> Member:
        incident = analyze(TOLL_FIRST, published="2026-10-03").incidents[0]
        return (
            DocMeta(doc_id),
            incident.model_copy(update={"date": IncidentDate(value=value, precision=precision, basis=basis)}),
            [],
        )

    best = _best_date(
        [member("a", dt.date(2026, 9, 25), "day", "relative"), member("b", dt.date(2026, 10, 1), "month", "explicit")]
    )
    assert best is not None and (str(best[0].value), best[0].precision) == ("2026-10-01", "month")


def test_a_shooting_and_a_bombing_of_one_city_and_day_are_two_incidents() -> None:
    placed = _merge(
        (
            "mosque",
            "2025-12-05",
            "KABUL — A bomb hidden in a prayer hall exploded at a Shia mosque in western Kabul on Friday, killing 11 "
            "worshippers and wounding 25, police said. Islamic State Khorasan Province claimed the bombing.",
        ),
        (
            "checkpoint",
            "2025-12-06",
            "KABUL — Three Taliban guards were shot dead at a checkpoint in Kabul's Khair Khana district late on "
            "Friday, officials said. The attackers fled on foot.",
        ),
    )
    assert placed["checkpoint"] != placed["mosque"]


def test_a_siege_told_as_gunmen_by_one_outlet_and_as_a_car_bomb_by_another_stays_one() -> None:
    placed = _merge(
        (
            "h1",
            "2026-01-09",
            "MOGADISHU — Al-Shabaab gunmen stormed a seafront hotel in Mogadishu on Friday, killing 12 people before "
            "security forces ended the siege, police said.",
        ),
        (
            "h2",
            "2026-01-09",
            "MOGADISHU — A car bomb exploded at the gate of a seafront hotel in Mogadishu on Friday, killing at least "
            "10 people, a police officer said.",
        ),
    )
    assert placed["h2"] == placed["h1"]


def test_one_hotel_attack_labelled_as_other_targets_by_another_outlet_stays_one() -> None:
    # Business for one outlet, Government (Diplomatic) and Tourists for the one naming the dead: labels never gate
    placed = _merge(
        (
            "h1",
            "2026-01-17",
            "KAMPALA, Uganda — Gunmen stormed a hotel and office complex in Kampala on Friday, killing 11 people, "
            "police said.",
        ),
        (
            "h2",
            "2026-01-18",
            "KAMPALA — Twenty-eight people, among them foreign tourists and embassy staff, died in Friday's attack on "
            "the Riverside complex in Kampala, the security minister said on Saturday.",
        ),
    )
    assert placed["h2"] == placed["h1"]


def test_a_car_bomb_and_a_storming_of_one_camp_and_day_without_a_second_toll_stay_one() -> None:
    # attack types with nothing in common are a mild penalty; with no toll to compare there is nothing against
    placed = _merge(
        (
            "c1",
            "2026-06-12",
            "NIAMEY, Niger — Jihadists set off a car bomb at the gate of an army camp in Niamey on Thursday, then "
            "stormed it, killing dozens of soldiers, officials said.",
        ),
        (
            "c2",
            "2026-06-12",
            "NIAMEY — Gunmen attacked an army training camp in Niamey on Thursday, a security source said.",
        ),
    )
    assert placed["c2"] == placed["c1"]


def test_a_toll_that_rose_many_times_a_day_later_does_not_split_the_attack() -> None:
    placed = _merge(
        (
            "v1",
            "2026-02-02",
            "KATSINA, Nigeria — Gunmen attacked a farming village near Katsina late on Sunday, killing four people, "
            "police said.",
        ),
        (
            "v2",
            "2026-02-03",
            "KATSINA — At least 35 villagers were killed when bandits raided a farming village near Katsina overnight "
            "into Monday, residents said on Tuesday.",
        ),
    )
    assert placed["v2"] == placed["v1"]


def test_an_attack_told_late_one_day_and_early_the_next_without_a_first_toll_stays_one() -> None:
    # no toll in the first report is no evidence against the merge: the words alone do not decide
    placed = _merge(
        (
            "t1",
            "2026-09-06",
            "KABUL — Gunmen attacked a Hindu temple in Kabul late on Saturday, officials said.",
        ),
        (
            "t2",
            "2026-09-07",
            "KABUL — Explosions and gunfire at a Hindu shrine in Kabul early on Sunday killed three people, the "
            "interior ministry said. Islamic State Khorasan Province claimed the assault.",
        ),
    )
    assert placed["t2"] == placed["t1"]


def test_a_floor_risen_many_times_the_next_day_is_one_incident_with_the_new_toll() -> None:
    (view,) = _merged(
        (
            "c1",
            "2026-03-22",
            "MOSCOW — Gunmen opened fire in a concert hall in Krasnogorsk, outside Moscow, on Friday evening, killing "
            "at least 11 people, officials said.",
        ),
        (
            "c2",
            "2026-03-23",
            "KRASNOGORSK, Russia — The death toll from the attack on the Lotus City Hall rose to 88 on Saturday after "
            "a fire set by the attackers gutted the building, investigators said. The Islamic State group claimed "
            "responsibility.",
        ),
    )
    assert view.documents == ["c1", "c2"]
    assert view.killed is not None and (view.killed.latest, view.killed.latest_document) == (88, "c2")


def test_one_bombing_told_by_its_police_dead_and_by_its_market_stays_one() -> None:
    placed = _merge(
        (
            "van",
            "2026-02-10",
            "QUETTA — A bomb planted on a motorcycle exploded next to a police van in a crowded market in Quetta on "
            "Tuesday, killing two constables and a shopkeeper, police said.",
        ),
        (
            "market",
            "2026-02-11",
            "QUETTA — Three people, two of them policemen, were killed when a motorcycle bomb exploded in a Quetta "
            "market on Tuesday, officials said.",
        ),
    )
    assert placed["market"] == placed["van"]


def test_features_saved_before_target_types_were_kept_still_load() -> None:
    incident = analyze(TOLL_FIRST, published="2026-04-03").incidents[0]
    saved = IncidentFeatures.of(DocMeta("t1", dt.date(2026, 4, 3)), incident, "s-1").to_json()
    assert saved["target_types"]
    del saved["target_types"]
    assert IncidentFeatures.from_json(saved).target_types == []


def test_a_later_figure_without_a_floor_is_the_current_one() -> None:
    (view,) = _merged(
        (
            "n1",
            "2026-05-10",
            "MAIDUGURI, Nigeria — A suicide bomber struck a crowded cattle market in Maiduguri on Saturday, killing at "
            "least 18 people, police said.",
        ),
        (
            "n2",
            "2026-05-12",
            "MAIDUGURI — Nearly 50 people are now known to have died in Saturday's suicide bombing at a cattle market "
            "in Maiduguri, a hospital official said on Monday.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.latest, view.killed.latest_qualifier, view.killed.latest_document) == (50, "up to", "n2")


def test_a_toll_revised_down_is_the_current_one() -> None:
    (view,) = _merged(
        (
            "r1",
            "2026-07-04",
            "MULTAN, Pakistan — At least 30 people were killed when a bomb exploded at a shrine in Multan on Friday, a "
            "police officer said.",
        ),
        (
            "r2",
            "2026-07-05",
            "MULTAN — Officials revised the death toll from Friday's shrine bombing in Multan down to 14, saying some "
            "victims had been counted twice.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.low, view.killed.high, view.killed.latest, view.killed.latest_document) == (14, 30, 14, "r2")


def test_two_records_of_one_date_compare_whatever_their_precisions() -> None:
    incident = analyze(TOLL_FIRST, published="2026-04-03").incidents[0]
    a = IncidentFeatures.of(DocMeta("a", dt.date(2026, 4, 3)), incident, None)
    b = dataclasses.replace(a, doc_id="b", date_precision=None)
    a = dataclasses.replace(a, date_precision="month")
    assert a.date == b.date
    assert pair_score(a, b, MergeConfig()) is not None
    assert pair_score(b, a, MergeConfig()) is not None


CAR_BOMB_FIRST = (
    "MOGADISHU — A car bomb exploded outside a seafront restaurant in Mogadishu on Saturday, killing at least 20 "
    "diners, police said."
)


def test_dozens_told_after_a_numbered_toll_does_not_replace_it() -> None:
    (view,) = _merged(
        ("e1", "2026-06-20", CAR_BOMB_FIRST),
        (
            "e2",
            "2026-06-21",
            "MOGADISHU — Dozens of people died when a car bomb went off outside a busy seafront restaurant in "
            "Mogadishu on Saturday, witnesses said.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.latest, view.killed.latest_qualifier, view.killed.latest_document) == (20, "at least", "e1")


def test_hundreds_told_after_a_lower_toll_is_the_current_one() -> None:
    # a vague figure whose floor is above the current toll is an update
    (view,) = _merged(
        ("e1", "2026-06-20", CAR_BOMB_FIRST),
        (
            "e2",
            "2026-06-22",
            "MOGADISHU — Hundreds of people were killed when a car bomb went off outside a busy seafront restaurant "
            "in Mogadishu on Saturday, residents said on Monday.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.latest, view.killed.latest_qualifier, view.killed.latest_document) == (100, "vague", "e2")


def test_dozens_as_the_only_toll_is_its_floor() -> None:
    (view,) = _merged(
        (
            "e1",
            "2026-06-20",
            "MOGADISHU — A car bomb exploded outside a seafront restaurant in Mogadishu on Saturday, killing dozens "
            "of diners, police said.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.latest, view.killed.latest_qualifier) == (12, "vague")


BUS_STATION = (
    "PESHAWAR, Pakistan — A bomb exploded at a bus station in Peshawar late on Saturday, killing four people and "
    "wounding 42, police said."
)


def test_fewer_wounded_in_a_later_report_do_not_split_the_attack() -> None:
    # the wounded go home: Sunday's paper counts 14 hurt where Saturday's said 42; the dead agree
    placed = _merge(
        ("d1", "2026-05-17", BUS_STATION),
        (
            "d2",
            "2026-05-18",
            "PESHAWAR — Four travellers died and 14 were hurt when explosives went off at the Haji Camp terminal "
            "shortly after midnight on Sunday, Lady Reading Hospital said.",
        ),
    )
    assert placed["d2"] == placed["d1"]


def test_fewer_dead_in_a_later_report_still_tell_another_attack() -> None:
    placed = _merge(
        ("d1", "2026-05-17", BUS_STATION.replace("four people", "nine people")),
        (
            "d2",
            "2026-05-18",
            "PESHAWAR — Two travellers died and 14 were hurt when explosives went off at the Haji Camp terminal "
            "shortly after midnight on Sunday, Lady Reading Hospital said.",
        ),
    )
    assert placed["d2"] != placed["d1"]


CHECKPOINT_BOMB = (
    "BAGHDAD — A car bomb exploded near a police checkpoint in Baghdad's Sadr City district on Monday, killing six "
    "people and wounding 15, police said."
)


def test_two_bombings_of_one_city_and_day_in_two_districts_are_two_incidents() -> None:
    # one type, one day: the districts and tolls far apart tell them apart (what was hit is no second detail: one
    # bombing is told by its checkpoint and by the market beside it)
    placed = _merge(
        ("a1", "2026-03-09", CHECKPOINT_BOMB),
        (
            "a2",
            "2026-03-09",
            "BAGHDAD — A roadside bomb struck a minibus carrying construction workers in the Dora neighbourhood of "
            "southern Baghdad on Monday, killing 41 people and wounding 60, medical sources said.",
        ),
        (
            "a3",
            "2026-03-10",
            "BAGHDAD — The death toll from Monday's car bombing at a police checkpoint in Sadr City rose to nine on "
            "Tuesday, a police officer said.",
        ),
    )
    assert placed["a2"] != placed["a1"]
    assert placed["a3"] == placed["a1"]


def test_one_bombing_told_by_its_district_and_by_its_street_stays_one() -> None:
    # two places inside the town alone are a penalty, not a veto: the street lies in the district
    placed = _merge(
        (
            "k1",
            "2026-03-09",
            "BAGHDAD — A car bomb exploded outside a crowded ice cream shop in Baghdad's Karrada district on Monday "
            "night, killing 12 people, police said.",
        ),
        (
            "k2",
            "2026-03-10",
            "BAGHDAD — Twelve people died when a parked car packed with explosives blew up outside an ice cream "
            "parlour on Abu Nuwas Street in Baghdad on Monday night, officials said.",
        ),
    )
    assert placed["k2"] == placed["k1"]


def test_a_bombing_in_the_morning_and_one_in_the_evening_of_one_day_are_two_incidents() -> None:
    placed = _merge(
        (
            "b1",
            "2026-02-10",
            "QUETTA — A bomb exploded next to a police van on Zarghoon Road in Quetta on Tuesday morning, killing two "
            "constables, police said.",
        ),
        (
            "b2",
            "2026-02-11",
            "QUETTA — A bomb hidden in a vegetable cart tore through a crowded market in Quetta's Kandahari Bazaar on "
            "Tuesday evening, killing 16 shoppers and wounding 30, officials said.",
        ),
    )
    assert placed["b2"] != placed["b1"]


def test_one_bombing_told_with_and_without_its_time_of_day_stays_one() -> None:
    placed = _merge(
        (
            "b1",
            "2026-02-10",
            "QUETTA — A bomb exploded next to a police van on Zarghoon Road in Quetta on Tuesday morning, killing two "
            "constables, police said.",
        ),
        (
            "b2",
            "2026-02-11",
            "QUETTA — Two policemen were killed when a bomb went off beside their van on Zarghoon Road in Quetta on "
            "Tuesday, officials said.",
        ),
    )
    assert placed["b2"] == placed["b1"]


def test_one_ship_struck_told_in_the_red_sea_and_in_the_gulf_of_aden_stays_one() -> None:
    # a sea area's coordinates are a rough centroid: two seas 1,200 km apart by centroid are no veto for one ship
    placed = _merge(
        (
            "t1",
            "2026-03-05",
            "DUBAI — A Houthi ballistic missile struck the bulk carrier True Dawn in the Gulf of Aden off Yemen on "
            "Wednesday, killing two crew members, the US military said.",
        ),
        (
            "t2",
            "2026-03-06",
            "SANAA — Two sailors died when a Houthi missile slammed into the True Dawn in the Red Sea off Yemen on "
            "Wednesday, the ship's Greek operator said on Thursday.",
        ),
    )
    assert placed["t2"] == placed["t1"]


def test_two_ships_struck_in_two_seas_on_one_day_are_two_incidents() -> None:
    placed = _merge(
        (
            "s1",
            "2026-01-27",
            "DUBAI — A Houthi missile struck the Greek-owned bulk carrier Star Nasia in the Red Sea on Tuesday, "
            "wounding two sailors, the US military said.",
        ),
        (
            "s2",
            "2026-01-27",
            "DUBAI — The Houthis fired a missile at the tanker Marlin Luanda in the Gulf of Aden on Tuesday, setting "
            "it ablaze and injuring three crew members, the British maritime agency UKMTO said.",
        ),
    )
    assert placed["s2"] != placed["s1"]


MOSQUE_FIRST = (
    "KANO, Nigeria — At least 31 worshippers were killed when a suicide bomber blew himself up inside a mosque in "
    "Kano during Friday prayers, police said on Saturday."
)


def test_a_later_report_restating_an_old_far_lower_toll_does_not_replace_the_current_one() -> None:
    (view,) = _merged(
        ("k1", "2026-04-04", MOSQUE_FIRST),
        (
            "k2",
            "2026-04-05",
            "KANO — A suicide bomber killed seven worshippers at a mosque in Kano during Friday prayers, police said, "
            "in the first attack on the city this year.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.low, view.killed.high, view.killed.latest, view.killed.latest_document) == (7, 31, 31, "k1")


def test_a_later_somewhat_lower_toll_is_the_current_one() -> None:
    # 24 where "at least 31" was told is a newer count, not a restated old one
    (view,) = _merged(
        ("k1", "2026-04-04", MOSQUE_FIRST),
        (
            "k2",
            "2026-04-05",
            "KANO — A suicide bomber killed 24 worshippers at a mosque in Kano during Friday prayers, the state "
            "governor said on Sunday.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.latest, view.killed.latest_document) == (24, "k2")


BUS_ABDUCTION = (
    "KADUNA, Nigeria — Armed men abducted 27 passengers from a bus on the Kaduna-Abuja highway near Kaduna on Tuesday "
    "night, police said."
)


def test_captives_killed_days_after_their_abduction_join_the_kidnapping() -> None:
    (view,) = _merged(
        ("h1", "2026-09-02", BUS_ABDUCTION),
        (
            "h2",
            "2026-09-07",
            "KADUNA — Four of the 27 bus passengers abducted near Kaduna last week were killed by their captors, and "
            "23 were freed in a military operation on Sunday, the army said on Monday.",
        ),
    )
    assert view.documents == ["h1", "h2"]
    assert (str(view.date.value), view.date.precision) == ("2026-09-01", "day")
    assert view.killed is not None and view.killed.latest == 4


def test_another_kidnapping_of_the_town_days_later_is_another_incident() -> None:
    placed = _merge(
        ("h1", "2026-09-02", BUS_ABDUCTION),
        (
            "h2",
            "2026-09-07",
            "KADUNA — Gunmen abducted 12 worshippers from a church near Kaduna on Sunday, the state police said on "
            "Monday.",
        ),
    )
    assert placed["h2"] != placed["h1"]


def test_a_weapon_one_report_tells_beats_unknown_from_the_reports_that_cannot() -> None:
    (view,) = _merged(
        (
            "p1",
            "2026-08-14",
            "MENAKA, Mali — Gunmen on motorbikes opened fire on an army post in Menaka on Thursday, killing 11 "
            "soldiers, the army said.",
        ),
        (
            "p2",
            "2026-08-15",
            "BAMAKO — Eleven soldiers died in Thursday's attack on an army post in Menaka, the army said on Friday.",
        ),
        (
            "p3",
            "2026-08-16",
            "MENAKA — The toll from Thursday's attack on the army post in Menaka rose to 14, officials said.",
        ),
    )
    assert [s.label for s in view.weapon_types] == ["Firearms"]


def test_unknown_stays_when_no_report_tells_the_weapon() -> None:
    (view,) = _merged(
        (
            "p2",
            "2026-08-15",
            "BAMAKO — Eleven soldiers died in Thursday's attack on an army post in Menaka, the army said on Friday.",
        ),
    )
    assert [s.label for s in view.weapon_types] == ["Unknown"]


def test_a_sea_tied_to_a_country_beats_the_same_sea_without_one() -> None:
    (view,) = _merged(
        (
            "s1",
            "2026-01-27",
            "DUBAI — A Houthi missile struck the Greek-owned bulk carrier Star Nasia in the Red Sea on Tuesday, "
            "wounding two sailors, the US military said.",
        ),
        (
            "s3",
            "2026-01-28",
            "ADEN, Yemen — Two crew members of the Star Nasia were hurt when a Houthi missile hit the bulk carrier off "
            "Yemen's coast in the Red Sea on Tuesday, its Greek manager said.",
        ),
    )
    assert view.location is not None and (view.location.name, view.location.country_code) == ("Red Sea", "YE")


def test_one_siege_told_as_gunmen_in_the_afternoon_and_a_car_bomb_at_night_stays_one() -> None:
    # times of day apart and attack types apart: the types are no second detail (a siege is told by its two sides)
    placed = _merge(
        (
            "g1",
            "2026-01-09",
            "MOGADISHU — Al-Shabaab gunmen stormed the Lido seafront hotel in Mogadishu on Friday afternoon, killing "
            "12 guests, police said.",
        ),
        (
            "g2",
            "2026-01-10",
            "MOGADISHU — A car bomb exploded at the gate of the Lido seafront hotel in Mogadishu on Friday night, "
            "killing 14 people, a police officer said on Saturday.",
        ),
    )
    assert placed["g2"] == placed["g1"]


def test_a_distance_shared_by_two_kidnappings_weeks_apart_is_no_captives_count() -> None:
    # "about 30 km from Kaduna" in both: a distance, not the captives, so the usual date window keeps them apart
    placed = _merge(
        (
            "d1",
            "2026-03-04",
            "KADUNA, Nigeria — Gunmen abducted 14 passengers from a bus about 30 km from Kaduna on Tuesday, police "
            "said.",
        ),
        (
            "d2",
            "2026-03-26",
            "KADUNA, Nigeria — Gunmen kidnapped eight farmers in a village about 30 km from Kaduna on Monday, "
            "residents said.",
        ),
    )
    assert placed["d2"] != placed["d1"]


def test_one_count_of_other_captives_weeks_apart_is_another_kidnapping() -> None:
    # 20 passengers are not 20 worshippers: the captives' noun must agree as well as their count
    placed = _merge(
        (
            "w1",
            "2026-06-02",
            "KADUNA, Nigeria — Gunmen abducted 20 passengers from a bus near Kaduna on Monday, police said.",
        ),
        (
            "w2",
            "2026-06-21",
            "KADUNA, Nigeria — Gunmen abducted 20 worshippers from a Baptist church near Kaduna on Saturday, police "
            "said.",
        ),
    )
    assert placed["w2"] != placed["w1"]


def test_one_bombing_told_by_its_checkpoint_and_by_its_market_in_two_districts_stays_one() -> None:
    # one spot each (Sadr City, Thawra: one district's two names) is one detail; the targets are no second one
    placed = _merge(
        (
            "q1",
            "2026-03-10",
            "BAGHDAD — A suicide bomber blew himself up at a police checkpoint in Baghdad's Sadr City district on "
            "Tuesday, killing 23 people, officials said.",
        ),
        (
            "q2",
            "2026-03-10",
            "BAGHDAD — A suicide bomber tore through a crowded vegetable market in the Thawra neighbourhood of "
            "Baghdad on Tuesday, killing 23 shoppers, officials said.",
        ),
    )
    assert placed["q2"] == placed["q1"]


SADR_CITY_BOMBING = (
    "BAGHDAD — A suicide bomber blew himself up at a police checkpoint in Baghdad's Sadr City district on Tuesday, "
    "killing 23 people, officials said."
)


def test_a_community_adjective_is_no_named_spot() -> None:
    # "a Shiite district" names a kind of district, not one: no spot to set against Sadr City
    placed = _merge(
        ("s1", "2026-03-10", SADR_CITY_BOMBING),
        (
            "s2",
            "2026-03-10",
            "BAGHDAD — A suicide bomber blew himself up in a crowded market in a Shiite district of Baghdad on "
            "Tuesday, killing 23 people, police said.",
        ),
    )
    assert placed["s2"] == placed["s1"]


def test_all_caps_copy_names_no_spot() -> None:
    placed = _merge(
        (
            "c1",
            "2026-03-10",
            "BAGHDAD — A car bomb exploded near a police checkpoint in Baghdad's Sadr City district on Tuesday, "
            "killing 12 people, police said.",
        ),
        ("c2", "2026-03-10", "A CAR BOMB EXPLODED NEAR A CROWDED MARKET IN BAGHDAD ON TUESDAY, KILLING 12 PEOPLE."),
    )
    assert placed["c2"] == placed["c1"]


def test_spots_skip_adjectives_of_a_community_and_all_caps_but_keep_names() -> None:
    from counterclaim.incidents.merge import _subplaces

    def spots(text: str) -> list[str]:
        return [w for i in analyze(text, published="2026-03-10").incidents for w in _subplaces(i)]

    assert (
        spots(
            "KABUL — Gunmen attacked a Hazara neighbourhood and a Taliban-controlled district of Kabul on Tuesday, "
            "killing 12 people."
        )
        == []
    )
    assert spots("BAGHDAD — A bomb exploded in a Shiite district of Baghdad on Tuesday, killing 23 people.") == []
    assert spots("A CAR BOMB EXPLODED NEAR A CROWDED MARKET IN BAGHDAD ON TUESDAY, KILLING 12 PEOPLE.") == []
    # near miss: a quarter's name is still a spot
    assert spots(
        "BAGHDAD — A roadside bomb struck a minibus in the Dora neighbourhood of southern Baghdad on Monday, killing "
        "five people."
    ) == ["dora"]


MARLIN_LUANDA = (
    "ADEN — Houthi rebels struck the tanker Marlin Luanda with a missile in the Gulf of Aden on Friday, setting it "
    "ablaze, the ship's operator said."
)


def test_the_attackers_after_a_ship_word_are_no_ship_name() -> None:
    # "the vessel Houthi rebels hit": Houthi is who hit it, not the vessel's name to set against Marlin Luanda
    placed = _merge(
        ("v1", "2026-03-06", MARLIN_LUANDA),
        (
            "v2",
            "2026-03-06",
            "ADEN — A fire raged aboard the vessel Houthi rebels hit with a missile in the Gulf of Aden on Friday, "
            "the ship's operator said.",
        ),
    )
    assert placed["v2"] == placed["v1"]


def test_a_ship_name_of_one_word_is_one_detail_and_two_sure_names_a_veto() -> None:
    incident = analyze(MARLIN_LUANDA, published="2026-03-06").incidents[0]
    a = IncidentFeatures.of(DocMeta("a", dt.date(2026, 3, 6)), incident, "s-1")
    assert {"ship:marlin", "ship:luanda"} <= set(a.subplaces)
    told = analyze(
        "ADEN — A fire raged aboard the vessel Houthis struck with a missile in the Gulf of Aden on Friday, the "
        "ship's operator said.",
        published="2026-03-06",
    ).incidents[0]
    spots = IncidentFeatures.of(DocMeta("b", dt.date(2026, 3, 6)), told, "s-1").subplaces
    guessed = dataclasses.replace(a, doc_id="b", subplaces=spots)  # all else as Marlin Luanda's
    named = dataclasses.replace(a, doc_id="c", subplaces=["ship:star", "ship:nasia"])
    score = pair_score(a, guessed, MergeConfig())
    assert score is not None and score > 0.0  # one word after "the vessel" may be the attackers' name
    assert pair_score(a, named, MergeConfig()) == 0.0  # two ships surely named apart


LOWER_DIR_FIRST = (
    "TIMERGARA, Pakistan — At least 31 worshippers were killed when a suicide bomber blew himself up inside a mosque "
    "in Timergara in Lower Dir district during Friday prayers, police said on Saturday."
)


def test_a_place_named_lower_is_no_word_of_a_revised_toll() -> None:
    # "Lower Dir" names a district, "reduced to rubble" a hall: neither says the count of 31 was revised to seven
    for restated in (
        "TIMERGARA — A suicide bomber killed seven worshippers at a mosque in Timergara in Lower Dir district "
        "during Friday prayers, police said.",
        "TIMERGARA — A suicide bomber killed seven worshippers at a mosque in Timergara, and the mosque's prayer "
        "hall was reduced to rubble, police said.",
    ):
        (view,) = _merged(("d1", "2026-04-04", LOWER_DIR_FIRST), ("d2", "2026-04-05", restated))
        assert view.killed is not None
        assert (view.killed.latest, view.killed.latest_document) == (31, "d1")


def test_a_toll_lowered_in_words_is_the_current_one() -> None:
    # near miss: the words say the count was set lower
    (view,) = _merged(
        ("d1", "2026-04-04", LOWER_DIR_FIRST),
        (
            "d2",
            "2026-04-05",
            "TIMERGARA — Police lowered the death toll from Friday's mosque bombing in Timergara to seven, saying "
            "some victims had been counted twice.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.latest, view.killed.latest_document) == (7, "d2")


def test_an_exact_toll_after_a_vague_floor_is_the_current_one() -> None:
    # "hundreds" is a floor of 100, not a count: the health ministry's 45 the next day is the current toll
    (view,) = _merged(
        (
            "m1",
            "2026-10-10",
            "MOGADISHU, Somalia — Hundreds of people were killed when a truck bomb exploded at a busy junction in "
            "Mogadishu on Saturday, witnesses said.",
        ),
        (
            "m2",
            "2026-10-11",
            "MOGADISHU — The truck bomb that exploded at a busy junction in Mogadishu on Saturday killed 45 people, "
            "the health ministry said on Sunday.",
        ),
    )
    assert view.killed is not None
    assert (view.killed.latest, view.killed.latest_qualifier, view.killed.latest_document) == (45, "exact", "m2")
