"""The glue to the clusterers: their state is saved with each batch and restored on the next run."""

from __future__ import annotations

import json
from typing import Any

import pytest

from counterclaim.settings import Settings
from counterclaim.store import _clustering
from counterclaim.store.duckdb import Store
from counterclaim.store.ingest import ingest

from ._fakes import ARTICLES, fake_analyzer


class PlaceMerger:
    """A stand-in merger with the real interface: incidents at the same place merge."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.by_place: dict[str, str] = {}
        self.by_story: dict[str, list[str]] = {}

    def add_document(self, doc, incidents, story_id=None) -> list[str]:  # noqa: ANN001
        out = []
        for incident in incidents:
            place = incident.location.name if incident.location else incident.id
            merged = self.by_place.setdefault(place, f"m-{doc.id}-{incident.id}")
            self.rows.append({"doc_id": doc.id, "incident_id": incident.id, "merged_id": merged,
                              "features": {"place": place}})
            out.append(merged)
            self.by_story.setdefault(story_id or "", []).append(merged)
        return out

    def of_story(self, story: str) -> list[str]:
        return list(dict.fromkeys(self.by_story.get(story, ())))

    def __len__(self) -> int:
        return len(self.rows)

    def state(self, since: int = 0) -> list[dict[str, Any]]:
        return self.rows[since:]

    @classmethod
    def from_state(cls, rows, config=None) -> PlaceMerger:  # noqa: ANN001
        self = cls()
        for row in rows:
            self.rows.append(row)
            self.by_place.setdefault(row["features"]["place"], row["merged_id"])
        return self


@pytest.fixture
def place_merger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_clustering, "IncidentMerger", PlaceMerger)


def test_late_report_joins_the_incident_of_an_earlier_run(db_path, place_merger: None) -> None:  # noqa: ANN001
    with Store.open(db_path) as store:
        ingest(store, ARTICLES[:2], analyzer=fake_analyzer, settings=Settings(batch_size=1))
    with Store.open(db_path) as store:  # a new run: the merger is rebuilt from the saved rows
        ingest(store, ARTICLES[2:], analyzer=fake_analyzer)
        merged = dict(store.query("SELECT id, documents FROM merged_incidents"))
        assert merged == {"m-kabul-1-i1": ["kabul-1", "kabul-2", "kabul-3"], "m-lagos-1-i1": ["lagos-1"]}
        features = store.query("SELECT features FROM incident_members WHERE doc_id = 'kabul-3'")[0][0]
        assert json.loads(features) == {"place": "Kabul"}
        record = store.query("SELECT record FROM merged_incidents WHERE id = 'm-kabul-1-i1'")[0][0]
        assert json.loads(record)["killed"]["latest"] == 14
