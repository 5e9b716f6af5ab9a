"""Place mentions resolved offline, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.nlp.mentions import PlaceMention
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _places(nlp: Language, text: str) -> list[PlaceMention]:
    places = find_places(nlp(text))
    for p in places:
        ev = p.location.evidence
        assert text[ev.start : ev.end] == ev.text
    return places


def _by_name(places: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {p.location.name: p for p in places}


def test_city_with_country_pattern(nlp: Language) -> None:
    places = _by_name(_places(nlp, "A car bomb exploded near a checkpoint in Parachinar, Pakistan, on Monday."))
    city = places["Parachinar"]
    assert city.level == "city"
    assert city.location.country_code == "PK"
    assert city.location.country == "Pakistan"
    assert city.location.geonames_id is not None and city.location.lat is not None
    assert places["Pakistan"].level == "country"


def test_outside_pattern_keeps_both_places(nlp: Language) -> None:
    text = "Gunmen opened fire in a concert hall in Krasnogorsk, outside Moscow, the Russian authorities said."
    places = _by_name(_places(nlp, text))
    assert places["Krasnogorsk"].location.country_code == "RU"
    assert places["Moscow"].location.country_code == "RU"


def test_context_country_disambiguates(nlp: Language) -> None:
    # Several towns are called Palma; the sentence ties this one to Mozambique, which has none in cities500.
    places = _by_name(_places(nlp, "Insurgents overran the Mozambican town of Palma after a three-day siege."))
    assert places["Palma"].location.country_code == "MZ"
    assert places["Palma"].location.geonames_id is None


def test_upper_case_wire_copy(nlp: Language) -> None:
    text = "SAN SALVADOR, 4 FEB 90 -- A BOMB EXPLODED TODAY IN SAN MIGUEL, EL SALVADOR, POLICE SOURCES SAID."
    places = _by_name(_places(nlp, text))
    assert places["SAN SALVADOR"].location.country_code == "SV"
    assert places["SAN MIGUEL"].location.country_code == "SV"
    assert places["EL SALVADOR"].level == "country"
    assert "POLICE" not in places


def test_common_words_are_not_places(nlp: Language) -> None:
    text = "Police said the Best option was to wait until May. Minister Smith spoke in Western style."
    assert [p.location.name for p in _places(nlp, text) if p.level == "city"] == []


def test_person_names_are_not_places(nlp: Language) -> None:
    text = "Former prime minister Imran Khan condemned the attack in Peshawar, Pakistan."
    names = [p.location.name for p in _places(nlp, text)]
    assert "Khan" not in names
    assert "Peshawar" in names


def test_admin_area_and_unlisted_district(nlp: Language) -> None:
    text = "Militants attacked a checkpoint in the Bajaur district of Khyber Pakhtunkhwa province in Pakistan."
    places = _by_name(_places(nlp, text))
    assert places["Khyber Pakhtunkhwa"].level == "admin"
    assert places["Khyber Pakhtunkhwa"].location.country_code == "PK"
    assert places["Bajaur"].level == "admin"
    assert places["Bajaur"].location.country_code == "PK"


def test_unknown_village_keeps_name_and_country(nlp: Language) -> None:
    text = "Three herders were killed in the village of Kpata-Nogo in northern Ghana, officials said."
    places = _by_name(_places(nlp, text))
    assert places["Kpata-Nogo"].level == "city"
    assert places["Kpata-Nogo"].location.country_code == "GH"


def test_sea_area_tied_to_coast(nlp: Language) -> None:
    text = "A missile struck a bulk carrier in the Gulf of Aden off Yemen on Wednesday."
    places = _by_name(_places(nlp, text))
    assert places["Gulf of Aden"].level == "sea"
    assert places["Gulf of Aden"].location.country_code == "YE"


def test_demonym_is_context_not_place(nlp: Language) -> None:
    places = _places(nlp, "Nigerien soldiers were ambushed near Tongo Tongo, close to the border with Mali.")
    names = _by_name(places)
    assert "Nigerien" not in names
    assert names["Tongo Tongo"].location.country_code == "NE"


def test_each_place_resolves_on_its_own(nlp: Language) -> None:
    text = "The blast in Kabul was followed by an attack on Zorblaxville, officials in Afghanistan said."
    names = _by_name(_places(nlp, text))
    assert names["Kabul"].location.country_code == "AF"


def test_person_names_in_capitals_are_not_places(nlp: Language) -> None:
    text = "COLONEL MANUEL RODRIGUEZ SAID THE GUERRILLAS ATTACKED A PATROL IN SAN MIGUEL, EL SALVADOR."
    names = [p.location.name for p in _places(nlp, text)]
    assert "MANUEL" not in names and "RODRIGUEZ" not in names
    assert "SAN MIGUEL" in names


def test_subdivision_preferred_to_an_old_alternate_name(nlp: Language) -> None:
    places = _by_name(_places(nlp, "Rebels blew up a pylon in Antioquia on Sunday."))
    assert places["Antioquia"].level == "admin"
    assert places["Antioquia"].location.country_code == "CO"


def test_large_city_opening_a_headline(nlp: Language) -> None:
    places = _by_name(_places(nlp, "Kabul blast kills five near ministry"))
    assert places["Kabul"].location.country_code == "AF"


def test_gtd_style_chain_with_unknown_town(nlp: Language) -> None:
    text = (
        "03/02/2021: Assailants fired mortars at Qaryat Zubaydi, Diyala, Iraq. "
        "Gunmen attacked Beir al-Khadra, North Sinai, Egypt."
    )
    places = _by_name(_places(nlp, text))
    assert places["Qaryat Zubaydi"].location.country_code == "IQ"
    assert places["Beir al-Khadra"].location.country_code == "EG"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a two-word village NER reads as a person, before a listed district
        ("Gunmen attacked a school in Wara Khel, Sarkani district, Kunar province, Afghanistan.", "Wara Khel", "AF"),
        ("Fighters shot two farmers in Kibirizi, North Kivu, Democratic Republic of the Congo.", "Kibirizi", "CD"),
        ("A bomb went off in Dasht-e Mirza, Herat, Afghanistan.", "Dasht-e Mirza", "AF"),
        ("Raiders burned houses in Tunga Dutse village, Zamfara, Nigeria.", "Tunga Dutse", "NG"),
    ],
)
def test_unlisted_first_place_of_a_chain(nlp: Language, text: str, name: str, country: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert place.level == "city" and place.location.country_code == country
    assert place.location.geonames_id is None and place.location.lat is None


def test_a_name_before_the_country_in_a_chain_is_the_province(nlp: Language) -> None:
    places = _by_name(_places(nlp, "A soldier was shot in Chahar Bolak district, Balkh, Afghanistan."))
    assert places["Balkh"].level == "admin" and places["Balkh"].location.admin1 == "Balkh"
    alone = _by_name(_places(nlp, "A soldier was shot in Balkh, Afghanistan."))
    assert alone["Balkh"].level == "city"


def test_english_compass_names_of_french_provinces(nlp: Language) -> None:
    text = "Rebels attacked a camp in South Kivu, Democratic Republic of the Congo."
    place = _by_name(_places(nlp, text))["South Kivu"]
    assert place.level == "admin" and place.location.admin1 == "Sud-Kivu"


def test_an_unlisted_place_carries_the_province_its_chain_names(nlp: Language) -> None:
    text = "Raiders burned houses in Tunga Dutse village, Zamfara, Nigeria."
    place = _by_name(_places(nlp, text))["Tunga Dutse"]
    assert place.location.admin1 == "Zamfara" and place.location.country_code == "NG"
    assert place.location.evidence.text == "Tunga Dutse"


def test_a_listed_name_alone_keeps_its_coordinates(nlp: Language) -> None:
    places = _by_name(_places(nlp, "Gunmen killed two men in Kabul province, Afghanistan."))
    assert places["Kabul"].level == "admin"
    city = _by_name(_places(nlp, "A bomb exploded in Kabul City, Afghanistan."))["Kabul"]
    assert city.location.geonames_id is not None


def test_a_province_named_like_its_capital_takes_the_province_slot(nlp: Language) -> None:
    places = _by_name(_places(nlp, "A policeman was shot in Gulran district, Herat, Afghanistan, on Monday."))
    assert places["Gulran"].level == "admin" and places["Herat"].level == "admin"
    assert places["Herat"].location.admin1 == "Herāt"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A roadside bomb exploded in Pul-e-Khumri Kohna, Baghlan, Afghanistan.", "Pul-e-Khumri Kohna"),
        ("Security forces defused a mine in Qalay-i-Naw district, Badghis, Afghanistan.", "Qalay-i-Naw"),
    ],
)
def test_names_joined_by_an_izafa_stay_whole(nlp: Language, text: str, name: str) -> None:
    assert name in _by_name(_places(nlp, text))


def test_a_quarter_named_before_its_city_gives_way_to_the_city(nlp: Language) -> None:
    places = _by_name(_places(nlp, "Mortar rounds landed in Hamarweyne neighborhood, Mogadishu, Somalia."))
    assert "Hamarweyne" not in places and places["Mogadishu"].level == "city"
    places = _by_name(_places(nlp, "A bomb went off in Karrada area, Baghdad, Iraq, on Sunday."))
    assert places["Baghdad"].level == "city" and places["Baghdad"].location.geonames_id is not None


@pytest.mark.parametrize(
    "text, absent",
    [
        ("A pipe bomb was left under a van on Glenview Road in Omagh, Northern Ireland, on Friday.", "Road"),
        ("A man threw a petrol bomb at the Shri Ganesha Temple in Houston, Texas, on Thursday.", "Temple"),
        ("Gunmen burned houses in a Fulani community near Lafia, Nasarawa, Nigeria, killing six people.", "Fulani"),
        ("Militiamen torched huts in the Christian village of Bunyuka, North Kivu, on Monday night.", "Christian"),
    ],
)
def test_words_inside_names_and_people_are_not_places(nlp: Language, text: str, absent: str) -> None:
    names = {p.location.name for p in _places(nlp, text)}
    assert absent not in names
    assert names - {absent}  # the real place is still read


@pytest.mark.parametrize(
    ("text", "city", "evidence"),
    [
        ("Explosions in several districts of Iraq's capital killed six people.", "Baghdad", "Iraq's capital"),
        ("A suicide bomber struck a checkpoint in the Afghan capital on Thursday.", "Kabul", "the Afghan capital"),
        ("Militants attacked an army base near the capital of Mali on Sunday.", "Bamako", "the capital of Mali"),
        ("Gunmen stormed a hotel in the capital on Monday, Somali police said.", "Mogadishu", "the capital"),
    ],
)
def test_a_capital_the_text_does_not_name_is_resolved(nlp: Language, text: str, city: str, evidence: str) -> None:
    found = [p for p in _places(nlp, text) if p.level == "city"]
    assert [(p.location.name, p.location.evidence.text) for p in found] == [(city, evidence)]
    assert found[0].location.geonames_id is not None


def test_a_capital_named_after_the_phrase_is_read_once(nlp: Language) -> None:
    found = [p for p in _places(nlp, "Gunmen attacked a hotel in the capital, Kabul, on Monday.") if p.level == "city"]
    assert [p.location.evidence.text for p in found] == ["Kabul"]


def test_capital_as_money_is_no_place(nlp: Language) -> None:
    assert not [p for p in _places(nlp, "Investors fled the capital markets in Kenya.") if p.level == "city"]


@pytest.mark.parametrize("text", [
    "A grenade went off in Marawi on Sunday, wounding six worshippers.",
    "Soldiers cordoned off the town of Marawi after the grenade blast.",
])
def test_one_word_town_ner_calls_a_person_is_a_place_after_in_or_town_of(nlp: Language, text: str) -> None:
    assert [(p.location.name, p.location.country_code) for p in _places(nlp, text)] == [("Marawi", "PH")]



@pytest.mark.parametrize(("text", "name", "code"), [
    ("Gunmen on motorbikes attacked a checkpoint outside Fada N'Gourma late on Sunday.", "Fada N'Gourma", "BF"),
    ("Two soldiers were wounded when a mine went off on the road north of N'Djamena.", "N'Djamena", "TD"),
])
def test_names_with_an_inner_apostrophe_are_matched_whole(nlp: Language, text: str, name: str, code: str) -> None:
    found = {(p.location.name, p.location.country_code) for p in _places(nlp, text)}
    assert (name, code) in found


def test_a_town_named_like_a_person_is_a_place_in_the_suburb_slot(nlp: Language) -> None:
    places = _by_name(_places(nlp, "Shots rang out at an outlet mall in the Dallas suburb of Allen on Saturday."))
    assert places["Allen"].location.country_code == "US"
    assert "Allen" not in _by_name(_places(nlp, "Police named the gunman as Allen, a local man."))


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Armed men seized two Italian tourists in Agadez late on Wednesday.", "Agadez", "NE"),
    ("Bandits abducted four Chinese construction workers in Minna on Friday.", "Minna", "NG"),
    ("Gunmen snatched a German aid worker in Maiduguri last week.", "Maiduguri", "NG"),
    ("Three Americans were kidnapped in Agadez on Monday.", "Agadez", "NE"),
])
def test_victims_nationality_is_not_the_places_country(nlp: Language, text: str, name: str, code: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert place.location.country_code == code
    assert place.location.geonames_id is not None


def test_a_province_named_earlier_sets_the_country_of_a_town_named_later(nlp: Language) -> None:
    text = "Cattle raiders killed six herders in Jonglei state on Monday. Two days later, a trader was shot near Bor."
    assert _by_name(_places(nlp, text))["Bor"].location.country_code == "SS"


@pytest.mark.parametrize(("text", "name", "code", "admin1"), [
    ("Bandits stormed a village in Nigeria's Niger state overnight.", "Niger", "NG", "Niger"),
    ("Police in Niger state said four farmers were abducted.", "Niger", "NG", "Niger"),
    ("Fighting resumed in the Tigray region last month.", "Tigray", "ET", "Tigrai"),
    ("A roadside bomb hit a patrol in Nineveh province.", "Nineveh", "IQ", "Nīnawá"),
])
def test_provinces_spelled_as_news_copy_spells_them(nlp: Language, text: str, name: str, code: str,
                                                    admin1: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert (place.level, place.location.country_code, place.location.admin1) == ("admin", code, admin1)


def test_a_country_before_state_media_stays_the_country(nlp: Language) -> None:
    place = _by_name(_places(nlp, "Niger state television said the convoy was attacked."))["Niger"]
    assert (place.level, place.location.country_code) == ("country", "NE")


def _best_place(nlp: Language, text: str) -> str | None:
    from counterclaim.incidents.segment import best_place

    doc = nlp(text)
    place = best_place(find_places(doc), doc)
    return place.location.name if place else None


@pytest.mark.parametrize(("text", "place"), [
    # an unlisted district before its province is the place, not the province
    ("Two farmers were shot in Ab Kamari district, Badghis, Afghanistan, on Monday.", "Ab Kamari"),
    # the seat of the victim's office is not the scene
    ("Gunmen killed the head of Zhari district in the town of Spin Boldak on Monday.", "Spin Boldak"),
    ("Gunmen killed the mayor of Kandahar on Monday in Spin Boldak.", "Spin Boldak"),
    # a compass word is part of a district's name, after the town it is named from or before the name
    ("Gunmen stabbed a trader in Ikole North district, Ekiti, Nigeria, on Monday.", "Ikole North"),
    ("Raiders burned a polling office in Ezinihitte South district, Imo, Nigeria.", "Ezinihitte South"),
    ("Gunmen fired on a polling station in East Hararge district, Oromia, Ethiopia.", "East Hararge"),
    ("Gunmen fired on a checkpoint in northern Kunduz province, Afghanistan.", "Kunduz"),
    # an unlisted village before a district named like a town abroad: the chain's country still holds
    ("Herders opened fire on farmers in Kwall, Bassa district, Plateau, Nigeria, on Sunday.", "Kwall"),
    ("Gunmen kidnapped three traders in Dalori, Kaga district, Borno, Nigeria.", "Dalori"),
])
def test_incident_place_district_and_office(nlp: Language, text: str, place: str) -> None:
    assert _best_place(nlp, text) == place


@pytest.mark.parametrize(("text", "place"), [
    ("A minibus travelling from Mandera to Nairobi was hit by a roadside bomb near Garissa on Sunday.", "Garissa"),
    ("A convoy on its way from Kabul to Jalalabad was ambushed in Sarobi on Monday.", "Sarobi"),
    ("Two wounded policemen were airlifted to Peshawar after the ambush in Landi Kotal.", "Landi Kotal"),
    ("The governor of Afghanistan's northern Balkh province was killed on Tuesday when a bomb hit his convoy "
     "in the provincial capital Mazar-i-Sharif, a Taliban spokesman said.", "Mazar-i-Sharif"),
])
def test_incident_place_not_a_journey_end_or_a_destination(nlp: Language, text: str, place: str) -> None:
    assert _best_place(nlp, text) == place


def test_big_city_after_a_preposition_in_capitals_copy(nlp: Language) -> None:
    found = _places(nlp, "A CAR BOMB WENT OFF NEAR A MARKET IN PESHAWAR ON TUESDAY, KILLING NINE PEOPLE.")
    assert [(p.location.name, p.location.country_code) for p in found] == [("PESHAWAR", "PK")]


def test_unlisted_town_after_near_closing_the_sentence_beats_the_evacuation_destination(nlp: Language) -> None:
    text = "Gunmen ambushed a food truck near Gumuruk. The wounded driver was later flown to Juba."
    assert _best_place(nlp, text) == "Gumuruk"
    assert _by_name(_places(nlp, text))["Gumuruk"].location.country_code == "SS"


@pytest.mark.parametrize(("text", "name", "code"), [
    # NER calls a lone town an organisation; in "in X" or "the town of X" it is the gazetteer's town
    ("Jihadists overran an army outpost in Djibo on Thursday, killing 14 soldiers.", "Djibo", "BF"),
    ("Jihadists overran the town of Djibo on Thursday.", "Djibo", "BF"),
])
def test_a_listed_town_ner_calls_an_organisation_resolves(nlp: Language, text: str, name: str, code: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert place.location.country_code == code and place.location.geonames_id is not None


@pytest.mark.parametrize(("text", "absent"), [
    ("Gunmen shot dead four traders in Goma on Friday, an attack Kigali firmly denied.", "Kigali"),
    ("Moscow rejected the accusation after the blast in Odesa.", "Moscow"),
    ("New Delhi blamed Islamabad for the ambush in Pulwama.", "Islamabad"),
    ("New Delhi blamed Islamabad for the ambush in Pulwama.", "New Delhi"),
    ("The shelling of Kharkiv was condemned by Paris on Sunday.", "Paris"),
])
def test_a_capital_that_speaks_stands_for_its_government(nlp: Language, text: str, absent: str) -> None:
    assert absent not in _by_name(_places(nlp, text))


def test_a_capital_that_speaks_is_not_the_capital_the_text_leaves_unnamed(nlp: Language) -> None:
    text = "A grenade hit a taxi rank in the capital on Monday, killing six people, a charge Kigali rejected."
    assert [p.location.name for p in _places(nlp, text)] == []


def test_the_government_a_city_speaks_for_still_sets_the_country(nlp: Language) -> None:
    text = "Kinshasa accused Rwanda of arming the rebels who shelled a market in Goma on Friday."
    assert _by_name(_places(nlp, text))["Goma"].location.country_code == "CD"


@pytest.mark.parametrize("text", [
    "A fifth victim died on Monday at Houston Valley Hospital.",
    "Two of the wounded were rushed to Houston Methodist Hospital.",
])
def test_a_town_in_the_name_of_the_hospital_that_treated_victims_is_no_place(nlp: Language, text: str) -> None:
    assert "Houston" not in _by_name(_places(nlp, "A gunman shot four people in Katy, Texas. " + text))



@pytest.mark.parametrize("text", [
    "Rockets hit a base in Anbar on Monday. In 2020 the base was struck by an Iranian missile barrage.",
    "Rockets hit a base in Anbar on Monday, days after Israeli airstrikes.",
])
def test_the_nationality_of_a_strike_is_not_the_place(nlp: Language, text: str) -> None:
    place = _by_name(_places(nlp, text))["Anbar"]
    assert (place.level, place.location.country_code) == ("admin", "IQ")


@pytest.mark.parametrize(("text", "code"), [
    ("Pirates boarded a tanker in the Indian Ocean off the coast of Puntland on Sunday.", "SO"),
    ("Gunmen fired on a fishing boat in the Indian Ocean off Mombasa on Sunday.", "KE"),
])
def test_a_sea_takes_the_country_of_the_coast_it_lies_off(nlp: Language, text: str, code: str) -> None:
    sea = next(p for p in _places(nlp, text) if p.level == "sea")
    assert sea.location.country_code == code


def test_a_district_of_a_named_province_carries_the_province(nlp: Language) -> None:
    text = "A bomb hit a police van in the Kachhi district of Balochistan province on Friday."
    assert _by_name(_places(nlp, text))["Kachhi"].location.admin1 == "Balochistan"


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Gunmen ambushed a bus in Balochistan on Monday.", "Balochistan", "PK"),
    ("Gunmen ambushed a convoy in Puntland on Monday.", "Puntland", "SO"),
])
def test_a_province_named_alone_in_a_short_text_is_the_place(nlp: Language, text: str, name: str, code: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert (place.level, place.location.country_code) == ("admin", code)


def test_a_town_ner_calls_a_person_after_the_town_of_keeps_the_texts_country(nlp: Language) -> None:
    text = "Kenyan police said gunmen raided the village of Shimbir Fatuma on Sunday."
    assert _by_name(_places(nlp, text))["Shimbir Fatuma"].location.country_code == "KE"


@pytest.mark.parametrize(("text", "name", "code"), [
    ("A minibus hit a landmine near Elbur on Sunday.", "Elbur", "SO"),
    ("A minibus hit a landmine near the town of Elwak on Sunday.", "Elwak", "KE"),
])
def test_a_name_with_its_arabic_article_joined_is_found(nlp: Language, text: str, name: str, code: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert place.location.country_code == code and place.location.geonames_id is not None


@pytest.mark.parametrize("text", [
    "Officials in the Democratic Republic of Congo said a grenade hit a market in the capital, a charge "
    "Kigali swiftly rejected.",
    "Democratic Republic of Congo's army said rebels shelled a camp near the capital, which Kigali has denied.",
])
def test_a_capital_that_speaks_after_a_noun_is_the_government_and_the_other_capital_the_place(
    nlp: Language, text: str
) -> None:
    places = _places(nlp, text)
    assert "Kigali" not in [p.location.name for p in places]
    assert {p.location.country_code for p in places if p.level == "city"} == {"CD"}


@pytest.mark.parametrize("text", [
    "Al Shabaab fighters raided Mpeketoni overnight, burning dozens of homes.",
    "Gunmen attacked Mpeketoni on Sunday.",
])
def test_a_town_ner_calls_a_person_is_a_place_when_raided(nlp: Language, text: str) -> None:
    assert _by_name(_places(nlp, text))["Mpeketoni"].location.country_code == "KE"


def test_a_surname_that_is_attacked_stays_a_person(nlp: Language) -> None:
    text = "Police said officer James Mpeketoni was wounded. Gunmen attacked Mpeketoni outside his home."
    assert [p.location.name for p in _places(nlp, text)] == []


def test_a_raided_longer_name_is_not_cut_to_its_listed_last_word(nlp: Language) -> None:
    text = "Assailants attacked Kala Tagab, Faryab, Afghanistan, on Monday."
    assert "Kala Tagab" in _by_name(_places(nlp, text))


@pytest.mark.parametrize("text", [
    "In March, a suicide bomber outside a mosque in the city of Kunduz in northern Afghanistan killed 12 worshippers.",
    "In October, a roadside bomb near a checkpoint on the edge of Kunduz killed two policemen.",
])
def test_a_month_opening_the_sentence_is_no_place(nlp: Language, text: str) -> None:
    names = [p.location.name for p in _places(nlp, text)]
    assert "Kunduz" in names
    assert not {"March", "October"} & set(names)


def test_a_two_word_town_ner_takes_for_a_person_in_a_place_slot(nlp: Language) -> None:
    text = "A grenade exploded in the market of Kiryat Gat, in southern Israel, wounding three."
    found = _by_name(_places(nlp, text))
    assert found["Kiryat Gat"].location.country_code == "IL"


@pytest.mark.parametrize(("text", "place"), [
    # where the fire came from is not the scene; the place hit is
    ("Drones launched from Yemen damaged a fuel depot in Jizan on Monday, Saudi officials said.", "Jizan"),
    # an earlier attack named by its year and town
    ("The group behind the 2019 Colombo bombings claimed an attack that killed three soldiers in Ampara on Monday.",
     "Ampara"),
    # "the X district of <region or country>": X is the place, the rest only says where it is
    ("A roadside bomb killed four soldiers in the Kurram district of Pakistan on Monday, a week after a blast in "
     "Peshawar.", "Kurram"),
    ("Gunmen killed five villagers in the Kupwara district of Indian-administered Kashmir, a month after a grenade "
     "attack in Srinagar.", "Kupwara"),
    # where the accused hide is not the scene
    ("A bomb exploded at a bus stop in northern Afghanistan on Friday, killing four. Police blamed fighters hiding "
     "near Kunduz.", "Afghanistan"),
])
def test_incident_place_not_an_origin_nor_an_earlier_attack(nlp: Language, text: str, place: str) -> None:
    assert _best_place(nlp, text) == place


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Heavy clashes across Tigray left 12 soldiers dead, according to local officials.", "Tigray", "ET"),
    ("Eritrean troops fighting in Tigray killed at least 30 civilians on Tuesday.", "Tigray", "ET"),
    ("Ethiopia's army said clashes across Amhara killed 50 fighters.", "Amhara", "ET"),
    ("US officials said a drone strike in Helmand killed four militants.", "Helmand", "AF"),
])
def test_a_province_after_a_preposition_of_place_is_the_place(nlp: Language, text: str, name: str, code: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert (place.level, place.location.country_code) == ("admin", code)


def test_a_province_named_like_a_person_named_before_stays_the_person(nlp: Language) -> None:
    text = "Police said officer James Helmand was wounded. Gunmen fired in Helmand's direction."
    assert "Helmand" not in [p.location.name for p in _places(nlp, text)]


@pytest.mark.parametrize(("text", "name", "level"), [
    ("KABUL, MARCH 3 - A BOMB WENT OFF IN A MARKET ON MONDAY, KILLING NINE PEOPLE, THE GOVERNOR OF KANDAHAR "
     "PROVINCE SAID.", "KANDAHAR", "admin"),
    ("KABUL, MARCH 3 - A BOMB WENT OFF IN A MARKET ON MONDAY, KILLING NINE PEOPLE, THE GOVERNOR OF KANDAHAR "
     "PROVINCE SAID.", "KABUL", "city"),
])
def test_a_place_the_word_list_holds_resolves_in_truecased_capitals_copy(nlp: Language, text: str, name: str,
                                                                        level: str) -> None:
    from counterclaim.nlp.pipeline import parse

    place = _by_name(find_places(parse(text, nlp)))[name]
    assert (place.level, place.location.country_code) == (level, "AF")


def test_an_ordinary_word_in_capitals_copy_stays_no_place(nlp: Language) -> None:
    from counterclaim.nlp.pipeline import parse

    text = "A BOMB WENT OFF NEAR A BUS ON MONDAY, AND READING THE STATEMENT, THE POLICE SAID IT WAS NICE WEATHER."
    assert [p.location.name for p in find_places(parse(text, nlp))] == []


@pytest.mark.parametrize(("text", "name", "code"), [
    ("A suicide bomber struck Lahore General Hospital on Monday, killing seven people.", "Lahore", "PK"),
    ("Gunmen stormed Kabul University on Monday, killing 22 students.", "Kabul", "AF"),
    ("A car bomb exploded at the Mogadishu Port, killing five dockworkers.", "Mogadishu", "SO"),
    ("Militants attacked Herat Airport overnight, killing two guards.", "Herat", "AF"),
    ("A suicide bomber struck Manchester Arena on Monday, killing 22 people.", "Manchester", "GB"),
    ("Gunmen attacked Garissa University College, killing 147 students.", "Garissa", "KE"),
])
def test_a_facility_named_after_its_town_gives_the_town(nlp: Language, text: str, name: str, code: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert (place.level, place.location.country_code) == ("city", code)


@pytest.mark.parametrize("text", [
    "A man stabbed two fans of Manchester United on Saturday.",
    "A gunman opened fire at Columbia University on Monday, wounding two students.",
    "A gunman opened fire at Jackson Memorial Hospital on Monday, wounding two nurses.",
    "A gunman attacked Victoria Hospital on Monday, wounding two nurses.",
    "A bomb exploded near Liverpool Street station on Monday, wounding two commuters.",
])
def test_a_club_or_a_name_shared_by_several_towns_gives_no_town(nlp: Language, text: str) -> None:
    assert [p.location.name for p in _places(nlp, text) if p.level == "city"] == []


@pytest.mark.parametrize(("text", "place", "absent"), [
    ("Gunmen killed three guards at Bank of Baghdad in Basra on Tuesday.", "Basra", "Baghdad"),
    ("Kabul University students were shot at during a rally in Herat on Monday; two died.", "Herat", "Kabul"),
])
def test_a_town_inside_a_name_gives_way_to_the_town_it_happened_in(nlp: Language, text: str, place: str,
                                                                 absent: str) -> None:
    names = [p.location.name for p in _places(nlp, text)]
    assert place in names and absent not in names


@pytest.mark.parametrize("text", [
    "Jihadists ambushed an army convoy near Gao on Tuesday, killing four soldiers.",
    "A roadside bomb exploded in Gao, killing two soldiers.",
])
def test_a_town_sharing_its_provinces_name_is_the_town_in_a_place_slot(nlp: Language, text: str) -> None:
    place = _by_name(_places(nlp, text))["Gao"]
    assert (place.level, place.location.country_code) == ("city", "ML") and place.location.geonames_id


def test_a_town_sharing_its_provinces_name_gives_way_to_a_town_in_that_province(nlp: Language) -> None:
    text = ("Jihadists said they were behind the ambush near Gao. Four soldiers were killed when the convoy was "
            "attacked outside Bourem on Tuesday.")
    places = _by_name(_places(nlp, text))
    assert "Gao" not in places and places["Bourem"].level == "city"


@pytest.mark.parametrize(("text", "name"), [
    ("Assailants attacked a police post in Tal al-Hamra, Daquq district, Kirkuk, Iraq.", "Tal al-Hamra"),
    ("Gunmen attacked a checkpoint in Qala-e-sabz, Zanda Jan district, Herat, Afghanistan.", "Qala-e-sabz"),
])
def test_a_listed_word_that_begins_a_particle_joined_name_keeps_the_whole_name(nlp: Language, text: str,
                                                                               name: str) -> None:
    assert name in _by_name(_places(nlp, text))


def test_a_place_word_alone_is_no_name(nlp: Language) -> None:
    text = "Gunmen attacked soldiers in KM5 District, Bangui, Central African Republic, killing three."
    assert "District" not in _by_name(_places(nlp, text))


def test_a_listed_town_before_an_ordinary_word_stays_the_town(nlp: Language) -> None:
    text = "A bomb exploded in Baghdad at dawn, and another in Kabul as night fell."
    assert {"Baghdad", "Kabul"} <= set(_by_name(_places(nlp, text)))


def test_a_name_prefix_before_a_hyphen_joined_article_starts_a_name(nlp: Language) -> None:
    text = "A rocket hit a school in Deir al-Balah on Monday, killing three people in Gaza."
    assert _by_name(_places(nlp, text))["Deir al-Balah"].location.country_code == "PS"


def test_a_listed_word_inside_a_groups_name_stays_no_place(nlp: Language) -> None:
    text = "A bomb hit a patrol near Diffa, Niger; officials blamed the Boko Haram Al-Barnawi faction."
    assert "Haram Al-Barnawi" not in _by_name(_places(nlp, text))
@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        # a demonym on the speakers of a reaction
        ("Gunmen attacked a checkpoint near Segou on Tuesday, killing five soldiers. "
         "Senegalese officials condemned the assault.", "Segou", "ML"),
        # a demonym on a person among the victims
        ("A roadside bomb struck a bus outside Ansongo late on Friday. A Ghanaian officer was among the wounded.",
         "Ansongo", "ML"),
        # a possessive country on a leader, and a town with no locative preposition before it
        ("A truck bomb tore through a hotel over Dori in 2009. Ghana's former leader later called it terror.",
         "Dori", "BF"),
        # the source of a reaction
        ("Gunmen stormed a bar in Djibo late on Saturday. Messages of condolence came from Ghana and Togo.",
         "Djibo", "BF"),
    ],
)
def test_reacting_country_does_not_move_a_known_town(nlp: Language, text: str, town: str, code: str) -> None:
    place = _by_name(_places(nlp, text))[town]
    assert place.location.country_code == code
    assert place.location.geonames_id is not None


def test_blamed_capital_is_not_a_place(nlp: Language) -> None:
    text = "Ankara points the finger at Damascus over the bombing in Reyhanli."
    names = [p.location.name for p in _places(nlp, text)]
    assert names == ["Reyhanli"]
    text = "Officials in Kabul laid the blame on Islamabad for the suicide attack in Jalalabad."
    assert "Islamabad" not in [p.location.name for p in _places(nlp, text)]


def test_upper_case_country_still_homes_a_town(nlp: Language) -> None:
    # in capitals the parse is too weak to tell a reacting party: a country named stays the scene's
    place = _by_name(_places(nlp, "INSURGENTS IN MOZAMBIQUE SEIZED THE PORT IN PALMA ON MONDAY."))["PALMA"]
    assert place.location.country_code == "MZ"


def test_another_country_does_not_move_a_sizeable_town_only_it_lacks(nlp: Language) -> None:
    # the only town of that name is a large one in Burkina Faso; Niger is where the gunmen came from
    place = _by_name(_places(nlp, "Gunmen who crossed from Niger attacked a market in Djibo on Sunday."))["Djibo"]
    assert place.location.country_code == "BF"
    assert place.location.geonames_id is not None


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Turkish-backed militants attacked Ras al-Ain in northeastern Syria, killing seven Kurdish fighters.",
     "Ras al-Ain", "SY"),
    ("Kurdish officials said a car bomb went off in Tal Abyad, Syria, killing five people.", "Tal Abyad", "SY"),
])
def test_an_arabic_name_resolves_through_another_transliteration(nlp: Language, text: str, name: str,
                                                                   code: str) -> None:
    place = _by_name(_places(nlp, text))[name]
    assert place.location.geonames_id is not None and place.location.country_code == code


def test_a_bombarded_town_the_parser_calls_a_person_is_a_place(nlp: Language) -> None:
    text = "Israeli jets pounded Khan Younis overnight, killing nine people in Gaza."
    assert _by_name(_places(nlp, text))["Khan Younis"].location.country_code == "PS"


@pytest.mark.parametrize("text", [
    "Abu Sayyaf militants beheaded two hostages on Basilan island, the army said.",
    "Soldiers clashed with rebels on the island of Basilan, leaving five dead.",
])
def test_an_island_province_the_parser_calls_a_person_is_a_place(nlp: Language, text: str) -> None:
    place = _by_name(_places(nlp, text))["Basilan"]
    assert place.level == "admin" and place.location.country_code == "PH"


def test_where_an_aircraft_came_down_keeps_its_own_country(nlp: Language) -> None:
    text = ("Libya agreed to pay compensation to the families. Pan Am Flight 103 exploded over Lockerbie "
            "in December 1988, killing 270 people.")
    place = _by_name(_places(nlp, text))["Lockerbie"]
    assert place.location.country_code == "GB" and place.location.geonames_id is not None


def test_a_loose_spelling_several_countries_share_guesses_no_country(nlp: Language) -> None:
    text = "A car bomb exploded in Ras al-Ain on Tuesday, killing seven people, Kurdish officials said."
    place = _by_name(_places(nlp, text))["Ras al-Ain"]
    assert place.location.geonames_id is None and place.location.country_code is None


def test_a_compass_word_is_a_direction_not_a_province(nlp: Language) -> None:
    # "south of X" puts the town in X's country; "south" is no Cameroonian region, in capitals either
    for text in ("Shells fell on Hays, south of Al Hudaydah, in western Yemen, on Friday night.",
                 "SHELLS FELL ON HAYS, SOUTH OF AL HUDAYDAH, IN WESTERN YEMEN, ON FRIDAY NIGHT."):
        places = {p.location.name.lower(): p for p in _places(nlp, text)}
        assert places["hays"].location.country_code == "YE"
        assert all(p.location.country_code != "CM" for p in places.values())


def test_a_capitalised_compass_region_is_still_a_province(nlp: Language) -> None:
    places = _by_name(_places(nlp, "Separatists burned a school in Kumba, South-West, Cameroon, on Sunday."))
    assert places["South-West"].level == "admin" and places["South-West"].location.country_code == "CM"


def test_the_arabic_article_stays_in_the_name(nlp: Language) -> None:
    village = _by_name(_places(nlp, "Mortars hit Al-Qarn Al-Gharbi village, Zabid district, in Yemen on Sunday."))
    assert village["Al-Qarn Al-Gharbi"].location.country_code == "YE"
    town = _by_name(_places(nlp, "Fighting in al-Bab left four soldiers dead on Sunday."))
    assert town["al-Bab"].location.country_code == "SY" and town["al-Bab"].location.geonames_id is not None
    # an article joining the words of a longer name does not start a name of its own
    longer = _by_name(_places(nlp, "Troops were ambushed in Amiriyat al-Fallujah, Al Anbar, Iraq, on Friday."))
    assert "Amiriyat al-Fallujah" in longer and "al-Fallujah" not in longer


def test_where_attackers_came_from_does_not_move_the_town(nlp: Language) -> None:
    # Kayes is a town in Mali and in the Congo; the attackers' origin says nothing of which
    places = _by_name(_places(nlp, "Gunmen who came from Algeria stormed a hotel in Kayes late on Monday."))
    assert places["Kayes"].location.country_code == "ML"


def test_a_two_word_town_in_a_story_that_names_no_country(nlp: Language) -> None:
    places = _by_name(_places(nlp, "A roadside bomb wounded three rangers in Tak Bai before dawn."))
    assert places["Tak Bai"].location.country_code == "TH"


def test_country_in_an_airline_name_is_no_place(nlp: Language) -> None:
    places = _places(nlp, "A grenade exploded on an Air France flight on Tuesday, wounding two cabin crew.")
    assert all(p.location.country != "France" for p in places)
    places = _places(nlp, "A grenade exploded outside the Kenya Airways office in Mombasa on Tuesday.")
    assert {p.location.country for p in places} == {"Kenya"}  # the town says Kenya, not the airline


def test_a_country_closing_a_place_chain_is_no_company_name() -> None:
    # the tagger may glue the province and the country into one organisation ("Dihok Iraq"): a place chain's
    # last links are no company named after a country, so the foreign army's demonym does not move the town
    result = analyze("Militants fired rockets at a Turkish army base in Bamerni, Amedi district, Dihok Iraq. "
                     "No casualties were reported.")
    assert result.incidents[0].location.country_code == "IQ"


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        # where a victim comes from
        ("Arsonists set fire to a hostel for refugees in Pirna overnight. A teenager from Syria was badly burned.",
         "Pirna", "DE"),
        # whom the attackers are said to serve
        ("Masked men opened fire on a checkpoint in Mirjaveh on Friday. State media said the gunmen were "
         "mercenaries linked to Pakistan.", "Mirjaveh", "IR"),
        ("Gunmen ambushed a patrol near Tillaberi. Officials said the attackers were fighters loyal to Mali.",
         "Tillaberi", "NE"),
        # a state's office that reacts
        ("A car bomb went off near a bakery in Dikwa on Tuesday. Britain's Foreign Office advised against all "
         "travel to the region.", "Dikwa", "NG"),
        # a country that ends an organisation's name
        ("Gunmen shot a radio presenter in Newry on Monday. The Federation of Journalists of Kenya condemned "
         "the shooting.", "Newry", "GB"),
    ],
)
def test_a_country_that_says_who_not_where_does_not_move_the_town(nlp: Language, text: str, town: str,
                                                                   code: str) -> None:
    place = _by_name(_places(nlp, text))[town]
    assert place.location.country_code == code
    assert place.location.geonames_id is not None

def test_a_city_by_its_own_name_beats_a_larger_city_that_answers_to_it(nlp: Language) -> None:
    # GeoNames lists "Islamabad" among the alternate names of Chattogram, a larger city in Bangladesh
    places = _by_name(_places(nlp, "A grenade went off outside a bakery in Islamabad late on Thursday."))
    assert places["Islamabad"].location.country_code == "PK"


@pytest.mark.parametrize("text", [
    "Saboteurs blew up a gas main near Sui on Wednesday, Pakistani officials said.",
    "Pakistan's army said saboteurs blew up a gas main near Sui on Wednesday.",
])
def test_an_alias_of_a_foreign_city_gives_way_to_the_storys_country(nlp: Language, text: str) -> None:
    # "Sui" is only a short name of Suizhou in China: the story's country wins, the name is kept
    place = _by_name(_places(nlp, text))["Sui"]
    assert place.location.country_code == "PK" and place.location.geonames_id is None


def test_a_stub_of_a_longer_name_gives_no_country_when_the_text_names_none(nlp: Language) -> None:
    place = _by_name(_places(nlp, "Saboteurs blew up a gas main near Sui on Wednesday."))["Sui"]
    assert place.location.country_code is None


def test_an_exonym_still_resolves_without_a_country(nlp: Language) -> None:
    # "Geneina" is an English spelling of Al-Junaynah, not a stub of another name; "Mysore" one of Mysuru
    assert _by_name(_places(nlp, "Gunmen looted a clinic in Geneina overnight."))["Geneina"] \
        .location.country_code == "SD"
    assert _by_name(_places(nlp, "A parcel bomb went off in Mysore on Friday."))["Mysore"].location.country_code == "IN"


@pytest.mark.parametrize("text", [
    "Youths hurled Molotov cocktails at a police van on Saturday night.",
    "Masked men threw a Molotov at the door of the synagogue.",
    "A guard armed with a Makarov pistol fired back at the raiders.",
    "Insurgents fired Grad rockets at the garrison before dawn.",
    "A sniper with a Winchester rifle shot two officers from a rooftop.",
    "An old Enfield rifle and a box of rounds were found in the boot of the car.",
    "AN OLD ENFIELD RIFLE AND A BOX OF ROUNDS WERE FOUND IN THE BOOT OF THE CAR.",
])
def test_a_weapon_named_after_a_place_is_no_place(nlp: Language, text: str) -> None:
    assert _places(nlp, text) == []


def test_a_weapon_name_keeps_the_real_place_and_a_town_of_that_name_stays(nlp: Language) -> None:
    places = _by_name(_places(nlp, "Youths hurled Molotov cocktails at a police van in Lyon on Saturday."))
    assert set(places) == {"Lyon"}
    assert _by_name(_places(nlp, "Two men were shot dead in Makarov on Monday."))["Makarov"].location.country_code \
        == "RU"


def test_a_region_wordnet_lists_is_a_place_after_in(nlp: Language) -> None:
    # WordNet lists the word (as the peninsula) and hamlets elsewhere bear it; 'in' before a capitalised name
    # whose region lies in one country places it there
    places = _by_name(_places(nlp, "Militants fired rockets at an army post in Sinai overnight."))
    assert places["Sinai"].level == "admin"
    assert places["Sinai"].location.country_code == "EG"


def test_initials_that_are_a_foreign_citys_alias_are_no_town() -> None:
    # an outlet's or a board's initials in brackets may be some city's alternate name (GeoNames lists many):
    # in ordinary copy a word in capitals is initials, not an unplaced town in the story's country
    text = "Gunmen attacked Amina Yusuf, the head of the examinations board (NECO), at her home in Minna, Nigeria."
    assert analyze(text).incidents[0].location.name == "Minna"
