"""Incident dates resolved against the publication date, or none.

Regular expressions over the text (case-insensitive, so MUC-4 wire copy works) find explicit dates
("March 22, 2024", "22 March", "4 FEB 90", "01/01/2021", "May 2016", "in July", "in 2016") and relative
ones ("on Friday", "yesterday", "today", "last week", "last month"). Relative dates and dates without a
year resolve against `published`: a weekday is the most recent such day on or before it. Without
`published` they give nothing. Nothing later than `published` is returned, and the publication date is
never returned by default: only when the text says "today".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from ..models import IncidentDate
from ..models import Span as EvidenceSpan
from ._calendar import DAY_PARTS, MONTH_NUMBERS, MONTHS, WEEKDAY_NUMBERS, WEEKDAYS
from ._cues import CLERIC_TITLES, FEMALE_WORDS, MALE_WORDS, RANK_NOUNS, REPORTING_VERBS, TITLE_WORDS
from ._ordinals import CARDINAL_NUMBERS, ORDINAL_NUMBERS
from ._prefilter import finditer_filtered, searchable
from ._text import doc_text
from .mentions import DateMention
from .quantities import DIED, WOUNDS

Precision = Literal["day", "week", "month", "year"]

_SMALL = {"a": 1, "an": 1} | {word: n for word, n in CARDINAL_NUMBERS.items() if n}
"""How many days or weeks: "a day later", "three days earlier", "twelve days ago" (the casualty reader's cardinals)."""
_SMALL_WORDS = "|".join(sorted(_SMALL, key=len, reverse=True))
_MON = rf"(?P<mon>{'|'.join(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|'?\d\d)"
_WD = rf"(?P<wd>{'|'.join(WEEKDAYS)})"

_ATTACK_NOUNS = (
    r"(?:attacks?|bombings?|abductions?|kidnappings?|massacres?|raids?|ambush(?:es)?|shootings?|assaults?|"
    r"hijackings?|explosions?|blasts?|siege|killings?|assassinations?|murders?)"
)
ATTACK_NOUN = re.compile(_ATTACK_NOUNS, re.I)
"""One word naming an attack ("bombing", "attacks"), for `fullmatch`."""
ANNIVERSARY = re.compile(
    r"\b(?P<n>[1-9]\d?)(?:st|nd|rd|th)\s+anniversary\b|\b(?P<word>" + "|".join(ORDINAL_NUMBERS) + r")\s+anniversary\b"
    r"|\b(?P<n2>[1-9]\d?)-year\s+anniversary\b",
    re.I,
)
_OF_AN_ATTACK = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?" + _ATTACK_NOUNS + r"\b", re.I)
"""'the 35th anniversary of the bombing', 'the tenth anniversary of the Westgate mall attack': the attack
was that many years before the memorial, which the publication date places."""
_ON_THE_DAY = re.compile(r"\b(?:on|upon)\s+(?:the|its|their)\s+$", re.I)
_NAMED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAMED_DAY = re.compile(r"(?:\b(?P<year>(?:19|20)\d\d)\s+)?\b(?P<name>(?i:easter|palm|maundy|ash|shrove)|Good|Holy"
                        r"|Bloody|Black|Super)\s*$")
"""Words that make a weekday a feast or a name ("Easter Sunday", "Good Friday", "Bloody Sunday"): no
relative weekday. A feast of the Easter cycle is its own day, of the year named before it ("the 2019
Easter Sunday bombings") or the latest one by publication; a name ("Bloody Sunday") dates nothing."""
_FROM_EASTER = {("easter", 6): 0, ("easter", 0): 1, ("palm", 6): -7, ("maundy", 3): -3, ("holy", 3): -3,
                ("good", 4): -2, ("holy", 5): -1, ("ash", 2): -46, ("shrove", 1): -47}
"""(feast word, weekday) -> days from Easter Sunday."""
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "In June that year", "on July 3 the same year", "the following year": the year the text last named
    ("that_year", re.compile(rf"\b(?:(?:in|on|during|by|until|early|late|mid-?|later|earlier)\s+)?"
                             rf"(?:{_MON}\s+(?:{_DAY}\s+)?(?:of\s+)?)?(?P<rel>that|the\s+same|that\s+same|the\s+following"
                             r"|the\s+next|the\s+previous)\s+year\b", re.I)),
    # "in May last year", "on March 5 this year": a month (or a day of it) in the year counted from publication,
    # not the latest such month ("in May" alone)
    # "on 5 June last year", "the 3rd of May last year": the day first, as British and wire copy write it
    ("month_rel_year", re.compile(rf"\b(?:(?:in|on|during|since|by|until)\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?"
                                  rf"{_MON},?\s+(?:of\s+)?(?P<rel>last|this)\s+year\b", re.I)),
    # "on May 3 and 4 last year": two days, so the month; "late May or early June last year": the first month
    ("month_rel_year", re.compile(rf"\b(?:(?:in|on|during|since|by|until|early|late|mid-?)\s+)?"
                                  rf"{_MON}\s+(?:{_DAY}(?P<range>\s*(?:and|or|to|-|–)\s*[0-3]?\d(?:st|nd|rd|th)?)?,?\s+)?"
                                  rf"(?:(?:or|and|to|-|–)\s+(?:(?:early|late|mid-?)\s*)?{_MON2}\s+)?"
                                  r"(?:of\s+)?(?P<rel>last|this)\s+year\b", re.I)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("slash", re.compile(r"\b(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?(?!:)", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}\b)?", re.I)),
    # "on Christmas Eve", "New Year's Day 2024": a feast on a fixed day of the year
    ("fixed_feast", re.compile(r"\b(?P<feast>Christmas\s+(?:Eve|Day)|Boxing\s+Day|New\s+Year['’]?s\s+(?:Eve|Day))\b"
                               r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)),
    ("wd_last_week", re.compile(
        rf"\b{_WD}\s+(?:of\s+)?last\s+week\b|\blast\s+week\s+(?:on\s+)?{_WD.replace('wd', 'wd2')}", re.I
    )),
    ("my", re.compile(rf"\b{_MON}\s*,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    ("in_month", re.compile(rf"\b(?P<prep>in|since|early|late|mid-|mid|last|during|until|by|of|this|earlier\s+in)"
                            rf"\s+{_MON2}\b(?!\s+\d)", re.I)),
    ("weekday", re.compile(rf"\b(?P<pre>last|on|overnight|this\s+past|past|late|early)?\s*{_WD}(?:['’]s)?"
                           r"(?:\s+(?:night|morning|evening|afternoon))?\b", re.I)),
    ("ago", re.compile(rf"\b(?P<n>\d{{1,2}}|{_SMALL_WORDS})\s+"
                       r"(?P<unit>days?|weeks?)\s+ago\b", re.I)),
    ("day_before", re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|last\s+night)\b", re.I)),
    ("last_week", re.compile(r"\b(?:last|past|previous)\s+week\b", re.I)),
    ("this_week", re.compile(r"\b(?:earlier|late|later)\s+this\s+week\b", re.I)),
    ("last_month", re.compile(r"\b(?:last|past|previous)\s+month\b", re.I)),
    ("this_month", re.compile(r"\b(?:earlier|late|later)\s+this\s+month\b", re.I)),
    ("last_year", re.compile(r"\blast\s+year\b", re.I)),
    ("year", re.compile(r"\b(?P<prep>in|during)\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)", re.I)),
    # "the 2014 abduction", "the 2019 Easter Sunday bombings" (a name of two capitalised words between)
    ("attr_year", re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?P<year>(?:19|20)\d\d)\s+"
                             r"(?=(?:[\w-]+\s+|(?-i:[A-Z])[\w-]*\s+(?-i:[A-Z])[\w-]*\s+)?" + _ATTACK_NOUNS + r"\b)",
                             re.I)),
    ("anniversary", ANNIVERSARY),
]
_FIXED_FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
                 "new year's eve": (12, 31), "new year's day": (1, 1)}
"""Feasts on a fixed day: the day without a year, as "24 December" is, else the year named after it."""
_COUNT = rf"(?P<n>{_SMALL_WORDS}|\d{{1,2}})"
_ANCHORED: list[tuple[str, re.Pattern[str]]] = [
    # "a day earlier", "two days later", "three days before," (not "two days before the vote": an
    # event whose date the text does not give)
    ("offset", re.compile(rf"\b{_COUNT}\s+days?\s+(?P<dir>earlier|later|before|after|prior)\b"
                          r"(?!\s+(?:that|the|a|an|his|her|its|their|[a-z]+ing)\b)(?!\s+[A-Za-z])", re.I)),
    # "the day before,", "the previous day", "the next morning", "the following night"
    ("one_day", re.compile(r"\b(?:the\s+)?(?P<dir>previous|preceding|next|following)\s+"
                           r"(?:day|morning|evening|night|afternoon)\b", re.I)),
    ("one_day", re.compile(r"\bthe\s+(?:day|night|evening)\s+(?P<dir>before|after)\b(?!\s+[A-Za-z])", re.I)),
    # "later that day", "the same day", "that same night"
    ("same_day", re.compile(r"\b(?:(?:earlier|later)\s+that|the\s+same|that\s+same)\s+"
                            r"(?:day|morning|evening|night|afternoon)\b", re.I)),
    # "half an hour later", "minutes later", "two hours later": the same day
    ("same_day", re.compile(r"\b(?:half\s+an\s+hour|(?:(?:an?|one|two|three|four|five|a\s+few|several|\d{1,2})\s+)?"
                            r"(?:hours?|minutes?))\s+later\b", re.I)),
]
"""Dates relative to another date in the text, not to publication: they resolve against the nearest
date to a day that precedes them ("On March 3, gunmen ... A day earlier, ..." -> March 2), and give
nothing when no such date precedes."""
_BACKWARD = {"earlier", "before", "prior", "previous", "preceding"}
_APART_FROM_EVENT = re.compile(
    rf"\b(?:{_COUNT}\s+days?|the\s+day)\s+(?P<dir>after|before)\s+(?=(?:a|an|another|the)\s)", re.I
)
"""'The attack came a day after a bombing on March 3': the date in the noun phrase that follows dates
that other event; this one is a day later (March 4), and the phrase dates it only with such a date."""
_APART_CLAUSE = re.compile(
    rf"(?:,\s*)?\b{_COUNT}\s+days?\s+(?P<dir>after|before)\s+(?=(?:he|she|they|it)\s"
    r"|(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:was|were|had)\s)", re.I
)
"""'The body was found on March 18, two days after he was abducted': the clause after tells another event
(here the incident) that many days before (or after) the day just named, in the same sentence."""
_APART_CLAUSE_REACH = 120
DIED_OF_IT = re.compile(rf"\b(?:{DIED}|{WOUNDS})\b[^.;,!?]*$", re.I)
"""'The policeman died a day after a gunman shot him on March 6': a victim's death after the attack,
which stays the one event and keeps its date."""
_APART_REACH = 70
"""How far after "a day after" the other event's date may stand ("a day after the March 3 bombing",
"two days after a suicide bombing at a police post on Sunday")."""

_INCIDENT_WORDS = re.compile(
    r"\b(?:kill\w*|attack\w*|bomb\w*|blast|explo\w*|shot|shoot\w*|wound\w*|injur\w*|dead|died|massacre\w*|"
    r"ambush\w*|kidnap\w*|abduct\w*|raid\w*|assault\w*|gunm[ae]n|hostage\w*|struck|stormed|hijack\w*|murder\w*|"
    r"assassinat\w*|slain|stabb\w*)\b",
    re.I,
)


# "an insurgency that began in 2004", "the group founded in 2006": a year that dates something else.
_BACKGROUND = re.compile(
    r"\b(?:began|begun|started|founded|formed|established|created|launched|emerged|born|elected|took\s+power|"
    r"since|insurgency|rebellion|war)\b[^.;]*$",
    re.I,
)


@dataclass
class _Found:
    start: int
    end: int
    value: dt.date
    precision: Precision
    basis: Literal["explicit", "relative"]
    year_given: bool | None = None
    """True for a date written with its year ("June 27, 1976"), False for a day without one ("July 3")."""


def find_dates(doc: Doc, published: dt.date | None) -> list[DateMention]:
    """Every date the text gives, resolved and never after `published`; in text order."""
    text = doc_text(doc)
    sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []
    low = searchable(text)
    # each pattern runs only on a text holding one of the strings its every match holds (`finditer_filtered`): a
    # text with no "ago", "anniversary" or month name skips those patterns
    for name, pattern in _PATTERNS:
        for m in finditer_filtered(pattern, text, low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if name in {"mdy", "dmy", "in_month", "my", "month_rel_year"} and not _month_ok(m, text):
                continue
            if name == "weekday" and _weekday_a_name(doc, m.start("wd"), m.end("wd")):
                continue  # "police spokesman Sunday Okoro said": a person, no day
            if name == "fixed_feast" and not _feast_dates_an_event(doc, m):
                continue  # "since Christmas Eve", "prepared for Christmas Day celebrations": not the day told
            result = _resolve(name, m, published, text)
            if result is None:
                continue
            start, end = _trim(text, m.start("year") if name == "attr_year" else m.start(), m.end())
            named = _NAMED_DAY.search(text, max(0, m.start() - 20), m.start()) if name == "weekday" else None
            if named is not None and not m.group("pre"):
                start = named.start("year") if named.group("year") else named.start("name")  # "Easter Sunday"
            taken.append((m.start(), m.end()))
            value, precision, basis = result
            if published is not None and value > published:
                continue
            year_given = bool(m.group("year")) if name in {"mdy", "dmy", "fixed_feast"} \
                else True if name in {"iso", "slash", "my"} else None
            found.append(_Found(start, end, value, precision, basis, year_given))
    # "2019" of "the 2019 Easter Sunday bombings" is in the feast's evidence: one date, not two
    found = [f for f in found if not any(g.start <= f.start and f.end <= g.end and (g.start, g.end) != (f.start, f.end)
                                         for g in found)]
    found.sort(key=lambda f: f.start)
    _narrative_year(found, text)
    _add_anchored(text, found, taken, published, low)
    out = []
    for f in found:
        sent = bisect.bisect_right(sent_starts, f.start) - 1
        evidence = EvidenceSpan(start=f.start, end=f.end, text=text[f.start : f.end])
        out.append(DateMention(date=IncidentDate(value=f.value, precision=f.precision, basis=f.basis,
                                                 evidence=evidence), sent=max(sent, 0)))
    return out


_NAME_TITLES = TITLE_WORDS | RANK_NOUNS | CLERIC_TITLES | MALE_WORDS | FEMALE_WORDS | {
    "dr", "dr.", "prof", "alhaji", "hajiya", "elder", "comrade", "councillor", "pastor", "chief"}
_NOT_A_SURNAME = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"night", "morning", "evening", "afternoon", "noon",
                                                           "midnight", "dawn"}


def _first_name(doc: Doc, start: int, end: int) -> bool:
    """The capitalised weekday at `start`..`end` is a person's first name, as West African names often are
    ("police spokesman Sunday Okoro said", "council chairman Monday Kassah", "Sunday Abutu, a police
    spokesman, said"): it opens a name with a capitalised word after it, and the name is a person's by its
    tag, a title right before it, a speech verb it is the subject of, or an apposition after it."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or not span.text[:1].isupper() or span.text.isupper():
        return False
    tok = span[0]
    if tok.i + 1 >= len(doc):
        return False
    name = doc[tok.i + 1]
    if not (name.text[:1].isupper() and name.is_alpha and not name.text.isupper()) or name.lower_ in _NOT_A_SURNAME:
        return False
    while name.i + 1 < len(doc) and doc[name.i + 1].tag_ == "NNP" and doc[name.i + 1].text[:1].isupper() \
            and doc[name.i + 1].is_alpha and name.head.i == name.i + 1:
        name = doc[name.i + 1]  # "Sunday Emeka Okoro": the name runs to its last word
    if tok.dep_ != "compound" or tok.head.i != name.i and tok.head.head.i != name.i:
        return False
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = (doc[name.i + 1].text, doc[name.i + 2].lower_) if name.i + 2 < len(doc) else ("", "")
    return name.ent_type_ == "PERSON" or tok.ent_type_ == "PERSON" or before in _NAME_TITLES \
        or name.dep_ == "nsubj" and name.head.lemma_ in REPORTING_VERBS \
        or after[0] == "," and after[1] in {"a", "an", "the"}


_FEAST_PREPS = frozenset({"on", "during", "at"})
_DAY_PARTS = DAY_PARTS


def _feast_dates_an_event(doc: Doc, m: re.Match[str]) -> bool:
    """A feast dates the event told only after "on/during/at" ("killed on Christmas Eve") or with its year
    ("Christmas Day 2024"): "since Christmas Eve", "ahead of New Year's Day" or "prepared for Christmas Day
    celebrations" name the feast as a milestone or a modifier, and must not replace the weekday the attack
    has; "Christmas Day celebrations" (a noun after it) is a modifier even after "at"."""
    nxt = None if m.group("year") else next((t for t in doc if t.idx >= m.end("feast")), None)
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.text[:1].islower() \
            and nxt.lower_ not in _DAY_PARTS:
        return False
    if m.group("year"):
        return True
    before = re.findall(r"[A-Za-z']+", doc_text(doc)[max(0, m.start() - 20):m.start()])
    return bool(before) and before[-1].lower() in _FEAST_PREPS


_WEEKDAY_PRE = frozenset({"last", "on", "overnight", "past", "late", "early"})
"""Words before a weekday that make it a day ("on Sunday", "last Monday"), as the weekday pattern's `pre`."""


def _weekday_a_name(doc: Doc, start: int, end: int) -> bool:
    """One rule for the date finder and the segmenter: a weekday is a first name only with no day word before it
    ("spokesman Sunday Okoro said", but "on Sunday Okoro's men attacked")."""
    before = re.findall(r"[A-Za-z]+", doc_text(doc)[max(0, start - 12):start])
    return not (before and before[-1].lower() in _WEEKDAY_PRE) and _first_name(doc, start, end)


def weekday_names_a_person(tok: Token) -> bool:
    """The weekday token is a person's first name ("police spokesman Sunday Okoro"), no time."""
    return _weekday_a_name(tok.doc, tok.idx, tok.idx + len(tok.text))


def dates_a_milestone(doc: Doc, mention: DateMention) -> bool:
    """ "the worst attack since a truce was signed in June 2015", "the bloodiest day since the coup in
    February 2021": the date dates the event a since-phrase names, a milestone, not the incident (DESIGN: a
    date only when the text gives one for this incident). Not "held since June 3" (the date is the phrase,
    the day a kidnapping began) nor a since-phrase that tells violence ("since gunmen killed 30 people in
    May 2019": another attack, dated)."""
    ev = mention.date.evidence
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev is not None else None
    if span is None:
        return False
    tok = span.root
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        parent = tok.head
        if parent.lower_ == "since" and parent.dep_ == "prep":
            phrase = parent
        elif any(c.dep_ == "mark" and c.lower_ == "since" for c in parent.children):
            phrase = parent
        else:
            tok = parent
            continue
        if phrase is parent and parent.lower_ == "since" and tok.i in {t.i for t in span}:
            return False  # "since June 3": the date itself
        words = doc[phrase.left_edge.i : phrase.right_edge.i + 1].text
        return _INCIDENT_WORDS.search(words.replace(span.text, " ")) is None
    return False


_NARRATIVE_REACH = 400
"""How far before a day without a year the narrative's dated day may stand (two or three sentences); a
day that says it follows on ("A week later, on July 3", "the next day, July 4") may stand further."""
_NARRATIVE_LINK_REACH = 2000
_NARRATIVE_DAYS = 183
_FOLLOWS_ON = re.compile(r"\b(?:later|afterwards|the\s+(?:next|following)\s+(?:day|morning|night|week))\b", re.I)


def _narrative_year(found: list[_Found], text: str) -> None:
    """ "On June 27, 1976, gunmen hijacked ... A week later, on July 3, commandos stormed ...": a day without
    a year that follows, within the next months, a day the text dates with a past year belongs to that
    year's narrative, not to the publication's year."""
    for i, f in enumerate(found):
        if f.year_given is not False:
            continue
        anchor = next((g for g in reversed(found[:i]) if g.year_given and g.precision in {"day", "month"}), None)
        if anchor is None or anchor.value.year == f.value.year:
            continue
        follows_on = _FOLLOWS_ON.search(text[_sentence_start(text, f.start) : f.start]) is not None
        if f.start - anchor.end > (_NARRATIVE_LINK_REACH if follows_on else _NARRATIVE_REACH):
            continue
        value = _safe_date(anchor.value.year, f.value.month, f.value.day)
        if value is not None and 0 <= (value - anchor.value).days <= _NARRATIVE_DAYS:
            f.value = value


def _add_anchored(text: str, found: list[_Found], taken: list[tuple[int, int]], published: dt.date | None,
                  low: str | None = None) -> None:
    """Resolve "a day earlier", "the next day" against the nearest preceding date to a day (which may
    itself be one of these), in text order; `found` stays sorted. `low`: the text as `searchable` gives it."""
    matches = []
    for name, pattern in _ANCHORED:
        for m in finditer_filtered(pattern, text, low):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                matches.append((m.start(), name, m))
                taken.append((m.start(), m.end()))
    for m in finditer_filtered(_APART_CLAUSE, text, low):
        if not any(m.start() < e and s < m.end() for s, e in taken):
            matches.append((m.start(), "apart_clause", m))
            taken.append((m.start(), m.end()))
    for m in finditer_filtered(_APART_FROM_EVENT, text, low):
        if DIED_OF_IT.search(text, max(0, m.start() - 80), m.start()):
            continue
        if not any(m.start() < e and s < m.end() for s, e in taken):
            matches.append((m.start(), "apart", m))
            taken.append((m.start(), m.end()))
    for _, name, m in sorted(matches, key=lambda x: x[0]):
        if name == "apart":
            _add_apart(text, found, m, published)
            continue
        if name == "apart_clause":
            _add_apart_clause(text, found, m)
            continue
        anchor = next((f for f in reversed(found) if f.start < m.start() and f.precision == "day"), None)
        if anchor is None:
            continue
        g = m.groupdict()
        if name == "same_day":
            days = 0
        else:
            raw = (g.get("n") or "one").lower()
            days = int(raw) if raw.isdigit() else _SMALL[raw]
            if g["dir"].lower() in _BACKWARD:
                days = -days
        value = anchor.value + dt.timedelta(days=days)
        if published is not None and value > published:
            continue
        start, end = _trim(text, m.start(), m.end())
        bisect.insort(found, _Found(start, end, value, "day", "relative"), key=lambda f: f.start)


def _add_apart_clause(text: str, found: list[_Found], m: re.Match[str]) -> None:
    """ "found on March 18, two days after he was abducted" -> March 16: the day just named in the same
    sentence less (after) or plus (before) the days; nothing without such a day."""
    anchor = next((f for f in reversed(found) if f.end <= m.start() and m.start() - f.end <= _APART_CLAUSE_REACH
                   and f.precision == "day" and not re.search(r"[.;!?]\s", text[f.end : m.start()])), None)
    if anchor is None:
        return
    raw = m.group("n").lower()
    days = int(raw) if raw.isdigit() else _SMALL[raw]
    value = anchor.value + dt.timedelta(days=-days if m.group("dir").lower() == "after" else days)
    start, end = _trim(text, m.start(), m.end())
    while text[start] in ", ":
        start += 1
    bisect.insort(found, _Found(start, end, value, "day", "relative"), key=lambda f: f.start)


_WARNED_BEFORE = re.compile(r"\b(?:warn|alert|caution|advis|threat)\w*\b[^.;!?]*$", re.I)
"""'The embassy had warned of an attack three days before a bomb tore through a bar on Saturday': the days
before the attack date the warning, which is no incident; the attack keeps its own day."""


def _add_apart(text: str, found: list[_Found], m: re.Match[str], published: dt.date | None) -> None:
    """ "a day after a bombing on March 3" -> March 4, from the date to a day of the event it names (in
    the same clause, before any comma); nothing when that event is undated, or when what comes that many
    days before it is a warning."""
    if m.group("dir").lower() == "before" and _WARNED_BEFORE.search(text, max(0, m.start() - 200), m.start()):
        return
    other = next((f for f in found if f.start >= m.end() and f.start - m.end() <= _APART_REACH
                  and f.precision == "day" and not re.search(r"[.,;!?]", text[m.end() : f.start])), None)
    if other is None:
        return
    raw = (m.group("n") or "one").lower()
    days = int(raw) if raw.isdigit() else _SMALL[raw]
    value = other.value + dt.timedelta(days=days if m.group("dir").lower() == "after" else -days)
    if published is not None and value > published:
        return
    start, end = _trim(text, m.start(), m.end())
    bisect.insort(found, _Found(start, end, value, "day", "relative"), key=lambda f: f.start)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",."):
        end -= 1
    return start, end


def _month_ok(m: re.Match[str], text: str) -> bool:
    """ "May" is a month only when written "May" (or in capitals), not the modal "may"."""
    mon = m.group("mon") if "mon" in m.groupdict() and m.group("mon") else m.groupdict().get("mon2")
    if mon is None:
        return True
    if mon.lower() == "may" and mon == "may":
        return False
    if mon.lower() == "mar" and mon.islower():
        return False
    return not (mon.islower() and len(mon) <= 4)


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    raw = raw.lstrip("'")
    y = int(raw)
    if len(raw) == 2:
        y += 1900 if y > 30 else 2000
    return y


def _safe_date(y: int, mth: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mth, d)
    except ValueError:
        return None


def _with_year(mth: int, d: int, published: dt.date | None) -> dt.date | None:
    """A day without a year: the latest such day on or before publication."""
    if published is None:
        return None
    value = _safe_date(published.year, mth, d)
    if value is not None and value > published:
        value = _safe_date(published.year - 1, mth, d)
    return value


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    h = (19 * a + b - b // 4 - (b - (b + 8) // 25 + 1) // 3 + 15) % 30
    k = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    m = (a + 11 * h + 22 * k) // 451
    month, day = divmod(h + k - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _feast(named: re.Match[str], weekday: int, published: dt.date | None
           ) -> tuple[dt.date, Precision, Literal["explicit", "relative"]] | None:
    """The day of "Easter Sunday", "Good Friday", "Ash Wednesday" (see `_NAMED_DAY`), None for a name."""
    offset = _FROM_EASTER.get((named.group("name").lower(), weekday))
    if offset is None:
        return None
    if named.group("year"):
        return _easter(int(named.group("year"))) + dt.timedelta(days=offset), "day", "explicit"
    if published is None:
        return None
    day = _easter(published.year) + dt.timedelta(days=offset)
    if day > published:
        day = _easter(published.year - 1) + dt.timedelta(days=offset)
    return day, "day", "relative"


def _last_weekday(published: dt.date, weekday: int) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _resolve(
    name: str, m: re.Match[str], published: dt.date | None, text: str
) -> tuple[dt.date, Precision, Literal["explicit", "relative"]] | None:
    g = m.groupdict()
    if name == "that_year":  # "In June that year": the year last named before it
        years = [int(y.group()) for y in _NAMED_YEAR.finditer(text, 0, m.start())]
        if not years or (g.get("mon") and not _month_ok(m, text)):
            return None
        rel = g["rel"].lower()
        y = years[-1] + (1 if rel.endswith(("following", "next")) else -1 if rel.endswith("previous") else 0)
        if g.get("mon") and g.get("day"):
            value = _safe_date(y, MONTH_NUMBERS[g["mon"].lower()], int(g["day"]))
            return (value, "day", "explicit") if value else None
        if g.get("mon"):
            return dt.date(y, MONTH_NUMBERS[g["mon"].lower()], 1), "month", "explicit"
        return dt.date(y, 1, 1), "year", "explicit"
    if name == "iso":
        value = _safe_date(int(g["year"]), int(g["m"]), int(g["day"]))
        return (value, "day", "explicit") if value else None
    if name == "slash":
        a, b, y = int(g["a"]), int(g["b"]), _year(g["year"])
        value = _safe_date(y, a, b) if a <= 12 else _safe_date(y, b, a)  # type: ignore[arg-type]
        return (value, "day", "explicit") if value else None
    if name == "fixed_feast":
        mth, d = _FIXED_FEASTS[" ".join(g["feast"].lower().replace("’", "'").replace("years", "year's").split())]
        value = _safe_date(int(g["year"]), mth, d) if g.get("year") else _with_year(mth, d, published)
        return (value, "day", "explicit") if value else None
    if name in {"mdy", "dmy"}:
        mth, d = MONTH_NUMBERS[g["mon"].lower()], int(g["day"])
        if not 1 <= d <= 31:
            return None
        y = _year(g.get("year"))
        if name == "mdy" and g.get("year") and len(g["year"].lstrip("'")) == 2 and not g["year"].startswith("'"):
            y = None  # "March 22 30 people": a two-digit year needs an apostrophe after month-day
        value = _safe_date(y, mth, d) if y else _with_year(mth, d, published)
        return (value, "day", "explicit") if value else None
    if name == "my":
        value = _safe_date(int(g["year"]), MONTH_NUMBERS[g["mon"].lower()], 1)
        return (value, "month", "explicit") if value else None
    if name == "in_month":
        if published is None:
            return None
        mth = MONTH_NUMBERS[g["mon2"].lower()]
        y = published.year if mth <= published.month else published.year - 1
        return dt.date(y, mth, 1), "month", "relative"
    if name == "anniversary":  # "the 35th anniversary of the bombing": the memorial's year less 35
        # not "the attack came on the fifth anniversary of a bombing": another event's day
        on_the_day = _ON_THE_DAY.search(text, max(0, m.start() - 20), m.start())
        if published is None or not _OF_AN_ATTACK.match(text, m.end()) or on_the_day:
            return None
        raw = g.get("n") or g.get("n2")
        years = int(raw) if raw else ORDINAL_NUMBERS[(g.get("word") or "").lower()]
        return dt.date(published.year - years, 1, 1), "year", "relative"
    if name == "attr_year":  # "the 2014 abduction", "a 1981 bombing": the year the noun names
        return dt.date(int(g["year"]), 1, 1), "year", "explicit"
    if name == "year":
        sent = _sentence_around(text, m.start(), m.end())
        if not _INCIDENT_WORDS.search(sent) or _BACKGROUND.search(text[max(0, m.start() - 40) : m.start()]):
            return None
        return dt.date(int(g["year"]), 1, 1), "year", "explicit"
    if published is None:
        return None
    if name == "month_rel_year":
        y = published.year - (1 if g["rel"].lower() == "last" else 0)
        mth = MONTH_NUMBERS[g["mon"].lower()]
        if g.get("day") and not g.get("range"):
            value = _safe_date(y, mth, int(g["day"]))
            return (value, "day", "relative") if value else None
        return dt.date(y, mth, 1), "month", "relative"
    if name == "wd_last_week":
        wd = WEEKDAY_NUMBERS[(g.get("wd") or g.get("wd2") or "").lower()]
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return monday + dt.timedelta(days=wd), "day", "relative"
    if name == "weekday":
        named = _NAMED_DAY.search(text, max(0, m.start() - 20), m.start())
        if named and not g.get("pre"):  # "Easter Sunday", "Good Friday": a feast or a name, not last week's day
            return _feast(named, WEEKDAY_NUMBERS[g["wd"].lower()], published)
        return _last_weekday(published, WEEKDAY_NUMBERS[g["wd"].lower()]), "day", "relative"
    if name == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _SMALL[g["n"].lower()]
        if g["unit"].lower().startswith("week"):
            return published - dt.timedelta(days=7 * n + published.weekday()), "week", "relative"
        return published - dt.timedelta(days=n), "day", "relative"
    if name == "day_before":
        return published - dt.timedelta(days=2), "day", "relative"
    if name == "today":
        return published, "day", "relative"
    if name == "yesterday":
        return published - dt.timedelta(days=1), "day", "relative"
    if name == "last_week":
        return published - dt.timedelta(days=published.weekday() + 7), "week", "relative"
    if name == "this_week":
        return published - dt.timedelta(days=published.weekday()), "week", "relative"
    if name == "last_month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), "month", "relative"
    if name == "this_month":
        return published.replace(day=1), "month", "relative"
    if name == "last_year":
        return dt.date(published.year - 1, 1, 1), "year", "relative"
    return None


def _sentence_start(text: str, start: int) -> int:
    return max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1


def _sentence_around(text: str, start: int, end: int) -> str:
    left = _sentence_start(text, start)
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right]
