"""A speaker titled by an acronym the story spells out in brackets speaks for that body, not for a listed
namesake of the same letters (sentences written for these tests)."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _people(nlp: Language, text: str) -> dict[str, str | None]:
    return {m.ref.actor: m.ref.affiliation for m in find_actors(nlp(text)) if m.ref.type == "person"}


@pytest.mark.parametrize("text, person, body", [
    ("A lawmaker was shot dead in Kisumu on Sunday. The ruling United Democratic Alliance (UDA) denied any "
     "involvement. \"We condemn this crime,\" UDA secretary general Peter Wafula said.", "Peter Wafula",
     "United Democratic Alliance"),
    ("Gunmen killed six miners in Zamfara on Monday. The Movement for National Renewal (MNR), a new armed group, "
     "claimed the attack. MNR commander Ali Dogo said his men had done it.", "Ali Dogo",
     "Movement for National Renewal"),
])
def test_the_acronym_of_the_story_titles_the_speaker(nlp: Language, text: str, person: str, body: str) -> None:
    assert _people(nlp, text)[person] == body


def test_a_listed_acronym_alone_keeps_its_group(nlp: Language) -> None:
    """Without a body spelled out with the same letters, the listed group stays."""
    text = ("A bomb exploded in Bannu on Monday, killing three soldiers. TTP spokesman Mohammad Khorasani said "
            "its fighters had planted it.")
    assert _people(nlp, text)["Mohammad Khorasani"] == "Tehrik-i-Taliban Pakistan"


def test_a_party_named_with_a_country_and_a_possessive_is_the_party(nlp: Language) -> None:
    """"The Pakistan People's Party (PPP)": the possessive is the name's own, and the country inside it no
    speaker; its leader's "we" is the party."""
    text = ("A bomb killed four people at a rally in Lahore on Friday. The Pakistan People's Party (PPP) denied "
            "any role. \"We had nothing to do with this,\" PPP leader Sadia Khan said.")
    assert self_blames(nlp, text) == {("Pakistan People's Party", "Pakistan People's Party", "deny", True)}


def test_a_country_possessor_before_a_party_stays_apart(nlp: Language) -> None:
    text = ("A bomb killed four people at a rally in Kampala on Friday. Uganda's National Unity Party denied any "
            "role.")
    assert self_blames(nlp, text) == {("National Unity Party", "National Unity Party", "deny", True)}
