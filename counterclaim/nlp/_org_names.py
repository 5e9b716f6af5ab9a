"""Country words inside an organisation's name: "Air France", "Radio France", "Bank of England", "Royal
Jordanian", "Kenya Airways".

An airline, broadcaster, bank or company named after a country is neither that country as a speaker or a
target nor a place: "Air India condemned the attack" is the airline speaking, and "an Air France flight"
does not put the attack in France. A state's own bodies named with its country ("the Nigeria Police Force",
"the Pakistan Army", "the Government of Kenya") stay the state.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..codebooks.groups import gazetteer
from ..codebooks.iso3166 import country_by_demonym, country_by_name
from . import _cues

# Words that make a name a state body's, not a company's: "Pakistan Army", "Republic of Kenya".
_STATE_BODY_WORDS = _cues.OFFICIAL_NOUNS | _cues.SECURITY_FORCE_NOUNS | frozenset({
    "republic", "kingdom", "federation", "emirate", "emirates", "union", "guard", "guards", "gendarmerie",
    "rangers", "constabulary", "senate", "assembly", "congress", "court", "judiciary", "consulate", "mission"})
_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
_LINKS = frozenset({"the", "of", "-", "–"})


def in_organisation_name(doc: Doc, first: int, last: int) -> bool:
    """The country words doc[first:last] are part of an organisation's name that is no state body's."""
    if doc[first].ent_type_ not in _LABELS or doc[last - 1].ent_type_ != doc[first].ent_type_:
        return False
    if last < len(doc) and doc[last].lower_ in {"'s", "’s", "'"}:
        return False  # "Ukraine's SBU": the state owns the body
    start = first
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = last
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    others = [t for t in doc[start:end] if not first <= t.i < last and t.lower_ not in _LINKS]
    if not any(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in others):
        return False  # the country alone, or with an acronym ("the Ukrainian GUR")
    if any(not (t.text[:1].isupper() or t.like_num) for t in others):
        return False  # "the France-based company": no name
    if any(country_by_name(t.text) or country_by_demonym(t.text) for t in others):
        return False  # "the Pakistan-Afghanistan border": two countries, no company
    if {t.lower_ for t in others} & _STATE_BODY_WORDS:
        return False
    rest = " ".join(t.text for t in others)
    return gazetteer().lookup(rest) is None  # "the Afghan Taliban": a listed group where it fights

_MEDIUM_WORDS = frozenset({"news", "agency", "channel", "tv", "television", "newspaper", "daily", "radio",
                           "broadcaster", "network", "outlet", "website", "wire", "correspondent", "reporter",
                           "reporters"})


def outlet_initials(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is one word in capitals right before a medium word in lower case ("the IRNA news agency",
    "SANA reporters", "the ISNA agency"): an outlet's initials, even when a town or a capital bears the same
    letters ("Irna", "Sana"), so neither a place nor that capital's government speaking."""
    if end - start != 1 or end >= len(doc):
        return False
    word, nxt = doc[start].text, doc[end].text
    return len(word) >= 2 and word.isalpha() and word.isupper() and nxt.lower() in _MEDIUM_WORDS \
        and (not nxt.isupper() or nxt == "TV")
