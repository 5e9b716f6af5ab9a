"""Who the attackers are said to be: a copula or a hedged "suspected / believed to be" naming a group or a
community label (docs/conventions.md: identity labels), and the hedges and speakers of such sentences. On texts
written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"
_LEAD = "Gunmen killed six farmers in Agatu, Benue State, on Saturday night."


def _claims(result: AnalysisResult) -> list[tuple[str | None, str | None, bool]]:
    return [(c.source.affiliation, c.subject.actor if c.subject else None, c.hedged)
            for c in result.claims if c.kind == "responsibility"]


def _perpetrators(result: AnalysisResult) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


@pytest.mark.parametrize(("sentence", "label"), [
    ("A community leader alleged that the assailants were herders.", "Herders"),
    ("A village head said the attackers were herdsmen from a nearby settlement.", "Herdsmen"),
    ("A community leader alleged that the raiders were nomads.", "Nomads"),
])
def test_attackers_said_to_be_a_community_label_accuse_that_label(sentence: str, label: str) -> None:
    result = analyze(f"{_LEAD} {sentence}", published=_PUBLISHED)
    assert [subject for _, subject, _ in _claims(result)] == [label]
    assert _perpetrators(result) == [(label, "alleged")]


@pytest.mark.parametrize("sentence", [
    "A community leader alleged that the assailants were bandits.",  # a conduct noun names no one
    "A community leader said it was not clear whether the assailants were herders.",
    "A community leader said the assailants were not herders.",
])
def test_no_accusation_of_a_conduct_noun_or_an_open_question(sentence: str) -> None:
    result = analyze(f"{_LEAD} {sentence}", published=_PUBLISHED)
    assert _claims(result) == []
    assert _perpetrators(result) == []


def test_a_suspected_identity_is_a_hedged_accusation() -> None:
    result = analyze(f"{_LEAD} Police said the attackers were suspected to be armed herders.", published=_PUBLISHED)
    assert _claims(result) == [("Nigeria", "Herders", True)]


@pytest.mark.parametrize("text", [
    "Gunmen suspected to be Fulani herdsmen killed six farmers in Agatu, Benue State, on Saturday night.",
    "Six farmers were killed by gunmen suspected to be Fulani herdsmen in Agatu, Benue State, on Saturday.",
    "Gunmen thought to be Fulani militants stormed Agatu in Benue State on Saturday, killing six farmers.",
])
def test_attackers_the_narration_suspects_to_be_a_group_make_it_the_alleged_doer(text: str) -> None:
    assert _perpetrators(analyze(text, published=_PUBLISHED)) == [("Fulani extremists", "alleged")]


def test_an_allegation_is_not_a_hedge_but_allegedly_is() -> None:
    firm = analyze(f"{_LEAD} A community leader alleged that Boko Haram carried out the attack.",
                   published=_PUBLISHED)
    assert _claims(firm) == [("community leader", "Boko Haram", False)]
    distant = analyze(f"{_LEAD} Police said the attack was allegedly carried out by Boko Haram.",
                      published=_PUBLISHED)
    assert _claims(distant) == [("Nigeria", "Boko Haram", True)]


@pytest.mark.parametrize(("text", "doer"), [
    ("Officials said the bomb, thought to have been planted by al-Shabaab, killed four people in Mogadishu on "
     "Friday.", "Al-Shabaab"),
    ("Police said ten people died in Kabul on Friday in a blast believed to have been caused by the Taliban.",
     "Taliban"),
])
def test_thought_to_and_caused_by_are_hedged_accusations(text: str, doer: str) -> None:
    assert [(s, h) for _, s, h in _claims(analyze(text, published="2024-03-23"))] == [(doer, True)]


def test_caused_by_names_no_doer_when_no_act_was_caused() -> None:
    text = ("Gunmen killed six farmers in Agatu, Benue State, on Saturday night. Officials said the delays caused "
            "by the Nigerian army checkpoints angered residents.")
    assert all(subject != "Nigeria" for _, subject, _ in _claims(analyze(text, published=_PUBLISHED)))


@pytest.mark.parametrize(("sentence", "party"), [
    ("The ship owner said the tanker was struck by a drone thought to have been launched by the Houthis.",
     "ship owner"),
    ("The tanker was struck by a drone thought to have been launched by the Houthis, the vessel's operator said.",
     "ship operator"),
    ("The shipping company said the tanker was struck by a drone thought to have been launched by the Houthis.",
     "shipping company"),
])
def test_an_unnamed_party_of_the_ship_speaks_for_itself(sentence: str, party: str) -> None:
    text = f"A missile struck a tanker in the Red Sea off Yemen on Friday, wounding two sailors. {sentence}"
    assert _claims(analyze(text, published="2024-03-23")) == [(party, "Houthis", True)]


def test_the_owner_of_the_named_ship_speaks_for_that_ship() -> None:
    text = ("A missile struck the Liberian-flagged bulk carrier Sea Harmony in the Red Sea on Friday, wounding two "
            "sailors. The ship owner said the bulker was struck by a drone thought to have been launched by the "
            "Houthis.")
    assert _claims(analyze(text, published="2024-03-23")) == [("Sea Harmony ship owner", "Houthis", True)]
