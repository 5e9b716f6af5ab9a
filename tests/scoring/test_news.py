"""The news scorer: gold checking, incident matching, field and claim figures (no shared data needed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from counterclaim.errors import DataError
from counterclaim.models import (
    ActorRef,
    AnalysisResult,
    Casualties,
    Claim,
    DocumentInfo,
    Incident,
    IncidentDate,
    Label,
    Location,
    Perpetrator,
    Span,
)
from counterclaim.scoring.news import canonical, city_compatible, load_gold, score_results

TEXT = (
    "Rebels claim bombing in Port Harlow\n\n"
    "A car bomb killed at least 12 people in Port Harlow on Tuesday, police said. "
    "The Red Dawn Front claimed responsibility. The United Nations condemned the attack.\n"
)


def _span(text: str, doc: str = TEXT) -> Span:
    start = doc.index(text)
    return Span(start=start, end=start + len(text), text=text)


def _gold() -> dict:
    return {
        "id": "01", "url": "https://example.org/a", "outlet": "Example", "published": "2024-05-09",
        "incidents": [{
            "summary": "car bomb", "country_code": "GB", "city": "Port Harlow", "date": "2024-05-07",
            "attack_types": ["Bombing/Explosion"], "weapon_types": ["Explosives"],
            "target_types": ["Private Citizens & Property"],
            "killed": {"min": 12, "max": None, "text": "at least 12 people"},
            "injured": {"min": None, "max": None, "text": None},
            "perpetrator": "Red Dawn Front", "claimed": True,
        }],
        "claims": [
            {"source": "The Red Dawn Front", "source_affiliation": "Red Dawn Front", "kind": "responsibility",
             "subject": "Red Dawn Front", "polarity": "affirm", "self": True, "hedged": False,
             "evidence": "The Red Dawn Front claimed responsibility."},
            {"source": "The United Nations", "source_affiliation": "United Nations", "kind": "condemnation",
             "subject": None, "polarity": "affirm", "self": False, "hedged": False,
             "evidence": "The United Nations condemned the attack."},
        ],
    }


def _write(tmp_path: Path, gold: dict, doc_id: str = "01", text: str = TEXT) -> Path:
    (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"{doc_id}.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def _actor(text: str, actor: str, type_: str = "group") -> ActorRef:
    return ActorRef(text=text, actor=actor, type=type_, affiliation=actor, evidence=_span(text))


def _result(incidents: list[Incident], claims: list[Claim]) -> AnalysisResult:
    return AnalysisResult(document=DocumentInfo(id="01", n_chars=len(TEXT)), incidents=incidents, claims=claims)


def _good_incident() -> Incident:
    return Incident(
        id="i1", summary="car bomb in Port Harlow",
        date=IncidentDate(value=dt.date(2024, 5, 7), precision="day", basis="relative", evidence=_span("Tuesday")),
        location=Location(name="Port Harlow", country_code="GB", evidence=_span("Port Harlow")),
        attack_types=[Label(label="Bombing/Explosion", confidence=0.9)],
        weapon_types=[Label(label="Explosives", confidence=0.9)],
        target_types=[Label(label="Business", confidence=0.5)],
        killed=Casualties(stated=12, qualifier="at least", min=12, max=None, evidence=_span("at least 12 people")),
        perpetrators=[Perpetrator(actor="Red Dawn Front", status="claimed", claims=["c1"])],
    )


def _claim_self() -> Claim:
    return Claim(id="c1", kind="responsibility", source=_actor("The Red Dawn Front", "Red Dawn Front"),
                 subject=_actor("The Red Dawn Front", "Red Dawn Front"), is_self=True,
                 cue=_span("claimed"), evidence=_span("The Red Dawn Front claimed responsibility."))


def test_load_gold_reads_title_and_published(tmp_path: Path) -> None:
    docs = load_gold(_write(tmp_path, _gold()))
    assert docs[0].title == "Rebels claim bombing in Port Harlow"
    assert docs[0].published == dt.date(2024, 5, 9)


@pytest.mark.parametrize(("path", "value", "message"), [
    (("claims", 0, "evidence"), "claimed it yesterday", "not an exact substring"),
    (("claims", 0, "self"), False, "self=False"),
    (("incidents", 0, "city"), "Atlantis", "does not occur"),
    (("incidents", 0, "attack_types"), ["Bombing"], "outside the GTD list"),
    (("incidents", 0, "killed"), {"min": 12, "max": None, "text": "twelve"}, "killed.text"),
])
def test_malformed_gold_is_a_clear_data_error(tmp_path: Path, path: tuple, value: object, message: str) -> None:
    gold = _gold()
    target = gold
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(DataError, match=message):
        load_gold(_write(tmp_path, gold))


def test_duplicate_claim_key_is_rejected(tmp_path: Path) -> None:
    gold = _gold()
    gold["claims"].append(dict(gold["claims"][1]))
    with pytest.raises(DataError, match="duplicate"):
        load_gold(_write(tmp_path, gold))


def test_empty_prediction_scores_zero_without_crashing(tmp_path: Path) -> None:
    score = score_results(load_gold(_write(tmp_path, _gold())), [_result([], [])])
    assert score.figures["incident_f1"] == 0.0
    assert score.figures["claims_f1"] == 0.0
    assert score.counts["gold_incidents"] == 1
    assert {line.split("\t")[1] for line in score.errors.lines()} == {"incident", "claim"}


def test_matching_incident_and_claims_are_scored_field_by_field(tmp_path: Path) -> None:
    golds = load_gold(_write(tmp_path, _gold()))
    score = score_results(golds, [_result([_good_incident()], [_claim_self()])])
    f = score.figures
    assert f["incident_f1"] == 1.0
    assert f["country_acc"] == f["city_acc"] == f["date_acc"] == f["killed_acc"] == f["injured_acc"] == 1.0
    assert f["perpetrator_acc"] == 1.0 and f["claimed_acc"] == 1.0
    assert f["target_f1"] == 0.0  # Business vs Private Citizens & Property
    assert f["claims_p"] == 1.0 and f["claims_r"] == 0.5
    assert any("\ttarget_types\t" in line for line in score.errors.lines())


def test_prediction_on_negative_article_is_a_false_positive(tmp_path: Path) -> None:
    gold = _gold()
    gold["incidents"], gold["claims"] = [], []
    score = score_results(load_gold(_write(tmp_path, gold)), [_result([_good_incident()], [])])
    assert score.figures["incident_p"] == 0.0
    assert score.figures["negatives_clean"] == 0.0


def test_unrelated_incident_is_not_matched(tmp_path: Path) -> None:
    other = _good_incident().model_copy(update={
        "location": Location(name="Elsewhere", country_code="FR", evidence=_span("police")),
        "date": IncidentDate(), "killed": None, "attack_types": [],
    })
    score = score_results(load_gold(_write(tmp_path, _gold())), [_result([other], [])])
    assert score.counts["matched_incidents"] == 0


def test_invented_date_is_counted_when_gold_has_none(tmp_path: Path) -> None:
    gold = _gold()
    gold["incidents"][0]["date"] = None
    score = score_results(load_gold(_write(tmp_path, gold)), [_result([_good_incident()], [_claim_self()])])
    assert score.figures["no_date_invented"] == 0.0
    assert score.counts["n_date"] == 0


def test_actor_names_are_canonicalised() -> None:
    assert canonical("ISIS") == canonical("Islamic State") == canonical("the Islamic State")
    assert canonical("al-Shabab") == canonical("Al-Shabaab")
    assert canonical("U.S.") == canonical("United States")
    assert canonical("Red Dawn Front") != canonical("United States")
    assert canonical(None) is None


def test_city_compatibility_ignores_case_and_accents() -> None:
    assert city_compatible("Bogotá", "Bogota")
    assert city_compatible("Kabul", "Kabul city")
    assert not city_compatible("Kabul", "Kandahar")
    assert not city_compatible("Kabul", None)
