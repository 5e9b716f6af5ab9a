"""The on-disk cache of derived tables: a fresh entry is read, a stale or corrupt one is rebuilt, a turned-off
or unwritable cache derives in process, and the cached gazetteer tables equal the derived ones."""

from __future__ import annotations

import numpy as np
import pytest

from counterclaim import _diskcache
from counterclaim._diskcache import cached_arrays, cached_json


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("COUNTERCLAIM_CACHE_DIR", str(folder))
    monkeypatch.delenv("COUNTERCLAIM_CACHE", raising=False)
    monkeypatch.setattr(_diskcache, "_DIGESTS", {})
    return folder


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "towns.txt"
    path.write_text("Gao\nKidal\n", encoding="utf-8")
    return path


def _builder(source, calls):
    def build():
        calls.append(1)
        return {"towns": source.read_text(encoding="utf-8").split()}
    return build


def test_a_fresh_entry_is_read_not_derived_again(cache, source):
    calls = []
    first = cached_json("towns", [source], _builder(source, calls))
    second = cached_json("towns", [source], _builder(source, calls))
    assert first == second == {"towns": ["Gao", "Kidal"]}
    assert len(calls) == 1
    assert len(list(cache.glob("towns-*.json"))) == 1


def test_an_edited_source_makes_the_entry_stale(cache, source, monkeypatch):
    calls = []
    cached_json("towns", [source], _builder(source, calls))
    source.write_text("Gao\nKidal\nMenaka\n", encoding="utf-8")
    monkeypatch.setattr(_diskcache, "_DIGESTS", {})  # a new process
    assert cached_json("towns", [source], _builder(source, calls)) == {"towns": ["Gao", "Kidal", "Menaka"]}
    assert len(calls) == 2
    assert len(list(cache.glob("towns-*.json"))) == 1  # the stale entry is gone


def test_a_new_package_version_makes_the_entry_stale(cache, source, monkeypatch):
    calls = []
    cached_json("towns", [source], _builder(source, calls))
    monkeypatch.setattr("counterclaim.__version__", "99.0")
    cached_json("towns", [source], _builder(source, calls))
    assert len(calls) == 2


def test_a_corrupt_entry_is_rebuilt_and_replaced(cache, source):
    calls = []
    cached_json("towns", [source], _builder(source, calls))
    (entry,) = cache.glob("towns-*.json")
    entry.write_bytes(b'{"towns": ["Ga')  # a half-written file
    assert cached_json("towns", [source], _builder(source, calls)) == {"towns": ["Gao", "Kidal"]}
    assert len(calls) == 2
    assert cached_json("towns", [source], _builder(source, calls)) == {"towns": ["Gao", "Kidal"]}
    assert len(calls) == 2  # the rewritten entry is whole again


def test_a_corrupt_archive_is_rebuilt(cache, source):
    calls = []

    def build():
        calls.append(1)
        return {"pops": np.arange(5, dtype=np.int32)}

    first = cached_arrays("pops", [source], build)
    (entry,) = cache.glob("pops-*.npz")
    entry.write_bytes(entry.read_bytes()[:40])  # truncated
    second = cached_arrays("pops", [source], build)
    assert len(calls) == 2
    assert np.array_equal(first["pops"], second["pops"]) and second["pops"].dtype == np.int32
    third = cached_arrays("pops", [source], build)
    assert len(calls) == 2 and np.array_equal(third["pops"], first["pops"])


def test_a_turned_off_cache_derives_every_time_and_writes_nothing(cache, source, monkeypatch):
    monkeypatch.setenv("COUNTERCLAIM_CACHE", "0")
    calls = []
    for _ in range(2):
        assert cached_json("towns", [source], _builder(source, calls)) == {"towns": ["Gao", "Kidal"]}
    assert len(calls) == 2
    assert not cache.exists()


def test_an_unwritable_cache_folder_still_gives_the_value(tmp_path, source, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("COUNTERCLAIM_CACHE_DIR", str(blocker / "cache"))
    calls = []
    assert cached_json("towns", [source], _builder(source, calls)) == {"towns": ["Gao", "Kidal"]}
    assert cached_arrays("pops", [source], lambda: {"a": np.ones(2)})["a"].tolist() == [1.0, 1.0]


def test_cached_gazetteer_tables_equal_the_derived_ones(cache, monkeypatch):
    from counterclaim.codebooks import groups
    from counterclaim.codebooks.gazetteer import load_gazetteer, name_key
    from counterclaim.nlp import places

    def tables():
        gaz = load_gazetteer.__wrapped__()
        cities = {k: gaz.cities.lookup(name_key(k)) for k in ("Gao", "Kabul", "Springfield", "Deir ez-Zor")}
        return gaz.subdivisions, cities, places._loose_index.__wrapped__(), groups.gtd_group_names()

    monkeypatch.setenv("COUNTERCLAIM_CACHE", "0")
    derived = tables()
    monkeypatch.setenv("COUNTERCLAIM_CACHE", "1")
    written = tables()
    read = tables()
    assert sorted(p.name.rsplit("-", 1)[0] for p in cache.iterdir()) == sorted(
        ["cities", "subdivisions", "loose-cities"] + (["gtd-group-names"] if derived[3] else []))
    assert derived == written == read
    assert derived[1]["Gao"] and derived[2]
