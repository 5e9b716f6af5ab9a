"""Session 10 claim phrasings (QA pass 5, kinds B1-B4 and C6), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.models import Claim
from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline

Key = tuple[str | None, str, str | None, str, bool]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _claims(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return [m.claim for m in find_claims(doc, find_actors(doc))]


def _keys(claims: list[Claim]) -> set[Key]:
    return {(c.source.affiliation, c.kind, c.subject.actor if c.subject else None, c.polarity, c.hedged)
            for c in claims}


def _perpetrators(text: str) -> list[tuple[str, str]]:
    result = analyze(text, published="2025-06-02")
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


# B1: a denial in an apposition or relative clause answers the accusation of the same sentence


def test_a_charge_rejected_in_an_apposition_keeps_the_accusation_and_its_own_subject(nlp: Language) -> None:
    text = ("A roadside bomb killed six soldiers near Turbat on Tuesday. The Baloch Liberation Front claimed the "
            "attack. Pakistan's army said the bombers were \"Indian-backed terrorists\", an accusation India's "
            "foreign ministry dismissed as \"absurd\".")
    keys = _keys(_claims(nlp, text))
    assert ("Pakistan", "responsibility", "India", "affirm", False) in keys
    assert ("India", "responsibility", "India", "deny", False) in keys
    assert not [k for k in keys if k[3] == "deny" and k[2] != "India"]  # the group's own claim stays unanswered


def test_a_bare_interior_minister_blaming_a_group_that_denies_is_kept() -> None:
    text = ("Grenades were thrown into a crowded bar in Gitega on Friday, killing nine people. The interior "
            "minister blamed the FNL, which denied any involvement.")
    assert ("National Liberation Front", "contested") in _perpetrators(text)


# B2: allegiance is no alias


def test_a_movement_a_group_pledged_allegiance_to_claims_for_itself(nlp: Language) -> None:
    text = ("In March 2019, a car bomb killed 20 people in Butembo. Army officers said the bombing bore the hallmarks "
            "of the ADF, a militia that has sworn loyalty to Islamic State. Islamic State later claimed the attack.")
    keys = _keys(_claims(nlp, text))
    assert ("Islamic State", "responsibility", "Islamic State", "affirm", False) in keys
    assert not [k for k in keys if k[0] == "Allied Democratic Forces"]


def test_a_movement_in_a_story_about_its_named_province_still_means_the_province(nlp: Language) -> None:
    text = ("Fighters of Islamic State West Africa Province stormed a base in Borno on Monday. Islamic State "
            "claimed the attack in a statement.")
    keys = _keys(_claims(nlp, text))
    assert ("Islamic State West Africa Province", "responsibility", "Islamic State West Africa Province",
            "affirm", False) in keys


# B3: described speakers


def test_the_chairperson_of_a_body_speaks_for_it(nlp: Language) -> None:
    text = ("A car bomb exploded outside a court in Gitega on Friday, killing four people. Interior Minister Jean "
            "Ndayishimiye blamed rebels. The chairperson of the African Union Commission condemned the bombing and "
            "sent his condolences to the bereaved.")
    keys = _keys(_claims(nlp, text))
    assert ("African Union", "condemnation", None, "affirm", False) in keys
    assert ("African Union", "sympathy", None, "affirm", False) in keys
    assert not [k for k in keys if k[0] == "Burundi"]


@pytest.mark.parametrize("said", [
    "The operator said it was shocked and offered its condolences to the families of the dead.",
    "The company said it was deeply shocked and extended its condolences to the families.",
])
def test_an_unlisted_company_mourning_is_not_the_country_named_before(nlp: Language, said: str) -> None:
    text = "Gunmen attacked a bus carrying miners near Tillaberi in Niger on Monday. " + said
    assert not [k for k in _keys(_claims(nlp, text)) if k[0] == "Niger"]


def test_a_groups_vow_is_not_its_patrons(nlp: Language) -> None:
    text = ("Rockets hit an airbase near Erbil on Tuesday. Kataib Hezbollah, a militia backed by Iran, said it had "
            "fired the rockets and vowed to continue its attacks.")
    keys = _keys(_claims(nlp, text))
    assert ("Kataib Hezbollah", "warning", None, "affirm", False) in keys
    assert not [k for k in keys if k[0] == "Iran"]


# B4: attribution phrasings


def test_holding_a_capital_responsible_accuses_its_state(nlp: Language) -> None:
    text = ("A rocket hit a U.S. outpost near Deir ez-Zor on Friday, wounding two soldiers. A Pentagon spokesman "
            "held Tehran responsible for the strike.")
    assert ("United States", "responsibility", "Iran", "affirm", False) in _keys(_claims(nlp, text))


def test_holding_a_state_responsible_without_a_speech_verb_is_an_accusation(nlp: Language) -> None:
    text = ("A rocket hit a U.S. outpost near Deir ez-Zor on Friday, wounding two soldiers. A Pentagon spokesman "
            "held Iran responsible for the strike.")
    assert ("United States", "responsibility", "Iran", "affirm", False) in _keys(_claims(nlp, text))


def test_blaming_the_attack_on_a_capital_accuses_its_state(nlp: Language) -> None:
    text = "A parcel bomb exploded at a depot in Warsaw on Tuesday. Polish prosecutors blamed the attack on Moscow."
    assert ("Poland", "responsibility", "Russia", "affirm", False) in _keys(_claims(nlp, text))


def test_killers_said_to_belong_to_a_cartel_is_a_hedged_accusation(nlp: Language) -> None:
    text = ("Gunmen shot dead a mayor in Michoacan state, Mexico, on Sunday. Mexican prosecutors said the killers "
            "presumably belonged to the Familia Michoacana cartel.")
    keys = _keys(_claims(nlp, text))
    assert [k for k in keys if k[0] == "Mexico" and k[3] == "affirm" and k[4] and "Michoacana" in (k[2] or "")]


@pytest.mark.parametrize(("said", "accused"), [
    ("the attackers were terrorists backed by Afghanistan", "Afghanistan"),
    ("the assailants were terrorist elements affiliated with the Zionist regime", "Israel"),
])
def test_attackers_said_to_be_a_states_proxies_accuse_that_state(nlp: Language, said: str, accused: str) -> None:
    speaker = "Pakistan's interior ministry" if accused == "Afghanistan" else "Iran's interior ministry"
    text = f"Gunmen attacked a border post on Sunday, killing six guards. {speaker} said {said}."
    keys = _keys(_claims(nlp, text))
    assert [k for k in keys if k[1:4] == ("responsibility", accused, "affirm")]


def test_attackers_in_a_condition_accuse_no_one(nlp: Language) -> None:
    text = ("A gunman shot dead two guards at a mall in Davao on Friday. The police chief said that if the shooter "
            "had been a member of Islamic State, he would have set off a bomb.")
    assert not [c for c in _claims(nlp, text) if c.kind == "responsibility"]


def test_a_state_news_agency_speaks_for_its_state(nlp: Language) -> None:
    text = ("Gunmen attacked a police station in Zahedan on Sunday. The IRNA news agency said the gunmen were "
            "terrorist elements affiliated with Israel.")
    assert ("Iran", "responsibility", "Israel", "affirm", False) in _keys(_claims(nlp, text))


def test_an_unlisted_hyphenated_rebel_group_is_blamed_and_denies() -> None:
    text = ("Grenades were thrown into a crowded bar in Gitega on Friday, killing nine people. Interior Minister "
            "Jean Ndayishimiye blamed the RED-Tabara rebel group. The group denied involvement in a statement.")
    assert ("RED-Tabara", "contested") in _perpetrators(text)


def test_a_creed_before_militant_group_is_no_group_name(nlp: Language) -> None:
    doc = nlp("Gunmen killed six people on Friday. The Sunni militant group Jaish al-Adl claimed the attack.")
    assert "Sunni" not in {m.ref.actor for m in find_actors(doc)}


@pytest.mark.parametrize("text", [
    "A suicide bomber killed 15 people at a mosque in Gwoza on Friday. Suspicion fell on the militant group "
    "Boko Haram.",
    "A car bomb killed 40 people outside a ministry in Mogadishu in 2011. Boko Haram was blamed for the bombing.",
])
def test_the_narration_laying_the_attack_on_a_group_names_it(text: str) -> None:
    assert ("Boko Haram", "alleged") in _perpetrators(text)


def test_suspicion_falling_on_a_group_and_its_rival_names_both() -> None:
    text = ("A suicide bomber killed 15 people at a mosque in Gwoza on Friday. No one has claimed the bombing, but "
            "suspicion quickly fell on Boko Haram and its rival, Islamic State West Africa Province.")
    perps = _perpetrators(text)
    assert ("Boko Haram", "alleged") in perps
    assert ("Islamic State West Africa Province", "alleged") in perps


def test_a_negated_passive_blame_names_no_one() -> None:
    text = "A car bomb killed 40 people outside a ministry in Mogadishu in 2011. Al-Shabaab was not blamed for it."
    assert ("Al-Shabaab", "alleged") not in _perpetrators(text)


@pytest.mark.parametrize("said", [
    'Police spokesman Fred Enanga said "early evidence points to ADF operatives".',
    "Police said the evidence pointed to the ADF.",
])
def test_evidence_pointing_to_a_group_is_a_hedged_accusation(nlp: Language, said: str) -> None:
    text = "A bomb exploded at a taxi rank in Mbarara, Uganda, on Sunday, killing five people. " + said
    keys = _keys(_claims(nlp, text))
    assert [k for k in keys if k[1:] == ("responsibility", "Allied Democratic Forces", "affirm", True)]


# C6: claims of the right kind


def test_updated_travel_advice_is_no_warning(nlp: Language) -> None:
    text = ("A bomb killed 12 people at a market in Gwoza on Saturday. Britain's Foreign Office updated its travel "
            "advice, warning against all travel to the state.")
    assert not [c for c in _claims(nlp, text) if c.kind == "warning"]


def test_a_warning_of_an_attack_before_it_is_still_a_warning(nlp: Language) -> None:
    text = ("Gunmen killed nine people at a hotel in Bamako on Friday. The U.S. embassy had warned of a possible "
            "attack on hotels in Bamako a week earlier.")
    assert ("United States", "warning", None, "affirm", False) in _keys(_claims(nlp, text))


def test_a_moral_label_in_a_coordinated_quote_is_a_condemnation(nlp: Language) -> None:
    text = ("A petrol bomb was thrown at a flat in Coleraine on Tuesday. \"It was a mindless and cowardly act,\" "
            "Detective Inspector Sarah Quinn said.")
    assert [c for c in _claims(nlp, text) if c.kind == "condemnation"]


@pytest.mark.parametrize("said", [
    "Iran's interior ministry said the perpetrators would receive a decisive response.",
    "The attackers will pay a heavy price, Iran's army chief said.",
])
def test_a_states_promised_reprisal_is_a_warning(nlp: Language, said: str) -> None:
    text = "Gunmen attacked a border post near Zahedan on Sunday, killing six guards. " + said
    assert ("Iran", "warning", None, "affirm", False) in _keys(_claims(nlp, text))


def test_the_wounded_receiving_treatment_is_no_warning(nlp: Language) -> None:
    text = ("Gunmen attacked a border post near Zahedan on Sunday, killing six guards. Iran's interior ministry "
            "said the wounded would receive treatment in Zahedan.")
    assert not [c for c in _claims(nlp, text) if c.kind == "warning"]


STATEMENT = ("Gunmen attacked a border post near Zahedan overnight, killing six guards.\n\n"
             "The following is the text of a statement carried by the IRNA news agency:\n\n"
             "\"In a barbaric act last night, armed terrorist elements affiliated with the Zionist regime attacked a "
             "border post near Zahedan. Six guards were martyred. The perpetrators of this crime will receive a "
             "decisive response.\"\n")


def test_a_quoted_statement_of_several_sentences_speaks_for_the_body_that_issued_it(nlp: Language) -> None:
    keys = _keys(_claims(nlp, STATEMENT))
    assert ("Iran", "responsibility", "Israel", "affirm", False) in keys  # "elements affiliated with X attacked"
    assert ("Iran", "condemnation", None, "affirm", False) in keys  # "In a barbaric act, ..."
    assert ("Iran", "warning", None, "affirm", False) in keys  # the last sentence, far from the colon


def test_the_outlets_own_outrage_is_no_claim(nlp: Language) -> None:
    text = "In a cowardly act, gunmen attacked a border post near Zahedan on Sunday, killing six guards."
    assert not _claims(nlp, text)
