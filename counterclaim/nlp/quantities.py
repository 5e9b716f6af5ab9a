"""Casualty figures (killed / injured) with qualifier and bounds.  STUB: to be implemented."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import CasualtyMention


def find_casualties(doc: Doc) -> list[CasualtyMention]:
    return []
