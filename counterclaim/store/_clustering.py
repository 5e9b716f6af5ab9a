"""Glue between ingest and the clusterers of `incidents.stories` / `incidents.merge`.

The clusterers are incremental and persist as plain rows; this module rebuilds them from the
store, places each new document, and hands back the rows to write in the same transaction as the
document. It also loads the members of a merged incident and renders the merged view.

Until the clusterers are implemented (they raise NotImplementedError) it falls back to one story
per document and one merged incident per document-level incident, so the store works either way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..incidents import ledger
from ..incidents.merge import (
    CasualtyRange,
    CasualtyReport,
    DocMeta,
    IncidentMerger,
    LabelSupport,
    MergedIncident,
    Sourced,
    merged_view,
)
from ..incidents.stories import StoryClusterer
from ..ingest.article import Article
from ..models import AnalysisResult, Casualties, Claim, Incident
from .duckdb import Store

Member = tuple[DocMeta, Incident, list[Claim]]


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def claims_by_incident(incidents: Sequence[Incident], claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims tied to each incident; claims without an incident go to the only incident, if one."""
    out: dict[str, list[Claim]] = {i.id: [] for i in incidents}
    only = incidents[0].id if len(incidents) == 1 else None
    for claim in claims:
        target = claim.incident if claim.incident in out else only
        if target is not None:
            out[target].append(claim)
    return out


class Clustering:
    """Story and incident clustering for one ingest run, resumed from the store's saved rows."""

    def __init__(self, store: Store) -> None:
        story_rows = [
            {"doc_id": d, "story_id": s, "features": json.loads(f) if f else None}
            for d, s, f in store.query("SELECT doc_id, story_id, features FROM story_members ORDER BY seq")
        ]
        member_rows = [
            {"doc_id": d, "incident_id": i, "merged_id": m, "features": json.loads(f) if f else None}
            for d, i, m, f in store.query(
                "SELECT doc_id, incident_id, merged_id, features FROM incident_members ORDER BY seq, incident_id"
            )
        ]
        # Rows without features were placed by the fallback (or a test); they cannot seed a clusterer.
        story_rows = [r for r in story_rows if r["features"] is not None]
        member_rows = [r for r in member_rows if r["features"] is not None]
        self.stories: StoryClusterer | None
        self.merger: IncidentMerger | None
        try:
            self.stories = StoryClusterer.from_state(story_rows)
        except NotImplementedError:
            self.stories = None
        try:
            self.merger = IncidentMerger.from_state(member_rows)
            self._n_merger_rows = len(member_rows)
        except NotImplementedError:
            self.merger = None

    def place(self, article: Article, result: AnalysisResult) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Assign one document to a story and its incidents to merged incidents; return the state rows."""
        story_id, features = self._story(article, result)
        story_row = {"doc_id": article.id, "story_id": story_id, "features": features}
        meta = DocMeta(id=article.id, published=article.published, title=article.title, source=article.source,
                       url=article.url)
        member_rows: list[dict[str, Any]] = []
        if self.merger is not None and result.incidents:
            try:
                merged_ids = self.merger.add_document(meta, result.incidents, story_id)
                member_rows = [
                    {"doc_id": article.id, "incident_id": i.id, "merged_id": m, "features": None}
                    for i, m in zip(result.incidents, merged_ids, strict=True)
                ]
            except NotImplementedError:
                self.merger = None
        if self.merger is None:
            member_rows = [
                {"doc_id": article.id, "incident_id": i.id, "merged_id": "m-" + _short_hash(f"{article.id}#{i.id}"),
                 "features": None}
                for i in result.incidents
            ]
        return story_row, member_rows

    def fill_features(self, member_rows: list[dict[str, Any]]) -> None:
        """Attach the merger's saved state to one batch's member rows (one `state()` call per batch)."""
        if self.merger is None or not member_rows:
            return
        rows = self.merger.state()
        fresh = {(r["doc_id"], r["incident_id"]): r.get("features") for r in rows[self._n_merger_rows:]}
        self._n_merger_rows = len(rows)
        for row in member_rows:
            features = fresh.get((row["doc_id"], row["incident_id"]))
            row["features"] = json.dumps(features) if features is not None else None

    def _story(self, article: Article, result: AnalysisResult) -> tuple[str, str | None]:
        if self.stories is not None:
            try:
                feats = self.stories.features(
                    article.id, article.text, title=article.title, published=article.published, result=result
                )
                return self.stories.assign(feats), json.dumps(feats.to_json())
            except NotImplementedError:
                self.stories = None
        return "s-" + _short_hash(article.id), None


def load_members(store: Store, merged_ids: Sequence[str]) -> dict[str, list[Member]]:
    """Members of each merged incident, in publication order, with the claims tied to each record."""
    if not merged_ids:
        return {}
    rows = store.query(
        """SELECT m.merged_id, m.doc_id, d.published, d.title, d.source, d.url, i.record
           FROM incident_members m
           JOIN incidents i USING (doc_id, incident_id)
           JOIN documents d ON d.id = m.doc_id
           WHERE m.merged_id IN (SELECT unnest(?::VARCHAR[]))
           ORDER BY m.merged_id, d.published NULLS LAST, d.seq, m.incident_id""",
        [list(merged_ids)],
    )
    doc_ids = sorted({r[1] for r in rows})
    doc_claims: dict[str, list[Claim]] = {}
    for doc_id, record in store.query(
        "SELECT doc_id, record FROM claims WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY doc_id, claim_id",
        [doc_ids],
    ):
        doc_claims.setdefault(doc_id, []).append(Claim.model_validate_json(record))
    doc_incidents: dict[str, list[Incident]] = {}
    for doc_id, record in store.query(
        "SELECT doc_id, record FROM incidents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
    ):
        doc_incidents.setdefault(doc_id, []).append(Incident.model_validate_json(record))
    out: dict[str, list[Member]] = {}
    for merged_id, doc_id, published, title, source, url, record in rows:
        incident = Incident.model_validate_json(record)
        tied = claims_by_incident(doc_incidents.get(doc_id, [incident]), doc_claims.get(doc_id, []))
        meta = DocMeta(id=doc_id, published=published, title=title, source=source, url=url)
        out.setdefault(merged_id, []).append((meta, incident, tied.get(incident.id, [])))
    return out


def view(members: Sequence[Member], merged_id: str, story: str | None) -> MergedIncident:
    """The merged record; a simple stand-in while `merge.merged_view` is not implemented."""
    try:
        return merged_view(members, merged_id=merged_id, story=story)
    except NotImplementedError:
        return _fallback_view(members, merged_id, story)


def _labels(members: Sequence[Member], attr: str) -> list[LabelSupport]:
    support: dict[str, LabelSupport] = {}
    for meta, incident, _ in members:
        for label in getattr(incident, attr):
            s = support.setdefault(label.label, LabelSupport(label=label.label, support=0, confidence=0.0))
            if meta.id not in s.documents:
                s.documents.append(meta.id)
                s.support += 1
            s.confidence = max(s.confidence, label.confidence)
    return sorted(support.values(), key=lambda s: (-s.support, -s.confidence, s.label))


def _range(members: Sequence[Member], attr: str) -> CasualtyRange | None:
    reports: list[CasualtyReport] = []
    for meta, incident, _ in members:
        c: Casualties | None = getattr(incident, attr)
        if c is not None:
            reports.append(CasualtyReport(
                document=meta.id, incident=incident.id, published=meta.published, evidence=c.evidence,
                stated=c.stated, qualifier=c.qualifier, min=c.min, max=c.max,
                claimed_by_perpetrator=c.claimed_by_perpetrator,
            ))
    if not reports:
        return None
    lows = [r.min if r.min is not None else r.stated for r in reports]
    highs = [r.max if r.max is not None else (r.min if r.min is not None else r.stated) for r in reports]
    latest = max(reports, key=lambda r: (r.published is not None, r.published, r.stated or -1))
    return CasualtyRange(
        low=min((v for v in lows if v is not None), default=None),
        high=max((v for v in highs if v is not None), default=None),
        latest=latest.stated, latest_qualifier=latest.qualifier, latest_document=latest.document,
        n_sources=len({r.document for r in reports}), reports=reports,
    )


def _fallback_view(members: Sequence[Member], merged_id: str, story: str | None) -> MergedIncident:
    first = members[0]
    documents = list(dict.fromkeys(m[0].id for m in members))
    dated = [m for m in members if m[1].date.value is not None]
    date_member = min(dated, key=lambda m: m[1].date.value) if dated else None
    placed = [m for m in members if m[1].location is not None]
    place_member = placed[0] if placed else None
    claims = [c.model_copy(update={"id": f"{m[0].id}/{c.id}"}) for m in members for c in m[2]]
    published = [m[0].published for m in members if m[0].published]
    return MergedIncident(
        id=merged_id, story=story, documents=documents,
        members=[Sourced(document=m[0].id, incident=m[1].id, published=m[0].published) for m in members],
        summary=first[1].summary,
        date=date_member[1].date if date_member else first[1].date,
        date_source=Sourced(document=date_member[0].id, incident=date_member[1].id,
                            published=date_member[0].published, evidence=date_member[1].date.evidence)
        if date_member else None,
        location=place_member[1].location if place_member else None,
        location_source=Sourced(document=place_member[0].id, incident=place_member[1].id,
                                published=place_member[0].published,
                                evidence=place_member[1].location.evidence)  # type: ignore[union-attr]
        if place_member else None,
        attack_types=_labels(members, "attack_types"),
        weapon_types=_labels(members, "weapon_types"),
        target_types=_labels(members, "target_types"),
        killed=_range(members, "killed"),
        injured=_range(members, "injured"),
        perpetrators=ledger.perpetrators(claims),
        claims=[Sourced(document=m[0].id, incident=m[1].id, published=m[0].published, evidence=c.evidence)
                for m in members for c in m[2]],
        first_published=min(published, default=None),
        last_published=max(published, default=None),
    )


def merged_row(merged: MergedIncident, members: Sequence[Member]) -> dict[str, Any]:
    """The `merged_incidents` row: filter columns plus the record JSON."""
    actors: set[str] = {p.actor for p in merged.perpetrators}
    for _, _, claims in members:
        for c in claims:
            actors.update(a for a in (c.source.actor, c.source.affiliation) if a)
            if c.subject is not None:
                actors.update(a for a in (c.subject.actor, c.subject.affiliation) if a)
    loc = merged.location
    k, w = merged.killed, merged.injured
    return {
        "id": merged.id,
        "story_id": merged.story,
        "date": merged.date.value,
        "country_code": loc.country_code if loc else None,
        "country": loc.country if loc else None,
        "place": loc.name if loc else None,
        "killed_low": k.low if k else None,
        "killed_high": k.high if k else None,
        "killed_latest": k.latest if k else None,
        "injured_low": w.low if w else None,
        "injured_high": w.high if w else None,
        "injured_latest": w.latest if w else None,
        "attack_types": [s.label for s in merged.attack_types],
        "perpetrators": [p.actor for p in merged.perpetrators],
        "actors": sorted(actors),
        "documents": merged.documents,
        "first_published": merged.first_published,
        "last_published": merged.last_published,
        "record": merged.model_dump_json(),
    }
