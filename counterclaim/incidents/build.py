"""Doc -> incident records + claims + actors, every field with its evidence.

The nlp readers find mentions (places, dates, casualty figures, actors, claims, role fillers); this
module decides which incident each mention belongs to (`segment.group_incidents`) and picks, per
incident, the value the conventions ask for: the most specific place, the date the text gives, the
current casualty figure reported as fact, the GTD types of its sentences, and the attribution status
of every candidate perpetrator from the claims tied to it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..codebooks.iso3166 import country_by_code
from ..errors import ConfigError
from ..ingest.liveblog import in_time_order
from ..ingest.text import headline_end
from ..models import (
    Actor,
    Casualties,
    Claim,
    Incident,
    IncidentDate,
    Label,
    Location,
    Perpetrator,
    Roles,
    Span,
)
from ..nlp._cues import (
    ARREST_VERBS,
    CONDEMN_LEMMAS,
    COURT_VERBS,
    DENY_VERBS,
    FIREFIGHTER_NOUNS,
    FORMER,
    HARM_VERBS,
    PLANTED_WEAPONS,
    SAY_VERBS,
    SUSPECTED_INVOLVEMENT,
    UNIT_NOUNS,
    WEAPON_USE_VERBS,
)
from ..nlp._ordinals import ONE_MORE, ORDINAL_NUMBERS
from ..nlp._sections import section_label
from ..nlp._speakers import negated, suspicion_targets
from ..nlp._text import doc_text
from ..nlp.actors import find_actors, identified_doers
from ..nlp.attribution import background_conduct, corrected_text, find_claims
from ..nlp.dates import dates_a_milestone, find_dates
from ..nlp.mentions import ActorMention, CasualtyMention, DateMention, PlaceMention
from ..nlp.places import find_places, names_a_party, names_the_tellers_seat, placed_by_a_distance
from ..nlp.quantities import DIED, ONE_OF_SEVERAL, WOUNDS, dates_a_later_death, read_casualties
from ._type_dense import passage_features
from ._type_model import default_model
from ._type_rules import blank
from .classify import classify, rank_labels, without_speakers
from .ledger import perpetrators as ledger_perpetrators
from .segment import (
    IncidentGroup,
    Segment,
    best_place,
    dates_a_continuation,
    dates_a_reaction,
    dates_a_start,
    dates_an_end,
    dates_the_report,
    group_incidents,
    is_dateline,
    is_locative,
    tells_a_siege,
)
from .triggers import FIXED_SITES, armed_men_act_in, bare_grievances, base_form, find_triggers

try:  # role fillers are optional until the learned model ships
    from .roles import find_roles
except ImportError:  # pragma: no cover
    find_roles = None

_TYPE_THRESHOLD = 0.5
_TYPE_SEGMENTS = 5
_log = logging.getLogger(__name__)
_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        _log.warning("role fillers disabled: %s", message)


_SUMMARY_CHARS = 200


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=doc_text(doc)[start:end])


def _strip(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_PLURALS = {"men": "man", "women": "woman", "people": "person", "children": "child", "policemen": "policeman"}
_ANY_PERSON = frozenset({"person", "victim", "casualty", "one"})


def _noun_key(word: str) -> str:
    word = word.lower().strip(",.;:")
    return _PLURALS.get(word) or (word[:-1] if word.endswith("s") and not word.endswith("ss") else word)


def _one_of_those_counted(c: Casualties, toll: Casualties, text: str) -> bool:
    """ "Two men were stabbed ... A second man, aged 19, suffered minor cuts": a person told by an ordinal no
    higher than the toll so far, named by the toll's own noun (or a bare "person", "victim"), is one of those
    counted, not one more; "Two officers were killed. A third officer died of his wounds" (3 over 2), "A guard was
    hurt. A second man ...", "Two men were stabbed. A second woman ..." (another noun) and "A second civilian was
    also hurt" ("also" adds) still add one."""
    words = (c.evidence.text if c.evidence else "").lower().split()[:3]
    at = next((k for k, w in enumerate(words[:2]) if w in ONE_MORE), None)
    if at is None or c.min != 1 or ORDINAL_NUMBERS[words[at]] > _low(toll):
        return False
    if c.evidence is not None and re.search(r"\balso\b", re.split(r"[.;!?]", text[c.evidence.end :], maxsplit=1)[0]):
        return False  # "A second civilian was also hurt": one more
    noun = _noun_key(words[at + 1]) if at + 1 < len(words) else ""
    counted = toll.evidence.text.split() if toll.evidence and toll.evidence.text else []
    return not noun or not counted or noun in _ANY_PERSON or _noun_key(counted[-1]) in _ANY_PERSON | {noun}


def _pick_casualties(mentions: list[CasualtyMention], body: int, text: str) -> Casualties | None:
    """The current figure reported as fact (DESIGN.md): not the claimant's when another exists, and a
    number over a vague word. The body is read in order: a figure that counts people besides those before
    ("Three more died", "were also killed") adds to the running toll; a toll or total ("the toll rose to
    14", "later lowered the death toll to three", "In all, 14 died") replaces it, even downwards; any other
    figure stands when it is higher, since first reports are revised upwards ("more than 20" -> "at least
    27"), and once a toll was lowered a higher plain figure is the earlier report again. A figure the text
    marks as an earlier report ("Officials initially put the toll at 26") never replaces one before it
    ("killing 15. Earlier reports had put the toll at 8"), and a later report replaces it (a revision):
    one article updating its toll is no disagreement between sources. The headline's
    figure stands only over a lower body toll that no revision set, and between equal figures the body's
    wins, since headlines drop qualifiers to save words ("13 soldiers injured" over "At least 13 soldiers
    were injured"); `body` is where the body starts (`headline_end`). A live blog's timed entries are read
    in order of time, oldest first, whatever their order on the page."""
    if not mentions:
        return None
    pool = [m for m in mentions if not m.casualties.claimed_by_perpetrator] or mentions
    # residents' or witnesses' own figure gives way to a number the officials or the report give (conventions)
    official = [m for m in pool if not m.private or m.adds]
    if any(m.casualties.qualifier != "vague" for m in official):
        pool = official
    numeric = [m for m in pool if m.casualties.qualifier != "vague"] or pool
    when = in_time_order(text)  # a live blog's entries newest first are read oldest first
    numeric.sort(key=lambda m: when(m.casualties.evidence.start))
    head = [m.casualties for m in numeric if m.casualties.evidence.start < body]
    toll: Casualties | None = None
    revised = lowered = False
    stale = False  # the toll so far is one the text marks as an earlier report
    revised_in: int | None = None  # the sentence of the last revision
    plain: CasualtyMention | None = None  # the last figure that added to nothing
    for m in numeric:
        c = m.casualties
        if c.evidence.start < body:
            continue
        if m.adds and not m.revises and not m.superseded and toll is not None and plain is not None \
                and plain.sent == m.sent and plain.casualties is not toll:
            # "(killed three.) Two died at the scene and a third later": the third is one more than the two of
            # its own sentence, whose sum is a plain figure of the toll, not more people
            plain = replace(m, casualties=_added(plain.casualties, c, text), adds=False)
            if _low(plain.casualties) > _low(toll) and not lowered:
                toll, stale = plain.casualties, False
            continue
        if not m.adds:
            plain = m
        if m.superseded:
            if toll is None:
                toll, stale = c, True
        elif m.revises:
            lowered = lowered or toll is not None and _low(c) < _low(toll)
            toll, revised, revised_in, stale = c, True, m.sent, False
        elif toll is None:
            toll = c
        elif m.adds and m.sent != revised_in and not _one_of_those_counted(c, toll, text):
            toll, stale = _added(toll, c, text), False  # "rose to 30 after four more died": the four are in the 30
        elif _low(c) > _low(toll) and not lowered:
            toll, stale = c, False
    best = max(head, key=lambda c: (_low(c), -c.evidence.start), default=None)
    if toll is None or best is not None and not revised and (stale or _low(best) > _low(toll)):
        return best
    return toll


_DIED_LATER = re.compile(rf"\b(?:{DIED}|{WOUNDS}|hospital)\b", re.I)
_CAPTIVES = re.compile(r"\b(?:hostages?|captives?|abductees?)\b", re.I)


def _elsewhere(group: IncidentGroup, figures: list[CasualtyMention], body: int, text: str) -> set[int]:
    """Ids of the figures of more people killed on another day or in another town than the first figure of
    their kind ("Gunmen killed three in X on Monday. On Tuesday, two more people were killed in the town"):
    another attack's toll, not more of this one's. The day (the town) is the one the figure's sentence
    gives, the first figure's falling back on the incident's first day; more who died of wounds on a later
    day ("Two more died in hospital on Tuesday") are still this attack's."""
    days: dict[int, dt.date] = {}
    for d in group.dates:
        if d.date.value is not None and d.date.precision == "day":
            days.setdefault(d.sent, d.date.value)
    towns: dict[int, str] = {}
    for p in group.places:
        if p.level == "city":
            towns.setdefault(p.sent, p.location.name)
    lead_day = days[min(days)] if days else None
    out: set[int] = set()
    for kind in ("killed", "injured"):
        mine = [m for m in figures if m.kind == kind and m.casualties.evidence.start >= body]
        mine.sort(key=lambda m: m.casualties.evidence.start)
        if not mine:
            continue
        first = mine[0]
        for m in mine[1:]:
            if not m.adds or m.moved or m.sent == first.sent:
                continue
            stop = text.find(".", m.casualties.evidence.end)
            if _DIED_LATER.search(text[m.casualties.evidence.start : stop if stop >= 0 else len(text)]) \
                    or _CAPTIVES.search(m.casualties.evidence.text):
                continue  # died of wounds, or captives of this attack killed later ("another three hostages")
            day, first_day = days.get(m.sent), days.get(first.sent, lead_day)
            town, first_town = towns.get(m.sent), towns.get(first.sent)
            if day is not None and first_day is not None and day != first_day or (
                    town is not None and first_town is not None and town != first_town):
                out.add(id(m))
    return out


def _killed_and_injured(
    figures: list[CasualtyMention], body: int, text: str, elsewhere: set[int] | frozenset[int] = frozenset()
) -> tuple[Casualties | None, Casualties | None]:
    """The victims' killed and injured figures. The dead who were counted injured before ("Gunmen killed
    two and wounded a pastor. The pastor later died of his wounds", "Two of the injured later died") are
    added to the killed and taken from the injured they were counted among (DESIGN.md: the current figure
    wins): 2 killed / 1 injured -> 3 / none. Such a death with no injured figure before it is a plain
    figure ("A farmer was shot. He later died in hospital" -> 1 killed)."""
    figures = [m for m in figures if id(m) not in elsewhere]
    hurt = [c for c in figures if c.kind == "injured"]
    starts = [m.casualties.evidence.start for m in hurt if m.casualties.evidence.start >= body]
    dead: list[CasualtyMention] = []
    moved: list[Casualties] = []
    for m in figures:
        if m.kind != "killed":
            continue
        c = m.casualties
        if m.moved and c.evidence.start >= body and any(s < c.evidence.start for s in starts):
            moved.append(c)
            m = replace(m, adds=True)
        dead.append(m)
    killed = _pick_casualties(dead, body, text)
    injured = _pick_casualties(hurt, body, text)
    if injured is not None:
        for c in moved:
            if injured is not None and c.evidence.start >= injured.evidence.end:
                injured = _less(injured, c)
    return killed, injured


def _less(total: Casualties, gone: Casualties) -> Casualties | None:
    """The injured left when some of them died: "at least 5" less 2 is "at least 3"; none when none is left."""
    n = _low(gone)

    def minus(a: int | None) -> int | None:
        return None if a is None else max(a - n, 0)

    left = Casualties(
        stated=minus(total.stated), qualifier=total.qualifier, min=minus(total.min), max=minus(total.max),
        claimed_by_perpetrator=total.claimed_by_perpetrator, includes_perpetrators=total.includes_perpetrators,
        evidence=total.evidence,
    )
    if left.max == 0 or left.max is None and left.min == 0 and total.qualifier != "vague":
        return None
    return left


def _revisions_outside(groups: list[IncidentGroup], mentions: list[CasualtyMention]) -> list[list[CasualtyMention]]:
    """Per group, the revised tolls in sentences that no segment of an incident holds, since they name no
    violence of their own ("Witnesses said 30 people were killed. Police later put the figure at 14.",
    "In all, 14 people died"): each goes with the incident whose figure of its kind comes last before it, at
    most two sentences back; with no such figure, a toll right after the incident's own sentence is its toll
    ("A bomb hit a market on Saturday. The toll rose to 32 from an initial 26.")."""
    out: list[list[CasualtyMention]] = [[] for _ in groups]
    owner = {id(c): gi for gi, g in enumerate(groups) for s in g.segments for c in s.casualties}
    told = {s.sent: gi for gi, g in enumerate(groups) for s in g.segments}
    for i, m in enumerate(mentions):
        if not m.revises or id(m) in owner:
            continue
        prev = next((p for p in reversed(mentions[:i]) if p.kind == m.kind and id(p) in owner), None)
        if prev is not None and m.sent - prev.sent <= 2:
            out[owner[id(prev)]].append(m)
        elif prev is None and m.sent - 1 in told:
            out[told[m.sent - 1]].append(m)
    return out


def _added(total: Casualties, more: Casualties, text: str) -> Casualties:
    """Two groups' figures added up, the evidence running from the first to the second: "at least" stays
    "at least" (DESIGN.md), a bound either lacks is no bound of the sum."""
    def plus(a: int | None, b: int | None) -> int | None:
        return None if a is None or b is None else a + b

    start = min(total.evidence.start, more.evidence.start)
    end = max(total.evidence.end, more.evidence.end)
    return Casualties(
        stated=plus(total.stated, more.stated),
        qualifier=total.qualifier if total.qualifier != "exact" else more.qualifier,
        min=plus(total.min, more.min),
        max=plus(total.max, more.max),
        claimed_by_perpetrator=total.claimed_by_perpetrator or more.claimed_by_perpetrator,
        includes_perpetrators=total.includes_perpetrators or more.includes_perpetrators,
        evidence=Span(start=start, end=end, text=text[start:end]),
    )


def _own_figures(mentions: list[CasualtyMention], n_incidents: int, one_of_several: bool) -> list[CasualtyMention]:
    """Figures that are this incident's own: a toll the text gives over several attacks ("Nine
    killed in two attacks", "across the ensuing clashes") belongs to no one incident when the
    article reports them apart or says this was "one of three related attacks"."""
    if n_incidents < 2 and not one_of_several:
        return mentions
    return [m for m in mentions if not m.several_attacks]


def _perpetrator_casualties(
    groups: list[IncidentGroup], gi: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The perpetrators' figures in the incident's segments; failing those, with a single incident, the
    document's ("Two gunmen died in the gunfight that followed" may stand in a sentence of its own)."""
    inside = [m for m in mentions if _segment_of(groups, m.casualties.evidence.start) == gi]
    return inside or (mentions if len(groups) == 1 else [])


def _low(c: Casualties) -> int:
    return next((v for v in (c.min, c.max, c.stated) if v is not None), 0)


def _dated_next(doc: Doc, group: IncidentGroup, groups: list[IncidentGroup], dates: list[DateMention],
                published: dt.date | None) -> IncidentDate | None:
    """An undated incident dated by the sentence right after it, when that sentence tells the armed men's act and
    belongs to no incident ("Twelve passengers were killed in X, police said. The victims were travelling to Y
    when armed men boarded the bus late on Monday."): the same act, told on."""
    told = {s.sent for g in groups for s in g.segments}
    first, last = min(s.sent for s in group.segments), max(s.sent for s in group.segments)
    # the sentence right after the incident, or one between its sentences that no incident holds ("... killed 11.
    # | The bus was travelling to Y on December 6 when it was stopped by armed men. | The attackers ordered ...")
    for i, sent in enumerate(doc.sents):
        if i <= first or i > last + 1 or i in told or not armed_men_act_in(sent) or _another_act(sent, group):
            continue
        own = [d for d in dates if d.date.evidence and sent.start_char <= d.date.evidence.start < sent.end_char
               and d.date.precision == "day"]
        date = _pick_date(doc, own, published) if own else None
        if date is not None and date.value is not None:
            return date
    return None


_ANOTHER_ACT_WORDS = frozenset({"separate", "separately", "another", "other", "unrelated", "different", "similar",
                                "elsewhere", "earlier", "previous", "previously"})
_TIMED_BY_THE_ACT = frozenset({"attack", "ambush", "bombing", "raid", "killing", "massacre", "assault", "shooting"})
_AT_PLACE = frozenset({"in", "near", "at", "outside", "around", "off", "inside"})


def _another_act(sent: SpacySpan, group: IncidentGroup) -> bool:
    """The armed men's act `_dated_next` reads is told as another one: marked apart ("In a separate case, armed men
    stopped a lorry ...", "had stopped another bus") or placed at a town the incident does not name ("near
    Garissa" after an attack near Wajir). A journey's end ("travelling to Mandera") places no act."""
    if any(t.lower_ in _ANOTHER_ACT_WORDS for t in sent):
        return True
    if any(t.lower_ in {"before", "after", "ahead"} and any(
            g.lemma_.lower() in _TIMED_BY_THE_ACT for g in t.subtree) for t in sent):
        return True  # "arrived in Wajir on November 30, a week before the attack": another time than the act's
    own = {p.location.name.lower() for p in group.places} | {
        p.location.evidence.text.lower() for p in group.places if p.location.evidence}
    at = [t for t in sent if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in _AT_PLACE
          and t.ent_type_ not in {"DATE", "TIME", "PERSON", "NORP"}]
    return bool(own) and bool(at) and not any(t.lower_ in own or any(t.lower_ in o.split() for o in own) for t in at)


def _finer_next(date: IncidentDate, nxt: IncidentDate | None) -> IncidentDate | None:
    """The next sentence's day (`_dated_next`) for an undated incident, or for one dated only by its year or month
    when the day falls in it ("the 2019 attack on a bus near X ... The bus was travelling to Y on December 6, 2019,
    when armed men stopped it": December 6, as the text gives the day; DESIGN.md's date is the finest the text
    ties to the act). A day in another year or month is another time and changes nothing."""
    if nxt is None or nxt.value is None or date.value is None:
        return nxt
    same = nxt.value.year == date.value.year and (date.precision == "year" or nxt.value.month == date.value.month)
    return nxt if same else None


def _without_later_deaths(doc: Doc, dates: list[DateMention]) -> list[DateMention]:
    """Dates less those of a death after the attack ("A policeman wounded in the attack on Friday succumbed
    to his injuries on January 18", "Major Bako died of his wounds on March 9"): the attack's date is told
    before, and the death belongs to it, so its date neither dates the incident nor opens another one. A
    death's date with none before it stays (the death may be all the text dates)."""
    out: list[DateMention] = []
    for d in dates:
        ev = d.date.evidence
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev is not None else None
        if span is not None and any(o.date.evidence is not None and o.date.evidence.end <= span.start_char
                                    and not dates_the_report(doc, o) for o in out) and dates_a_later_death(span):
            continue
        out.append(d)
    return out


def _pick_date(doc: Doc, dates: list[DateMention], published: dt.date | None) -> IncidentDate:
    usable = [d for d in dates if d.date.value and (published is None or d.date.value <= published)
              and not dates_the_report(doc, d) and not dates_a_milestone(doc, d)]
    if not usable:
        return IncidentDate()
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    usable.sort(
        key=lambda d: (
            dates_the_report(doc, d),
            dates_a_continuation(doc, d),  # "still holding them on Thursday": the day it began comes first
            rank.get(d.date.precision or "", 9),
            dates_a_reaction(doc, d),  # "condemned on Monday the bombing which killed nine on Friday"
            d.date.basis != "explicit",
            d.date.evidence.start if d.date.evidence else 0,
        )
    )
    return usable[0].date


_BEGAN_REACH = 600
"""How far from an incident's sentences (in characters) `_began` and `_ended` look for the day a lasting event
began or ended ("... still holding 11 people hostage on Thursday. The man entered the branch on Wednesday",
"... The siege ended on Sunday"): the next two or three sentences."""


def _began(doc: Doc, group: IncidentGroup, groups: list[IncidentGroup], dates: list[DateMention],
           date: IncidentDate) -> IncidentDate | None:
    """The day an ongoing event began, when the incident's date is a day it was still going on ("was still
    holding hostages on Thursday") and a sentence soon after, in no incident of its own, tells the start
    ("entered the branch on Wednesday", "the siege began on Tuesday"). None otherwise."""
    picked = next((d for d in group.dates if d.date == date), None)
    if picked is None or date.value is None or not dates_a_continuation(doc, picked):
        return None
    taken = {id(d) for g in groups for d in g.dates}
    first, last = group.segments[0].start, group.segments[-1].end
    for d in dates:
        ev = d.date.evidence
        if id(d) in taken or ev is None or not first <= ev.start <= last + _BEGAN_REACH:
            continue
        if d.date.precision == "day" and d.date.value and d.date.value < date.value and dates_a_start(doc, d) \
                and not dates_the_report(doc, d):
            return d.date
    return None


def _told_as_flashback(doc: Doc, group: IncidentGroup) -> bool:
    """ "The siege ended on Sunday. Gunmen had stormed the guesthouse": the incident's first sentence is in the
    past perfect, telling the start of something told before it."""
    span = doc.char_span(group.segments[0].start, group.segments[0].end, alignment_mode="expand")
    return span is not None and any(
        t.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "had" for a in t.children) for t in span)


def _ended(doc: Doc, group: IncidentGroup, groups: list[IncidentGroup], dates: list[DateMention],
           published: dt.date | None, attack: list[Label]) -> IncidentDate | None:
    """The day a lasting event ended, for an incident the text dates no other way ("Gunmen stormed a hotel ...
    The siege ended on Sunday after three days"): a day it was still going on, which dates it when no day it
    began is told (conventions), from a sentence near the incident's, in no incident of its own. The day is
    kept as told: "after three days" gives no start day to count back to (three days may run from the first
    or the second day before)."""
    if not (tells_a_siege(doc_text(doc), group.segments) or any("Hostage" in a.label for a in attack)):
        return None  # "A car bomb killed seven. The siege of the city ended on Sunday": another event's end
    taken = {id(d) for g in groups for d in g.dates}
    first, last = group.segments[0].start, group.segments[-1].end
    # after the incident; before it only when the incident is told as a flashback ("Gunmen had stormed ...")
    back = _BEGAN_REACH if _told_as_flashback(doc, group) else 0
    for d in dates:
        ev = d.date.evidence
        if id(d) in taken or ev is None or not first - back <= ev.start <= last + _BEGAN_REACH:
            continue
        if d.date.precision == "day" and d.date.value and (published is None or d.date.value <= published) \
                and dates_an_end(doc, d) and not dates_the_report(doc, d):
            return d.date
    return None


_SIMULTANEOUS = re.compile(
    r"\b(?:(?:near|almost|nearly)[\s-]+)?simultaneous(?:ly)?\b|\bat\s+(?:about|around|nearly)?\s*the\s+same\s+time\b"
    r"|\bminutes\s+(?:later|apart)\b|\bmoments\s+later\b",
    re.I,
)


def _simultaneous(doc: Doc, seg: Segment, published: dt.date | None) -> bool:
    """'a near-simultaneous bombing of the embassy in X', 'minutes later a second bomb went off in Y': an
    attack tied in time to the one told before it takes that one's date, unless its own sentence dates it
    (a date later in the story, "Her husband died in 2015", is no evidence against the tie)."""
    if not _SIMULTANEOUS.search(doc_text(doc), seg.start, seg.end):
        return False
    return not _pick_date(doc, seg.dates, published).value


def _scene_place(doc: Doc, group: IncidentGroup) -> PlaceMention | None:
    """The group's best place, passing over countries named only as parties: "Algeria condemned the attack",
    "gunmen who came from Algeria" say nothing of where it happened."""
    place = group.best_place(doc)
    if place is not None and names_the_tellers_seat(doc, place):
        # "Rebels killed 12 villagers in Ituri, officials in Kinshasa said": where the tellers sit gives way
        # to a scene the text names; kept when it names none
        segments = [replace(s, places=[p for p in s.places if not names_the_tellers_seat(doc, p)])
                    for s in group.segments]
        place = replace(group, segments=segments).best_place(doc) or place
    if place is None or not names_a_party(doc, place):
        return place
    segments = [replace(s, places=[p for p in s.places if not names_a_party(doc, p)]) for s in group.segments]
    return replace(group, segments=segments).best_place(doc)


_POINTS_BACK = re.compile(
    r"\b(?:in|near|around|outside|inside|at)\s+the\s+(?:same\s+)?(area|city|town|village|locality)\b(?!\s+of\b)"
)
"""'in the area', 'in the town': a place the story has just named, not one the sentence names ('the town of X')."""


def _place_pointed_back(doc: Doc, group: IncidentGroup, places: list[PlaceMention]) -> PlaceMention | None:
    """ "Soldiers were sent to Dori last week. On Sunday, jihadists killed 11 civilians in the town.": an
    incident that names no place of its own but puts itself "in the town / the city / the area" happened in
    the town the sentence before names (the last one; for "the area", a province when no town is named), or
    the dateline's city when no other town comes before the phrase."""
    text = doc_text(doc)
    for seg in group.core:
        m = _POINTS_BACK.search(text, seg.start, seg.end)
        if m is None:
            continue
        before = [p for p in places if p.sent == seg.sent - 1]
        towns = [p for p in before if p.level == "city"]
        if m.group(1) == "area" and not towns:
            towns = [p for p in before if p.level == "admin"]
        if not towns:
            # "SAN JOSE, Costa Rica — Gunmen killed five at a bar in the city": the dateline's city, when the
            # story names no other town before the phrase
            towns = [p for p in places if p.level == "city" and p.location.evidence.end <= m.start()]
            towns = towns if towns and all(is_dateline(doc, p) for p in towns) else []
        if towns:
            return max(towns, key=lambda p: p.location.evidence.start)
    return None


def _place_split_off(doc: Doc, groups: list[IncidentGroup], places: list[PlaceMention]) -> PlaceMention | None:
    """ "Attackers threw a hand grenade at an outpost (checkpoint) No 2 in Kutkai, Shan, Myanmar": the story's first
    incident names no place because the sentence splitter cut its place chain off into a sentence no incident
    claims (or the incident's first sentence went unclaimed and the next reports its toll); that sentence's town or
    province, in the sentence before or after the incident's first one, is where it happened."""
    claimed = {s.sent for g in groups for s in g.segments}
    first = min(s.sent for s in groups[0].segments)
    unclaimed = [p for p in places if p.sent not in claimed and p.level in {"city", "admin"} and is_locative(doc, p)
                 and not names_a_party(doc, p)]
    free = [p for p in unclaimed if abs(p.sent - first) <= 1]
    if free:
        return best_place(free, doc)
    # "Activists left a device at a depot in X, Ohio. [...] The blast shattered windows a block away.": the lede no
    # incident claims names the story's one town, and its first incident, told sentences later, names none: the
    # lede's town is where it happened (rather than only its country); not when the text names another town
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
    if first < len(sents) and any(t.lower_ in _APART_WORDS for t in sents[first]):
        return None  # "In a separate incident, gunmen killed two policemen": marked as another act than the lede's
    lede = [p for p in unclaimed if p.sent < first and p.level == "city" and p.location.geonames_id is not None
            and p.sent < len(sents) and _tells_an_act(sents[p.sent])]
    if len({p.location.geonames_id for p in lede}) == 1 and not any(
            q.level == "city" and q.location.geonames_id != lede[0].location.geonames_id for q in places):
        return lede[0]
    return None


_APART_WORDS = frozenset({"separate", "separately", "unrelated", "elsewhere"})
"""Words that set an incident apart from the one told before it; not "other" ("slogans painted on other vehicles")."""
_LAYING_VERBS = WEAPON_USE_VERBS | {"set", "start", "light"}
_LAID_THINGS = PLANTED_WEAPONS | {"dynamite", "pipe", "fire", "fires", "blaze", "blazes"}


def _tells_an_act(sent: SpacySpan) -> bool:
    """A lede that tells a violent act: a strong trigger ("set fires at a car dealership", "gunmen shot"), or a
    weapon or fire a doer laid (`_lays_a_weapon`), unlike one that only says who spoke where ("Officials in Kandahar
    spoke to reporters"), one that fires a chief or puts out a brush fire (no trigger), or a court's sentence for an
    attack ("A court in X sentenced a man for a bomb attack": the attack is not the lede's act)."""
    if base_form(sent.root) in COURT_VERBS | ARREST_VERBS:
        return False
    return any(t.strong for t in find_triggers(sent)) or any(_lays_a_weapon(t) for t in sent)


def _lays_a_weapon(verb: Token) -> bool:
    """ "placed ten sticks of dynamite in", "was responsible for starting fires at": a doer (a subject, or the act
    told as a gerund) laying a weapon or a fire; not firefighters, nor a controlled fire."""
    if verb.pos_ != "VERB" or base_form(verb) not in _LAYING_VERBS:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not (doers or verb.tag_ == "VBG") or any(c.lower_ in FIREFIGHTER_NOUNS for c in doers):
        return False
    return any(d.lower_ in _LAID_THINGS and not any(k.lower_ == "controlled" for k in d.children)
               for c in verb.children if c.dep_ == "dobj" for d in c.subtree)


def _section_location(text: str, offset: int) -> Location | None:
    """A round-up section's incident with no place of its own is in the country of its label ("PAKISTAN: ..."),
    not where the digest's first incident was."""
    label = section_label(text, offset)
    country = country_by_code(label[2]) if label else None
    if label is None or country is None:
        return None
    start, end, code = label
    return Location(name=country.name, country=country.name, country_code=code,
                    evidence=Span(start=start, end=end, text=text[start:end]))


_SAME_PLACE = re.compile(
    r"\b(?:(?:the\s+)?same|that|this)\s+(?:region|area|town|city|village|county|district|province|place|spot|"
    r"neighbou?rhood|market|camp)\b|\bthere\b|\b(?:in|near|around)\s+the\s+(?:area|region|town|city|village)\b",
    re.I,
)
"""'in the same region', 'there', 'in the area': an earlier attack the text puts where the main one happened."""
_SAME_SITE = re.compile(
    r"\b(?:the\s+)?same\s+(?:[\w'-]+\s+)?(?:" + "|".join(sorted(FIXED_SITES, key=len, reverse=True)) + r")s?\b",
    re.I,
)
"""'a rocket attack on the same base', 'the same school': the same site, hence the same place as the one named
before (not 'the same convoy': it moves)."""


def _another_time(group: IncidentGroup, dates: list[DateMention], first: IncidentDate) -> bool:
    """The incident's sentences date it apart from the story's first incident ("the shooting at a festival
    last year"): background from another time, which the main incident's town does not place."""
    if first.value is None:
        return False
    sents = {s.sent for s in group.segments}
    depth = {"day": 3, "week": 3, "month": 2, "year": 1}

    def key(value: dt.date, n: int) -> tuple[int, ...]:
        return (value.year, value.month, value.day)[:n]

    for d in dates:
        if d.sent not in sents or d.date.value is None:
            continue
        n = min(depth.get(d.date.precision or "", 1), depth.get(first.precision or "", 1))
        if key(d.date.value, n) != key(first.value, n):
            return True
    return False


def _country_only(loc: Location) -> Location:
    """The country of a place, as a place of its own (its evidence the words that named the place)."""
    if not loc.country_code or loc.name == loc.country:
        return loc
    return Location(name=loc.country or loc.name, country=loc.country, country_code=loc.country_code,
                    evidence=loc.evidence)


_TOLD_APART = re.compile(r"\b(?:separate|different|unrelated)\s+(?:\w+\s+)?(?:attack|incident|bombing|raid|ambush|"
                         r"assault|explosion|blast|shooting)\b|\b(?:Separately|Elsewhere)\b")
"""'Two soldiers were killed in a separate attack', 'Elsewhere, ...': an incident the text sets apart in words, which
takes no other incident's town when it names none of its own (its country only)."""


def _country_fallback(doc: Doc, all_places: list[PlaceMention]) -> Location | None:
    """When an incident names no place of its own: the country the document is about, not one that only
    reacts, is blamed or is where the attackers came from (then no country)."""
    all_places = [p for p in all_places if not names_a_party(doc, p)]
    codes = Counter(p.location.country_code for p in all_places if p.location.country_code)
    located = Counter(p.location.country_code for p in all_places if p.location.country_code and is_locative(doc, p))
    codes = located or codes
    if not codes:
        return None
    code = codes.most_common(1)[0][0]
    first = next(p for p in all_places if p.location.country_code == code)
    if first.level == "country":
        return first.location
    loc = first.location
    return Location(
        name=loc.country or loc.name, country=loc.country, country_code=loc.country_code, evidence=loc.evidence
    )


def _above_threshold(task: str, labels: list[Label]) -> list[Label]:
    """The incident's labels at the stricter per-incident threshold, the best one when none passes;
    "Unknown" only when nothing else passes; attack types in GTD's hierarchy order (attacktype1 is the
    highest that applies)."""
    ranked = sorted(labels, key=lambda lab: -lab.confidence)
    kept = [lab for lab in ranked if lab.confidence >= _TYPE_THRESHOLD]
    if len(kept) > 1:
        kept = [lab for lab in kept if lab.label != "Unknown"]
    return rank_labels(task, kept or ranked[:1])


def _types(doc: Doc, group: IncidentGroup, masked: str) -> tuple[list[Label], list[Label], list[Label]]:
    """Types from the incident's lead segments, classified as one passage (later sentences drift into
    background). The segments, taken from `masked` (the text without its speakers), are joined with
    line breaks; evidence offsets are mapped back."""
    text = doc_text(doc)
    pieces: list[tuple[int, int]] = []  # (offset in passage, offset in document) per segment
    parts: list[str] = []
    cursor = 0
    told = [s for s in group.segments if not s.reaction and not s.trial]
    # the first sentences, not pieces: a sentence cut in two ("a car bomb hit a police van; the other attacker
    # blew himself up") is one sentence of the lead
    lead = sorted({s.sent for s in told})[:_TYPE_SEGMENTS]
    for seg in [s for s in told if s.sent in lead] or group.segments[:1]:
        start, end = _strip(doc, seg.start, seg.end)
        pieces.append((cursor, start))
        parts.append(masked[start:end])
        cursor += end - start + 1
    # The parse's role vectors of the same segments (who did what to whom), for a model that reads them.
    model = default_model()
    dense = None
    if model is not None and model.reads_vectors:
        spans = [(start, start + len(part)) for (_, start), part in zip(pieces, parts, strict=True)]
        dense = passage_features(doc, spans)
    labels = classify("\n".join(parts), 0, model=model, dense=dense, speakers_masked=True)

    def remap(task: str, found: list[Label]) -> list[Label]:
        out = []
        for lab in found:
            spans = []
            for ev in lab.evidence:
                base = max((p for p in pieces if p[0] <= ev.start), key=lambda p: p[0])
                start = base[1] + ev.start - base[0]
                end = start + (ev.end - ev.start)
                if text[start:end] == ev.text:
                    spans.append(Span(start=start, end=end, text=ev.text))
            out.append(lab.model_copy(update={"evidence": spans}))
        if task == "weapon":
            # classify() keeps a weapon a cue names at a lower confidence ("opened fire", "stabbing ...
            # with knives"): a weapon word is concrete evidence; attack and target labels (where an
            # extra label can displace the top one or is often a bystander) keep the stricter threshold
            return rank_labels(task, out)
        return _above_threshold(task, out)

    return (
        remap("attack", labels.attack_types),
        remap("weapon", labels.weapon_types),
        remap("target", labels.target_types),
    )


def _listed_attack(groups: list[IncidentGroup], gi: int, attack: list[Label], done: list[Incident]) -> list[Label]:
    """A listed event shares its noun with the one before it ("the murders of journalist X in A in 2015 and of
    activist Y in B in 2017"): the noun says what kind of attack both were, so the piece, whose own words
    ("of activist Y in B") say little, takes the attack types of the incident that holds the noun, unless
    its own are confident."""
    first = groups[gi].segments[0]
    if not first.listed or (attack and attack[0].confidence >= _TYPE_THRESHOLD):
        return attack
    shared = [t for t in first.triggers if t.end <= first.start]
    owner = _segment_of(groups, shared[0].start) if shared else None
    if owner is None or owner >= gi or owner >= len(done):
        return attack
    return done[owner].attack_types or attack


def _segment_of(groups: list[IncidentGroup], start: int) -> int | None:
    for gi, group in enumerate(groups):
        if any(s.start <= start < s.end for s in group.segments):
            return gi
    return None


_BACK_REFERENCE = re.compile(
    r"\s+(?:(?:responsibility|credit)\b(?!\s+for\b)|(?:(?:responsibility|credit)\s+for\s+)?(?:the|this|that)\s+"
    r"(?:incident|attack|bombing|blast|explosion|ambush|raid|assault|shooting|killing|kidnapping|abduction|arson|"
    r"operation)s?\b(?!\s+(?:on|in|at|near|against|of|targeting|that|which|who)\b))", re.I)
"""'claimed responsibility for the incident', 'claimed the attack', 'claimed responsibility and said ...': the act
named by a bare definite noun, or by none, one the text has already told (not 'the attack on a checkpoint in
B' nor 'responsibility for a bombing in B', which say which)."""


def _told_before(claim: Claim, groups: list[IncidentGroup], gi: int, text: str) -> int:
    """ "X took responsibility for the raid, saying it avenged an air strike on B": the claim's sentence
    opens an incident of its own (the event it cites), but "the raid" points back to the one told before it;
    the claim goes to that one. Otherwise `gi`, the incident of the claim's sentence."""
    group = groups[gi]
    if gi == 0 or not group.segments or group.segments[0].start > claim.cue.start:
        return gi
    opened_here = text.rfind(". ", 0, claim.cue.start) < group.segments[0].start <= claim.cue.start
    if not opened_here or not _BACK_REFERENCE.match(text, claim.cue.end):
        return gi
    before = [i for i, g in enumerate(groups) if g.segments and g.segments[-1].end <= group.segments[0].start]
    return max(before, key=lambda i: groups[i].segments[-1].end) if before else gi


def _link_claims(claims: list[Claim], groups: list[IncidentGroup], ids: list[str], text: str = "") -> None:
    """A claim belongs to the incident it is about: the one whose sentence it is in, else the ones whose
    place it names ("condemned the attacks in Garissa and Mandera"), else the one reported just before it
    in its paragraph, else the main incident. A statement repeated about several incidents ("IS claimed
    the Kirkuk bombing ... IS also claimed the Tikrit attack") becomes one claim per incident, each with
    its own evidence; claim ids are renumbered in order."""
    if not ids:
        return
    out: list[Claim] = []
    split = False
    for claim in claims:
        first = _segment_of(groups, claim.evidence.start)
        if first is None:
            first = _segment_of(groups, claim.cue.start)
        if first is not None:
            first = _told_before(claim, groups, first, text)
        spans = [claim.evidence, *claim.also]
        by_incident: dict[int, list[Span]] = {}
        main = [first, *_listed_beside(groups, first, claim.evidence.start)] if first is not None \
            else _incidents_about(groups, claim.evidence, text) or [0]
        for n, span in enumerate(spans):
            found = main if n == 0 else _incidents_about(groups, span, text) or main[:1]
            for gi in found:  # a repeat that names no incident of its own stays with the first statement's
                by_incident.setdefault(gi, []).append(span)
        if len(by_incident) == 1:
            claim.incident = ids[next(iter(by_incident))]
            out.append(claim)
            continue
        split = True
        for gi, own in sorted(by_incident.items(), key=lambda item: item[1][0].start):
            cue = claim.cue if own[0] is claim.evidence else _cue_in(claim.cue, own[0])
            out.append(claim.model_copy(update={"incident": ids[gi], "evidence": own[0], "also": own[1:], "cue": cue}))
    if split:
        for n, claim in enumerate(out, start=1):
            claim.id = f"c{n}"
    claims[:] = out


_WELL_BEFORE = {"day": 28, "week": 28, "month": 31, "year": 366}
"""How long after the start of a date's period the incident must be for what that date dates to be another,
earlier act (a month's or a year's dates run to its end)."""


def _unlink_earlier_claims(doc: Doc, claims: list[Claim], groups: list[IncidentGroup], ids: list[str],
                           dates: list[DateMention], published: dt.date | None) -> None:
    """"A bomb struck a bus on Thursday ... The BLA claimed a suicide attack on a convoy in the same area in
    August 2024": a claim whose own clause dates what it claims well before its incident's date (told in
    another sentence) is the group's claim of an earlier attack, not of this one. Its statements so dated
    leave the incident; a claim left with none belongs to no incident."""
    for claim in claims:
        if claim.kind != "responsibility" or claim.incident not in ids:
            continue
        group = groups[ids.index(claim.incident)]
        spans = [claim.evidence, *claim.also]
        kept = [sp for sp in spans if not _dated_before(
            doc, claim.cue if sp is claim.evidence else _cue_in(claim.cue, sp), group, dates, published)]
        if len(kept) == len(spans):
            continue
        if not kept:
            claim.incident = None
        else:
            claim.evidence, claim.also = kept[0], kept[1:]
            claim.cue = _cue_in(claim.cue, kept[0])


def _dated_before(doc: Doc, cue: Span, group: IncidentGroup, dates: list[DateMention],
                  published: dt.date | None) -> bool:
    """The cue's own clause gives dates ("claimed a suicide attack ... in August 2024"; not a clause below it,
    "suspect X, which claimed a bombing in 2023"), all well before the date the incident's other sentences
    give."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span[0]
    own = []
    for d in dates:
        ev = d.date.evidence
        words = doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev is not None else None
        if words is not None and len(words) and words[0].sent == verb.sent and d.date.value and d.date.precision \
                and _clause_verb(words[0]).i == verb.i:
            own.append(d)
    if not own:
        return False
    date = _pick_date(doc, [d for d in group.dates if d.sent != own[0].sent], published)
    if date.value is None:
        return False
    return all(d.date.value + dt.timedelta(days=_WELL_BEFORE[d.date.precision]) <= date.value for d in own)


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a word is in: the first verb above it."""
    t = tok.head
    while t.pos_ not in {"VERB", "AUX"} and t.head.i != t.i:
        t = t.head
    return t


def _listed_beside(groups: list[IncidentGroup], gi: int, start: int) -> list[int]:
    """The incidents of the events listed in the same sentence after the one at `start` ("blamed the group for a
    bombing in A on March 4 and for an attack in B on March 9", "in Kirkuk and Mosul, killing five and seven
    respectively"): what the sentence says of the list is said of each."""
    seg = next((s for s in groups[gi].segments if s.start <= start < s.end), None)
    if seg is None:
        return []
    return [gj for gj, group in enumerate(groups) if gj != gi
            and any(s.listed and s.sent == seg.sent for s in group.segments)]


def _incidents_about(groups: list[IncidentGroup], span: Span, text: str) -> list[int]:
    """The incidents a statement outside every incident's sentences is about (see `_link_claims`)."""
    gi = _segment_of(groups, span.start)
    if gi is not None:
        return [gi]
    named = [gi for gi, group in enumerate(groups)
             if any(p.level in {"city", "admin"} and _names(span.text, p.location.evidence.text) for p in group.places)]
    if named:
        return named
    if len(groups) > 1 and text:
        before = [(s.end, gi) for gi, group in enumerate(groups) for s in group.segments if s.end <= span.start]
        if before:
            end, gi = max(before)
            # a sentence's span runs over the blank line after it: the paragraph ends where its words do
            if "\n" not in text[len(text[:end].rstrip()) : span.start]:
                return [gi]  # the same paragraph as the incident reported just before it
    return []


def _names(text: str, name: str) -> bool:
    """`name` occurs in `text` as whole words."""
    at = text.find(name)
    while at >= 0 and name:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(name, at + 1)
    return False


def _cue_in(cue: Span, evidence: Span) -> Span:
    """The cue word in another evidence span of the same claim (the first span's cue when it does not recur)."""
    at = evidence.text.find(cue.text)
    if at < 0:
        at = evidence.text.lower().find(cue.text.lower())
    if at < 0:
        return cue
    start = evidence.start + at
    return Span(start=start, end=start + len(cue.text), text=evidence.text[at:at + len(cue.text)])


_AGENT_NOUNS = {
    "militant",
    "fighter",
    "gunman",
    "gunmen",
    "insurgent",
    "rebel",
    "member",
    "assailant",
    "attacker",
    "bomber",
    "jihadist",
    "cell",
    "guerrilla",
    "extremist",
    "operative",
    "commander",
    "group",
    "faction",
    "affiliate",
    "militia",
}
_ARMED_MEN = {
    "militant", "fighter", "gunman", "gunmen", "insurgent", "rebel", "assailant", "attacker", "bomber", "jihadist",
    "guerrilla", "extremist", "suspect", "terrorist", "kidnapper", "bandit", "robber", "perpetrator",
}
"""Armed men the narration names: state forces in the same story respond to them."""
_CIVILIANS = {
    "protester", "protesters", "demonstrator", "demonstrators", "civilian", "civilians", "crowd", "people",
    "villager", "villagers", "worshipper", "worshippers", "mourner", "mourners", "student", "students", "resident",
    "residents", "passenger", "passengers", "child", "children", "woman", "women", "farmer", "farmers", "marcher",
    "marchers", "journalist", "journalists", "pilgrim", "pilgrims", "shopper", "shoppers",
}
_FIRED_BACK_AT = {"suspect", "terrorist", "kidnapper", "bandit", "robber", "attack", "assault", "raid", "ambush"}
"""What state forces fight back at (armed men, an attack): no attack of their own."""
_ATTACK_NOUNS = {"attack", "bombing", "ambush", "raid", "assault", "massacre", "offensive", "kidnapping", "shooting"}
_FACTION_NOUNS = {"splinter", "offshoot", "group", *UNIT_NOUNS}
_BLAME_HEADS = {"attribute", "blame", "link", "tie", "claim", "suspect", "accuse", "believe", "carry", "perpetrate"}
_DOER_HEADS = {"claim", "carry", "perpetrate"}


_MEMBERSHIP_HEADS = {"belong": {"to"}, "loyal": {"to"}, "allegiance": {"to"}, "affiliate": {"to", "with"},
                     "affiliated": {"to", "with"}, "member": {"of"}}
"""The words that say whose the doers are: 'who belong to X', 'loyal to X', 'who pledged allegiance to X',
'affiliated with X', 'members of X' (not 'linked to X', which names a patron)."""


def _the_doers_group(root, triggers: set[int]) -> bool:
    """ "The militants, who belong to the Islamic State, executed four villagers", "gunmen, members of
    al-Shabaab, stormed", "fighters loyal to X beheaded", "militants belonging to X", "shot dead by gunmen who
    had pledged allegiance to X": a group the doers are said to belong to is the doer."""
    if root.dep_ != "pobj":
        return False
    word = root.head.head
    if root.head.lower_ not in _MEMBERSHIP_HEADS.get(word.lemma_.lower(), set()):
        return False
    if word.lemma_.lower() == "allegiance" and word.dep_ == "dobj":
        word = word.head  # "who pledged / swore allegiance to X"
    elif word.dep_ == "attr":
        word = word.head  # "who were members of X": the copula
    if negated(word):
        return False
    if word.dep_ not in {"relcl", "acl", "amod", "appos"}:
        return _doers_said_to_belong(word, triggers)
    doers = word.head
    if doers.lemma_.lower() not in _ARMED_MEN and doers.lower_ not in _ARMED_MEN:
        return False
    verb = doers.head.head if doers.dep_ == "pobj" and doers.head.dep_ == "agent" else doers.head
    return doers.dep_ in {"nsubj", "pobj"} and verb.i in triggers and (doers.dep_ == "pobj" or (
        not negated(verb) and not background_conduct(verb)))


_DOER_PRONOUNS = {"they", "he", "she"}


def _doers_said_to_belong(word, triggers: set[int]) -> bool:
    """Membership as the clause's own predicate, its subject the doers: "Fighters affiliated with X ambushed a
    patrol" (the parse makes 'affiliated' the main verb and the attack hangs from it), or told in a sentence of
    its own after the attack ("The gunmen stormed a hotel ... They belonged to X"; "The attackers were members
    of X"), whose pronoun takes the armed men who did the previous sentence's violence."""
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or background_conduct(word):
        return False
    subject = subjects[0]
    armed = subject.lemma_.lower() in _ARMED_MEN or subject.lower_ in _ARMED_MEN
    acts = [c for c in word.children if c.dep_ in {"dep", "conj", "xcomp", "advcl"} and c.i in triggers]
    # no 'and' joins the two verbs: a reduced relative ("Fighters affiliated with X ambushed"), not two acts
    # ("They belonged to X and attacked ...")
    if armed and acts and not any(c.dep_ == "cc" for c in word.children):
        return not any(negated(a) or background_conduct(a) for a in acts)
    if any(t.i in triggers for t in word.sent):
        return False  # an attack told in the same sentence is not by this clause's subject
    if armed:
        return any(c.lower_ == "the" for c in subject.children)  # "the gunmen", not "many militants"
    if subject.lower_ not in _DOER_PRONOUNS or word.sent.start == 0:
        return False
    before = word.doc[word.sent.start - 1].sent
    return any(t.dep_ == "nsubj" and (t.lemma_.lower() in _ARMED_MEN or t.lower_ in _ARMED_MEN)
               and t.head.i in triggers for t in before)


def _agent_role(doc: Doc, mention: ActorMention, triggers: set[int]) -> bool:
    """The group is the doer in the article's narration: subject of a violent verb, 'Al-Shabaab
    militants', 'attributed to / claimed by / carried out by X' — not a victim ('a former FARC
    member', 'an SDF vehicle')."""
    ev = mention.ref.evidence
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None:
        return False
    root = _described_root(span.root)
    if root.dep_ != "pobj":
        # a long name the parse breaks up (a long Arabic name with its acronym after it may have its last
        # words hung on the acronym): the name's word that the preposition before it governs
        root = next((t for t in span if t.dep_ == "pobj" and t.head.i < span.start), root)
    root = _faction_root(root)
    head = root.head
    after = doc_text(doc)[ev.end : ev.end + 12].lower()
    if after.startswith(("-linked", "-backed", "-affiliated", "-allied", "-inspired", " affiliate", "-aligned")):
        return False  # "al-Qaeda-linked Shabaab militants": the parent, not the doer
    if doc_text(doc)[max(0, ev.start - 4) : ev.start].lower() in {"pro-", "pro "}:
        return False  # "a pro-ISIS group": whom a group supports, not who did it
    identified = root.head if root.dep_ == "compound" and root.head.pos_ == "NOUN" else root  # "X fighters"
    if _suspected_involved(root) or _the_doers_group(root, triggers) or _doers_identified_as(identified, triggers):
        return True
    if root.dep_ == "nsubj":
        if negated(head) or background_conduct(head):
            return False  # "Hamas did not claim the attack"; "Boko Haram often attacks markets"
        behind = any(c.lower_ == "behind" for c in head.children)
        # the subject of "blamed", "linked", "suspected" is the accuser, not the accused
        return head.i in triggers or behind or head.lemma_.lower() in _DOER_HEADS
    if root.dep_ in {"compound", "poss"} and head.i in triggers and head.lemma_.lower() in _ATTACK_NOUNS:
        return True  # "what officials believed was a JNIM attack", "the Taliban's ambush"
    if root.dep_ == "pobj" and head.lower_ in {"from", "of"} and head.head.lemma_.lower() in _AGENT_NOUNS \
            and head.head.dep_ == "nsubj" and head.head.head.i in triggers:
        # "Fighters from the al-Qaeda-linked JNIM killed 15 villagers", "Fighters of JNIM ambushed": the armed men
        # of the group are the act's doers, as "JNIM fighters" are
        head = head.head
        return not negated(head.head) and not background_conduct(head.head) and not _victim_side(head)
    if root.dep_ in {"compound", "amod", "nmod", "poss"} and head.lemma_.lower() in _AGENT_NOUNS:
        return head.dep_ in {"nsubj", "pobj", "conj", "appos", "ROOT"} and not _victim_side(head) \
            and not _among_the_hit(head, triggers) and not _members_among_the_casualties(head) \
            and not _speaker_noun(head) and not _describes_a_named_group(head)
    # "sources suspected the involvement of X": the group is the alleged doer
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SUSPECTED_INVOLVEMENT:
        return head.head.head.lemma_.lower() in _BLAME_HEADS | {"allege", "cite", "confirm", "report"}
    if root.dep_ == "dobj" and root in suspicion_targets(head):
        return not negated(head)  # "suspicion turned on Boko Haram": the parse's particle verb
    if root.dep_ == "pobj" and head.lower_ in {"to", "by", "on"}:
        verb = head.head
        if verb.dep_ == "dobj" and head.lower_ == "to":  # "attributed [the attack to X]": the parse's slip
            verb = verb.head
        if head.lower_ == "by":
            return True
        if root in suspicion_targets(verb):
            return not negated(verb)  # "suspicion fell on Boko Haram"
        return not _links_a_group(verb) and verb.lemma_.lower() in _BLAME_HEADS
    return _blamed_in_passive(root)


def _doers_identified_as(root, triggers: set[int]) -> bool:
    """"Gunmen suspected to be Fulani herdsmen killed five farmers", "killed by gunmen believed to be X": the
    attackers of the act, said (with a hedge) to be X, make X its alleged doer."""
    if root.dep_ != "attr":
        return False
    doers = identified_doers(root.head)
    if doers is None:
        return False
    if doers.dep_ == "pobj" and doers.head.dep_ == "agent":
        return doers.head.head.i in triggers
    verb = doers.head
    if doers.dep_ == "nsubj" and verb.i in triggers:
        return True
    if not any(t.i in triggers and t.i != doers.i for t in root.sent) and (
            doers.lemma_.lower() in _ARMED_MEN or doers.lower_ in _ARMED_MEN):
        # told in a sentence of its own, of the attackers already told: "The assailants, believed to be ADF
        # fighters, fled into the bush", "The attackers were thought to be X" ("the", not "many militants")
        return any(c.lower_ == "the" for c in doers.children)
    # the parse's "Gunmen [suspected to be X] killed ...": the act hangs on the supposing verb
    return doers.dep_ == "nsubj" and root.head.head.i == verb.i and any(
        c.dep_ in {"ccomp", "conj", "dep"} and c.i in triggers for c in verb.children)


_SPEECH_HEADS = SAY_VERBS | DENY_VERBS | CONDEMN_LEMMAS


def _speaker_noun(noun) -> bool:
    """"A Taliban commander said the Islamic State may have carried out the attack": a member who speaks is a
    source, not a doer (his claims, if any, come from the claim reader)."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _SPEECH_HEADS


_GROUP_DESCRIPTORS = {"group", "faction", "affiliate", "militia", "offshoot", "movement", "organisation",
                      "organization", "outfit", "network", "splinter", "wing", "cell"}


def _describes_a_named_group(noun) -> bool:
    """"the Dawlah Islamiyah, an Islamic State affiliate": an apposition that describes a named group gives its
    kind or parent; the named group is the doer, not the one in its description."""
    return noun.dep_ == "appos" and noun.lemma_.lower() in _GROUP_DESCRIPTORS and noun.head.pos_ == "PROPN"


def _faction_root(root):
    """"blamed the Shekau wing (JAS) of Boko Haram", "the Sagaing chapter of the PDF claimed": the role of
    the faction or unit a group is named "of" is the group's."""
    for _ in range(2):
        up = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
        if root.dep_ not in {"pobj", "appos"} or up.lemma_.lower() not in _FACTION_NOUNS or up.i == root.i:
            break
        root = up
    return root


_PASSIVE_BLAME = {"blame", "suspect"}
_DESCRIPTOR_HEADS = {"group", "movement", "militia", "organisation", "organization", "outfit", "network",
                     "faction", "rival", "rivals", "affiliate", "offshoot", "ally", "allies", "cartel", "gang"}


def _described_root(root):
    """"suspicion fell on the jihadist group Boko Haram", "on Boko Haram and its rival, ISWAP": a name in
    apposition to a descriptor ("the group X", "its rival, X") or coordinated with another named group holds
    the role of the phrase it belongs to."""
    for _ in range(3):
        if root.dep_ == "appos" and root.head.lemma_.lower() in _DESCRIPTOR_HEADS:
            root = root.head
        elif root.dep_ == "conj" and root.head.pos_ in {"PROPN", "NOUN"}:
            root = root.head
        else:
            break
    return root


def _blamed_in_passive(root) -> bool:
    """"Al-Qaeda was blamed for the attack", "ADF rebels are suspected": the narration lays the attack on the
    group without naming who blames it."""
    verb = root.head
    return root.dep_ == "nsubjpass" and verb.lemma_.lower() in _PASSIVE_BLAME and not negated(verb) \
        and not background_conduct(verb)


def _follows_the_incident(doc: Doc, group: IncidentGroup, mention: ActorMention) -> bool:
    """The mention is in the sentence right after one of the incident's own sentences ("A bomb killed four
    people in Kano. No group has claimed it, but suspicion fell on Boko Haram.")."""
    sents = list(doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start_char <= mention.ref.evidence.start < s.end_char), None)
    if at is None or at == 0:
        return False
    before = sents[at - 1]
    return any(before.start_char <= s.start < before.end_char for s in group.segments)


def _suspected_involved(root) -> bool:
    """ "sources suspected that X was involved (in the attack)": the clause a suspicion verb takes names
    the doer."""
    verb = root.head
    return root.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() == "involve" and verb.dep_ == "ccomp" \
        and verb.head.lemma_.lower() in _BLAME_HEADS and not negated(verb) and not negated(verb.head)


def _blamed_role(doc: Doc, mention: ActorMention) -> bool:
    """"suspicion fell on X", "the attack was attributed to X", "believed X was behind the killing",
    "suspected the involvement of X", "suspected that X was involved": the narration lays the attack on
    the group."""
    span = doc.char_span(mention.ref.evidence.start, mention.ref.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    root = _faction_root(_described_root(span.root))
    if _suspected_involved(root):
        return True
    if root.dep_ == "nsubj":
        return any(c.lower_ in {"behind", "responsible"} for c in root.head.children)
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in SUSPECTED_INVOLVEMENT
    return (root.dep_ == "pobj" and root.head.lower_ in {"on", "to"}) or _blamed_in_passive(root) \
        or (root.dep_ == "dobj" and root in suspicion_targets(root.head))  # "suspicion turned on X"


def _links_a_group(verb) -> bool:
    """'JNIM, which is linked to al-Qaeda', 'a militia tied to Iran': the verb ties a group to its
    patron, not an attack to its doer."""
    linked = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if linked is not None and linked.lower_ in {"which", "that", "who"}:
        # the parse often hangs the clause on a nearer noun ("a stronghold of JNIM, which is linked
        # to ..."): only an attack word there makes the clause about the attack
        return verb.head.lemma_.lower() not in _ATTACK_NOUNS
    if linked is None and verb.dep_ in {"acl", "relcl"}:
        linked = verb.head  # "a group linked to ..."
    if linked is None:
        return False
    return linked.pos_ == "PROPN" or linked.lemma_.lower() in _AGENT_NOUNS or linked.lower_ in _AGENT_NOUNS


_HIT_VERBS = HARM_VERBS | {"die", "abduct", "kidnap", "shoot", "attack", "target", "execute"}
"""What an attack does to the people it hits: the object of "abducted X, a FARC commander" and the subject of
"X members were killed" or "were attacked" are among the hit, not the doers."""


def _among_the_hit(noun, triggers: set[int]) -> bool:
    """"a former FARC member" left the group; "abducted Jorge Perez, a local FARC commander": the appositive
    describes whom the attack hit, not its doer. (Members among the dead of a clash may be either side.)"""
    if any(c.dep_ == "amod" and c.lower_ in FORMER for c in noun.children):
        return True
    top = noun
    while top.dep_ in {"conj", "appos"} and top.head.i != top.i:
        top = top.head
    verb = top.head
    return top.dep_ == "dobj" and top is not noun and (verb.i in triggers or verb.lemma_.lower() in _HIT_VERBS)


def _members_among_the_casualties(noun) -> bool:
    """"a number of X members were hurt", "four people, including X members, died", "two civilians, three X
    members and nine attackers were killed": a group's members counted among the dead or hurt
    are among those the attack hit, not its doers (docs/conventions.md: a member among the victims names no one)."""
    if noun.lemma_.lower() != "member":
        return False
    top = noun
    for _ in range(4):  # up through "a number of", a list, "including"
        if top.dep_ in {"conj", "appos"} or (top.dep_ == "pobj" and top.head.lower_ in {"of", "including"}):
            top = top.head.head if top.dep_ == "pobj" else top.head
        else:
            break
    verb = top.head
    return (top.dep_ == "nsubjpass" and verb.lemma_.lower() in _HIT_VERBS) or (
        top.dep_ == "nsubj" and verb.lemma_.lower() == "die")


def _victim_side(tok) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in {"against", "on", "at", "targeting"}


def _narrated_perpetrators(
    doc: Doc, group: IncidentGroup, actors: list[ActorMention], claimed: set[str]
) -> list[Perpetrator]:
    """Armed groups the article names as the doer in its own narration ("Al-Shabaab militants stormed
    ...", "sources attributed the attack to X"): alleged, with no claim behind them."""
    out: list[Perpetrator] = []
    parents = {m.ref.affiliation for m in actors if m.ref.actor in claimed and m.ref.affiliation}
    seen = set(claimed) | parents  # "the Islamic State group's Amaq" when its branch already claimed
    triggers = {t.token_i for s in group.segments for t in s.triggers}
    for mention in actors:
        if mention.ref.type != "group" or mention.ref.actor in seen:
            continue
        if not any(s.start <= mention.ref.evidence.start < s.end for s in group.segments) and not (
                _follows_the_incident(doc, group, mention) and _blamed_role(doc, mention)):
            continue
        if not _agent_role(doc, mention, triggers) or _names_a_unit_of(doc, mention, actors):
            continue
        span = doc.char_span(mention.ref.evidence.start, mention.ref.evidence.end, alignment_mode="expand")
        if span is not None and corrected_text(span.root):
            continue  # "An earlier version of this story said X had claimed it": the outlet's word taken back
        seen.add(mention.ref.actor)
        out.append(Perpetrator(actor=mention.ref.actor, status="alleged", claims=[]))
    if claimed or out or any(
        t.lemma_.lower() in _ARMED_MEN and any(s.start <= t.idx < s.end for s in group.segments) for t in doc
    ):
        return out
    # no group and no armed men at all: state forces the narration makes the doer of the incident's first
    # report ("government soldiers opened fire on protesters"), not the ones hit ("gunmen attacked
    # government soldiers") nor the ones who responded ("a man drove at soldiers ... security forces
    # opened fire on the vehicle", "police shot and wounded the assailant")
    lead = group.segments[0]
    for mention in actors:
        if mention.ref.type == "state" and mention.ref.actor not in seen and (
            lead.start <= mention.ref.evidence.start < lead.end
        ) and _state_agent(doc, mention, triggers):
            seen.add(mention.ref.actor)
            out.append(Perpetrator(actor=mention.ref.actor, status="alleged", claims=[]))
    return out


def _names_a_unit_of(doc: Doc, mention: ActorMention, actors: list[ActorMention]) -> bool:
    """"the Al-Furqan faction (ISWAP) of Boko Haram", "the Sagaing chapter (PDF-Sagaing) of the PDF": a
    name given to a unit in brackets or as its modifier, when the unit is said to be "of" another named
    group, is that group's unit; the group it is "of" is the doer, read on its own."""
    ev = mention.ref.evidence
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in {"appos", "compound"}:
        return False
    unit = span.root.head
    if unit.lower_ not in UNIT_NOUNS or unit.i in range(span.start, span.end):
        return False
    others = [(m.ref.evidence.start, m.ref.evidence.end) for m in actors
              if m.ref.type == "group" and m.ref.actor != mention.ref.actor]
    return any(g.dep_ == "pobj" and any(a <= g.idx < b for a, b in others)
               for c in unit.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _state_agent(doc: Doc, mention: ActorMention, triggers: set[int]) -> bool:
    """State forces as the subject of a violent verb whose objects are not armed men."""
    ev = mention.ref.evidence
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj":
        return False
    verb = span.root.head
    if verb.i not in triggers and not any(c.i in triggers for c in verb.children if c.dep_ == "dobj"):
        return False  # "opened fire": the trigger is the verb's object
    verbs = [verb] + [c for c in verb.children if c.dep_ in {"conj", "advcl"}]  # "shot and wounded", ", killing"
    hit = [g for v in verbs for c in v.children
           for g in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" else [])
           if g.dep_ in {"dobj", "pobj"}]
    words = {w for h in hit for t in h.subtree for w in (t.lemma_.lower(), t.lower_)}
    # the people they fired on are civilians ("on protesters", "killing nine people"), not armed men
    return bool(words & _CIVILIANS) and not words & (_AGENT_NOUNS | _FIRED_BACK_AT)


def _summary(doc: Doc, seg: Segment) -> str:
    start, end = _strip(doc, seg.start, seg.end)
    text = " ".join(doc_text(doc)[start:end].split())
    return text if len(text) <= _SUMMARY_CHARS else text[: _SUMMARY_CHARS - 1].rstrip() + "…"


def _actors(mentions: list[ActorMention]) -> list[Actor]:
    by_key: dict[tuple[str, str, str | None], Actor] = {}
    for m in mentions:
        key = (m.ref.actor, m.ref.type, m.ref.affiliation)
        actor = by_key.setdefault(key, Actor(actor=m.ref.actor, type=m.ref.type, affiliation=m.ref.affiliation))
        actor.mentions.append(m.ref.evidence)
    return list(by_key.values())


def _roles(doc: Doc, groups: list[IncidentGroup]) -> list[Roles]:
    roles = [Roles() for _ in groups]
    if find_roles is None or not groups:
        return roles
    try:
        found = find_roles(doc)
    except ConfigError as exc:  # the role model is not built: roles stay empty, say so once
        _warn_once(str(exc))
        return roles
    for mention in found:
        gi = _segment_of(groups, mention.span.start)
        bucket: list[Span] = getattr(roles[gi if gi is not None else 0], mention.role)
        if all((s.start, s.end) != (mention.span.start, mention.span.end) for s in bucket):
            bucket.append(mention.span)
    return roles


def build_records(doc: Doc, published: dt.date | None) -> tuple[list[Incident], list[Claim], list[Actor]]:
    places = find_places(doc)
    actor_mentions = find_actors(doc, places)
    claims = [c.claim for c in find_claims(doc, actor_mentions)]
    dates = _without_later_deaths(doc, find_dates(doc, published))
    casualties, perp_casualties = read_casualties(doc)
    groups = group_incidents(doc, places, dates, casualties, published)
    ids = [f"i{n + 1}" for n in range(len(groups))]
    one_of_several = ONE_OF_SEVERAL.search(doc_text(doc)) is not None
    _link_claims(claims, groups, ids, doc_text(doc))
    _unlink_earlier_claims(doc, claims, groups, ids, dates, published)
    roles = _roles(doc, groups)
    text = doc_text(doc)
    masked = without_speakers(doc, text) if groups else ""  # once per document, for the types
    masked = blank(masked, bare_grievances(doc)) if groups else ""  # a group's stated reason types no attack
    body = headline_end(text)
    revisions = _revisions_outside(groups, casualties)
    incidents: list[Incident] = []
    main_location = None
    for gi, group in enumerate(groups):
        place = _scene_place(doc, group)
        if place is not None and gi > 0 and not is_locative(doc, place):
            place = None  # "prompting Kampala to review ...": an actor, not where this incident happened
        if place is None and gi == 0:
            place = _place_split_off(doc, groups, places)
        if place is None or place.level == "country":
            back = _place_pointed_back(doc, group, places)
            if back is not None and (place is None or back.location.country_code == place.location.country_code):
                place = back
        location = place.location if place else (
            _section_location(text, group.segments[0].start) or main_location or _country_fallback(doc, places))
        if place is not None and placed_by_a_distance(doc, place):
            location = _country_only(location)  # "280 km northeast of X" and no finer place: X's country
        if place is None and gi > 0 and location is main_location and location is not None \
                and (_another_time(group, dates, incidents[0].date) or any(
                    _TOLD_APART.search(text, s.start, s.end) for s in group.segments)) \
                and not any(_SAME_PLACE.search(text, s.start, s.end) or _SAME_SITE.search(text, s.start, s.end)
                            for s in group.segments):
            location = _country_only(location)
        if gi == 0:
            main_location = location if location is not None else None
        segs = group.segments
        figures = _own_figures([c for s in segs for c in s.casualties] + group.tolls + revisions[gi], len(groups),
                               one_of_several)
        killed, injured = _killed_and_injured(figures, body, text, _elsewhere(group, figures, body, text))
        own = _own_figures(_perpetrator_casualties(groups, gi, perp_casualties), len(groups), one_of_several)
        # "Police wounded the gunman. He later died": an attacker who died of his wounds is no longer injured
        perps_killed, perps_injured = _killed_and_injured(own, body, text)
        attack, weapon, target = _types(doc, group, masked)
        attack = _listed_attack(groups, gi, attack, incidents)
        linked = [c for c in claims if c.incident == ids[gi]]
        perps = ledger_perpetrators(linked)
        perps += _narrated_perpetrators(doc, group, actor_mentions, {p.actor for p in perps})
        evidence = [_span(doc, *_strip(doc, s.start, s.end)) for s in segs]
        date = _pick_date(doc, group.dates, published)
        date = _began(doc, group, groups, dates, date) or date
        if date.value is None:
            date = _ended(doc, group, groups, dates, published, attack) or date
        if date.value is None or date.precision in {"year", "month"}:
            date = _finer_next(date, _dated_next(doc, group, groups, dates, published)) or date
        if incidents and incidents[-1].date.value and _simultaneous(doc, segs[0], published):
            date = incidents[-1].date
        incidents.append(
            Incident(
                id=ids[gi],
                summary=_summary(doc, segs[0]),
                date=date,
                location=location,
                attack_types=attack,
                weapon_types=weapon,
                target_types=target,
                killed=killed,
                injured=injured,
                perpetrators_killed=perps_killed,
                perpetrators_injured=perps_injured,
                perpetrators=perps,
                roles=roles[gi],
                evidence=evidence,
            )
        )
    return incidents, claims, _actors(actor_mentions)
