"""Plain-text articles: the whole file is the document, its first line may be the headline."""

from __future__ import annotations

import datetime as dt
import re

from ..nlp._dateline import wire_datelines
from ._guards import check_text, decode_utf8
from .article import Article
from .liveblog import opens_entry

MAX_HEADLINE_CHARS = 300


_ATTRIBUTED_SENTENCE = re.compile(
    r",\s+(?:[\w'’-]+\s+){1,6}(?:said|says|reported|announced)(?:\s+(?:on\s+\w+|in\s+a\s+statement|late\s+\w+))?"
    r"\.[\"”]?\s*$"
)
"""A line that closes as a reported sentence ("..., the military said.") is a lede; headlines carry no such close."""


def _dateline_lede(line: str) -> bool:
    """A first line that opens with a wire dateline: the match holds a comma, an agency bracket or a day
    ("KABUL, Afghanistan (AP) —", "LAGOS, May 3 -"), or the line ends as a sentence does. A headline's kicker
    ("EXCLUSIVE-Gunmen kill ...", "NIGERIA - Bandits kill ...") matches the bare "WORD -" shape too."""
    head = line.lstrip()[:120]
    spans = wire_datelines(head)
    if not spans:
        return False
    if line.rstrip().endswith("."):
        return True
    return any(re.search(r"[,(\[\d]", head[a:b]) for a, b in spans)


def headline(text: str) -> str | None:
    """The first line when a blank line follows it (the usual "headline, blank line, body" layout), unless
    it opens a live blog's timed entry ("18:40 - Police now say ...") or a wire dateline ("KABUL, Afghanistan
    (Wire) — Gunmen killed ..."): a one-sentence lede paragraph is the body's first sentence, not a headline.

    The headline stays in the analysed text, so offsets still index the file.
    """
    lines = text.lstrip("\ufeff").splitlines()
    if len(lines) < 3 or lines[1].strip() or not lines[0].strip() or opens_entry(lines[0]):
        return None
    if _dateline_lede(lines[0]) or _ATTRIBUTED_SENTENCE.search(lines[0]):
        return None
    title = lines[0].strip()
    return title if len(title) <= MAX_HEADLINE_CHARS else None


def headline_end(text: str) -> int:
    """Where the headline ends (0 when the text has none)."""
    return text.find("\n") if headline(text) is not None else 0


def article_from_text(
    text: str, *, id: str, max_chars: int, published: dt.date | None = None, source: str | None = None,
) -> Article:
    """Check decoded text and wrap it; raises InputError with a one-line reason."""
    check_text(text, max_chars)
    return Article(id=id, text=text, title=headline(text), published=published, source=source)


def article_from_bytes(
    data: bytes, *, id: str, max_chars: int, published: dt.date | None = None, source: str | None = None,
) -> Article:
    """Decode strictly as UTF-8, then as `article_from_text`."""
    return article_from_text(decode_utf8(data), id=id, max_chars=max_chars, published=published, source=source)
