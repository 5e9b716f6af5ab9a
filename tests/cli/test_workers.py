"""`--workers` beyond what the machine has: each worker holds its own pipeline (~400 MB), so 64 of them on two
CPUs run out of memory for no speed. The count is capped at the CPUs with a warning, and `analyze` starts no
more workers than it has documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import counterclaim.cli.analyze as analyze_cmd
from counterclaim.cli import app
from counterclaim.cli._app import usable_workers

TEXT = ("Gunmen kill three at a checkpoint\n\nGunmen opened fire on a police checkpoint outside the town on "
        "Saturday, killing three officers, a district official said.\n")


@pytest.fixture()
def two_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


def test_more_workers_than_cpus_are_capped_with_a_warning(two_cpus, tmp_path: Path, monkeypatch) -> None:
    started: list[int] = []
    real = analyze_cmd.Analyzer

    def spy(workers, settings):
        started.append(workers)
        return real(1, settings)  # the test's own run stays in-process
    monkeypatch.setattr(analyze_cmd, "Analyzer", spy)
    paths = []
    for n in range(3):
        path = tmp_path / f"report-{n}.txt"
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(app, ["analyze", *paths, "--workers", "64", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert started == [2]
    assert "warning: --workers 64: 2 CPUs here; using 2" in " ".join(result.stderr.split())
    assert len(result.stdout.splitlines()) == 3


def test_no_more_workers_than_documents_and_no_warning_within_the_cpus(two_cpus) -> None:
    assert usable_workers(2, documents=1) == 1
    assert usable_workers(2) == 2
    assert usable_workers(1, documents=0) == 1


def test_the_warning_names_the_count_the_run_starts(two_cpus, tmp_path: Path, monkeypatch) -> None:
    """One document and `--workers 4` on two CPUs said 'using 2' and started one."""
    started: list[int] = []
    real = analyze_cmd.Analyzer

    def spy(workers, settings):
        started.append(workers)
        return real(1, settings)
    monkeypatch.setattr(analyze_cmd, "Analyzer", spy)
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(path), "--workers", "4", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert started == [1]
    assert "warning: --workers 4: 2 CPUs here; using 1" in " ".join(result.stderr.split())
