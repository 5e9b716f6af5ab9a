"""Claims: who claims, accuses, denies, condemns, warns, sympathises.  STUB: to be implemented."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import ActorMention, ClaimMention


def find_claims(doc: Doc, actors: list[ActorMention]) -> list[ClaimMention]:
    return []
