"""Word patterns are compiled on first use (`_word_patterns.compile_words`): the lazy pattern matches, reports
its flags and feeds the pre-filter exactly as the compiled regex does, and `compile_all` leaves none pending."""

import re

from counterclaim.incidents import _type_rules  # noqa: F401 - registers the type rules' patterns
from counterclaim.incidents._word_patterns import _LAZY, compile_all, compile_words, needed_strings

WORDS = r"ambush\w*|opened fire|gun(?:man|men)|(?:car|truck) bombs?"
TEXTS = [
    "Gunmen opened fire on a bus, and a car bomb went off near the gate; the convoy was ambushed later.",
    "The gunmen's ambushes were planned; a truck-bombs depot and a shotgun were found.",  # hyphen joins a word
    "OPENED FIRE at dawn, GUNMAN said.",
]


def test_lazy_pattern_matches_like_the_compiled_regex():
    lazy = compile_words(WORDS)
    eager = re.compile(rf"(?<![\w-])(?:{WORDS})(?![\w-])", re.IGNORECASE)
    assert lazy.pattern == eager.pattern and lazy.flags == eager.flags
    assert needed_strings(lazy) == needed_strings(eager)
    for text in TEXTS:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert bool(lazy.search(text)) == bool(eager.search(text))
        assert lazy.sub("_", text) == eager.sub("_", text)
    assert lazy.groups == eager.groups == 0


def test_not_compiled_before_use_and_compile_all_compiles_the_rest():
    lazy = compile_words(r"set ablaze|torched")
    assert "finditer" not in vars(lazy)
    assert lazy.pattern  # the pattern's text does not compile it
    assert "finditer" not in vars(lazy)
    compile_all()
    assert all("finditer" in vars(p) for p in _LAZY)
    assert [m.group() for m in lazy.finditer("They torched a car and set ablaze a shop.")] == ["torched", "set ablaze"]
