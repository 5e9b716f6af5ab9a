"""The corpus store: one embedded DuckDB file holding documents, their records and the clusters.

Why DuckDB: a single file a user can copy, columnar scans for the listing filters, and a file
lock that already refuses a second writing process (mapped to `StoreLockedError`).

Safety rules the class keeps:
- An existing file is inspected read-only first; a corrupt, foreign (no counterclaim `meta`) or
  newer-schema file raises `StoreError` and is never written.
- Every batch is written in one transaction (`write_batch`), so a crash, kill -9 or a full disk
  loses at most the batch in flight and never leaves half a document.

    with Store.open("counterclaim.duckdb") as store:
        store.write_batch(batch)
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import StoreError, StoreLockedError
from ._schema import APPLICATION, MIGRATIONS, SCHEMA_VERSION

__all__ = ["Batch", "Store", "SCHEMA_VERSION"]

_TABLES = ("documents", "incidents", "claims", "actors", "story_members", "incident_members")


@dataclass
class Batch:
    """Rows to write in one transaction: table name -> rows (dicts keyed by column name).

    `replace_merged` lists merged-incident ids whose `merged_incidents` rows are replaced by the
    rows in `rows["merged_incidents"]`.
    """

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    replace_merged: list[str] = field(default_factory=list)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)


def _is_lock_error(msg: str) -> bool:
    return "lock" in msg.lower() and ("conflicting" in msg.lower() or "could not set" in msg.lower())


def _is_space_error(msg: str) -> bool:
    m = msg.lower()
    return "no space left" in m or "file too large" in m or "disk is full" in m or "quota" in m


def _is_interrupt(exc: BaseException) -> bool:
    """DuckDB's answer to a signal during a query: whatever the Python handler raised (KeyboardInterrupt, or
    SystemExit) comes back as `RuntimeError: Query interrupted`, or as `InterruptException`."""
    if isinstance(exc, duckdb.InterruptException):
        return True
    return type(exc) is RuntimeError and str(exc).startswith("Query interrupted")


@contextlib.contextmanager
def _duck(path: Path, action: str) -> Iterator[None]:
    """DuckDB errors become StoreError; an interrupted query becomes the KeyboardInterrupt it was."""
    try:
        yield
    except (duckdb.Error, RuntimeError) as exc:
        if _is_interrupt(exc):
            raise KeyboardInterrupt from exc
        if isinstance(exc, duckdb.Error):
            raise map_error(exc, path, action) from exc
        raise


def map_error(exc: Exception, path: Path, action: str) -> StoreError:
    """Turn a DuckDB exception into a StoreError whose message says what to do."""
    msg = str(exc)
    if _is_lock_error(msg):
        return StoreLockedError(_lock_message(msg, path))
    if _is_space_error(msg):
        return StoreError(
            f"cannot {action} {path}: the disk is full; nothing from the failed batch was stored. "
            "Free some space and rerun: the ingest resumes where it stopped"
        )
    if "not a valid duckdb database" in msg.lower():
        return StoreError(f"{path} is not a counterclaim store (not a DuckDB file, or corrupt); it was left untouched")
    if any(k in msg.lower() for k in ("could not read enough bytes", "checksum", "corrupt")):
        return StoreError(f"{path} is damaged (truncated or corrupt) and cannot be read; it was left untouched ({msg})")
    if "version" in msg.lower() and "storage" in msg.lower():
        return StoreError(f"{path} was written by an incompatible DuckDB version: {msg}")
    return StoreError(f"cannot {action} store {path}: {msg}")


def _lock_message(msg: str, path: Path) -> str:
    """Who holds the store and what to do, from what DuckDB tells: the holder's PID and program, and whether it only
    reads (DuckDB then adds that a read-only open would work). A reader (a listing, an export, a notebook) blocks
    writing only; a writer (an ingest) blocks everyone. Never a guess at what the holder is doing."""
    pid = re.search(r"PID (\d+)", msg)
    program = re.search(r"held in (.+?) \(PID", msg, re.S)
    who = f"process {pid.group(1)}" if pid else "another process"
    name = (_program(pid.group(1)) if pid else None) or (_one_name(program.group(1)) if program else None)
    if name:
        who += f" ({name})"
    if "read-only mode" in msg:
        return (f"store {path} is open for reading by {who}, and writing needs it alone: wait for that process to end "
                "(or close the store there) and rerun, or use another --db; listings and exports can read it meanwhile")
    return (f"store {path} is open for writing by {who}, which keeps every other process out until it ends: wait for "
            "it to finish, or use another --db")


def _program(pid: str) -> str | None:
    """The holder's program where the system tells it (Linux /proc): the name it was started as, and for counterclaim
    the command (`counterclaim ingest`). Never its whole command line: another user's arguments may hold a password
    or a token (`psql postgresql://user:secret@...`), and one with a newline split the message over lines."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    words = [w for w in raw.decode("utf-8", "replace").split("\0") if w]
    if not words:
        return None
    name = _one_name(words[0])
    rest = words[1:]
    if name.startswith("python") and rest[:2] == ["-m", "counterclaim"]:
        name, rest = "counterclaim", rest[2:]
    if name == "counterclaim":
        command = next((w for w in rest if not w.startswith("-")), "")
        if re.fullmatch(r"[a-z][a-z-]{0,20}", command):
            name += f" {command}"
    return name or None


def _one_name(program: str) -> str:
    """A program's file name, on one line: no folder, no control character, at most 40 characters."""
    name = "".join(ch for ch in program.rsplit("/", 1)[-1] if ch.isprintable())
    return name if len(name) <= 40 else name[:39] + "\u2026"


class Store:
    """A counterclaim corpus store in one DuckDB file. Open with `Store.open(path)`."""

    def __init__(self, path: Path, con: duckdb.DuckDBPyConnection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._con = con

    # --- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open (and in write mode create or migrate) the store at `path`."""
        path = Path(path)
        existed = path.exists()
        if existed:
            if path.is_dir():
                raise StoreError(f"{path} is a directory; give a store file such as counterclaim.duckdb")
            version = _inspect(path)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path} was written by a newer counterclaim (schema v{version}; this version reads up to "
                    f"v{SCHEMA_VERSION}); upgrade counterclaim to use it"
                )
        elif read_only:
            raise StoreError(f"no store at {path}; create one with `counterclaim ingest PATH --db {path}`")
        else:
            version = 0
            if not path.parent.exists():
                raise StoreError(f"cannot create store {path}: folder {path.parent} does not exist")
        if not read_only:
            _check_writable(path, existed)
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise map_error(exc, path, "open") from exc
        store = cls(path, con, read_only)
        if version < SCHEMA_VERSION:
            if read_only:
                con.close()
                raise StoreError(
                    f"{path} has schema v{version}; open it once for writing (e.g. `counterclaim ingest`) to migrate"
                )
            store._migrate(version)
        return store

    def _migrate(self, current: int) -> None:
        """Apply MIGRATIONS[current+1 ..] in one transaction each."""
        for version in range(current + 1, SCHEMA_VERSION + 1):
            try:
                self._con.begin()
                for sql in MIGRATIONS[version]:
                    self._con.execute(sql)
                self._con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('application', ?), ('schema_version', ?)",
                    [APPLICATION, str(version)],
                )
                self._con.commit()
            except (duckdb.Error, RuntimeError) as exc:
                self._rollback()
                if _is_interrupt(exc):
                    raise KeyboardInterrupt from exc
                if isinstance(exc, duckdb.Error):
                    raise map_error(exc, self.path, f"migrate to schema v{version}") from exc
                raise

    def close(self) -> None:
        try:
            self._con.close()
        except duckdb.Error as exc:
            raise map_error(exc, self.path, "close") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _rollback(self) -> None:
        try:
            self._con.rollback()
        except duckdb.Error:
            pass  # no transaction open, or the connection is already invalid; nothing was committed

    # --- writing ---------------------------------------------------------------------------------

    def write_batch(self, batch: Batch, finish: Callable[[Store], Batch] | None = None) -> None:
        """Write all rows of `batch` atomically: all of them or, on any failure, none.

        `finish(store)` runs inside the transaction after the rows are in (so it can read them) and
        returns more rows to write in the same transaction, e.g. the recomputed merged incidents.
        """
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        try:
            with _duck(self.path, "write to"):
                self._con.begin()
                self._apply(batch)
                if finish is not None:
                    self._apply(finish(self))
                self._con.commit()
        except BaseException:
            self._rollback()
            raise

    def _apply(self, batch: Batch) -> None:
        if batch.replace_merged:
            self._con.execute(
                "DELETE FROM merged_incidents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [batch.replace_merged]
            )
        for table, rows in batch.rows.items():
            if rows:
                self._insert(table, rows)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        data = pa.Table.from_pylist(rows)
        self._con.register("_cc_rows", data)
        try:
            self._con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _cc_rows")
        finally:
            self._con.unregister("_cc_rows")

    # --- reading ---------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run a read query; DuckDB errors become StoreError."""
        with _duck(self.path, "read"):
            return self._con.execute(sql, params or []).fetchall()

    def query_dicts(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        with _duck(self.path, "read"):
            cur = self._con.execute(sql, params or [])
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def schema_version(self) -> int:
        return int(self.query("SELECT value FROM meta WHERE key = 'schema_version'")[0][0])

    def counts(self) -> dict[str, int]:
        """Rows per table, plus distinct stories and merged incidents."""
        out = {t: self.query(f"SELECT count(*) FROM {t}")[0][0] for t in _TABLES}
        out["stories"] = self.query("SELECT count(DISTINCT story_id) FROM story_members")[0][0]
        out["merged_incidents"] = self.query("SELECT count(*) FROM merged_incidents")[0][0]
        return out

    def next_seq(self) -> int:
        return int(self.query("SELECT coalesce(max(seq), -1) + 1 FROM documents")[0][0])

    def seen(self) -> tuple[set[str], set[str], set[str]]:
        """Ids, content hashes and urls of stored documents (the keys ingest deduplicates on)."""
        ids, hashes, urls = set(), set(), set()
        for doc_id, digest, url in self.query("SELECT id, content_hash, url FROM documents"):
            ids.add(doc_id)
            hashes.add(digest)
            if url:
                urls.add(url)
        return ids, hashes, urls

    def iter_rows(self, sql: str, params: Sequence[Any] | None = None, size: int = 1000) -> Iterator[tuple]:
        """Stream a query's rows in chunks (exports of large stores)."""
        with _duck(self.path, "read"):
            cur = self._con.execute(sql, params or [])
            while chunk := cur.fetchmany(size):
                yield from chunk


def _check_writable(path: Path, existed: bool) -> None:
    """Refuse up front a store that could be read but not written: DuckDB opens it, then fails at the first
    commit, when it creates its journal (`.wal`) beside the file, after a batch of analysis was done."""
    folder = path.parent if str(path.parent) else Path(".")
    if existed and not os.access(path, os.W_OK):
        raise StoreError(f"cannot write store {path}: the file is read-only; the listing commands can still read "
                         "it, or copy it to a folder you can write to")
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=folder)
    except OSError as exc:
        raise StoreError(f"cannot write store {path}: folder {folder} is not writable ({exc.strerror or exc}), and "
                         "the store keeps a journal file beside it; use a --db in a folder you can write to") from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)


def _inspect(path: Path) -> int:
    """Schema version of an existing file, read without writing to it; StoreError if it is not ours."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise map_error(exc, path, "open") from exc
    try:
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()}
        if not tables:
            return 0  # an empty DuckDB file (e.g. a first run that stopped before creating tables)
        if "meta" not in tables:
            raise StoreError(
                f"{path} is a DuckDB database but not a counterclaim store (no meta table); "
                "it was left untouched. Use another --db file"
            )
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except duckdb.Error as exc:
        raise map_error(exc, path, "inspect") from exc
    finally:
        con.close()
    if meta.get("application") != APPLICATION:
        raise StoreError(f"{path} is a DuckDB database of another application; it was left untouched")
    try:
        return int(meta["schema_version"])
    except (KeyError, ValueError) as exc:
        raise StoreError(f"{path}: meta table has no valid schema_version; the store is damaged") from exc
