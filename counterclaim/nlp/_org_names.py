"""Country words inside an organisation's name: "Air France", "Radio France", "Bank of England", "Royal
Jordanian", "Kenya Airways".

An airline, broadcaster, bank or company named after a country is neither that country as a speaker or a
target nor a place: "Air India condemned the attack" is the airline speaking, and "an Air France flight"
does not put the attack in France. A state's own bodies named with its country ("the Nigeria Police Force",
"the Pakistan Army", "the Government of Kenya") stay the state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..codebooks.gazetteer import load_gazetteer, name_key
from ..codebooks.groups import gazetteer
from ..codebooks.iso3166 import country_by_demonym, country_by_name
from . import _cues
from ._dateline import DASHES

# Words that make a name a state body's, not a company's: "Pakistan Army", "Republic of Kenya". The one list:
# incidents/_company_names reads it too (a "Pakistan Rangers office" is no company's).
STATE_BODY_WORDS = _cues.OFFICIAL_NOUNS | _cues.SECURITY_FORCE_NOUNS | frozenset({
    "republic", "kingdom", "federation", "emirate", "emirates", "union", "guard", "guards", "gendarmerie",
    "rangers", "constabulary", "senate", "assembly", "congress", "court", "judiciary", "consulate", "mission"})
_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
_LINKS = frozenset({"the", "of", "-", "–"})
# Small words inside a name, in lower case ("the Pakistan Institute for Peace Studies", "the X Centre for Research
# and Dialogue"): links that do not end the name.
_NAME_LINKS = frozenset({"for", "and", "on", "&"})


def names_a_country(words: list[str]) -> bool:
    """Some run of the words is a country's name ("Royal Jordanian": "Jordanian"; "the New Zealand Dairy Board":
    "New Zealand"), or one word its demonym. The company reader asks it of a trade name, this reader of the words
    beside a country in an organisation's name."""
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            part = " ".join(words[i:j])
            if country_by_name(part) or (j == i + 1 and country_by_demonym(part)):
                return True
    return False


def _state_body(words: set[str]) -> bool:
    """"the Pakistan Army", "the Union of Myanmar": a state's own body. "Union" alone is the state's; with more
    words ("the National Union of Journalists of Kenya") it is a trade union. A "High Commission" is a Commonwealth
    state's embassy ("the British High Commission")."""
    return bool(words & (STATE_BODY_WORDS - {"union"})) or words == {"union"} or {"high", "commission"} <= words


def _cut_name_start(doc: Doc, first: int) -> int | None:
    """Where the organisation's name begins when the tagger cut it before "of (the) <Country>": "The National
    Union of Journalists | of the Philippines" (an ORG, then the country as a GPE); None otherwise."""
    i = first - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].ent_type_ != "ORG" or doc[i - 1].ent_iob_ == "":
        return None
    start = i - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start


def organisation_end(doc: Doc, start: int, end: int) -> int:
    """The end of the organisation named doc[start:end] (an ORG entity), through a country the tagger cut off
    ("The National Union of Journalists" + "of the Philippines"); `end` when no country follows."""
    i = end
    if i >= len(doc) or doc[i].lower_ != "of":
        return end
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i >= len(doc) or doc[i].ent_type_ != "GPE" or doc[i].ent_iob_ != "B":
        return end
    last = i + 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    if country_by_name(doc[i:last].text) is None or not in_organisation_name(doc, i, last):
        return end
    return last


def _spaced_dash(doc: Doc, k: int) -> bool:
    """A dash with a space on both sides: punctuation between clauses, never a hyphen inside a name."""
    return doc[k].text in DASHES and k > 0 and bool(doc[k - 1].whitespace_) and bool(doc[k].whitespace_)


def in_organisation_name(doc: Doc, first: int, last: int) -> bool:
    """The country words doc[first:last] are part of an organisation's name that is no state body's."""
    if doc[first].ent_type_ == "GPE" and (cut := _cut_name_start(doc, first)) is not None:
        others = [t for t in doc[cut:first] if t.lower_ not in _LINKS]
        return bool(others) and all(t.text[:1].isupper() for t in others) \
            and any(t.is_alpha and not t.text.isupper() for t in others) \
            and not _state_body({t.lower_ for t in others}) \
            and not names_a_country([t.text for t in others]) \
            and gazetteer().lookup(" ".join(t.text for t in others)) is None
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
    # a dash spaced on both sides breaks the name ("NIAMEY, Niger - Gunmen killed ...": a dateline's dash, which
    # NER may run an entity across): only the words on the country's side of it can be its name
    start = max([start] + [k + 1 for k in range(start, first) if _spaced_dash(doc, k)])
    end = min([end] + [k for k in range(last, end) if _spaced_dash(doc, k)])
    others = [t for t in doc[start:end] if not first <= t.i < last and t.lower_ not in _LINKS]
    if not any(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in others):
        return False  # the country alone, or with an acronym ("the Ukrainian GUR")
    inner = [t for t in others if t.text not in _NAME_LINKS or t.i in {start, end - 1}]
    if any(not (t.text[:1].isupper() or t.like_num) for t in inner):
        return False  # "the France-based company": no name
    if names_a_country([t.text for t in others]):
        return False  # "the Pakistan-Afghanistan border": two countries, no company
    if _state_body({t.lower_ for t in others}):
        return False
    rest = " ".join(t.text for t in others)
    if start > 0 and doc[start - 1].text == "," and _a_place(rest):
        return False  # "in Bamerni, Amedi district, Dihok Iraq": the last links of a place chain, no company
    return gazetteer().lookup(rest) is None  # "the Afghan Taliban": a listed group where it fights


def whole_name(ent: Span) -> Span:
    """The organisation's name through the words the tagger cut after a lower-case link: "the National Institute
    for Policy" + "and Strategic Studies" (only words the name's head governs, in capitals or links)."""
    doc, governed = ent.doc, {t.i for t in ent.root.subtree}
    end = ent.end
    while end < len(doc) and end in governed and (doc[end].text[:1].isupper() or doc[end].text in _NAME_LINKS):
        end += 1
    while end > ent.end and doc[end - 1].text in _NAME_LINKS:
        end -= 1
    return doc[ent.start:end]


def _a_place(words: str) -> bool:
    """The words name a province or a town the place gazetteer lists."""
    places, key = load_gazetteer(), name_key(words)
    return bool(places.subdivisions.get(key)) or bool(places.cities_named(key))


# Not "station": "the MRT station" is a place.
_MEDIUM_WORDS = _cues.MEDIUM_NOUNS | {"correspondent", "reporter", "reporters"}


def outlet_initials(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is one word in capitals right before a medium word in lower case ("the IRNA news agency",
    "SANA reporters", "the ISNA agency"): an outlet's initials, even when a town or a capital bears the same
    letters ("Irna", "Sana"), so neither a place nor that capital's government speaking."""
    if end - start != 1 or end >= len(doc):
        return False
    word, nxt = doc[start].text, doc[end].text
    return len(word) >= 2 and word.isalpha() and word.isupper() and nxt.lower() in _MEDIUM_WORDS \
        and (not nxt.isupper() or nxt == "TV")
