"""The one way the type rules compile a word pattern: whole words (a hyphen joins a word), any case."""

from __future__ import annotations

import re

from ..nlp._prefilter import finditer_filtered, finditer_needing, may_match, needed_of, needed_strings, searchable

__all__ = ["compile_words", "finditer_filtered", "finditer_needing", "may_match", "needed_of", "needed_strings",
           "searchable"]


def compile_words(pattern: str) -> re.Pattern[str]:
    """`pattern` as whole words: not inside a longer word or a hyphenated compound ("gun" is not in "gunmen")."""
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)
