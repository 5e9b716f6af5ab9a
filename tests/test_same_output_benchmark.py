"""benchmarks/same_output.py, run on two stand-in checkouts whose `python -m counterclaim analyze` echoes its inputs
(no model): the verdict depends on the code compared, not on where the checkouts lie or what a reused run read."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "same_output.py"

# `analyze INPUTS --format json --out FILE` as the real one writes it: one record per document, the documents named
# in the checkout's FAIL file skipped with a line on stderr; each record tells which shared folder the run used
_ANALYZE = '''
import json, os, sys
from pathlib import Path

args = sys.argv[1:]
inputs, out = args[1:args.index("--format")], Path(args[args.index("--out") + 1])
fail = set(Path("FAIL").read_text().split()) if Path("FAIL").exists() else set()
shared = os.environ.get("COUNTERCLAIM_SHARED_DIR") or str(Path("../shared").resolve())
results = []
for item in map(Path, inputs):
    if item.is_dir():
        docs = [(p.stem, str(p)) for p in sorted(item.glob("*.txt"))]
    else:
        docs = [(json.loads(line)["id"], f"{item}:{n}") for n, line in enumerate(item.read_text().splitlines(), 1)]
    for doc_id, source in docs:
        if doc_id in fail:
            print(f"skipped {source}: extraction failed (ValueError: no parse)", file=sys.stderr)
            continue
        results.append({"document": {"id": doc_id, "source": source}, "shared": shared})
out.write_text(json.dumps(results, indent=1))
'''


def _load():
    spec = importlib.util.spec_from_file_location("same_output_under_test", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _checkout(path: Path, fail: str = "") -> Path:
    (path / "counterclaim").mkdir(parents=True)
    (path / "counterclaim" / "__init__.py").write_text("")
    (path / "counterclaim" / "__main__.py").write_text(_ANALYZE)
    (path / "examples").mkdir()
    (path / "examples" / "raid.txt").write_text("Gunmen raided a police post near the river crossing on Monday.")
    (path / "FAIL").write_text(fail)
    return path


@pytest.fixture()
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with the examples and a small shared data folder (sentences of our own)."""
    data = tmp_path / "shared" / "data"
    (data / "news").mkdir(parents=True)
    (data / "gtd").mkdir()
    (data / "news" / "one.txt").write_text("A car bomb went off outside the district court, killing two guards.")
    (data / "news" / "one.json").write_text(json.dumps({"published": "2024-03-02"}))
    (data / "gtd" / "gtd_2021h1_dev.csv").write_text(
        "summary\nAssailants set fire to a school in the village.\nA grenade was thrown at a market stall.\n"
        "Unknown gunmen abducted a trader on the highway.\n")
    home = tmp_path / "work"
    _checkout(home)
    monkeypatch.chdir(home)
    monkeypatch.delenv("COUNTERCLAIM_SHARED_DIR", raising=False)
    return tmp_path


def _verdict(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *args: object) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["same_output.py", *map(str, args), "--shared", str(Path("../shared/data"))])
    with pytest.raises(SystemExit) as done:
        _load().main()
    captured = capsys.readouterr()
    return done.value.code, captured.out + captured.err


def test_the_shared_folder_is_the_same_for_both_checkouts(work: Path, monkeypatch, capsys) -> None:
    """Checkouts in different folders found different `../shared` folders: pinned to `--shared`, they agree."""
    old, new = _checkout(work / "a" / "old"), _checkout(work / "b" / "new")
    code, said = _verdict(monkeypatch, capsys, old, new, "--gtd", 2)
    assert code == 0 and "byte-identical: True" in said
    kept = work / "kept"
    _verdict(monkeypatch, capsys, old, new, "--gtd", 2, "--keep", kept)
    shared = {record["shared"] for record in json.loads((kept / "new.json").read_text())}
    assert shared == {str((work / "shared").resolve())}


def test_a_reused_old_output_is_one_made_from_the_same_inputs(work: Path, monkeypatch, capsys) -> None:
    """The examples are read from one place (not the new checkout's), and old.json made with another --gtd is not
    compared with a new run on more rows: the old checkout runs again."""
    old, new, moved = _checkout(work / "old"), _checkout(work / "new"), _checkout(work / "elsewhere" / "new")
    kept = work / "kept"
    assert _verdict(monkeypatch, capsys, old, new, "--gtd", 1, "--keep", kept)[0] == 0
    code, said = _verdict(monkeypatch, capsys, old, moved, "--gtd", 2, "--keep", kept, "--reuse-old")
    assert code == 0 and "other gtd" in said and "byte-identical: True" in said
    shutil.rmtree(old / "counterclaim")  # the same inputs again: old.json is reused, the old checkout not run
    code, said = _verdict(monkeypatch, capsys, old, new, "--gtd", 2, "--keep", kept, "--reuse-old")
    assert code == 0 and "running the old checkout again" not in said


def test_a_document_that_fails_is_named_with_its_checkout(work: Path, monkeypatch, capsys) -> None:
    """One checkout skipping a document made two outputs of different lengths (a zip() traceback); and one both
    skip leaves identical outputs but is still worth saying."""
    old, new = _checkout(work / "old", fail="gtd-0"), _checkout(work / "new", fail="gtd-0 gtd-2")
    code, said = _verdict(monkeypatch, capsys, old, new, "--gtd", 3)
    assert code == 1 and "Traceback" not in said
    assert "failed in both checkouts: " in said and "texts.jsonl:2: extraction failed (ValueError" in said
    assert "failed in the new checkout only: " in said and "texts.jsonl:4: extraction failed" in said
    assert "byte-identical: False" in said
    code, said = _verdict(monkeypatch, capsys, old, _checkout(work / "same", fail="gtd-0"), "--gtd", 3)
    assert code == 0 and "failed in both checkouts: " in said
