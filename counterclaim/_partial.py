"""Output written through a temporary file beside the target, renamed over it when whole (`analyze --out`, `export`).

A run killed outright (SIGKILL, the out-of-memory killer, a power cut) cannot remove its temporary file, so each is
named to say what it is, `.incidents.jsonl.counterclaim-k3v9x0qa.part` (the target's name, then ours), and the next
run writing into that folder removes the ones whose writer is gone. A writer holds an exclusive `flock` on its file
from the moment it is made until it is renamed or removed; the kernel drops the lock when the process dies however
it dies. A file is removed only when all of these hold: its name has our exact shape (a user's own `.part` files and
other programs' temporaries never do), no process holds its lock, and it was last written more than
`STALE_AFTER_SECONDS` ago (a writer between making its file and locking it is never caught). Where `flock` is
missing (Windows), nothing is removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

_log = logging.getLogger("counterclaim")

MARK = ".counterclaim-"
SUFFIX = ".part"
_NAME = re.compile(r"\..+\.counterclaim-[a-z0-9_]{8}\.part", re.S)
"""`.{target}.counterclaim-{8 characters of mkstemp}.part`"""

STALE_AFTER_SECONDS = 60.0


def make_partial(target_name: str, folder: Path) -> tuple[int, Path]:
    """A new temporary file for `target_name` in `folder`, locked for this process: (its open descriptor, its path).
    Keep the descriptor open until the file is renamed or removed; `OSError` when the folder takes no new file."""
    fd, name = tempfile.mkstemp(prefix=f".{target_name}{MARK}", suffix=SUFFIX, dir=folder)
    if fcntl is not None:
        with contextlib.suppress(OSError):  # a file system without locks (some NFS): not cleaned, still written
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd, Path(name)


def clear_stale(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files killed runs left in `folder` (see the module's docstring); returns them. Never
    raises: a folder or a file that cannot be read is left as it is."""
    if fcntl is None:  # pragma: no cover - not POSIX
        return []
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder) if _NAME.fullmatch(entry.name)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except OSError:  # another user's, a link, or gone since
            continue
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime <= STALE_AFTER_SECONDS:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:  # its writer is alive (or the file system has no locks: leave it)
                continue
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
                removed.append(path)
        except OSError:
            continue
        finally:
            os.close(fd)
    if removed:
        shown = ", ".join(p.name for p in removed[:3]) + (f" and {len(removed) - 3} more" if len(removed) > 3 else "")
        _log.warning("removed %s in %s: unfinished output of %s", shown, folder,
                     "a run that was killed before it could clean up" if len(removed) == 1 else
                     "runs that were killed before they could clean up")
    return removed

