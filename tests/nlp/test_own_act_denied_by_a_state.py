"""A state denying that its own side did the violent act ("Israel denied striking the hospital", "the army said it
had not shelled the village") denies responsibility for it (self, CAMEO 016), as "denied any involvement" does;
its own strikes on other targets ("said its drones struck positions elsewhere") are its war, no claim, and its word
that it struck the very target the story tells is its self-claim (session 20). On texts written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import self_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_CLINIC = "A missile hit a clinic in Khan Younis on Tuesday, killing 14 people. "
_MARKET = "Residents said soldiers shelled a market near Gao on Monday, killing six traders. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(("text", "state"), [
    (_CLINIC + "Israel denied striking the clinic.", "Israel"),
    (_CLINIC + "The Israeli military said it had not struck the clinic.", "Israel"),
    (_MARKET + "The army denied shelling the market.", "Mali"),
])
def test_a_state_denying_its_own_act_denies_responsibility(nlp: Language, text: str, state: str) -> None:
    assert self_blames(nlp, text) == {(state, state, "deny", True)}


def test_a_states_own_strikes_elsewhere_are_no_claim(nlp: Language) -> None:
    assert self_blames(nlp, _CLINIC + "The Israeli military said its jets struck rocket launchers in Rafah.") == set()


@pytest.mark.parametrize("text", [
    _CLINIC + "The Israeli military said it had not struck the clinic deliberately.",
    _MARKET + "The army denied deliberately shelling the market.",
    _MARKET + "The army said it had not shelled the market on purpose.",
])
def test_a_denial_of_intent_is_no_denial_of_the_act(nlp: Language, text: str) -> None:
    # "not deliberately" grants the strike and denies the intent: no denial, and no claim of responsibility either
    # (its own war, as "struck" is); near misses: the plain denials above
    assert self_blames(nlp, text) == set()


@pytest.mark.parametrize(("text", "state"), [
    (_CLINIC + "The Israeli military said it struck the clinic because gunmen were firing from it.", "Israel"),
    ("An explosion wrecked a wedding hall in Helmand on Friday, killing 20 guests. The US military said it struck "
     "the wedding hall by mistake.", "United States"),
])
def test_a_state_owning_its_strike_on_the_target_told_claims_it(nlp: Language, text: str, state: str) -> None:
    """A state's word that it struck the very target the story tells owns that act (self, CAMEO 015), as "we fired
    the rockets" does; its strikes on other targets stay its war."""
    assert self_blames(nlp, text) == {(state, state, "affirm", True)}


@pytest.mark.parametrize("text", [
    _CLINIC + "The Israeli military said it struck a Hamas command post next to the clinic.",
    _CLINIC + "The Israeli military said it struck the Hamas positions near the clinic.",
    "Gunmen attacked a checkpoint near Bannu on Monday, killing four soldiers. The army said it struck the "
    "militants' hideouts in North Waziristan in response.",
])
def test_a_states_strikes_on_other_targets_claim_nothing(nlp: Language, text: str) -> None:
    assert self_blames(nlp, text) == set()


@pytest.mark.parametrize("text", [
    # the same noun is not the same target: another place, or the launch site the strike answered (each was 015)
    "A rocket hit a house in Sderot on Tuesday, wounding two people. The Israeli military said it struck the house "
    "in Gaza from which the rocket had been fired.",
    "Russian missiles struck a power plant in Kharkiv on Tuesday, cutting power to thousands. Ukraine said it struck "
    "the plant in Belgorod.",
    "A Hezbollah drone hit a base in northern Israel on Tuesday, wounding two soldiers. The Israeli military said it "
    "struck the base in Nabatieh.",
])
def test_a_states_strike_on_a_like_target_elsewhere_claims_nothing(nlp: Language, text: str) -> None:
    assert not any(b[3] and b[2] == "affirm" for b in self_blames(nlp, text))


def test_a_states_strike_on_the_target_told_at_its_place_claims_it(nlp: Language) -> None:
    # near miss: the place named again is the same one
    text = _CLINIC + "The Israeli military said it struck the clinic in Khan Younis because gunmen were firing from it."
    assert self_blames(nlp, text) == {("Israel", "Israel", "affirm", True)}
