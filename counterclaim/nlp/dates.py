"""Incident dates resolved against the publication date, or none.  STUB: to be implemented."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from .mentions import DateMention


def find_dates(doc: Doc, published: dt.date | None) -> list[DateMention]:
    return []
