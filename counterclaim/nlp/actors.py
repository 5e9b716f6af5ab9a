"""Actors: canonical names, types and affiliations.  STUB: to be implemented."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import ActorMention


def find_actors(doc: Doc) -> list[ActorMention]:
    return []
