"""Store test fixtures: a fresh store file and a store holding the fake Kabul/Lagos corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from counterclaim.settings import Settings
from counterclaim.store._clustering import Clustering
from counterclaim.store.duckdb import Store
from counterclaim.store.ingest import ingest

from ._fakes import ARTICLES, fake_analyzer

ROOT = Path(__file__).resolve().parents[2]


def subprocess_env() -> dict[str, str]:
    """Environment for child Python processes: the project and this folder importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(Path(__file__).parent), env.get("PYTHONPATH", "")])
    return env


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "corpus.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as s:
        yield s


def _singletons(self: Clustering, article, result):  # noqa: ANN001
    members = [{"doc_id": article.id, "incident_id": i.id, "merged_id": f"m-{article.id}-{i.id}", "features": None}
               for i in result.incidents]
    return {"doc_id": article.id, "story_id": f"s-{article.id}", "features": None}, members


@pytest.fixture
def no_clustering(monkeypatch: pytest.MonkeyPatch) -> None:
    """One story per document and one merged incident per record: cheap, for tests about storage."""
    monkeypatch.setattr(Clustering, "place", _singletons)


@pytest.fixture
def corpus(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The fake corpus with the three Kabul reports placed in one story and one merged incident.

    Clustering itself is tested in tests/incidents; here it is pinned so the views are deterministic.
    """

    def place(self: Clustering, article, result):  # noqa: ANN001
        story = "s-kabul" if article.id.startswith("kabul") else f"s-{article.id}"
        merged = "m-kabul" if article.id.startswith("kabul") else f"m-{article.id}"
        members = [{"doc_id": article.id, "incident_id": i.id, "merged_id": merged, "features": None}
                   for i in result.incidents]
        return {"doc_id": article.id, "story_id": story, "features": None}, members

    monkeypatch.setattr(Clustering, "place", place)
    with Store.open(db_path) as s:
        ingest(s, ARTICLES, analyzer=fake_analyzer, settings=Settings(batch_size=2))
        yield s

