"""Places resolved offline to GeoNames cities, ISO subdivisions, countries and sea areas.

Matching does not rely on NER labels, which fail on all-upper-case wire copy: every run of up to six
tokens is looked up by its normalised text (accents stripped, lower-cased) in the gazetteer, longest
first. Candidates are ranked the way Mordecai3 does it in spirit, but simply: population as prior plus
the countries the text ties to the name ("Parachinar, Pakistan", a country or demonym in the same
sentence, then in the document). Single-word names that are also English words ("Police", "Best") need
that support. Names the gazetteer lacks are still kept when the text marks them as places ("the village
of Bool-Kiiba", "Khyber district", "Puerto Jordan, a village in ...") with the country from context.
Each place resolves on its own: an unknown name never empties the others.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .._diskcache import cached_json
from ..codebooks.gazetteer import (
    CITIES_FILE,
    COMPASS_ADJECTIVES,
    COMPASS_NAMES,
    City,
    Gazetteer,
    SeaArea,
    Subdivision,
    load_gazetteer,
    loose_name_keys,
    name_key,
)
from ..codebooks.iso3166 import (
    SHARED_NAMES,
    Country,
    alias_only,
    capital_of,
    country_by_code,
    country_by_demonym,
    country_by_name,
)
from ..models import Location
from ..models import Span as EvidenceSpan
from ._calendar import MONTHS, WEEKDAYS
from ._cues import (
    COMPANY_ABBREVIATIONS,
    LONG_DISTANCE_UNITS,
    MEDIUM_NOUNS,
    OFFICIAL_NOUNS,
    PATRON_VERBS,
    PLANNER_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRISON_NOUNS,
    QUARTER_WORDS,
    REPORTING_VERBS,
    SECURITY_FORCE_NOUNS,
    SUPPORT_NOUNS,
    SUPPORTER_NOUNS,
    VESSEL_NOUNS,
)
from ._dateline import dateline_dash, in_dateline
from ._ordinals import COUNT_WORDS
from ._org_names import in_organisation_name, outlet_initials
from ._sections import section_country
from ._text import doc_ents, doc_lowers, doc_offsets, doc_text, is_upper_text
from .mentions import PlaceMention
from .quantities import PERSON_NOUNS

Level = Literal["city", "admin", "country", "sea"]

_MAX_TOKENS = 6
_ADMIN_WORDS = {
    "province", "district", "region", "county", "governorate", "department", "state", "prefecture",
    "municipality", "division", "territory", "oblast", "emirate", "wilayat", "agency", "provinces",
    # Nigeria's local government areas ("Guma LGA", "Agatu Local Government Area"), the unit below its states
    "lga",
}
_DISTRICT_NEXT = re.compile(r",\s+(?:[A-Z][\w'-]*\s+){1,3}district\b")
"""', Y district' after a tehsil: the district it lies in."""
_SUBDISTRICT_WORDS = {"tehsil", "taluka", "taluk", "mandal", "upazila"}
"""South Asian units below a district ("Jamrud tehsil"): no province's type, but no person ends on one either."""
_SUBDISTRICT_COUNTRIES = frozenset({"PK", "IN", "BD"})
"""The countries whose districts split into tehsils, talukas, mandals or upazilas: "Bara tehsil" is a town of one of
them, not Nigeria's Bara."""
_CITY_WORDS = {
    "village", "town", "city", "neighborhood", "neighbourhood", "suburb", "locality", "hamlet", "port",
    "township", "settlement", "camp", "capital", "island", "area", "district",
}
_NAME_PREFIXES = {
    "puerto", "port", "porto", "san", "santa", "santo", "sao", "saint", "st", "fort", "mount", "el",
    "ciudad", "villa", "lake", "cape", "camp", "ras", "tel", "bir", "wadi", "jabal", "jebel", "kafr", "deir",
    "kampung", "barangay", "colonia", "bandar", "nueva", "nuevo", "las", "los", "la",
}
_VILLAGE_TITLES = {"barangay"}
"""Prefixes that say what a place is, not part of its name (GTD writes "Barangay Liang" as Liang)."""
_LINKERS = {"near", "outside", "in", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "a", "an", "the", "close", "just", "some", "about", "downtown", "suburban"}
_REGIONS = {
    "middle east", "west africa", "east africa", "north africa", "horn of africa", "sahel", "europe", "africa",
    "asia", "latin america", "south asia", "central asia", "southeast asia", "the west", "gulf", "west", "east",
    "north", "south", "balkans", "caucasus", "maghreb", "levant", "central america", "south america",
    "north america", "western europe", "eastern europe", "sub-saharan africa", "arab world", "far east",
}
_SHARED_REGIONS: dict[str, tuple[str, dict[str, str]]] = {
    "kurdistan": ("IQ", {
        "peshmerga": "IQ", "krg": "IQ", "asayish": "IQ", "barzani": "IQ", "talabani": "IQ", "puk": "IQ",
        "irgc": "IR", "basij": "IR", "pjak": "IR", "kdpi": "IR", "komala": "IR", "pasdaran": "IR",
    }),
}
"""A region's name two states' provinces share, read when the text names neither state: by the actors it names
(the Peshmerga are Iraq's Kurdistan Region's, the IRGC Iran's), else the reading the bare name stands for in
English news (the Kurdistan Region of Iraq; Iran's is "Kurdistan province")."""
_DIRECTIONS = COMPASS_NAMES | COMPASS_ADJECTIVES | {"northeastern", "northwestern", "southeastern", "southwestern",
                                                    "upper", "lower", "greater"}

_STREET_WORDS = {"road", "avenue", "street", "highway", "bypass", "roundabout", "square", "park", "bridge", "lane",
                 "boulevard", "junction", "police", "station", "market", "bazaar", "hospital", "university", "mosque",
                 "church", "school", "stadium", "hotel", "airport", "base", "checkpoint", "camp", "ward", "strasse",
                 "straße", "trail", "drive"}
_NAME_HEADS = _STREET_WORDS | {"temple", "cathedral", "shrine", "chapel", "palace", "tower", "zone", "district", "area",
                               "bank", "headquarters", "center", "centre", "hall", "library", "office", "building",
                               "college", "club", "mall", "institute", "academy", "prison", "barracks"}
"""Words that end the name of a street, venue or quarter; a town named like them ("Temple", Texas)
is not meant when a capitalised name precedes them."""
_PEOPLE_LEAD = {"a", "an", "the", "ethnic", "predominantly", "mainly", "mostly", "largely"}
"""Before a people's name that describes a settlement: "a Fulani community", "the ethnic Dogon village"."""
_SETTLEMENT_WORDS = {"town", "village", "city", "ward", "community", "locality", "sector", "hamlet", "settlement"}
# "Shingani neighborhood, Mogadishu", "Adhamiyah area, Baghdad": a part of the city named next
_QUARTER_WORDS = QUARTER_WORDS
_FIRST_NAME_COUNTRIES = {"chad", "jordan", "georgia", "israel", "india", "kenya", "china"}
_INSTITUTIONS = {"white house", "pentagon", "kremlin", "downing street", "capitol", "capitol hill", "vatican"}
_SPEECH_VERBS = (REPORTING_VERBS - {"report"}) | {"claim", "deny", "warn", "write"}
_STANCE_VERBS = {
    "reject", "dismiss", "refute", "accuse", "blame", "condemn", "denounce", "criticise", "criticize", "insist",
    "respond", "retort", "vow", "urge", "demand", "welcome", "protest", "allege", "acknowledge", "admit",
}
"""What a government does in words: a city that does it ("a charge Kigali rejected", "New Delhi blamed
...") stands for the government seated there."""
_BLAMED_VERBS = {"accuse", "blame"}
"""Whose object is the one accused ("New Delhi blamed Islamabad"): a government, not a place."""
_CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
_PARTICLES = {"al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "de", "del", "la", "le", "da", "do",
              "dos", "das", "di", "du", "bin", "ibn", "ul", "e", "i"}
_ALLOWED_PUNCT = {"-", "'", "’", "."}
_CONTEXT_WINDOW = 40  # characters after a sea name searched for "off <country>"
_OFF = re.compile(r"\boff\s+(?:the\s+)?(?:coast\s+of\s+|coasts\s+of\s+)?", re.I)


@dataclass
class _Match:
    start: int  # token index
    end: int
    key: str
    country: Country | None = None
    sea: SeaArea | None = None
    subdivisions: tuple[Subdivision, ...] = ()
    cities: tuple[City, ...] = ()
    unlisted: bool = False  # a name the gazetteer lacks, marked by a prefix ("Puerto Jordan")
    loose: bool = False  # found only through another transliteration ("Ras al-Ain")
    undecided: bool = False  # a country name two states share that nothing in the text tells apart ("Congo")
    compass: bool = False  # a city named with a compass word before it ("North Belfast"): the city


@dataclass
class _Context:
    """Countries the text names: per sentence, in the document, and a primary one."""

    by_sent: dict[int, set[str]]
    doc: Counter[str]
    first: dict[str, int]  # character offset of each country's first mention
    governments: Counter[str] = field(default_factory=Counter)  # of those, named by a city that speaks
    scene: Counter[str] = field(default_factory=Counter)  # of those, not only a reacting party
    shared: list[tuple[int, int, _Match, bool]] = field(default_factory=list)  # a name two states share, undecided
    scenes: list[tuple[int, str]] = field(default_factory=list)  # (offset, code) of each "in <Country>"
    coast: Counter[str] = field(default_factory=Counter)  # of those, neither a doer nor a ship's flag
    dateline: Counter[str] = field(default_factory=Counter)  # of the scene's votes, those the dateline cast

    def add(self, offset: int, sent: int, code: str, party: bool, scene: bool = False, dateline: bool = False) -> None:
        if scene and not party:
            self.scenes.append((offset, code))
        self.by_sent.setdefault(sent, set()).add(code)
        self.doc[code] += 1
        self.first.setdefault(code, offset)
        if not party:
            self.scene[code] += 1
            self.dateline[code] += dateline

    def dateline_codes(self) -> set[str]:
        """The countries the dateline places the report in."""
        return {code for code, n in self.dateline.items() if n}

    def only_the_datelines(self) -> bool:
        """Every country the text places anything in is the dateline's, where the report was filed."""
        return all(self.dateline[code] >= n for code, n in self.scene.items())

    def settle_shared(self, sent_index: list[int], homes: Callable[[], Counter[str]]) -> None:
        """A country name two states share ("Congo") takes the reading the text's other places agree with (Goma,
        North Kivu, Kinshasa, a "Congolese" army: the DR Congo; Brazzaville: the Republic of the Congo), else the
        one the listed groups it names are of (the M23, the ADF: the DR Congo; `homes`, read only then). When none
        of them says, or they agree with both equally, the name stays a country-level place with no country:
        grounded or absent (DESIGN.md), rather than ISO's reading of the bare name, which English news mostly uses
        for the other state."""
        for offset, i, m, party in self.shared:
            codes = SHARED_NAMES[m.key]
            votes = sorted((self.doc.get(c, 0) for c in codes), reverse=True)
            if votes[0] == 0 and (code := _one_home(homes(), codes)) is not None:
                m.country = country_by_code(code)
                self.add(offset, sent_index[i], code, party)
                continue
            if votes[0] == 0 or (len(votes) > 1 and votes[0] == votes[1]):
                m.undecided = True
                continue
            code = max(codes, key=lambda c: self.doc.get(c, 0))
            m.country = country_by_code(code)
            self.add(offset, sent_index[i], code, party)
        self.shared = []

    def last_scene(self, text: str, offset: int, sent: int) -> str | None:
        """The country of the nearest "in <Country>" before `offset` in its paragraph, when the sentence names
        none: a round-up's towns belong to the country the story last moved to ("... in Mali. In Sierra Leone,
        ... Later, in Kabala, gunmen ..."), not to the one it names most."""
        if self.by_sent.get(sent):
            return None
        para = text.rfind("\n", 0, offset)
        before = [code for at, code in self.scenes if para < at < offset]
        return before[-1] if before else None

    def primary(self, sent: int) -> str | None:
        """The most named country, a mention in the same sentence counting double; earliest on ties."""
        in_sent = self.by_sent.get(sent, set())
        candidates = in_sent | set(self.doc)
        if not candidates:
            return None
        return min(candidates, key=lambda c: (-self.doc.get(c, 0) - 2 * (c in in_sent), self.first.get(c, 1 << 30)))


def find_places(doc: Doc) -> list[PlaceMention]:
    """Every place mention in `doc`, resolved to a GeoNames city, subdivision, country or sea area."""
    gaz = load_gazetteer()
    upper = is_upper_text(doc_text(doc))
    sent_index = _sentence_index(doc)
    matches = [m for m in _match(doc, gaz, upper) if not _in_a_group_name(doc, m)]
    matches = [m for m in matches if not _opens_a_citys_long_name(doc, m, matches)]
    context = _context(doc, matches, sent_index, upper)
    # First pass: the countries of the cities and the provinces ("Jonglei state") that resolve firmly
    # strengthen the document context. A province only one country has and no town shares the name of
    # ("Chhattisgarh") counts before any town resolves: "in Narayanpur ..., officials in Chhattisgarh said"
    # is India's Narayanpur, not a smaller namesake abroad that the town's first reading would have voted for.
    firm = {id(m) for m in matches if _firm_province(m, upper)}
    for m in matches:
        if id(m) in firm and (first := _resolve(doc, m, gaz, context, sent_index, upper)) is not None \
                and first.level == "admin" and first.location.country_code:
            context.doc[first.location.country_code] += 1
            context.scene[first.location.country_code] += 1
    for m in matches:
        if id(m) in firm:
            continue
        if _metonym(doc, m, upper):
            # "Moscow denied": no place, but the country it speaks for, as if the text named it
            big = max(m.cities, key=lambda c: c.population, default=None)
            if big is not None and big.population >= 100000:
                context.doc[big.country_code] += 1
                context.governments[big.country_code] += 1
            continue
        if _part_of_a_marked_name(doc, m):
            continue  # "Mulimbi Kabala-Nyanga village": Nyanga, Zimbabwe, says nothing of where the village is
        first = _resolve(doc, m, gaz, context, sent_index, upper)
        if first is None or not first.location.country_code:
            continue
        if (first.level == "city" and first.location.geonames_id) or (
            first.level == "admin" and first.location.admin1 and _admin_cue(doc, m)
        ):
            context.doc[first.location.country_code] += 1
            context.scene[first.location.country_code] += 1
            context.dateline[first.location.country_code] += in_dateline(doc[m.start])
            # a town read firmly is a mention of its country too, for the earliest-on-ties order: "villagers fled to
            # Mueda ... no link to the Somali group" is Mozambique's story, not Somalia's
            # (the earlier offset: the country's own name may come later in the text than the town)
            code = first.location.country_code
            context.first[code] = min(context.first.get(code, doc[m.start].idx), doc[m.start].idx)
    context.settle_shared(sent_index, lambda: _named_group_homes(doc))
    taken: set[int] = set()
    mentions: list[PlaceMention] = []
    hints: list[PlaceMention] = []  # countries told by a body's name only ("the South Lebanon Army")
    towns: list[tuple[PlaceMention, City, Subdivision]] = []  # read as a town only in a place slot
    for m in matches:
        mention = _resolve(doc, m, gaz, context, sent_index, upper)
        if mention is None and not upper and (seat := _provincial_seat(m)) is not None:
            # "near Gao", "in Katsina": a town that shares its province's name, when nothing else decides
            mention = _resolve(doc, m, gaz, context, sent_index, upper, town_slot=True)
            if mention is not None and mention.location.geonames_id == seat[0].geonames_id:
                towns.append((mention, *seat))
            elif mention is not None and mention.level == "city":
                mention = None
        if mention is not None and mention.level == "admin" and _after_a_police_district(doc, m) and (
            seat := _provincial_seat(m)
        ) is not None:
            # "in Police District 17, Kabul": a city's precinct, so the city, not the province of its name
            mention = _mention(doc, m.start, m.end, mention.sent, "city",
                               country=country_by_code(seat[0].country_code), city=seat[0])
        if mention is not None and mention.level == "admin" and (seat := _city_of_a_named_quarter(doc, m)):
            # "the Karrada district of Baghdad": a quarter of the city, not a district of the province
            mention = _mention(doc, m.start, m.end, mention.sent, "city",
                               country=country_by_code(seat.country_code), city=seat)
        if mention is not None and m.compass and mention.location.geonames_id is not None:
            # "North Belfast": the city, its compass word kept in the evidence
            city = next(c for c in m.cities if c.geonames_id == mention.location.geonames_id)
            mention = PlaceMention(location=mention.location.model_copy(update={"name": city.name}),
                                   sent=mention.sent, level=mention.level)
        if mention is not None:
            mentions.append(mention)
            taken.update(range(m.start, m.end))
        elif not upper and m.country is not None and m.end - m.start > 1 and _compass_part_in_a_name(doc, m):
            # "The South Lebanon Army shelled villages": no scene, but the country its name tells, kept below only
            # when nothing else resolves (DESIGN: the country comes from the text when no finer place does)
            hints.append(_mention(doc, m.end - 1, m.end, sent_index[m.start], "country", country=m.country))
    if towns:
        mentions = _give_way_to_a_town_in_the_province(mentions, towns)
    extra = _unlisted_places(doc, gaz, taken, context, sent_index, upper)
    # a longer marked name replaces the listed word inside it ("Tunga Dutse village": not Dutse)
    spans = [(p.location.evidence.start, p.location.evidence.end) for p in extra]
    mentions = [
        p for p in mentions
        if not any(a <= p.location.evidence.start and p.location.evidence.end <= b
                   and (a, b) != (p.location.evidence.start, p.location.evidence.end) for a, b in spans)
    ]
    mentions.extend(extra)
    mentions.extend(_airspace_countries(doc, taken, sent_index))
    mentions = _quarters_give_way(doc, gaz, mentions)
    mentions = _named_quarters_give_way(doc, gaz, mentions)
    mentions = _boroughs_give_way(doc, gaz, mentions)
    mentions = _namesakes_near_the_town_after(doc, gaz, mentions)
    if not upper:
        mentions = _words_of_longer_names_give_way(doc, mentions)
    if not upper:
        mentions = _names_give_way(doc, mentions)
        mentions = _school_towns_in_the_named_state(doc, gaz, mentions)
        mentions.extend(_capital_mentions(doc, gaz, context, sent_index))
    if not mentions:
        mentions = hints[:1]
    mentions.sort(key=lambda p: p.location.evidence.start)
    return mentions


_NAME_LINKS = {"de", "del"}
_LONG_NAME_HEAD = re.compile(r"(?:[A-Z][\w'-]*\s+){1,3}del?\s+$")
"""The opening of a city's long name before its short one ("Santa Fe de " of Bogota)."""


def _opens_a_citys_long_name(doc: Doc, m: _Match, matches: list[_Match]) -> bool:
    """ "Santa Fe de Bogota", "San Jose de Cucuta": a listed name before "de" and a larger listed city opens that
    city's long official name (the gazetteer lists the long name of neither), not a town of its own."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ not in _NAME_LINKS or not m.cities:
        return False
    nxt = next((n for n in matches if n.start == m.end + 1), None)
    if nxt is None or not nxt.cities:
        return False
    return max(c.population for c in nxt.cities) > max(c.population for c in m.cities)


def _part_of_a_marked_name(doc: Doc, m: _Match) -> bool:
    """A listed word joined by a hyphen to another capitalised word, in a name a place word ends ("Kabala-Nyanga
    village", "the Dar-Salam district"): a part of a longer name that `_match` left apart (a part is also an
    English word), which is no evidence of the country of the place."""
    if m.country is not None or m.sea is not None:
        return False
    glued = (_glued_hyphen(doc, m.start - 1) and doc[m.start - 2].text[:1].isupper()) or (
        _glued_hyphen(doc, m.end) and doc[m.end + 1].text[:1].isupper())
    if not glued:
        return False
    j = m.end
    while j < len(doc) and j - m.end < 4 and (_glued_hyphen(doc, j) or (doc[j].is_alpha and doc[j].text[:1].isupper()
                                                                         and doc[j].lower_ not in _ADMIN_WORDS)):
        j += 1
    return _word_at(doc, j) in _SETTLEMENT_WORDS | _ADMIN_WORDS


_GROUP_NAME_LINKS = {"of", "the", "in", "for", "and", "-", "i", "e", "al", "el"}


def _in_a_group_name(doc: Doc, m: _Match) -> bool:
    """The name is a word of a listed armed group's name ("the Niger Delta Avengers", "Islamic State Khorasan
    Province") that says nothing of where the group struck; a country the group is named for and fights in
    ("Tehrik-i-Taliban Pakistan") stays, a hint of the country like any other."""
    def word(k: int) -> bool:
        t = doc[k]
        return t.text[:1].isupper() or t.lower_ in _GROUP_NAME_LINKS or _glued_hyphen(doc, k)

    lo = m.start
    while lo > 0 and m.start - lo < 5 and word(lo - 1) and not doc[lo].is_sent_start:
        lo -= 1  # back to the sentence's first word at most ("Islamic State of Iraq ..." opening a sentence)
    hi = m.end
    while hi < len(doc) and hi - m.end < 5 and word(hi):
        hi += 1
    if (lo, hi) == (m.start, m.end):
        return False
    from ..codebooks.groups import gazetteer

    groups = gazetteer()
    for a in range(lo, m.start + 1):
        for b in range(hi, m.end - 1, -1):
            if (a, b) == (m.start, m.end) or not doc[a].text[:1].isupper():
                continue
            entry = groups.lookup(doc[a:b].text)
            if entry is None or entry.type != "group":
                continue
            if m.country is not None:
                return entry.country != m.country.alpha2
            codes = {s.country_code for s in m.subdivisions} | {c.country_code for c in m.cities}
            return entry.country not in codes
    return False


_NAME_ENTITIES = {"ORG", "FAC", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT"}


def _inside_a_name(doc: Doc, p: PlaceMention) -> bool:
    """The town is a word of a longer name ("Bank of Baghdad", "Kabul University", "Lahore General Hospital")."""
    return _name_around(doc, p) is not None


def _name_around(doc: Doc, p: PlaceMention) -> Span | None:
    span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    return next((e for e in doc_ents(doc) if e.label_ in _NAME_ENTITIES and e.start <= span.start and span.end <= e.end
                 and len(e) > len(span)), None)


def _name_key(span: Span) -> str:
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return " ".join(words)


def _names_give_way(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A town read from inside a longer name ("guards at the Bank of Baghdad in Basra", "Kabul University
    students rallied in Herat") gives way to another town the same sentence puts something in: that one is
    where it happened; the name only says where the bank or university has its seat."""
    def _an_origin(k: int) -> bool:  # the words before "the town of X" (k: its article or place word) say where from
        w1, w2 = _word_at(doc, k - 1), _word_at(doc, k - 2)
        return w1 in {"from", "native"} or (w1, w2) == ("of", "native") or w1 == "in" and w2 in {"born", "raised"}

    def put_in(p: PlaceMention, called: bool = False) -> bool:
        tok = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
        if tok is None:
            return False
        before = tok.start - 1 - (_word_at(doc, tok.start - 1) == "the")  # "in the Bronx"
        if called and _word_at(doc, before) == "of" and _word_at(doc, before - 1) in _SETTLEMENT_WORDS:
            # "attacked the town of Tarapoto": the text calls it a town, as "in Tarapoto" places it; not someone's
            # origin ("born in the village of X", "a man from the town of X")
            return not _an_origin(before - 1 - (_word_at(doc, before - 2) in {"the", "a"}))
        return _word_at(doc, before) in {"in", "at", "near", "outside"}

    # "a lecturer of Anchor University Lagos ... seized on a highway in Kogi State": a town after the institution
    # word of a name labels the institution, not where it stands; any other place the text puts something in is
    # where it happened
    # ("the University of Oregon, Eugene": the town after the name is its campus's)
    text = doc_text(doc)
    labels = [p for p in mentions if p.level in {"city", "admin"} and _labels_an_institution(doc, p)]
    if labels and any(q.level in {"city", "admin"} and q not in labels
                      and (put_in(q) and any(p.level == "city" for p in labels) or q.level == "city"
                           and not load_gazetteer().subdivisions.get(name_key(q.location.name)) and any(
                          text[p.location.evidence.end : q.location.evidence.start] == ", " for p in labels))
                      and name_key(q.location.name) not in {name_key(p.location.name) for p in labels}
                      for q in mentions):
        mentions = [p for p in mentions if p not in labels]
    # "the Victoria railway terminus near Mumbai": a station named for a town elsewhere stands in the town the
    # sentence puts it near or in
    # (only a town right after the venue: "killing six people, an official in Islamabad said" names no venue's)
    # (a province's name opening a school's is no province: "at Saint Mary school in X")
    heads = {id(p): _station_head(doc, p) for p in mentions if p.level in {"city", "admin"}}
    stations = [p for p in mentions if heads.get(id(p), -1) >= 0]
    if stations:
        mentions = [p for p in mentions if not (p in stations and any(
            q.level == "city" and q.sent == p.sent and q not in stations and put_in(q)
            and _just_after(doc, heads[id(p)], q)
            and name_key(q.location.name) != name_key(p.location.name)
            and not _prison_town_near(doc, heads[id(p)], p, q) for q in mentions))]
    named = [p for p in mentions if p.level == "city" and _inside_a_name(doc, p)]
    if not named:
        return mentions
    free = [p for p in mentions if p.level == "city" and p not in named and put_in(p, called=True)]
    # "the Resorts World Manila in Pasay": wherever else the text repeats the name, it stands in Pasay
    starts = {p.location.evidence.start for p in free}
    placed = {_name_key(e) for e in doc_ents(doc) if e.label_ in _NAME_ENTITIES and e.end + 1 < len(doc)
              and doc[e.end].lower_ in {"in", "at"} and doc[e.end + 1].idx in starts}
    return [p for p in mentions if not (p in named and (any(
        q.sent == p.sent and name_key(q.location.name) != name_key(p.location.name) for q in free)
        or _name_key(_name_around(doc, p)) in placed))]


def _school_towns_in_the_named_state(doc: Doc, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "a shooting at Madison High School ..., police in Ohio said": a US town's name opening a school's name is
    the school's town, which lies in the state the text names: its namesake there (Madison, Ohio), not the
    largest one elsewhere (Madison, Wisconsin); none when the gazetteer lists none there, and the state stays the
    place. US schools bear the names of presidents and towns far away, so the state decides."""
    states = set()
    for q in mentions:
        if q.level == "admin" and q.location.country_code == "US" and q.location.admin1:
            states |= {sub.code.split("-")[1] for sub in gaz.subdivisions.get(name_key(q.location.admin1), ())
                       if sub.country_code == "US"}
    if len(states) != 1:
        return mentions
    state = next(iter(states))
    out = []
    for p in mentions:
        head = _station_head(doc, p) if p.level == "city" and p.location.country_code == "US" else -1
        city = _listed_city(gaz, p) if head >= 0 and doc[head].lower_ == "school" else None
        if city is None or city.admin1_code == state:
            out.append(p)
            continue
        there = next((c for c in gaz.cities_named(name_key(p.location.name))
                      if c.country_code == "US" and c.admin1_code == state), None)
        if there is not None:
            out.append(replace(p, location=p.location.model_copy(
                update={"lat": there.lat, "lon": there.lon, "geonames_id": there.geonames_id})))
    return out


_RAIL_WORDS = {"railway", "railroad", "rail", "train", "bus", "metro", "subway", "underground", "tube", "coach"}
_STATION_WORDS = {"station", "terminus", "terminal"}


_VENUE_WORDS = _STATION_WORDS | {"library", "theatre", "theater", "building", "hall", "field", "center", "centre",
                                 "store", "restaurant", "plant", "factory", "cinema", "school", "prison", "jail"}
_SCHOOL_GRADES = {"primary", "secondary", "elementary", "high", "middle", "grammar", "nursery", "public"}
"""Lower-case words between a school's name and "school" ("the Nkwen primary school in X")."""


def _station_head(doc: Doc, p: PlaceMention) -> int:
    """The town's name opens a station's or a venue's ("Victoria station", "the Waterloo railway terminus", "the
    Paradise Theatre", "Rogers Field Stadium"): the index of the name's last word, or -1. Venue words only: a
    facility named for a town ("Kabul airport", `_FACILITY_HEADS`) stands in that town."""
    span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
    if span is None:
        return -1
    if len(span) > 1 and span[-1].lower_ in _STATION_WORDS and span[-1].text[:1].isupper():
        return span.end - 1  # "near Union Station in Denver": a listed name that is itself a station's
    k = span.end + (_word_at(doc, span.end) in _RAIL_WORDS)
    while k < len(doc) and k - span.end < 3 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and doc[k].lower_ not in _VENUE_WORDS:
        k += 1  # "Rogers Field Stadium", "Olin Memorial Library"
    if _word_at(doc, k) in _SCHOOL_GRADES and _word_at(doc, k + 1) == "school":
        k += 1  # "a polling station at the Sabon Gari primary school in X"
    if _word_at(doc, k) not in _VENUE_WORDS:
        return -1
    while k + 1 < len(doc) and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper():
        k += 1  # "Rogers Field Stadium": the name ends at "Stadium"
    return k


_PRISON_TOWN_KM = 100.0
"""A prison bears the name of the town it stands in, which news copy places near the nearest city ("X prison near
Y", "X jail in Y"): a town of that name this close to Y is the prison's own."""


def _prison_town_near(doc: Doc, head: int, p: PlaceMention, q: PlaceMention) -> bool:
    """The venue is a prison named for a listed town near the city `q` the sentence puts it in or near (a prison
    outside a capital, in a town of its own): that town stays the place, unlike a station named for a faraway
    town."""
    if doc[head].lower_ not in PRISON_NOUNS:
        return False
    gaz = load_gazetteer()
    there = _listed_city(gaz, q)
    return there is not None and any(c.country_code == there.country_code and _km(c, there) <= _PRISON_TOWN_KM
                                     for c in gaz.cities_named(name_key(p.location.name)))


_VENUE_NOUNS = _VENUE_WORDS | {"nightclub", "club", "bar", "pub", "cafe", "café", "shop", "supermarket", "mall",
                               "hotel", "mosque", "church", "synagogue", "temple", "school", "market", "bakery",
                               "office", "company", "firm", "dealership", "warehouse", "business"}
"""What an apposition calls a venue ("at Pulse, a nightclub, in X", "Westgate, a shopping centre in Nairobi")."""
_TOWN_CENTRES = {"trading", "farming", "market", "business", "commercial", "rural", "administrative", "mining",
                 "fishing"}
"""A "trading centre" or "farming center" is one of East Africa's small towns, no venue inside one."""


def _called_a_venue(doc: Doc, end: int) -> bool:
    """ "at Pulse, a nightclub, in X": the apposition after the name calls it a venue, not a town."""
    if _word_at(doc, end) != "," or _word_at(doc, end + 1) not in {"a", "an"}:
        return False
    for k in range(end + 2, min(len(doc), end + 6)):
        if doc[k].is_punct or doc[k].lower_ in {"in", "near", "on", "at", "of"}:
            return _word_at(doc, k - 1) in _VENUE_NOUNS and not (
                _word_at(doc, k - 1) in {"centre", "center"} and _word_at(doc, k - 2) in _TOWN_CENTRES)
    return False


def _called_a_person(doc: Doc, start: int, end: int) -> bool:
    """ "fired two shots at Bob Kessler, a party organiser, in X": a name the tagger reads as a person, which the
    apposition after it calls one (its last noun before "of/in/at" or the next comma is a noun for people), is who was
    attacked, not a town the gazetteer lacks."""
    if not all(t.ent_type_ == "PERSON" for t in doc[start:end]) or _word_at(doc, end) != "," \
            or _word_at(doc, end + 1) not in {"a", "an", "the"}:
        return False
    for k in range(end + 2, min(len(doc), end + 7)):
        if doc[k].is_punct or doc[k].lower_ in {"in", "near", "on", "at", "of", "for", "from", "with"}:
            word = doc[k - 1].lemma_.lower()
            return k > end + 2 and (word in PERSON_NOUNS or _people_word(word) or word in _PERSON_TITLES)
    return False


_PERSON_TITLES = PLANNER_NOUNS | SUPPORTER_NOUNS | {"founder", "critic", "dissident", "campaigner"}
"""Nouns for people that `PERSON_NOUNS` lacks, seen in appositions after a victim's name ("a party organiser")."""


def _just_after(doc: Doc, head: int, q: PlaceMention) -> bool:
    """The town follows the venue's name closely, in the same clause ("terminus near Mumbai", "Cinema in the
    Bronx", "Stadium at the state university in Pullman"): a town past a comma is said of something else."""
    start = next((t.i for t in doc if t.idx >= q.location.evidence.start), len(doc))
    return 0 < start - head <= 7 and not any(t.is_punct for t in doc[head + 1 : start])


_INSTITUTION_HEADS = {"university", "college", "polytechnic", "academy", "institute", "bank", "hospital"}


def _labels_an_institution(doc: Doc, p: PlaceMention) -> bool:
    """ "Anchor University Lagos", "the University of Lagos", "Bank of Baghdad": the town closes an institution's
    name, after its institution word."""
    span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
    if span is None or span.start < 1:
        return False
    k = span.start - 1
    if doc[k].lower_ == "of" and k >= 1:
        k -= 1
    return doc[k].lower_ in _INSTITUTION_HEADS and doc[k].text[:1].isupper()


_SITE_WORDS = {"farm", "estate", "ranch", "hacienda", "plantation", "mine", "quarry", "camp", "fundo", "finca"}
"""A named site that stands in a town ("the Santa Elena farm in X", "the Kamoto mine in Y"): its name, often
a saint's or a town's, is no town of its own."""


def _names_a_site(doc: Doc, m: _Match, gaz: Gazetteer) -> bool:
    """ "at the Santa Rosa estate in X", "the San Jose mine outside Y": the name of a farm, estate, ranch, mine or
    camp that the text places in a town; the town is the place, whatever town elsewhere bears the site's name. A
    site named before a province ("the Kakuma camp in Turkana county") is the more specific place and stays."""
    k = m.end
    if _word_at(doc, k) not in _SITE_WORDS or _word_at(doc, k + 1) not in {"in", "near", "outside"}:
        return False
    k += 2 + (_word_at(doc, k + 2) == "the")
    end = _proper_run(doc, k, is_upper_text(doc_text(doc)), person_ok=True)
    if end == k or _word_at(doc, end) in _ADMIN_WORDS:
        return False
    key = name_key(doc[k:end].text)
    return not (gaz.subdivisions.get(key) and not gaz.cities_named(key)) and gaz.countries.get(key) is None


_RESERVE_WORDS = {"sanctuary", "reserve", "reservation", "park"}
_RESERVE_QUALIFIERS = {"wildlife", "game", "forest", "national", "nature", "tiger", "indigenous", "biosphere"}


def _names_a_reserve(doc: Doc, m: _Match) -> bool:
    """ "near the Kotgarh Wildlife Sanctuary in X district", "the Ubay Forest Reserve, Y": a town's name opening
    the name of a reserve, a park or a reservation that the text places elsewhere; a reserve spreads far from the
    town it is named after, so that place, not the town, is where it happened."""
    k = m.end
    while k < len(doc) and k - m.end < 2 and doc[k].text[:1].isupper() and doc[k].lower_ not in _RESERVE_WORDS \
            and (doc[k].lower_ in _RESERVE_QUALIFIERS or doc[k].ent_type_ == doc[m.start].ent_type_ != ""):
        k += 1
    word = _word_at(doc, k)
    if word not in _RESERVE_WORDS or (word == "park" and _word_at(doc, k - 1) != "national"):
        return False
    return _word_at(doc, k + 1) in {"in", "near", "outside", ","}


_STREET_HEADS = {"road", "street", "avenue", "roundabout", "square", "bridge", "junction", "boulevard", "lane",
                 "crossing", "intersection", "trail", "drive", "highway"}


def _capitals_to(doc: Doc, i: int, heads: set[str]) -> int:
    """Past up to three capitalised words from token `i` that are none of `heads` ("Kabul Karimi [roundabout]",
    "Miami Valley [Hospital]"): where a street's or a hospital's head word would stand."""
    end = i
    while end < len(doc) and end - i < 3 and doc[end].is_alpha and doc[end].text[0].isupper() \
            and doc[end].lower_ not in heads:
        end += 1
    return end


def _opens_a_street_name(doc: Doc, m: _Match, gaz: Gazetteer) -> bool:
    """ "near the Kabul Karimi roundabout, Lashkar Gah", "on Kandahar Road in Kabul": a town's name opening
    the name of a street, square or roundabout that the text then places in another town or province; the
    street is there, not in the town it is named after."""
    end = _capitals_to(doc, m.end, _STREET_HEADS)
    if _word_at(doc, end) in _STREET_HEADS and _word_at(doc, end + 1) == "and":
        end += 1  # "at North Washington Street and Main Avenue in Boise": a corner, two streets
    if _word_at(doc, end) == "and":
        # "near Chestnut Hill and Elm Roads in X": the streets share the head word after the second name
        nxt = _capitals_to(doc, end + 1, _STREET_HEADS | _STREET_PLURALS)
        end = nxt if nxt > end + 1 and _word_at(doc, nxt) in _STREET_HEADS | _STREET_PLURALS else end
    if _word_at(doc, end) not in _STREET_HEADS | _STREET_PLURALS or _word_at(doc, end + 1) not in {",", "in"}:
        return False
    return bool(_following_countries(doc, end + 1, gaz))


_STREET_PLURALS = {"roads", "streets", "avenues", "lanes", "boulevards", "drives"}
_QUARTER_CITY_POPULATION = 300_000
"""A city this large has quarters that wire copy names before it ("in Bakara Yar, Mogadishu, Somalia")."""
_DISTRICT_AFTER = re.compile(r"\s+(?:city\s+)?(?:district|municipality|local government area|lga)\b", re.I)
"""A city's name followed by "district" names the district around it, whose villages wire copy names before it."""


_NAMED_QUARTER = re.compile(
    r",?(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:neighbou?rhood|quarter|suburb|section|(?P<district>district|area|town))"
    r"(?:\s*,\s*|\s+of\s+(?:the\s+city\s+of\s+)?|\s+in\s+(?:the\s+city\s+of\s+)?)$"
)
"""The text calls the name a quarter of the city named next ("in Orangi Town neighborhood, Karachi", "the
Hodan district of Mogadishu"): the city is the incident's place, whatever its size."""


def _named_quarters_give_way(doc: Doc, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A name the text itself calls a neighbourhood, quarter or suburb of the city named right after it gives way
    to that city (Location has no slot for a place finer than a town), and so does a name chained before it
    ("in Dhagaxtuur, Hodan neighbourhood, Mogadishu"), or "the neighbourhood of X in Y". "district" counts before
    "of" and a city ("the Karrada district of Baghdad"); in a chain only for an unlisted name before a large city
    that names no province ("Wadajir district, Mogadishu"; not "Sirajganj district, Rajshahi", a district of
    Rajshahi division, nor a listed "Bagrami district, Kabul"); "in" a city only for an unlisted name or one the
    gazetteer puts well inside it ("the Karol Bagh district in Delhi"). "area" and "town" count for an unlisted
    name before a large city ("Orangi town, Karachi"), a listed one well inside it ("the Sadr City area of
    Baghdad", not "the Ikeja area of Lagos") or one listed only abroad ("the Chinar area of Khost"). A bare
    "X, Y" never does: distance cannot tell a quarter from a town beside the city ("Compton, Los Angeles")."""
    text = doc_text(doc)
    ordered = sorted(mentions, key=lambda p: p.location.evidence.start)
    drop = set()
    for n, (p, q) in enumerate(zip(ordered, ordered[1:], strict=False)):
        if q.level != "city" or p.level not in ("city", "admin"):
            continue
        between = text[p.location.evidence.end:q.location.evidence.start]
        found = _NAMED_QUARTER.match(between)
        if found is None and between.strip() == "in" and _QUARTER_WORD_OF.search(
                text, max(0, p.location.evidence.start - 30), p.location.evidence.start):
            found = _NAMED_QUARTER.match(" neighbourhood in ")  # "the neighbourhood of Hurriya in Baghdad"
        if not found:
            continue
        if p.level == "city" and p.location.geonames_id is not None and q.location.geonames_id is None \
                and not found["district"] and " of " in between:
            # "the East Jerusalem neighbourhood of Sheikh Jarrah": the listed city names its own unlisted quarter
            drop.add(id(q))
            continue
        # an unlisted name before a large city ("Wadajir district, Mogadishu", "Orangi town, Karachi"); a listed one
        # only well inside the city ("the Karol Bagh district in Delhi", "the Sadr City area of Baghdad"): a listed
        # "X district, Y" or "X area of Y" is mostly a town or district around Y ("Lice district, Diyarbakir",
        # "the Ikeja area of Lagos", "Bagrami district, Kabul")
        unlisted_before_big = p.location.geonames_id is None and _big_city(gaz, q)
        if found["district"] == "district" and "of" not in between.split() and not (
                unlisted_before_big or "in" in between.split() and _well_inside(gaz, p, q)):
            continue
        if found["district"] in {"area", "town"} and (_NAME_BEFORE_QUARTER.match(between) or not (
            unlisted_before_big or _well_inside(gaz, p, q)
            or p.location.country_code != q.location.country_code  # "the Chinar area of Khost": none abroad
        ) or _DISTRICT_AFTER.match(text, q.location.evidence.end)):  # "X town, Y district": a town of the district
            continue
        drop.add(id(p))
        if found["district"] in {"area", "town"}:
            continue  # "Oke X, Y area, Ibadan": a village of the area around the city is no quarter of it
        for finer in reversed(ordered[:n]):  # "Siliga, Wadajir district, Mogadishu"
            if finer.level != "city" or finer.location.geonames_id is not None \
                    or text[finer.location.evidence.end:p.location.evidence.start] != ", ":
                break
            drop.add(id(finer))
            p = finer
    for p, q in zip(ordered, ordered[1:], strict=False):
        # "Lahore's Anarkali district", "Medellin's Poblado neighbourhood": the city's own quarter
        if p.level == "city" and q.location.geonames_id is None \
                and text[p.location.evidence.end:q.location.evidence.start] in {"'s ", "’s "} \
                and (found := _QUARTER_AFTER.match(text, q.location.evidence.end)) \
                and (not found["district"] or _big_city(gaz, p)):
            drop.add(id(q))
    return [p for p in mentions if id(p) not in drop]


_NAME_BEFORE_QUARTER = re.compile(r",?\s+[A-Z]")
"""A name between the place and "area" / "town" ("Oke X, Y area, Ibadan"): the place is a village of that area,
no quarter of the city."""
_QUARTER_WORD_OF = re.compile(r"\b(?:neighbou?rhood|quarter|suburb|section)\s+of\s+$")
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb|(?P<district>district))\b")
_INSIDE_KM = 20.0
"""A borough this close to the centre of a city at least twice its size lies inside it (the Bronx: 19 km from New
York City's)."""
_QUARTER_KM = 10.0
_QUARTER_RATIO = 5
"""A listed place the text calls an area or district of a city is its quarter only this close to its centre and
this many times smaller (a place of unknown size, population 0, is none)."""
_BOROUGH_NAMES = ("borough of ", "london borough of ", "bezirk ")
"""GeoNames' alternate names that call a place a city's borough ("Borough of Brooklyn", "Bezirk Altona")."""
_PARENT_POPULATION = 500_000
_BOROUGH_KM = 30.0
_FAR_BOROUGH_RATIO = 10
"""A borough past `_INSIDE_KM`, up to `_BOROUGH_KM`, is the city's only when the city is this many times its size
(Staten Island, 20 km out: New York City is 18 times larger; Rossendale, 23 km from Manchester: 8 times, a town of
its own)."""


def _listed_city(gaz: Gazetteer, p: PlaceMention) -> City | None:
    key = name_key(p.location.name)
    return next((c for c in gaz.cities_named(key) if c.geonames_id == p.location.geonames_id), None)


def _km(a: City, b: City) -> float:
    return 111.2 * math.hypot(a.lat - b.lat, (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2)))


def _encloses(inner: City, outer: City, km: float = _INSIDE_KM) -> bool:
    return inner.geonames_id != outer.geonames_id and inner.country_code == outer.country_code \
        and inner.admin1_code == outer.admin1_code and outer.population >= 2 * inner.population \
        and _km(inner, outer) <= km


def _well_inside(gaz: Gazetteer, p: PlaceMention, q: PlaceMention) -> bool:
    """Both listed, and the gazetteer puts `p` well inside the city `q` ("the Karol Bagh district in Delhi", 4 km
    from its centre; Sadr City, 8 km from Baghdad's): a suburb that is a town of its own lies farther out (Thane
    16 km from Mumbai's, Ikeja 17 km from Lagos'), or is the city's size (Howrah, Kolkata)."""
    inner, outer = _listed_city(gaz, p), _listed_city(gaz, q)
    return inner is not None and outer is not None and inner.population > 0 \
        and outer.population >= _QUARTER_RATIO * inner.population and _encloses(inner, outer, _QUARTER_KM)


def _parent_cities(gaz: Gazetteer) -> Iterator[City]:
    """The cities large enough to have boroughs, largest first (the table is sorted by population)."""
    for i in range(len(gaz.cities)):
        city = gaz.cities.row(i)
        if city.population < _PARENT_POPULATION:
            return
        yield city


def _parent_of(borough: City, gaz: Gazetteer) -> City | None:
    """The largest city around a borough: one at least twice its size within `_INSIDE_KM`, or ten times within
    `_BOROUGH_KM` (a borough's centre may lie farther out than a quarter's: Staten Island)."""
    return next((c for c in _parent_cities(gaz) if _encloses(borough, c) or _encloses(borough, c, _BOROUGH_KM)
                 and c.population >= _FAR_BOROUGH_RATIO * borough.population), None)


def _boroughs_give_way(doc: Doc, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A borough the gazetteer names as one ("Borough of Brooklyn") is its city: GTD codes "in the Bronx" and
    "in Brooklyn, New York" as New York City, Location having no slot finer than a town. The borough's words
    stay the evidence. Not a borough the text chains to another place ("in Sutton, Surrey"): the text names it
    as a town of that county, not of the city."""
    text = doc_text(doc)
    out = []
    for p in mentions:
        city = _listed_city(gaz, p) if p.level == "city" and p.location.geonames_id is not None else None
        key = name_key(p.location.name).removeprefix("the ")
        if city is not None and any(c.geonames_id == city.geonames_id
                                    for prefix in _BOROUGH_NAMES for c in gaz.cities_named(prefix + key)):
            parent = _parent_of(city, gaz)
            if parent is not None and not _chained_elsewhere(text, gaz, p, parent, mentions):
                p = PlaceMention(location=p.location.model_copy(update={
                    "name": parent.name, "lat": parent.lat, "lon": parent.lon, "geonames_id": parent.geonames_id}),
                    sent=p.sent, level=p.level)
        out.append(p)
    return out


def _name_word(tok: Token) -> bool:
    """A capitalised word that can continue a proper name ("Poplar", "Isle", "Trust"), not a stop word or a date."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in STOP_WORDS \
        and tok.lower_ not in _CALENDAR_WORDS


def _name_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The capitalised words around tokens start..end in their sentence, hyphen-joined parts included ("the Palm
    Grove-Snell Isle area": Palm Grove-Snell Isle)."""
    a, b = start, end
    while a > 0 and not doc[a].is_sent_start:
        if doc[a - 1].text == "-" and a >= 2 and not doc[a - 1].is_sent_start and _name_word(doc[a - 2]):
            a -= 2
        elif _name_word(doc[a - 1]) and (not doc[a - 1].is_sent_start or doc[a - 1].pos_ == "PROPN"):
            a -= 1
        else:
            break
    while b < len(doc) and not doc[b].is_sent_start:
        if doc[b].text == "-" and b + 1 < len(doc) and _name_word(doc[b + 1]):
            b += 2
        elif _name_word(doc[b]):
            b += 1
        else:
            break
    return a, b


_NAME_RUN_OPENERS = _DIRECTIONS | COMPASS_NAMES | _NAME_PREFIXES | {"st.", "mt.", "ft.", "ste.", "mt", "ft", "ste",
                                                                     "greater", "metro", "old", "new", "downtown"}
"""Words before a town's name that make a part or a longer name of the place, not a name of something else."""
_NAME_RUN_PLACE_WORDS = _ADMIN_WORDS | _CITY_WORDS | _SETTLEMENT_WORDS | _SUBDISTRICT_WORDS | _QUARTER_WORDS | {
    "governorate", "county", "island", "islands"}


def _named_as_origin(doc: Doc, start: int) -> bool:
    """ "a professor from the village of X", "born in X", "a native of X": where someone comes from, no scene."""
    k = start - 1
    if _word_at(doc, k) == "of" and _word_at(doc, k - 1) in _SETTLEMENT_WORDS | _CITY_WORDS:
        k -= 2
        k -= _word_at(doc, k) in {"the", "a"}
    w1, w2 = _word_at(doc, k), _word_at(doc, k - 1)
    return w1 == "from" or w1 == "in" and w2 in {"born", "raised"} or (w1, w2) == ("of", "native")


def _words_of_longer_names_give_way(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "the Eagle Cliffs development in Tucson", "the Snell Isle area of St. Petersburg", "the Miller Poultry Inc.
    plant outside of Dayton", "the Tulsa Country Club": a listed town read from a word of a
    longer capitalised name (a development's, a company's, a club's) is no place when its sentence names another town
    or a province outside that name, or the name opens with a town: that one is where the thing stands (a town that
    opens the name gives way to another town only). Not a town
    with a place word of its own ("Kabul Province", "Quetta City"), a part of it ("North Belfast", "Greater
    Manchester") or a longer name of it ("Fort Lee", "Lake Placid"), and not in a title-case sentence (a headline)."""
    if not mentions:
        return mentions
    dropped: set[int] = set()
    spans = {id(p): doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
             for p in mentions}
    for p in mentions:
        span = spans[id(p)]
        if p.level != "city" or span is None:
            continue
        a, b = _name_run(doc, span.start, span.end)
        if (a, b) == (span.start, span.end) or any((s.start, s.end) == (a, b) for s in spans.values() if s is not None):
            continue
        words = [t for t in doc[a:b] if t.is_alpha]
        sent = doc[span.start].sent
        if sum(t.is_alpha and not t.is_stop and t.text.islower() for t in sent) < 2:
            continue  # "Gunmen Kill Five In Kabul Attack": a headline in title case
        if any(t.lower_ in _NAME_RUN_OPENERS or _is_demonym(t.lower_) for t in doc[a:span.start]) \
                or any(t.lower_ in _NAME_RUN_PLACE_WORDS for t in doc[span.end:b]) or len(words) < 2:
            continue
        key = name_key(p.location.name)
        others = [q for q in mentions if q is not p and q.level in {"city", "admin"} and spans[id(q)] is not None
                  and spans[id(q)].sent.start == sent.start and name_key(q.location.name) != key
                  and not _named_as_origin(doc, spans[id(q)].start) and not in_dateline(doc[spans[id(q)].start])]
        # the dateline's city is where the reporter sits, no town outside the name ("NAIROBI — Gunmen stormed the
        # Garissa University College": Garissa)
        inside_first = [q for q in others if a <= spans[id(q)].start < span.start]
        # a town opening or closing the name ("the Dayton Planned Parenthood clinic in Ohio", "the Army Public School
        # Peshawar in Khyber Pakhtunkhwa") stands in its own province: only another town moves it ("a Kabul Bank
        # branch in Jalalabad", "the Eagle Cliffs development in Tucson")
        inner = a < span.start and span.end < b
        outside = [q for q in others if not (a <= spans[id(q)].start < b) and (inner or q.level == "city")]
        if inside_first or outside:
            dropped.add(id(p))
    return [p for p in mentions if id(p) not in dropped]


_NEAR_WORDS = {"near", "outside", "beside"}
_NEAR_KM = 50.0
"""How far a town "near" another may lie: Fort Lee, Virginia is 5 km from Petersburg, Fort Lee, New Jersey 450 km."""


def _near_word_after(doc: Doc, end: int) -> int | None:
    """The token after "near/outside/close to" that follows a name, past up to three lower-case words of what the
    name names ("Fort Lee army base near", "X, a village near"); None when no such word follows."""
    k = end
    while k < len(doc) and k - end < 4 and (doc[k].text == "," or doc[k].is_alpha and doc[k].text.islower()):
        if doc[k].lower_ in _NEAR_WORDS:
            return k + 1
        if doc[k].lower_ == "close" and _word_at(doc, k + 1) == "to":
            return k + 2
        if doc[k].pos_ in {"VERB", "AUX"} or doc[k].lower_ in {"and", "or", "in", "of", "at", "on"}:
            return None
        k += 1
    return None


def _namesakes_near_the_town_after(doc: Doc, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Fort Lee near Petersburg, Virginia": of the towns sharing a name, the one that lies near the town the text
    puts it near (Fort Lee, Virginia, 5 km away), not the largest namesake (Fort Lee, New Jersey). The sentence's
    own geography decides where no country does; the namesake only moves when the one first chosen lies far off."""
    starts = {p.location.evidence.start: p for p in mentions}
    out: list[PlaceMention] = []
    for p in mentions:
        loc = p.location
        span = doc.char_span(loc.evidence.start, loc.evidence.end, alignment_mode="expand")
        k = _near_word_after(doc, span.end) if p.level == "city" and loc.geonames_id and span is not None else None
        q = starts.get(doc[k].idx) if k is not None and k < len(doc) else None
        if q is None or q.level != "city" or q.location.geonames_id is None or q is p:
            out.append(p)
            continue
        there = _listed_city(gaz, q)
        key = name_key(loc.evidence.text)
        namesakes = [c for c in gaz.cities_named(key) if _own_name(key, c)] if there is not None else []
        nearest = min(namesakes, key=lambda c: _km(c, there), default=None)
        chosen = next((c for c in namesakes if c.geonames_id == loc.geonames_id), None)
        if nearest is not None and chosen is not None and nearest.geonames_id != chosen.geonames_id \
                and _km(nearest, there) <= _NEAR_KM < _km(chosen, there):
            country = country_by_code(nearest.country_code)
            p = PlaceMention(location=loc.model_copy(update={
                "lat": nearest.lat, "lon": nearest.lon, "geonames_id": nearest.geonames_id,
                "country": country.name if country else None, "country_code": nearest.country_code}),
                sent=p.sent, level=p.level)
        out.append(p)
    return out


_CHAINED_NAME = re.compile(r", ((?:[A-Z][\w.'’-]*\s?){1,3})")


def _chained_elsewhere(text: str, gaz: Gazetteer, p: PlaceMention, parent: City, mentions: list[PlaceMention]) -> bool:
    """The name chained by a comma after the borough is another town, or a province of its country that is not the
    city's ("Sutton, Surrey": a county, not London); not the city ("Brooklyn, New York"), its province ("Brooklyn,
    NY"), the country, or another borough of the city ("the Bronx, Queens and Brooklyn")."""
    found = _CHAINED_NAME.match(text, p.location.evidence.end)
    if found is None:
        return False
    name = found[1].strip()
    if name_key(parent.name).startswith(name_key(name)) or re.sub(r"\W", "", name) == parent.admin1_code:
        return False
    q = next((q for q in mentions if q.location.evidence.start == found.start(1)), None)
    if q is not None and q.level == "city":
        city = _listed_city(gaz, q) if q.location.geonames_id is not None else None
        return city is None or (_parent_of(city, gaz) or city).geonames_id != parent.geonames_id
    provinces = [s for s in gaz.subdivisions.get(name_key(q.location.name if q else name), ())
                 if s.country_code == parent.country_code]
    return bool(provinces) and not any(s.code.endswith("-" + parent.admin1_code) for s in provinces)


def _big_city(gaz: Gazetteer, q: PlaceMention) -> bool:
    """A listed city of quarter size that no province shares its name with (Mogadishu, Leipzig; not Kabul)."""
    key = name_key(q.location.name)
    return q.location.geonames_id is not None and not gaz.subdivisions.get(key) and any(
        c.geonames_id == q.location.geonames_id and c.population >= _QUARTER_CITY_POPULATION
        for c in gaz.cities_named(key))


def _quarters_give_way(doc: Doc, gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A name the gazetteer lacks right before ", <large city>" is a quarter of that city, and the city is the
    place ("a bomb exploded in Bakara Yar, Mogadishu, Somalia"). Not before a city that shares its name with its
    province ("Tal Kerem, Raqqa, Syria", where the first name is usually a village of the province), nor before a
    city named as its district ("Battishah, Mosul district", "Molai, Maiduguri, Maiduguri": the district or local
    government area around the city), nor before a smaller town, which a village is often named before."""
    text = doc_text(doc)
    big = set()
    for q in mentions:
        key = name_key(q.location.name)
        after = text[q.location.evidence.end:q.location.evidence.end + 40]
        if _DISTRICT_AFTER.match(after) or name_key(after.lstrip(", ").split(",")[0]) == key:
            continue  # "Battishah, Mosul district" / "Molai, Maiduguri, Maiduguri": a village of the district
        if q.level == "city" and q.location.geonames_id is not None and not gaz.subdivisions.get(key) and any(
            c.geonames_id == q.location.geonames_id and c.population >= _QUARTER_CITY_POPULATION
            for c in gaz.cities_named(key)
        ):
            big.add(q.location.evidence.start)
    if not big:
        return mentions
    return [p for p in mentions if not (
        p.level == "city" and p.location.geonames_id is None and text[p.location.evidence.end:][:2] == ", "
        and p.location.evidence.end + 2 in big
    )]


def names_a_province(place: PlaceMention) -> bool:
    """An ISO subdivision the text names ("Balkh province", "the Tigray region"), as opposed to an
    unlisted district that only carries the province the chain after it names ("Sirwah district, Marib")."""
    admin1 = place.location.admin1
    if place.level != "admin" or admin1 is None:
        return False
    return any(s.name == admin1 for s in load_gazetteer().subdivisions.get(name_key(place.location.name), ()))


def in_same_province(town: PlaceMention, other: PlaceMention) -> bool:
    """Whether `other` lies in the province of the listed town `town` ("in northern Kaduna ... in Kauru"): both
    listed with one admin1 code, or `other` unlisted and `town`'s name is also its country's province's
    ("Sokoto", "Kaduna"); a town across a provincial border ("northern Mexico City ... Toluca") is not."""
    gaz = load_gazetteer()
    outer = _listed_city(gaz, town)
    if outer is None:
        return False
    inner = _listed_city(gaz, other) if other.location.geonames_id is not None else None
    if inner is not None:
        return (inner.country_code, inner.admin1_code) == (outer.country_code, outer.admin1_code)
    return other.location.geonames_id is None and any(
        s.country_code == outer.country_code for s in gaz.subdivisions.get(name_key(town.location.name), ()))


_MONEY_CAPITAL = r"(?:markets?|gains?|punishment|flows?|investments?|expenditures?|requirements?|ratios?|stock|base)\b"
_CAPITAL = re.compile(
    r"(?P<name>(?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.-]*)['’]s\s+capital\b(?!(?:\s+city)?\s*,\s*[A-Z]|\s+(?:city\s+)?of\b)"
    r"|\b[Tt]he\s+(?P<adj>[A-Z][\w-]+)\s+capital\b(?!(?:\s+city)?\s*,\s*[A-Z]|\s+(?:city\s+)?of\b)"
    r"|\b[Tt]he\s+capital(?:\s+city)?\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
    r"|\b[Tt]he\s+capital\b(?!(?:\s+city)?\s*,\s*[A-Z]|\s+(?:city\s+)?(?:of\b|[A-Z])|\s+" + _MONEY_CAPITAL + ")"
)
"""'Iraq's capital', 'the Afghan capital', 'the capital of Mali', 'the capital': a city the text does
not name. A name that follows ('the capital, Kabul') is read as itself instead."""


def _capital_mentions(doc: Doc, gaz: Gazetteer, ctx: _Context, sent_index: list[int]) -> list[PlaceMention]:
    """The capital city of the country a phrase names, or of the text's main country for a bare
    'the capital'; resolved in the gazetteer, with the phrase as its evidence (mixed-case text only:
    the patterns rely on capital letters)."""
    out: list[PlaceMention] = []
    text = doc_text(doc)
    for m in _CAPITAL.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent = sent_index[span.start]
        if m.group("name"):
            country = country_by_name(m.group("name"))
        elif m.group("adj"):
            country = country_by_demonym(m.group("adj"))
        elif m.group("of"):
            country = country_by_name(m.group("of").strip())
        else:
            code = ctx.primary(sent)
            if code is not None and ctx.governments[code] >= ctx.doc[code]:
                code = None  # the capital of a government that only speaks ("a charge Kigali rejected")
            country = country_by_code(code) if code else None
        capital = capital_of(country.alpha2) if country else None
        if country is None or capital is None:
            continue
        cities = [c for c in gaz.cities_named(name_key(capital)) if c.country_code == country.alpha2]
        if not cities:
            continue
        city = max(cities, key=lambda c: c.population)
        evidence = EvidenceSpan(start=span.start_char, end=span.end_char, text=span.text)
        location = Location(name=city.name, country=country.name, country_code=country.alpha2, lat=city.lat,
                            lon=city.lon, geonames_id=city.geonames_id, evidence=evidence)
        out.append(PlaceMention(location=location, sent=sent, level="city"))
    return out


def _absorbs(doc: Doc, start: int, end: int, taken: set[int]) -> bool:
    """A run of name tokens may take in listed words when some of its own words are unlisted and it
    does not cut a listed name in two: "Shirin Tagab district", "Dasht-e Mirza"."""
    if not any(i in taken for i in range(start, end)):
        return True
    if all(i in taken for i in range(start, end) if doc[i].is_alpha):
        return False  # "in Pul-e-Khumri, Baghlan": the listed name itself, read already (no unlisted copy of it)
    own = [i for i in range(start, end) if i not in taken and doc[i].is_alpha and doc[i].lower_ not in _PARTICLES
           and doc[i].lower_ not in _CITY_WORDS | _ADMIN_WORDS]
    joined = any(doc[i].text == "-" and _word_at(doc, i + 1) in _PARTICLES for i in range(start, end))  # "Shar-e Naw"
    return bool(own or joined) and (start - 1) not in taken and end not in taken


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    if not doc.has_annotation("SENT_START"):
        return index
    for i, sent in enumerate(doc.sents):
        for tok in sent:
            index[tok.i] = i
    return index


_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")


def _is_word(tok: Token) -> bool:
    """Letters only, or letters joined by an apostrophe ("N'Gourma", "N'Djamena", "d'Ivoire")."""
    return tok.is_alpha or (tok.text[:1] not in "'’" and _APOSTROPHE_WORD.fullmatch(tok.text) is not None)


def _token_ok(tok: Token, upper: bool, first: bool) -> bool:
    if tok.is_space or "\n" in tok.text:
        return False
    if tok.is_punct:
        return not first and tok.text in _ALLOWED_PUNCT
    if first:
        return (_is_word(tok) or tok.lower_ in _ABBREVIATED_HEADS) and (upper or tok.text[0].isupper())
    return True


_ABBREVIATED_HEADS = {"st.": "saint", "st": "saint", "ste.": "sainte", "ste": "sainte", "mt.": "mount", "mt": "mount",
                      "ft.": "fort", "ft": "fort"}
"""The abbreviated first word of a town's name ("St. Cloud", "Ft. Lauderdale", "Mt. Vernon"), spelt out when
GeoNames lists only the full form."""


def _match(doc: Doc, gaz: Gazetteer, upper: bool) -> list[_Match]:
    """Greedy longest matches of gazetteer names, left to right, not crossing sentences or punctuation."""
    out: list[_Match] = []
    i = 0
    n = len(doc)
    # per token once (each doc[i] builds a new Token): may it open a name, continue one, is it a word
    opens, goes_on, words, hyphens = [], [], [], []
    for tok in doc:
        opens.append(_token_ok(tok, upper, first=True))
        goes_on.append(_token_ok(tok, upper, first=False) and not tok.is_sent_start)
        words.append(_is_word(tok))
        hyphens.append(tok.text == "-" and _glued_hyphen(doc, tok.i))
    lowers = doc_lowers(doc)
    while i < n:
        found = None
        if opens[i] or (lowers[i] in _ARTICLES and _article_at(doc, i)):
            last = i
            span_words = 1
            for j in range(i + 1, n):
                if not goes_on[j]:
                    break
                # a hyphen glued inside a name is no word of it: "Saint-Aubin-sur-Mer" is four words, seven tokens
                if not hyphens[j]:
                    span_words += 1
                    if span_words > _MAX_TOKENS:
                        break
                last = j
            for j in range(last, i - 1, -1):
                if not words[j]:
                    continue
                found = _lookup(doc, i, j + 1, gaz)
                if found is not None:
                    break
            if (found is None or found.end == i + 1) and last > i \
                    and (part := _compass_part_of_a_city(doc, gaz, i, last + 1)) is not None:
                found = part
        if (found is None or found.end - found.start == 1) and lowers[i] in _NAME_PREFIXES \
                and _prefix_name_start(doc, i, upper):
            end = _proper_run(doc, i + 1, upper, strict=False)
            if end == i + 1:  # "Deir al-Balah", "Ras al-Ain": the article joined to the next word
                end = _izafa_end(doc, i + 1, after_prefix=True)
            longer = _lookup(doc, i, end, gaz) if end > i + 1 else None
            found = longer or _Match(i, end, name_key(doc[i:end].text), unlisted=True)
            if found.unlisted and _is_demonym(found.key):
                found = None  # "Puerto Rican separatists": who they are, no town "Puerto X"
        elif found is not None and i + 1 < n and doc[i + 1].text == doc[i].text and found.end == i + 1:
            found = _Match(i, i + 2, name_key(doc[i : i + 2].text), unlisted=True)  # "Tongo Tongo"
        elif found is not None and i + 1 < n and _is_demonym(name_key(doc[i : i + 2].text)):
            found = None
            i += 1
        if found is None:
            i += 1
            continue
        if not found.unlisted and found.country is None and found.sea is None \
                and (whole := _hyphenated(doc, found.start, found.end, gaz)) != (found.start, found.end):
            # "Labu-Labu", "Umu-Ugadu", "Qala-e Fatullah": a listed word that is only a part of a hyphenated name
            found = _lookup(doc, *whole, gaz) or _Match(*whole, name_key(doc[whole[0] : whole[1]].text), unlisted=True)
            if found.unlisted and out and _first_word_of(doc, out[-1], found.start):
                # "Kisa Kanyama-Tuvuke": a listed word right before an unlisted hyphenated name is its first word
                first = out.pop().start
                found = _Match(first, found.end, name_key(doc[first : found.end].text), unlisted=True)
        elif not upper and (longer := _longer_name_before_place_word(doc, found, gaz)) is not None:
            found = longer
        elif not found.unlisted and (joined := _izafa_end(doc, found.end)) > found.end \
                and not _inside_longer_name(doc, found.start, joined):
            # "Tal al-Tabaa", "Qala-e-reeg": a listed word that only begins a name joined by a particle
            found = _Match(found.start, joined, name_key(doc[found.start : joined].text), unlisted=True)
        out.append(found)
        i = found.end
    return out


_LONGER_NAME_POPULATION = 100_000
"""A town this size opening a name is more likely the city before its quarter ("Peshawar Saddar area")."""


def _longer_name_before_place_word(doc: Doc, m: _Match, gaz: Gazetteer) -> _Match | None:
    """ "Khas Uruzgan district", "Kosi Kalan town", "Ban Mai Kan village": a small listed town (or a province)
    opening a longer name the gazetteer lacks, which a lower-case place word closes, is that longer name, not the
    town: English never puts two place names side by side before a place word. Words after it must be no
    English words ("the Kosi Police area") nor a country; the longer name is looked up whole first."""
    if m.unlisted or m.country is not None or m.sea is not None \
            or any(c.population >= _LONGER_NAME_POPULATION for c in m.cities):
        return None
    k = m.end
    while k < len(doc) and k - m.end < 2 and doc[k - 1].whitespace_ and doc[k].is_alpha \
            and doc[k].text[0].isupper() and not doc[k].is_sent_start and doc[k].lower_ not in gaz.english_words \
            and gaz.countries.get(doc[k].lower_) is None:
        k += 1
    if k == m.end or k >= len(doc) or not doc[k].text.islower() \
            or doc[k].lower_ not in _SETTLEMENT_WORDS | _ADMIN_WORDS | {"area"}:
        return None
    subs = gaz.subdivisions.get(name_key(doc[m.end : k].text), ())
    if _of_type(subs, doc[k].lower_) or (subs and doc[k].lower_ in _PROVINCE_WORDS):
        # "Damboa Borno state": the town, then its province of that type, the comma left out; any listed
        # province before a province's word, whatever ISO calls it ("Hit Anbar province": a governorate)
        return None
    return _lookup(doc, m.start, k, gaz) or _Match(m.start, k, name_key(doc[m.start : k].text), unlisted=True)


def _first_word_of(doc: Doc, prev: _Match, start: int) -> bool:
    """The match before a hyphenated name is one capitalised word of a town list only, right before it with a
    space: the first word of a two-word name ("Kisa Kanyama-Tuvuke"), not a place of its own, since English
    never puts two place names side by side without a comma or a preposition."""
    if prev.end != start or prev.end - prev.start != 1 or prev.country or prev.sea or prev.subdivisions:
        return False
    tok = doc[prev.start]
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and bool(tok.whitespace_) \
        and not tok.is_sent_start and tok.lower_ not in _NAME_PREFIXES | _DIRECTIONS


_BETWEEN_WORDS = _STREET_WORDS | {"border", "frontier", "route", "corridor", "axis", "line", "expressway", "motorway",
                                  "railway", "pipeline", "crossing", "bus", "flight", "convoy"}
"""After "A-B": a road or a border between two places ("Kunduz-Imam Sahib road", "Iraq-Syria border"), not one."""


def _glued_hyphen(doc: Doc, k: int) -> bool:
    return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _hyphenated(doc: Doc, start: int, end: int, gaz: Gazetteer) -> tuple[int, int]:
    """The whole hyphenated name around a match: words glued to it by hyphens ("Labu-Labu", "Umu-Ugadu",
    "Dilsen-Stokkem"), and a Persian izafa particle glued before a space ("Qala-e Fatullah", "Sar-e Kotal").
    A capitalised word after the hyphen that is itself a country, or a road or border word after the
    compound ("Juba-Yei road"), leaves the match as it is: two places are joined, not one named."""
    first, last = start, end
    while _glued_hyphen(doc, first - 1) and doc[first - 2].is_alpha and doc[first - 2].text[0].isupper():
        first -= 2
    while _glued_hyphen(doc, last) and doc[last + 1].is_alpha:
        word = doc[last + 1]
        if word.lower_ in {"e", "i"} and word.whitespace_ and last + 2 < len(doc) and doc[last + 2].is_alpha \
                and doc[last + 2].text[0].isupper():
            last += 3  # "Qala-e Fatullah"
            continue
        if word.lower_ in _NAME_LINKS and _glued_hyphen(doc, last + 2) and last + 3 < len(doc) \
                and doc[last + 3].is_alpha and doc[last + 3].text[0].isupper():
            last += 4  # "Sainte-Lucie-de-Porto-Vecchio", "Saint-Aubin-sur-Mer": a French commune's linking word
            continue
        if not (word.text[0].isupper() or word.lower_ == doc[last - 1].lower_) or word.lower_ in _PARTICLES:
            break  # "Kabul-based"; a particle joins by `_izafa_end`
        last += 2
    if (first, last) == (start, end):
        return start, end
    more = last
    while more < len(doc) and more - last < 3 and doc[more].is_alpha and doc[more].text[0].isupper():
        more += 1
    if more > last and _word_at(doc, more) in _QUARTER_WORDS:
        last = more  # "Sar-e Kotal Khair Khana neighborhood": the quarter's whole name
    parts = [t for t in doc[first:last] if t.is_alpha and t.lower_ not in {"e", "i"} | _NAME_LINKS]
    linked = any(t.lower_ in _NAME_LINKS for t in doc[first:last])  # "X-de-Y": no English compound word
    if not linked and any(t.lower_ in gaz.english_words for t in parts):
        return start, end  # "Vice-Chancellor", "Secretary-General": a compound word, no name
    if any(gaz.countries.get(name_key(t.text)) is not None for t in parts) or _word_at(doc, last) in _BETWEEN_WORDS \
            or _word_at(doc, last + 1) in _BETWEEN_WORDS:
        return start, end
    return first, last


_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"}
_NAME_LINKS = {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lès", "lez", "aux", "et", "di", "del"}
"""Lower-case words hyphens glue inside a French (or Italian) place name between capitalised words."""


def _article_at(doc: Doc, i: int) -> bool:
    """The Arabic article glued by a hyphen to a capitalised word ("al-Bab", "el-Arish", "Al-Sabaa"): it opens
    the name and stays in it, in lower case too."""
    if i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[0].isupper() and not doc[i - 1].is_sent_start:
        return False  # "Amiriyat al-Fallujah": the article joins the words of a longer name
    return (0 <= i and i + 2 < len(doc) and doc[i].lower_ in _ARTICLES and doc[i + 1].text == "-"
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha
            and doc[i + 2].text[0].isupper())


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word before ("Boko Haram Al-Barnawi"), or an organisation's or a people's name around it."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_alpha and before.text[0].isupper() and not before.is_sent_start:
        return True
    return any(t.ent_type_ in {"ORG", "NORP"} for t in doc[start:end])


def _izafa_end(doc: Doc, i: int, after_prefix: bool = False) -> int:
    """End of a particle-joined tail at token `i` ("al-Tabaa" after "Tal", "-e-reeg" after "Qala"); `i` if
    there is none. The particle must touch a hyphen ("Kabul at night" has no tail); after a name prefix
    ("Deir al-Balah") the word after it must be capitalised."""
    k = i
    glued_before = k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_
    if glued_before:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _PARTICLES:
        return i
    k += 1
    glued_after = k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_
    if glued_after:
        k += 1
    if not (glued_before or glued_after) or k >= len(doc) or not doc[k].is_alpha or doc[k - 1].whitespace_:
        return i
    if after_prefix and not (glued_after and doc[k].text[0].isupper()):
        return i
    return k + 1


def _prefix_name_start(doc: Doc, i: int, upper: bool) -> bool:
    """ "Puerto Jordan", "San Isidro": a capitalised place-name prefix followed by a capitalised word."""
    tok = doc[i]
    if tok.lower_ not in _NAME_PREFIXES or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if not nxt.is_alpha or doc[i + 1].is_sent_start:
        return False
    if not upper and tok.text[0].isupper() and _izafa_end(doc, i + 1, after_prefix=True) > i + 1:
        return True  # "Deir al-Balah"
    return upper or (tok.text[0].isupper() and nxt.text[0].isupper())


def _lookup(doc: Doc, start: int, end: int, gaz: Gazetteer) -> _Match | None:
    starts, ends = doc_offsets(doc)
    found = _listed(gaz, doc_text(doc)[starts[start] : ends[end - 1]], end - start == 1)
    if found is None:
        return None
    m = _Match(start, end, *found)
    if (part := _compass_part_of_a_country(doc, gaz, m)) is not None:
        return replace(m, country=part, cities=(), subdivisions=())
    if _alias_before_other_admin_word(doc, m):
        m = replace(m, country=None)
    if m.subdivisions and end < len(doc) and doc[end].text == "County" \
            and not any("county" in (t := (sub.type or "").lower()) or t == "department" for sub in m.subdivisions):
        # "Ulster County": a county named after the name (a US way of naming), not Ireland's province Ulster;
        # a county ISO calls otherwise stays ("Cluj County": Romania's counties are ISO's departments)
        m = replace(m, subdivisions=())
    return m


def _compass_part_of_a_country(doc: Doc, gaz: Gazetteer, m: _Match) -> Country | None:
    """ "South Lebanon", "North Sinai"'s like: a compass word before a country's name is that country's part, not a
    namesake town abroad; None when the country itself has a town of the name, or when the chain after the name
    puts it in one of its own towns' countries ("West Jordan, Utah", "East Palestine, Ohio")."""
    first, _, rest = m.key.partition(" ")
    if m.country is not None or first not in COMPASS_NAMES or not rest:
        return None
    country = gaz.countries.get(rest)
    if country is None or any(c.country_code == country.alpha2 for c in m.cities):
        return None
    if m.cities and _following_countries(doc, m.end, gaz) & {c.country_code for c in m.cities}:
        return None
    return country


_COMPASS_PARTS = (COMPASS_NAMES - {"central"}) | COMPASS_ADJECTIVES
_COMPASS_CITY_POPULATION = 100_000
"""A city this size has parts news names by compass ("North Belfast", "West Mosul"); a small town has none."""


def _compass_part_of_a_city(doc: Doc, gaz: Gazetteer, start: int, end: int) -> _Match | None:
    """ "North Belfast", "Northern Belfast", "West Mosul": a capitalised compass word before a sizeable city's name,
    the two together naming no listed place, is a part of that city, so the city (GTD codes "in North Belfast" as
    Belfast). The match spans the compass word, which stays the evidence; listed names ("East Jerusalem", "West
    Jordan", "North Hollywood", "South Sudan", "North Kivu") are looked up whole first and never come here, and a
    city named like a province ("North Cotabato": the province, not Cotabato City) is left alone."""
    tok = doc[start]
    if tok.lower_ not in _COMPASS_PARTS or not tok.text[:1].isupper() or tok.text.isupper() or not tok.whitespace_:
        return None
    # a one-word city name only: "East St Louis" is a town of its own, whichever spelling of it the gazetteer lacks
    nxt = start + 2
    if nxt < len(doc) and doc[nxt].is_alpha and doc[nxt].text[:1].isupper():
        return None  # "East St Louis", "West Palm Beach": a longer name, not a part of the city its words spell
    found = _lookup(doc, start + 1, nxt, gaz)
    if found is None or found.country is not None or found.sea is not None or found.unlisted or found.subdivisions \
            or max((c.population for c in found.cities), default=0) < _COMPASS_CITY_POPULATION:
        return None  # "North Cotabato": a province's name too (ISO's Cotabato), which the compass word names
    return replace(found, start=start, compass=True, subdivisions=())


def _alias_before_other_admin_word(doc: Doc, m: _Match) -> bool:
    """ "Ulster County, New York": a country alias that is a province's name too ("Ulster", Ireland's province),
    before a place word that is not that province's type, names something else (a US county), not the country."""
    word = _word_at(doc, m.end)
    return m.country is not None and bool(m.subdivisions) and word in _ADMIN_WORDS \
        and not _of_type(m.subdivisions, word) and alias_only(m.key)


_MEMO_SIZE = 200_000
"""Names kept in the gazetteer's memo of `_listed` before it starts afresh (a service reads text forever)."""


def _listed(gaz: Gazetteer, text: str, one_token: bool) -> tuple | None:
    """`_Match` fields after (start, end) for a name as written, or None when the gazetteer lacks it;
    kept per text, since a document asks for the same capitalised words again and again."""
    memo = gaz.memo.setdefault("places", {})
    found = memo.get((text, one_token), memo)
    if found is memo:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[(text, one_token)] = _entries(gaz, name_key(text), one_token)
    return found


def _entries(gaz: Gazetteer, key: str, one_token: bool) -> tuple | None:
    """(key, country, sea, subdivisions, cities, unlisted, loose) of a name key, or None."""
    if len(key) < 2:
        return None
    country = gaz.countries.get(key)
    sea = gaz.seas.get(key)
    subdivisions = tuple(gaz.subdivisions.get(key, ()))
    cities = tuple(gaz.cities_named(key)) if len(key) >= 3 else ()
    if country or sea or subdivisions or cities:
        return key, country, sea, subdivisions, cities, False, False
    if one_token and key[:2] in {"al", "el"} and len(key) >= 5 and key not in gaz.english_words \
            and (found := [c for c in gaz.cities_named(f"{key[:2]} {key[2:]}") if c.population >= 1000]):
        return key, country, sea, subdivisions, tuple(found), False, False  # "Elwak" is GeoNames' "El Wak"
    if key[:3] in {"al-", "el-", "ar-", "as-", "ad-", "ash"} and "-" in key[:4]:
        # "Al-Rai", "Al-Sahar": GeoNames often lists the name without its Arabic article
        bare = key.split("-", 1)[1]
        if len(bare) >= 3 and (found := gaz.cities_named(bare)):
            return key, country, sea, subdivisions, tuple(found), False, False
    if _transliterated(key) and (loose := _loose_cities(gaz, key)):
        # "Ras al-Ain" is GeoNames' "Ra's al 'Ayn", "Deir al-Balah" its "Dayr al Balah"
        return key, country, sea, subdivisions, loose, False, True
    if 0 < key.count("-") <= 3 and (found := _hyphen_variant_cities(gaz, key)):
        return key, country, sea, subdivisions, found, False, False  # "Pul-e-Khumri" is GeoNames' "Pul-e Khumri"
    head, _, rest = key.partition(" ")
    full = _ABBREVIATED_HEADS.get(head) if rest else None
    if full is not None and (found := _entries(gaz, f"{full} {rest}", False)):
        return (key, *found[1:])  # "Ft. Lauderdale": GeoNames' Fort Lauderdale
    return None


def _hyphen_variant_cities(gaz: Gazetteer, key: str) -> tuple[City, ...]:
    """The towns listed under the name with some of its hyphens written as spaces: news copy and GeoNames hyphenate
    the same name differently ("Pul-e-Khumri" / "Pul-e Khumri")."""
    parts = key.split("-")
    if any(not p or p != p.strip() for p in parts):
        return ()
    for seps in itertools.product(("-", " "), repeat=len(parts) - 1):
        variant = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))
        if variant != key and (found := gaz.cities_named(variant)):
            return tuple(found)
    return ()


_ARABIC_PARTICLE_WORDS = r"(?:al|el|ul|il|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en|ud|ur|us|ut|uz)"
_ARABIC_PARTICLE = re.compile(rf"(?:^|(?<=[\s-])){_ARABIC_PARTICLE_WORDS}(?=[\s-])")
_ARABIC_HEADS = {"tal", "tall", "tel", "tell", "ras", "deir", "dayr", "kafr", "kfar", "bir", "beir", "ain", "ein",
                 "ayn", "khirbet", "khirbat", "qasr", "wadi", "jabal", "jebel"}
_ARABIC_NAME_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IL TD".split()
)
"""Where GeoNames spells place names by one of several transliterations of Arabic."""


def _transliterated(key: str) -> bool:
    """A name of two or more words shaped like an Arabic place name: an article ("Ras al-Ain", "Deir el-Balah"),
    an apostrophe for a glottal stop or 'ayn, or a word such as Tal, Ras, Deir, Kafr opening it."""
    words = re.split(r"[\s-]+", key)
    if len(words) < 2 or not all(re.fullmatch(r"[a-z'`]+", w) for w in words):
        return False
    return "'" in key or "`" in key or words[0] in _ARABIC_HEADS or _ARABIC_PARTICLE.search(key) is not None


def _loose_key(text: str) -> str:
    """One spelling for the transliterations of an Arabic place name (applied to one key or to many joined by
    newlines): no apostrophes, hyphens as spaces, every article 'al', 'ay'/'ey'/'ei' as 'ai', 'ou'/'oo' as 'u',
    'ee' as 'i', doubled letters single, a final 'ah' as 'a' ("Ra's al 'Ayn" and "Ras el-Ain" are both
    "ras al ain"; "Dayr al Balah" and "Deir al-Balah" both "dair al bala")."""
    text = text.replace("'", "").replace("`", "").replace("-", " ")
    text = re.sub(rf"\b{_ARABIC_PARTICLE_WORDS} ", "al ", text)
    for a, b in (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ay", "ai"), ("ey", "ai"), ("ei", "ai")):
        text = text.replace(a, b)
    text = re.sub(r"([a-z])\1", r"\1", text)
    text = re.sub(r"ah\b", "a", text)
    return re.sub(r" +", " ", text)


@lru_cache(maxsize=1)
def _loose_index() -> dict[str, tuple[int, ...]]:
    """Loose key -> city rows, for the towns of the countries where names are transliterated from Arabic
    (built once, on first need, in a fraction of a second, and kept in the on-disk cache)."""
    return cached_json("loose-cities", [CITIES_FILE], _build_loose_index, _loose_rows)


def _loose_rows(index: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """The index with tuples of rows; it raises on a cached entry of the wrong shape (`[]`, `{}`, a key
    without a row list), which is then rebuilt: the real index is never empty."""
    if not index:
        raise ValueError("empty loose index")
    return {k: tuple(v) for k, v in index.items()}


def _build_loose_index() -> dict[str, list[int]]:
    table = load_gazetteer().cities
    codes = [i for i, c in enumerate(table.codes) if c in _ARABIC_NAME_COUNTRIES]
    rows = np.nonzero(np.isin(table.country_idx[table.key_rows], codes))[0]
    keys = [table.keys[i] for i in rows]
    index: dict[str, list[int]] = {}
    for loose, i in zip(_loose_key("\n".join(keys)).split("\n"), rows, strict=True):
        index.setdefault(loose, []).append(int(table.key_rows[i]))
    return index


def _loose_cities(gaz: Gazetteer, key: str) -> tuple[City, ...]:
    rows = _loose_index().get(_loose_key(key), ())
    cities = {c.geonames_id: c for c in (gaz.cities.row(r) for r in rows)}
    return tuple(sorted(cities.values(), key=lambda c: -c.population))


_HYPHENED_OWNER = re.compile(r"-(?:run|owned|led|backed|funded|financed|operated|managed|built|made|based|flagged)\b")


def _context(doc: Doc, matches: list[_Match], sent_index: list[int], upper: bool) -> _Context:
    by_sent: dict[int, set[str]] = {}
    total: Counter[str] = Counter()
    first: dict[str, int] = {}
    scene: Counter[str] = Counter()
    found: list[tuple[int, int, str, bool]] = [
        (doc[m.start].idx, m.start, m.country.alpha2, not upper and _reacting_party(doc[m.start : m.end].root))
        for m in matches
        if m.country and (_country_ok(doc, m, upper) or not upper and _compass_part_in_a_name(doc, m))
        and not _country_named_province(doc, m)
        and not _sends_a_mission(doc, m.start, m.end) and (upper or not _country_names_people(doc, m))
    ]
    for tok in doc:
        if tok.is_alpha and (upper or (tok.text[0].isupper() and tok.ent_type_ != "ORG")):
            country = country_by_demonym(tok.text)
            if country is not None and _HYPHENED_OWNER.match(doc_text(doc), tok.idx + len(tok.text)):
                continue  # "an American-run oil depot", "a Saudi-led coalition": whose, not where
            if country is not None and _sends_a_mission(doc, tok.i, tok.i + 1):
                continue  # "the Turkish embassy": the state it stands for, not where it stands
            if country is not None and not _qualifies_people(doc, tok):
                found.append((tok.idx, tok.i, country.alpha2, not upper and _reacting_party(tok)))
    ctx = _Context(by_sent, total, first, scene=scene)
    shared = {m.start: m for m in matches if m.key in SHARED_NAMES}
    for offset, i, code, party in sorted(found):
        if i in shared:
            ctx.shared.append((offset, i, shared[i], party))  # read once the text's other places are known
        else:
            ctx.add(offset, sent_index[i], code, party, scene=i > 0 and doc[i - 1].lower_ == "in",
                    dateline=in_dateline(doc[i]))
            if not party and not _doer_or_flag(doc[i]):
                ctx.coast[code] += 1
    return ctx


_MISSION_NOUNS = {"embassy", "embassies", "consulate", "consulates", "legation", "chancery"}


def _sends_a_mission(doc: Doc, start: int, end: int) -> bool:
    """ "the Pakistan Embassy", "the Turkish consulate", "the Embassy of Pakistan", "the Kenya High Commission": the
    state a diplomatic mission stands for, which stands in another country (a place, a vote for the story's
    country or the capital's reading it is not)."""
    after = _word_at(doc, end)
    if after in _MISSION_NOUNS or (after == "high" and _word_at(doc, end + 1) == "commission"):
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _MISSION_NOUNS


def _doer_or_flag(tok: Token) -> bool:
    """A country that acts ("Iran supplied the drones", "Iran's navy seized ...") or flags a ship ("an Israeli
    ship", "a Greek-owned tanker"): who, not which coast a sea incident lies off."""
    if tok.dep_ == "poss" and tok.head.dep_ == "nsubj":
        tok = tok.head  # "Iran's Revolutionary Guards supplied the drones"
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        return True
    return tok.dep_ in {"amod", "compound", "nmod", "npadvmod"} and (
        tok.head.lower_ in VESSEL_NOUNS or tok.head.lower_ in {"-", "owned", "flagged"}
        or any(t.lower_ in VESSEL_NOUNS for t in tok.doc[tok.i + 1 : tok.i + 4]))


_REACTION_NOUNS = {
    "condemnation", "reaction", "response", "statement", "message", "condolence", "tribute", "sympathy",
    "solidarity", "outrage", "criticism", "denunciation",
}
"""What comes from a state after an attack ("condemnation poured in from Algeria")."""
_PARTY_NOUNS = {
    "government", "authority", "ministry", "embassy", "presidency", "leadership", "administration", "cabinet",
    "counterpart", "envoy", "ambassador", "diplomat",
    "president", "premier", "king", "queen", "prince", "ruler", "dictator", "strongman", "regime",
    "office", "department", "consulate", "mission", "delegation",
} | _REACTION_NOUNS
"""Who speaks or reacts for a state ("the Algerian government", "Libya's former ruler", "a French
statement"), with the person nouns: a demonym or a possessive country on them names a party."""


def _reacting_party(tok: Token) -> bool:
    """A country word that names who speaks, reacts, is blamed or is qualified as a person, not where
    anything happens: "Algerian officials condemned the attack", "an Algerian soldier", "Libya's former
    leader", "Algeria condemned ...", "Riyadh blamed Iran". Still evidence for reading an ambiguous name,
    but not enough to take a town the gazetteer knows into another country."""
    if in_dateline(tok):
        return False  # "BAMAKO, Mali — JNIM said": where the report was filed, however the parser hangs it
    tok = _first_conjunct(tok)  # "French and German officials"
    if tok.dep_ in {"amod", "compound", "nmod", "poss"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i > tok.i:
        noun = tok.head
        lemma = noun.lemma_.lower()
        if lemma in PERSON_NOUNS | _PARTY_NOUNS or noun.lower_ in {"officials", "authorities", "leaders"}:
            return True
        tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        # "condemnation from Algeria", "condemnations poured in from Algeria": a reaction's source
        head = tok.head.head
        said = [head]
        if head.pos_ == "VERB":
            said += [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(t.lemma_.lower() in _REACTION_NOUNS for t in said):
            return True
    return _stands_for_government(tok) or _blame_pointed(tok) is not None or _origin_or_refuge(tok) \
        or _names_who_not_where(tok)


_REACTION_VERBS = {
    "condemn", "denounce", "deplore", "decry", "criticise", "criticize", "deny", "reject", "dismiss", "refute",
    "accuse", "blame", "summon", "recall", "expel",
}
"""What a state does about an attack, in words or by its envoys: condemns, denies, summons an ambassador."""
_GIVE_VERBS = {"offer", "express", "extend", "convey", "send", "pledge"}
_GIFT_NOUNS = {"condolence", "sympathy", "solidarity", "aid", "help", "assistance", "support", "message", "relief"}
"""'Algeria offered its condolences', 'France sent aid': what one state gives another after an attack."""
_CAME_VERBS = {"come", "arrive", "cross", "infiltrate", "sneak", "slip", "hail", "originate", "enter", "launch",
               "fire", "lob"}
"""Verbs whose "from" names where attackers or their rockets came from ("rockets fired from Lebanon")."""
_FLED_VERBS = {"flee", "escape", "retreat", "withdraw", "return", "head", "cross", "slip", "sneak", "run", "melt",
               "take", "abduct", "kidnap", "carry", "drive"}
_ATTACKER_WORDS = {
    "gunman", "gunmen", "militant", "fighter", "attacker", "insurgent", "jihadist", "rebel", "assailant", "bandit",
    "terrorist", "raider", "kidnapper", "infiltrator", "extremist",
}


_MILITIA_WORDS = {"militia", "militiaman", "militiamen", "militias", "fighters", "militants", "rebels", "gunmen"}
"""Plural and militia nouns whose lemma the tagger may leave as written."""
_SPONSOR_PARTICIPLES = PATRON_VERBS | {"base", "based", "lead", "led", "train", "trained", "direct", "directed",
                                       "back", "backed", "arm", "armed", "fund", "funded", "sponsor", "sponsored"}
"""After "<country>-": who stands behind an armed group or is its home ("Iran-backed", "US-led", "Mali-based")."""


def _origin_or_refuge(tok: Token) -> bool:
    """Where attackers came from or fled to ("gunmen who came from Algeria", "militants from Niger",
    "they fled into Algeria", "the hostages were taken to Mali"), or where they are based ("based in Mali",
    "a Mali-based group"): not the scene."""
    tok = _first_conjunct(tok)
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and (
        doc[tok.i + 2].lemma_.lower() in _SPONSOR_PARTICIPLES or doc[tok.i + 2].lower_ in _SPONSOR_PARTICIPLES
    ):
        return True  # "a Congo-based rebel group", "an Iran-backed militia", "the US-led coalition"
    if tok.dep_ != "pobj":
        return False
    word, head = tok.head.lower_, tok.head.head
    lemma = head.lemma_.lower()
    if word == "from":
        return lemma in _CAME_VERBS or (head.pos_ == "NOUN" and (lemma in _ATTACKER_WORDS
                                                                 or head.lower_ in _ATTACKER_WORDS))
    if word in {"to", "into", "toward", "towards", "across"}:
        return lemma in _FLED_VERBS
    # "based in", "stationed in" (a verb): "a police station in Niger" is the scene; "the attackers had been
    # trained in Pakistan", "the attack was planned in Afghanistan": where they were prepared, not the scene
    return word in {"in", "inside"} and lemma in {"base", "headquarter", "station"} | _PREPARED_VERBS \
        and head.pos_ == "VERB"


_PREPARED_VERBS = {"train", "plan", "plot", "hatch", "recruit", "radicalise", "radicalize", "indoctrinate", "arm",
                   "equip", "finance", "fund", "mastermind", "orchestrate"}
"""Where attackers were made ready ("trained in Pakistan", "planned in Afghanistan") is not where they struck."""


_COUNTRY_FORMS = {"republic", "kingdom", "state", "states", "emirate", "emirates", "commonwealth", "sultanate",
                  "principality", "federation", "island", "islands"}
"""Words of a country's own long name ("the Republic of Ireland", "the State of Israel"), not of an organisation."""


def _names_who_not_where(tok: Token) -> bool:
    """A country that says who someone is, not where anything happened: where a person comes from ("a man
    from Afghanistan", "tourists from Japan"), whom attackers are said to serve ("elements affiliated with
    Israel", "a militia backed by Iran"), or whose organisation it completes the name of ("the National Union
    of Journalists of the Philippines"). Session-9 rules cover attackers' origins and reacting states."""
    tok = _first_conjunct(tok)
    if tok.dep_ != "pobj":
        return False
    word, head = tok.head.lower_, tok.head.head
    lemma = head.lemma_.lower()
    if word == "from" and head.pos_ in {"NOUN", "PROPN"} and (
        lemma in PERSON_NOUNS | _PEOPLE_WORDS or head.lower_ in _PEOPLE_WORDS
    ):
        return True
    if word in {"with", "to", "by"} and (lemma in PATRON_VERBS or head.lower_ in PATRON_VERBS):
        return True
    if word == "of" and lemma in SUPPORT_NOUNS:
        return True  # "planned with the support of India": whose help, not where
    return word == "of" and head.ent_type_ == "ORG" and head.lower_ not in _COUNTRY_FORMS


def _reacts(tok: Token) -> bool:
    """The state `tok` names, or whose government, ministry or envoy it qualifies ("Algeria's foreign ministry"),
    condemns, denies, offers condolences or aid, summons an ambassador, or is blamed."""
    tok = _first_conjunct(tok)  # "Algeria and Morocco condemned"
    if tok.dep_ in {"amod", "compound", "nmod", "poss"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i > tok.i \
            and tok.head.lemma_.lower() in _PARTY_NOUNS - _REACTION_NOUNS | {"official", "spokesman", "spokeswoman"}:
        tok = tok.head
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ == "nsubj" and lemma in _REACTION_VERBS:
        return True
    if tok.dep_ == "nsubj" and lemma in _GIVE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _GIFT_NOUNS for c in verb.children
    ):
        return True
    if tok.dep_ == "nsubjpass" and lemma in _BLAMED_VERBS | {"suspect"}:
        return True  # "Algeria was blamed for the attack"
    if tok.dep_ == "dobj" and lemma in _BLAMED_VERBS:
        return True  # "Rabat blamed Algeria"
    return _blame_pointed(tok) is not None


def names_a_party(doc: Doc, place: PlaceMention) -> bool:
    """A country named only as a party to the story, not where it happened: it reacts (condemns, offers
    condolences, sends aid, summons an ambassador), is blamed or denies, or is where the attackers came from or
    fled to. (Towns that speak are no places at all: see `_metonym`.)"""
    if place.level != "country":
        return False
    span = doc.char_span(place.location.evidence.start, place.location.evidence.end, alignment_mode="expand")
    return span is not None and (_reacts(span.root) or _origin_or_refuge(span.root)
                                 or _names_who_not_where(span.root))


_TELLER_NOUNS = {"official", "spokesman", "spokeswoman", "spokesperson", "source", "authority", "police",
                 "diplomat", "minister", "ministry", "government", "army", "military", "reporter", "journalist",
                 "correspondent", "analyst", "observer", "witness", "resident", "agency", "statement"}
"""Who tells the story ("officials in Kinshasa said", "told reporters in Kabul")."""


_SEAT_NOUNS = {"court", "tribunal", "embassy", "consulate", "commission", "parliament", "senate", "assembly",
               "legislature"}
"""Bodies that judge, speak or react from where they sit ("a court in X sentenced", "the embassy in X said"):
their seat, when they do the telling, is no scene."""


_PRESS_VERBS = _SPEECH_VERBS | {"report", "lead", "quote", "cite", "note", "carry", "publish", "run", "headline",
                                "editorialise", "editorialize", "comment", "argue", "describe"}


def _bracketed_seat(span: Span) -> bool:
    """"Sidwaya (Ouagadougou) reports that ...", "L'Observateur Paalga (Ouagadougou) leads with ...": a town alone
    in brackets after the name of the one who tells (a paper in a press review, as its seat is printed) is where
    the teller is, not the scene. The name must be the subject of a reporting verb; "Kidal (Mali)" after a place
    or a bracket inside a sentence of violence stays a place."""
    doc, tok = span.doc, span.root
    if tok.dep_ != "appos" or span.start == 0 or span.end >= len(doc) or doc[span.start - 1].text != "(" \
            or doc[span.end].text != ")":
        return False
    name = tok.head
    return name.dep_ == "nsubj" and name.i < span.start and name.head.lemma_.lower() in _PRESS_VERBS


def names_the_tellers_seat(doc: Doc, place: PlaceMention) -> bool:
    """Where those who tell the story are, not where it happened: "officials in Kinshasa said", "a
    spokesman in Kabul told AFP", "according to sources in Mogadishu", "told reporters in Abuja"."""
    span = doc.char_span(place.location.evidence.start, place.location.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    tok = _first_conjunct(span.root)
    if _bracketed_seat(span):
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "at", "from"}:
        return False
    noun = tok.head.head
    if noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() in _SEAT_NOUNS and noun.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "a court in Mopti convicted ...", "the French embassy in Bamako condemned ..."
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() not in _TELLER_NOUNS:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according":
        return True
    return verb.lemma_.lower() in _SPEECH_VERBS and (
        noun.dep_ in {"nsubj", "nsubjpass"} or noun.dep_ in {"dobj", "dative"} and verb.lemma_.lower() == "tell"
    )


_STATE_AGENTS = {
    "soldier", "officer", "policeman", "guard", "commander", "colonel", "general", "major", "captain", "sergeant",
    "lieutenant", "official", "governor", "minister", "legislator", "lawmaker", "politician", "mayor", "agent",
    "ranger", "trooper", "marine", "cadet", "recruit", "constable", "inspector", "detective", "prosecutor",
    "gendarme", "militiaman", "spokesman", "spokeswoman", "judge", "administrator", "deputy", "secretary",
    "representative", "councillor", "councilor", "leader", "chief", "personnel", "troop", "policemen",
    "warden", "bailiff", "sheriff", "marshal", "sentry", "sentinel", "lookout", "commando", "paratrooper",
    "conscript", "corporal", "sapper", "magistrate", "juror", "registrar", "emir", "chieftain",
}
_PEOPLE_WORDS = (PERSON_NOUNS - _STATE_AGENTS) | {
    "people", "national", "citizen", "tourist", "expatriate", "expat", "missionary", "traveller", "traveler",
    "crew", "staff", "family", "businessman", "businessmen", "businesswoman", "hostage", "holidaymaker",
    "backpacker", "climber", "hiker", "couple", "men", "women", "children", "aid", "charity", "refugee", "migrant",
    "immigrant", "asylum", "exile", "diaspora",
}
"""Nouns for people a demonym describes by who they are ("French tourists", "a British aid worker",
"Chinese nationals"), not by where they are; state agents ("Nigerian soldiers", "Afghan officials")
mostly serve in their own country and are left out."""


_ON_LAND = {"base", "bases", "site", "sites", "factory", "factories", "plant", "launcher", "launchers"}
"""After a weapon word, a place the weapon sits in ("an Iranian missile base"): that is a place in the country."""
_STRIKE_WORDS = {
    "missile", "rocket", "drone", "barrage", "strike", "airstrike", "air", "shelling", "bombardment", "raid",
    "warplane", "jet", "artillery", "shell", "bomber", "incursion", "invasion", "offensive",
}
"""What a demonym before them names is who fired or flew ("an Iranian missile barrage", "Israeli
airstrikes", "a Russian drone"): the attacker's country, not where the strike fell."""


def _people_word(word: str) -> bool:
    return word in _PEOPLE_WORDS or (word.endswith("s") and word[:-1] in _PEOPLE_WORDS) \
        or (word.endswith("ies") and word[:-3] + "y" in _PEOPLE_WORDS)


def _qualifies_people(doc: Doc, tok: Token) -> bool:
    """A demonym that says who people are ("two French tourists", "four Chinese workers", "three
    Americans"), not where something is: the nationality of victims abroad is no evidence of the place;
    nor is the nationality of a weapon or a strike ("an Iranian missile barrage")."""
    if name_key(tok.text) in load_gazetteer().countries:
        return False  # "Philippines", "Netherlands": the country itself
    if tok.text.lower().endswith("s") and country_by_demonym(tok.text[:-1]) is not None:
        return True  # "Americans", "Pakistanis": a plural noun for people
    shared = [c for c in tok.conjuncts if c.i > tok.i and c.pos_ == "NOUN"]
    if shared and _word_at(doc, tok.i + 1) in {"and", "or", ","}:
        return _people_word(shared[-1].lower_)  # "two Somali and one Kenyan soldier": their shared noun decides
    if any(c.dep_ in {"nummod", "det"} for c in tok.children) and tok.pos_ in {"NOUN", "PROPN"} \
            or any(c.dep_ == "nummod" for c in tok.children):
        return True  # "two Chinese were kidnapped", "including one American" (however tagged)
    if tok.i > 0 and doc[tok.i - 1].like_num and (
            tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in {"NOUN", "PROPN"}):
        return True  # "one American and two Britons": a number before the demonym, no noun after it
    for nxt in doc[tok.i + 1 : tok.i + 4]:
        word = nxt.lower_
        if not nxt.is_alpha or (nxt.text[0].isupper() and not nxt.text.isupper()):
            return False  # "Pakistani Taliban", "Nigerian Army": a name follows
        if _people_word(word):
            return True  # "Turkish families" too
        if nxt.lemma_.lower() in _STRIKE_WORDS and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in _ON_LAND):
            return True
        if nxt.pos_ not in {"NOUN", "ADJ"} and not nxt.text.isupper():
            return False
    return False


def _compass_part_in_a_name(doc: Doc, m: _Match) -> bool:
    """ "the South Lebanon Army", "the West Papua National Liberation Army": a country's compass part ("South Lebanon",
    `_compass_part_of_a_country`) inside an organisation's name that goes on in capitals is a word of that name, not a
    place: no state names its own body after a part of itself, so the name is no state body's ("the Lebanon Army"
    would be), and where the group struck is for the text to say."""
    first = m.key.partition(" ")[0]
    if m.country is None or first not in COMPASS_NAMES or load_gazetteer().countries.get(m.key) is not None:
        return False
    k = m.end
    while k < len(doc) and k < m.end + 4 and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
        if doc[k].lower_ in _BODY_HEADS:
            return True
        k += 1
    return False


_BODY_HEADS = {"army", "front", "forces", "movement", "liberation", "brigade", "brigades", "militia", "party",
               "council", "committee", "association", "union", "organization", "organisation", "group", "league"}
"""Capitalised words that make the name before them a body's ("the South Lebanon Army", "... Liberation Front")."""


def _country_names_people(doc: Doc, m: _Match) -> bool:
    """ "a US citizen", "two U.S. engineers", "a UK national": a country's name (not its demonym) right before a noun
    for people abroad (`_PEOPLE_ABROAD`) says who they are, as a demonym would ("an American citizen"), not where
    anything happened: no place, and no vote for the scene's country. "US soldiers", "the US embassy" are left as
    they are (a state's own men; a mission: `_sends_a_mission`)."""
    if m.end >= len(doc) or m.country is None:
        return False
    nxt = doc[m.end]
    return nxt.pos_ == "NOUN" and nxt.text.islower() and nxt.lemma_.lower() in _PEOPLE_ABROAD


_PEOPLE_ABROAD = {"citizen", "national", "tourist", "foreigner", "engineer", "expatriate", "expat", "traveller",
                  "traveler", "visitor", "contractor", "missionary", "businessman", "backpacker", "holidaymaker"}
"""Nouns for people a country's name before them places abroad ("a US citizen", "two UK engineers"); a country's
residents, villagers or civilians ("three Syria residents") live in it, so its name still votes for the scene."""


def _country_ok(doc: Doc, m: _Match, upper: bool) -> bool:
    """Reject the pronoun "us", and in mixed case a country word that NER calls a person ("Chad") or that is
    a word of a company's name ("an Air France flight")."""
    text = doc[m.start : m.end].text
    if not upper and in_organisation_name(doc, m.start, m.end):
        return False
    if not upper and _compass_part_in_a_name(doc, m):
        return False
    if m.key == "us" and text != "US" and text != "U.S.":
        return False
    if upper and m.key == "us":
        return False
    return upper or m.key not in _FIRST_NAME_COUNTRIES or not _in_ent(doc, m, {"PERSON"})


def _whole_entity(doc: Doc, m: _Match, labels: set[str] | None = None) -> bool:
    """The match is a whole named entity (of one of `labels`), not a word inside a longer name."""
    return any(e.start == m.start and e.end == m.end and (labels is None or e.label_ in labels) for e in doc_ents(doc))


def _in_ent(doc: Doc, m: _Match, labels: set[str]) -> bool:
    for tok in doc[m.start : m.end]:
        if tok.ent_type_ in labels:
            return True
    return False


def _pattern_countries(doc: Doc, m: _Match, gaz: Gazetteer) -> set[str]:
    """Countries the text ties the name to: "X, Y[, Z]", "X, outside Y", "X in Y", "<Demonym> town of X"."""
    out = _following_countries(doc, m.end, gaz, bearing=True)
    # "Mozambican town of Palma": a demonym just before "<place word> of".
    if m.start >= 3 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in _CITY_WORDS | _ADMIN_WORDS:
        demonym = country_by_demonym(doc[m.start - 3].text) or gaz.countries.get(name_key(doc[m.start - 3].text))
        if demonym is not None:
            out.add(demonym.alpha2)
    if m.start >= 2 and doc[m.start - 1].text in {"'s", "’s"}:
        key = name_key(doc[m.start - 2].text)
        country = gaz.countries.get(key)
        if country is not None:
            out |= set(SHARED_NAMES.get(key, (country.alpha2,)))  # "Congo's North Kivu": the name says which
    if not out:
        out |= _site_country(doc, m.end, gaz)
    return out


def _site_country(doc: Doc, i: int, gaz: Gazetteer) -> set[str]:
    """ "the Tal Sufra air base in (western) Syria('s X province)": the country the site after the name is put in;
    the name is the site's, so a namesake town abroad is not it."""
    k = i
    while k < min(len(doc), i + 3) and doc[k].is_alpha and doc[k].text.islower() and doc[k].lower_ != "in":
        k += 1
    if k == i or doc[k - 1].lower_ not in _SITE_HEADS or _word_at(doc, k) != "in":  # "near Iraq" may be abroad
        return set()
    k += 1
    if _word_at(doc, k) == "the":
        k += 1
    if doc[k:k + 1].text.islower() and _word_at(doc, k) in _DIRECTIONS:
        k += 1  # "in western Iraq"
    for j in range(min(len(doc), k + 4), k, -1):
        country = gaz.countries.get(name_key(doc[k:j].text))
        if country is not None:
            return {country.alpha2}
    return set()


def _starts_name(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """'South' in 'South Africa' or 'South Sudan' begins a name; in 'south of Kabul' it links."""
    if not doc[i].text[:1].isupper():
        return False
    for k in (2, 3):
        key = name_key(doc[i : i + k].text)
        if gaz.countries.get(key) is not None or gaz.subdivisions.get(key):
            return True
    return False


_DISTANCE_UNITS = LONG_DISTANCE_UNITS


def _following_countries(doc: Doc, i: int, gaz: Gazetteer, direct: bool = False, bearing: bool = False) -> set[str]:
    """Countries of the places chained after token `i` by commas or "in/outside/near" (with `bearing`, also
    "south of"); a country wins."""
    found: set[str] = set()
    town_key: str | None = None  # the first element's key, when only a town's name gave its country
    steps = 0
    elements = 0
    if (past := _past_police_station_area(doc, i)) > i:
        i, steps = past, 1  # the phrase links like "in"
    elif _word_at(doc, i) in _ADMIN_WORDS | _SUBDISTRICT_WORDS and _word_at(doc, i + 1) == "of":
        i, steps = i + 2, 2  # "Kech district of Balochistan", "X tehsil of Y": the province the unit lies in
    elif _word_at(doc, i) == "of" and _word_at(doc, i - 1) in _ADMIN_WORDS:
        i, steps = i + 1, 1
    elif _word_at(doc, i) in _ADMIN_WORDS | _CITY_WORDS and _word_at(doc, i + 1) == ",":
        i += 1  # "X district, <its province>, <its country>": the chain after the place word
    while i < len(doc) and steps < 8 and elements < 3 and not (steps and doc[i].is_sent_start):
        tok = doc[i]
        if bearing and _direction(doc, i) and _word_at(doc, i + 1) == "of":
            i += 2  # "Zabid, south of Al Hudaydah": the place it lies south of, in the same country
            steps += 2
            continue
        if bearing and steps and tok.like_num and _word_at(doc, i + 1) in _DISTANCE_UNITS and _direction(doc, i + 2):
            i += 2  # "Remedios (200 km northwest of Bogota)": the distance before the bearing
            steps += 2
            continue
        if tok.text in {",", "("} or (tok.lower_ in _LINKERS and not direct and not _starts_name(doc, i, gaz)):
            i += 1
            steps += 1
            continue
        if steps and tok.lower_ in _CITY_WORDS | _SETTLEMENT_WORDS | _QUARTER_WORDS \
                and _word_at(doc, i + 1) in {"of", "in", "near", "outside"}:
            i += 2  # "Kenilworth, a suburb of Cape Town", "X, a village in Y": the place the apposition puts it in
            steps += 2
            continue
        if steps == 0 or _direction(doc, i):
            break  # "south" in "south of X" or "in the south" is a direction, not Cameroon's South region
        if _speaking_name(doc, i) and not _speaking_country_holds(doc, i, gaz):
            break  # "in the town of Choloma, Barahona said": the speaker's surname, no place the town lies in
        hit = None
        for j in range(min(len(doc), i + 6), i, -1):  # "Democratic Republic of the Congo"
            if j < len(doc) and doc[j].is_alpha and doc[j].text[0].isupper() and not _of_type(
                    gaz.subdivisions.get(name_key(doc[i:j].text), ()), doc[j].lower_):
                continue  # only whole names: "North" is not a place in "North Sinai" (but "Plateau State")
            if _opens_a_compound(doc, j, gaz):
                continue  # nor "Pul" in "Pul-i-Alam", nor Ireland's Mayo in "Tourou, Mayo-Tsanaga, Far North"
            key = name_key(doc[i:j].text)
            country = gaz.countries.get(key)
            if country is not None and j < len(doc) and _of_type(gaz.subdivisions.get(key, ()), doc[j].lower_):
                country = None  # "Rijau, Niger State": the province the place word names, not the country Niger
            if country is not None and _owner_not_place(doc, j):
                break  # "X province, Chad's army said", "X, Chad police said": whose army, not where X lies
            if country is not None and key in SHARED_NAMES and _country_after(doc, j, gaz) is None:
                # "Beni, Congo": either Congo, as the town's own country decides; "Beni, North Kivu, Congo": the
                # province named before it already did
                return (set(SHARED_NAMES[key]) & found) or set(SHARED_NAMES[key])
            if country is not None:
                # "Yakila, Niger, Nigeria", "Atlanta, Georgia, United States": a country named next is the
                # one the chain ends in, the first a province of it by the same name
                if (after := _country_after(doc, j, gaz)) is not None:
                    return {after.alpha2}
                # "Winder, Georgia", "Kagara, Niger": a state named like a country is either, as the town's own
                # country decides (as "Beni, Congo" is)
                # ("X, Tillaberi, Niger": a province before it already decided)
                either = {country.alpha2} | {s.country_code for s in gaz.subdivisions.get(key, ())
                                             if s.type == "State" and s.country_code != country.alpha2}
                return (either & found) or either
            if j - i == 1 and (demonym := country_by_demonym(doc[i].text)) is not None:
                if _ends_chain_element(doc, j):
                    return {(_country_after(doc, j, gaz) or demonym).alpha2}  # "Somali, Ethiopia": the region
                if _word_at(doc, j) not in _ADMIN_WORDS:
                    break  # "X province, Dutch officials said": an adjective before its noun, no place
            subs = gaz.subdivisions.get(key)
            if subs and j < len(doc):
                subs = _of_type(subs, doc[j].lower_) or subs  # "Plateau State"
            big = [c for c in gaz.cities_named(key) if c.population >= 50000] if doc[i].text[0].isupper() else []
            if big and doc[i].ent_type_ == "PERSON":
                # "Yaqub Momen, Ismail Momen and ...": a name in a list of people is no town by one of its alternate
                # names (Izmayil, Ukraine, answers to "Ismail"); a town's own name still chains
                big = [c for c in big if _own_name(key, c)]
            if not big and not subs and doc[i].text[0].isupper() and _word_at(doc, j) in _ADMIN_WORDS:
                # "near Sangla in Kohlu district": the district's seat, under its own name in one country only
                own = [c for c in gaz.cities_named(key) if _own_name(key, c)]
                big = own if len({c.country_code for c in own}) == 1 else []
            if not big and not subs and j == i + 1 and _word_at(doc, j) in _ADMIN_WORDS \
                    and (code := _first_word_of_a_province(gaz, key)) is not None:
                hit = ({code}, j)  # "Bara tehsil, Khyber district": a district named as a province of Pakistan opens
                break
            if subs or big:
                hit = ({s.country_code for s in subs or ()} | {c.country_code for c in big[:1]}, j)
                break
        if hit is None:
            # An unknown name in the chain ("Zwaqui, North Kivu, DR Congo"): skip it.
            nxt = next((k for k in range(i + 1, min(len(doc), i + 5)) if doc[k].text == ","), None)
            if nxt is None and _glued_hyphen(doc, i + 1):
                nxt = _past_hyphenated_name(doc, i)  # "Godam, Qalay-i-Zal district, Kunduz": a long unknown name
            if nxt is None or not doc[i].text[0].isupper():
                break
            i = nxt
            elements += 1
            continue
        if not found:
            found = hit[0]
            town_key = key if big and not subs else None
        elif town_key is not None:
            # "X near Petersburg, Virginia": the town named first is the namesake in the province or country named
            # after it (Petersburg, Virginia), not the largest town of the name (Saint Petersburg, Russia)
            namesakes = {c.country_code for c in gaz.cities_named(town_key) if _own_name(town_key, c)} & hit[0]
            found = namesakes or found
            town_key = None
        i = hit[1]
        while i < len(doc) and doc[i].lower_ in _ADMIN_WORDS:
            i += 1  # "Kwall, Bassa district, Plateau, Nigeria", "X, Southern District, Israel": on past the word
        steps = 0
        elements += 1
        if i < len(doc) and doc[i].text != ",":
            break
    return found


def _first_word_of_a_province(gaz: Gazetteer, word: str) -> str | None:
    """The one country with a province whose longer name `word` opens ("Khyber" of Khyber Pakhtunkhwa: Pakistan;
    "Jammu" of Jammu and Kashmir: India), for a district the gazetteer lacks, named after a word of its province.
    None for an English word ("North", "Cross") or a word that opens provinces of several countries ("Rio", "San")."""
    index = gaz.memo.get("province_first_words")
    if index is None:
        firsts: dict[str, set[str]] = {}
        for key, subs in gaz.subdivisions.items():
            head, _, rest = key.partition(" ")
            if rest:
                firsts.setdefault(head, set()).update(s.country_code for s in subs)
        index = gaz.memo["province_first_words"] = {
            w: next(iter(codes)) for w, codes in firsts.items() if len(codes) == 1 and w not in gaz.english_words
            and len(w) >= 4 and not gaz.cities_named(w) and not gaz.countries.get(w)
        }
    return index.get(word)


def _speaking_country_holds(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """ "near Boulkessi, Mali said", "in Kutu, Nigeria said": a country that speaks right after a town is the
    town's country still when the parser reads it as a place or the gazetteer does not set the town elsewhere;
    "in Kidal, Jordan said" (a person to the parser, and Kidal lies in Mali) is a person's name."""
    country = gaz.countries.get(name_key(doc[i:_name_end(doc, i)].text))
    if country is None or i < 2 or doc[i - 1].text != ",":
        return False
    if doc[i].ent_type_ == "GPE":
        return True
    towns = [c for k in (1, 2, 3) if i - 1 - k >= 0 for c in gaz.cities_named(name_key(doc[i - 1 - k:i - 1].text))]
    return not towns or any(c.country_code == country.alpha2 for c in towns)


def _name_end(doc: Doc, i: int) -> int:
    """The end of the run of up to three capitalised words at `i`."""
    j = i
    while j < len(doc) and j < i + 3 and doc[j].is_alpha and doc[j].text[:1].isupper():
        j += 1
    return j


def _speaking_name(doc: Doc, i: int) -> bool:
    """The capitalised name at `i` speaks: the subject of a speech verb, or one right after it ("Barahona said",
    "Florence told reporters"), so it is a person's, whatever place bears it."""
    j = _name_end(doc, i)
    return j > i and (_speaker(doc[j - 1]) or j < len(doc) and doc[j].lemma_ in _SPEECH_VERBS
                      and doc[j].tag_ in {"VBD", "VBZ"})


def _ends_chain_element(doc: Doc, j: int) -> bool:
    """The name before token `j` closes an element of a place chain: a comma, full stop or bracket follows, or
    the sentence ends."""
    return j >= len(doc) or doc[j].is_sent_start or doc[j].text in {",", ".", ")"}


def _owner_not_place(doc: Doc, j: int) -> bool:
    """A country name before token `j` owns what follows ("Chad's army", "Chad police said", "Chad state
    media"): it tells whose officials speak, not the country the chain ends in."""
    word = _word_at(doc, j)
    return word in {"'s", "’s", "'"} or (word in _OWNED_NOUNS and doc[j].text.islower())


_OWNED_NOUNS = OFFICIAL_NOUNS | SECURITY_FORCE_NOUNS | MEDIUM_NOUNS
"""Lower-case nouns a country's name modifies as their owner ("Chad police", "Chad state media")."""


def _opens_a_compound(doc: Doc, j: int, gaz: Gazetteer) -> bool:
    """The name ending before token `j` is the head of a hyphen-joined name ("Pul-i-Alam", "Mayo-Tsanaga"), whose
    parts are no places of their own; not when the compound joins two places by a road or border word ("the
    Beni-Kasindi road", "the Iraq-Syria border") or joins a country."""
    if not _glued_hyphen(doc, j) or not doc[j + 1].is_alpha:
        return False
    if doc[j + 1].text[:1].islower():
        return True
    k = j
    while _glued_hyphen(doc, k) and doc[k + 1].is_alpha:
        k += 2
    if any(gaz.countries.get(name_key(doc[n].text)) is not None for n in range(j + 1, k, 2)):
        return False
    return _word_at(doc, k) not in _BETWEEN_WORDS and _word_at(doc, k + 1) not in _BETWEEN_WORDS


def _past_hyphenated_name(doc: Doc, i: int) -> int | None:
    """The comma that closes a hyphen-joined name starting at `i` and the place word after it ("Qalay-i-Zal
    district,", "Dasht-e-Archi district,"), or None."""
    k = i + 1
    while k + 1 < len(doc) and k - i < 9 and _glued_hyphen(doc, k) and doc[k + 1].is_alpha:
        k += 2
    while k < len(doc) and doc[k].lower_ in _ADMIN_WORDS | _SETTLEMENT_WORDS:
        k += 1
    return k if k < len(doc) and doc[k].text == "," else None


def _past_police_station_area(doc: Doc, i: int) -> int:
    """Past "village under Amas police station area of" (South Asian copy locates a village by the police
    station whose area it lies in, then the district): the district after it is the village's own; `i`
    itself when no such phrase starts there."""
    k = i + (_word_at(doc, i) in _SETTLEMENT_WORDS)
    if _word_at(doc, k) == "under":
        k += 1
        start = k
        while k < len(doc) and k - start < 3 and doc[k].text[:1].isupper() and doc[k].lower_ != "police":
            k += 1
        if k == start:
            return i
    if (_word_at(doc, k), _word_at(doc, k + 1)) != ("police", "station"):
        return i
    k += 2 + (_word_at(doc, k + 2) in {"area", "limits", "jurisdiction"})
    return k + 1 if _word_at(doc, k) == "of" else i


_LIST_LINKS = {"and", "or", "nor"}


def _country_after(doc: Doc, i: int, gaz: Gazetteer, open_end: bool = False) -> Country | None:
    """The country named right after a comma at token `i` as the chain's last element (", Nigeria.",
    ", United States,"), or None. With `open_end`, the chain may run on into the sentence (", Nigeria on
    Sunday"), though not into a list (", Nigeria and Chad") nor a longer name (", Nigeria Police")."""
    if _word_at(doc, i) != ",":
        return None
    for j in range(min(len(doc), i + 7), i + 1, -1):
        if j < len(doc) and doc[j].is_alpha and not (
            open_end and doc[j].text.islower() and doc[j].lower_ not in _LIST_LINKS
        ):
            continue  # only a whole name that ends the chain
        country = gaz.countries.get(name_key(doc[i + 1 : j].text))
        if country is not None:
            return country
    return None


def _direction(doc: Doc, i: int) -> bool:
    """A compass word used as a direction: lower-case in mixed-case text ("south of X", "in the south"), or
    before "of" in any case ("SOUTH OF X"). Capitalised and naming something ("South-West, Cameroon", "Far
    North region") it may be a province."""
    tok = doc[i] if 0 <= i < len(doc) else None
    if tok is None or tok.lower_ not in _DIRECTIONS and _COMPASS_WORD.fullmatch(tok.lower_) is None:
        return False
    return not tok.text[:1].isupper() or _word_at(doc, i + 1) == "of"


_STATE_NOUNS = {"media", "television", "tv", "radio", "news", "agency", "broadcaster", "university", "college",
                "department", "owned", "run", "-", "visit", "funeral", "dinner", "secretary", "capitalism"}
"""After "<Country> state": the state as government ("Syria state media"), not a province."""


def _country_named_province(doc: Doc, m: _Match) -> tuple[Subdivision, ...]:
    """ "Nigeria's Niger state", "the state of Mexico", "Gaza province": a country's name followed
    (or preceded by "<place word> of") by a place word names the province of that name."""
    if m.country is None or not m.subdivisions:
        return ()
    gaz = load_gazetteer()
    # "in Yakila, Niger, Nigeria on Sunday": after a town (no country) the chain runs on into the sentence; the
    # whole name before the comma must be no country ("in Burkina Faso, Niger, Nigeria in recent months")
    first = m.start - 2
    while first > 0 and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() \
            and not doc[first - 1].is_sent_start:
        first -= 1
    town_before = m.start >= 2 and doc[m.start - 1].text == "," and doc[m.start - 2].is_alpha \
        and gaz.countries.get(name_key(doc[first : m.start - 1].text)) is None
    later = _country_after(doc, m.end, gaz, open_end=town_before)
    if later is not None and later.alpha2 != m.country.alpha2:
        return tuple(s for s in m.subdivisions if s.country_code == later.alpha2)
    after = _word_at(doc, m.end)
    if after in _ADMIN_WORDS and _word_at(doc, m.end + 1) not in _STATE_NOUNS:
        return _own_first(m.country, _of_the_named_type(doc, m, list(m.subdivisions)))
    if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in _ADMIN_WORDS:
        return _own_first(m.country, list(m.subdivisions))
    return ()


def _own_first(country: Country, subs: list[Subdivision]) -> tuple[Subdivision, ...]:
    """ "Gaza governorate": the province of the type named (the Palestinian governorate, not Mozambique's Gaza
    province), and of the named country's own first when the type does not decide."""
    return tuple(sorted(subs, key=lambda s: s.country_code != country.alpha2))


_ISLAND_WORDS = {"island", "isle", "islands"}
"""'on Basilan island', 'the island of Jolo': a province may be an island, and the word names the place."""


def _firm_province(m: _Match, upper: bool) -> bool:
    """The name is a province of one country only, and of no town anywhere ("Chhattisgarh", "Balochistan")."""
    return not upper and m.country is None and m.sea is None and not m.cities and not m.unlisted \
        and len({s.country_code for s in m.subdivisions}) == 1


def _admin_cue(doc: Doc, m: _Match) -> bool:
    after = doc[m.end].lower_ if m.end < len(doc) else ""
    before = doc[m.start - 2].lower_ if m.start >= 2 and doc[m.start - 1].lower_ == "of" else ""
    return after in _ADMIN_WORDS | _ISLAND_WORDS or before in _ADMIN_WORDS | _ISLAND_WORDS


def _of_type(subs: Iterable[Subdivision], word: str) -> list[Subdivision]:
    """The provinces among `subs` whose type is the place word `word` ("state" of "Plateau State"); none when
    the word is no place word."""
    return [s for s in subs if (s.type or "").lower() == word] if word in _ADMIN_WORDS else []


def _of_the_named_type(doc: Doc, m: _Match, subs: list[Subdivision]) -> list[Subdivision]:
    """ "Plateau State", "Atlantique Department": the place word after the name picks the provinces of that
    type (Nigeria's state, not Benin's department) when some are; all of them otherwise."""
    if len(subs) < 2:
        return subs
    if m.start >= 2 and doc[m.start - 1].lower_ == "of" and (typed := _of_type(subs, doc[m.start - 2].lower_)):
        return typed  # "the department of Colon": Honduras's department, not Panama's province of that name
    return _of_type(subs, _word_at(doc, m.end)) or subs


def _own_name(key: str, city: City) -> bool:
    """The text spells the city's own name (or a transliteration of it, or the name without a generic tail:
    "Marawi" of Marawi City), not one of its alternate names."""
    own = name_key(city.name)
    return key == own or own.startswith((key + " ", key + "-")) or key in loose_name_keys(city.name)


def _far_alias(key: str, city: City) -> bool:
    """The city answers to the name only as an alias unlike its own name: a short form ("Sui" of Suizhou) or
    a former name ("Molotov" of Perm), not a spelling variant ("Basra", "Kharkov", "Mysore") nor its name without a
    generic tail ("Marawi" of Marawi City)."""
    if _own_name(key, city):
        return False
    own = name_key(city.name)
    return _clipped(key, city) or max(SequenceMatcher(None, key, k).ratio()
                                      for k in {own, *loose_name_keys(city.name)}) < 0.6


def _clipped(key: str, city: City) -> bool:
    """The alias cuts the city's own name short within a word ("Sui" of Suizhou, "Hang" of Hangzhou): a
    search stub of the gazetteer, not a name news copy uses for the city."""
    own = name_key(city.name)
    return not _own_name(key, city) and own.startswith(key) and len(own) - len(key) >= 3


_KNOWN_ALIAS_POPULATION = 1_000_000
"""A former or short name of a city this large is itself known ("Bombay", "Peking", "Saigon"); a smaller city's
alias ("Sui" of Suizhou) is no evidence of that city."""


def _score_city(c: City, pattern: set[str], sent: set[str], docc: Counter[str], key: str = "") -> float:
    score = 0.5 * math.log10(c.population + 1)
    if key and _own_name(key, c):
        score += 1.0  # "Islamabad" is Islamabad, not a larger city that also answers to the name
    if c.country_code in pattern:
        score += 4.0
    if c.country_code in sent:
        score += 2.0
    if docc:
        score += 1.5 * docc.get(c.country_code, 0) / max(docc.values())
    return score


def _resolve(
    doc: Doc, m: _Match, gaz: Gazetteer, ctx: _Context, sent_index: list[int], upper: bool, town_slot: bool = False
) -> PlaceMention | None:
    sent = sent_index[m.start]
    if m.key in _REGIONS or m.key in _INSTITUTIONS or (" " not in m.key and m.key in _NAME_PREFIXES):
        return None
    if m.start > 0 and name_key(doc[m.start - 1 : m.end].text) in _REGIONS:
        return None  # "Latin America", "South Asia": the end of a region's name is no country
    if m.key.startswith("the ") and not m.country and max((c.population for c in m.cities), default=0) < 100000:
        return None  # "The City", "The Center": alternate names of small places
    if not m.country and " " not in m.key and (m.key in _CALENDAR_WORDS or m.key in STOP_WORDS):
        return None
    if m.key.split(" ", 1)[0] in _INSTITUTION_HEADS and m.key.split(" ")[1:2] == ["of"]:
        return None  # "the University of Texas": GeoNames lists some campuses as places, but it is a body's name
    if doc[m.start].lower_ in _ABBREVIATED_HEADS and _word_at(doc, m.end) in {"'s", "’s"}:
        return None  # "St. Mary's Hospital", "St. Joseph's Church": a saint's name, not a town's
    if not m.country and m.end - m.start == 1 and _speaker(doc[m.start]):
        return None  # "Soylu said": a surname
    if not m.country and m.start > 0 and doc[m.start - 1].lower_ in _POSSESSIVE_DETERMINERS \
            and doc[m.start - 1].dep_ == "poss" and _word_at(doc, m.end) not in {",", "and", "or"} \
            and not (m.end < len(doc) and doc[m.end].pos_ in {"NOUN", "PROPN"}) and not _object_her(doc, m):
        # "started his Cadillac": a thing owned, no town (but "his Kabul home" is in Kabul, and so are "its
        # Kharkiv and Odesa regions" and the object "told her Kabul was unsafe")
        return None
    if not upper and not m.country and outlet_initials(doc, m.start, m.end):
        return None  # "the IRNA news agency said": an outlet's initials, not a town of those letters
    if not upper and not m.country and m.end - m.start == 1 and len(doc[m.start].text) > 1 \
            and doc[m.start].text.isupper() and m.end < len(doc) \
            and (doc[m.end].lower_ in SECURITY_FORCE_NOUNS - {"police", "policemen", "officers"}
                 or doc[m.end].lemma_.lower() in _ATTACKER_WORDS | _MILITIA_WORDS or doc[m.end].lower_ in _FORCE_POSTS):
        return None  # "SLA troops", "SDF fighters", "SLA patrols": a force's initials, not a town of those letters
    if _metonym(doc, m, upper):
        return None  # "Moscow denied", "a charge Kigali rejected": the government, not the place
    if _names_a_weapon(doc, m):
        return None  # "Molotov cocktails", "a Makarov pistol"
    if m.start > 0 and doc[m.start - 1].text in _SHIP_PREFIXES:
        return None  # "hijacked the SS Columbia Eagle", "the MV Sirius Star": a ship's name, no town
    if not upper and _initials_of_the_name_before(doc, m):
        return None  # "a District Reserve Guard (DRG) bus": the force's initials, not a town of those letters
    if m.country is None and _names_a_site(doc, m, gaz):
        return None  # "the Santa Rosa estate in X": a farm's name, X the town
    if m.country is None and _names_a_reserve(doc, m):
        return None  # "the Koraput Wildlife Sanctuary in Bargarh district": a reserve's name, the district its place
    if m.country is None and _opens_a_street_name(doc, m, gaz):
        return None  # "near a Kabul X roundabout, Lashkar Gah": the roundabout is in Lashkar Gah
    if not upper and not m.country and _in_person(doc, m) and not _locative_slot(doc, m, ctx, town_slot) and not (
        # "the Tigray region", "clashes across Tigray": no person is a region, nor stands where one does
        m.subdivisions and (_admin_cue(doc, m) or _region_slot(doc, m))
    ) and not _starts_a_facility_name(doc, m, max(m.cities, key=lambda c: c.population, default=None), gaz,
                                      _BUILDING_HEADS):  # NER calls "Manchester Arena" a person

        tied = _following_countries(doc, m.end, gaz)
        if not (m.end - m.start > 1 and any(c.country_code in tied for c in (*m.cities, *m.subdivisions))):
            return None  # a person's name, unless "Lashkar Gah, Helmand, Afghanistan" ties it to a place
    if m.country is not None and (subs := _country_named_province(doc, m)):
        tied = _pattern_countries(doc, m, gaz)
        sub = next((s for s in subs if s.country_code in tied), subs[0])
        return _mention(doc, m.start, m.end, sent, "admin", country=country_by_code(sub.country_code), admin1=sub.name)
    if m.country is not None:
        if not _country_ok(doc, m, upper) or _sends_a_mission(doc, m.start, m.end):
            return None  # "the Pakistan Embassy (in Kabul)": the state the mission stands for, not where it stands
        if not upper and _country_names_people(doc, m):
            return None  # "kidnapped a US citizen": who the victim is, not where
        return _mention(doc, m.start, m.end, sent, "country", country=None if m.undecided else m.country)
    if m.sea is not None:
        country = _sea_country(doc, m, gaz) or _coastal_context(m.sea, ctx)
        return _mention(doc, m.start, m.end, sent, "sea", country=country, sea=m.sea)

    if not upper and _names_a_hospital_of_treatment(doc, m):
        return None  # "died later at Miami Valley Hospital": where a victim was treated, inside a name
    if _word_at(doc, m.end) in _QUARTER_WORDS and _word_at(doc, m.end + 1) == "," and not (
        # "X area, <Name> province": a locality in a province, not a quarter of a city
        _word_at(doc, m.end) == "area" and (_named_province_at(doc, m.end + 2, gaz, unlisted_too=True) or (
            _region_at(doc, m.end + 2, gaz) and _word_at(doc, m.end + 3) not in _ADMIN_WORDS))
    ):
        return None  # the city named after it is the place
    if _word_at(doc, m.end) in COMPANY_ABBREVIATIONS and _word_at(doc, m.end + 1) == ".":
        return None  # "engineers of Sino-Hydro Nig. Ltd.", "Acme Ltd.": a company's name, no town
    if m.unlisted and m.end < len(doc) and doc[m.end].lemma_.lower() in _ATTACKER_WORDS | _MILITIA_WORDS \
            and (any(_glued_hyphen(doc, k) for k in range(m.start + 1, m.end - 1))
                 or m.end - m.start == 2 and doc[m.start].lower_ == doc[m.start + 1].lower_):  # "Mai Mai fighters"
        return None  # "Mai-Mai militiamen", "the Tongo-Tongo fighters": who they are, no town the gazetteer lacks
    if m.unlisted:
        # "Khas Uruzgan district": an unlisted district is admin-level, as `_unlisted_places` keeps one
        district = m.end < len(doc) and doc[m.end].text.islower() and doc[m.end].lower_ in _ADMIN_WORDS
        # "Fort Hood, Texas": the one country the chain after the name ties it to, though the text names none
        tied = _pattern_countries(doc, m, gaz)
        return _unresolved(doc, m.start, m.end, sent, ctx, "admin" if district else "city",
                           code=next(iter(tied)) if len(tied) == 1 else None)
    if _is_demonym(m.key):
        return None
    pattern = _pattern_countries(doc, m, gaz)
    in_sent = ctx.by_sent.get(sent, set())
    single = " " not in m.key
    common = single and (m.key in gaz.common_words or m.key in STOP_WORDS or m.key in _CALENDAR_WORDS)
    if common and upper and _cased_place_name(doc, m):
        common = False  # "THE GOVERNOR OF KANDAHAR PROVINCE": WordNet lists "kandahar", but as the city
    if common and not upper and _after_a_name_adjective(doc, m.start):
        return None  # "the African Union mission", "the Nigerian Union of Teachers": a body's name, not Union, NJ
    sent_initial = doc[m.start].is_sent_start or (m.start > 0 and doc[m.start - 1].is_sent_start
                                                  and not doc[m.start - 1].is_alpha)
    supported_codes = pattern | in_sent | set(ctx.doc)

    best_city = max(m.cities, key=lambda c: _score_city(c, pattern, in_sent, ctx.doc, m.key), default=None)
    if best_city is not None and not pattern and _word_at(doc, m.end) in _SUBDISTRICT_WORDS \
            and (south_asian := [c for c in m.cities if c.country_code in _SUBDISTRICT_COUNTRIES]):
        # "Bara tehsil": a town of a country with tehsils, not a bigger namesake abroad
        best_city = max(south_asian, key=lambda c: _score_city(c, pattern, in_sent, ctx.doc, m.key))
    if best_city is not None and len(m.cities) > 1 and (inside := _in_the_chained_province(doc, m, gaz)):
        # "Springfield, Illinois", "Parkland, Florida": the namesake in the province named next
        best_city = max(inside, key=lambda c: _score_city(c, pattern, in_sent, ctx.doc, m.key))
    admin_cue = _admin_cue(doc, m)
    if (shared := _shared_region(doc, m, supported_codes)) is not None and (
        admin_cue or _region_slot(doc, m) or _whole_entity(doc, m, {"GPE", "LOC"})
    ):
        return _mention(doc, m.start, m.end, sent, "admin", country=country_by_code(shared.country_code),
                        admin1=shared.name)
    subs = [s for s in m.subdivisions if not pattern or s.country_code in pattern]
    subs = _of_the_named_type(doc, m, subs)
    if (shared := _region_of_two_states(doc, m, subs, best_city, pattern, in_sent, supported_codes)) is not None:
        return _mention(doc, m.start, m.end, sent, "admin", country=country_by_code(shared.country_code),
                        admin1=shared.name) if shared.country_code else _mention(doc, m.start, m.end, sent, "admin")
    best_sub = None
    if subs:
        supported_subs = [s for s in subs if s.country_code in supported_codes]
        best_sub = (supported_subs or subs)[0]
        sub_supported = best_sub.country_code in supported_codes
        slot = _province_slot(doc, m, gaz, best_sub) or (
            best_city is not None and _state_before_its_country(doc, m, gaz, best_sub, best_city))
        # "Nineveh province": a capitalised word before a place word, naming one province only
        named = (admin_cue and not upper and not sent_initial and doc[m.start].text[:1].isupper() and len(subs) == 1
                 and not supported_codes)
        # "a checkpoint in Sinai": a capitalised name after 'in' whose province (or region) lies in one country
        # and no town of note bears it, though WordNet lists the word (as that very place)
        # (in capitals copy too: "IN CHECHNYA ON FRIDAY", a hamlet of Ukraine sharing the name)
        region_alone = (not sent_initial and (upper or doc[m.start].text[:1].isupper())
                        and (best_city is None or best_city.population < _HAMLET_POPULATION
                             or _village_abroad(best_city, best_sub, supported_codes))
                        and len({s.country_code for s in subs}) == 1 and _region_slot(doc, m))
        if common and not ((admin_cue or slot) and (sub_supported or named)) and not region_alone:
            best_sub = None
        elif not sub_supported and not admin_cue and not _only_alternate(best_city, m.key, best_sub) and not (
            # "a convoy was attacked in Tigray": a province alone, no town of that name, no country named
            # (also when the text names other countries: "US officials said a drone strike in Helmand")
            best_city is None and len({s.country_code for s in subs}) == 1
            and (_region_slot(doc, m) or (not supported_codes and _whole_entity(doc, m, {"GPE", "LOC"})))
        ) and not region_alone:
            best_sub = None
    city_elsewhere = best_city is not None and best_sub is not None and (
        best_city.country_code != best_sub.country_code and best_city.country_code not in supported_codes
    )
    if best_sub is not None and (
        admin_cue or best_city is None or city_elsewhere or _only_alternate(best_city, m.key, best_sub)
        or _province_slot(doc, m, gaz, best_sub) or _state_before_its_country(doc, m, gaz, best_sub, best_city)
    ):
        return _mention(doc, m.start, m.end, sent, "admin", country=country_by_code(best_sub.country_code),
                        admin1=best_sub.name)
    if best_city is None:
        return None
    if best_sub is None and _word_at(doc, m.end) in _ADMIN_WORDS | _SUBDISTRICT_WORDS \
            and _word_at(doc, m.end + 1) in {",", "of"} and (
        tied := _following_countries(doc, m.end + 1, gaz, bearing=True)
    ) and best_city.country_code not in tied:
        # "Bala district, Kunduz, Afghanistan", "Kech district of Balochistan": the chain after the district word
        # places a district of that country, whatever town abroad bears its name (kept as the district, by
        # `_unlisted_places`; "Bara tehsil, Khyber district": a tehsil no town of Pakistan names gives way to the
        # district, as an unlisted one does)
        return None
    if best_sub is None and _word_at(doc, m.end) in _ADMIN_WORDS and not _own_name(m.key, best_city) \
            and best_city.country_code not in supported_codes:
        return None  # "in Kech district": a district's name that only an alternate name of a town abroad matches
    code = best_city.country_code
    pop = best_city.population
    capital_mid = not upper and not sent_initial
    supported = code in supported_codes
    if common:
        strong = (capital_mid and pop >= 200000) or (
            # "the Dallas suburb of Allen"
            capital_mid and pop >= 50000 and (code in in_sent or _locative_slot(doc, m, None, town_slot))
        ) or (
            # "45 nautical miles south of Brass": a distance and a bearing only ever lead to a place
            capital_mid and _distance_bearing(doc, m)
        ) or (
            not upper and pop >= 500000  # "Kabul blast kills five": a large city opening a sentence
        ) or (upper and pop >= 500000 and code in supported_codes) or (
            # "A MOSQUE IN PESHAWAR": a big city by its own name after a locative preposition
            upper and pop >= 500000 and name_key(best_city.name) == m.key and _place_cue(doc, m)
        )
        # "Molotov" is Perm's former name, "Wary" no spelling of Warri: a word that names a city only as an
        # alias gets no strength from that city's size
        weak_alias = code not in supported_codes and pop < _KNOWN_ALIAS_POPULATION and _far_alias(m.key, best_city)
        if not (code in pattern or strong) or weak_alias:
            if capital_mid and _whole_entity(doc, m, {"GPE"}) and _locative_slot(doc, m, None, town_slot):
                # "a post in Tera": a small town whose name is also a word, in a town's slot and tagged a
                # place; its name is kept with the text's country, unplaced, rather than lost to the dateline
                return _unresolved(doc, m.start, m.end, sent, ctx, "city")
            return None
    elif upper and not (code in pattern or code in in_sent) and pop < (5000 if supported else 100000):
        return None
    if upper and m.end - m.start == 1 and code not in pattern and _upper_name_neighbour(doc, m):
        return None  # "MANUEL RODRIGUEZ": a person's name in capitals
    if not upper and _names_a_building_elsewhere(doc, m, best_city, gaz):
        return None  # "the Marriott hotel in Islamabad": the hotel's name, the town after it
    facility = not upper and _starts_a_facility_name(doc, m, best_city, gaz)
    if not upper and not facility:
        text = doc[m.start : m.end].text
        acronym = text.isupper() and len(text) > 1
        # NER often calls a lone town an organisation ("in Djibo", "the town of Djibo"): no name of
        # an organisation stands in that slot
        in_name = _in_ent(doc, m, {"ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}) and not (
            _whole_entity(doc, m) and _locative_slot(doc, m, None, town_slot)
        )
        if (acronym or in_name) and not (supported or pop >= 100000):
            return None
        if not supported and _capitalised_neighbour(doc, m):
            return None  # "Boko Haram", "Hamid Karzai": part of a longer name
        before = m.start - 1 - (_word_at(doc, m.start - 1) in {"'s", "’s"})  # "St. Mary's Hospital"
        if m.key in _NAME_HEADS and before >= 0 and _proper_token(doc[before], upper):
            # "Ashgrove Road", "Higashi Honganji Buddhist Temple", "the Police Headquarters": the end of a street or
            # venue name
            return None
    if m.loose and not supported and len({c.country_code for c in m.cities}) > 1:
        # a loose spelling that several countries have, none of them named: the name, not a guessed country
        return _unresolved(doc, m.start, m.end, sent, ctx, "city")
    if pattern and code not in pattern:
        # "the Mozambican town of Palma" and no Palma in Mozambique: keep the name with that country.
        return _mention(doc, m.start, m.end, sent, "city", country=country_by_code(sorted(pattern)[0]))
    if not supported and not upper and _over_flight(doc, m):
        # "Pan Am Flight 103 exploded over Lockerbie": where an aircraft came down owes nothing to the
        # countries of the airline, the victims or the accused that the text names
        return _mention(doc, m.start, m.end, sent, "city", country=country_by_code(code), city=best_city)
    if not supported and not facility and pop < _KNOWN_ALIAS_POPULATION and (
        ctx.doc and _far_alias(m.key, best_city) or not ctx.doc and _clipped(m.key, best_city)
    ):
        if not upper and doc[m.start:m.end].text.isupper():
            return None  # "the examinations board (NECO)": initials that happen to be a foreign city's alias
        # "a gas pipeline near Sui" in a story that names Pakistan (its officials too) is not Suizhou, which
        # answers to "Sui" only as an alias: the name is kept with the story's country; with no country
        # named, a stub of a longer name is no evidence of a country at all (a spelling like "Geneina" is)
        return _unresolved(doc, m.start, m.end, sent, ctx, "city")
    # a country named only as a reacting party ("Algerian officials condemned the attack") moves no town;
    # nor does any country move a sizeable town that only one country has ("gunmen from Niger attacked Djibo")
    known = pop >= 50000 and len({c.country_code for c in m.cities}) == 1
    # "near Kidal", "in Gao": a town in a town's slot that gives its name to its province is known by both, and
    # no country the text names elsewhere (the dateline's, where the report was filed) moves it
    known = known or (town_slot and any(s.country_code == code for s in m.subdivisions))
    # "Gunmen shot dead a lorry driver near Kakuma": a town the gazetteer has under its very name in one country
    # only, and no province elsewhere, in a sentence that names no country, is that town; the country of an
    # incident told before (the story moved on) does not move it
    # "KIGALI — A drone struck Goma airport": a city of note whose namesakes abroad are villages is that city when the
    # only country the text places anything in is the dateline's (DESIGN: the dateline's names cast no vote)
    # A namesake in the dateline's own country, however small (population 0 is unknown, not none), keeps the town
    # at home ("KABUL — ... a checkpoint in Fyzabad": Afghanistan's, not India's city): only a chain, a demonym or a
    # country the text names (`pattern`, `in_sent`, the text's counts) moves it abroad then
    known = known or (pop >= 50000 and ctx.only_the_datelines() and not in_sent and not pattern
                      and all(c.population * 10 <= pop for c in m.cities if c.country_code != code)
                      and not any(c.country_code in ctx.dateline_codes() for c in (*m.cities, *m.subdivisions)))
    known = known or (
        len({c.country_code for c in (*m.cities, *m.subdivisions)}) == 1 and not in_sent and not pattern
        and _own_name(m.key, best_city) and pop >= _HAMLET_POPULATION and not upper
        and not _sentence_names_a_country(doc, m, gaz)
    )
    if not supported and ctx.scene and pop < 500000 and not known and not facility:
        if not _place_cue(doc, m):
            return None
        return _unresolved(doc, m.start, m.end, sent, ctx, "city")
    if not supported and ctx.doc and pop < _VILLAGE_POPULATION and not known and not facility and not upper \
            and len({c.country_code for c in m.cities}) > 1 and _place_cue(doc, m):
        # "fighters raided Baga, a fishing town, ..., Nigerian police said": a village name that several
        # countries share, none of them the story's (even one named only by its police), is the story's village
        return _unresolved(doc, m.start, m.end, sent, ctx, "city")
    return _mention(doc, m.start, m.end, sent, "city", country=country_by_code(code), city=best_city)


_FORCE_POSTS = {"patrol", "patrols", "outpost", "outposts", "position", "positions", "convoy", "convoys", "unit",
                "units"}
"""What a force's initials stand before besides its men ("fired at SLA patrols", "an SDF outpost")."""
_SHIP_PREFIXES = {"SS", "MV", "M/V", "M/T", "USS", "HMS", "RMS", "INS", "FV", "USNS", "HMAS", "SY"}
"""Prefixes written in capitals before a ship's name: the words after them name the ship, whatever town they spell
(not "MT", a motor tanker's but also Mount's: "near MT KENYA" in capitals wire copy)."""
_HOSPITAL_WORDS = {"hospital", "clinic", "infirmary", "sanatorium"}
_TREATED_VERBS = {
    "die", "succumb", "take", "rush", "carry", "bring", "evacuate", "airlift", "fly", "transfer", "transport",
    "move", "refer", "admit", "treat", "hospitalise", "hospitalize", "receive", "remain", "recover", "stay",
}
"""Verbs that put a victim in a hospital ("died at", "was rushed to", "is being treated at")."""


def _names_a_hospital_of_treatment(doc: Doc, m: _Match) -> bool:
    """A place name that begins the name of a hospital where victims were taken or treated ("died
    later at Miami Valley Hospital", "rushed to Lahore General Hospital"): neither a place of the
    violence nor, often ("Miami Valley"), the hospital's town."""
    end = _capitals_to(doc, m.end, _HOSPITAL_WORDS)
    if end >= len(doc) or doc[end].lower_ not in _HOSPITAL_WORDS or not doc[end].text[0].isupper():
        return False
    head = doc[end]
    while head.dep_ in {"compound", "conj"} and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.pos_ != "ADP":
        return False
    return head.head.head.lemma_.lower() in _TREATED_VERBS


_FACILITY_HEADS = {
    "hospital", "clinic", "university", "college", "school", "academy", "airport", "airfield", "port", "seaport",
    "harbour", "harbor", "hotel", "stadium", "arena", "mosque", "church", "cathedral", "temple", "shrine", "market",
    "bazaar", "mall", "prison", "jail", "club", "camp", "barracks", "headquarters", "courthouse", "cinema",
}
"""Last words of the name of a building or site that stands in the town its name begins with ("Lahore General
Hospital", "Kabul University", "the Mogadishu Port", "Peshawar Press Club")."""
_NOT_THE_TOWN = {
    "valley", "river", "lake", "bay", "hill", "hills", "heights", "beach", "springs", "mountain", "mountains",
    "street", "road", "avenue", "lane", "square", "boulevard", "highway", "united", "city", "county", "state",
}
"""Words after a town's name that make another place or a club of it ("Miami Valley Hospital", "Liverpool
Street station", "Manchester United", "Kansas City"): the facility is no longer in that town."""


_BUILDING_HEADS = {"hospital", "university", "college", "airport", "stadium", "arena", "mosque", "hotel", "prison",
                   "academy", "cathedral", "headquarters", "seaport", "airfield", "barracks"}
"""Of those, the ones no surname is ("Gary Church", "Tom Port" are people; no one is called "X Hospital")."""
_SITE_HEADS = _FACILITY_HEADS | _SITE_WORDS | {
    "base", "airbase", "garrison", "outpost", "compound", "refinery", "plant", "depot", "oilfield", "terminal",
    "station", "checkpoint", "dam", "field"}
"""A site's head after its name ("the Ain Harun air base", "the Tal Sufra oil field")."""


def _starts_a_facility_name(doc: Doc, m: _Match, city: City | None, gaz: Gazetteer,
                            heads: set[str] = _FACILITY_HEADS) -> bool:
    """The name of a listed town begins the name of a building or site ("A suicide bomber struck Lahore
    General Hospital", "gunmen stormed Kabul University"): the facility stands in that town, when the town
    is sizeable and no namesake of comparable size exists (not "Columbia University", "Jackson Memorial
    Hospital"). A club or company named after a town ("Manchester United", "Bank of Baghdad") is no
    facility of it."""
    if city is None or city.population < 100000 or m.subdivisions and _word_at(doc, m.end) in _ADMIN_WORDS:
        return False
    own = [c for c in m.cities if m.key in loose_name_keys(c.name)]  # not "Victoria" for Hong Kong
    if city not in own or any(c.geonames_id != city.geonames_id and c.population * 5 > city.population for c in own):
        return False
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.is_alpha and before.text[0].isupper() and not (
        before.is_sent_start and before.is_stop
    ):
        return False  # "Real Madrid stadium": the town is not where the name begins
    if m.end < len(doc) and doc[m.end].text.islower() and doc[m.end].lower_ in heads and before is not None \
            and (before.lower_ == "the" or before.pos_ in {"VERB", "ADP"} and before.text.islower()) \
            and not _word_at(doc, m.end + 1) == "-":
        # "stormed the Kismayo airport", "struck Goma airport", "at Goma airport": a lower-case facility after the
        # town's name, as in its own name
        return True
    end = m.end  # the capitalised words after the town, the last of them a facility ("Garissa University College")
    while end < len(doc) and end - m.end < 4 and doc[end].is_alpha and doc[end].text[0].isupper():
        if doc[end].lower_ in _NOT_THE_TOWN:
            return False
        end += 1
    return end > m.end and doc[end - 1].lower_ in heads and not (end < len(doc) and doc[end].text == "-")


def _names_a_building_elsewhere(doc: Doc, m: _Match, city: City | None, gaz: Gazetteer) -> bool:
    """ "the Marriott hotel in Islamabad", "the Westgate mall in Nairobi": a name before a lower-case building word
    that is placed "in" another listed place is the building's own name, not a town (Marriott, Utah), unless that
    place is in the town's own country ("the Kismayo airport in Somalia")."""
    head = m.end  # "the Lincoln Square Mall in X": capitalised words of the name up to its head word
    while head < len(doc) and head - m.end < 3 and doc[head].text[:1].isupper() and doc[head].is_alpha \
            and doc[head].lower_ not in _FACILITY_HEADS | _SHOP_HEADS:
        head += 1
    if head + 2 >= len(doc) or doc[head].lower_ not in _FACILITY_HEADS | _SHOP_HEADS \
            or doc[head + 1].lower_ not in {"in", "at"}:
        return False
    start = head + 2 + (doc[head + 2].lower_ == "the")
    end = start
    while end < len(doc) and end - start < 4 and doc[end].is_alpha and doc[end].text[0].isupper():
        end += 1
    there = _lookup(doc, start, end, gaz) if end > start else None
    if there is None or there.unlisted:
        return False
    if not doc[head].text.islower() and (there.country is not None or there.subdivisions):
        return False  # "Covington High School in Louisiana": a town opening a school's name in its state is the town
    codes = {c.country_code for c in there.cities} | {s.country_code for s in there.subdivisions} | (
        {there.country.alpha2} if there.country else set())
    if city is not None and doc[head].lower_ in _SHOP_HEADS and (
            there.country is not None and there.country.alpha2 == city.country_code
            or any(s.country_code == city.country_code and (city.admin1_code.isdigit() or s.code.endswith(
                "-" + city.admin1_code)) for s in there.subdivisions)):
        # "the Orlando nightclub in Florida": the town's own state or country is no other town, whatever towns
        # abroad share its name (GeoNames' numbered provinces match no ISO code: any of the country's then)
        return False
    if city is not None and there.country is None and _another_town_of_its_country(there, city):
        return True  # "the Kabul hotel in Jalalabad": another town of the same country holds the building
    if city is not None and doc[head].lower_ in _SHOP_HEADS and there.cities \
            and all(c.geonames_id != city.geonames_id for c in there.cities):
        return True  # "a Grand Union supermarket in Manhattan": a shop's brand names no town, however near
    return bool(codes) and (city is None or city.country_code not in codes)


_SHOP_HEADS = {"supermarket", "store", "shop", "restaurant", "cafe", "café", "pub", "nightclub", "dealership",
               "showroom", "warehouse", "bakery", "pharmacy", "boutique", "salon"}
"""Shops and businesses named like towns ("a Grand Union supermarket in Manhattan"): names, placed by the town after."""


def _another_town_of_its_country(there: _Match, city: City) -> bool:
    """The place after "in" is a listed town of `city`'s country other than `city` itself, and far from it ("the
    Kandahar airport in Kandahar province" stays the town: one name; "Kuje prison in Abuja" too: a town by the city
    named as the wider place)."""
    return any(c.country_code == city.country_code and c.geonames_id != city.geonames_id for c in there.cities) \
        and all(c.geonames_id != city.geonames_id and (c.country_code != city.country_code or _km(c, city) > _FAR_KM)
                for c in there.cities)


_FAR_KM = 60.0
"""Farther than a town's own surroundings: a building in Y named after X that far away is named, not placed, by X."""


def _province_slot(doc: Doc, m: _Match, gaz: Gazetteer, sub: Subdivision) -> bool:
    """ "in Chahar Bolak district, Balkh, Afghanistan": a name between a smaller place and its country is
    the province, not the town of the same name."""
    if m.start < 2 or doc[m.start - 1].text != ",":
        return False
    if doc[m.start - 2].lower_ in _QUARTER_WORDS:
        return False  # "Adhamiyah area, Baghdad, Iraq": the city of that quarter
    return _its_country_next(doc, m, gaz, sub)


def _its_country_next(doc: Doc, m: _Match, gaz: Gazetteer, sub: Subdivision) -> bool:
    """The subdivision's own country is named right after the name, as the chain's end (", Afghanistan.")."""
    if m.end >= len(doc) or doc[m.end].text != ",":
        return False
    for j in range(min(len(doc), m.end + 7), m.end + 1, -1):
        country = gaz.countries.get(name_key(doc[m.end + 1 : j].text))
        if country is not None:
            return country.alpha2 == sub.country_code and (j >= len(doc) or not doc[j].is_alpha)
    return False


def _state_before_its_country(doc: Doc, m: _Match, gaz: Gazetteer, sub: Subdivision, city: City) -> bool:
    """ "in Oklahoma, United States", "in California, United States": a province named with its country is the
    province, when the town that answers to the name does so only by a longer name (Oklahoma City) or is a small
    town GeoNames files under another province (California, Maryland); not "in Kunduz, Afghanistan", whose city
    bears the name itself."""
    if not _its_country_next(doc, m, gaz, sub):
        return False
    if name_key(city.name).startswith(m.key + " "):
        return True  # Oklahoma City; a spelling variant (Ma'rib for "Marib") is the city's own name
    province = sub.code.split("-", 1)[-1]
    return city.population < _VILLAGE_POPULATION and not city.admin1_code.isdigit() and city.admin1_code != province


def _sentence_names_a_country(doc: Doc, m: _Match, gaz: Gazetteer) -> bool:
    """Whether the match's sentence names a country anywhere, after the match too ("in Beersheba, Southern
    District, Israel": the country comes after the town, before the reader has counted it)."""
    sent = doc[m.start].sent
    words = [t.text for t in sent]
    return any(gaz.countries.get(name_key(" ".join(words[i : i + n]))) is not None
               for n in (1, 2, 3) for i in range(len(words) - n + 1))


_HAMLET_POPULATION = 1000
"""A listed town smaller than this gives way to a region of the same name that the text places something in."""


_VILLAGE_POPULATION = 20_000
_LOCAL_UNITS = ("municipality", "council", "commune", "parish", "city", "borough", "quarter", "ward", "atoll")
"""Kinds of ISO subdivision that are one town's own area (a Maltese local council, a Slovenian municipality):
no better known than a town abroad that bears the name."""


def _village_abroad(city: City, sub: Subdivision, supported: set[str]) -> bool:
    """ "a helicopter downed in Borno": a province's name that a village in another country also bears
    (Borno, Italy), neither country named, is the province; a village abroad is no rival to a whole region."""
    return (city.country_code != sub.country_code and city.country_code not in supported
            and city.population < _VILLAGE_POPULATION and not any(w in sub.type.lower() for w in _LOCAL_UNITS))


def _only_alternate(city: City | None, key: str, sub: Subdivision) -> bool:
    """The city matched only through an alternate name while a subdivision bears the name itself
    ("ANTIOQUIA": the Colombian department, not Antakya's old name)."""
    if city is None:
        return False
    return key not in loose_name_keys(city.name) and key in loose_name_keys(sub.name)  # "Al Anbar" is "Anbar"


_CONTINENT_ADJECTIVES = {"african", "european", "asian", "arab", "eurasian", "soviet", "pan-african", "latin"}


def _after_a_name_adjective(doc: Doc, i: int) -> bool:
    """The word at `i` follows a capitalised demonym or continent adjective ("African Union", "European Union",
    "Somali Unity"): a word of a body's name, whatever the tagger calls it."""
    if i == 0 or doc[i].is_sent_start:
        return False
    before = doc[i - 1]
    return before.text[:1].isupper() and (before.lower_ in _CONTINENT_ADJECTIVES
                                          or country_by_demonym(before.text) is not None)


def _cased_place_name(doc: Doc, m: _Match) -> bool:
    """In capitals copy, a one-word name the English word list holds only because WordNet lists places
    ("kabul", "kandahar", "baghdad") is a place when the parse of the truecased text (whose entities the
    Doc carries) calls it a place ("KANDAHAR PROVINCE"); stop words and calendar words never count."""
    tok = doc[m.start]
    return m.key not in STOP_WORDS and m.key not in _CALENDAR_WORDS and tok.ent_type_ in {"GPE", "LOC"} \
        and tok.pos_ == "PROPN"


def _upper_name_neighbour(doc: Doc, m: _Match) -> bool:
    words = load_gazetteer().english_words
    for k in (m.start - 1, m.end):
        if 0 <= k < len(doc) and doc[k].is_alpha and doc[k].lower_ not in words and len(doc[k]) > 2:
            return True
    return False


def _capitalised_neighbour(doc: Doc, m: _Match) -> bool:
    before = doc[m.start - 1] if m.start > 0 else None
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.lower_ in _ISLAND_WORDS:
        after = None  # "on Jolo Island": the island the town is on, no longer name
    for tok in (before, after):
        if tok is not None and tok.is_alpha and tok.text[0].isupper() and not (tok is after and tok.is_sent_start):
            if tok is before and tok.is_sent_start and tok.is_stop:
                continue
            return True
    return False


_WEAPON_FOREMOST = {
    "molotov", "kalashnikov", "uzi", "semtex", "katyusha", "makarov", "tokarev", "dragunov", "kornet", "qassam",
    "scud", "claymore", "armalite", "beretta", "glock", "mauser", "luger", "webley", "hellfire",
}
"""Names of weapons first ("threw a Molotov", "armed with a Kalashnikov"), whatever town bears them too."""
_WEAPON_EPONYMS = _WEAPON_FOREMOST | {
    "grad", "stinger", "tomahawk", "enfield", "winchester", "browning", "colt", "remington", "sten", "bren",
    "javelin", "galil", "tavor", "sterling", "thompson", "sig", "walther",
}
"""Names a weapon takes from a maker, a designer or a place, and that a town may bear too ("a Winchester
rifle", "Grad rockets"): a weapon when a weapon's noun follows."""
_WEAPON_NOUNS = {
    "cocktail", "rifle", "pistol", "revolver", "carbine", "shotgun", "submachine", "sub-machine", "machine",
    "machinegun", "gun", "rocket", "missile", "launcher", "grenade", "mine", "round", "explosive", "assault",
}


def _names_a_weapon(doc: Doc, m: _Match) -> bool:
    """ "Molotov cocktails", "a Kalashnikov", "Grad rockets", "a Claymore mine": a weapon's name, not a place,
    unless a locative preposition puts it on the map ("in Winchester")."""
    key = m.key[:-1] if m.key.endswith("s") and m.key[:-1] in _WEAPON_EPONYMS else m.key
    if key not in _WEAPON_EPONYMS or _place_cue(doc, m):
        return False
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and (after.lemma_.lower() in _WEAPON_NOUNS or after.lower_.rstrip("s") in _WEAPON_NOUNS):
        return True
    return key in _WEAPON_FOREMOST


def _place_cue(doc: Doc, m: _Match) -> bool:
    """Preceded by a locative preposition or "<town> of", or followed by ", a village" and the like."""
    prev = doc[m.start - 1].lower_ if m.start > 0 else ""
    prev2 = doc[m.start - 2].lower_ if m.start > 1 else ""
    if prev in {"in", "at", "near", "outside", "from", "into", "of"} and (prev != "of" or prev2 in _CITY_WORDS):
        return True
    return m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ in {"a", "near", "outside"}


_OVER_FLIGHT = re.compile(
    r"\b(?:exploded|blew\s+up|crashed|came\s+down|(?:was|were)\s+(?:shot|brought)\s+down|downed|broke\s+up"
    r"|disintegrated)\s+(?:in\s+mid-?air\s+|in\s+the\s+sky\s+)?over\s+(?:the\s+(?:[\w-]+\s+)?(?:town|village|city)"
    r"\s+of\s+)?$"
)


def _over_flight(doc: Doc, m: _Match) -> bool:
    """ "a jet exploded over Lockerbie", "was shot down over Shakhtarsk": where an aircraft came down."""
    start = doc[m.start].idx
    return _OVER_FLIGHT.search(doc_text(doc)[max(0, start - 80) : start]) is not None


_COMPASS_WORD = re.compile(r"(?:north|south)?-?(?:east|west)|north|south")
"""The word before "of" in "north of X", "southeast of X" (spaCy may keep "south-east" whole)."""


_DISTANCE_BEARING = re.compile(
    rf"\b(?:\d[\d,.]*|a|{COUNT_WORDS}|a\s+few|several|some)[\s-]+"
    r"(?:nautical\s+)?(?:km|kms|kilometres?|kilometers?|miles?|mi|nm)\s+(?:to\s+the\s+)?"
    r"(?:north|south)?-?(?:east|west)?(?:ern)?\s+of\s+$",
    re.I,
)


def _distance_bearing(doc: Doc, m: _Match) -> bool:
    """ "30 km north of X", "45 nautical miles south of X": a distance and a bearing from a named place."""
    start = doc[m.start].idx
    return _DISTANCE_BEARING.search(doc_text(doc)[max(0, start - 60) : start]) is not None


def _distance_km(phrase: str) -> float:
    """The kilometres a "30 km north of" / "20 miles west of" phrase measures; 0 for a word ("a few", "three"),
    which counts no farther than a town's surroundings."""
    number = re.match(r"\d[\d,]*(?:\.\d+)?", phrase)
    if number is None:
        return 0.0
    km = float(number.group(0).replace(",", ""))
    return km * 1.6 if re.search(r"\bmiles?\b|\bmi\b", phrase, re.I) else km


def placed_by_a_distance(doc: Doc, place: PlaceMention) -> bool:
    """ "280 km northeast of X": a town the scene is measured from, not the scene, which lies far from it (GTD codes
    the town that lies there, never X, in 16 of 18 such train summaries)."""
    start = place.location.evidence.start
    before = doc_text(doc)[max(0, start - 80) : start]
    if (head := _LONG_NAME_HEAD.search(before)) is not None:
        before = before[: head.start()]  # "280 km north of Santa Fe de Bogota": the city's long name
    found = _DISTANCE_BEARING.search(before) if place.level == "city" else None
    if found is None or re.search(r"\bnautical\b|\bnm\b", found.group(0), re.I) or _distance_km(found.group(0)) < 50:
        return False  # "10 km north of X", "a few miles west of X": GTD codes the town of a nearby scene
    # a ship at sea is placed by the nearest named place (DESIGN.md): "a tanker 45 miles south of Brass"
    sent = doc.char_span(start, place.location.evidence.end, alignment_mode="expand")
    return sent is None or not any(t.lemma_.lower() in VESSEL_NOUNS for t in sent.sent)


_RAID_VERBS = {"raid", "storm", "overrun", "overran", "besiege", "shell", "bombard", "pound", "bomb", "attack",
               "invade"}
_TOWN_UNITS = {"municipality", "commune", "borough", "township"}
"""'the municipality of X', 'the commune of X': an administrative unit named after its town; no person is one."""
_VICINITY_WORDS = {"outskirts", "market", "centre", "center", "heart", "streets"}
"""Before "of <town>": "on the outskirts of X", "in the market of X"."""
_AROUND_WORDS = {"around", "across", "throughout"}
_TOWARDS_WORDS = {"to", "towards", "toward", "into"}
_MOVED_VERBS = {"go", "move", "travel", "relocate", "evacuate", "march", "walk", "advance", "push", "spread", "come"}
"""A one-word name the tagger calls a person, after "around" or after "to" a verb of moving takes, is a town when the
story's country has a town of that name: people stand around no one, and no one flees to a person."""


def _locative_slot(doc: Doc, m: _Match, ctx: _Context | None = None, town_slot: bool = False) -> bool:
    """'a bombing in Marawi', 'the city of Marawi': NER may call a one-word town a person, but no
    person stands there (not "from", as in "a letter from Smith"; not "in Smith's house"). Kept to
    towns: a name that is also a province, or runs on into a longer name, stays undecided. A name of
    two or three words ("in Kiryat Shmona", "the market of Tal Afar") only as a town of a country the
    text names."""
    if m.start == 0 or (m.subdivisions and not (town_slot and m.end - m.start == 1)) \
            or _word_at(doc, m.end) in {"'s", "’s"}:
        return False
    words = [t for t in doc[m.start : m.end] if t.is_alpha and t.lower_ not in _PARTICLES]  # "Ras al-Ain": two
    if m.end - m.start != 1 and (
        ctx is None or len(words) > 3 or not (
            any(c.country_code in ctx.doc for c in m.cities)
            # "a bomb in Tak Bai" in a story that names no country: a town only one country has
            or (not ctx.doc and len({c.country_code for c in m.cities}) == 1)
        )
    ):
        return False
    if m.end < len(doc) and (doc[m.end].text[:1].isupper() or doc[m.end].text in {"-", "–"}):
        return False  # "in Pul-e-Khishti": the start of a longer name
    prev = doc[m.start - 1].lower_
    prev2 = doc[m.start - 2].lower_ if m.start > 1 else ""
    tok = doc[m.start : m.end].root
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _RAID_VERBS and not doc[m.start - 1].text[:1].isupper() and (
        _surnames(doc).get(tok.text, len(doc)) >= m.start  # not "Gunmen attacked Harris" after "John Harris"
    ) and not _a_full_personal_name(doc, m):  # the whole object, not the end of a longer name ("attacked Shirin Tagab")
        return True  # "gunmen raided Mpeketoni": what is stormed or overrun is a place
    if prev == "off" and any(t.lower_ in _AT_SEA for t in tok.sent):
        return True  # "pirates boarded a tanker off Takoradi": a port a ship lies off
    if prev in _AROUND_WORDS | _TOWARDS_WORDS and m.end - m.start == 1 and ctx is not None \
            and any(c.country_code in ctx.doc for c in m.cities) \
            and (prev in _AROUND_WORDS or doc[m.start - 1].head.lemma_.lower() in _FLED_VERBS | _MOVED_VERBS):
        return True  # "torched homes around Mueda", "villagers fled to Mueda": a town of the story's country
    return prev in {"in", "near", "outside"} or (
        prev == "of" and (prev2 in _CITY_WORDS | _VICINITY_WORDS | _TOWN_UNITS
                          or _COMPASS_WORD.fullmatch(prev2) is not None)
    )


_HIS_OR_HER = {"he", "she", "his", "her", "him", "himself", "herself"}
_POSSESSIVE_DETERMINERS = POSSESSIVE_PRONOUNS | {"your"}
_AT_SEA = VESSEL_NOUNS | {"boat", "boats", "ships", "vessels", "tankers", "pirates", "sailors", "crew", "coast"}


def _a_full_personal_name(doc: Doc, m: _Match) -> bool:
    """ "Gunmen attacked Santiago Perez as he left a bar", "attacked Santiago Perez, a farmer": a town's name of two
    or more words that NER reads as exactly one person's name, and that the sentence then treats as a person (a
    person noun in apposition, or he/she after it), is the person attacked. NER's PERSON alone is not enough: it
    reads many towns ("Dera Ismail Khan") as people."""
    if m.end - m.start < 2 or not any(e.label_ == "PERSON" and (e.start, e.end) == (m.start, m.end)
                                      for e in doc_ents(doc)):
        return False
    root = doc[m.start : m.end].root
    if any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in root.children):
        return True
    return any(t.lower_ in _HIS_OR_HER for t in doc[m.end : root.sent.end])


def _region_slot(doc: Doc, m: _Match) -> bool:
    """'fighting in Tigray', 'clashes across Amhara', 'raids throughout Darfur': a province's whole
    name after a preposition of place, not the start of a longer name nor a possessor ("in Tigray's
    capital" is still the province, but "in Kerry's speech" is no place), nor the surname of a person
    named before. A name of two words or more may take "the" ("in the Chechen Republic"); in capitals wire copy a
    capitalised word after it continues no name when it is a stop word or punctuation ("IN DAGESTAN ON FRIDAY")."""
    before = m.start - 1 - (m.end - m.start > 1 and _word_at(doc, m.start - 1) == "the")
    if not m.subdivisions or _word_at(doc, before) not in {"in", "across", "throughout"}:
        return False
    if m.end < len(doc) and (doc[m.end].text in {"-", "–", "'s", "’s"} or doc[m.end].text[:1].isupper() and not (
            is_upper_text(doc_text(doc)) and (doc[m.end].is_punct or doc[m.end].lower_ in STOP_WORDS))):
        return False
    return m.end - m.start > 1 or _surnames(doc).get(doc[m.start].text, len(doc)) >= m.start


def _shared_region(doc: Doc, m: _Match, supported: set[str]) -> Subdivision | None:
    """ "a checkpoint in Kurdistan" in a text that names neither Iraq nor Iran: the province `_SHARED_REGIONS`
    reads from the text's actors. None when the text names one of the states (the usual ranking decides), and
    when a demonym of another state qualifies the name ("Syrian Kurdistan")."""
    if m.key not in _SHARED_REGIONS or m.cities:
        return None
    codes = {s.country_code for s in m.subdivisions}
    if len(codes) < 2 or codes & supported:
        return None
    before = country_by_demonym(doc[m.start - 1].text) if m.start > 0 else None
    if before is not None and before.alpha2 not in codes:
        return None
    default, cues = _SHARED_REGIONS[m.key]
    votes = Counter(cues[w] for w in doc_lowers(doc) if w in cues)
    code = max(votes, key=lambda c: (votes[c], c == default)) if votes else default
    return next((s for s in m.subdivisions if s.country_code == code), None)


_SPLIT_REGIONS = {"punjab", "limburg"}
"""Regions a border split between two states whose provinces both keep the region's name (Punjab: India's state and
Pakistan's province since 1947; Limburg: Belgium's and the Netherlands' since 1839). Only these are read by the
states the text ties them to: other names two states' provinces share are namesakes, not one region ("Amazonas":
Brazil's, Venezuela's, Colombia's and Peru's), and "Kurdistan" has its own cues (`_SHARED_REGIONS`)."""
_UNDECIDED_REGION = Subdivision(name="", code="", country_code="", type="")
"""A region's name that provinces of two states share, the text telling neither: the name, with no country."""


def _region_of_two_states(
    doc: Doc, m: _Match, subs: list[Subdivision], best_city: City | None, pattern: set[str], in_sent: set[str],
    supported: set[str],
) -> Subdivision | None:
    """ "a checkpoint in Punjab": a region a border split between two states (`_SPLIT_REGIONS`: India's and
    Pakistan's Punjab) that no town's name bears, said as a region ("in Punjab", "Punjab state"), is the province of
    the one state the text ties it to: its chain ("Punjab, Pakistan"), its sentence, else the whole text (its places,
    demonyms, officials: "Indian police said"). When the text names none of them, or both with nothing nearer to
    choose ("Indian officials blamed Pakistan"), the name is kept with no country (`_UNDECIDED_REGION`): a country
    would be a guess. WordNet listing the name (as that very region) is no reason to drop it. The home of a group the
    text names is no tie: a group is based at home but strikes abroad (Pakistan-based groups are blamed for attacks
    in India's Punjab). None when the name is no such region here."""
    codes = {s.country_code for s in subs}
    if m.key not in _SPLIT_REGIONS or best_city is not None or len(codes) < 2 \
            or not (_admin_cue(doc, m) or _region_slot(doc, m)):
        return None
    if m.key in STOP_WORDS or m.key in _DIRECTIONS or not doc[m.start].text[:1].isupper():
        return None
    told = codes & pattern or codes & in_sent or codes & supported
    if len(told) != 1:
        return _UNDECIDED_REGION
    return next(s for s in subs if s.country_code in told)


def _initials_of_the_name_before(doc: Doc, m: _Match) -> bool:
    """ "(DRG)" after "District Reserve Guard", "(NDS)" after "National Directorate of Security": capitals in
    brackets that spell the initials of the capitalised words right before them."""
    text = doc[m.start:m.end].text
    if m.end - m.start != 1 or not text.isupper() or len(text) < 2 or m.start < 2 \
            or doc[m.start - 1].text != "(" or _word_at(doc, m.end) != ")":
        return False
    initials = []
    k = m.start - 2
    while k >= 0 and len(initials) < len(text) and (doc[k].text[:1].isupper() or doc[k].lower_ in
                                                    {"of", "and", "for", "&"}):
        if doc[k].text[:1].isupper():
            initials.append(doc[k].text[0])
        k -= 1
    return "".join(reversed(initials)).endswith(text)


_POLICE_DISTRICT = re.compile(r"(?:\bpolice\s+district\s+(?:no\.?\s*)?\d+|\b\d+(?:st|nd|rd|th)\s+police\s+district"
                              r"|\bPD\s*\d+)\s*,\s*$", re.I)


def _after_a_police_district(doc: Doc, m: _Match) -> bool:
    """ "in Police District 17, Kabul", "the 1st Police District, Kandahar": numbered police districts divide a
    city, so the name after one is the city."""
    start = doc[m.start].idx
    return bool(_POLICE_DISTRICT.search(doc_text(doc)[max(0, start - 40):start]))


_QUARTER_OF = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:neighbou?rhood|quarter|suburb|section|(?P<district>district))"
    r"\s+of\s+(?:the\s+city\s+of\s+)?$", re.I)


def _city_of_a_named_quarter(doc: Doc, m: _Match) -> City | None:
    """The city a named quarter lies in ("the Karrada district of Baghdad", "the Dora neighbourhood of Baghdad"),
    when the name after "of" is both a city and its province: the city. A "district of" a smaller town is a
    district of the province of that name ("the Sungai Padi district of Narathiwat"), so it needs a large city."""
    start = doc[m.start].idx
    found = _QUARTER_OF.search(doc_text(doc)[max(0, start - 60):start])
    seat = _provincial_seat(m) if found else None
    if seat is None or found["district"] and seat[0].population < _QUARTER_CITY_POPULATION:
        return None
    return seat[0]


def _provincial_seat(m: _Match) -> tuple[City, Subdivision] | None:
    """The largest town of the name and the province of that name in the same country ("Gao", "Katsina",
    "Kandahar"), when the match names both."""
    for city in sorted(m.cities, key=lambda c: -c.population):
        if m.key not in loose_name_keys(city.name):
            continue
        sub = next((s for s in m.subdivisions if s.country_code == city.country_code), None)
        return (city, sub) if sub is not None else None
    return None


def _give_way_to_a_town_in_the_province(
    mentions: list[PlaceMention], towns: list[tuple[PlaceMention, City, Subdivision]]
) -> list[PlaceMention]:
    """A name read as a town only because it stands in a place slot ("the kidnapping in Katsina") may as
    well mean the province of that name; when the text names another town in that province ("Kankara"),
    it gives way to that more specific place (kept, even as the province, it would outrank a town named
    later in the story)."""
    gaz = load_gazetteer()
    others = set()
    for p in mentions:
        if p.level == "city" and p.location.geonames_id is not None:
            for c in gaz.cities_named(name_key(p.location.name)):
                if c.geonames_id == p.location.geonames_id:
                    others.add((c.geonames_id, c.country_code, c.admin1_code))
    out = []
    for p in mentions:
        seat = next((c for q, c, _ in towns if q is p), None)
        if seat is not None and any(g != seat.geonames_id and (cc, a1) == (seat.country_code, seat.admin1_code)
                                    for g, cc, a1 in others):
            continue
        out.append(p)
    return out


def _in_person(doc: Doc, m: _Match) -> bool:
    """Part of a person's name ("Imran Khan"), unless the place name is longer ("Dera Ismail Khan"),
    or a person's surname used alone after the full name."""
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and ent.start < m.end and m.start < ent.end:
            if ent[-1].text.islower() and ent[-1].lower_ in _ADMIN_WORDS | _CITY_WORDS | _SUBDISTRICT_WORDS:
                return False  # "Jamrud tehsil": the tagger's person ends on a place word, so no person
            return m.end - m.start == 1 or (ent.start <= m.start and ent.end >= m.end)
    # "Brigadier Ibrahim Harad ... Harad was shot": the surname of a person named earlier
    return m.end - m.start == 1 and _surnames(doc).get(doc[m.start].text, len(doc)) < m.start


_SURNAMES_KEY = "cc_surnames"
_HOMES_KEY = "cc_group_homes"


def _named_group_homes(doc: Doc) -> Counter[str]:
    """The home countries of the listed groups the text names (`actors.named_group_homes`), once per document and
    only for a country name two states share ("Congo")."""
    found = doc.user_data.get(_HOMES_KEY)
    if found is None:
        from .actors import named_group_homes  # here: the actors' module reads this one

        found = doc.user_data[_HOMES_KEY] = named_group_homes(doc)
    return found


def _one_home(homes: Counter[str], codes: Iterable[str]) -> str | None:
    """The one state of `codes` the text's groups are most of, None when none or a tie."""
    ranked = sorted(((homes.get(c, 0), c) for c in codes), reverse=True)
    return ranked[0][1] if ranked[0][0] and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]) else None


def _surnames(doc: Doc) -> dict[str, int]:
    """Last words of full personal names, each at its first position; once per document (every
    place match asks). A name is a PERSON entity of two or more words, or, since NER often misses
    non-Western names, the third of three proper nouns that are no place ("Khalif Hashim Nur")."""
    found = doc.user_data.get(_SURNAMES_KEY)
    if found is None:
        found = {}
        for e in doc_ents(doc):
            if e.label_ == "PERSON" and len(e) > 1:
                found[e[-1].text] = min(found.get(e[-1].text, len(doc)), e[-1].i)
        for t in doc[2:]:
            if (doc[t.i - 1].pos_ == doc[t.i - 2].pos_ == "PROPN" and t.ent_type_ not in {"GPE", "LOC", "FAC", "NORP"}
                    and doc[t.i - 1].ent_type_ not in {"GPE", "LOC", "FAC"}):
                found[t.text] = min(found.get(t.text, len(doc)), t.i)
        doc.user_data[_SURNAMES_KEY] = found
    return found


def _speaker(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.lemma_ in _SPEECH_VERBS


def _metonym(doc: Doc, m: _Match, upper: bool) -> bool:
    if upper or m.country or m.sea:
        return False
    if _blame_pointed(doc[m.start : m.end].root) is not None:
        return True  # "Riyadh points the finger at Tehran": both governments, neither the scene
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and (
        (before.pos_ == "ADP" and before.lower_ != "by") or before.lower_ in _CITY_WORDS | _ADMIN_WORDS | {"-"}
    ):
        return False  # "in the provincial capital Mazar-i-Sharif, a spokesman said": a misparsed place
    return _stands_for_government(doc[m.start : m.end].root) or _speaks_next(doc, m.end)


def _speaks_next(doc: Doc, i: int) -> bool:
    """A speech or stance verb in a finite tense right after the name, adverbs skipped ("a charge
    Kigali swiftly rejected", "Moscow has denied"): the parser may hang the name elsewhere."""
    while i < len(doc) and (doc[i].tag_ == "RB" or doc[i].lower_ in {"has", "have", "had"}) and i < len(doc) - 1:
        i += 1
    if i >= len(doc):
        return False
    tok = doc[i]
    # the tagger often calls a past tense after a name a participle; a passive one has its agent next
    return tok.lemma_.lower() in _SPEECH_VERBS | _STANCE_VERBS and tok.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and (
        tok.tag_ != "VBN" or _word_at(doc, i + 1) != "by"
    )


_BLAME_NOUNS = {"finger", "blame"}


def _blame_pointed(tok: Token) -> Token | None:
    """The verb of "point the finger at X", "lay / put the blame on X" when `tok` is X or who does it."""
    tok = _first_conjunct(tok)
    verb = None
    if tok.dep_ == "nsubj":
        verb = tok.head  # "Riyadh points the finger"
    elif tok.dep_ == "pobj" and tok.head.lower_ in {"at", "on", "upon"}:
        verb = tok.head.head  # "at Tehran": the prepositional phrase hangs on the verb or on the noun
        if verb.lemma_.lower() in _BLAME_NOUNS:
            return verb
    if verb is not None and verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _BLAME_NOUNS for c in verb.children
    ):
        return verb
    return None


def _stands_for_government(tok: Token) -> bool:
    """A place name that speaks or takes a stance ("Washington said", "a charge Kigali swiftly rejected",
    "condemned by Nairobi"), or is the one blamed ("New Delhi blamed Islamabad"): the government."""
    tok = _first_conjunct(tok)  # "Washington and London condemned"
    verbs = _SPEECH_VERBS | _STANCE_VERBS
    if tok.dep_ == "nsubj" and tok.head.lemma_ in verbs:
        return True
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_ in verbs:
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_ in _BLAMED_VERBS


def _airspace_countries(doc: Doc, taken: set[int], sent_index: list[int]) -> list[PlaceMention]:
    """ "shot down in Iraqi airspace", "over Ukrainian air space": the airspace's country is a place the text
    names, though only by its demonym (whose people or weapons a demonym otherwise names)."""
    out = []
    for tok in doc:
        if tok.i == 0 or tok.lower_ not in {"airspace", "air"} or (
            tok.lower_ == "air" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "space")
        ):
            continue
        adj = doc[tok.i - 1]
        country = country_by_demonym(adj.text) if adj.i not in taken and adj.text[:1].isupper() else None
        if country is None:
            continue
        mention = _mention(doc, adj.i, adj.i + 1, sent_index[adj.i], "country", country=country)
        mention.location.name = country.name  # the evidence keeps the word as written
        out.append(mention)
        taken.add(adj.i)
    return out


def _is_demonym(key: str) -> bool:
    return country_by_demonym(key) is not None


def _sea_country(doc: Doc, m: _Match, gaz: Gazetteer) -> Country | None:
    """The country a sea area is tied to: "off Yemen", "off the coast of Oman", or of a province or a
    large town it names ("off the coast of Puntland", "off Mombasa")."""
    sent = doc[m.start].sent if doc.has_annotation("SENT_START") else doc[:]
    tail = doc_text(doc)[doc[m.end - 1].idx : sent.end_char]
    off = _OFF.search(tail)
    if off is not None:
        rest = tail[off.end() :]
        words = re.findall(r"[A-Za-z][\w'’.-]*", rest)[:3]
        for k in range(len(words), 0, -1):
            key = name_key(" ".join(words[:k]).rstrip("'s").rstrip("’s"))
            country = gaz.countries.get(key) or (country_by_demonym(words[0]) if k == 1 else None)
            if country is not None:
                return country
        for k in range(len(words), 0, -1):
            if not all(w[0].isupper() for w in words[:k]):
                continue
            key = name_key(" ".join(words[:k]))
            codes = {s.country_code for s in gaz.subdivisions.get(key, ())}
            if not codes:
                codes = {c.country_code for c in gaz.cities_named(key)[:1] if c.population >= 50000}
            if len(codes) == 1:
                return country_by_code(codes.pop())
    return None


def _coastal_context(sea: SeaArea, ctx: _Context) -> Country | None:
    """The coastal country of `sea` the document names most, when the text does not say "off X"."""
    named = [c for c in sea.coast if ctx.coast.get(c)]
    if not named:
        if sea.name.lower().startswith("lake "):
            # a lake's shore is land: the shore state of the towns and provinces the text places ("a boat on
            # Lake Chad ..., the governor of Lac province said") is the one it is tied to
            near = [c for c in sea.coast if ctx.scene.get(c)]
            if near:
                return country_by_code(max(near, key=lambda c: (ctx.scene[c], -ctx.first.get(c, 0))))
        return None
    return country_by_code(max(named, key=lambda c: (ctx.coast[c], -ctx.first.get(c, 0))))


def _named_of_either(doc: Doc, end: int, gaz: Gazetteer, ctx: _Context, tied: set[str]) -> set[str]:
    """ "Inates, Niger", "Ergneti, Georgia": a town the gazetteer lacks, chained to a name that is a country and a
    state elsewhere (either, as a listed town's own country would decide), lies in the country the text names,
    unless the text names the state's country too ("Nigerian police", "Atlanta")."""
    if len(tied) != 2 or (named := _country_after(doc, end, gaz)) is None or named.alpha2 not in tied:
        return tied
    return tied if any(ctx.doc.get(code) for code in tied - {named.alpha2}) else {named.alpha2}


def _unlisted_places(
    doc: Doc, gaz: Gazetteer, taken: set[int], ctx: _Context, sent_index: list[int], upper: bool
) -> list[PlaceMention]:
    """Names the gazetteer lacks that the text marks as places, with the country from context."""
    out: list[PlaceMention] = []
    first = next(iter(doc.sents), None)
    wire = first is not None and dateline_dash(first) is not None  # "NIAMEY, Niger — ..."
    # unlisted units ("Guma LGA", "Guma Local Government Area", "Kech district"): no listed place, so no bar to the
    # town the violence is told in ("The chairman of Guma LGA said gunmen killed five farmers in Yelwata on Tuesday")
    units: set[int] = set()
    for tok in doc:
        if tok.i in taken:
            continue
        low = tok.lower_
        # "the village of X", "the province of X"
        if low == "of" and tok.i >= 1 and doc[tok.i - 1].lower_ in (_CITY_WORDS | _ADMIN_WORDS) - {"area", "capital"}:
            start = tok.i + 1
            # no person is "the town of X": NER often calls an unfamiliar town a person
            end = _proper_run(doc, start, upper, person_ok=doc[tok.i - 1].lower_ in _SETTLEMENT_WORDS | _QUARTER_WORDS)
            # a country after it is listed, so resolved on its own or dropped on purpose ("the Islamic State of
            # Iraq and the Levant": a group's name), never a province the gazetteer lacks
            if end > start and not taken.intersection(range(start, end)) \
                    and gaz.countries.get(name_key(doc[start:end].text)) is None \
                    and country_by_demonym(doc[start].text) is None:  # "the camp of Dutch peacekeepers": whose
                level: Level = "admin" if doc[tok.i - 1].lower_ in _ADMIN_WORDS else "city"
                # "the floating village of Chong Kneas, Cambodia": the chain after the name gives its country,
                # whatever people the sentence names ("ethnic Vietnamese fishermen")
                tied = _following_countries(doc, end, gaz)
                code = next(iter(tied)) if len(tied) == 1 else None
                out.append(_unresolved(doc, start, end, sent_index[start], ctx, level, code))
                taken.update(range(start, end))
        # "Agatu Local Government Area (of Benue State)": Nigeria's unit below its states, in full
        elif low == "area" and _word_at(doc, tok.i - 1) == "government" and _word_at(doc, tok.i - 2) == "local" \
                and tok.i >= 3 and (start := _run_before(doc, tok.i - 2, upper, taken)) < tok.i - 2 \
                and not doc[start].is_sent_start and not taken.intersection(range(start, tok.i - 2)):
            tied = _following_countries(doc, tok.i + 2 if _word_at(doc, tok.i + 1) == "of" else tok.i + 1, gaz)
            code = next(iter(tied)) if len(tied) == 1 else None
            out.append(_unresolved(doc, start, tok.i - 2, sent_index[start], ctx, "admin", code))
            taken.update(range(start, tok.i - 2))
            units.update(range(start, tok.i - 2))
        # "X district", "X province"
        elif low in _ADMIN_WORDS | _SUBDISTRICT_WORDS and tok.i >= 1 and _run_before(doc, tok.i, upper, taken) < tok.i \
                and not (low in _SUBDISTRICT_WORDS and _DISTRICT_NEXT.match(doc_text(doc), tok.idx + len(tok.text))):
            # an unlisted "X tehsil, Y district" gives way to the district, as an unlisted "X area, Y district" does
            end = tok.i
            start = _run_before(doc, tok.i, upper, taken)  # "Shirin Tagab district": not Tagab alone
            name = name_key(doc[start:end].text)
            in_org = not upper and any(
                e.label_ == "ORG" and e.start < start < e.end for e in doc_ents(doc) if e.start < tok.i
            )
            if (start < end and not doc[start].is_sent_start and not _is_demonym(name) and name not in _REGIONS
                    and not _street(doc, start, end)
                    and not in_org and doc[start].lower_ not in {"islamic", "the", "a"}
                    and (upper or not outlet_initials(doc, start, end))):  # "the ISNA agency": an outlet
                # "Shabelle district, Somali, Ethiopia": the chain after the district names its country
                tied = _following_countries(doc, tok.i + 1, gaz)
                code = next(iter(tied)) if len(tied) == 1 else None
                if code is None and end == start + 1 and low in _ADMIN_WORDS:
                    code = _first_word_of_a_province(gaz, name)  # "Khyber district": of Khyber Pakhtunkhwa's Pakistan
                out.append(_unresolved(doc, start, end, sent_index[start], ctx, "admin", code))
                taken.update(range(start, end))
                units.update(range(start, end))
        # "Indanan town", "Kankara village"
        elif low in _SETTLEMENT_WORDS and tok.i >= 1 and _run_before(doc, tok.i, upper, taken) < tok.i:
            start = _run_before(doc, tok.i, upper, taken)  # "Namt Swan village", "Tunga Dutse village"
            weak = low not in {"town", "village", "city"}  # "Abko area, Khogyani district, Nangarhar"
            # "the Christian village of Kisima", "a Fulani community": who lives there, not its name
            people = _word_at(doc, tok.i + 1) == "of" or (
                any(t.ent_type_ == "NORP" for t in doc[start : tok.i]) and _word_at(doc, start - 1) in _PEOPLE_LEAD
            )
            tied = _following_countries(doc, tok.i + 1, gaz)
            if not people and not _group_name(doc[start : tok.i].text) and (not weak or tied):
                # "Mulimbi Kabala-Nyanga village, in North Kivu": the chain after it places the village, whatever
                # country a listed word inside its name (Nyanga, Zimbabwe) gave the text
                code = next(iter(tied)) if len(tied) == 1 else None
                out.append(_unresolved(doc, start, tok.i, sent_index[start], ctx, "city", code))
                taken.update(range(start, tok.i))
        # "in Zangal area, Khyber Pakhtunkhwa, Pakistan", "near the Zangal area in Khyber Pakhtunkhwa": an unlisted
        # locality chained straight to a province or a country (before a town or a district, "X area, Jalalabad", it is
        # the town's quarter and gives way)
        elif low == "area" and tok.i >= 2 and _word_at(doc, tok.i + 1) in {",", "in"} \
                and (start := _run_before(doc, tok.i, upper, taken)) < tok.i \
                and _word_at(doc, start - 1) in {"in", "at", "near", "the", "outside"} \
                and not taken.intersection(range(start, tok.i)) and _town_like(doc, start, tok.i) \
                and not _group_name(doc[start : tok.i].text) \
                and not (_word_at(doc, start - 1) == "the" and any(t.ent_type_ == "NORP" for t in doc[start : tok.i])) \
                and (_region_at(doc, tok.i + 2, gaz) and _word_at(doc, tok.i + 3) not in _ADMIN_WORDS
                     or _named_province_at(doc, tok.i + 2, gaz)) \
                and len(tied := _following_countries(doc, tok.i + 1, gaz)) == 1:
            out.append(_unresolved(doc, start, tok.i, sent_index[start], ctx, "city", next(iter(tied))))
            taken.update(range(start, tok.i))
        # "Islah, Diyala, Iraq": an unknown name chained to known places
        elif _proper_token(tok, upper, person_ok=True) and (
            tok.i == 0 or not _proper_token(doc[tok.i - 1], upper, person_ok=True)
        ) and (tok.i - 1 < 0 or doc[tok.i - 1].lower_ not in {"in", "at", "near"}):
            start = tok.i
            while _glued_hyphen(doc, start - 1) and doc[start - 2].is_alpha and doc[start - 2].text[0].isupper():
                start -= 2  # "Umu-Ugadu, Ebonyi": the whole hyphenated name, whatever the tagger made of its head
            end = _proper_run(doc, tok.i, upper, person_ok=True)
            if end > start and end + 1 < len(doc) and doc[end].text == "," and not taken.intersection(
                range(start, end)
            ) and _town_like(doc, start, end, dates_too=False) and not all(
                t.lower_ in _CITY_WORDS | _ADMIN_WORDS for t in doc[start:end]  # "PK12 District,": no name left
            ) and not any(
                t.lower_ in _CALENDAR_WORDS or (not upper and t.text.isupper()) for t in doc[start:end]
            ):
                tied = _named_of_either(doc, end, gaz, ctx, _following_countries(doc, end, gaz, direct=True)) or (
                    set() if _a_person_in_a_region(doc, start, end) else _in_a_countrys_region(doc, end + 1))
                if len(tied) == 1:
                    out.append(_unresolved(doc, start, end, sent_index[start], ctx, "city", next(iter(tied))))
                    taken.update(range(start, end))
        # "at Pissele, near Bourzanga", "in Toeni, in the ... province"
        elif low in {"at", "in", "near"} and tok.i + 1 < len(doc):
            start = tok.i + 1
            end = _proper_run(doc, start, upper, person_ok=True)  # NER calls "Jaje Tapa" a person
            if any(t.lower_ in _CALENDAR_WORDS for t in doc[start:end]):
                continue  # "In February, a bomb ...": when, not where
            if end > start and end + 1 < len(doc) and doc[end].text == "," and _absorbs(doc, start, end, taken) \
                    and not _street(doc, start, end):
                tied = _named_of_either(doc, end, gaz, ctx, _following_countries(doc, end, gaz))
                if (tied or doc[end + 1].lower_ in {"near", "outside", "in", "a", "about", "some"}
                        or _in_a_district(doc, end, upper) is not None) \
                        and not _called_a_venue(doc, end) and not _called_a_person(doc, start, end):
                    code = sorted(tied)[0] if len(tied) == 1 else None
                    out.append(_unresolved(doc, start, end, sent_index[start], ctx, "city", code))
                    taken.update(range(start, end))
            # "near Mashkaf in Bolan district, Balochistan": a village placed in the district named next
            elif end > start and (district := _in_a_district(doc, end, upper)) and _absorbs(doc, start, end, taken) \
                    and _town_like(doc, start, end):
                tied = _following_countries(doc, district + 1, gaz)
                code = sorted(tied)[0] if len(tied) == 1 else None
                out.append(_unresolved(doc, start, end, sent_index[start], ctx, "city", code))
                taken.update(range(start, end))
            # "near Mashkaf in Balochistan": "near" only ever precedes a place, here one placed in the province
            # or country named next, which is less specific than the village
            elif low == "near" and end > start and _word_at(doc, end) == "in" and _region_at(doc, end + 1, gaz) \
                    and _absorbs(doc, start, end, taken) and _town_like(doc, start, end) \
                    and len(tied := _following_countries(doc, end, gaz)) == 1:
                out.append(_unresolved(doc, start, end, sent_index[start], ctx, "city", next(iter(tied))))
                taken.update(range(start, end))
            # "shot dead near Pibor.": "near" only ever precedes a place, here closing the sentence
            elif low == "near" and end > start and end < len(doc) and doc[end].text in {".", ";"} \
                    and not upper and ctx.doc and _absorbs(doc, start, end, taken) \
                    and _town_like(doc, start, end, dates_too=False):
                out.append(_unresolved(doc, start, end, sent_index[start], ctx, "city"))
                taken.update(range(start, end))
            # "at the Santa Elena farm in Quilo Quilo on Sunday": what a named site stands in is a town
            elif low != "at" and end > start and _word_at(doc, tok.i - 1) in _SITE_WORDS and tok.i >= 2 \
                    and _proper_token(doc[tok.i - 2], upper, person_ok=True) \
                    and not taken.intersection(range(start, end)) and _lookup(doc, start, end, gaz) is None \
                    and _town_like(doc, start, end) and _word_at(doc, end) not in _ADMIN_WORDS:
                out.append(_unresolved(doc, start, end, sent_index[start], ctx, "city"))
                taken.update(range(start, end))
            # "militiamen killed six people in Kilwa on Monday": a name the gazetteer lacks (the tagger may call it a
            # person) right before the day of the event is the town, when the sentence names no listed place
            elif low != "at" and end > start and not upper and _word_at(doc, end) == "on" \
                    and _word_at(doc, end + 1) in WEEKDAYS and _word_at(doc, end - 1) not in _ADMIN_WORDS \
                    and not (taken - units).intersection(range(tok.sent.start, tok.sent.end)) \
                    and not any(t.lower_ in gaz.english_words or t.lower_ in STOP_WORDS
                                or t.ent_type_ in _NAME_ENTITIES - {"PERSON", "FAC"} for t in doc[start:end]) \
                    and name_key(doc[start:end].text) not in _REGIONS | _INSTITUTIONS \
                    and _lookup(doc, start, end, gaz) is None and _town_like(doc, start, end):
                out.append(_unresolved(doc, start, end, sent_index[start], ctx, "city"))
                taken.update(range(start, end))
            # "NIAMEY, Niger — ... attacked a post in Zwaqui on Monday": in a wire story, a town the gazetteer
            # lacks that the tagger reads as one is kept over the dateline's city (elsewhere an unlisted name,
            # often a farm's, a bridge's or a subdistrict's, loses to the listed place the text also names)
            elif wire and not upper and end > start and not taken.intersection(range(start, end)) \
                    and _whole_entity(doc, _Match(start, end, ""), {"GPE"}) \
                    and name_key(doc[start:end].text) not in _REGIONS | _INSTITUTIONS \
                    and _lookup(doc, start, end, gaz) is None and not _noun_follows(doc, end) \
                    and _word_at(doc, end) not in _ADMIN_WORDS | _CITY_WORDS | _SETTLEMENT_WORDS | _QUARTER_WORDS \
                    and _town_like(doc, start, end):
                out.append(_unresolved(doc, start, end, sent_index[start], ctx, "city"))
                taken.update(range(start, end))
    return out


def _a_person_in_a_region(doc: Doc, start: int, end: int) -> bool:
    """ "Residents said Umar Sani, in Nigeria's northwest, lost three sons": a name the tagger calls a person that
    does what the verb after the apposition says is who is in the region, no town (the tagger calls many a village
    a person too: "attacked Tourou, in Cameroon's far north, killing ...", "X, in Niger's southeast, was hit")."""
    if not any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return False
    close = next((k for k in range(end + 1, min(len(doc), end + 10)) if doc[k].text == ","), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].pos_ == "VERB" \
        and doc[close + 1].tag_ in {"VBD", "VBZ", "VBP"}


def _in_a_countrys_region(doc: Doc, i: int) -> set[str]:
    """ "Tourou, in Cameroon's Far North region": the country whose province or part the phrase at token `i`
    ("in <Country>'s <Name> region", "in Nigeria's northeast") puts the name before it in."""
    if _word_at(doc, i) != "in":
        return set()
    for j in range(i + 2, min(len(doc), i + 6)):
        if doc[j].lower_ in {"'s", "’s"}:
            country = country_by_name(doc[i + 1 : j].text)
            rest = [t.lower_ for t in doc[j + 1 : j + 6]]
            if country is not None and rest and (
                    rest[0] in _DIRECTIONS or _COMPASS_WORD.fullmatch(rest[0]) or any(w in _ADMIN_WORDS for w in rest)):
                return {country.alpha2}
            return set()
    return set()


def _town_like(doc: Doc, start: int, end: int, dates_too: bool = True) -> bool:
    """The guards every unlisted town passes: no street ("Sariab Road"), no people's name ("Afghan"), and unless
    `dates_too` is off no month or weekday ("in February, ...": when, not where)."""
    return not _street(doc, start, end) and not _is_demonym(name_key(doc[start:end].text)) and not (
        dates_too and any(t.lower_ in _CALENDAR_WORDS for t in doc[start:end]))


def _region_at(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """A listed province or country starts at token `i` ("in Balochistan", "in Punjab province"), not a town or
    quarter the gazetteer lacks ("in Green Village, Deir ez-Zor")."""
    for j in range(min(len(doc), i + 5), i, -1):
        m = _lookup(doc, i, j, gaz)
        if m is not None:
            return m.country is not None or (bool(m.subdivisions) and not m.cities)
    return False


_PROVINCE_WORDS = {"province", "governorate", "state", "region", "prefecture", "department", "division", "republic",
                   "krai", "oblast"}


def _named_province_at(doc: Doc, i: int, gaz: Gazetteer, unlisted_too: bool = False) -> bool:
    """A province called one starts at token `i` ("Diyala governorate", "Pattani province"), though a town bears
    its name too; with `unlisted_too`, also a capitalised name ISO lacks before a province word ("Compostela Valley
    province", a renamed one)."""
    for j in range(i + 1, min(len(doc), i + 5)):
        key = name_key(doc[i:j].text)
        if _word_at(doc, j) in _PROVINCE_WORDS and (subs := gaz.subdivisions.get(key)):
            # not a province named for a city of millions ("X area, Baghdad governorate"): that city's quarter
            return not any(c.population >= _METROPOLIS_POPULATION and c.country_code == subs[0].country_code
                           for c in gaz.cities_named(key))
        if unlisted_too and _word_at(doc, j) in _PROVINCE_WORDS and all(
                t.is_alpha and t.text[:1].isupper() for t in doc[i:j]):
            return not any(c.population >= _METROPOLIS_POPULATION for c in gaz.cities_named(key))
    return False


_METROPOLIS_POPULATION = 1_000_000


def _in_a_district(doc: Doc, i: int, upper: bool) -> int | None:
    """The district word of "in <Name> district" starting at token `i` ("in Bolan district", "in Kech district
    of Balochistan"), or None."""
    if _word_at(doc, i) not in {"in", ","}:  # "in Yelwata, Guma LGA, on Tuesday" as "in Yelwata in Guma LGA"
        return None
    end = _proper_run(doc, i + 1, upper, person_ok=True)
    if end > i + 3 and [_word_at(doc, j) for j in range(end - 3, end)] == ["local", "government", "area"]:
        return end - 1  # "Guma Local Government Area": the unit's words read as the name's
    if end > i + 2 and _word_at(doc, end - 1) == "lga":
        return end - 1  # "Guma LGA": capitals read as the name's
    if _word_at(doc, i) == ",":
        return end if end > i + 1 and _word_at(doc, end) in {"lga", "district"} else None
    return end if end > i + 1 and _word_at(doc, end) in _ADMIN_WORDS - {"state", "states"} else None


def _group_name(text: str) -> bool:
    """ "the Taliban village": an armed group's name before a place word, not a place."""
    from ..codebooks.groups import gazetteer

    return gazetteer().lookup(text) is not None


def _street(doc: Doc, start: int, end: int) -> bool:
    """ "Sariab Road", "Longstomps Avenue", "Police District 1": a street or police precinct, not a town."""
    return any(t.lower_ in _STREET_WORDS for t in doc[start:end])


_AND_WORDS = {"wa", "va"}
"""'And' in Arabic and Persian place names, often left as its own word ("Tala wa Barfak district")."""


def _run_before(doc: Doc, i: int, upper: bool, taken: set[int]) -> int:
    """Start of the name of up to three words before a place word at `i` ("Namt Swan village"); `i` when
    there is none or it is wholly a listed name (that one resolves on its own)."""
    start = i
    while start > 0 and i - start < 4:
        prev = doc[start - 1]
        if prev.text == "-" and start >= 2 and start < i and _proper_token(doc[start - 2], upper, person_ok=True):
            start -= 1  # "Zongo-Akiki community"
            continue
        if prev.text == "-" and start >= 4 and start < i and _word_at(doc, start - 2) in _PARTICLES \
                and doc[start - 3].text == "-" and _proper_token(doc[start - 4], upper, person_ok=True):
            start -= 4  # "Qalay-i-Zal district"
            continue
        if start == i and prev.lower_ in COMPASS_NAMES and prev.text[0].isupper() and start >= 2 \
                and not doc[start - 2].is_sent_start and doc[start - 2].lower_ not in _DIRECTIONS \
                and _proper_token(doc[start - 2], upper, person_ok=True):
            start -= 1  # "Ibarapa East district", "Imphal West district": the compass word ends the name
            continue
        if start < i and prev.lower_ in COMPASS_NAMES and prev.text[0].isupper() and not prev.is_sent_start \
                and not upper and not _proper_token(doc[start - 2], upper, person_ok=True) and start >= 2:
            start -= 1  # "in West Shewa district": capitalised, the compass word opens the name
            break
        if start < i and prev.lower_ in _AND_WORDS and start >= 2 and not doc[start - 2].is_sent_start \
                and _proper_token(doc[start - 2], upper, person_ok=True):
            start -= 1  # "Tala wa Barfak district", "Lash Wa Juwayn district": two names joined by 'and'
            continue
        if not _proper_token(prev, upper, person_ok=True) or prev.is_sent_start or prev.lower_ in _DIRECTIONS \
                or _is_demonym(prev.lower_) or prev.lower_ in _STREET_WORDS:
            break
        start -= 1
    while start < i and not doc[start].is_alpha:
        start += 1
    if start < i and start >= 2 and _article_at(doc, start - 2) and (start - 2) not in taken:
        start -= 2  # "Al-Sabaa Al-Olaya village": the article opening the name is part of it
    while start < i and start in taken and not _absorbs(doc, start, i, taken):
        start += 1
    if start == i or all(k in taken for k in range(start, i)) or not _absorbs(doc, start, i, taken):
        return i
    return start


def _proper_token(tok: Token, upper: bool, strict: bool = True, person_ok: bool = False) -> bool:
    if not tok.is_alpha or tok.is_stop:
        return False
    if person_ok and not upper:
        return tok.text[0].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"}
    if upper:
        return tok.lower_ not in load_gazetteer().english_words and (tok.pos_ == "PROPN" or not strict)
    return tok.text[0].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"} and tok.ent_type_ != "PERSON"


def _proper_run(doc: Doc, start: int, upper: bool, strict: bool = True, person_ok: bool = False) -> int:
    """End of a run of capitalised tokens (hyphen-joined parts included) starting at `start`."""
    end = start
    while end < len(doc) and end - start < (6 if "-" in doc[start:end].text else 4):
        tok = doc[end]
        if end == start and not upper and _article_at(doc, end):
            end += 2  # "the village of al-Sabaa": the article in lower case opens the name
            continue
        if _proper_token(tok, upper, strict, person_ok) or (
            end > start and tok.text == "-" and end + 1 < len(doc)
            and _proper_token(doc[end + 1], upper, strict, person_ok)
        ):
            end += 1
            continue
        # "Beir al-Abd", "Jurf al-Nasr", "Belen de Umbria": a lower-case particle inside a name
        if end > start and tok.lower_ in _PARTICLES and end + 1 < len(doc) and (
            doc[end + 1].text == "-" or _proper_token(doc[end + 1], upper, strict, person_ok)
        ):
            end += 1
            continue
        if end > start and doc[end - 1].text == "-":
            end += 1
            continue
        if end > start and tok.text == "-" and _word_at(doc, end + 1) in _PARTICLES and end + 2 < len(doc) and (
            _proper_token(doc[end + 2], upper, strict, person_ok) or doc[end + 2].text == "-"
        ):
            end += 2  # "Dasht-e Hawz", "Tehrik-i-"
            continue
        break
    while end > start and not doc[end - 1].is_alpha:
        end -= 1
    return end


def _first_conjunct(tok: Token) -> Token:
    """The first of coordinated words ("Algeria and Morocco condemned": Morocco's role is Algeria's)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _object_her(doc: Doc, m: _Match) -> bool:
    """ "told her Kabul was unsafe": 'her' the object, tagged so, or the name the subject of the verb after it
    (the parser often makes such a 'her' a possessive)."""
    her = doc[m.start - 1]
    return her.lower_ == "her" and (her.tag_ == "PRP" or m.end < len(doc) and doc[m.end].pos_ in {"AUX", "VERB"})


def _word_at(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _noun_follows(doc: Doc, i: int) -> bool:
    """A lower-case noun right after a name makes it a modifier ("Taze subdistrict", "Santa Ana farm",
    "Panmonchaung bridge"): the name of a district, farm or bridge, not a town the gazetteer lacks."""
    return 0 <= i < len(doc) and doc[i].pos_ in {"NOUN", "PROPN"} and doc[i].text[:1].islower()


def _unresolved(
    doc: Doc, start: int, end: int, sent: int, ctx: _Context, level: Level, code: str | None = None
) -> PlaceMention:
    """A name the gazetteer lacks: the stated name and its evidence, no coordinates; the country, and the
    province when the chain after it names one ("Jaje Tapa, Sarkani district, Kunar province, ...")."""
    if doc[start].lower_ in _VILLAGE_TITLES and end > start + 1:
        start += 1  # "Barangay Liang": the Philippine word for a village opens no name of its own
    code = code or _possessor_country(doc, start) or section_country(doc_text(doc), doc[start].idx) \
        or ctx.last_scene(doc_text(doc), doc[start].idx, sent) or ctx.primary(sent) or _sheriffs_county(doc, end)
    admin1 = _chain_province(doc, end, code) if code else None
    return _mention(doc, start, end, sent, level, country=country_by_code(code) if code else None, admin1=admin1)


def _in_the_chained_province(doc: Doc, m: _Match, gaz: Gazetteer) -> list[City]:
    """The towns of the name that lie in the US state chained right after it ("Springfield, Illinois"), which
    GeoNames files under the ISO code's own letters. Only there: elsewhere ISO's numbers or letters mean other
    provinces in GeoNames (France's "84", Vaucluse, is GeoNames' code of Auvergne-Rhone-Alpes)."""
    if _word_at(doc, m.end) != ",":
        return []
    end = m.end + 1
    while end < len(doc) and end - m.end <= 3 and doc[end].is_alpha and doc[end].text[0].isupper():
        end += 1
    if end == m.end + 1:
        return []
    codes = {(s.country_code, s.code.split("-", 1)[1]) for s in gaz.subdivisions.get(
        name_key(doc[m.end + 1 : end].text), ()) if s.country_code == "US"}
    return [c for c in m.cities if (c.country_code, c.admin1_code) in codes]


_SHERIFF_WORDS = {"sheriff", "sheriffs", "sheriff's"}
_DEPUTY_WORDS = {"deputies", "deputy"}


def _sheriffs_county(doc: Doc, end: int) -> str | None:
    """ "Deputies in Ulster County said": a county named before "County" that a sheriff's men police is American,
    when the text names no country at all. A sheriff anywhere, or deputies in the county's sentence standing alone
    (not "deputy governor", "deputy county commissioner": a title before its noun, any country's)."""
    if end >= len(doc) or doc[end].text != "County":
        return None
    if any(t.lower_ in _SHERIFF_WORDS for t in doc):
        return "US"
    sent = doc[end].sent if doc.has_annotation("SENT_START") else doc[:]
    return "US" if any(t.lower_ in _DEPUTY_WORDS and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in {"NOUN", "PROPN"})
                       for t in sent) else None


def _possessor_country(doc: Doc, start: int) -> str | None:
    """"in Pakistan's Bajaur district": the country that owns the name in the text, whatever the dateline says."""
    if start < 2 or doc[start - 1].lower_ not in {"'s", "’s"} or name_key(doc[start - 2].text) in SHARED_NAMES:
        return None  # "Congo's X": either Congo, as the text's other places decide
    country = country_by_name(doc[start - 2].text)
    return country.alpha2 if country is not None else None


def _chain_province(doc: Doc, i: int, code: str) -> str | None:
    """The first ISO subdivision of country `code` among the next three comma-separated names after token `i`."""
    gaz = load_gazetteer()
    sent_end = doc[i].sent.end if i < len(doc) and doc.has_annotation("SENT_START") else len(doc)
    if _word_at(doc, i) == "local" and _word_at(doc, i + 1) == "government" and _word_at(doc, i + 2) == "area":
        i += 2  # "Agatu Local Government Area of Benue State": the words of the unit, as "Agatu LGA of ..."
    while i < sent_end and doc[i].lower_ in _CITY_WORDS | _ADMIN_WORDS | _SETTLEMENT_WORDS:
        i += 1  # "Tunga Dutse village, Zamfara"
    if i + 1 < sent_end and doc[i].lower_ == "of" and doc[i - 1].lower_ in _ADMIN_WORDS | _CITY_WORDS:
        # "the Jhal Magsi district of Balochistan province": the province the phrase puts it in
        j = i + 1 + (doc[i + 1].lower_ == "the")
        words = []
        while j < sent_end and len(words) < 4 and doc[j].text[:1].isupper() and doc[j].lower_ not in _ADMIN_WORDS:
            words.append(doc[j].text)
            j += 1
        for sub in gaz.subdivisions.get(name_key(" ".join(words)), ()) if words else ():
            if sub.country_code == code:
                return sub.name
    for _ in range(3):
        if i >= sent_end or doc[i].text != ",":
            return None
        j = i + 1
        while j < sent_end and doc[j].text not in {",", ".", ";"}:
            j += 1
        words = [t.text for t in doc[i + 1 : j] if t.lower_ not in _ADMIN_WORDS]
        for sub in gaz.subdivisions.get(name_key(" ".join(words)), ()) if words else ():
            if sub.country_code == code:
                return sub.name
        i = j
    return None


def _mention(
    doc: Doc,
    start: int,
    end: int,
    sent: int,
    level: Level,
    *,
    country: Country | None = None,
    city: City | None = None,
    sea: SeaArea | None = None,
    admin1: str | None = None,
) -> PlaceMention:
    span: Span = doc[start:end]
    evidence = EvidenceSpan(start=span.start_char, end=span.end_char, text=span.text)
    lat = lon = None
    if city is not None:
        lat, lon = city.lat, city.lon
    elif sea is not None:
        lat, lon = sea.lat, sea.lon
    location = Location(
        name=span.text,
        admin1=admin1,
        country=country.name if country else None,
        country_code=country.alpha2 if country else None,
        lat=lat,
        lon=lon,
        geonames_id=city.geonames_id if city else None,
        evidence=evidence,
    )
    return PlaceMention(location=location, sent=sent, level=level)
