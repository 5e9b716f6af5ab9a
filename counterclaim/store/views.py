"""Read views over a store: merged incidents with filters, one incident's whole story, claims, stories.

The CLI and the exporters render these; they never write SQL themselves.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import InputError
from ..incidents import ledger
from ..incidents.merge import MergedIncident
from ..models import Claim, ClaimKind, Polarity, Span, Status
from ._clustering import load_commentary, load_members
from .duckdb import Store


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Statement(_Model):
    """One actor's statement in one document, linked to its evidence span there."""

    document: str
    published: dt.date | None = None
    claim: str
    kind: ClaimKind
    source: str
    affiliation: str | None = None
    subject: str | None = None
    polarity: Polarity
    hedged: bool
    is_self: bool = Field(alias="self", default=False)
    cameo: str | None = None
    cue: str
    evidence: Span


class LedgerEntry(_Model):
    """A candidate perpetrator, its status across all reports, and the statements behind it in publication order."""

    actor: str
    status: Status
    statements: list[Statement]


class Report(_Model):
    """One document that contributed to a merged incident."""

    document: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    incident: str | None = None
    """None for a document that tells no incident of its own and joins with its claims (`load_commentary`)."""
    summary: str = ""
    killed: int | None = None
    injured: int | None = None


class IncidentStory(_Model):
    """Everything known about one merged incident."""

    incident: MergedIncident
    reports: list[Report]
    ledger: list[LedgerEntry]
    other_statements: list[Statement] = Field(default_factory=list)
    """Condemnations, warnings and sympathy tied to the incident."""


class StoryRow(_Model):
    id: str
    documents: list[str]
    titles: list[str | None]
    first_published: dt.date | None = None
    last_published: dt.date | None = None
    incidents: list[str] = Field(default_factory=list)


class ClaimRow(_Model):
    document: str
    published: dt.date | None = None
    claim: Claim


def stale_incidents(store: Store) -> int:
    """Merged incidents not yet recomputed after an interrupted ingest (the next ingest refreshes them)."""
    return int(store.query("SELECT count(DISTINCT id) FROM merged_dirty")[0][0])


def _like(value: str) -> str:
    return "%" + value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_incidents(
    store: Store,
    *,
    country: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    actor: str | None = None,
    type: str | None = None,
    limit: int | None = None,
) -> list[MergedIncident]:
    """Merged incidents, newest first. Dates filter on the incident date, else the first publication date.

    `country` matches the ISO code or the country name; `actor` and `type` match case-insensitively
    inside any actor name (perpetrators, claim sources and subjects) or attack type label.
    """
    where: list[str] = []
    params: list[Any] = []
    when = "coalesce(date, first_published)"
    if country:
        where.append("(upper(country_code) = upper(?) OR lower(country) = lower(?))")
        params += [country, country]
    if since:
        where.append(f"{when} >= ?")
        params.append(since)
    if until:
        where.append(f"{when} <= ?")
        params.append(until)
    if actor:
        where.append("EXISTS (SELECT 1 FROM unnest(actors) t(a) WHERE lower(a) LIKE ? ESCAPE '\\')")
        params.append(_like(actor))
    if type:
        where.append("EXISTS (SELECT 1 FROM unnest(attack_types) t(a) WHERE lower(a) LIKE ? ESCAPE '\\')")
        params.append(_like(type))
    sql = "SELECT record FROM merged_incidents"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {when} DESC NULLS LAST, id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [MergedIncident.model_validate_json(r[0]) for r in store.query(sql, params)]


def _statement(doc_id: str, published: dt.date | None, claim: Claim, claim_key: str) -> Statement:
    return Statement(
        document=doc_id, published=published, claim=claim_key, kind=claim.kind, source=claim.source.actor,
        affiliation=claim.source.affiliation, subject=claim.subject.actor if claim.subject else None,
        polarity=claim.polarity, hedged=claim.hedged, is_self=claim.is_self, cameo=claim.cameo,
        cue=claim.cue.text, evidence=claim.evidence,
    )


def _not_an_incident(store: Store, some_id: str) -> str:
    """What to say for an id that names no merged incident: a story's or a document's id (which the other listings
    show in the same column) gets the incidents it holds; anything else, where to find one."""
    for what, sql in (
        ("a story", "SELECT DISTINCT m.merged_id FROM story_members s JOIN incident_members m USING (doc_id) "
                    "WHERE s.story_id = ? ORDER BY 1"),
        ("a document", "SELECT DISTINCT merged_id FROM incident_members WHERE doc_id = ? ORDER BY 1"),
    ):
        held = [r[0] for r in store.query(sql, [some_id])]
        known = held or store.query(
            "SELECT 1 FROM story_members WHERE story_id = ?" if what == "a story" else
            "SELECT 1 FROM documents WHERE id = ?", [some_id])
        if known:
            listed = ", ".join(held[:10]) + (f" and {len(held) - 10} more" if len(held) > 10 else "")
            return (f"{some_id!r} is {what}, not an incident: " + (f"its incidents are {listed}" if held else
                    "no incident was found in it"))
    return f"no incident {some_id!r} in {store.path}; list them with `counterclaim incidents`"


def get_incident(store: Store, incident_id: str) -> IncidentStory:
    """One merged incident with its reports and attribution ledger (claims from every report)."""
    rows = store.query("SELECT record FROM merged_incidents WHERE id = ?", [incident_id])
    if not rows:
        raise InputError(_not_an_incident(store, incident_id))
    merged = MergedIncident.model_validate_json(rows[0][0])
    members = load_members(store, [incident_id]).get(incident_id, [])
    info = {d: (t, u, s) for d, t, u, s in store.query(
        "SELECT id, title, url, source FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
        [[m[0].id for m in members]],
    )}
    reports, keyed, statements = [], [], {}
    for order, (meta, incident, claims) in enumerate(members):
        title, url, source = info.get(meta.id, (None, None, None))
        reports.append(Report(
            document=meta.id, title=title, url=url, source=source, published=meta.published,
            incident=incident.id, summary=incident.summary,
            killed=incident.killed.stated if incident.killed else None,
            injured=incident.injured.stated if incident.injured else None,
        ))
        for claim in claims:
            key = f"{meta.id}/{claim.id}"
            keyed.append(claim.model_copy(update={"id": key}))
            sort_key = (meta.published is None, meta.published or dt.date.min, order, claim.evidence.start)
            statements[key] = (sort_key, _statement(meta.id, meta.published, claim, key))
    for meta, said in load_commentary(store, [incident_id]).get(incident_id, []):
        order = len(reports)
        title, url, source = info.get(meta.id) or next(iter(store.query(
            "SELECT title, url, source FROM documents WHERE id = ?", [meta.id])), (None, None, None))
        reports.append(Report(document=meta.id, title=title, url=url, source=source, published=meta.published))
        for claim in said:
            key = f"{meta.id}/{claim.id}"
            keyed.append(claim.model_copy(update={"id": key}))
            sort_key = (meta.published is None, meta.published or dt.date.min, order, claim.evidence.start)
            statements[key] = (sort_key, _statement(meta.id, meta.published, claim, key))
    reports.sort(key=lambda r: (r.published is None, r.published or dt.date.min))  # stable: a day keeps its order
    entries = [
        LedgerEntry(
            actor=p.actor, status=p.status,
            statements=[s for _, s in sorted((statements[k] for k in dict.fromkeys(p.claims)), key=lambda x: x[0])],
        )
        for p in ledger.perpetrators(keyed)
    ]
    others = [s for _, s in sorted(statements.values(), key=lambda x: x[0]) if s.kind != "responsibility"]
    return IncidentStory(incident=merged, reports=reports, ledger=entries, other_statements=others)


def list_claims(
    store: Store, *, source: str | None = None, subject: str | None = None, kind: str | None = None
) -> list[ClaimRow]:
    """Claims across the corpus in publication order; `source`/`subject` match names or affiliations."""
    where: list[str] = []
    params: list[Any] = []
    if source:
        where.append("(lower(source_actor) LIKE ? ESCAPE '\\' OR lower(source_affiliation) LIKE ? ESCAPE '\\')")
        params += [_like(source)] * 2
    if subject:
        where.append("lower(subject_actor) LIKE ? ESCAPE '\\'")
        params.append(_like(subject))
    if kind:
        where.append("kind = ?")
        params.append(kind)
    sql = "SELECT c.doc_id, c.published, c.record FROM claims c JOIN documents d ON d.id = c.doc_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.published NULLS LAST, d.seq, c.claim_id"
    return [
        ClaimRow(document=d, published=p, claim=Claim.model_validate_json(r)) for d, p, r in store.query(sql, params)
    ]


def list_stories(store: Store) -> list[StoryRow]:
    """Stories in the order they were first seen, with their documents in publication order."""
    rows = store.query(
        """SELECT s.story_id,
                  list(d.id ORDER BY d.published NULLS LAST, d.seq),
                  list(d.title ORDER BY d.published NULLS LAST, d.seq),
                  min(d.published), max(d.published), min(d.seq) AS first
           FROM story_members s JOIN documents d ON d.id = s.doc_id
           GROUP BY s.story_id ORDER BY first"""
    )
    incidents: dict[str, list[str]] = {}
    for story_id, merged_id in store.query("SELECT story_id, id FROM merged_incidents ORDER BY id"):
        incidents.setdefault(story_id, []).append(merged_id)
    return [
        StoryRow(id=sid, documents=docs, titles=titles, first_published=first, last_published=last,
                 incidents=incidents.get(sid, []))
        for sid, docs, titles, first, last, _ in rows
    ]
