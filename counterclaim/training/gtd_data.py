"""GTD rows for training and scoring, read in place from the shared data folder (never copied)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from ..settings import Settings

TRAIN_FILE = "gtd_train.csv"
DEV_FILE = "gtd_2021h1_dev.csv"


@dataclass
class GtdRow:
    """One GTD record: the summary (input) and the gold columns a scorer or trainer needs."""

    row: int
    summary: str
    attack: list[str]
    weapon: list[str]
    target: list[str]
    fields: dict[str, str] = field(default_factory=dict)


def shared_dir(explicit: str | Path | None = None, settings: Settings | None = None) -> Path:
    """The shared data folder: an explicit path, else the one `scoring._data` finds."""
    from ..scoring._data import shared_dir as found

    if explicit:
        return Path(explicit)
    folder = found(settings)
    if folder is None:
        raise DataError("shared data folder not found: pass --shared DIR or set COUNTERCLAIM_SHARED_DIR")
    return folder


def gtd_path(name: str, shared: str | Path | None = None) -> Path:
    path = shared_dir(shared) / "data" / "gtd" / name
    if not path.is_file():
        raise DataError(f"GTD file not found: {path} (pass --shared DIR or set COUNTERCLAIM_SHARED_DIR)")
    return path


def read_gtd(path: str | Path, dedupe: bool = True) -> list[GtdRow]:
    """Rows with a summary, in file order; `dedupe` keeps the first row of each repeated summary."""
    from ..scoring._data import require_file

    path = require_file(path, "a GTD extract (CSV)", "../shared/data/gtd/gtd_2021h1_dev.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        try:
            return _read_rows(csv.DictReader(fh), path, dedupe)
        except UnicodeDecodeError:
            raise DataError(f"{path}: not UTF-8 text: is it a GTD extract (CSV)?") from None


def _read_rows(reader: csv.DictReader, path: Path, dedupe: bool) -> list[GtdRow]:
    rows: list[GtdRow] = []
    seen: set[str] = set()
    if not reader.fieldnames or "summary" not in reader.fieldnames:
        raise DataError(f"{path} has no 'summary' column: is it a GTD extract?")
    for i, rec in enumerate(reader):
        summary = (rec.get("summary") or "").strip()
        if not summary or (dedupe and summary in seen):
            continue
        seen.add(summary)
        rows.append(
            GtdRow(
                row=i,
                summary=summary,
                attack=_labels(rec, "attacktype"),
                weapon=_labels(rec, "weaptype"),
                target=_labels(rec, "targtype"),
                fields=rec,
            )
        )
    return rows


def _labels(rec: dict[str, str], stem: str) -> list[str]:
    out: list[str] = []
    for i in (1, 2, 3):
        value = (rec.get(f"{stem}{i}_txt") or "").strip()
        if value and value not in out:
            out.append(value)
    return out
