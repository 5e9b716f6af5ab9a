"""A store that can be read but not written (a read-only folder or file) is refused when it is opened for
writing, with a message saying why and what to do, not at the first commit after a batch of analysis. The tests
run as root, which chmod does not stop, so they stand in for the system's refusal."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from counterclaim.errors import StoreError
from counterclaim.store.duckdb import Store


def _refuse_new_files(monkeypatch: pytest.MonkeyPatch) -> None:
    def mkstemp(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


@pytest.fixture()
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "news.duckdb"
    with Store.open(path):
        pass
    return path


def test_an_existing_store_in_a_read_only_folder_is_refused_at_open(existing: Path, monkeypatch) -> None:
    """DuckDB opens such a file, then fails when it creates its journal beside it at the first commit."""
    _refuse_new_files(monkeypatch)
    with pytest.raises(StoreError, match=r"folder .* is not writable \(Permission denied\).*journal file"):
        Store.open(existing)
    with Store.open(existing, read_only=True) as store:  # the listing commands still read it
        assert store.counts()["documents"] == 0


def test_a_new_store_in_a_read_only_folder_is_refused_and_not_created(tmp_path: Path, monkeypatch) -> None:
    _refuse_new_files(monkeypatch)
    with pytest.raises(StoreError, match="use a --db in a folder you can write to"):
        Store.open(tmp_path / "new.duckdb")
    assert not (tmp_path / "new.duckdb").exists()


def test_a_read_only_store_file_is_refused_at_open(existing: Path, monkeypatch) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == existing and mode == os.W_OK
                        else real_access(p, mode, **kw))
    with pytest.raises(StoreError, match="the file is read-only"):
        Store.open(existing)


def test_the_probe_leaves_nothing_behind(existing: Path) -> None:
    with Store.open(existing):
        pass
    assert sorted(p.name for p in existing.parent.iterdir()) == ["news.duckdb"]
