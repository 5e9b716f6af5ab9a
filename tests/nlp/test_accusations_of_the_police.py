"""A victim's kin or a rights body accusing a state's police of a killing ("accused police of killing him"):
the "of" brings the charge, not the police's owner, and "the family of" a victim speaks as kin does. On
sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.actors import find_actors
from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("text, speaker, state", [
    ("A student was shot dead in Lagos on Saturday. His family accused police of killing him during a raid.",
     "victim's family", "Nigeria"),
    ("A student was shot dead in Lagos on Saturday. His mother accused the police of killing him.",
     "victim's mother", "Nigeria"),
    ("A trader was found shot dead in Karachi on Saturday. The family of the trader accused police of killing "
     "him in custody.", "victim's family", "Pakistan"),
    ("A farmer was shot dead in Tumaco on Saturday. Relatives accused the police of executing him and dressing "
     "him as a guerrilla.", "victim's relatives", "Colombia"),
])
def test_kin_accusing_the_police_accuse_the_state(nlp: Language, text: str, speaker: str, state: str) -> None:
    assert (speaker, state, "affirm") in unhedged_blames(nlp, text)


def test_the_accused_police_denying_makes_it_contested(nlp: Language) -> None:
    text = ("A trader was found shot dead in Karachi on Saturday. His family accused police of killing him. A police "
            "spokesman denied the accusation.")
    assert unhedged_blames(nlp, text) >= {("victim's family", "Pakistan", "affirm"), ("Pakistan", "Pakistan", "deny")}


def test_the_family_of_a_named_man_is_no_kin_speaker(nlp: Language) -> None:
    """As with "Ali's mother": kin of someone named are not the unnamed victim's."""
    text = "A student was shot dead in Lagos on Saturday. The family of Musa Bello accused police of killing him."
    assert not any(b[0] == "victim's family" for b in unhedged_blames(nlp, text))


@pytest.mark.parametrize("rest", [
    "The family of the suspect said he had been recruited by Boko Haram.",
    "Relatives said the bomber had joined Boko Haram two years ago.",
])
def test_the_attackers_kin_are_no_victims_kin(nlp: Language, rest: str) -> None:
    doc = nlp("A car bomb killed 12 people at a market in Maiduguri on Saturday. " + rest)
    assert not any(str(m).find("victim's") >= 0 for m in find_actors(doc))


# Bare "the police" or "soldiers" that kin or residents charge, after the story tells the forces' own act, are the
# story's state's forces; after an attack by others the word is a charge over another killing (no doer).
@pytest.mark.parametrize("text, speaker, state", [
    ("Police fired on a march in Mombasa on Friday, killing a teenager. His family said the police had shot him.",
     "victim's family", "Kenya"),
    ("Soldiers opened fire on traders at a cattle market near Mopti on Sunday. Residents said soldiers shot dead "
     "four farmers.", "residents", "Mali"),
])
def test_private_people_charging_the_bare_forces_accuse_the_state(nlp: Language, text: str, speaker: str,
                                                                  state: str) -> None:
    assert (speaker, state, "affirm") in unhedged_blames(nlp, text)


def test_after_an_attack_by_others_the_charge_names_no_doer(nlp: Language) -> None:
    text = ("Jihadists stormed a village near Mopti on Sunday, killing nine people. Residents said soldiers shot "
            "dead four herders the next day.")
    assert not any(c[1] == "Mali" for c in unhedged_blames(nlp, text))


def _soldiers_state(nlp: Language, text: str) -> set[str | None]:
    """The actors of the soldiers or troops named after the first sentence."""
    return {m.ref.actor for m in find_actors(nlp(text)) if m.sent > 0
            and m.ref.text.lower().endswith(("soldiers", "troops"))}


# The charged bare soldiers are the last forces the story named before, when those are another state's; after
# rebels or militia they may be those fighters, and stand for no state.
@pytest.mark.parametrize("text, state", [
    ("Ethiopian troops crossed into the Gedo region of Somalia on Monday. Villagers said soldiers shot dead three "
     "camel drivers.", "Ethiopia"),
    ("MOGADISHU, Somalia — Kenyan troops moved into a border village last week. Residents said the soldiers killed "
     "two shepherds.", "Kenya"),
])
def test_charged_soldiers_are_the_foreign_forces_named_before(nlp: Language, text: str, state: str) -> None:
    assert _soldiers_state(nlp, text) == {state}


def test_charged_soldiers_after_rebels_are_no_state(nlp: Language) -> None:
    text = ("Rebels of a Tutsi-led militia seized the hill town of Rubaya in eastern Congo on Monday. Residents said "
            "the soldiers killed 12 farmers as they advanced.")
    assert not _soldiers_state(nlp, text) - {None}
