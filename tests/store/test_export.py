"""Exports: every registered format, GTD's layout, atomic writes, and the plugin registry."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from counterclaim.errors import InputError
from counterclaim.incidents.merge import CasualtyRange, CasualtyReport
from counterclaim.models import Span
from counterclaim.store import export as export_mod
from counterclaim.store.duckdb import Store
from counterclaim.store.export import CAMEO_COLUMNS, EXPORTERS, GTD_COLUMNS, export, register


def test_builtin_formats_are_registered() -> None:
    assert {"jsonl", "parquet", "gtd-csv", "geojson", "cameo"} <= set(EXPORTERS)


def test_jsonl_one_line_per_incident_with_documents(corpus: Store, tmp_path: Path) -> None:
    out = tmp_path / "incidents.jsonl"
    assert export(corpus, "jsonl", out) == 2
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["documents"]) for r in rows] == [
        ("m-kabul", ["kabul-1", "kabul-2", "kabul-3"]), ("m-lagos-1", ["lagos-1"]),
    ]


def test_gtd_csv_layout_and_unknowns(corpus: Store, tmp_path: Path) -> None:
    out = tmp_path / "gtd.csv"
    assert export(corpus, "gtd-csv", out) == 2
    with out.open(newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == [*GTD_COLUMNS, "counterclaim_id"]
        kabul, lagos = list(reader)
    assert kabul["eventid"] == "202406030001" and (kabul["iyear"], kabul["imonth"], kabul["iday"]) == ("2024", "6", "3")
    assert (kabul["country_txt"], kabul["region_txt"], kabul["city"]) == ("Afghanistan", "South Asia", "Kabul")
    assert kabul["summary"].startswith("06/03/2024: ")
    assert (kabul["attacktype1_txt"], kabul["attacktype2_txt"], kabul["weaptype1_txt"]) == (
        "Bombing/Explosion", "", "Explosives",
    )
    assert (kabul["gname"], kabul["gname2"], kabul["claimed"], kabul["guncertain1"]) == (
        "Islamic State", "Haqqani Network", "1", "0",
    )
    assert (kabul["nkill"], kabul["nwound"]) == ("14", "")  # latest toll; wounded unknown stays blank
    assert (lagos["gname"], lagos["claimed"], lagos["nkill"]) == ("Unknown", "0", "3")
    assert float(lagos["latitude"]) == pytest.approx(6.45407)


def test_geojson_points(corpus: Store, tmp_path: Path) -> None:
    out = tmp_path / "incidents.geojson"
    assert export(corpus, "geojson", out) == 2
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection"
    kabul = next(f for f in data["features"] if f["id"] == "m-kabul")
    assert kabul["geometry"] == {"type": "Point", "coordinates": [69.17233, 34.52813]}
    assert kabul["properties"]["killed_latest"] == 14
    assert kabul["properties"]["perpetrators"][0] == {"actor": "Islamic State", "status": "corroborated"}


def test_parquet(corpus: Store, tmp_path: Path) -> None:
    out = tmp_path / "incidents.parquet"
    assert export(corpus, "parquet", out) == 2
    table = pq.read_table(out).to_pylist()
    assert [(r["id"], r["killed_latest"], r["country_code"]) for r in table] == [("m-kabul", 14, "AF"),
                                                                                 ("m-lagos-1", 3, "NG")]
    assert table[0]["documents"] == ["kabul-1", "kabul-2", "kabul-3"]
    assert table[0]["latitude"] == pytest.approx(34.52813)


def test_parquet_gives_each_candidates_status_beside_its_name(corpus: Store, tmp_path: Path) -> None:
    # the flat list names every candidate, a denied or contested one too: its status says which it is
    out = tmp_path / "incidents.parquet"
    export(corpus, "parquet", out)
    kabul, lagos = pq.read_table(out).to_pylist()
    assert list(zip(kabul["perpetrators"], kabul["perpetrator_statuses"], strict=True)) == [
        ("Islamic State", "corroborated"), ("Haqqani Network", "contested"),
    ]
    assert (lagos["perpetrators"], lagos["perpetrator_statuses"]) == ([], [])


def test_cameo_dyadic_events(corpus: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert export(corpus, "cameo", out) == 5
    rows = list(csv.DictReader(out.open(newline=""), delimiter="\t"))
    assert list(rows[0]) == CAMEO_COLUMNS
    us = next(r for r in rows if r["source_affiliation"] == "United States")
    assert (us["date"], us["source_actor"], us["target_actor"], us["cameo"], us["root_code"]) == (
        "2024-06-05", "US officials", "Islamic State", "112", "11",
    )
    assert (us["incident"], us["document"], us["evidence_text"]) == ("m-kabul", "kabul-3", "confirmed")


def test_text_format_to_stdout_and_binary_needs_out(corpus: Store) -> None:
    buf = io.StringIO()
    assert export(corpus, "jsonl", None, stdout=buf) == 2
    assert len(buf.getvalue().splitlines()) == 2
    with pytest.raises(InputError, match="--out"):
        export(corpus, "parquet", None)
    with pytest.raises(InputError, match="gtd-csv"):
        export(corpus, "xlsx", None)


def test_failed_export_leaves_previous_file(corpus: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "incidents.jsonl"
    out.write_text("previous export\n")

    def broken(store: Store, path: Path) -> int:
        path.write_text("half a fil")
        raise RuntimeError("boom")

    monkeypatch.setitem(EXPORTERS, "jsonl", export_mod.Exporter("jsonl", ".jsonl", broken))
    with pytest.raises(RuntimeError):
        export(corpus, "jsonl", out)
    assert out.read_text() == "previous export\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # no temporary file left


def test_plugin_exporter_registers_and_runs(corpus: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_mod, "EXPORTERS", dict(EXPORTERS))

    @register("ids", ".txt")
    def write_ids(store: Store, path: Path) -> int:
        ids = [m.id for m in export_mod.merged_records(store)]
        path.write_text("\n".join(ids) + "\n")
        return len(ids)

    out = tmp_path / "ids.txt"
    assert export(corpus, "ids", out) == 2
    assert out.read_text() == "m-kabul\nm-lagos-1\n"


def _range(latest: int, includes_perpetrators: bool = False) -> CasualtyRange:
    span = Span(start=0, end=5, text="seven")
    report = CasualtyReport(document="d1", incident="i1", evidence=span, stated=latest, min=latest, max=latest,
                            includes_perpetrators=includes_perpetrators)
    return CasualtyRange(low=latest, high=latest, latest=latest, latest_document="d1", n_sources=1, reports=[report])


def test_gtd_totals_add_the_perpetrators_unless_the_figure_already_counts_them() -> None:
    gtd_total = export_mod._gtd_total  # the merged view's latest figures through the GTD convention
    # "six soldiers and eight assailants were killed": GTD's nkill is 14, its nkillter 8
    assert gtd_total(_range(6), _range(8)) == 14
    # "40 people, including 9 attackers, were killed": 55 already counts them
    assert gtd_total(_range(55, includes_perpetrators=True), _range(13)) == 55
    # "the bomber blew himself up" and nothing else: the perpetrator is the only known death
    assert gtd_total(None, _range(1)) == 1
    assert gtd_total(_range(3), None) == 3
    assert gtd_total(None, None) is None


def test_export_into_a_read_only_folder_is_one_error_line(corpus: Store, tmp_path: Path, monkeypatch) -> None:
    def mkstemp(*args, **kwargs):  # what a folder the user may not write to does (tests run as root)
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    with pytest.raises(InputError, match=r"--out .*cannot create a file in .*Permission denied"):
        export(corpus, "gtd-csv", tmp_path / "incidents.csv")


def test_an_export_file_has_the_usual_permissions_not_a_private_temporary_file(corpus: Store, tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        export(corpus, "jsonl", tmp_path / "incidents.jsonl")
    finally:
        os.umask(mask)
    assert (tmp_path / "incidents.jsonl").stat().st_mode & 0o777 == 0o644


def test_a_closed_pipe_is_not_reported_as_a_store_error(corpus: Store) -> None:
    """`export ... | head`: the reader left; the CLI ends quietly (exit 0) as `analyze` does, so the library
    must let BrokenPipeError through rather than wrap it in a StoreError."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    with pytest.raises(BrokenPipeError):
        export(corpus, "jsonl", None, stdout=ClosedPipe())
    assert not [p for p in Path(tempfile.gettempdir()).glob(".stdout.jsonl.counterclaim-*.part")]


def test_an_export_onto_the_store_itself_is_refused_and_the_store_kept(corpus: Store, monkeypatch) -> None:
    """`export --db news.duckdb --out news.duckdb` replaced the store with the export: the whole corpus lost."""
    before = corpus.path.read_bytes()
    monkeypatch.chdir(corpus.path.parent)
    for spelling in (corpus.path, Path(corpus.path.name), Path(".") / ".." / corpus.path.parent.name / corpus.path.name,
                     corpus.path.with_name(corpus.path.name + ".wal")):
        with pytest.raises(InputError, match="is the store itself .*choose another file, e.g. --out incidents.jsonl"):
            export(corpus, "jsonl", spelling)
    assert corpus.path.read_bytes() == before


def test_out_naming_a_folder_is_said_before_anything_is_written(corpus: Store, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder as --out (an empty `--out ''` is '.') was found only at the rename, after the whole export, as
    "Is a directory" or, for '.', "Device or resource busy"."""
    monkeypatch.chdir(tmp_path)
    for folder in (tmp_path, Path(".")):
        with pytest.raises(InputError, match=r"is a directory; give a file in it, e.g. --out .*incidents\.jsonl"):
            export(corpus, "jsonl", folder)
    assert not [p for p in tmp_path.iterdir() if "export" in p.name]  # no temporary file left


def test_out_ending_in_a_slash_is_a_folder_even_when_missing(corpus: Store, tmp_path: Path) -> None:
    """`--out maps/` with no folder maps wrote a file named maps."""
    with pytest.raises(InputError, match=r"--out .*/maps/: names a directory \(it ends in /\), which does not exist; "
                                         r"give a file in it, e.g. --out .*/maps/incidents\.geojson"):
        export(corpus, "geojson", f"{tmp_path}/maps/")
    assert not (tmp_path / "maps").exists()
    assert export(corpus, "geojson", f"{tmp_path}/maps") >= 0 and (tmp_path / "maps").is_file()  # near miss: a file


def test_a_temporary_file_a_killed_export_left_is_removed_by_the_next_and_nothing_else(
    corpus: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`kill -9` during `export --out incidents.jsonl` left `.counterclaim-export-XXXX.jsonl` beside it for good.
    Temporary files are now named for their target and locked while written; the next export into the folder removes
    one no process holds that was last written a minute ago or more. Near misses, all kept: one a live export holds
    (locked), one just made (its writer may not have locked it yet), and the user's own files of other shapes."""
    import fcntl

    from counterclaim import _partial

    old = os.path.getmtime(tmp_path) - 3600
    dead = tmp_path / ".incidents.jsonl.counterclaim-k3v9x0qa.part"
    alive = tmp_path / ".map.geojson.counterclaim-a1b2c3d4.part"
    fresh = tmp_path / ".gtd.csv.counterclaim-zz99yy88.part"
    users = [tmp_path / name for name in (".incidents.jsonl.part", ".notes.counterclaim-draft.part",
                                          "incidents.jsonl.counterclaim-k3v9x0qb.part", ".counterclaim-k3v9x0qa.part")]
    for path in (dead, alive, fresh, *users):
        path.write_text("half a fil")
        if path is not fresh:
            os.utime(path, (old, old))
    holder = os.open(alive, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running export holds its file
    try:
        with caplog.at_level("WARNING", logger="counterclaim"):
            assert export(corpus, "jsonl", tmp_path / "incidents.jsonl") == 2
    finally:
        os.close(holder)
    assert not dead.exists()
    assert all(p.exists() for p in (alive, fresh, *users))
    assert "removed .incidents.jsonl.counterclaim-k3v9x0qa.part" in caplog.text and "killed" in caplog.text
    assert ": unfinished output of a run that was killed before it could clean up" in caplog.text
    made = []
    real = _partial.make_partial

    def spy(name: str, folder: Path):
        made.append(real(name, folder))
        return made[-1]

    monkeypatch.setattr(export_mod, "make_partial", spy)
    export(corpus, "gtd-csv", tmp_path / "gtd.csv")
    assert made[0][1].name.startswith(".gtd.csv.counterclaim-") and made[0][1].name.endswith(".part")
