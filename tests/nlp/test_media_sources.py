"""An unnamed medium ("media reports said", "local media reported", "according to media reports") is the source
of what it reports, hedged as "reportedly" is: no outlet or speaker stands behind it (docs/conventions.md).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("sentence", "source"), [
    ("Gunmen killed 12 soldiers at an army post in Mali on Tuesday. Media reports said the attackers were members "
     "of JNIM.", "Media reports"),
    ("A car bomb killed nine people in Mogadishu on Monday. Local media reported that the bomber was a member of "
     "al-Shabaab.", "Local media"),
    ("A car bomb killed nine people in Mogadishu on Monday. According to media reports, al-Shabaab carried out "
     "the attack.", "media reports"),
    ("A car bomb killed nine people in Mogadishu on Monday. Press reports blamed the bombing on al-Shabaab.",
     "Press reports"),
])
def test_an_unnamed_medium_accuses_hedged(nlp: Language, sentence: str, source: str) -> None:
    subject = "JNIM" if "JNIM" in sentence else "Al-Shabaab"
    assert (source, subject, "affirm", True) in blames(nlp, sentence)


def test_a_named_speaker_stays_unhedged(nlp: Language) -> None:
    text = "A car bomb killed nine people in Mogadishu on Monday. Police said the bomber was a member of al-Shabaab."
    assert ("Somalia", "Al-Shabaab", "affirm", False) in blames(nlp, text)


def test_no_media_reports_name_no_source(nlp: Language) -> None:
    text = "A car bomb killed nine people in Mogadishu on Monday. No media reports said who carried out the attack."
    assert not blames(nlp, text)


# Bare sources, tied to no body or place, are as unnamed as media reports: their own voice, hedged.
@pytest.mark.parametrize(("sentence", "source"), [
    ("A car bomb killed nine people in Mogadishu on Monday. Sources said al-Shabaab was behind the blast.",
     "sources"),
    ("A car bomb killed nine people in Mogadishu on Monday. According to informed sources, al-Shabaab planted "
     "the device.", "informed sources"),
    # a clause that only keeps them unnamed ties them to no body
    ("A car bomb killed nine people in Mogadishu on Monday. Sources, who asked not to be identified, said "
     "al-Shabaab was behind the blast.", "sources"),
    ("A car bomb killed nine people in Mogadishu on Monday. Sources familiar with the inquiry said al-Shabaab "
     "planted the device.", "sources"),
    # close to a process, not to a body: as unnamed as "familiar with" it
    ("A car bomb killed nine people in Mogadishu on Monday. Sources close to the investigation said al-Shabaab "
     "planted the device.", "sources"),
    ("A car bomb killed nine people in Mogadishu on Monday. According to sources close to the probe, al-Shabaab "
     "planted the device.", "sources"),
])
def test_bare_sources_accuse_hedged(nlp: Language, sentence: str, source: str) -> None:
    assert (source, "Al-Shabaab", "affirm", True) in blames(nlp, sentence)


def test_security_sources_stay_the_states_unhedged(nlp: Language) -> None:
    text = "A car bomb killed nine people in Mogadishu on Monday. Security sources said al-Shabaab was behind it."
    assert ("Somalia", "Al-Shabaab", "affirm", False) in blames(nlp, text)


def test_sources_close_to_a_group_are_no_bare_sources(nlp: Language) -> None:
    text = "A car bomb killed nine people in Mogadishu on Monday. Sources close to al-Shabaab said it planted the bomb."
    assert not any(b[0] == "sources" for b in blames(nlp, text))


@pytest.mark.parametrize("voice", ["Sources", "Local media reports"])
def test_an_unnamed_voice_is_never_the_doer_its_words_name(nlp: Language, voice: str) -> None:
    """"their" is the victims', not the voice's: sources and media report an act, they claim none."""
    text = (f"A roadside bomb killed two teachers in Kunduz, Afghanistan. {voice} said the victims were targeted for "
            "their links to the provincial government.")
    assert not any(subject == source for source, subject, _, _ in blames(nlp, text))
