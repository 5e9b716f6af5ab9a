"""GTD attack / weapon / target types for an incident's text.  STUB: to be implemented."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Label


@dataclass
class TypeLabels:
    attack_types: list[Label] = field(default_factory=list)
    weapon_types: list[Label] = field(default_factory=list)
    target_types: list[Label] = field(default_factory=list)


def classify(text: str, offset: int = 0) -> TypeLabels:
    """Labels for `text`, a passage starting at `offset` in the document (evidence offsets are absolute)."""
    return TypeLabels()
