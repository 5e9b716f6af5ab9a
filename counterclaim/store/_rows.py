"""Flatten one analysed document into store rows (the columns listings filter on, plus the JSON)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..ingest.article import Article
from ..models import AnalysisResult, Claim, Incident


def _labels(incident: Incident) -> list[str]:
    return [label.label for label in incident.attack_types]


def document_row(article: Article, result: AnalysisResult, seq: int, analysed_at: dt.datetime) -> dict[str, Any]:
    return {
        "seq": seq,
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "content_hash": article.content_hash,
        "text": article.text,
        "analysed_at": analysed_at,
        "result": json.dumps(result.to_json_dict()),
    }


def incident_row(doc_id: str, published: dt.date | None, incident: Incident) -> dict[str, Any]:
    loc = incident.location
    return {
        "doc_id": doc_id,
        "incident_id": incident.id,
        "published": published,
        "date": incident.date.value,
        "country_code": loc.country_code if loc else None,
        "place": loc.name if loc else None,
        "killed_min": incident.killed.min if incident.killed else None,
        "killed_max": incident.killed.max if incident.killed else None,
        "injured_min": incident.injured.min if incident.injured else None,
        "injured_max": incident.injured.max if incident.injured else None,
        "attack_types": _labels(incident),
        "record": incident.model_dump_json(by_alias=True),
    }


def claim_row(doc_id: str, published: dt.date | None, claim: Claim) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "claim_id": claim.id,
        "incident_id": claim.incident,
        "published": published,
        "kind": claim.kind,
        "source_actor": claim.source.actor,
        "source_affiliation": claim.source.affiliation,
        "subject_actor": claim.subject.actor if claim.subject else None,
        "polarity": claim.polarity,
        "is_self": claim.is_self,
        "hedged": claim.hedged,
        "cameo": claim.cameo,
        "evidence_text": claim.evidence.text,
        "record": claim.model_dump_json(by_alias=True),
    }


def unique_ids(result: AnalysisResult) -> AnalysisResult:
    """The result with incident and claim ids unique within the document (`i1`, `i1~2`).

    Ids key the store's rows, so a faulty result with a repeated id would otherwise block its batch.
    """

    def renamed(items: list) -> list:  # noqa: ANN001
        seen: set[str] = set()
        out = []
        for item in items:
            new, n = item.id, 1
            while new in seen:
                n += 1
                new = f"{item.id}~{n}"
            seen.add(new)
            out.append(item if new == item.id else item.model_copy(update={"id": new}))
        return out

    if len({i.id for i in result.incidents}) == len(result.incidents) and len(
        {c.id for c in result.claims}
    ) == len(result.claims):
        return result
    return result.model_copy(update={"incidents": renamed(result.incidents), "claims": renamed(result.claims)})


def result_rows(article: Article, result: AnalysisResult) -> dict[str, list[dict[str, Any]]]:
    """Rows of the incidents, claims and actors tables for one document."""
    published = article.published
    return {
        "incidents": [incident_row(article.id, published, i) for i in result.incidents],
        "claims": [claim_row(article.id, published, c) for c in result.claims],
        "actors": [
            {"doc_id": article.id, "actor": a.actor, "type": a.type, "affiliation": a.affiliation,
             "mentions": len(a.mentions)}
            for a in result.actors
        ],
    }
