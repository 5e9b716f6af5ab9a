"""Locating the shared evaluation data and fingerprinting it."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.scoring._data import data_dir, digest, shared_dir
from counterclaim.settings import Settings


def test_explicit_setting_wins_and_a_wrong_one_gives_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data" / "news").mkdir(parents=True)
    monkeypatch.setenv("COUNTERCLAIM_SHARED_DIR", str(tmp_path / "missing"))
    assert shared_dir() is None
    assert shared_dir(Settings(shared_dir=tmp_path)) == tmp_path
    assert data_dir("news", Settings(shared_dir=tmp_path)) == tmp_path / "data" / "news"
    assert data_dir("gtd", Settings(shared_dir=tmp_path)) is None


def test_environment_variable_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERCLAIM_SHARED_DIR", str(tmp_path))
    assert shared_dir() == tmp_path


def test_digest_changes_with_content(tmp_path: Path) -> None:
    a = tmp_path / "01.txt"
    a.write_text("one")
    first = digest([a])
    a.write_text("two")
    assert digest([a]) != first
