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
    assert len(list(cache.glob("towns-*.json"))) == 2  # the stale entry stays, among the newest 3


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


def test_tests_do_not_use_the_users_cache(tmp_path_factory):
    folder = _diskcache.cache_dir()
    assert folder is not None and folder.is_relative_to(tmp_path_factory.getbasetemp())


def test_no_home_folder_leaves_the_process_uncached(tmp_path, source, monkeypatch):
    """A container uid with no passwd entry and no HOME: Python < 3.12 answers "~", later ones raise."""
    import pwd

    monkeypatch.delenv("COUNTERCLAIM_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("COUNTERCLAIM_CACHE", raising=False)
    monkeypatch.chdir(tmp_path)

    def no_entry(uid):
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    calls = []
    assert _diskcache.cache_dir() is None
    assert cached_json("towns", [source], _builder(source, calls)) == {"towns": ["Gao", "Kidal"]}

    def raises():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(_diskcache.Path, "home", staticmethod(raises))
    assert _diskcache.cache_dir() is None
    assert _diskcache._entry("towns", [source], ".json") is None
    assert cached_arrays("pops", [source], lambda: {"a": np.ones(2)})["a"].tolist() == [1.0, 1.0]
    assert len(calls) == 1 and list(tmp_path.iterdir()) == [source]  # nothing written into the cwd


def test_a_relative_xdg_cache_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.delenv("COUNTERCLAIM_CACHE_DIR", raising=False)
    monkeypatch.delenv("COUNTERCLAIM_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert _diskcache.cache_dir() == tmp_path / "home" / ".cache" / "counterclaim"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _diskcache.cache_dir() == tmp_path / "xdg" / "counterclaim"


def test_a_relative_cache_dir_is_taken_from_the_first_working_directory(tmp_path, monkeypatch):
    monkeypatch.setattr(_diskcache, "_ABSOLUTE", {})
    monkeypatch.delenv("COUNTERCLAIM_CACHE", raising=False)
    monkeypatch.setenv("COUNTERCLAIM_CACHE_DIR", "tables")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path)
    assert _diskcache.cache_dir() == tmp_path / "tables"
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert _diskcache.cache_dir() == tmp_path / "tables"


def test_any_code_change_in_the_package_makes_every_entry_stale(cache, source, monkeypatch):
    calls = []
    cached_json("towns", [source], _builder(source, calls))
    monkeypatch.setattr(_diskcache, "_CODE_DIGEST", ["another checkout"])
    cached_json("towns", [source], _builder(source, calls))
    monkeypatch.setattr(_diskcache.unicodedata, "unidata_version", "99.0.0")
    cached_json("towns", [source], _builder(source, calls))
    assert len(calls) == 3


def test_the_code_digest_covers_every_module_of_the_package(tmp_path, monkeypatch):
    """Builders call code in other modules (the loose index reads the cities through the gazetteer)."""
    package = tmp_path / "pkg"
    (package / "codebooks").mkdir(parents=True)
    (package / "_diskcache.py").write_text("# cache\n", encoding="utf-8")
    (package / "codebooks" / "gazetteer.py").write_text("STEP = 32\n", encoding="utf-8")
    (package / "codebooks" / "towns.csv").write_text("Gao\n", encoding="utf-8")
    monkeypatch.setattr(_diskcache, "__file__", str(package / "_diskcache.py"))

    def digest():
        monkeypatch.setattr(_diskcache, "_CODE_DIGEST", [])
        return _diskcache._code_digest()

    first = digest()
    assert digest() == first
    (package / "codebooks" / "towns.csv").write_text("Kidal\n", encoding="utf-8")  # data: keyed per entry
    assert digest() == first
    (package / "codebooks" / "gazetteer.py").write_text("STEP = 64\n", encoding="utf-8")
    assert digest() != first


def test_checkouts_sharing_a_folder_keep_their_entries(cache, source, monkeypatch):
    """The newest 3 entries of a name are kept, so switching between two checkouts rebuilds nothing."""
    import os

    calls = []
    for order, checkout in enumerate(["d", "c", "b", "a"]):  # written in this order: "d" is the oldest
        monkeypatch.setattr(_diskcache, "_CODE_DIGEST", [checkout])
        cached_json("towns", [source], _builder(source, calls))
        os.utime(_diskcache._entry("towns", [source], ".json"), (1000 + 10 * order, 1000 + 10 * order))
    assert len(calls) == 4 and len(list(cache.glob("towns-*.json"))) == 3
    for checkout in ["b", "a", "c"]:
        monkeypatch.setattr(_diskcache, "_CODE_DIGEST", [checkout])
        cached_json("towns", [source], _builder(source, calls))
    assert len(calls) == 4
    monkeypatch.setattr(_diskcache, "_CODE_DIGEST", ["d"])  # the oldest was removed
    cached_json("towns", [source], _builder(source, calls))
    assert len(calls) == 5


def test_temporary_files_of_killed_writers_are_removed(cache, source, monkeypatch):
    import os
    import time

    cache.mkdir()
    old = time.time() - 2 * 3600
    left = {name: cache / name for name in (".towns-0a1b2c.json.k3x_9q", ".towns-0a1b2c.json.fresh1",
                                            ".loose-towns-0a1b2c.json.k3x_9q")}
    for name, path in left.items():
        path.write_bytes(b'{"towns": [')
        if "fresh" not in name:
            os.utime(path, (old, old))
    cached_json("towns", [source], _builder(source, []))
    assert not left[".towns-0a1b2c.json.k3x_9q"].exists()  # this name's, killed an hour ago
    assert left[".towns-0a1b2c.json.fresh1"].exists()  # perhaps being written right now
    assert left[".loose-towns-0a1b2c.json.k3x_9q"].exists()  # another name's: removed when that one is written


@pytest.mark.parametrize("wrong", [b"[]", b"{}", b'{"towns": 3}'])
def test_an_entry_of_the_wrong_shape_is_rebuilt(cache, source, wrong):
    calls = []

    def load(value):
        return {"towns": [str(t) for t in value["towns"]]}

    cached_json("towns", [source], _builder(source, calls), load)
    (entry,) = cache.glob("towns-*.json")
    entry.write_bytes(wrong)
    assert cached_json("towns", [source], _builder(source, calls), load) == {"towns": ["Gao", "Kidal"]}
    assert len(calls) == 2
    assert entry.read_bytes() != wrong


def test_damaged_gazetteer_entries_are_rebuilt(cache):
    from counterclaim.codebooks import groups
    from counterclaim.codebooks.gazetteer import load_gazetteer
    from counterclaim.nlp import places

    def tables():
        gaz = load_gazetteer.__wrapped__()
        return gaz.subdivisions, len(gaz.cities), places._loose_index.__wrapped__(), groups.gtd_group_names()

    written = tables()
    for entry in cache.iterdir():
        if entry.suffix == ".json":
            entry.write_bytes(b"[]")
        else:
            np.savez(entry, ids=np.arange(3))  # an archive missing most columns
    assert tables() == written
    for entry in cache.glob("*.json"):
        entry.write_bytes(b"{}")
    assert tables() == written
    assert tables() == written


@pytest.mark.parametrize("suffix", [".json", ".npz"])
def test_an_entry_read_at_every_start_outlives_another_checkouts_edits(cache, source, monkeypatch, suffix):
    """Two checkouts share the folder: 'stable' is run between the edits of 'work', each of which writes a new
    entry. Eviction by write time dropped stable's entry after three of those edits, though it was read at each
    of its starts; ranked by last use, it stays, and work's superseded entries go."""
    import os

    clock = iter(range(1000, 2000, 10))
    monkeypatch.setattr(_diskcache.time, "time", lambda: float(next(clock)))
    calls = []

    def run(checkout):
        monkeypatch.setattr(_diskcache, "_CODE_DIGEST", [checkout])
        if suffix == ".json":
            cached_json("towns", [source], _builder(source, calls))
        else:
            cached_arrays("towns", [source], lambda: (calls.append(1), {"ids": np.arange(3)})[1])
        entry = _diskcache._entry("towns", [source], suffix)
        if entry.stat().st_mtime > 10_000:  # just written (the kernel's clock): give it the test's
            now = float(next(clock))
            os.utime(entry, (now, now))

    run("stable")
    for edit in range(5):
        run(f"work-{edit}")
        run("stable")
    assert len(calls) == 6  # stable built once, each edit once
    assert len(list(cache.glob(f"towns-*{suffix}"))) == 3
