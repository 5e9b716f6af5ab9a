"""Exports of the merged incidents: JSONL, Parquet, GTD-layout CSV, GeoJSON and CAMEO dyadic events.

Exporters live in a registry (`EXPORTERS`, name -> `Exporter`) that the built-in formats use
themselves, so a plugin adds a format with `@register("name", ".ext")`. Every export is written to
a temporary file beside the target and renamed over it, so a reader never sees half a file and a
failed export leaves the previous one in place; one a killed export left is removed by the next (`_partial`).

    with Store.open("counterclaim.duckdb", read_only=True) as store:
        n = export(store, "gtd-csv", Path("incidents.csv"))
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from .._partial import clear_stale, make_partial
from ..codebooks.gtd_counts import gtd_total
from ..errors import InputError, StoreError, UsageError
from ..incidents.merge import CasualtyRange, LabelSupport, MergedIncident
from ._clustering import COMMENTARY_DOCS
from ._gtd_regions import gtd_region
from .duckdb import Store

ExportFn = Callable[[Store, Path], int]
"""Writes the store's export to the given (temporary) path; returns the number of records written."""


def _is_store_file(out: Path, store_path: Path) -> bool:
    """`--out` naming the store being read, or DuckDB's journal beside it, by any spelling of the path."""
    for protected in (store_path, store_path.with_name(store_path.name + ".wal")):
        try:
            if os.path.samefile(out, protected):
                return True
        except OSError:  # one of them does not exist: compare the spelled-out paths
            if out.absolute() == protected.absolute():
                return True
    return False


@dataclass(frozen=True)
class Exporter:
    name: str
    extension: str
    write: ExportFn
    binary: bool = False
    """Binary formats cannot go to a terminal's stdout; they need --out."""
    leaves_out: str | None = None
    """Which merged incidents the format cannot hold ("without coordinates"), for the CLI to count and say: a map
    with fewer points than the store has incidents otherwise looks complete."""


EXPORTERS: dict[str, Exporter] = {}


def register(
    name: str, extension: str, *, binary: bool = False, leaves_out: str | None = None,
) -> Callable[[ExportFn], ExportFn]:
    """Decorator: make `fn(store, path) -> count` available as `counterclaim export --format name`; `leaves_out`
    says which merged incidents the format drops (its count is then one record per incident kept)."""

    def deco(fn: ExportFn) -> ExportFn:
        EXPORTERS[name] = Exporter(name=name, extension=extension, write=fn, binary=binary, leaves_out=leaves_out)
        return fn

    return deco


def export(store: Store, fmt: str, out: Path | str | None = None, stdout: TextIO | None = None) -> int:
    """Write `fmt` atomically to `out` (or to `stdout` for text formats); returns the record count. `out` as the
    user typed it (a `str`) lets a trailing `/` say it names a folder, which `Path` drops."""
    folder = isinstance(out, str) and out.endswith(("/", os.sep))
    out = Path(out) if out is not None else None
    exporter = EXPORTERS.get(fmt) or EXPORTERS.get(fmt.strip().lower())  # 'GTD-CSV' as the docs' prose writes it
    if exporter is None:
        raise UsageError(f"unknown export format {fmt!r}; choose one of: {', '.join(sorted(EXPORTERS))}")
    if out is not None and _is_store_file(out, store.path):
        raise UsageError(f"--out {out} is the store itself (or its journal): the export would replace it; "
                         f"choose another file, e.g. --out incidents{exporter.extension}")
    if out is None and exporter.binary:
        raise UsageError(f"{fmt} is a binary format: give a file with --out, e.g. --out incidents{exporter.extension}")
    if out is not None and (out.is_dir() or folder):  # said before the export is written ('.' of an empty --out:
        # "busy"); `DIR/` of a folder not yet made wrote a file named DIR
        what = "is a directory" if out.is_dir() else "names a directory (it ends in /), which does not exist"
        raise UsageError(f"--out {out}{'/' if folder else ''}: {what}; give a file in it, e.g. --out "
                         f"{out / ('incidents' + exporter.extension)}")
    target_dir = out.parent if out is not None else Path(tempfile.gettempdir())
    if not target_dir.is_dir():
        raise InputError(f"cannot write {out}: folder {target_dir} does not exist")
    clear_stale(target_dir)  # what an export killed outright (SIGKILL) left there
    try:  # named for its target, `.incidents.jsonl.counterclaim-k3v9x0qa.part`, and locked while written
        fd, tmp = make_partial(out.name if out is not None else f"stdout{exporter.extension}", target_dir)
    except OSError as exc:  # a read-only folder: said before any record is read
        where = f"--out {out}" if out is not None else "export (set TMPDIR to a writable folder)"
        raise InputError(f"{where}: cannot create a file in {target_dir} ({exc.strerror or exc})") from None
    try:
        count = exporter.write(store, tmp)
        if out is None:
            with tmp.open(encoding="utf-8") as fh:
                shutil.copyfileobj(fh, stdout or sys.stdout)
        else:
            os.chmod(tmp, shared_file_mode())  # mkstemp's 0600 would hide the export from other users
            os.replace(tmp, out)
        return count
    except BrokenPipeError:  # `export ... | head` closed the pipe: the caller decides (the CLI exits 0)
        raise
    except OSError as exc:
        raise StoreError(f"cannot write export {out or 'to stdout'}: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
        os.close(fd)  # the lock goes with it


def shared_file_mode() -> int:
    """The mode a plain `open()` would give a new file (0666 less the umask), for a renamed temporary file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def merged_records(store: Store) -> Iterator[MergedIncident]:
    """Merged incidents in date order (undated last), streamed."""
    for (record,) in store.iter_rows(
        "SELECT record FROM merged_incidents ORDER BY coalesce(date, first_published) NULLS LAST, id"
    ):
        yield MergedIncident.model_validate_json(record)


# --- JSONL ---------------------------------------------------------------------------------------


@register("jsonl", ".jsonl")
def write_jsonl(store: Store, path: Path) -> int:
    """One merged incident per line, the full record with provenance."""
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for merged in merged_records(store):
            fh.write(merged.model_dump_json() + "\n")
            n += 1
    return n


# --- Parquet -------------------------------------------------------------------------------------

_PARQUET_SQL = """
SELECT id, story_id AS story, date, country_code, country, place,
       CAST(json_extract(record, '$.location.lat') AS DOUBLE) AS latitude,
       CAST(json_extract(record, '$.location.lon') AS DOUBLE) AS longitude,
       killed_low, killed_high, killed_latest, injured_low, injured_high, injured_latest,
       attack_types, perpetrators,
       json_extract_string(record, '$.perpetrators[*].status')::VARCHAR[] AS perpetrator_statuses,
       actors, documents, first_published, last_published,
       json_extract_string(record, '$.summary') AS summary, CAST(record AS VARCHAR) AS record
FROM merged_incidents ORDER BY coalesce(date, first_published) NULLS LAST, id
"""


@register("parquet", ".parquet", binary=True)
def write_parquet(store: Store, path: Path) -> int:
    """One row per merged incident: flat columns for analysts plus the full record as JSON text.

    `perpetrator_statuses` runs beside `perpetrators` (the ledger's status of each): the list holds every
    candidate, a denied one too, and a reader of the flat columns would otherwise take it for the doer."""
    rows = store.query_dicts(_PARQUET_SQL)
    table = pa.Table.from_pylist(rows) if rows else pa.table({"id": pa.array([], pa.string())})
    pq.write_table(table, path)
    return len(rows)


# --- GTD CSV -------------------------------------------------------------------------------------

GTD_COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "approxdate", "country_txt", "region_txt", "provstate", "city",
    "latitude", "longitude", "summary", "attacktype1_txt", "attacktype2_txt", "attacktype3_txt",
    "targtype1_txt", "targtype2_txt", "targtype3_txt", "weaptype1_txt", "weaptype2_txt", "weaptype3_txt",
    "weapsubtype1_txt", "gname", "gname2", "gname3", "guncertain1", "claimed", "claimmode_txt", "nkill",
    "nkillus", "nkillter", "nwound", "success", "suicide", "multiple", "related", "scite1", "dbsource",
]
"""GTD's column order (the 2021 release's summary columns); `counterclaim_id` is appended after them."""

_NAMED = ("corroborated", "claimed", "alleged", "contested")


def _types(labels: list[LabelSupport], prefix: str) -> dict[str, str]:
    """GTD fills type 1 with "Unknown" when unknown and leaves 2 and 3 blank."""
    names = [s.label for s in labels[:3]]
    return {f"{prefix}{i}_txt": (names[i - 1] if i <= len(names) else ("Unknown" if i == 1 else "")) for i in (1, 2, 3)}


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _latest(r: CasualtyRange | None) -> int | None:
    return r.latest if r else None


def _gtd_total(victims: CasualtyRange | None, perpetrators: CasualtyRange | None) -> int | None:
    """GTD's nkill / nwound from the latest figures (`codebooks.gtd_counts`); the latest victims' report
    says whether its figure already counts the perpetrators."""
    latest = next((r for r in victims.reports if r.document == victims.latest_document), None) if victims else None
    return gtd_total(_latest(victims), _latest(perpetrators), latest is not None and latest.includes_perpetrators)


def gtd_row(merged: MergedIncident, seq: int) -> dict[str, Any]:
    """One GTD-layout row. Blank means unknown, as in GTD's own counts; 0 in imonth/iday means unknown."""
    date, precision = merged.date.value, merged.date.precision or "day"
    year = month = day = ""
    approx = ""
    if date is not None:
        year = str(date.year)
        month = str(date.month) if precision in ("day", "week", "month") else "0"
        day = str(date.day) if precision == "day" else "0"
        if precision == "week":
            approx = f"week of {date.isoformat()}"
    stamp = f"{year or '0000'}{int(month or 0):02d}{int(day or 0):02d}"
    loc = merged.location
    city = loc.name if loc and loc.name != loc.country else ""
    named = [p for p in merged.perpetrators if p.status in _NAMED]
    groups = [p.actor for p in named[:3]]
    summary = merged.summary
    if date is not None and precision == "day":
        summary = f"{date.month:02d}/{date.day:02d}/{date.year}: {summary}"
    row: dict[str, Any] = {
        "eventid": f"{stamp}{seq:04d}",
        "iyear": year, "imonth": month, "iday": day, "approxdate": approx,
        "country_txt": (loc.country or "") if loc else "",
        "region_txt": gtd_region(loc.country_code) if loc else "",
        "provstate": (loc.admin1 or "") if loc else "",
        "city": city,
        "latitude": "" if not loc or loc.lat is None else f"{loc.lat:.6f}",
        "longitude": "" if not loc or loc.lon is None else f"{loc.lon:.6f}",
        "summary": summary,
        **_types(merged.attack_types, "attacktype"),
        **_types(merged.target_types, "targtype"),
        **_types(merged.weapon_types, "weaptype"),
        "weapsubtype1_txt": "",
        "gname": groups[0] if groups else "Unknown",
        "gname2": groups[1] if len(groups) > 1 else "",
        "gname3": groups[2] if len(groups) > 2 else "",
        "guncertain1": "1" if named and named[0].status in ("alleged", "contested") else "0",
        "claimed": "1" if any(p.status in ("claimed", "corroborated") for p in merged.perpetrators) else "0",
        "claimmode_txt": "",
        "nkill": _count(_gtd_total(merged.killed, merged.perpetrators_killed)),
        "nkillus": "", "nkillter": _count(_latest(merged.perpetrators_killed)),
        "nwound": _count(_gtd_total(merged.injured, merged.perpetrators_injured)),
        "success": "", "suicide": "", "multiple": "", "related": "",
        "scite1": merged.documents[0] if merged.documents else "",
        "dbsource": "counterclaim",
        "counterclaim_id": merged.id,
    }
    return row


@register("gtd-csv", ".csv")
def write_gtd_csv(store: Store, path: Path) -> int:
    """Merged incidents in GTD's column layout, one row per incident, loadable as GTD is."""
    n = 0
    per_day: dict[str, int] = {}
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*GTD_COLUMNS, "counterclaim_id"])
        writer.writeheader()
        for merged in merged_records(store):
            day = merged.date.value.isoformat() if merged.date.value else ""
            per_day[day] = per_day.get(day, 0) + 1
            writer.writerow(gtd_row(merged, per_day[day]))
            n += 1
    return n


# --- GeoJSON -------------------------------------------------------------------------------------


def _feature(merged: MergedIncident) -> dict[str, Any] | None:
    loc = merged.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return {
        "type": "Feature",
        "id": merged.id,
        "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
        "properties": {
            "id": merged.id,
            "date": merged.date.value.isoformat() if merged.date.value else None,
            "place": loc.name,
            "country_code": loc.country_code,
            "geonames_id": loc.geonames_id,
            "summary": merged.summary,
            "killed_low": merged.killed.low if merged.killed else None,
            "killed_high": merged.killed.high if merged.killed else None,
            "killed_latest": merged.killed.latest if merged.killed else None,
            "injured_latest": merged.injured.latest if merged.injured else None,
            "attack_types": [s.label for s in merged.attack_types],
            "perpetrators": [{"actor": p.actor, "status": p.status} for p in merged.perpetrators],
            "documents": merged.documents,
        },
    }


@register("geojson", ".geojson", leaves_out="without coordinates")
def write_geojson(store: Store, path: Path) -> int:
    """A FeatureCollection of points; incidents without coordinates are left out (count them in jsonl)."""
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for merged in merged_records(store):
            feature = _feature(merged)
            if feature is None:
                continue
            fh.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
        fh.write("\n]}\n")
    return n


# --- CAMEO dyadic events -------------------------------------------------------------------------

CAMEO_COLUMNS = [
    "event_id", "date", "source_actor", "source_affiliation", "target_actor", "target_affiliation", "cameo",
    "root_code", "kind", "polarity", "hedged", "incident", "document", "evidence_start", "evidence_end",
    "evidence_text",
]

_CAMEO_SQL = f"""
SELECT c.doc_id, c.claim_id, c.published, c.record, coalesce(m.merged_id, cm.merged_id), i.date
FROM claims c
LEFT JOIN incident_members m ON m.doc_id = c.doc_id AND m.incident_id = c.incident_id
LEFT JOIN incidents i ON i.doc_id = c.doc_id AND i.incident_id = c.incident_id
LEFT JOIN ({COMMENTARY_DOCS}) cm ON cm.doc_id = c.doc_id AND c.incident_id IS NULL AND c.kind = 'responsibility'
JOIN documents d ON d.id = c.doc_id
WHERE c.cameo IS NOT NULL
ORDER BY c.published NULLS LAST, d.seq, c.claim_id
"""
"""A reaction piece's responsibility claims carry the incident whose ledger they count in (`COMMENTARY_DOCS`)."""


@register("cameo", ".tsv")
def write_cameo(store: Store, path: Path) -> int:
    """One CAMEO-coded dyadic event per coded claim (tab-separated, like GDELT/Phoenix event files).

    The event date is the publication date (when the statement was reported), else the incident date.
    """
    from ..models import Claim

    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(CAMEO_COLUMNS)
        for doc_id, claim_id, published, record, merged_id, incident_date in store.iter_rows(_CAMEO_SQL):
            claim = Claim.model_validate_json(record)
            when: dt.date | None = published or incident_date
            code = claim.cameo or ""
            writer.writerow([
                f"{doc_id}/{claim_id}", when.isoformat() if when else "",
                claim.source.actor, claim.source.affiliation or "",
                claim.subject.actor if claim.subject else "",
                (claim.subject.affiliation or "") if claim.subject else "",
                code, code[:2], claim.kind, claim.polarity, int(claim.hedged), merged_id or "", doc_id,
                claim.evidence.start, claim.evidence.end, " ".join(claim.evidence.text.split()),
            ])
            n += 1
    return n
