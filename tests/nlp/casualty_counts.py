"""Shared by the casualty tests of this folder: the victims' and the perpetrators' counts a text gives, each
figure's evidence checked against the text."""

from __future__ import annotations

from spacy.language import Language

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.quantities import find_casualties, read_casualties


def counts(nlp: Language, text: str) -> tuple[list[tuple[str, int | None]], list[tuple[str, int | None]]]:
    """(kind, lowest count) of every victims' figure, and of every perpetrators' figure."""
    victims, perps = read_casualties(nlp(text))
    for m in victims + perps:
        ev = m.casualties.evidence
        assert text[ev.start : ev.end] == ev.text
    return [(m.kind, m.casualties.min) for m in victims], [(m.kind, m.casualties.min) for m in perps]


def stated_by_kind(text: str) -> dict[str, int]:
    """The stated figures of every casualty mention, summed by kind ("killed", "injured", ...)."""
    out: dict[str, int] = {}
    for c in find_casualties(parse(text)):
        out[c.kind] = out.get(c.kind, 0) + (c.casualties.stated or 0)
    return out
