"""An input document before analysis."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass


@dataclass
class Article:
    """One document to analyse. Offsets in the output index `text`."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
