"""An on-disk cache of tables derived from the package's data files, so a new process reads them instead of
deriving them again (the gazetteer's decompressed columns, its subdivision and transliteration indexes).

Entries are plain JSON or uncompressed numpy archives read with `allow_pickle=False`: never pickle, so a
cache file can make a lookup wrong at worst, never run code. An entry's file name carries a hash of the
package version, the entry's name, the bytes of the data files it was derived from, one digest of every
`.py` file of the package (so any code change, in the builder or in a module it calls, makes new entries),
the Python version and `unicodedata`'s Unicode version (name keys fold letters through it). A missing,
stale or unreadable entry, or one whose contents do not have the shape its reader expects, is rebuilt from
the sources and written atomically (a temporary file renamed into place); a cache folder that cannot be
found or written leaves the process working uncached. Each name keeps its 3 most recently used entries (a
read marks the entry used), so checkouts of different code sharing one folder do not rebuild on every start,
and one checkout's edits, each writing a new entry, do not evict the entry another checkout keeps reading.

Where: `COUNTERCLAIM_CACHE_DIR` (a relative one is taken from the working directory at first use), else
`$XDG_CACHE_HOME/counterclaim` (when absolute, as the XDG spec asks), else `~/.cache/counterclaim`; with no
home folder either, nothing is cached. `COUNTERCLAIM_CACHE=0` turns it off (every table is derived in
process, nothing is read or written).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")

_OFF = {"0", "false", "no", "off"}
_KEEP = 3
"""Entries kept per name: the most recently used, so a few checkouts (or Python versions) can share one folder."""
_STALE_TEMP_SECONDS = 3600
"""A temporary file this old belongs to a writer that was killed (writing takes well under a second)."""

_ABSOLUTE: dict[str, Path] = {}
"""A relative `COUNTERCLAIM_CACHE_DIR` made absolute at first use, so a later chdir does not move the cache."""


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off or there is no folder to put it in."""
    if os.environ.get("COUNTERCLAIM_CACHE", "1").strip().lower() in _OFF:
        return None
    configured = os.environ.get("COUNTERCLAIM_CACHE_DIR")
    if configured:
        if configured not in _ABSOLUTE:
            _ABSOLUTE[configured] = Path(os.path.abspath(configured))
        return _ABSOLUTE[configured]
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative path is invalid and must be ignored
        return Path(xdg) / "counterclaim"
    try:
        home = Path.home()
    except (OSError, RuntimeError, KeyError):  # no HOME and no passwd entry for the uid (containers)
        return None
    if not home.is_absolute():  # Python < 3.12 answers "~" when it cannot find the home folder
        return None
    return home / ".cache" / "counterclaim"


_DIGESTS: dict[tuple[str, int, int], str] = {}
"""A source file's digest by (path, size, mtime): several entries derive from the same 8 MB city table."""

_CODE_DIGEST: list[str] = []
"""The digest of the package's code, computed once per process."""


def _digest(path: Path) -> str:
    stat = path.stat()
    memo = (str(path), stat.st_size, stat.st_mtime_ns)
    if memo not in _DIGESTS:
        _DIGESTS[memo] = hashlib.sha1(path.read_bytes(), usedforsecurity=False).hexdigest()
    return _DIGESTS[memo]


def _code_digest() -> str:
    """One digest of every .py file of the package (about 2 MB, a few ms): a builder calls code in other
    modules (the loose index reads the city table through the gazetteer), so any code change invalidates
    every entry rather than only those whose module a caller thought to list."""
    if not _CODE_DIGEST:
        root = Path(__file__).resolve().parent
        h = hashlib.sha1(usedforsecurity=False)
        for path in sorted(root.rglob("*.py"), key=lambda p: p.relative_to(root).as_posix()):
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
        _CODE_DIGEST.append(h.hexdigest())
    return _CODE_DIGEST[0]


def _key(name: str, sources: Iterable[Path]) -> str:
    from . import __version__

    parts = [__version__, name, _code_digest(), sys.version, unicodedata.unidata_version,
             *(f"{path.name}:{_digest(path)}" for path in sources)]
    return hashlib.sha1("\0".join(parts).encode(), usedforsecurity=False).hexdigest()[:24]


def _entry(name: str, sources: Iterable[Path], suffix: str) -> Path | None:
    """The entry's path, or None (uncached) when the cache is off or its folder or key cannot be made."""
    try:
        folder = cache_dir()
        if folder is None:
            return None
        return folder / f"{name}-{_key(name, sources)}{suffix}"
    except (OSError, RuntimeError, KeyError):  # no folder, or a source that cannot be read: its builder reports it
        return None


def _used(path: Path) -> None:
    """Mark a read entry as used: its modification time orders eviction, so ranking by write time alone would
    let another checkout's new entries evict one this checkout reads at every start."""
    now = time.time()
    try:
        os.utime(path, (now, now))
    except OSError:  # a read-only shared folder: the entry is still good, only its rank is not refreshed
        pass


def _clean(path: Path) -> None:
    """Remove this name's entries beyond the `_KEEP` most recently used (the one just written always stays) and
    its temporary files left by killed writers."""
    folder, stem, suffix = path.parent, path.name.rsplit("-", 1)[0], "".join(path.suffixes)

    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    others = [p for p in folder.glob(f"{stem}-*{suffix}") if p != path and p.name.rsplit("-", 1)[0] == stem]
    for old in sorted(others, key=mtime, reverse=True)[_KEEP - 1:]:
        old.unlink(missing_ok=True)
    now = time.time()
    for tmp in folder.glob(f".{stem}-*{suffix}.*"):
        if tmp.name[1:].rsplit("-", 1)[0] == stem and now - mtime(tmp) > _STALE_TEMP_SECONDS:
            tmp.unlink(missing_ok=True)


def _write(path: Path, write: Callable[[Any], None]) -> None:
    """Write through a temporary file in the same folder renamed into place, so a reader never sees half a
    file, then clean up old entries of the same name. Failures leave no cache behind."""
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
        _clean(path)
    except OSError:
        pass


def _same(value: Any) -> Any:
    return value


def cached_json(name: str, sources: Iterable[Path], build: Callable[[], Any],
                load: Callable[[Any], T] = _same) -> T:
    """`load(build())`, where `build()`'s JSON-serialisable value is read from the cache when an entry for
    these sources exists. `load` turns the value into what the caller uses; when it fails on a cached value
    (valid JSON of the wrong shape: `[]`, `{}`), the entry counts as a miss and is rebuilt."""
    sources = list(sources)
    path = _entry(name, sources, ".json")
    if path is not None:
        try:
            value = load(json.loads(path.read_text(encoding="utf-8")))
        except Exception:  # noqa: BLE001 - missing, unreadable or of the wrong shape: derived again below
            pass
        else:
            _used(path)
            return value
    value = build()
    if path is not None:
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        _write(path, lambda fh: fh.write(data))
    return load(value)


def cached_arrays(name: str, sources: Iterable[Path], build: Callable[[], dict[str, np.ndarray]],
                  load: Callable[[dict[str, np.ndarray]], T] = _same) -> T:
    """`load(build())`, where `build()`'s named arrays are read from an uncompressed archive in the cache
    when one exists; as for `cached_json`, an archive `load` fails on (a missing column) is rebuilt."""
    sources = list(sources)
    path = _entry(name, sources, ".npz")
    if path is not None:
        try:
            with np.load(path, allow_pickle=False) as data:
                value = load({k: data[k] for k in data.files})
        except Exception:  # noqa: BLE001 - missing, truncated, not an archive or of the wrong shape: derived again
            pass
        else:
            _used(path)
            return value
    arrays = build()
    if path is not None:
        _write(path, lambda fh: np.savez(fh, **arrays))
    return load(arrays)
