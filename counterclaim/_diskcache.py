"""An on-disk cache of tables derived from the package's data files, so a new process reads them instead of
deriving them again (the gazetteer's decompressed columns, its subdivision and transliteration indexes).

Entries are plain JSON or uncompressed numpy archives read with `allow_pickle=False`: never pickle, so a
cache file can make a lookup wrong at worst, never run code. An entry's file name carries a hash of the
package version, the entry's name and the bytes of every source it was derived from (the data files and
the module that derives it), so an edited source or code change makes a new entry; a missing, stale or
unreadable entry is rebuilt from the sources and written atomically (a temporary file renamed into
place), and a cache directory that cannot be written leaves the process working uncached.

Where: `COUNTERCLAIM_CACHE_DIR`, else `$XDG_CACHE_HOME/counterclaim`, else `~/.cache/counterclaim`.
`COUNTERCLAIM_CACHE=0` turns it off (every table is derived in process, nothing is read or written).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

_OFF = {"0", "false", "no", "off"}


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    if os.environ.get("COUNTERCLAIM_CACHE", "1").strip().lower() in _OFF:
        return None
    configured = os.environ.get("COUNTERCLAIM_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "counterclaim"


_DIGESTS: dict[tuple[str, int, int], str] = {}
"""A source file's digest by (path, size, mtime): several entries derive from the same 8 MB city table."""


def _digest(path: Path) -> str:
    stat = path.stat()
    memo = (str(path), stat.st_size, stat.st_mtime_ns)
    if memo not in _DIGESTS:
        _DIGESTS[memo] = hashlib.sha1(path.read_bytes(), usedforsecurity=False).hexdigest()
    return _DIGESTS[memo]


def _key(name: str, sources: Iterable[Path]) -> str:
    from . import __version__

    parts = [__version__, name, *(f"{path.name}:{_digest(path)}" for path in sources)]
    return hashlib.sha1("\0".join(parts).encode(), usedforsecurity=False).hexdigest()[:24]


def _entry(name: str, sources: Iterable[Path], suffix: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return folder / f"{name}-{_key(name, sources)}{suffix}"
    except OSError:  # a source that cannot be read: its builder reports it
        return None


def _write(path: Path, write: Callable[[Any], None]) -> None:
    """Write through a temporary file in the same folder renamed into place, so a reader never sees half a
    file; entries of the same name with another key (stale) are removed. Failures leave no cache behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        stem = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{stem}-*{''.join(path.suffixes)}"):
            if old != path and old.name.rsplit("-", 1)[0] == stem:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def cached_json(name: str, sources: Iterable[Path], build: Callable[[], Any]) -> Any:
    """`build()`'s JSON-serialisable value, read from the cache when an entry for these sources exists."""
    sources = list(sources)
    path = _entry(name, sources, ".json")
    if path is not None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except Exception:  # noqa: BLE001 - missing or unreadable: derived again below
            pass
    value = build()
    if path is not None:
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        _write(path, lambda fh: fh.write(data))
    return value


def cached_arrays(name: str, sources: Iterable[Path], build: Callable[[], dict[str, np.ndarray]]
                  ) -> dict[str, np.ndarray]:
    """`build()`'s named arrays, read from an uncompressed archive in the cache when one exists."""
    sources = list(sources)
    path = _entry(name, sources, ".npz")
    if path is not None:
        try:
            with np.load(path, allow_pickle=False) as data:
                return {k: data[k] for k in data.files}
        except Exception:  # noqa: BLE001 - missing, truncated or not an archive: derived again below
            pass
    arrays = build()
    if path is not None:
        _write(path, lambda fh: np.savez(fh, **arrays))
    return arrays
