"""nlp._prefilter.needed_strings read off a pattern's parse tree: a repeated group, an alternation of known words
and a short sequence each give the strings one of which every match holds."""

from __future__ import annotations

import re

from counterclaim.nlp._prefilter import needed_strings


def test_a_repeated_group_requires_one_of_its_words():
    assert needed_strings(re.compile(r"(?:shot|stabbed)+\s")) == ("shot", "stabbed")
    # an optional group requires nothing; the word after it does
    assert needed_strings(re.compile(r"(?:armed\s)?(?:men|gunmen)")) == ("men",)


def test_an_alternation_needs_every_branch_to_require_something():
    assert needed_strings(re.compile(r"ambush(?:ed)?|raid(?:ed|s)?", re.I)) == ("ambush", "raid")
    assert needed_strings(re.compile(r"ambush|\w+")) is None


def test_a_short_sequence_is_required_whole():
    assert needed_strings(re.compile(r"(?:car|truck) bomb")) == ("car bomb", "truck bomb")
