"""The pre-filter's needed strings of a pattern list are kept in the on-disk cache (`_prefilter.needed_table`):
what is read back equals what parsing gives, and an entry of the wrong shape or length is parsed again."""

from __future__ import annotations

import json
import re

import pytest

from counterclaim import _diskcache
from counterclaim.incidents import _type_rules
from counterclaim.nlp import _prefilter
from counterclaim.nlp._prefilter import needed_strings, needed_table

PATTERNS = [
    re.compile(r"(?<![\w-])(?:car bombs?|suicide bomber)(?![\w-])", re.IGNORECASE),
    re.compile(r"(?<![\w-])(?:shot|stabbed|hacked) dead(?![\w-])", re.IGNORECASE),
    re.compile(r"\d+\w*"),  # no string that every match holds: None
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("COUNTERCLAIM_CACHE_DIR", str(folder))
    monkeypatch.delenv("COUNTERCLAIM_CACHE", raising=False)
    return folder


def test_the_cached_table_equals_the_parsed_one(cache, monkeypatch):
    parsed = tuple(needed_strings(p) for p in PATTERNS)
    assert parsed[0] == ("car bomb", "suicide bomber") and parsed[2] is None
    assert needed_table("test-bombings", PATTERNS) == parsed
    assert list(cache.glob("needed-test-bombings-*.json"))
    monkeypatch.setattr(_prefilter, "needed_strings", lambda p: pytest.fail("parsed again instead of read"))
    assert needed_table("test-bombings", PATTERNS) == parsed


@pytest.mark.parametrize("stored", [[], [["car bomb"]], [None, [], None], [1, None, None], {"a": 1}])
def test_an_entry_of_the_wrong_shape_is_parsed_again(cache, stored):
    needed_table("test-shapes", PATTERNS)
    (entry,) = cache.glob("needed-test-shapes-*.json")
    entry.write_text(json.dumps(stored), encoding="utf-8")
    assert needed_table("test-shapes", PATTERNS) == tuple(needed_strings(p) for p in PATTERNS)


def test_the_type_rules_read_the_same_needed_strings_as_parsing_gives():
    assert _type_rules._NEEDED == tuple(needed_strings(p) for _, _, p, _ in _type_rules._COMPILED)
    assert _diskcache.cache_dir() is not None  # the tests' own cache folder (conftest), so the entry was used
