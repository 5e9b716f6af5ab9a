"""Places resolved offline to GeoNames entries with ISO country.  STUB: to be implemented."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import PlaceMention


def find_places(doc: Doc) -> list[PlaceMention]:
    return []
