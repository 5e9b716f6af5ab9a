"""Wire datelines: the one character pattern that the casualty, date and place readers share, and the one token
reading (dateline_dash) of the speaker, place and actor readers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import analyze
from counterclaim.incidents.segment import is_dateline
from counterclaim.nlp._dateline import dateline_dash, in_dateline, wire_datelines
from counterclaim.nlp.actors import _gazetteer_mentions, find_actors, incident_country
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.places import find_places


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MAPUTO, Sept. 18 (AFP) - Gunmen burned two buses.", "MAPUTO, Sept. 18 (AFP) -"),
        ("KABUL, Afghanistan (AP) — A bomb killed five.", "KABUL, Afghanistan (AP) —"),
        ("Mogadishu, 14 March 2024 - A mortar hit the port.", "Mogadishu, 14 March 2024 -"),
        # a plain-case city with a particle or an apostrophe (the date reader knew these; the count reader did not)
        ("Port of Spain, March 3 - Two officers were shot dead.", "Port of Spain, March 3 -"),
        ("N'Djamena, 3 May 2023 - Gunmen attacked a market.", "N'Djamena, 3 May 2023 -"),
        # a month spelled out in capitals (the shared month pattern reads any case)
        ("MAPUTO, SEPTEMBER 18 (AFP) - Gunmen burned two buses.", "MAPUTO, SEPTEMBER 18 (AFP) -"),
        # the Indian wires close the agency's bracket with a colon
        ("IMPHAL, Nov 4 (UNI): Militants torched a bus.", "IMPHAL, Nov 4 (UNI):"),
        ("Srinagar, Nov 4 (IANS): A grenade hit a bazaar.", "Srinagar, Nov 4 (IANS):"),
    ],
)
def test_wire_datelines(text: str, dateline: str) -> None:
    assert [text[a:b].strip() for a, b in wire_datelines(text)] == [dateline]


@pytest.mark.parametrize(
    "text",
    [
        "Police said on March 3 - a Sunday - that two guards died.",
        "Kabul, the capital, was shaken on Tuesday when a car bomb killed 12 people.",
        "Police said (in a statement): two guards died.",
    ],
)
def test_no_wire_dateline(text: str) -> None:
    assert wire_datelines(text) == []


def test_a_city_opening_a_sentence_with_a_comma_is_no_dateline(nlp: Language) -> None:
    """is_dateline reads the shared pattern: a dash closes a dateline, a comma alone does not."""
    text = "Kabul, the capital, was shaken on Tuesday when a car bomb killed 12 people near a ministry."
    doc = nlp(text)
    kabul = next(p for p in find_places(doc) if p.location.evidence.text == "Kabul")
    assert not is_dateline(doc, kabul)
    text = "KABUL, Afghanistan (AP) — A car bomb killed 12 people near a ministry on Tuesday."
    doc = nlp(text)
    kabul = next(p for p in find_places(doc) if p.location.evidence.text == "KABUL")
    assert is_dateline(doc, kabul)


def _claims(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    doc = nlp(text)
    return {(m.claim.source.affiliation, m.claim.subject.actor if m.claim.subject else None, m.claim.polarity)
            for m in find_claims(doc, find_actors(doc)) if m.claim.kind == "responsibility"}


@pytest.mark.parametrize(("text", "claim"), [
    # the actor reader took any capital that opens a sentence before a comma for a dateline
    ("A drone struck a fuel depot in Belgorod on Sunday. Moscow, meanwhile, blamed the attack on Kyiv.",
     ("Russia", "Ukraine", "affirm")),
    ("A drone struck a fuel depot in Belgorod on Sunday. Kyiv, for its part, denied any involvement.",
     ("Ukraine", "Ukraine", "deny")),
])
def test_a_capital_before_a_comma_speaks_unless_a_dash_closes_a_dateline(
        nlp: Language, text: str, claim: tuple[str, str, str]) -> None:
    assert claim in _claims(nlp, text)


@pytest.mark.parametrize(("text", "country"), [
    ("MOGADISHU (HOL) - Gunmen killed two elders in a village on Monday, police said.", "Somalia"),
    # a comma and a province after the city: the actor reader knew only a date or a country there
    ("Goma, North Kivu — Gunmen killed seven farmers in a village on Monday, the army said.",
     "Democratic Republic of the Congo"),
    ("Police, residents and aid workers said gunmen killed seven farmers in a village on Monday.", None),
])
def test_the_dateline_city_gives_the_incident_country(nlp: Language, text: str, country: str | None) -> None:
    doc = nlp(text)
    assert incident_country(doc, _gazetteer_mentions(doc)) == country


@pytest.mark.parametrize(("text", "dateline"), [
    # one plain-case name, a dash and the story: the actor reader's own check knew it, the shared one did not
    ("Washington — A blast hit the main gate of the airport in Kabul on Thursday, officials said.", True),
    ("Kabul — the capital — was shaken by a blast on Thursday.", False),
    ("Police — who arrived an hour later — said two guards died.", False),
])
def test_one_name_before_a_dash(nlp: Language, text: str, dateline: bool) -> None:
    doc = nlp(text)
    assert (dateline_dash(next(doc.sents)) is not None) is dateline
    assert in_dateline(doc[0]) is dateline


def test_a_colon_dateline_date_is_when_the_report_was_filed() -> None:
    inc = analyze("IMPHAL, Nov 4 (UNI): Militants shot dead a shopkeeper in Imphal on Saturday.",
                  published="2024-11-05").incidents[0]
    assert str(inc.date.value) == "2024-11-02"


def test_each_sentence_has_its_own_dateline_dash(nlp: Language) -> None:
    """The dashes are read once per Doc for all its sentences: a later sentence that opens like a dateline keeps
    its own answer, a dash in the middle of a sentence closes none, and a copied Doc is read afresh."""
    doc = nlp("KABUL, Afghanistan (AP) — A bomb killed five soldiers near the airport. The police — who arrived "
              "late — said two guards died. HERAT, Afghanistan (AP) — Gunmen shot dead a judge.")
    sents = list(doc.sents)
    assert len(sents) == 3
    assert [in_dateline(s[0]) for s in sents] == [True, False, True]
    assert [dateline_dash(s) is not None for s in sents] == [True, False, True]
    assert not in_dateline(sents[0][-2]) and not in_dateline(sents[2][-2])
    assert in_dateline(sents[2][1])
    other = nlp("The police said two guards died. KABUL, Afghanistan (AP) — A bomb killed five.")
    other.user_data.update(doc.user_data)
    assert [in_dateline(s[0]) for s in other.sents] == [False, True]


@pytest.mark.parametrize(("text", "claim"), [
    # after a plain hyphen the parser hangs the dateline's country on the story's subject as a compound
    ("QUETTA, Pakistan - A militant group claimed a blast that killed four people at a bus stop on Sunday.", None),
    ("HERAT, Afghanistan - A militant group claimed the bombing that killed six traders on Monday.", None),
    ("LAHORE, Pakistan - A militant group that claimed a blast at a shrine said on Sunday that it had not carried it "
     "out.", None),
    # near miss: the story's subject names its own side, which stays the speaker and the doer
    ("QUETTA, Pakistan - A spokesman for the Baloch Liberation Army said its men planted the bomb that killed four "
     "people.",
     ("Balochistan Liberation Army", "Balochistan Liberation Army", "affirm")),
])
def test_a_plain_hyphen_datelines_country_is_no_word_of_the_claimant(
        nlp: Language, text: str, claim: tuple[str, str, str] | None) -> None:
    found = _claims(nlp, text)
    assert not any(c[0] in {"Pakistan", "Afghanistan"} for c in found)
    assert claim is None or claim in found


@pytest.mark.parametrize("text", [
    "MOGADISHU — Al-Shabaab militants stormed a hotel near the port on Friday night, killing four guards, security "
    "officials said.",
    "MOGADISHU - Al-Shabaab militants stormed a hotel near the port on Friday night, killing four guards, security "
    "officials said.",
])
def test_a_datelines_city_taken_for_the_head_keeps_the_subject_after_the_dash(nlp: Language, text: str) -> None:
    # the parse may hang the story's subject on the dateline's city; the doer is still the subject after the dash
    found = _claims(nlp, text)
    assert any(c[0] == "Somalia" and c[1] == "Al-Shabaab" and c[2] == "affirm" for c in found)
