"""`counterclaim analyze` end to end: formats, stdin, directories, bad input, --out, workers, span integrity."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim._spans import iter_spans
from counterclaim.cli import app
from counterclaim.ingest import Article, read_inputs

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TEXT = ("Gunmen on motorcycles opened fire on worshippers outside a church in the town of Owo on Sunday, "
        "killing at least 22 people, police said. No group has claimed responsibility, but the state "
        "governor blamed a local militia, which denied any involvement.")

runner = CliRunner()


def _run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, ["analyze", *args], input=input)


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    path = tmp_path / "owo.txt"
    path.write_text(f"Gunmen kill 22 outside church in Owo\n\n{TEXT}\n")
    return path


def test_one_document_is_one_json_object(good: Path) -> None:
    result = _run(str(good), "--published", "2022-06-06")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["document"]["id"] == "owo"
    assert doc["document"]["title"] == "Gunmen kill 22 outside church in Owo"
    assert doc["document"]["published"] == "2022-06-06"
    assert doc["document"]["n_chars"] == len(good.read_text())
    assert result.stderr == ""


def test_several_documents_are_a_json_array_in_input_order(good: Path, tmp_path: Path) -> None:
    other = tmp_path / "second.txt"
    other.write_text(TEXT)
    result = _run(str(other), str(good))
    assert result.exit_code == 0, result.output
    docs = json.loads(result.stdout)
    assert [d["document"]["id"] for d in docs] == ["second", "owo"]


@pytest.fixture(scope="module")
def examples_jsonl() -> str:
    """The bundled examples analysed once, shared by the tests that only read the output."""
    result = _run(str(EXAMPLES), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return result.stdout


def test_jsonl_is_one_line_per_document(examples_jsonl: str) -> None:
    lines = examples_jsonl.splitlines()
    ids = [json.loads(line)["document"]["id"] for line in lines]
    assert ids == ["crocus_city_hall", "cup_final_sports", "market_bombing", "mogadishu_hotel_siege",
                   "school_kidnapping", "tanker_drone_strike"]


def test_table_shows_each_document(tmp_path: Path) -> None:
    out = tmp_path / "table.txt"
    result = _run(str(EXAMPLES), "--format", "table", "--out", str(out))
    assert result.exit_code == 0, result.output
    table = out.read_text()
    for title in ("Putin hints at Ukrainian link", "Al-Shabaab claims deadly siege of Mogadishu beach hotel",
                  "Rovers shoot down City"):
        assert title in table
    assert "\x1b[" not in table  # no colour codes in a file


def test_every_span_is_a_slice_of_its_document(examples_jsonl: str) -> None:
    texts = {a.id: a.text for a in read_inputs([str(EXAMPLES)]) if isinstance(a, Article)}
    checked = 0
    for line in examples_jsonl.splitlines():
        doc = json.loads(line)
        text = texts[doc["document"]["id"]]
        assert doc["document"]["n_chars"] == len(text)
        for span in iter_spans(doc):
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert text[span["start"]:span["end"]] == span["text"]
            checked += 1
    assert checked > 0


def test_stdin(good: Path) -> None:
    result = _run("-", input=good.read_bytes())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["id"] == "stdin"


def _bad_inputs(tmp: Path) -> dict[str, str]:
    """file name -> the words its one-line reason must contain."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp / "latin1.txt").write_bytes("Des hommes armés ont tué 22 fidèles à Owo.".encode("latin-1"))
    with (tmp / "huge.txt").open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)
    (tmp / "french.txt").write_text(
        "Des hommes armés ont ouvert le feu sur des fidèles devant une église de la ville d'Owo dimanche, tuant "
        "au moins 22 personnes, selon la police. Aucun groupe n'a revendiqué l'attaque pour le moment.")
    (tmp / "broken.html").write_text("<html><body><script>document.write('<p>')</script><div></span></table>")
    (tmp / "feed.jsonl").write_text('{"id": "ok", "text": ' + json.dumps(TEXT) + '}\n{"id": "bad", "text": \n')
    return {"empty.txt": "empty file", "image.txt": "binary file", "latin1.txt": "invalid UTF-8",
            "huge.txt": "too large", "french.txt": "French", "broken.html": "no article text",
            "feed.jsonl:2": "not valid JSON", "missing.txt": "no such file"}


def test_bad_inputs_are_reported_one_line_each_and_good_ones_processed(good: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    expected = _bad_inputs(bad)
    names = sorted({n.split(":")[0] for n in expected})
    result = _run(*[str(bad / n) for n in names], str(good), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["document"]["id"] for x in result.stdout.splitlines()] == ["ok", "owo"]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == len(expected)
    for name, words in expected.items():
        (line,) = [w for w in warnings if f"{bad / name}:" in w]
        assert words in line
    assert "Traceback" not in result.output


def test_nothing_usable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _run(str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == "error: nothing to analyse: 2 inputs skipped"


def test_bad_published_is_one_line(good: Path) -> None:
    result = _run(str(good), "--published", "23/03/2024")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: --published: bad published date '23/03/2024': use YYYY-MM-DD, e.g. 2024-03-23"]


def test_out_is_written_atomically(good: Path, tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    result = _run(str(good), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["document"]["id"] == "owo"
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["owo.txt", "result.json"]


def test_out_is_untouched_when_nothing_is_processed(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    out.write_text("previous run\n")
    result = _run(str(tmp_path / "missing.txt"), "--out", str(out))
    assert result.exit_code == 1
    assert out.read_text() == "previous run\n"


def test_out_is_untouched_when_the_run_breaks_midway(good: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from counterclaim.cli._batch import Analyzer

    real = Analyzer.run

    def breaks_after_first(self, articles):
        for n, pair in enumerate(real(self, articles)):
            if n == 1:
                raise KeyboardInterrupt
            yield pair

    monkeypatch.setattr(Analyzer, "run", breaks_after_first)
    out = tmp_path / "result.jsonl"
    out.write_text("previous run\n")
    copy = tmp_path / "owo-copy.txt"  # a second document (the same file named twice is read once)
    copy.write_bytes(good.read_bytes())
    result = _run(str(good), str(copy), "--format", "jsonl", "--out", str(out))
    assert result.exit_code != 0
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["owo-copy.txt", "owo.txt", "result.jsonl"]


def test_out_in_missing_directory_is_one_line(good: Path, tmp_path: Path) -> None:
    result = _run(str(good), "--out", str(tmp_path / "nope" / "x.json"))
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "does not exist" in result.stderr


def test_out_naming_a_folder_is_refused_with_a_file_to_give_before_any_work(good: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`--out results/` of a folder not made yet wrote the results into a file named `results`; an existing folder
    was refused only after the inputs were read. Near miss: a file in the folder is written."""
    import counterclaim.cli.analyze as analyze_mod

    monkeypatch.chdir(tmp_path)
    (tmp_path / "done").mkdir()
    read = []
    monkeypatch.setattr(analyze_mod, "_collect", lambda *a: read.append(a) or ([], 0))
    for given, fmt, said in (("results/", "json", "results/: names a directory (it ends in /), which does not "
                              "exist; give a file in it, e.g. --out results/results.json"),
                             ("done", "jsonl", "done: is a directory; give a file in it, e.g. --out "
                              "done/results.jsonl")):
        result = _run(str(good), "--format", fmt, "--out", given)
        assert result.exit_code == 2 and f"error: --out {said}" in result.stderr, result.stderr  # as --published
    assert not read and not (tmp_path / "results").exists()
    monkeypatch.undo()
    result = _run(str(good), "--format", "jsonl", "--out", str(tmp_path / "done" / "owo.jsonl"))
    assert result.exit_code == 0 and (tmp_path / "done" / "owo.jsonl").read_text().count("\n") == 1


def test_two_workers_give_the_same_output_in_the_same_order(examples_jsonl: str) -> None:
    two = _run(str(EXAMPLES), "--format", "jsonl", "--workers", "2")
    assert two.exit_code == 0, two.output
    assert two.stdout == examples_jsonl


def test_entry_point_prints_no_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The console script's `main()` (not only the Typer app): one line per problem, exit code 1."""
    from counterclaim.cli import main

    monkeypatch.setattr(sys, "argv", ["counterclaim", "analyze", str(tmp_path / "missing.txt")])
    with pytest.raises(SystemExit) as exit_info:
        main()
    captured = capsys.readouterr()
    assert exit_info.value.code == 1
    assert captured.out == ""
    assert captured.err.splitlines() == [f"warning: skipped {tmp_path / 'missing.txt'}: no such file or directory",
                                         "error: nothing to analyse: 1 input skipped"]


def test_schema_into_a_closed_pipe_exits_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    """`counterclaim schema | head -1` on a pipe closed before the schema was written exited 1 (click's handling)."""
    import builtins

    def closed_pipe(*a: object, **k: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(builtins, "print", closed_pipe)
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and "error" not in result.stderr


def test_a_table_into_a_closed_pipe_ends_with_zero(tmp_path: Path) -> None:
    """`counterclaim analyze FOLDER -f table | head -1` exited 1: Rich's console ends the process itself on a
    closed pipe (its `on_broken_pipe`), before the command's own handling (exit 0, as for json) could run."""
    import io
    import subprocess

    from counterclaim.cli._app import Console

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    with pytest.raises(BrokenPipeError):  # to the command, which knows what a closed pipe means for it
        Console(file=Closed()).print("killed: 5")
    for n in range(8):
        (tmp_path / f"raid-{n}.txt").write_text(f"Raid {n}\n\n{TEXT}\n")
    proc = subprocess.Popen([sys.executable, "-m", "counterclaim", "analyze", str(tmp_path), "-f", "table"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.readline()
    proc.stdout.close()  # as `head -1` does
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    assert b"Traceback" not in err
