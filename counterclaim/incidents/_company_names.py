"""A company named after a country ("an Air France office", "a Royal Jordanian branch"): a target of its own.

The country word in a trade name misleads the word model (it learned countries from GTD's embassies, news
agencies and parties), but GTD codes a company's office as Business, and an airline's office as Airports &
Aircraft. A state's own body named with its country ("the Pakistan Army office", "an Iraqi Interior Ministry
office") and a name that tells another kind of target (a party, a broadcaster, a school, an oil company) are
left to the other rules.
"""

from __future__ import annotations

import re

from ..nlp._cues import MEDIUM_NOUNS
from ..nlp._org_names import STATE_BODY_WORDS, names_a_country

_NAME_WORD = r"(?:[A-Z][\w'’&.-]*|&)"
_PREMISES = (
    r"offices?|branch(?:es)?|stores?|shops?|outlets?|factor(?:y|ies)|plants?|depots?|warehouses?|showrooms?|"
    r"headquarters|premises|employees|staff|workers"
)
_COMPANY_PLACE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}) (?P<place>{_PREMISES})(?![\w-])"
)
# A state's body (the words nlp/_org_names reads), a news medium (the actor reader's medium nouns: "the Turkish
# Anadolu Agency office" is the media's), or a name that tells another kind of target.
_OTHER_BODY = STATE_BODY_WORDS | MEDIUM_NOUNS | frozenset({
    "party", "front", "movement", "league", "press", "times", "post", "broadcasting", "university", "college",
    "school", "academy", "institute", "church", "red", "crescent", "cross", "nations", "un", "foundation",
    "committee", "commission", "bureau", "municipality", "province", "provincial", "district",
    # utilities and telecoms are targets of their own
    "oil", "gas", "petroleum", "power", "electric", "electricity", "energy", "water", "telecom",
    "telecommunications", "wireless", "mobile", "railways", "railway",
})
_ARTICLES = frozenset({"the", "a", "an"})
_AIRLINE = frozenset({"airlines", "airline", "airways"})


def company_targets(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of each company named after a country whose premises or staff the text names:
    "Air France office" is Airports & Aircraft (an airline), "Royal Jordanian office" Business."""
    out = []
    for m in _COMPANY_PLACE.finditer(text):
        words = m.group("name").split()
        start = m.start("name")
        while words and words[0].lower() in _ARTICLES:
            start += len(words[0]) + 1
            words = words[1:]
        lower = {w.lower().strip(".'’") for w in words}
        if len(words) < 2 or lower & _OTHER_BODY or not names_a_country(words):
            continue
        airline = words[0] == "Air" or bool(lower & _AIRLINE)
        out.append(("Airports & Aircraft" if airline else "Business", start, m.end()))
    return out
