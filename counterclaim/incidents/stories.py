"""Stories: group documents that report the same real-world event, the way a news aggregator would.

A story is any event (a bombing, an earthquake, an election), not only a violent incident, so the
clusterer works from the text itself (weighted terms, names, dates) and uses an `AnalysisResult`
only to add what the extractor already resolved (places, actors, incident dates).

Incremental and order-stable: `assign()` places one document at a time, a document never moves
once placed, and a story's id is derived from its first document's id, so re-running over the same
documents in the same order gives the same ids. Cost stays near n log n: candidates come from an
inverted index over a document's rarest terms and names (blocking), never from all stories.

Persistence: `state()` returns plain rows (JSON-serialisable) and `StoryClusterer.from_state(rows)`
rebuilds the clusterer, so the store can save it and resume ingesting later.

    clusterer = StoryClusterer()
    feats = clusterer.features("doc-1", text, title="...", published=date, result=analysis)
    story_id = clusterer.assign(feats)            # "s-3f9a0c1d2b4e"
    rows = clusterer.state()                       # save; later: StoryClusterer.from_state(rows)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..models import AnalysisResult


@dataclass(frozen=True)
class StoryConfig:
    """Knobs of the story clusterer; defaults chosen on half of the ECB+ dev topics (see docs)."""

    threshold: float = 0.25
    """Minimum similarity between a document and a story for the document to join it."""
    date_window_days: int = 10
    """Documents whose dates are further apart than this are not the same story."""
    max_candidates: int = 50
    """At most this many candidate stories are scored per document (blocking)."""


@dataclass
class StoryFeatures:
    """What the clusterer needs of one document: JSON-serialisable, computed once at ingest."""

    doc_id: str
    terms: dict[str, float]
    """Term -> log-scaled frequency (content words, lower-cased; title terms count double)."""
    names: dict[str, float] = field(default_factory=dict)
    """Normalised proper names (people, organisations, places) -> weight."""
    date: dt.date | None = None
    """The event date the extractor resolved, else the publication date, else None."""

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "terms": self.terms, "names": self.names,
            "date": self.date.isoformat() if self.date else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoryFeatures:
        date = data.get("date")
        return cls(
            doc_id=data["doc_id"], terms=dict(data.get("terms", {})), names=dict(data.get("names", {})),
            date=dt.date.fromisoformat(date) if date else None,
        )


class StoryClusterer:
    """Incremental document clustering into stories with stable ids."""

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()

    def features(
        self,
        doc_id: str,
        text: str,
        title: str | None = None,
        published: dt.date | None = None,
        result: AnalysisResult | None = None,
    ) -> StoryFeatures:
        """Turn one document into features; `result` (if given) adds resolved places, actors, dates."""
        raise NotImplementedError

    def assign(self, features: StoryFeatures) -> str:
        """Place one document in a story (existing or new) and return the story id.

        Assigning a document id that was already assigned returns its story unchanged (idempotent).
        """
        raise NotImplementedError

    def assign_many(self, features: Iterable[StoryFeatures]) -> list[str]:
        """`assign` each in order (dated documents are best given in publication order)."""
        return [self.assign(f) for f in features]

    def story_of(self, doc_id: str) -> str | None:
        raise NotImplementedError

    def stories(self) -> dict[str, list[str]]:
        """Story id -> document ids in assignment order."""
        raise NotImplementedError

    def state(self) -> list[dict[str, Any]]:
        """One JSON-serialisable row per document: {"doc_id", "story_id", "features"} in assignment order."""
        raise NotImplementedError

    @classmethod
    def from_state(cls, rows: Iterable[dict[str, Any]], config: StoryConfig | None = None) -> StoryClusterer:
        """Rebuild from `state()` rows; documents keep their stories, later ones cluster as if never stopped."""
        raise NotImplementedError
