"""Incident merging: which records merge, stable ids, persistence, and the merged values."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from counterclaim.incidents.merge import (
    DocMeta,
    IncidentFeatures,
    IncidentKey,
    IncidentMerger,
    MergeConfig,
    merged_id_for,
    merged_view,
    pair_score,
)
from counterclaim.models import (
    ActorRef,
    Casualties,
    Claim,
    Incident,
    IncidentDate,
    Label,
    Location,
    Span,
)

# Three outlets on one market bombing in Quetta, and a different attack in Peshawar the same week.
TEXT_1 = ("A bomb tore through a crowded market in Quetta on Monday, killing at least 12 people and wounding 30, "
          "police said. The Pakistani Taliban claimed the attack.")
TEXT_2 = ("The death toll from Monday's market bombing in Quetta rose to 19, officials said on Tuesday. "
          "Interior minister Ahmed Khan blamed the Pakistani Taliban.")
TEXT_3 = ("Balochistan's government said 21 people died in the Quetta market blast on March 4. "
          "The Pakistani Taliban denied any role in the bombing.")
TEXT_4 = ("Gunmen stormed a police checkpoint in Peshawar on Wednesday, killing three officers, "
          "a police spokesman said.")

QUETTA = (30.1841, 67.0014, 1167528)
PESHAWAR = (34.008, 71.5785, 1168197)


def span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase)


def location(text: str, name: str, where: tuple[float, float, int]) -> Location:
    return Location(name=name, admin1=None, country="Pakistan", country_code="PK", lat=where[0], lon=where[1],
                    geonames_id=where[2], evidence=span(text, name))


def killed(text: str, phrase: str, stated: int, qualifier: str = "exact", low: int | None = None) -> Casualties:
    low = stated if low is None else low
    return Casualties(stated=stated, qualifier=qualifier, min=low, max=stated if qualifier == "exact" else None,
                      evidence=span(text, phrase))


def incident(text: str, iid: str, summary: str, **fields) -> Incident:  # noqa: ANN003
    return Incident(id=iid, summary=summary, evidence=[span(text, text.split(".")[0])], **fields)


def bombing_label(text: str, phrase: str) -> Label:
    return Label(label="Bombing/Explosion", confidence=0.9, evidence=[span(text, phrase)])


def claim(text: str, cid: str, iid: str, speaker: str, affiliation: str, polarity: str, cue: str,
          is_self: bool) -> Claim:
    src = ActorRef(text=speaker, actor=affiliation, type="group" if is_self else "state", affiliation=affiliation,
                   evidence=span(text, speaker))
    subj = ActorRef(text="Pakistani Taliban", actor="Tehrik-i-Taliban Pakistan", type="group",
                    affiliation="Tehrik-i-Taliban Pakistan", evidence=span(text, "Pakistani Taliban"))
    return Claim(id=cid, kind="responsibility", source=src, subject=subj, polarity=polarity, is_self=is_self,
                 cue=span(text, cue), incident=iid, evidence=span(text, cue))


@pytest.fixture
def reports() -> list[tuple[DocMeta, Incident, list[Claim]]]:
    day = dt.date(2024, 3, 4)
    i1 = incident(TEXT_1, "i1", "Market bombing in Quetta",
                  date=IncidentDate(value=day, precision="day", basis="relative", evidence=span(TEXT_1, "Monday")),
                  location=location(TEXT_1, "Quetta", QUETTA), attack_types=[bombing_label(TEXT_1, "bomb")],
                  killed=killed(TEXT_1, "at least 12", 12, "at least"), injured=killed(TEXT_1, "30", 30))
    i2 = incident(TEXT_2, "i1", "Quetta market bombing toll rises",
                  date=IncidentDate(value=day, precision="day", basis="relative", evidence=span(TEXT_2, "Monday")),
                  location=location(TEXT_2, "Quetta", QUETTA), attack_types=[bombing_label(TEXT_2, "bombing")],
                  killed=killed(TEXT_2, "19", 19))
    i3 = incident(TEXT_3, "i1", "Quetta market blast",
                  date=IncidentDate(value=day, precision="day", basis="explicit", evidence=span(TEXT_3, "March 4")),
                  location=location(TEXT_3, "Quetta", QUETTA), attack_types=[bombing_label(TEXT_3, "blast")],
                  killed=killed(TEXT_3, "21", 21))
    c1 = [claim(TEXT_1, "c1", "i1", "The Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "affirm",
                "claimed the attack", True)]
    c2 = [claim(TEXT_2, "c1", "i1", "Interior minister Ahmed Khan", "Pakistan", "affirm", "blamed", False)]
    c3 = [claim(TEXT_3, "c1", "i1", "The Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "deny",
                "denied any role", True)]
    return [
        (DocMeta(id="n1", published=day), i1, c1),
        (DocMeta(id="n2", published=day + dt.timedelta(days=1)), i2, c2),
        (DocMeta(id="n3", published=day + dt.timedelta(days=2)), i3, c3),
    ]


@pytest.fixture
def peshawar() -> tuple[DocMeta, Incident]:
    day = dt.date(2024, 3, 6)
    inc = incident(TEXT_4, "i1", "Checkpoint attack in Peshawar",
                   date=IncidentDate(value=day, precision="day", basis="relative", evidence=span(TEXT_4, "Wednesday")),
                   location=location(TEXT_4, "Peshawar", PESHAWAR),
                   attack_types=[Label(label="Armed Assault", confidence=0.9, evidence=[span(TEXT_4, "Gunmen")])],
                   killed=killed(TEXT_4, "three", 3))
    return DocMeta(id="n4", published=day), inc


def test_three_reports_merge_and_another_attack_stays_apart(reports, peshawar) -> None:  # noqa: ANN001
    m = IncidentMerger()
    ids = [m.add(meta, inc) for meta, inc, _ in reports]
    other = m.add(*peshawar)
    assert len(set(ids)) == 1 and other != ids[0]
    assert ids[0] == merged_id_for(IncidentKey("n1", "i1"))  # the first record names it; late reports join


def test_incidents_of_one_article_never_merge(reports) -> None:  # noqa: ANN001
    meta, inc, _ = reports[0]
    twin = inc.model_copy(update={"id": "i2"})
    ids = IncidentMerger().add_document(meta, [inc, twin])
    assert ids[0] != ids[1]


def test_hard_conflicts_forbid_a_merge(reports, peshawar) -> None:  # noqa: ANN001
    cfg = MergeConfig()
    a = IncidentFeatures.of(reports[0][0], reports[0][1], "s-1")
    far_in_time = reports[1][1].model_copy(update={"date": IncidentDate(value=dt.date(2024, 5, 1), precision="day",
                                                                        basis="explicit")})
    b = IncidentFeatures.of(DocMeta(id="n9", published=dt.date(2024, 5, 2)), far_in_time, "s-1")
    assert pair_score(a, b, cfg) is None
    c = IncidentFeatures.of(peshawar[0], peshawar[1], "s-1")  # same story, but 400 km apart
    assert pair_score(a, c, cfg) is None
    same = IncidentFeatures.of(reports[2][0], reports[2][1], "s-1")
    assert pair_score(a, same, cfg) > cfg.threshold


def test_undated_reports_merge_on_place_type_and_words(reports) -> None:  # noqa: ANN001
    m = IncidentMerger()
    undated = [(DocMeta(id=meta.id), inc.model_copy(update={"date": IncidentDate()})) for meta, inc, _ in reports]
    assert len({m.add(meta, inc) for meta, inc in undated}) == 1


def test_state_round_trip_keeps_ids_and_late_reports_join(reports, peshawar) -> None:  # noqa: ANN001
    m = IncidentMerger()
    first = m.add(reports[0][0], reports[0][1])
    m.add(*peshawar)
    rows = json.loads(json.dumps(m.state()))
    assert len(rows) == 2 and m.state(since=1) == rows[1:]
    resumed = IncidentMerger.from_state(rows)
    assert resumed.clusters() == m.clusters()
    assert resumed.add(reports[1][0], reports[1][1]) == first
    assert resumed.add(reports[0][0], reports[0][1]) == first  # idempotent


def test_merged_view_ranges_place_date_types_and_ledger(reports) -> None:  # noqa: ANN001
    view = merged_view(list(reversed(reports)), merged_id="m-x", story="s-1")
    assert view.documents == ["n1", "n2", "n3"]  # publication order
    assert view.killed is not None
    assert (view.killed.low, view.killed.high, view.killed.latest, view.killed.n_sources) == (12, 21, 21, 3)
    assert view.killed.latest_document == "n3"
    assert view.injured is not None and view.injured.n_sources == 1
    assert view.date.value == dt.date(2024, 3, 4) and view.date.basis == "explicit"
    assert view.date_source is not None and view.date_source.document == "n3"
    assert view.location is not None and view.location.name == "Quetta"
    assert [(s.label, s.support) for s in view.attack_types] == [("Bombing/Explosion", 3)]
    # TTP claims it, Pakistan accuses it, TTP later denies: both sides present -> contested.
    assert [(p.actor, p.status) for p in view.perpetrators] == [("Tehrik-i-Taliban Pakistan", "contested")]
    assert set(view.perpetrators[0].claims) == {"n1/c1", "n2/c1", "n3/c1"}
    for ref in view.claims:
        text = {"n1": TEXT_1, "n2": TEXT_2, "n3": TEXT_3}[ref.document]
        assert ref.evidence is not None and text[ref.evidence.start:ref.evidence.end] == ref.evidence.text
    assert (view.first_published, view.last_published) == (dt.date(2024, 3, 4), dt.date(2024, 3, 6))


def test_merged_view_prefers_a_town_to_a_country(reports) -> None:  # noqa: ANN001
    meta, inc, claims = reports[0]
    country_only = inc.model_copy(update={"location": Location(
        name="Pakistan", country="Pakistan", country_code="PK", lat=30.0, lon=70.0, evidence=span(TEXT_2, "Pakistan"))})
    view = merged_view([(DocMeta(id="n0", published=dt.date(2024, 3, 4)), country_only, []), (meta, inc, claims)])
    assert view.location is not None and view.location.name == "Quetta"
    assert view.location_source is not None and view.location_source.document == "n1"
