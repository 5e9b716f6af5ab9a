"""An output that cannot be written (a read-only folder, a full disk) is one clear error line and a non-zero
exit, never a traceback, and leaves neither a partial file nor a temporary one behind."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app

TEXT = ("Gunmen kill four at a roadside market\n\nGunmen opened fire on traders at a roadside market near "
        "Gao on Monday, killing four people, local officials said.\n")

runner = CliRunner()


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "market.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _refuse_temp_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a folder the user may not write to does (the tests run as root, which chmod does not stop)."""
    def mkstemp(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def _no_error_trace(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


def test_analyze_into_a_read_only_folder_is_refused_before_any_work(article, tmp_path, monkeypatch) -> None:
    _refuse_temp_files(monkeypatch)
    result = runner.invoke(app, ["analyze", str(article), "--out", str(tmp_path / "result.json")])
    _no_error_trace(result)
    assert result.exit_code == 1
    assert "cannot create a file in" in result.stderr and "Permission denied" in result.stderr
    assert not (tmp_path / "result.json").exists()


def test_analyze_onto_a_full_disk_keeps_the_old_output_and_no_temporary_file(article, tmp_path, monkeypatch) -> None:
    out = tmp_path / "result.json"
    out.write_text("earlier run\n", encoding="utf-8")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    result = runner.invoke(app, ["analyze", str(article), "--out", str(out)])
    monkeypatch.setattr(os, "fsync", real_fsync)
    _no_error_trace(result)
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr and "nothing was written there" in result.stderr
    assert out.read_text(encoding="utf-8") == "earlier run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["market.txt", "result.json"]


def test_an_oserror_before_any_output_names_its_file_not_stdout(article, monkeypatch) -> None:
    """A data file that vanished (loading the gazetteers, starting workers) is not a write failure."""
    import counterclaim.cli._batch as batch

    def missing_table(settings) -> None:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "/opt/data/places.tsv")

    monkeypatch.setattr(batch, "warm_up", missing_table)
    copy = article.with_name("market-copy.txt")  # a second document (the same file named twice is read once)
    copy.write_bytes(article.read_bytes())
    result = runner.invoke(app, ["analyze", str(article), str(copy), "--workers", "2"])
    _no_error_trace(result)
    assert result.exit_code == 1
    assert "/opt/data/places.tsv" in result.stderr and "cannot write" not in result.stderr


def test_analyze_removes_the_temporary_file_a_killed_run_left_and_says_so(article, tmp_path) -> None:
    """A run killed with SIGKILL (or by the out-of-memory killer) cannot remove its `.part` file: it stayed beside
    `--out` for good. The next run into that folder removes it once no process holds it; a live run's is kept."""
    import signal
    import subprocess
    import sys

    code = ("import sys, time; from pathlib import Path; from counterclaim._partial import make_partial; "
            "fd, path = make_partial('result.json', Path(sys.argv[1])); print(path, flush=True); time.sleep(60)")
    killed = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    live = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        left, held = Path(killed.stdout.readline().strip()), Path(live.stdout.readline().strip())
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        old = os.path.getmtime(tmp_path) - 3600
        for path in (left, held):
            os.utime(path, (old, old))
        result = runner.invoke(app, ["analyze", str(article), "--out", str(tmp_path / "result.json")])
        assert result.exit_code == 0, result.output
        assert not left.exists() and held.exists()
        assert f"removed {left.name}" in result.stderr
    finally:
        live.kill()
        live.wait()
