"""Fixtures for the command-line tests."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def two_cpus_at_least(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--workers` is capped at the CPUs: the tests that run two workers get them on a one-CPU runner too."""
    try:
        cpus = os.sched_getaffinity(0)
    except (AttributeError, OSError):
        cpus = set(range(os.cpu_count() or 1))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: cpus | {0, 1}, raising=False)


@pytest.fixture(autouse=True)
def no_columns_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables off a terminal are TABLE_WIDTH wide unless COLUMNS is set: a shell that exports it keeps its width
    out of the tests that check the default."""
    monkeypatch.delenv("COLUMNS", raising=False)
