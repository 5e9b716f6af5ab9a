"""An input document before analysis, and the reason an input could not become one."""

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
    id_from_name: bool = False
    """The id was made from a file name (or, for a JSON Lines record without one, the file name and the text), not
    given by the input: a store may give it a suffix when another text already holds it (a second folder's
    `report.txt`)."""
    origin: str | None = None
    """The file the reader read the text from, as the run named it; None for stdin, which a later run cannot read
    again. Unlike `source` (a record may name its outlet there), it tells where the document came from."""
    line: int | None = None
    """The line of a JSON Lines record in `origin`."""

    @property
    def read_at(self) -> str | None:
        """`origin`, and `:line` for a record: the place a stored document came from (its `source` unless the
        record named one)."""
        return self.origin if self.origin is None or self.line is None else f"{self.origin}:{self.line}"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class InputProblem:
    """An input that was skipped: where it is (`path` or `path:line`) and why, in one line.

    Readers yield these instead of raising so that one bad file never stops the others.
    """

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
