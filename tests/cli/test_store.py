"""Corpus commands end to end with the real extractor: ingest (idempotent, workers), listings, exports, errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app, main
from counterclaim.cli.store import format_range
from counterclaim.errors import InputError
from counterclaim.incidents.merge import CasualtyRange
from counterclaim.store.duckdb import Store

runner = CliRunner()

DOCS = {
    "jos-1.txt": (
        "Gunmen kill 18 in attack on village near Jos\n\n"
        "Gunmen killed at least 18 people in an overnight attack on a village near Jos in Plateau State, "
        "police said on Sunday. A local leader said the attackers burned homes and fled before soldiers arrived."
    ),
    "jos-2.txt": (
        "Toll in Plateau village attack rises to 25\n\n"
        "The number of people killed in the attack on a village near Jos rose to 25, the state government said "
        "on Monday. The governor condemned the killings and blamed armed herders, who denied involvement."
    ),
    "quetta.txt": (
        "Bomb kills 6 police officers in Quetta\n\n"
        "A roadside bomb killed six police officers and wounded 11 others in Quetta, Pakistan, on Tuesday. "
        "The Pakistani Taliban claimed responsibility for the bombing in a statement."
    ),
}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in DOCS.items():
        (folder / name).write_text(text)
    return folder


@pytest.fixture(scope="module")
def db(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus_dir), "--db", str(path), "--published", "2024-04-15"])
    assert result.exit_code == 0, result.output
    assert "added 3" in result.output
    return path


def test_reingest_changes_nothing(db: Path, corpus_dir: Path) -> None:
    with Store.open(db, read_only=True) as store:
        before = store.counts()
    result = runner.invoke(app, ["ingest", str(corpus_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "added 0, skipped 3" in result.output
    with Store.open(db, read_only=True) as store:
        assert store.counts() == before


def test_incidents_and_stories_jsonl_name_input_documents(db: Path) -> None:
    for command in ("incidents", "stories"):
        result = runner.invoke(app, [command, "--db", str(db), "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        assert all(row["id"] and row["documents"] for row in rows)
        assert {d for row in rows for d in row["documents"]} <= {"jos-1", "jos-2", "quetta"}
    assert {d for row in rows for d in row["documents"]} == {"jos-1", "jos-2", "quetta"}  # every doc in a story


def test_incident_claims_and_tables_render(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        ids = [r[0] for r in store.query("SELECT id FROM merged_incidents ORDER BY id")]
    for args in (["incidents"], ["claims"], ["stories"], ["claims", "--kind", "responsibility", "--format", "json"]):
        result = runner.invoke(app, [*args, "--db", str(db)])
        assert result.exit_code == 0, result.output
    if ids:
        result = runner.invoke(app, ["incident", ids[0], "--db", str(db)])
        assert result.exit_code == 0, result.output
        assert "Reports" in result.output and "Attribution ledger" in result.output


def test_export_every_format(db: Path, tmp_path: Path) -> None:
    for fmt, name in (("jsonl", "a.jsonl"), ("parquet", "a.parquet"), ("gtd-csv", "a.csv"),
                      ("geojson", "a.geojson"), ("cameo", "a.tsv")):
        out = tmp_path / name
        result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(db)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    assert json.loads((tmp_path / "a.geojson").read_text())["type"] == "FeatureCollection"
    assert (tmp_path / "a.csv").read_text().startswith("eventid,iyear,imonth,iday,")


def test_export_out_ending_in_a_slash_is_refused(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "jsonl", "--out", f"{tmp_path}/new/", "--db", str(db)])
    assert result.exit_code == 2 and "names a directory (it ends in /)" in result.stderr  # a usage error
    assert not (tmp_path / "new").exists()


def test_db_defaults_to_environment(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERCLAIM_DB", str(db))
    result = runner.invoke(app, ["stories", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) >= 2


def test_workers_store_the_same_results(db: Path, corpus_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "workers.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus_dir), "--db", str(other), "--workers", "2",
                                 "--published", "2024-04-15"])
    assert result.exit_code == 0, result.output
    query = "SELECT id, result FROM documents ORDER BY id"
    with Store.open(db, read_only=True) as a, Store.open(other, read_only=True) as b:
        assert a.query(query) == b.query(query)


def test_foreign_file_is_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "notes.duckdb"
    foreign.write_text("not a database")
    monkeypatch.setattr(sys, "argv", ["counterclaim", "incidents", "--db", str(foreign)])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "not a counterclaim store" in err and "Traceback" not in err
    assert foreign.read_text() == "not a database"


def test_bad_inputs_are_counterclaim_errors(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["incidents", "--since", "last week", "--db", str(db)])
    assert isinstance(result.exception, InputError) and "--since" in str(result.exception)
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.duckdb")])
    assert isinstance(result.exception, InputError) and "nothing to ingest" in str(result.exception)
    result = runner.invoke(app, ["claims", "--kind", "blame", "--db", str(db)])
    assert isinstance(result.exception, InputError)


def test_an_ingest_that_reads_nothing_leaves_no_empty_store(tmp_path: Path) -> None:
    new = tmp_path / "new.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--db", str(new)])
    assert isinstance(result.exception, InputError) and not new.exists()
    assert not new.with_name("new.duckdb.wal").exists()


def test_an_unknown_country_is_said_not_answered_with_nothing(db: Path) -> None:
    result = runner.invoke(app, ["incidents", "--country", "Narnia", "--db", str(db)])
    assert isinstance(result.exception, InputError) and "'Narnia' is no ISO code or country name" in \
        str(result.exception)
    for known in ("FR", "France", "the Russian Federation"):  # known, with no incident there: an empty list
        result = runner.invoke(app, ["incidents", "--country", known, "--db", str(db), "--format", "json"])
        assert result.exit_code == 0 and result.stdout.strip() == "[]", result.output


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"low": 60, "high": 137, "latest": 137, "n_sources": 5}, "killed: 60–137, latest 137 per 5 sources"),
        ({"low": 9, "high": 9, "latest": 9, "n_sources": 3}, "killed: 9 per 3 sources"),
        ({"low": 40, "latest": 40, "latest_qualifier": "at least", "n_sources": 1},
         "killed: at least 40 per 1 source"),
        ({"low": 131, "high": 131, "latest": 130, "latest_qualifier": "over", "n_sources": 1},
         "killed: over 130 per 1 source"),
        ({"low": 12, "high": 40, "latest": 40, "latest_qualifier": "at least", "n_sources": 2},
         "killed: 12–40, latest at least 40 per 2 sources"),
        ({"n_sources": 2}, "killed: reported without a number per 2 sources"),
    ],
)
def test_casualty_range_wording(kwargs: dict, expected: str) -> None:
    assert format_range("killed", CasualtyRange(**kwargs)) == expected


def test_an_ingest_where_every_document_failed_exits_non_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import counterclaim.store.ingest as ingest_mod

    def all_failed(store, articles, **kwargs):  # noqa: ANN001
        return ingest_mod.IngestReport(failed=[f"{a.id}: parser crashed" for a in articles])

    monkeypatch.setattr(ingest_mod, "ingest", all_failed)
    article = tmp_path / "ambush.txt"
    article.write_text("Insurgents ambushed a supply convoy near Tillaberi on Friday, killing six soldiers.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(article), "--db", str(tmp_path / "news.duckdb")])
    assert result.exit_code == 1
    assert "failed ambush: parser crashed" in result.stderr


def test_a_rerun_with_one_failure_ends_like_the_first_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other documents are "already stored" on the rerun, not added: still a partial success, exit 0."""
    import counterclaim.store.ingest as ingest_mod

    def rerun(store, articles, **kwargs):  # noqa: ANN001
        articles = list(articles)
        return ingest_mod.IngestReport(skipped=len(articles) - 1, failed=[f"{articles[-1].id}: parser crashed"])

    monkeypatch.setattr(ingest_mod, "ingest", rerun)
    for name, text in (("ambush", "Insurgents ambushed a supply convoy near Tillaberi on Friday, killing six."),
                       ("shelling", "Shelling hit a market in the river town of Kelo on Monday, wounding nine.")):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "news.duckdb")])
    assert result.exit_code == 0, result.stderr
    assert "skipped 1 already stored, failed 1" in result.stderr


def test_export_into_a_closed_pipe_exits_zero(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import counterclaim.store.export as export_mod

    def closed_pipe(src: object, dst: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(export_mod.shutil, "copyfileobj", closed_pipe)
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "error" not in result.stderr


@pytest.mark.parametrize("args", [["incidents", "--format", "jsonl"], ["incidents", "--format", "json"],
                                  ["claims", "--format", "jsonl"], ["stories", "--format", "json"], ["incidents"],
                                  ["claims"], ["stories"]])
def test_a_listing_into_a_closed_pipe_exits_zero_without_a_word(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                                args: list[str]) -> None:
    """`counterclaim incidents --format jsonl | head -1` exited 1 without a word (click's handling of a closed
    pipe), which `set -o pipefail` takes for a failed listing; `export` and `analyze` exit 0."""
    import builtins

    import rich.console

    def closed_pipe(*a: object, **k: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(builtins, "print", closed_pipe)
    monkeypatch.setattr(rich.console.Console, "print", closed_pipe)
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, (result.exit_code, result.stderr)
    assert "error" not in result.stderr


def test_every_listing_has_a_schema_its_records_follow(db: Path) -> None:
    """`counterclaim schema` described `analyze`'s documents only: a pipeline validating what `incidents`, `incident`,
    `claims`, `stories` or `export --format jsonl` write had nothing to validate against. Checked here at the top
    level (keys named, required ones present) and through one nested record."""
    rows = {}
    for what in ("incidents", "claims", "stories"):
        result = runner.invoke(app, [what, "--format", "jsonl", "--db", str(db)])
        rows[what] = [json.loads(line) for line in result.stdout.splitlines()]
    result = runner.invoke(app, ["incident", rows["incidents"][0]["id"], "--format", "jsonl", "--db", str(db)])
    rows["incident"] = [json.loads(result.stdout)]
    for what, records in rows.items():
        result = runner.invoke(app, ["schema", what])
        assert result.exit_code == 0, result.output
        schema = json.loads(result.stdout)
        assert records and schema["$schema"].endswith("2020-12/schema")
        for record in records:
            assert set(schema["required"]) <= set(record) <= set(schema["properties"]), what
    incident_schema = json.loads(runner.invoke(app, ["schema", "incident"]).stdout)
    report = incident_schema["$defs"]["Report"]
    assert set(rows["incident"][0]["reports"][0]) <= set(report["properties"])
    assert runner.invoke(app, ["schema"]).stdout == runner.invoke(app, ["schema", "analyze"]).stdout


@pytest.mark.parametrize("command", ["analyze", "ingest"])
@pytest.mark.parametrize("value", ["23/03/2024", "0001-01-01"])
def test_a_bad_published_option_is_the_same_usage_error_for_analyze_and_ingest(
        tmp_path: Path, command: str, value: str) -> None:
    article = tmp_path / "raid.txt"
    article.write_text("Militants raided a police post near Mopti on Sunday, killing two officers.\n",
                       encoding="utf-8")
    extra = ["--db", str(tmp_path / "news.duckdb")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(article), "--published", value, *extra])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --published: ")
    assert not (tmp_path / "news.duckdb").exists()


def test_a_bad_store_fails_before_the_pipeline_is_imported(tmp_path: Path) -> None:
    """`ingest` opens the store first: a foreign, read-only or locked --db is said in a second, not after the
    seconds spaCy and the extractor take to import (and load)."""
    import os
    import subprocess

    article = tmp_path / "quetta.txt"
    article.write_text(DOCS["quetta.txt"], encoding="utf-8")
    bad = tmp_path / "notes.duckdb"
    bad.write_text("my notes, not a database\n", encoding="utf-8")
    code = (
        "import sys\nfrom counterclaim.cli import main\n"
        f"sys.argv = ['counterclaim', 'ingest', {str(article)!r}, '--db', {str(bad)!r}]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n"
        "    print(exc.code, 'counterclaim.store.ingest' in sys.modules, 'spacy' in sys.modules)\n"
    )
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.split() == ["1", "False", "False"], done.stdout + done.stderr
    assert done.stderr.startswith(f"error: {bad} is not a counterclaim store")
    assert bad.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_an_error_naming_a_long_bracketed_path_is_one_line_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Rich would cut the line at 80 columns and read '[draft]' as markup and drop it."""
    folder = tmp_path / ("reports-of-the-northern-provinces-" * 3) / "[draft]"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "argv", ["counterclaim", "incidents", "--db", str(folder / "store.duckdb")])
    with pytest.raises(SystemExit):
        main()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"no store at {folder / 'store.duckdb'}" in err


def test_listings_piped_to_a_file_keep_names_whole(db: Path) -> None:
    """Rich's fallback width off a terminal is 80 columns, which cut 'Quetta, PK' and group names to a few
    letters; a table off a terminal is as wide as `analyze --format table` makes it."""
    result = runner.invoke(app, ["incidents", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Quetta, PK" in result.stdout and "Tehrik-i-Taliban" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 120
    result = runner.invoke(app, ["claims", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "quetta" in result.stdout and max(len(line) for line in result.stdout.splitlines()) <= 120


def test_claim_evidence_is_clipped_at_a_word() -> None:
    """One helper for the listings and `analyze --format table`, which cut inside a word ('respon…')."""
    from counterclaim.cli._render import clip

    said = "A spokeswoman for the security council said the group bore sole responsibility for the attack on the hall"
    assert clip(said, 80) == "A spokeswoman for the security council said the group bore sole responsibility…"
    assert clip(said, 78) == "A spokeswoman for the security council said the group bore sole…"
    assert clip("The army   said\nthe   convoy was hit", 24) == "The army said the…"
    assert clip("Short statement.", 80) == "Short statement."


def test_listings_piped_honour_columns_when_set(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Off a terminal the width was fixed at 120 even when the user set COLUMNS."""
    monkeypatch.setenv("COLUMNS", "200")
    result = runner.invoke(app, ["claims", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) > 120


def test_claim_kinds_are_read_in_any_case(db: Path) -> None:
    lower = runner.invoke(app, ["claims", "--db", str(db), "--kind", "responsibility", "--format", "jsonl"])
    upper = runner.invoke(app, ["claims", "--db", str(db), "--kind", "Responsibility ", "--format", "jsonl"])
    assert lower.exit_code == upper.exit_code == 0, upper.output
    assert upper.stdout == lower.stdout and lower.stdout.count("\n") >= 1


def test_ingest_help_names_its_arguments_as_analyze_does() -> None:
    result = runner.invoke(app, ["ingest", "--help"])
    assert "ingest [OPTIONS] {PATH}..." in " ".join(result.stdout.split())


def test_formats_are_read_in_any_case(db: Path, tmp_path: Path) -> None:
    listed = runner.invoke(app, ["stories", "--db", str(db), "--format", "JSONL"])
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.stdout.splitlines()[0])["id"].startswith("s-")
    out = tmp_path / "incidents.csv"
    exported = runner.invoke(app, ["export", "--db", str(db), "--format", "GTD-CSV", "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    assert out.read_text(encoding="utf-8").startswith("eventid,")


def test_an_empty_window_or_an_unknown_type_is_said_not_answered_with_nothing(db: Path) -> None:
    """'--since' after '--until' and a '--type' in no GTD type's name listed 0 incidents, as if none had happened."""
    result = runner.invoke(app, ["incidents", "--since", "2024-05-01", "--until", "2024-04-01", "--db", str(db)])
    assert isinstance(result.exception, InputError)
    assert "--since 2024-05-01 is after --until 2024-04-01" in str(result.exception)
    result = runner.invoke(app, ["incidents", "--type", "car bomb", "--db", str(db)])
    assert isinstance(result.exception, InputError) and "'car bomb' is in no GTD attack type" in \
        str(result.exception) and "Bombing/Explosion" in str(result.exception)
    for known in (["--type", "hijack"], ["--since", "2024-04-01", "--until", "2024-04-01"]):  # real, none here
        result = runner.invoke(app, ["incidents", *known, "--db", str(db), "--format", "json"])
        assert result.exit_code == 0 and result.stdout.strip() == "[]", result.output


def test_a_long_document_id_is_whole_in_the_claims_table(tmp_path: Path) -> None:
    """Piped off a terminal (120 columns), the document column cut a record's id to 'wire-2024-03-1…': the id that
    `incident` and a grep of the input need was lost."""
    doc_id = "wire-2024-03-14-quetta-bombing-update"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": doc_id, "text": DOCS["quetta.txt"], "published": "2024-04-16"}) + "\n")
    store = tmp_path / "s.duckdb"
    assert runner.invoke(app, ["ingest", str(feed), "--db", str(store)]).exit_code == 0
    result = runner.invoke(app, ["claims", "--db", str(store)])
    assert result.exit_code == 0, result.output
    cells = "".join(line.split("│")[2].strip() for line in result.stdout.splitlines() if line.count("│") > 3)
    assert doc_id in cells and "responsibility" in "".join(
        line.split("│")[4].strip() for line in result.stdout.splitlines() if line.count("│") > 3)


def test_the_note_on_incidents_an_interrupted_ingest_left_out_of_date(db: Path, tmp_path: Path) -> None:
    """'1 merged incidents are out of date': the count's own number, and what the listing shows meanwhile."""
    import shutil

    from counterclaim.store.duckdb import Batch

    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    with Store.open(copy) as store:
        ids = [r[0] for r in store.query("SELECT id FROM merged_incidents ORDER BY id")]
        store.write_batch(Batch(rows={"merged_dirty": [{"id": ids[0]}]}))
    one = runner.invoke(app, ["incidents", "--db", str(copy)])
    assert "note: 1 merged incident is out of date after an interrupted ingest" in one.stderr
    assert "to refresh it" in one.stderr
    with Store.open(copy) as store:
        store.write_batch(Batch(rows={"merged_dirty": [{"id": ids[1]}]}))
    two = runner.invoke(app, ["incidents", "--db", str(copy)])
    assert "note: 2 merged incidents are out of date" in two.stderr and "to refresh them" in two.stderr


def test_an_export_that_leaves_incidents_out_says_how_many(db: Path, tmp_path: Path) -> None:
    """A GeoJSON map drops incidents without coordinates: '2 records written' looked like the whole store."""
    import shutil

    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    with Store.open(copy) as store:
        (merged_id, record), *_ = store.query("SELECT id, record FROM merged_incidents ORDER BY id")
        total = store.counts()["merged_incidents"]
        placeless = {**json.loads(record), "location": None}
        store.query("UPDATE merged_incidents SET record = ? WHERE id = ?", [json.dumps(placeless), merged_id])
    result = runner.invoke(app, ["export", "--format", "geojson", "--out", str(tmp_path / "m.geojson"), "--db",
                                 str(copy)])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{total - 1} record")
    assert "; 1 incident without coordinates left out (jsonl has every incident)" in result.stderr
    result = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(tmp_path / "m.jsonl"), "--db", str(copy)])
    assert result.stderr.strip().endswith(f" written to {tmp_path / 'm.jsonl'}")  # all: no note
    assert result.stderr.startswith(f"{total} record")


def test_help_texts_name_numbers_as_n_not_a_type() -> None:
    """'--workers <int range>' and '--limit <int range>' read as a type name, not as what to give."""
    from counterclaim.cli import eval_app

    for args, application in ((["ingest", "--help"], app), (["incidents", "--help"], app), (["analyze", "--help"], app),
                              (["gtd", "--help"], eval_app), (["ecbplus", "--help"], eval_app)):
        result = runner.invoke(application, args)
        assert result.exit_code == 0 and "int range" not in result.stdout, result.stdout
        assert " N " in result.stdout


def test_summary_lines_count_one_in_the_singular(tmp_path: Path) -> None:
    """'1 incidents', '1 stories', '1 records' after a one-article store."""
    store = tmp_path / "one.duckdb"
    (tmp_path / "quetta.txt").write_text(DOCS["quetta.txt"])
    result = runner.invoke(app, ["ingest", str(tmp_path / "quetta.txt"), "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "1 document, 1 incident, 1 story" in result.stderr
    listed = {c: runner.invoke(app, [c, "--db", str(store)]).stderr.strip().splitlines()[-1]
              for c in ("incidents", "stories", "claims")}
    assert listed == {"incidents": "1 incident", "stories": "1 story", "claims": "1 claim"}
    result = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(tmp_path / "x.jsonl"), "--db", str(store)])
    assert result.stderr.startswith("1 record written to ")


def test_control_characters_of_a_feed_never_reach_the_terminal(tmp_path: Path) -> None:
    """A record's title and text holding ESC sequences (clear the screen, set the window title) were printed raw by
    `incident` and the tables, and a file name with one by the 'skipped' line: the feed drove the user's terminal."""
    from counterclaim.cli._app import Console

    text = DOCS["quetta.txt"].replace("for the bombing", "for the bombing\x1b[2J\x1b]0;pwned\x07")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "q-1", "title": "Bomb\x1b[31m kills\r 6", "text": text}) + "\n")
    (tmp_path / "bad\x1b[2J.txt").write_bytes(b"")
    store = tmp_path / "s.duckdb"
    ingested = runner.invoke(app, ["ingest", str(feed), str(tmp_path / "bad\x1b[2J.txt"), "--db", str(store)])
    assert ingested.exit_code == 0, ingested.output
    assert "\x1b" not in ingested.stderr and "bad[2J.txt: empty file" in ingested.stderr
    with Store.open(store, read_only=True) as opened:
        (merged_id,) = opened.query("SELECT id FROM merged_incidents")[0]
    shown = runner.invoke(app, ["incident", merged_id, "--db", str(store)]).stdout
    assert "\x1b" not in shown and "\r" not in shown and "\x07" not in shown
    assert "for the bombing[2J]0;pwned" in " ".join(shown.split())
    assert "Bomb[31m kills 6" in shown
    as_json = runner.invoke(app, ["incident", merged_id, "--db", str(store), "--format", "json"]).stdout
    assert "\\u001b[2J" in as_json  # the data keeps them, escaped
    import io

    out = io.StringIO()
    terminal = Console(file=out, force_terminal=True, color_system="standard", width=60)
    terminal.print("[red]alert[/red] " + "a\x1b[2Jb")
    assert "\x1b[31malert" in out.getvalue() and "\x1b[2J" not in out.getvalue()  # its own colours still go out


def test_a_story_or_document_id_given_to_incident_is_pointed_to_its_incidents(db: Path) -> None:
    """`stories` and the reports list ids in the same column as `incidents`: 'no incident s-…' left the user with
    nothing; a story's or a document's incidents are named."""
    with Store.open(db, read_only=True) as store:
        story, merged = store.query("SELECT s.story_id, m.merged_id FROM story_members s JOIN incident_members m "
                                    "USING (doc_id) WHERE doc_id = 'quetta'")[0]
    for given, what in ((story, "a story"), ("quetta", "a document")):
        result = runner.invoke(app, ["incident", given, "--db", str(db)])
        assert isinstance(result.exception, InputError)
        assert str(result.exception) == f"{given!r} is {what}, not an incident: its incidents are {merged}"
    result = runner.invoke(app, ["incident", "m-000000000000", "--db", str(db)])
    assert "no incident 'm-000000000000' in" in str(result.exception)


def test_a_report_without_title_or_url_shows_where_it_was_read(tmp_path: Path) -> None:
    """A record with no title, url or headline line was listed as an id and a blank in `incident`'s reports."""
    feed = tmp_path / "feed.jsonl"
    body = DOCS["quetta.txt"].split("\n\n", 1)[1]
    feed.write_text(json.dumps({"id": "q-7", "text": body}) + "\n")
    store = tmp_path / "s.duckdb"
    assert runner.invoke(app, ["ingest", str(feed), "--db", str(store)]).exit_code == 0
    with Store.open(store, read_only=True) as opened:
        (merged_id,) = opened.query("SELECT id FROM merged_incidents")[0]
    shown = runner.invoke(app, ["incident", merged_id, "--db", str(store)]).stdout
    assert f"q-7  {feed}:1" in shown


def test_the_command_list_shows_each_summary_whole_and_options_name_what_they_take() -> None:
    """`counterclaim --help` cut five summaries short ("Analyse documents and add them to the store (idempotent; an...")
    and `export --help` showed `--format <str>` and `--db <path>`."""
    listing = runner.invoke(app, ["--help"], terminal_width=200).stdout
    commands = listing.split("Commands:")[1]
    assert "..." not in commands and "Analyse documents and add them to the store." in commands
    export_help = runner.invoke(app, ["export", "--help"], terminal_width=200).stdout
    assert "--format FORMAT" in export_help and "--db FILE" in export_help and "<str>" not in export_help


def test_option_refusals_are_usage_errors_and_the_schema_help_says_what_json_writes(db: Path, tmp_path: Path) -> None:
    """`analyze --out DIR` and `export --out DIR` exited 1 where a bad `--published` exits 2; `schema --help`
    suggested `schema incidents > incident.schema.json` (the name of the `incident` schema) and said `--format json`
    writes an array, which `incident ID --format json` does not. Near miss: an export that fails for want of a store
    is still exit 1."""
    (tmp_path / "out").mkdir()
    for fmt in ("jsonl", "nosuch"):
        result = runner.invoke(app, ["export", "--format", fmt, "--out", str(tmp_path / "out"), "--db", str(db)])
        assert result.exit_code == 2 and result.stderr.startswith("error: "), result.output
    shown = runner.invoke(app, ["schema", "--help"], terminal_width=200).stdout
    assert "incidents.schema.json" in shown and "incident.schema.json" not in shown
    assert "incident ID --format json" in " ".join(shown.split())
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
