"""A commander's men are his group ("Kazadi's men were responsible", Kazadi "a commander of the Wazalendo
militia"), even a group no list knows: GTD codes the group, not its commander. On texts written for these
tests."""

from __future__ import annotations

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-08-16"


def _claims(result: AnalysisResult) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.source.affiliation, c.subject.actor if c.subject else None) for c in result.claims]


def _perpetrators(result: AnalysisResult) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


def test_a_commanders_men_are_his_group() -> None:
    text = ("We spoke with Colonel Paul Mwamba, a commander of the Wazalendo militia. Gunmen killed nine civilians "
            "in Rutshuru, North Kivu, on Monday. M23 spokesman Lawrence Kanyuka said Mwamba's men were responsible "
            "for the killings.")
    result = analyze(text, published=_PUBLISHED)
    assert _claims(result) == [("responsibility", "M23", "Wazalendo militia")]
    assert _perpetrators(result) == [("Wazalendo militia", "alleged")]


def test_a_commander_of_an_unlisted_militia_speaks_for_it() -> None:
    for who in ("Colonel Ade Musa, a commander of the Kanem Guard militia,", "Colonel Ade Musa, a senior commander "
                "in the Kanem Guard militia,", "Colonel Ade Musa, who commands the Kanem Guard militia,"):
        text = f"Gunmen killed nine villagers near Gusau, Nigeria, on Tuesday. {who} blamed Boko Haram for the raid."
        assert _claims(analyze(text, published=_PUBLISHED)) == [("responsibility", "Kanem Guard militia",
                                                                 "Boko Haram")], who


def test_a_group_fought_by_the_person_is_not_his() -> None:
    for who in ("General Musa Danladi, who led the offensive against Boko Haram last year,",
                "General Musa Danladi, who heads the army's campaign against Boko Haram,"):
        text = f"A car bomb killed 12 people at a market in Maiduguri on Saturday. {who} said Boko Haram carried out " \
               "the attack."
        assert ("responsibility", "Boko Haram", "Boko Haram") not in _claims(analyze(text, published=_PUBLISHED)), who
