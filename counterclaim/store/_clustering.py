"""Glue between ingest and the clusterers of `incidents.stories` / `incidents.merge`.

The clusterers are incremental and persist as plain rows; this module rebuilds them from the
store, places each new document, and hands back the rows to write in the same transaction as the
document. It also loads the members of a merged incident and renders the merged view.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..incidents.merge import Commentary, DocMeta, IncidentMerger, MergedIncident
from ..incidents.stories import StoryClusterer
from ..ingest.article import Article
from ..models import AnalysisResult, Claim, Incident
from .duckdb import Store

Member = tuple[DocMeta, Incident, list[Claim]]


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
        # Rows without features (written by tests that pin the clustering) cannot seed a clusterer.
        story_rows = [
            {"doc_id": d, "story_id": s, "features": json.loads(f)}
            for d, s, f in store.query(
                "SELECT doc_id, story_id, features FROM story_members WHERE features IS NOT NULL ORDER BY seq"
            )
        ]
        member_rows = [
            {"doc_id": d, "incident_id": i, "merged_id": m, "features": json.loads(f)}
            for d, i, m, f in store.query(
                """SELECT doc_id, incident_id, merged_id, features FROM incident_members
                   WHERE features IS NOT NULL ORDER BY seq, incident_id"""
            )
        ]
        self.stories = StoryClusterer.from_state(story_rows)
        self.merger = IncidentMerger.from_state(member_rows)
        self._n_merger_rows = len(self.merger)
        self.story_gained: list[str] = []
        """The merged incidents a story held before the last `place` gave it another: to refresh."""

    def place(self, article: Article, result: AnalysisResult) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Assign one document to a story and its incidents to merged incidents; return the state rows.

        The member rows get their saved features from `fill_features` once per batch.
        """
        feats = self.stories.features(
            article.id, article.text, title=article.title, published=article.published, result=result
        )
        story_id = self.stories.assign(feats)
        story_row = {"doc_id": article.id, "story_id": story_id, "features": json.dumps(feats.to_json())}
        meta = DocMeta(id=article.id, published=article.published, title=article.title, source=article.source,
                       url=article.url)
        held = self.merger.of_story(story_id) if result.incidents else []
        merged_ids = self.merger.add_document(meta, result.incidents, story_id) if result.incidents else []
        # a story that gains an incident: the one it held may have taken a reaction piece's claims while it was the
        # story's only incident (`load_commentary`), which it no longer is
        self.story_gained = held if set(merged_ids) - set(held) else []
        member_rows = [
            {"doc_id": article.id, "incident_id": i.id, "merged_id": m, "features": None}
            for i, m in zip(result.incidents, merged_ids, strict=True)
        ]
        return story_row, member_rows

    def story_incidents(self, story_id: str) -> list[str]:
        """The merged incidents of a story, to refresh when a document of it that tells no incident adds claims."""
        return self.merger.of_story(story_id)

    def fill_features(self, member_rows: list[dict[str, Any]]) -> None:
        """Attach the merger's saved state to one batch's member rows (only the rows added since the last batch)."""
        if not member_rows:
            return
        rows = self.merger.state(since=self._n_merger_rows)
        self._n_merger_rows += len(rows)
        fresh = {(r["doc_id"], r["incident_id"]): r["features"] for r in rows}
        for row in member_rows:
            features = fresh.get((row["doc_id"], row["incident_id"]))
            row["features"] = json.dumps(features) if features is not None else None


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


COMMENTARY_DOCS = """
    WITH ms AS (SELECT DISTINCT s.story_id, m.merged_id FROM incident_members m JOIN story_members s USING (doc_id)),
         solo AS (SELECT story_id, min(merged_id) AS merged_id FROM ms GROUP BY story_id
                  HAVING count(DISTINCT merged_id) = 1)
    SELECT solo.merged_id, s.doc_id
    FROM solo JOIN story_members s ON s.story_id = solo.story_id
    WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.doc_id = s.doc_id)"""
"""(merged_id, doc_id) of the documents that tell no incident in a story holding one merged incident: their
responsibility claims are that incident's (`load_commentary`; the CAMEO export's incident column)."""


def load_commentary(store: Store, merged_ids: Sequence[str]) -> dict[str, list[Commentary]]:
    """Responsibility claims of documents that tell no incident of their own, for the merged incident of their story.

    A reaction piece ("Pakistan's interior minister said India had sponsored the BLA attack on the Jaffar Express.
    India's foreign ministry rejected the charge") tells no attack the extractor can date or place, and its claims
    were lost to the incident it speaks of. They join it when the document's story holds that one merged incident
    and no other: with two, nothing says which one they are about.
    """
    if not merged_ids:
        return {}
    rows = store.query(
        f"""SELECT cm.merged_id, d.id, d.published, d.title, d.source, d.url
            FROM ({COMMENTARY_DOCS}) cm JOIN documents d ON d.id = cm.doc_id
            WHERE cm.merged_id IN (SELECT unnest(?::VARCHAR[]))
            ORDER BY d.published NULLS LAST, d.seq""",
        [list(merged_ids)],
    )
    if not rows:
        return {}
    said: dict[str, list[Claim]] = {}
    for doc_id, record in store.query(
        "SELECT doc_id, record FROM claims WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY doc_id, claim_id",
        [[r[1] for r in rows]],
    ):
        claim = Claim.model_validate_json(record)
        if claim.kind == "responsibility":
            said.setdefault(doc_id, []).append(claim)
    out: dict[str, list[Commentary]] = {}
    for merged_id, doc_id, published, title, source, url in rows:
        if doc_id in said:
            meta = DocMeta(id=doc_id, published=published, title=title, source=source, url=url)
            out.setdefault(merged_id, []).append((meta, said[doc_id]))
    return out


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
