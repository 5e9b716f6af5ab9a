"""Merged incidents: one record per real violent incident, from the document-level records.

Two steps, both with provenance:

1. **Clustering** (`IncidentMerger`): each document-level `Incident` is scored against candidate
   merged incidents found by blocking — the same story, or the same country within a date window
   sharing a name or attack type — on place (gazetteer distance from lat/lon, else names), date,
   attack type, casualties, perpetrators and summary words. It joins the best candidate above a
   threshold or starts a new merged incident. Hard evidence keeps records apart (dates more than a
   few days apart, places far apart in the same country, different countries), so two incidents of
   one article never merge. Merged ids are derived from the first member's key and never change;
   a late report joins an existing cluster and never renames it.
2. **Values** (`merged_view`): canonical fields with ranges where sources disagree (casualties as
   min..max over sources plus the latest figure by publication date), the most specific place,
   the earliest explicit date, the union of labels with support counts, and perpetrators from all
   members' claims via `ledger.perpetrators`.

    merger = IncidentMerger()
    mid = merger.add(DocMeta(id="a1", published=date), incident, story_id="s-..")   # "m-1a2b3c4d5e6f"
    view = merged_view([(meta, incident, claims_of_that_incident), ...])
    rows = merger.state()                               # save; later: IncidentMerger.from_state(rows)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..models import Claim, Incident, IncidentDate, Location, Perpetrator, Qualifier, Span


@dataclass(frozen=True)
class DocMeta:
    """The document facts merging needs (publication date orders tolls; id gives provenance)."""

    id: str
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class MergeConfig:
    """Knobs of incident merging (documented in docs/merging.md)."""

    threshold: float = 0.5
    """Minimum pair score to join a merged incident."""
    date_window_days: int = 3
    """Explicit incident dates further apart than this never merge."""
    max_distance_km: float = 50.0
    """Resolved places further apart than this never merge."""


# --- the merged record -------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Sourced(_Model):
    """Where a merged value came from: the document and the evidence span in it."""

    document: str
    incident: str
    published: dt.date | None = None
    evidence: Span | None = None


class CasualtyReport(Sourced):
    """One source's casualty figure as stated."""

    stated: int | None = None
    qualifier: Qualifier = "exact"
    min: int | None = None
    max: int | None = None
    claimed_by_perpetrator: bool = False


class CasualtyRange(_Model):
    """Casualties across sources: "killed: 60-137, latest 137 per 5 sources".

    `low`/`high` span every source's bounds (min, else stated); `latest` is the figure of the most
    recently published report (ties: the higher figure, as tolls rise); `n_sources` counts documents.
    """

    low: int | None = None
    high: int | None = None
    latest: int | None = None
    latest_qualifier: Qualifier | None = None
    latest_document: str | None = None
    n_sources: int = 0
    reports: list[CasualtyReport] = Field(default_factory=list)


class LabelSupport(_Model):
    """A codebook label with how many documents support it, highest support first."""

    label: str
    support: int
    confidence: float
    documents: list[str] = Field(default_factory=list)


class MergedIncident(_Model):
    """One real incident as all its reports tell it."""

    id: str
    story: str | None = None
    documents: list[str]
    """Document ids (as given in the input's `id`), in publication order."""
    members: list[Sourced] = Field(default_factory=list)
    """(document, incident id) of every document-level record merged here."""
    summary: str
    date: IncidentDate = Field(default_factory=IncidentDate)
    date_source: Sourced | None = None
    location: Location | None = None
    location_source: Sourced | None = None
    attack_types: list[LabelSupport] = Field(default_factory=list)
    weapon_types: list[LabelSupport] = Field(default_factory=list)
    target_types: list[LabelSupport] = Field(default_factory=list)
    killed: CasualtyRange | None = None
    injured: CasualtyRange | None = None
    perpetrators: list[Perpetrator] = Field(default_factory=list)
    claims: list[Sourced] = Field(default_factory=list)
    """The claims behind the ledger, as (document, incident) with the claim's evidence span."""
    first_published: dt.date | None = None
    last_published: dt.date | None = None


Member = tuple[DocMeta, Incident, Sequence[Claim]]
"""One document-level record with its document and the claims the extractor tied to it."""


def merged_view(members: Sequence[Member], merged_id: str | None = None, story: str | None = None) -> MergedIncident:
    """Combine the members of one merged incident into canonical values with provenance."""
    raise NotImplementedError


# --- clustering ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentKey:
    """A document-level incident record: (document id, incident id within that document)."""

    doc_id: str
    incident_id: str


class IncidentMerger:
    """Incremental clustering of document-level incidents into merged incidents with stable ids."""

    def __init__(self, config: MergeConfig | None = None) -> None:
        self.config = config or MergeConfig()

    def add(self, doc: DocMeta, incident: Incident, story_id: str | None = None) -> str:
        """Place one document-level incident; returns its merged incident id (idempotent per key)."""
        raise NotImplementedError

    def add_document(self, doc: DocMeta, incidents: Sequence[Incident], story_id: str | None = None) -> list[str]:
        """Place all incidents of one document; two incidents of one document never merge together."""
        raise NotImplementedError

    def merged_of(self, key: IncidentKey) -> str | None:
        raise NotImplementedError

    def clusters(self) -> dict[str, list[IncidentKey]]:
        """Merged id -> member keys in insertion order."""
        raise NotImplementedError

    def state(self) -> list[dict[str, Any]]:
        """JSON-serialisable rows {"doc_id", "incident_id", "merged_id", "features"} in insertion order."""
        raise NotImplementedError

    @classmethod
    def from_state(cls, rows: Iterable[dict[str, Any]], config: MergeConfig | None = None) -> IncidentMerger:
        raise NotImplementedError
