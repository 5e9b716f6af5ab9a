"""What the act told is called names its doer: a group's name on it ("a TTP operation") as before, and now a state's
agency or a demonym ('called the bombing "a RAW operation"', "said the blast was an Indian operation", "said it was
clearly an ISI job") accuse that state, unhedged as a verbatim word is (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.attribution import find_claims
from counterclaim.nlp.pipeline import load_pipeline, parse

LEAD = "A bomb tore through a bus near Turbat on Wednesday, killing nine passengers. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("rest", "state"), [
    ('Pakistan\'s interior minister called the bombing "a RAW operation".', "India"),
    ("Pakistan's interior minister said the blast was a RAW operation.", "India"),
    ("Pakistan's interior minister described the attack as an Indian operation.", "India"),
    ('Pakistan\'s interior minister called the bombing "a Research and Analysis Wing operation".', "India"),
    ("Pakistan's interior minister said RAW agents had carried out the bombing.", "India"),
    ('An Afghan Taliban spokesman said the bombing was "clearly an ISI job".', "Pakistan"),
])
def test_the_act_called_a_states_operation_accuses_the_state(nlp: Language, rest: str, state: str) -> None:
    found = blames(nlp, LEAD + rest)
    assert any(b[1] == state and b[2] == "affirm" and not b[3] and b[0] != state for b in found), found


@pytest.mark.parametrize("rest", [
    # a state's own operation, a demonym on an act that is not what the act told is called, and "raw" as a word
    "Pakistan's interior minister said the Pakistani operation against militants in Turbat would go on.",
    "Pakistan's interior minister condemned the Indian strike on a village in Kashmir last year.",
    "Pakistan's interior minister said the raw materials for the bomb came from across the border.",
])
def test_other_operations_and_raw_words_accuse_no_state(nlp: Language, rest: str) -> None:
    found = blames(nlp, LEAD + rest)
    assert not any(b[1] == "India" and b[2] == "affirm" for b in found), found


def _upper_blames(text: str) -> set[tuple[str | None, str, str, bool]]:
    doc = parse(text)  # capitals copy goes through the truecasing parse, as the API reads it
    return {(c.source.affiliation, c.subject.actor if c.subject else None, c.polarity, c.hedged)
            for m in find_claims(doc, find_actors(doc)) if (c := m.claim).kind in {"responsibility", "condemnation"}}


@pytest.mark.parametrize("rest", [
    # capitals copy: "RAW" is the ordinary word, so it gives the unnamed minister no state (India's was given)
    "OFFICIALS SAID RAW MATERIALS FOR THE BOMB CAME FROM AFGHANISTAN. THE INTERIOR MINISTER BLAMED THE TTP.",
    "RAW FOOTAGE OF THE BLAST WAS AIRED ON TELEVISION. THE INTERIOR MINISTER CONDEMNED THE ATTACK.",
])
def test_raw_in_capitals_copy_is_the_word(rest: str) -> None:
    found = _upper_blames("A SUICIDE BOMBER KILLED 14 PEOPLE AT A MARKET IN QUETTA ON TUESDAY. " + rest)
    assert found and not any("India" in (b[0], b[1]) for b in found), found


def test_raw_in_mixed_case_stays_the_agency(nlp: Language) -> None:
    # near miss: written in capitals inside ordinary prose the acronym is still India's agency
    found = blames(nlp, LEAD + "Pakistan's interior minister blamed RAW for the attack.")
    assert ("Pakistan", "India", "affirm", False) in found, found


@pytest.mark.parametrize("rest", [
    # the calling verb names nothing when negated, refused or held back as too early (each was a firm accusation)
    "Pakistan's interior minister did not call the bombing a RAW operation.",
    "Pakistan's interior minister never called the bombing a RAW operation.",
    "Pakistan's interior minister refused to call the bombing a RAW operation.",
    "Pakistan's interior minister declined to describe the attack as an Afghan operation.",
    "Pakistan's interior minister said it was too early to call the bombing a RAW operation.",
])
def test_a_calling_withheld_accuses_no_state(nlp: Language, rest: str) -> None:
    found = blames(nlp, LEAD + rest)
    assert not any(b[1] in {"India", "Afghanistan"} and b[2] == "affirm" for b in found), found


def test_a_calling_said_accuses_the_state(nlp: Language) -> None:
    # near miss: the plain calling, and its quoted word
    found = blames(nlp, LEAD + "Pakistan's interior minister described the attack as an Afghan operation.")
    assert ("Pakistan", "Afghanistan", "affirm", False) in found, found


def test_a_calling_withheld_in_capitals_accuses_no_state() -> None:
    found = _upper_blames("A SUICIDE BOMBER KILLED 14 PEOPLE AT A MARKET IN QUETTA ON TUESDAY. PAKISTAN'S INTERIOR "
                          "MINISTER REFUSED TO DESCRIBE THE ATTACK AS AN AFGHAN OPERATION.")
    assert not any(b[1] == "Afghanistan" for b in found), found


def test_a_demonym_in_the_act_named_gives_the_speaker_no_state(nlp: Language) -> None:
    # the unnamed minister of a Quetta story clears India: he is not India's voice (it was India's self-denial 016)
    text = ("A suicide bomber killed 14 people at a market in Quetta on Tuesday. The interior minister said the "
            "bombing was not an Indian operation.")
    doc = nlp(text)
    found = {(c.source.affiliation, c.subject.actor, c.polarity, c.is_self)
             for m in find_claims(doc, find_actors(doc)) if (c := m.claim).kind == "responsibility" and c.subject}
    assert found == {("Pakistan", "India", "deny", False)}, found


def test_a_name_called_a_lie_accuses_no_one(nlp: Language) -> None:
    # 'India called the bombing a RAW operation "a lie"' was India's own claim (015); near miss: the plain naming
    # ('called the bombing "a RAW operation"') at the top of this file
    found = blames(nlp, LEAD + 'India called the bombing a RAW operation "a lie".')
    assert not any(b[1] == "India" and b[2] == "affirm" for b in found), found
