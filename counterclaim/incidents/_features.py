"""Cheap text features for clustering: content terms and proper names, without a parser.

Stories must cluster any news (an election as well as a bombing) at ingest speed, so these work on
raw text with regular expressions: lower-cased content words with a light plural stemmer, numbers
(magnitudes, tolls and years tell similar events apart), and runs of capitalised words as names.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from ._stop_words import ENGLISH_STOP_WORDS

_STOP = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    """said says say told tell according reported report reports reporting news today yesterday
    tomorrow year years day days week weeks month months time times people just like new also
    would could one two three four five six seven eight nine ten monday tuesday wednesday thursday
    friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec am pm gmt utc est edt ist updated published posted copyright mr mrs ms dr st
    http https www com html htm""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d+(?:[.,]\d+)*")
# A name: capitalised words, optionally joined by short lower-case particles (bin, al-, de, of).
_NAME = re.compile(
    r"\b(?:[A-Z][\w'’\-]*[A-Za-z0-9]|[A-Z]\.)(?:\s+(?:(?:of|de|bin|al|van|von|la|le|du|del|da)\s+)?"
    r"(?:[A-Z][\w'’\-]*[A-Za-z0-9]|[A-Z]\.))*"
)
_SENT_START = re.compile(r"(?:^|[.!?]\s+|\n|[\"“(]\s*)$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’\-]*\b")


@lru_cache(maxsize=262_144)
def stem(word: str) -> str:
    """A light, predictable stemmer: possessives and common plural endings only."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if len(w) > 4:
        if w.endswith("ies"):
            return w[:-3] + "y"
        if w.endswith("sses"):
            return w[:-2]
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return w[:-1]
    return w


@lru_cache(maxsize=262_144)
def _term(tok: str) -> str | None:
    """The term a raw token counts as, or None (stop word, too short, single digit)."""
    if tok[0].isdigit():
        tok = tok.replace(",", "")
        return tok if len(tok) >= 2 else None
    w = stem(tok)
    return w if len(w) > 2 and w not in _STOP else None


def term_counts(text: str) -> Counter[str]:
    """Content words (stemmed) and numbers of at least two characters (single digits say little)."""
    return Counter(t for t in map(_term, _WORD.findall(text)) if t is not None)


def name_counts(text: str) -> Counter[str]:
    """Runs of capitalised words, lower-cased; a multi-word name also counts its last word (a surname).

    A single capitalised stop word at the start of a sentence ("The", "But") is not a name.
    """
    counts: Counter[str] = Counter()
    lower_words: set[str] | None = None
    for m in _NAME.finditer(text):
        words = [w for w in re.split(r"\s+", m.group(0).replace("’", "'")) if w]
        # Drop leading capitalised function words ("The United Nations" -> "united nations").
        while words and words[0].lower().rstrip(".") in _STOP:
            words = words[1:]
        while words and words[-1].lower().rstrip(".") in _STOP:
            words = words[:-1]
        if not words:
            continue
        name = " ".join(stem(w) if i == len(words) - 1 else w.lower() for i, w in enumerate(words))
        if len(name) < 3:
            continue
        if len(words) == 1 and _SENT_START.search(text[max(0, m.start() - 3) : m.start()]):
            # Sentence-initial single word: a name only if it is not an ordinary word seen lower-case.
            if lower_words is None:
                lower_words = set(_LOWER_WORD.findall(text))
            if words[0].lower() in lower_words:
                continue
        counts[name] += 1
        if len(words) > 1:
            last = stem(words[-1])
            if len(last) > 2 and last not in _STOP:
                counts[last] += 1
    return counts


def log_tf(counts: Counter[str] | dict[str, float], scale: float = 1.0) -> dict[str, float]:
    """1 + log(count), scaled: repeated words matter, but sub-linearly."""
    return {t: round(scale * (1.0 + math.log(c)), 4) for t, c in counts.items() if c > 0}
