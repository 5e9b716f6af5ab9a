"""Where the licensed evaluation data lives (`../shared`), and a digest of what was read.

The data is never copied into the repository: scorers and trainers read it in place. The
location is, in order: `Settings.shared_dir` (env `COUNTERCLAIM_SHARED_DIR`), `../shared` next to
the project root, `../shared` next to the working directory. `None` when none exists, so tests
can skip cleanly.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import DataError
from ..settings import Settings

_PROJECT_ROOT = Path(__file__).resolve().parents[2]


def shared_dir(settings: Settings | None = None) -> Path | None:
    """The shared data directory, or None when it is absent."""
    candidates: list[Path] = []
    configured = settings.shared_dir if settings is not None else None
    if configured is None and os.environ.get("COUNTERCLAIM_SHARED_DIR"):
        configured = Path(os.environ["COUNTERCLAIM_SHARED_DIR"])
    if configured is not None:
        # An explicit setting wins even when wrong: silently falling back would hide the typo.
        return Path(configured) if Path(configured).is_dir() else None
    candidates += [_PROJECT_ROOT.parent / "shared", Path.cwd().parent / "shared"]
    for path in candidates:
        if path.is_dir():
            return path
    return None


def data_dir(name: str, settings: Settings | None = None) -> Path | None:
    """`<shared>/data/<name>` (news, polnear, gtd, ...) or None when absent."""
    root = shared_dir(settings)
    if root is None:
        return None
    path = root / "data" / name
    return path if path.is_dir() else None


def require_dir(path: str | Path, example: str = "../shared/data/news") -> Path:
    """A directory the user named; a DataError that says what to pass when it is not there."""
    path = Path(path)
    if path.is_file():
        raise DataError(f"{path} is a file; pass the data folder, e.g. {example}")
    if not path.is_dir():
        raise DataError(f"{path}: no such directory; pass the data folder, e.g. {example}")
    return path


def require_file(path: str | Path, what: str, example: str) -> Path:
    """A data file the user named; a folder or a missing path is a DataError saying which file is expected
    (`eval gtd ../shared/data/gtd` named the folder of the CSV, not the CSV)."""
    path = Path(path)
    if path.is_dir():
        raise DataError(f"{path} is a folder; pass {what}, e.g. {example}")
    if not path.is_file():
        raise DataError(f"{path}: no such file; pass {what}, e.g. {example}")
    return path


def read_utf8(path: Path, what: str) -> str:
    """A data file's text; one that is not UTF-8 (a binary, a re-encoded copy) is a DataError naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text at byte {exc.start}: is it {what}?") from None


def digest(paths: Iterable[Path]) -> str:
    """SHA-256 over file names and bytes, in name order: changes whenever the eval data does."""
    h = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        h.update(path.name.encode("utf-8"))
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()
