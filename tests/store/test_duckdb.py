"""Store robustness: creation, foreign and corrupt files, newer schemas, a second writer, failed writes."""

from __future__ import annotations

import hashlib
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from counterclaim.errors import StoreError, StoreLockedError
from counterclaim.settings import Settings
from counterclaim.store import duckdb as store_duckdb
from counterclaim.store._schema import SCHEMA_VERSION
from counterclaim.store.duckdb import Batch, Store
from counterclaim.store.ingest import ingest

from ._fakes import filler, result_for


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _doc_row(i: int) -> dict:
    import datetime as dt

    from counterclaim.store._rows import document_row

    article = filler(1, start=i)[0]
    return document_row(article, result_for(article), i, dt.datetime(2024, 1, 1))


def test_new_store_has_current_schema(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts()["documents"] == 0
    with Store.open(db_path, read_only=True) as store:  # reopening does not migrate again
        assert store.schema_version() == SCHEMA_VERSION


def test_missing_store_read_only_says_how_to_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="counterclaim ingest"):
        Store.open(tmp_path / "nope.duckdb", read_only=True)
    assert not (tmp_path / "nope.duckdb").exists()


def test_non_duckdb_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 50)
    before = _digest(path)
    for read_only in (False, True):
        with pytest.raises(StoreError, match="not a counterclaim store"):
            Store.open(path, read_only=read_only)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.duckdb"]


def test_truncated_store_is_refused_and_untouched(db_path: Path, tmp_path: Path, no_clustering: None) -> None:
    with Store.open(db_path) as store:
        ingest(store, filler(300, size=2000), analyzer=lambda b: [result_for(a) for a in b])
    data = db_path.read_bytes()
    broken = tmp_path / "copy.duckdb"
    broken.write_bytes(data[: len(data) // 2])  # an interrupted copy
    with pytest.raises(StoreError, match="damaged"):
        Store.open(broken)
    assert broken.read_bytes() == data[: len(data) // 2]


def test_foreign_duckdb_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (region VARCHAR, amount INTEGER)")
    con.execute("INSERT INTO sales VALUES ('north', 10)")
    con.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="not a counterclaim store"):
        Store.open(path)
    assert _digest(path) == before
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("sales",)]
    con.close()


def test_duckdb_with_someone_elses_meta_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "meta.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.close()
    with pytest.raises(StoreError, match="another application"):
        Store.open(path)


def test_store_from_a_newer_version_is_refused(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.write_batch(Batch(rows={"documents": [_doc_row(0)]}))
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    before = _digest(db_path)
    with pytest.raises(StoreError, match="newer counterclaim"):
        Store.open(db_path)
    with pytest.raises(StoreError, match="upgrade"):
        Store.open(db_path, read_only=True)
    assert _digest(db_path) == before


def test_second_writer_gets_store_locked_error(db_path: Path) -> None:
    Store.open(db_path).close()
    # Another process holding the file open for writing (a running ingest does exactly this).
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb, sys; con = duckdb.connect({str(db_path)!r}); print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError, match=rf"open for writing by process {holder.pid} \(") as err:
            Store.open(db_path)
        assert "wait for it to finish" in str(err.value)
        assert f"({Path(sys.executable).name})" in str(err.value) and "import duckdb" not in str(err.value)
        with pytest.raises(StoreLockedError):
            Store.open(db_path, read_only=True)
    finally:
        holder.communicate("", timeout=60)
    with Store.open(db_path) as store:  # free again once the other writer is gone
        assert store.counts()["documents"] == 0


def test_a_reader_holding_the_store_is_named_as_one(db_path: Path) -> None:
    """A listing or a notebook that has the store open read-only blocks writing only: the message says a reader
    holds it (not "a running ingest?") and that reading still works."""
    Store.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys; con = duckdb.connect({str(db_path)!r}, read_only=True); "
                               "print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError, match=rf"open for reading by process {holder.pid}") as err:
            Store.open(db_path)
        assert "ingest" not in str(err.value) and "listings and exports can read it" in str(err.value)
        with Store.open(db_path, read_only=True) as store:  # as they can
            assert store.counts()["documents"] == 0
    finally:
        holder.communicate("", timeout=60)


def test_failed_write_keeps_nothing_of_the_batch(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write_batch(Batch(rows={"documents": [_doc_row(0)]}))
    real_insert = Store._insert

    def insert_then_fail(self: Store, table: str, rows: list[dict]) -> None:
        real_insert(self, table, rows)
        if table == "story_members":
            raise duckdb.IOException('Could not write file "corpus.duckdb.wal": No space left on device')

    monkeypatch.setattr(Store, "_insert", insert_then_fail)
    batch = Batch(rows={
        "documents": [_doc_row(1), _doc_row(2)],
        "story_members": [{"seq": 1, "doc_id": "filler-1", "story_id": "s-1", "features": None}],
    })
    with pytest.raises(StoreError, match="disk is full") as err:
        store.write_batch(batch)
    assert "resumes" in str(err.value)
    counts = store.counts()
    assert counts["documents"] == 1 and counts["story_members"] == 0
    monkeypatch.setattr(Store, "_insert", real_insert)
    store.write_batch(batch)  # the same batch goes through once there is space again
    assert store.counts()["documents"] == 3


@contextmanager
def _file_size_limit(limit: int) -> Iterator[None]:
    """Writes past `limit` bytes of any file fail with EFBIG ("File too large"), as on a full disk."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


def test_full_disk_is_a_clear_error_and_stored_documents_survive(db_path: Path, no_clustering: None) -> None:
    fake = lambda batch: [result_for(a) for a in batch]  # noqa: E731
    with Store.open(db_path) as store:
        ingest(store, filler(5), analyzer=fake)
    limit = db_path.stat().st_size + 1_000_000
    with _file_size_limit(limit), pytest.raises(StoreError, match="disk is full"):  # the batch needs ~4 MB
        with Store.open(db_path) as store:
            ingest(store, filler(40, start=100, size=100_000), analyzer=fake, settings=Settings(batch_size=40))
    with Store.open(db_path) as store:
        counts = store.counts()
        assert counts["documents"] == 5 and counts["story_members"] == 5
        ingest(store, filler(2, start=200), analyzer=fake)
        assert store.counts()["documents"] == 7


def test_the_lock_message_names_the_holder_program_only_on_one_line(db_path: Path) -> None:
    """The holder's whole command line was shown: another user's arguments (a token) and a newline in one of them
    (which split the message over lines)."""
    Store.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys\ncon = duckdb.connect({str(db_path)!r})\nprint('open', flush=True)"
                               "\nsys.stdin.read()", "--token=s3cret"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError) as err:
            Store.open(db_path)
        message = str(err.value)
        assert "\n" not in message and "s3cret" not in message and "duckdb.connect" not in message
        assert f"by process {holder.pid} ({Path(sys.executable).name}), which" in message
    finally:
        holder.communicate("", timeout=60)


@pytest.mark.parametrize(
    ("cmdline", "name"),
    [
        (b"/usr/bin/python3\0-m\0counterclaim\0ingest\0feeds/\0--db\0/data/c.duckdb\0", "counterclaim ingest"),
        (b"/home/ana/.venv/bin/counterclaim\0--verbose\0incidents\0--country\0RU\0", "counterclaim incidents"),
        (b"/usr/bin/psql\0postgresql://ana:s3cret@db/x\0", "psql"),  # near miss: another program, no arguments
        (b"/opt/tools/run\nme\0-x\0", "runme"),
    ],
)
def test_the_lock_holder_is_named_by_its_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cmdline: bytes,
                                                  name: str) -> None:
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: cmdline if str(self) == "/proc/4242/cmdline" else real(self))
    exc = duckdb.IOException('Could not set lock on file "x.duckdb": Conflicting lock is held in /usr/bin/python3 '
                             "(PID 4242)")
    assert f"process 4242 ({name}), which" in str(store_duckdb.map_error(exc, Path("x.duckdb"), "open"))


def test_map_error_names_the_lock_holder() -> None:
    exc = duckdb.IOException('Could not set lock on file "x.duckdb": Conflicting lock is held in python (PID 4242)')
    err = store_duckdb.map_error(exc, Path("x.duckdb"), "open")
    assert isinstance(err, StoreLockedError) and "process 4242" in str(err) and "writing" in str(err)


def test_older_store_is_migrated_on_open_for_writing(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db_path) as store:
        store.write_batch(Batch(rows={"documents": [_doc_row(0)]}))
    future = dict(store_duckdb.MIGRATIONS)
    future[SCHEMA_VERSION + 1] = ["ALTER TABLE documents ADD COLUMN language VARCHAR"]
    monkeypatch.setattr(store_duckdb, "MIGRATIONS", future)
    monkeypatch.setattr(store_duckdb, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="open it once for writing"):
        Store.open(db_path, read_only=True)
    with Store.open(db_path) as store:
        assert store.schema_version() == SCHEMA_VERSION + 1
        assert store.query("SELECT id, language FROM documents") == [("filler-0", None)]


def test_interrupt_during_a_write_rolls_the_batch_back(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real_insert = Store._insert

    def interrupted(self: Store, table: str, rows: list[dict]) -> None:
        real_insert(self, table, rows)
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_insert", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.write_batch(Batch(rows={"documents": [_doc_row(0)]}))
    monkeypatch.setattr(Store, "_insert", real_insert)
    assert store.counts()["documents"] == 0


def test_v1_store_gains_merged_dirty_on_the_next_write_open(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.write_batch(Batch(rows={"documents": [_doc_row(0)]}))
    con = duckdb.connect(str(db_path))  # make it a v1 store as released
    con.execute("DROP TABLE merged_dirty")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store.open(db_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.query("SELECT count(*) FROM merged_dirty") == [(0,)]
        assert store.counts()["documents"] == 1


@pytest.mark.parametrize("interruption", [RuntimeError("Query interrupted"), duckdb.InterruptException("INTERRUPT")])
def test_a_signal_during_a_write_is_an_interrupt_not_a_crash(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                             interruption: Exception) -> None:
    """DuckDB hands back what a signal handler raised mid-query as one of these; the CLI needs KeyboardInterrupt
    to roll back, say what was kept and exit 128 + signum."""
    real_insert = Store._insert

    def interrupted(self: Store, table: str, rows: list[dict]) -> None:
        real_insert(self, table, rows)
        raise interruption

    monkeypatch.setattr(Store, "_insert", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.write_batch(Batch(rows={"documents": [_doc_row(0)]}))
    monkeypatch.setattr(Store, "_insert", real_insert)
    assert store.counts()["documents"] == 0


def test_a_signal_during_a_read_is_an_interrupt(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    class Interrupted:
        def execute(self, *args: object) -> None:
            raise RuntimeError("Query interrupted")

    monkeypatch.setattr(store, "_con", Interrupted())
    with pytest.raises(KeyboardInterrupt):
        store.query("SELECT count(*) FROM documents")
    with pytest.raises(KeyboardInterrupt):
        store.query_dicts("SELECT id FROM documents")
    with pytest.raises(KeyboardInterrupt):
        list(store.iter_rows("SELECT id FROM documents"))


def test_other_runtime_errors_are_not_taken_for_an_interrupt(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def execute(self, *args: object) -> None:
            raise RuntimeError("something else went wrong")

    monkeypatch.setattr(store, "_con", Broken())
    with pytest.raises(RuntimeError, match="something else"):
        store.query("SELECT count(*) FROM documents")
