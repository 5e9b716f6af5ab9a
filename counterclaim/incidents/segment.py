"""Split a document into event segments and group them into incidents.

A segment is a sentence, or a clause of it when one sentence reports two incidents ("gunmen raided a
university in Garissa in April 2015 ..., while in 2013 the group killed 67 in Nairobi"). Segments with
violent triggers are grouped: the first one opens the main incident; a later one opens a new incident
only when it carries concrete detail that differs from every open incident (another town, another
date); otherwise it adds to the main incident (or continues the incident of the segment just before).
Vague history ("setbacks in Syria"), aggregates ("more than 580 killed since 2015") and acknowledged
state operations (air strikes) open nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..codebooks.iso3166 import country_by_demonym, country_by_name
from ..ingest.text import headline_end
from ..models import IncidentDate
from ..nlp._calendar import MONTH_PATTERN, MONTHS, WEEKDAY_NUMBERS, WEEKDAYS
from ..nlp._cues import (
    AGENT_VERBS,
    ARREST_VERBS,
    ATTACKER_NOUNS,
    BODY_FOUND_VERBS,
    CAPTIVE_NOUNS,
    CONDEMN_LEMMAS,
    CULPRIT_NOUNS,
    DEAD_BODY_NOUNS,
    DEFENDANT_NOUNS,
    DENY_VERBS,
    GENERIC_PERPETRATORS,
    GROUP_ACT_VERBS,
    HABITUAL_ADVERBS,
    HARM_VERBS,
    LIVELIHOOD_NOUNS,
    PLANNER_NOUNS,
    PLANNING_VERBS,
    PLANTED_WEAPONS,
    PRISON_NOUNS,
    REACTION_LEMMAS,
    REACTION_OBJECT_VERBS,
    REACTION_OBJECTS,
    REPEAT_ADVERBS,
    REPORTING_VERBS,
    RETRACT_VERBS,
    SAY_VERBS,
    SECURITY_FORCE_NOUNS,
    SYMPATHY_LEMMAS,
    TITLE_WORDS,
)
from ..nlp._dateline import DASHES, in_dateline, wire_datelines
from ..nlp._ordinals import COUNT_WORDS, ONE_MORE
from ..nlp._sections import section_labels, section_of
from ..nlp._text import doc_text, span_ents
from ..nlp.dates import ANNIVERSARY, ATTACK_NOUN, DIED_OF_IT, weekday_names_a_person
from ..nlp.mentions import CasualtyMention, DateMention, PlaceMention
from ..nlp.places import (
    _ADMIN_WORDS,
    _CITY_WORDS,
    _SETTLEMENT_WORDS,
    in_same_province,
    names_a_party,
    names_a_province,
    placed_by_a_distance,
)
from ..nlp.quantities import (
    ON_SEVERAL_PLACES,
    ONE_OF_AT_LEAST,
    ONE_OF_SEVERAL,
    PERSON_NOUNS,
    RUNNING_TALLY_CLAUSE,
    RUNNING_TOTAL,
    SERIES_MEMBER,
    SEVERAL_OR_A_RUN,
    dates_a_later_death,
    died_of_wounds,
)
from .triggers import (
    COMMEMORATION,
    GRIEVANCE_HEADS,
    HELD_PLACES,
    KILLING_VERBS,
    OWN_PLACE_OR_DATE,
    STRONG_LEMMAS,
    WEAK_LEMMAS,
    Trigger,
    base_form,
    find_triggers,
    is_state_operation,
    ruled_out_attack,
    the_hoaxed_weapon,
)

_CLAUSE_BREAKS = {"while", "whereas"}
_DATELINE = re.compile(
    rf"\s*(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH_PATTERN}\s+\d{{4}})\s*[:\-\u2013\u2014]?\s*",
    re.I,
)
"""A sentence that is only a date ("01/04/2021:", "March 3, 2021 -"): the dateline of what follows."""
_WEEKDAYS = frozenset(WEEKDAYS)
_MONTHS = frozenset(MONTHS)
_RELATIVE_PAST = {"last", "previous", "ago", "earlier", "yesterday", "prior"}
_UNITS = {"week", "month", "year"}
"""The unit of a relative time ('last month'), which says what it can be compatible with."""


def _spread_day_to_raids(doc, violent: list) -> None:
    """ "Gunmen killed 20 people in attacks on two villages on Sunday. In X, they killed 12. In Y, eight.": the
    spread toll gives way to the raids told after it, but its one day is theirs when they name none."""
    for k, seg in enumerate(violent):
        days = {d.date.value for d in seg.dates if d.date.precision == "day" and not dates_the_report(doc, d)}
        if not seg.spread or len(days) != 1:
            continue
        day = next(d for d in seg.dates if d.date.value in days)
        for later in violent[k + 1:]:
            if later.spread or later.dates:
                break
            later.dates.append(day)


def _time_markers(span, triggers: list[Trigger]) -> frozenset[str]:
    """Weekday, month, year and 'last/ago' words of the time expressions in a span: a later sentence
    whose markers share nothing with an incident's is about another time, hence another incident,
    even when no publication date lets us resolve either."""
    out: set[str] = set()
    for ent in span_ents(span):
        if ent.label_ != "DATE" or _in_side_clause(ent, triggers) or _dates_a_statement(span.doc, ent) \
                or dates_a_later_death(ent):  # "succumbed to his wounds on Monday": the attack's own death
            continue
        for tok in ent:
            low = tok.lower_
            if low in _WEEKDAYS and weekday_names_a_person(tok):
                continue  # "police spokesman Sunday Okoro": a name, no time
            if low in _WEEKDAYS or low in _MONTHS or low in _RELATIVE_PAST or (tok.like_num and len(low) == 4):
                out.add(low)
            elif low.rstrip("s") in _UNITS:
                out.add(low.rstrip("s"))
    return frozenset(out)


_ONE_ATTACK = {"attack", "bombing", "blast", "explosion", "bomber", "gunman", "ambush", "massacre", "shooting"}
"""Singular words for one event or one attacker: "a suicide bomber struck ... this year" is an incident,
not a running total."""
_COUNTED = PERSON_NOUNS | {"people"}
_AGGREGATE_MARKERS = {"since", "so far", "this year", "toll of the conflict"}
_SUM_MARKERS = {"total", "tally", "in all"}
"""A sum ("a total of 148 people were killed", "In all, 30 died") is a running total only over attacks or
incidents; over people it restates one attack's toll."""
_SPREAD_OVER_ATTACKS = re.compile(
    r"\b(?:in|across|during)\s+(?:" + SEVERAL_OR_A_RUN + r")\s+(?:separate\s+|\w+\s+)?"
    r"(?:attacks|bombings|raids|ambushes|incidents|assaults|explosions|blasts|shootings)\b|\b" + ON_SEVERAL_PLACES
    + r"\b"
)
"""'killed at least 11 people in three separate attacks': a figure spread over several attacks sums
them up; when the text reports an attack on its own, the sum is no incident."""
_PERIOD_TALLY = re.compile(
    r"\b(?:last|this|past|previous)\s+year\b|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+"
    r"(?:\w+\s+)?(?:weeks?|months?|years?)\b|\blast\s+month\b"
    r"|\bsince\s+(?:early\s+|late\s+|mid-?\s*|the\s+(?:start|beginning|end)\s+of\s+)?(?:19|20)\d\d\b"
    r"|\b(?:in|during|over)\s+the\s+(?:first|last|final)\s+(?:\w+\s+)?(?:days?|weeks?|months?|half|quarter)\s+of\b"
    rf"|\bin\s+(?:{MONTH_PATTERN}|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?\s+alone\b"
    r"|\b(?:recorded|registered|documented|counted|tallied|logged)\s+(?:(?:more\s+than|over|at\s+least|nearly|almost"
    r"|some|about|around)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:\w+\s+)?(?:fatalities|deaths|killings)\b"
)
"""'34 aid workers were killed in the country last year', 'over the past week', 'since 2019', 'in the first
nine months of 2025', 'in March alone', a monitor that 'recorded 900 fatalities': a toll over a period (with
no single-attack word) is a tally, not an incident."""
_SINCE_A_DAY = re.compile(
    r"(?:^\W*|[.!?;:,]\W*|\b(?:and|but|while)\s+)since\s+" + MONTH_PATTERN
    + r"\s+\d{1,2}\b[^.;]{0,80}?\b(?:has|have)\s+(?:\w+\s+)?"
    r"(?:died|been\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|kidnapped|abducted))\b"
)
"""'Since May 3 soldiers have been killed in the area': the perfect since a day sums what came after it, a
tally (the day is its start, no incident's). "since" must open the sentence or a clause: "John Smith, who had
been held since June 12, has been killed" tells of a captive's death."""
_SHARE_OF_A_TOTAL = re.compile(
    r"\baccount(?:s|ed|ing)?\s+for\s+(?:\w+\s+){1,3}of\s+(?:the|these|those|all)\s+(?:\w+\s+)?"
    r"(?:deaths|killings|murders|victims|fatalities|casualties|attacks|cases|incidents)\b"
)
"""'Mexico accounted for nine of the deaths, followed by Honduras': a share of a tally told before, no incident."""
_AN_ATTACK = r"(?:attack|incident|bombing|raid|ambush|assault|explosion|blast|shooting)\b"
_IN_ANOTHER = r"(?:in|during)\s+(?:a|another)\s+"
_SEPARATE = re.compile(
    r"\bsimilar\b[^.;]{0,60}?\b(?:after|during|following)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}" + _AN_ATTACK + r"|"
    r"\b" + _IN_ANOTHER + r"(?:separate|different|unrelated|similar|second)\s+(?:\w+\s+)?" + _AN_ATTACK +
    r"|\bin\s+another\s+(?:attack|incident)\b|^\s*(?:(?:and|while|whereas|but|meanwhile)\s+)?,?\s*"
    r"(?:Separately|Elsewhere)\b",
    re.I,
)
"""'In a separate attack, ...', 'In a similar attack', 'Separately, ...', 'Elsewhere, ...', 'Similar claims
circulated after the Solingen knife attack': the sentence reports another incident."""
_SEPARATE_CLAUSE = re.compile(
    r"(?:(?:and|while|whereas|but|meanwhile)\s+)?,?\s*(?:" + _IN_ANOTHER +
    r"(?:separate|different|unrelated)\s+(?:\w+\s+)?" + _AN_ATTACK +
    r"|in\s+another\s+(?:attack|incident)\b|separately\b|elsewhere\b)",
    re.I,
)
"""A clause after a comma that opens on another attack ("..., while in a separate ambush near Beni, two
soldiers died", "...; elsewhere, a roadside bomb killed four"): a segment of its own."""

_APART_BEFORE = re.compile(r"\b(?:days?|hours?|weeks?|months?|nights?)\s+(?:after|before)\s+$", re.I)
_ANOTHER_EVENT = re.compile(
    rf"(?:an?|another)\s|the\s+(?:{MONTH_PATTERN}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}\s)", re.I
)
"""'The attack came a day after | a bombing on March 3 that killed four soldiers': the noun phrase after
'days after' tells another incident (an indefinite one, or one the text dates), a segment of its own."""


_ERRAND_VERBS = frozenset({"cover", "report", "investigate", "film", "document", "photograph"})


def _on_assignment(doc: Doc, seg: Segment) -> bool:
    """"He had gone there to cover a land clash in which a woman was injured": the event a reporter went to cover
    is another event than what happened to the reporter; its violence and figures are not the incident's."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None or not seg.triggers and not seg.casualties:
        return False
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ERRAND_VERBS or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        errand = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on")]
        inside = {t.idx for c in errand for t in c.subtree}
        marks = [t.start for t in seg.triggers] + [c.casualties.evidence.start for c in seg.casualties
                                                    if c.casualties.evidence is not None]
        if inside and marks and all(m in inside for m in marks):
            return True
    return False


_REPRISAL_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "retribution"})


def _a_state_reprisal(sent) -> bool:
    """A state named as the subject of an act done "in response", "in retaliation" or "in reprisal" ("Hours later,
    Israel struck targets in southern Lebanon in response"; "Pakistani jets bombed hideouts in retaliation")."""
    for tok in sent:
        if tok.lower_ not in _REPRISAL_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "as"}:
            continue
        verb = tok.head.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            if country_by_name(subj.text) is not None or (subj.lower_ in _STATE_STRIKERS and any(
                    c.dep_ in {"amod", "compound"} and country_by_demonym(c.text) is not None for c in subj.children)):
                return True
    return False


_STATE_STRIKERS = frozenset({"jets", "warplanes", "aircraft", "drones", "forces", "troops", "army", "military",
                             "artillery", "navy", "planes", "helicopters"})


def _after_days(doc: Doc, seg: Segment) -> bool:
    """The segment is the other event that "days after" / "weeks before" sets the incident against."""
    text = doc_text(doc)
    return _APART_BEFORE.search(text, max(0, seg.start - 20), seg.start) is not None


_RANKED_SINCE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|most\s+(?:deadly|lethal|serious|violent))\b[^.;]{0,60}?\bsince\s+$", re.I
)
_EARLIER_ATTACK_WITH_ITS_TOLL = re.compile(
    rf"(?:an?|another|the\s+(?:(?:19|20)\d\d|{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}))"
    r"\s+(?:[\w-]+\s+){0,3}?(?:" + _AN_ATTACK + r"|massacre\b|siege\b|attacks\b|bombings\b)"
    r"[^,;.]{0,60}?\b(?:that|which)\s+(?:had\s+)?(?:killed|left|wounded|injured|claimed)\b[^,;.]*\.(?:\s|$)",
    re.I,
)
"""'Yesterday's attack was the worst since | the 2019 bombing that killed 40 people.': the attack a superlative ranks
this one against, dated or told anew, with its own toll in a relative clause that ends the sentence, is another event,
a segment of its own (its toll and year are not this attack's). Not when the sentence goes on after it ('..., killing
12 people', ', police said, adding that 30 were wounded': the told attack's words) nor with no toll of its own ('the
deadliest since the 2019 bombing.': cut there, the told attack's piece read as a tally)."""


def _tells_another_event(doc: Doc, tok) -> bool:
    text = doc_text(doc)
    if _RANKED_SINCE.search(text, max(0, tok.idx - 90), tok.idx) and _EARLIER_ATTACK_WITH_ITS_TOLL.match(
            text, tok.idx):
        return True
    return _APART_BEFORE.search(text, max(0, tok.idx - 20), tok.idx) is not None and (
        _ANOTHER_EVENT.match(text, tok.idx) is not None or _opens_a_clause(doc, tok)
    ) and not DIED_OF_IT.search(text, max(0, tok.idx - 100), tok.idx)


def _opens_a_clause(doc: Doc, tok) -> bool:
    """ "The attack came two days after | security forces killed a militant commander": 'after' opens a
    clause with a subject of its own, which tells the other event."""
    verb = next((t for t in (tok, tok.head, tok.head.head) if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.i > tok.i - 1 and any(
        c.dep_ == "mark" and c.lower_ in {"after", "before"} and c.i == tok.i - 1 for c in verb.children
    ) and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _clause_verb(tok, hops: int, pos: frozenset[str] = frozenset({"VERB", "AUX"})):
    """The verb `tok` hangs from, climbing at most `hops` heads ("opened fire": the trigger is the verb's
    object; "gathered in the market square on Sunday": the parse may hang the date on the square). The
    last token reached when no verb is found within reach."""
    for _ in range(hops):
        if tok.pos_ in pos or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


_VERB_ONLY = frozenset({"VERB"})


def _by_security_forces(doc: Doc, triggers: list[Trigger]) -> bool:
    """Every strong trigger is an act of a state's security forces: "security forces killed a militant
    commander in a gunfight", "commandos stormed the terminal", "troops opened fire on the gunmen"."""
    strong = [t for t in triggers if t.strong]
    if not strong:
        return False
    for trig in strong:
        verb = _clause_verb(doc[trig.token_i], 3)  # "opened fire": the trigger is the verb's object
        if verb.lemma_.lower() in _SPEECH_LEMMAS | _LATER_ACTS | _REACTION_OR_BLAME_HEADS:
            return False  # "police blamed the group for a bombing": what the forces say, not what they do
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(c.dep_ == "dobj" for c in verb.children):
            return False  # "two soldiers died in an ambush": the forces are the victims
        if not subjects or not all(
                c.lemma_.lower() in SECURITY_FORCE_NOUNS or c.lower_ in SECURITY_FORCE_NOUNS for c in subjects):
            return False
    return True


def _forces_do_it(doc: Doc, triggers: list[Trigger]) -> bool:
    """Every strong trigger's clause has security forces as its subject, with or without an object ("troops
    pursuing the kidnappers clashed with them", "soldiers engaged the bandits"): the state's act, no attack."""
    def doers(verb) -> list:  # "troops pursuing the kidnappers": a participle's doer is the noun it qualifies
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return subjects or ([verb.head] if verb.dep_ == "acl" else [])

    strong = [t for t in triggers if t.strong]
    return bool(strong) and all(
        (subjects := doers(_clause_verb(doc[t.token_i], 3)))
        and all(c.lemma_.lower() in SECURITY_FORCE_NOUNS or c.lower_ in SECURITY_FORCE_NOUNS for c in subjects)
        for t in strong)


_ARMED_FOES = {"militant", "gunman", "gunmen", "insurgent", "fighter", "rebel", "assailant", "attacker", "bomber",
               "jihadist", "guerrilla", "extremist", "terrorist", "kidnapper", "abductor", "bandit", "robber",
               "pirate", "hijacker", "suspect"} | PLANNER_NOUNS
"""Armed men a state's forces fight: killing them is an operation, like an airstrike; so is killing the planner
of an attack ("troops killed the mastermind of the market bombing"), whose own toll stays the attack's."""
_ANY_COUNT = {"other", "others", "more"}
_NO_TARGET_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC"}
_FORCE_VERBS = {"kill", "shoot", "gun", "neutralize", "neutralise", "eliminate", "open", "fire", "wound", "injure",
                "ambush", "attack", "strike", "hit", "bomb", "storm", "raid", "overrun"}
"""What the forces do to armed men in an operation ("killed", "shot dead", "opened fire on"), not an arrest
("Police arrested a suspect in the killing of X": the killing is the incident)."""


def _a_planner_noun(person) -> bool:
    return person.lemma_.lower() in PLANNER_NOUNS or person.lower_ in PLANNER_NOUNS


def _planned_acts(person) -> list:
    """What `person` is said to have planned, any noun: "the mastermind of the bombing", "the man who planned
    the bombing" (a planning verb in a relative clause on him)."""
    if _a_planner_noun(person):
        return [g for p in person.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"]
    return [g for v in person.children if v.dep_ == "relcl" and v.lemma_.lower() in PLANNING_VERBS
            for g in v.children if g.dep_ == "dobj"]


def _attack_planned_by(person):
    """The attack whose planner `person` is ("the mastermind of the bombing", "the man who planned the
    bombing"); None when he planned none."""
    return next((a for a in _planned_acts(person) if a.lemma_.lower() in _ATTACK_LEMMAS), None)


def _planned_attack_told_after(sent) -> int | None:
    """ "Police on Tuesday killed the man who planned | the bombing that killed 24 in Kano last month": the forces'
    harm falls on an attack's planner, and the attack his clause names is told with its own toll after him; the
    token where that attack's phrase starts, so that the raid and the attack are pieces apart."""
    for verb in sent:
        if verb.pos_ != "VERB" or base_form(verb) not in _FORCE_VERBS or not any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in SECURITY_FORCE_NOUNS or c.lower_ in SECURITY_FORCE_NOUNS)
                for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            act = _attack_planned_by(obj)
            # the attack's own toll in a relative clause ("the bombing that killed 24", "the attack on a church
            # that killed 12"; the parse may hang it on the planner): the raid's place and day ("in a raid near X
            # on Tuesday") would not make it one, nor the raid's own toll ("in a raid that also wounded two")
            if act is not None and any(t.dep_ == "relcl" and base_form(t) in HARM_VERBS and t.i > act.i and (
                    t.head.i == obj.i or act.left_edge.i <= t.i <= act.right_edge.i) for t in sent):
                return act.left_edge.i
    return None


def _on_armed_men(doc: Doc, triggers: list[Trigger]) -> bool:
    """The forces' violence falls on armed men only ("Troops killed 12 militants in an operation", "Soldiers
    shot dead four gunmen", ", wounding three others"): an operation against an armed group, not an incident;
    "Soldiers opened fire on protesters, killing five" falls on people no one says were armed."""
    hit = []
    for trig in (t for t in triggers if t.strong):
        verb = _clause_verb(doc[trig.token_i], 3)
        if base_form(verb) not in _FORCE_VERBS:
            return False
        for v in [verb] + [c for c in verb.children if c.dep_ in {"conj", "advcl"} and c.pos_ == "VERB"]:
            for c in v.children:
                if c.dep_ == "dobj":
                    hit.append(c)
                elif c.dep_ == "prep" and c.lower_ in {"on", "at"}:  # "fired on X", not "on Sunday", "at dawn"
                    hit += [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in _NO_TARGET_ENTS]
    armed = False
    for h in hit:
        of = [g for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        head = of[0] if h.like_num and of else h  # "three of the militants"
        if head.lemma_.lower() in _ARMED_FOES or head.lower_ in _ARMED_FOES or _attack_planned_by(head) is not None:
            armed = True
        elif head.lower_ == "fire" and head.dep_ == "dobj":
            continue  # "opened fire on X": X is who was hit
        elif not (head.like_num or head.lower_ in _ANY_COUNT):
            return False
    return armed


@dataclass
class Segment:
    index: int
    start: int
    end: int
    sent: int
    paragraph: int
    triggers: list[Trigger] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    aggregate: bool = False
    state_operation: bool = False
    reaction: bool = False
    blame: bool = False
    separate: bool = False
    spread: bool = False
    period_tally: bool = False
    counted: bool = False
    """A number of people is given ('1,400 people', 'four journalists'), whether or not a toll came of it."""
    response: bool = False
    listed: bool = False
    """One of several events the sentence lists in parallel ("the murders of X in A in 2015 and | of Y in B in
    2017"): what the sentence says of the list is said of each."""
    time_markers: frozenset[str] = frozenset()
    trial: bool = False
    """A court's act over an attack ("a court sentenced two men for a bombing at a market in X"): it names the
    attack, but its date, its court and its convicts are the trial's."""
    aftermath: bool = False
    """What an attack told before went on to disrupt ("The blast also halted work at a mine in Y"): no attack of
    its own, and its places are the disruption's, not the scene's."""
    reprisal: bool = False
    """The sentence tells a state's strike back ("Israel struck targets in southern Lebanon in response, and one
    person was killed in a strike on a car"): another event than the attack it answers."""

    @property
    def strong(self) -> bool:
        return any(t.strong for t in self.triggers)

    hoax: bool = False
    """Only the weapon a hoax threat said was there ("claimed that explosives had been planted")."""

    @property
    def violent(self) -> bool:
        return bool(self.triggers) and not self.aggregate and not self.state_operation and not (
            (self.aftermath or self.hoax) and not self.casualties)


@dataclass
class IncidentGroup:
    segments: list[Segment] = field(default_factory=list)
    tolls: list[CasualtyMention] = field(default_factory=list)
    """Figures told in a sentence of their own right after the incident's, with no violent word ("Two
    worshippers suffered smoke inhalation"): the incident's casualties, though the sentence is none of its
    segments (its places, dates and people say nothing of the scene or the target)."""

    @property
    def core(self) -> list[Segment]:
        """Segments that report the violence itself (a strong trigger or a figure), not commentary."""
        return [s for s in self.segments if s.strong or s.casualties] or self.segments

    @property
    def places(self) -> list[PlaceMention]:
        return [p for s in self.segments for p in s.places]

    @property
    def dates(self) -> list[DateMention]:
        return [d for s in self.segments for d in s.dates]

    def best_place(self, doc: Doc) -> PlaceMention | None:
        lead = {s.sent for s in self.segments if s.places}
        lead = set(sorted(lead)[:_LEAD_SEGMENTS])
        return best_place(self.places, doc, lead)


_LEVEL_RANK = {"city": 0, "admin": 1, "sea": 2, "country": 3}
_COMPASS_BEFORE = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western)\s+$", re.I)
"""A compass adjective right before a town's name ("in southern Kaduna") makes it the area around the town
("central" is not one: "in central Kabul" is the city centre)."""
_LOCATIVE = {
    "in",
    "near",
    "at",
    "off",
    "outside",
    "inside",
    "around",
    "across",
    "into",
    "on",
    "from",
    "of",
    "nearby",
    "towards",
    "toward",
    "outskirts",
    "between",
}
_LEAD_SEGMENTS = 3
_VERBS_TAKING_A_PLACE = {"attack", "raid", "storm", "shell", "bomb", "overrun", "invade", "besiege", "ambush", "target",
                         "hit", "strike", "pound", "bombard", "rock"}
"""Verbs whose direct object can be the place attacked ("Assailants attacked Dikwa", "a rocket hit Sderot",
"airstrikes pounded Idlib"): the place struck, more specific than a region the sentence adds ("in Gaza")."""
_ARTICLES_READ_AS_PREP = {"at", "as", "an", "ad", "ar", "az", "ash"}
"""The Arabic article that opens a name ("At Tuhayta", "As Suwayda") and that the parser reads as an English
preposition heading the rest of the name."""
_SCENE_NOUNS = {"scene", "site", "target", "venue", "setting"}
"""'X was the scene of a bombing', 'X has been the target of attacks': the subject is the place."""


_VENUE_WORDS = {
    "hall",
    "hotel",
    "mall",
    "centre",
    "center",
    "stadium",
    "theatre",
    "theater",
    "arena",
    "market",
    "school",
    "hospital",
    "church",
    "mosque",
    "airport",
    "station",
    "plaza",
    "club",
    "bar",
    "cafe",
}


def _names_a_venue(doc: Doc | None, place: PlaceMention) -> bool:
    """'Crocus City Hall': a name the gazetteer lacks, followed by a building word, is a venue."""
    if doc is None:
        return False
    following = doc_text(doc)[place.location.evidence.end : place.location.evidence.end + 20].split()
    return bool(following) and following[0].lower().strip(".,") in _VENUE_WORDS | {"city"}


def is_dateline(doc: Doc, place: PlaceMention) -> bool:
    """'MOSCOW —', 'BAGHDAD, Iraq —': where the report was filed; often, not always, the incident's town."""
    text = doc_text(doc)
    start, end = place.location.evidence.start, place.location.evidence.end
    line_start = text.rfind("\n", 0, start) + 1
    return line_start == start and any(a <= start and end <= b for a, b in wire_datelines(text))


def _in_the_dateline(doc: Doc, place: PlaceMention) -> bool:
    """The city or the country of a wire dateline ("NIAMEY, Niger —"): where the report was filed."""
    if is_dateline(doc, place):
        return True
    span = doc.char_span(place.location.evidence.start, place.location.evidence.end, alignment_mode="expand")
    return span is not None and in_dateline(span[0])


_CARRIERS = (r"(?:trains?|bus|buses|minibus(?:es)?|coach(?:es)?|flights?|planes?|ferry|ferries|boats?|ships?"
             r"|convoys?|[Ee]xpress)")
"""What carries travellers, before where a journey starts or ends ("a bus from X", "a train to Y")."""
_ROUTE_WORDS = r"(?:highway|road|motorway|expressway|freeway|pipeline|railway|railroad|bypass|route|corridor)"
_ROUTE_AFTER = re.compile(rf"\s?[-\u2013]\s?[A-Za-z][\w'. -]{{0,30}}?\s+(?:\w+\s+)?{_ROUTE_WORDS}\b", re.I)
_ROUTE_BEFORE = re.compile(r"[A-Za-z][\w'.]*\s?[-\u2013]\s?$")
_ROUTE_NEXT = re.compile(rf"\s+(?:\w+\s+)?{_ROUTE_WORDS}\b", re.I)
_END_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
_ROUTE_ENDS = re.compile(
    rf"\b{_ROUTE_WORDS}s?\s+(?:(?:that|which)\s+)?(?:link(?:ing|s)?|connect(?:ing|s)?|join(?:ing|s)?"
    rf"|(?:leading|running|going)\s+from|from|between)\s+(?:the\s+)?(?:(?:town|city|village)s?\s+of\s+)?"
    rf"(?:{_END_NAME}(?:\s+(?:town|city|village))?(?:,\s+[^,.;]{{1,30}}?,)?\s+(?:and|to|with)\s+(?:the\s+)?"
    rf"(?:(?:town|city|village)\s+of\s+)?)?$",
    re.I,
)
"""Before either end of a road named by the towns it joins ("on the road linking Maiduguri to Damboa", "the
highway between X and Y", "the road from X to Y"): like the ends of "the Kabul-Kandahar highway", neither town
is where the road was attacked."""


_DISTRICT_AFTER = re.compile(
    r"\s+(?:district|sub-?district|municipality|county|commune|tehsil)(?=\s*(?:[,.;:)]|$|(?:of|in|near|on)\b))", re.I
)
"""A district named as a place ("in Salh district, Taizz"), not as a modifier ("the district police chief")."""


_HELD_TERRITORY = re.compile(r"[A-Z][a-z]+-(?:administered|controlled|held|occupied)\b")
"""A territory named by who holds it ("Indian-administered Kashmir"), which only says where the place before is."""
_QUALIFIES_NEXT = re.compile(
    r"\s+(?:suburbs?|outskirts|neighbou?rhood|district|quarter|section|borough|township|town|village)\s+of\s+[A-Z]"
)
"""'the Paris suburb of Saint-Denis', 'the Baghdad district of Karrada': the first name only says where
the second is; the second is the place."""


_CITY_NEXT = re.compile(
    r"(?:\s+(?:borough|neighbou?rhood|district|area|quarter|suburb))?,\s+(?:[A-Z][\w'-]*\s+){1,3}city\b"
)
"""A quarter named before "<Name> city" ("Schoeneberg, Berlin city"): the city is the place (a
neighbourhood gives way to its city, as with "X neighborhood, Mogadishu")."""


def _names_a_district(doc: Doc, place: PlaceMention) -> bool:
    """ "in Buraiqeh district, Adan": a district is as specific as a town, and more than the city or
    province named after it, so it competes with towns rather than ranking as a region."""
    if place.level != "admin" or place.location.admin1 is not None:
        return False
    end = place.location.evidence.end
    return bool(_DISTRICT_AFTER.match(doc_text(doc), end, end + 20))


def names_a_route(doc: Doc, place: PlaceMention) -> bool:
    """ "along the Kabul-Kandahar highway in Nani": the towns a road joins are not where it happened."""
    text = doc_text(doc)
    start, end = place.location.evidence.start, place.location.evidence.end
    if _ROUTE_AFTER.match(text, end, min(len(text), end + 60)):
        return True
    if _ROUTE_ENDS.search(text, max(0, start - 160), start):
        return True
    return bool(_ROUTE_BEFORE.search(text[max(0, start - 40) : start]) and _ROUTE_NEXT.match(text, end, end + 30))


_HYPHENED_ORIGIN = re.compile(
    r"(?:-(?:[a-z]+ed|born|bound|made|run)|\s+bound(?=\s+(?!(?:to|by|for|towards?|from|and|or)\b)[a-z]"
    rf"|\s+(?:[A-Z][\w'-]*\s+){{1,3}}{_CARRIERS}\b))\b")
"""A place joined to a participle: where an actor sits, is backed from, flagged or made, or where a train is bound
("a Lahore bound train", hyphen or not, "a Lahore bound Night Express train": the train's name between), not where
the violence happened. Unhyphened, only as a modifier before its noun: in "stopped a bus near X bound for Y", X is
where the bus was."""


_CHAINED_AFTER_A_PLACE_WORD = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+"
                                         r"(?:area|village|town|locality|neighbou?rhood),\s*$")
"""'in X area, ' before a name: the name is the next link of a place chain."""


_TEAM_AFTER = re.compile(r"\s+(?:(?:football|soccer|cricket|basketball|rugby)\s+)?(?:club|team|side|squad)\b")
"""A town before a lower-case team word ("Bamenda club PWD Stars", "the Lagos team bus"): the team's home."""


_CHAIN_NEXT = re.compile(r"(?:\s+(?:district|village|town|county|municipality|community))?,")
"""A place chained to the next one ("X, Ebonyi", "X district, Farah")."""


_OWN_QUARTER_NOUNS = {"district", "neighbourhood", "neighborhood", "quarter", "suburb", "suburbs", "outskirts"}


_BORDER_BEFORE = re.compile(r"\b(?:borders?|frontiers?)\s+(?:with|of)\s+(?:neighbou?ring\s+)?$|\bbordering\s+$", re.I)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b(?!\s*(?:town|city|village|post|region|area|district|province))",
                           re.I)


def beyond_a_border(doc: Doc, place: PlaceMention) -> bool:
    """ "a village near the border with Mali", "close to the Mali border", "bordering Chad": a country named as the
    other side of a border says where the scene lies, not that it lies there."""
    if place.level != "country":
        return False
    text = doc_text(doc)
    start, end = place.location.evidence.start, place.location.evidence.end
    return _BORDER_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _BORDER_AFTER.match(text, end) is not None


def is_locative(doc: Doc, place: PlaceMention) -> bool:
    """The place is where something happened ("in Kabul", "a Baghdad market", "off Oman"), not an
    actor standing for its government ("Kathmandu banned", "India's intelligence"), nor one end of
    a road ("the Kabul-Kandahar highway")."""
    span = doc.char_span(place.location.evidence.start, place.location.evidence.end, alignment_mode="expand")
    if span is None or names_a_route(doc, place):
        return False
    if _HYPHENED_ORIGIN.match(doc_text(doc), place.location.evidence.end):
        return False  # "a London-based company", "Iran-backed", "a Liberia-flagged tanker": who, not where
    if _TEAM_AFTER.match(doc_text(doc), place.location.evidence.end):
        return False  # "players of Bamenda club X", "the Lagos team bus": whose team, not where
    if _names_a_past_attack(doc, place) or beyond_a_border(doc, place):
        return False
    root = span.root
    if root.dep_ == "prep" and root.i == span.start and len(span) > 1 and root.lower_ in _ARTICLES_READ_AS_PREP:
        return True  # "shelled At Tuhayta": the name's article parsed as a preposition that heads it
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in _SCENE_NOUNS for c in root.head.children
    ):
        return True  # "The capital was the scene last May of a bombing": the subject is where
    if root.dep_ == "poss" and root.head.lemma_.lower() in _OWN_QUARTER_NOUNS:
        return True  # "in Lahore's Anarkali district", "on Kabul's outskirts": a part of the city
    if _CHAINED_AFTER_A_PLACE_WORD.search(doc_text(doc), max(0, place.location.evidence.start - 40),
                                          place.location.evidence.start) \
            and _DISTRICT_AFTER.match(doc_text(doc), place.location.evidence.end, place.location.evidence.end + 20):
        return True  # "in X area, Jamrud tehsil, ...": a link of a place chain, however the parse reads the words
    if root.dep_ in {"nsubj", "nsubjpass", "poss", "agent"} or (root.dep_ == "case"):
        return False
    if root.head.lower_ in _LOCATIVE or (root.dep_ == "pobj" and root.head.pos_ == "ADP"):
        return True
    if root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"}:
        return not _qualifies_an_office(root) and not (place.level == "country" and _counted_person(root))
    if root.dep_ in {"appos", "conj", "npadvmod"}:
        return True
    if root.dep_ == "dobj" and root.head.lemma_ in _VERBS_TAKING_A_PLACE:
        return True  # "Assailants attacked Dikwa, Borno, Nigeria": the place attacked
    if span.start > 0 and doc[span.start - 1].pos_ == "VERB" and doc[span.start - 1].lemma_ in _VERBS_TAKING_A_PLACE \
            and _CHAIN_NEXT.match(doc_text(doc), place.location.evidence.end):
        return True  # the same when the parse breaks on an unfamiliar name ("attacked Umuoke, Ebonyi, Nigeria")
    before = doc_text(doc)[max(0, place.location.evidence.start - 12) : place.location.evidence.start].lower().split()
    return bool(before) and before[-1] in _LOCATIVE


_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s+$")
_ATTACK_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|massacres?|siege|shootings?|hijackings?|killings|riots)\b", re.I
)


def _names_a_past_attack(doc: Doc, place: PlaceMention) -> bool:
    """ "the 2008 Mumbai attacks", "since the 2015 Paris attacks": a year and an attack word name
    another, earlier attack by its place; that place is not where this one happened."""
    text = doc_text(doc)
    start, end = place.location.evidence.start, place.location.evidence.end
    return bool(_YEAR_BEFORE.search(text[max(0, start - 6) : start]) and _ATTACK_AFTER.match(text, end, end + 30))


_JOURNEY_VERBS = (r"travell?(?:ing|ed)|heading|headed|going|driving|bound|returning|journeying|plying|sailing"
                  r"|flying|on\s+(?:its|their|his|her)\s+way|en\s+route")
_JOURNEY_START = (r"\s+(?:back\s+|home\s+)?from\s+(?:the\s+)?"
                  r"(?:(?!(?:in|near|at|outside|inside)\s)[^\s.;,]+\s+){0,3}?")
_JOURNEY_END = (r"(?:(?:[^.;]{1,40}?\s)?(?:to|towards?)\s+(?:the\s+)?"
                r"(?:(?!(?:in|near|at|outside|inside)\s)[^\s.;,]+\s+){0,3}?)?$")
_JOURNEY = re.compile(rf"\b(?:{_JOURNEY_VERBS}|{_CARRIERS}){_JOURNEY_START}{_JOURNEY_END}", re.I)
"""Before the start or the end of a journey: "travelling from Quetta to Taftan", "on its way from X", "travelling
from X towards the shrine city of Y", "a bus from X" (where it set out, not where it was hit when the text names
another place; alone, the start still places the act, as GTD codes a hijacked "flight from X"). A place word after
the start ends the journey's words: in "a bus from X in Y", Y is where the bus was."""
_TRAVEL_JOURNEY = re.compile(rf"\b(?:{_JOURNEY_VERBS}){_JOURNEY_START}{_JOURNEY_END}", re.I)
_CARRIERS_START = re.compile(rf"\b{_CARRIERS}{_JOURNEY_START}$", re.I)
"""Right after a carrier's start with no verb of travel ("a bus from X"): it gives way only to another town."""
_DESTINATION = re.compile(
    rf"\b(?:{_CARRIERS}\s+(?:to|for)|board(?:ed|ing)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:to|for)"
    r"|bound\s+for|head(?:ed|ing)\s+(?:to|for|towards?))\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town)\s+of\s+)?$",
    re.I,
)
"""Before where a journey was to end: "waited for a train to X", "a bus bound for X", "waited to board the
Night Express to X", "heading to the holy city of X": the destination, not where the violence happened. Not "on
their way to X" or "en route to X": an attack on the road is told by where it was heading when no town is named on
the way."""
_IN_PLACE_WORD = re.compile(
    r"\b(?:in|at|near|outside)\s+the\s+(?:[a-z-]+\s+){0,2}(?:capital|city|town|village|district|province)\s+$"
)
_TAKEN_TO = re.compile(
    r"\b(?:evacuated|taken|flown|airlifted|rushed|transferred|moved|referred|brought|transported|driven|shifted"
    r"|ferried|carried)"
    r"\s+(?:[^\s.;,]+\s+){0,3}?to\s+(?:(?:a|the)\s+)?(?:[^\s.;,]+\s+){0,3}?$",
    re.I,
)
"""Before where the wounded or the evacuated were taken: "evacuated to Juba", "rushed to a hospital in"."""
_CARRIED_TO = re.compile(
    r"\b(?:shift\w*|took|tak(?:e|es|ing)|rush\w*|mov(?:e|ed|es|ing)|ferr\w*|airlift\w*|evacuat\w*|transport\w*"
    r"|transferr?\w*|carr\w*|br(?:ought|ing|ings|inging))\s+(?:[^\s.;,]+\s+){0,4}?"
    r"(?:bod(?:y|ies)|injured|wounded|dead|victims|casualties|corpses|remains)\s+(?:[^\s.;,]+\s+){0,3}?"
    r"to\s+(?:(?:a|the)\s+)?(?:[^\s.;,]+\s+){0,3}?$",
    re.I,
)
"""The same in the active voice, its object the victims: "rescuers shifted the bodies and injured to X hospital",
"ambulances ferried the wounded to X"."""
_MARCHED_WHOM = "|".join(sorted(CAPTIVE_NOUNS | LIVELIHOOD_NOUNS | {"villager", "worshipper", "resident", "pupil"}))
_MARCHED_TO = re.compile(
    r"\b(?:(?:(?:was|were|been|being)\s+)(?:(?:frog-?)?marched|herded|whisked|trekked)\s+"
    r"|(?:(?:frog-?)?march\w*|herd(?:ed|ing|s)?|whisk\w*|trek\w*)\s+(?:[^\s.;,]+\s+){0,3}?"
    rf"(?:them|him|her|people|men|women|children|(?:{_MARCHED_WHOM})(?:s|es)?)\s+)(?:in)?to\s+"
    r"(?:(?:a|the)\s+)?(?:[^\s.;,]+\s+){0,3}?$",
    re.I,
)
"""Before where kidnappers took their captives: "marched the hostages to a forest near X", "herded them into the
bush outside X", "the captives were marched to X": where the captives were held, not where they were seized. The
verb needs its captives (an object, or the passive): "as mourners marched to a graveyard in X" is the scene."""
_TREATED_IN = re.compile(
    r"\b(?:treated|hospitali[sz]ed|recovering|recuperating|admitted|(?:receiving|undergoing)\s+treatment"
    r"|in\s+(?:a\s+)?(?:stable|critical|serious)\s+condition)\s+(?:[^\s.;,]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town)\s+of\s+)?$",
    re.I,
)
"""Before where a victim is being treated: "is being treated in Port Harcourt", "in stable condition in X"."""
_FIRED_FROM = re.compile(
    r"\b(?:fired|launched|lobbed|shot|flown|sent)\s+(?:[a-z]+\s+){0,2}?(?:from|out\s+of)\s+(?:the\s+)?"
    r"(?:[^\s.;,]+\s+){0,3}?$",
    re.I,
)
"""Before where rockets, shells or drones came from: "rockets fired from Gaza", "a drone launched from
inside Yemen"; the place hit is the scene, not the origin."""
_HIDING_IN = re.compile(
    r"\b(?:hiding|hidden|holed\s+up|sheltering|taking\s+refuge)\s+(?:out\s+)?(?:in|near|around|outside)\s+"
    r"(?:the\s+)?(?:[^\s.;,]+\s+){0,3}?$",
    re.I,
)
"""Before where the accused hide: "militants hiding near Sinjar", "gunmen holed up in X"; not where the
attack happened (their bases are: "an airstrike on rebel bases near X" hits X)."""
_DOERS = "|".join(sorted(ATTACKER_NOUNS | GENERIC_PERPETRATORS, key=len, reverse=True))
_FLEE = r"(?:fled|fleeing|flee|escaped|escaping|retreated|withdrew|headed\s+back)"
_FLED_TO = re.compile(
    # the doers' flight: named as its subject ("the gunmen later fled to X"), told on from the act ("..., then
    # fled to X", "and headed back to X"), or a getaway ("sped off towards X")
    rf"(?:\b(?:{_DOERS})\s+(?:(?:later|then|reportedly|quickly|also|had|have|all|subsequently|immediately)\s+){{0,2}}"
    rf"{_FLEE}|(?:,|\band)\s+(?:then\s+)?{_FLEE}|\b(?:sped|speeding|made|making|drove|driving)\s+off)"
    r"\s+(?:[^\s.;,]+\s+){0,2}?(?:to|towards?|into|in\s+the\s+direction\s+of)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|village|area)\s+of\s+)?$",
    re.I,
)
"""Before where the attackers fled to after the act: "the gunmen sped off towards the town of X", "the attackers
fled to X", "..., then fled to X": where they went, not where it happened. Where others fled before the act is no
such place ("Thousands have fled to Maiduguri since the insurgency began. On Sunday a bomber killed 9 at a camp in
the city": the camp's city is the scene)."""


_INTENDED_FOR = re.compile(
    r"\b(?:intended|meant|planned|designed|supposed|set|sent)\s+to\s+(?:target|hit|strike|attack|bomb|reach)"
    r"\s+(?:the\s+|a\s+)?(?:[^\s.;,]+\s+){0,2}?$",
    re.I,
)
"""Before what an attack was meant to hit: "the drone was intended to target the X International Airport", "the
rockets were meant to hit X": a target it never reached (or the text does not say it did), not where it happened.
Not "aimed at X": news uses it for attacks that hit X ("the attack, aimed at X airport, killed 13")."""


_CAME_FROM = re.compile(
    r"\b(?:came|come|comes|coming|arrived|arriving|crossed|crossing|infiltrated|infiltrating|sneaked|snuck"
    r"|slipped|hailed|hailing|originated|originating)\s+(?:in\s+|over\s+|back\s+|across\s+)?from\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?$",
    re.I,
)
"""Right before where the attackers came from: "gunmen who came from Jalalabad stormed ...", "fighters
who had crossed from X": their origin, not the scene (the place must follow 'from' at once: "the blast
came from a market in X" keeps X)."""


_HOME_OF = re.compile(
    r"(?:\b(?:a|an)\s+(?:[\w-]+\s+)?(?:resident|native|inhabitant)\s+of"
    r"|\b\d{1,3}-year-old(?:\s+[a-z]+){0,2}?\s+(?:from|of)|\bwho\s+(?:had\s+)?(?:lived|lives|grew\s+up)\s+in)"
    r"\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?$",
    re.I,
)
"""Right before a person's home town: "the gunman, a resident of X", "a native of X", "a 24-year-old (man)
from X", "who lived in X": who the person is, not where the violence happened."""


def _home_of(doc: Doc, p: PlaceMention) -> bool:
    """A person's home town: "a resident of X", "a 24-year-old from X", or "of (nearby) X" right after a
    person's name ("identified as John Reed of nearby X", "Jane Doe, 31, of X")."""
    text = doc_text(doc)
    start = p.location.evidence.start
    if _HOME_OF.search(text[max(0, start - 60) : start]):
        return True
    span = doc.char_span(start, p.location.evidence.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "of":
        return False
    of = span.root.head
    name = doc[of.i - 1] if of.i > 0 else of
    if name.text == "," and of.i >= 3 and doc[of.i - 2].like_num and doc[of.i - 3].text == ",":
        name = doc[of.i - 4] if of.i >= 4 else name  # "Jane Doe, 31, of X"
    return name.ent_type_ == "PERSON" and name.pos_ == "PROPN"


_ISLAND_NEXT = re.compile(r"\s+[Ii]sland\b")
_ISLAND_BEFORE = re.compile(r"\b[Ii]sland\s+of\s+$")
_ISLAND_KM = 60


def _names_an_island(doc: Doc, p: PlaceMention) -> bool:
    """'on Jolo island', 'the island of Jolo': the island, even when a town bears its name, is wider than
    a town the text names on it (a listed town within _ISLAND_KM of the island's town)."""
    text = doc_text(doc)
    start, end = p.location.evidence.start, p.location.evidence.end
    return bool(_ISLAND_NEXT.match(text, end) or _ISLAND_BEFORE.search(text[max(0, start - 12) : start]))


# A body town told as a settlement of its own ("near the town of Katari", "Kuriga, a village ...", "Katari, 40 km
# from ..."), not as a part of the headline's city ("in Lyari", "in the Lyari area").
_SETTLEMENT_NOUNS = "(?:" + "|".join(sorted(_SETTLEMENT_WORDS - {"city", "ward", "sector"})) + ")"  # a city's
# wards and sectors are its parts
_SETTLEMENT_BEFORE = re.compile(rf"\b(?:{_SETTLEMENT_NOUNS}\s+of|near|outside|close\s+to)\s+(?:the\s+)?$", re.I)
_SETTLEMENT_AFTER = re.compile(
    rf"^(?:\s+{_SETTLEMENT_NOUNS}\b|,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}{_SETTLEMENT_NOUNS}\b|,?\s+"
    r"(?:about|some|around|nearly|roughly)?\s*\d[\d.,]*\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\b)", re.I)


def _separate_settlement(doc: Doc, p: PlaceMention) -> bool:
    """The body names the town as a settlement apart from any city ("the village of X", "near X", "X, 30 km
    from ..."): only then is it a finer place than the headline's city, not one of its quarters."""
    text = doc_text(doc)
    start, end = p.location.evidence.start, p.location.evidence.end
    return bool(_SETTLEMENT_BEFORE.search(text[max(0, start - 40):start]) or _SETTLEMENT_AFTER.match(text, end))


def _headline_towns(doc: Doc, places: list[PlaceMention], lead: set[int] | None) -> set[int]:
    """ "Gunmen attack bus in Kaduna | ... opened fire on a bus near the town of Katari": the headline names the
    place its reader knows; an unlisted town of the same country the body ties to the act is the finer place
    (the ids of the headline's towns that give way), when the body names no listed town. A bare "in Lyari" or
    "the Lyari area" is a quarter of the headline's city, which keeps its coordinates."""
    head_end = headline_end(doc_text(doc))
    body_towns = [q for q in places if q.level == "city" and q.location.geonames_id is None
                  and q.location.evidence.start >= head_end and (lead is None or q.sent in lead)
                  and is_locative(doc, q) and not _passed_through(doc, q) and _separate_settlement(doc, q)]
    if not body_towns or any(q.level == "city" and q.location.geonames_id is not None
                             and q.location.evidence.start >= head_end for q in places):
        return set()  # a listed town in the body too: the usual ranks decide
    return {id(p) for p in places if p.level == "city" and p.location.evidence.start < head_end and any(
        q.location.name != p.location.name and q.location.country_code in (None, p.location.country_code)
        for q in body_towns)}


def best_place(places: list[PlaceMention], doc: Doc | None = None, lead: set[int] | None = None) -> PlaceMention | None:
    """The most specific place the incident's lead sentences tie to it: places in the first segments
    and in locative position win; then cities over regions over countries; then the earliest."""
    if doc is not None:
        # where the attackers fled after the act is no scene even when the text names no other place ("seized two
        # fishermen off Jolo on Sunday. The gunmen fled towards Patikul": the scene is unknown, not Patikul)
        places = [p for p in places if not _doers_fled_to(doc, p)]
    if not places:
        return None

    # the dateline says where the report was filed, not where it happened: its names are no scene, whatever the
    # parse makes of them ("NIAMEY, Niger — JNIM said ..." read the city as a modifier of the speaker, "Its
    # fighters attacked ..., JNIM said" as nothing), and they cast no vote against a town the text places
    # the attack in ("DAKAR, Senegal — ... near Kidal"); with no scene named, its country before its city
    datelined = {id(p) for p in places if doc is not None and _in_the_dateline(doc, p)}
    votes = Counter(
        p.location.country_code
        for p in places
        if p.location.country_code and (lead is None or p.sent in lead) and id(p) not in datelined
        and (doc is None or (is_locative(doc, p) and not _passed_through(doc, p)))
    )
    majority = votes.most_common(1)[0][0] if votes else None
    # "... school in Nigeria's Kaduna" in the headline over "Kuriga, a village in Kaduna State": the
    # headline's name is the state's, and ranks as a region
    regions = {p.location.name.lower() for p in places if p.level == "admin"}
    head_end = headline_end(doc_text(doc)) if doc is not None and regions else 0
    # "on Jolo island ... in Patikul": an island town gives way to another listed town on or near the island
    islands = {id(p) for p in places if p.level == "city" and doc is not None and _names_an_island(doc, p) and any(
        q.level == "city" and q.location.geonames_id not in (None, p.location.geonames_id)
        and not _names_an_island(doc, q) and (d := _distance_km(p, q)) is not None and d <= _ISLAND_KM
        for q in places
    )}

    # "in southern Kaduna ... the village of Kauru": the compass names the area around the town, and gives way
    # only to a listed town inside it, not to one elsewhere ("northern Mexico City ... people from Toluca")
    compass_areas = {id(p) for p in places if p.level == "city" and doc is not None and _COMPASS_BEFORE.search(
        doc_text(doc), max(0, p.location.evidence.start - 24), p.location.evidence.start) and any(
        q.level == "city" and q.location.name != p.location.name and in_same_province(p, q) for q in places)}

    journey_chain = _chained_to_journey_ends(doc, places) if doc is not None else set()
    headline_towns = _headline_towns(doc, places, lead) if doc is not None else set()

    def passed(p: PlaceMention) -> bool:
        """ "a bus from X ... in Pakistan": a carrier's start gives way to another town or district named as a
        scene, not to a province or country that may hold it (the start is then the finer place)."""
        if not _passed_through(doc, p):
            return False
        if not _only_a_carriers_start(doc, p):
            return True
        return any(q is not p and q.location.name != p.location.name and (q.level == "city" or _district(doc, q))
                   and not _passed_through(doc, q) for q in places)

    def rank(p: PlaceMention) -> tuple:
        in_lead = lead is None or p.sent in lead
        loc = doc is None or ((is_locative(doc, p) or _after_place_word(doc, p)) and not passed(p)
                              and id(p) not in datelined and id(p) not in journey_chain)
        # a lone town in another country than the rest of the lead is usually a misread name
        odd = majority is not None and p.location.country_code not in (None, majority) or (
            doc is not None and beyond_a_border(doc, p))  # "near the border with Mali": the other side, last
        unresolved = p.location.geonames_id is None and p.level == "city" and _names_a_venue(doc, p)
        dateline = doc is not None and is_dateline(doc, p)
        level = 0 if doc is not None and _district(doc, p) else _LEVEL_RANK.get(p.level, 9)
        if p.location.evidence.start < head_end and p.location.name.lower() in regions:
            level = max(level, _LEVEL_RANK["admin"])
        if id(p) in headline_towns:
            level = max(level, _LEVEL_RANK["admin"])
        if id(p) in islands:
            level = max(level, _LEVEL_RANK["admin"])  # "on Jolo island" gives way to a town on it
        if id(p) in compass_areas:
            level = max(level, _LEVEL_RANK["admin"])  # "in southern Kaduna": the area, a town in it is finer
        if _a_landmark(p):
            level = max(level, _LEVEL_RANK["admin"])  # "near Lido beach": a site by a town, the town is finer
        if doc is not None and placed_by_a_distance(doc, p):
            level = max(level, _LEVEL_RANK["sea"])  # "280 km northeast of X": far from X, any region is finer
        if dateline:
            level = _LEVEL_RANK["country"] + 1  # "NIAMEY, Niger —" and no scene named: Niger, not the city
        within_city = doc is not None and _CITY_NEXT.match(doc_text(doc), p.location.evidence.end) is not None
        qualifies = doc is not None and _qualifies_next(doc, p)
        office = doc is not None and _office_of(doc, p)
        return (not in_lead, not loc, office, odd, within_city, level, qualifies, unresolved, dateline,
                p.location.evidence.start)

    def _qualifies_next(doc: Doc, p: PlaceMention) -> bool:
        """ "the Baghdad district of Karrada": the next name is the place; not when it is a country, a
        listed province or a held territory ("the Kurram district of Pakistan", "the Kupwara district of
        Indian-administered Kashmir"), which only says where the first one is."""
        text = doc_text(doc)
        m = _QUALIFIES_NEXT.match(text, p.location.evidence.end)
        if m is None or _HELD_TERRITORY.match(text, m.end() - 1):
            return False
        nxt = min((q for q in places if q.location.evidence.start >= m.end() - 1),
                  key=lambda q: q.location.evidence.start, default=None)
        if nxt is None or nxt.location.evidence.start > m.end() - 1:
            return True
        return not (nxt.level == "country" or (nxt.level == "admin" and nxt.location.admin1 is not None)
                    or _HYPHENED_ORIGIN.match(text, nxt.location.evidence.end) is not None)

    def _district(doc: Doc, p: PlaceMention) -> bool:
        """A district is as specific as a town. An unlisted one may carry the province the chain after it
        names ("Sirwah district, Marib, Yemen"); one followed by a city is a quarter of that city
        ("Hodan district, Mogadishu"), and the city is the place."""
        if _names_a_district(doc, p):
            return True
        end = p.location.evidence.end
        after = _DISTRICT_AFTER.match(doc_text(doc), end, end + 20)
        if p.level != "admin" or names_a_province(p) or after is None:
            return False
        nxt = min((q for q in places if q.location.evidence.start >= after.end()),
                  key=lambda q: q.location.evidence.start, default=None)
        return not (nxt is not None and nxt.level == "city" and nxt.location.geonames_id is not None
                    and doc_text(doc)[after.end() : nxt.location.evidence.start].strip() == ",")

    return min(places, key=rank)


_LANDMARK_WORDS = {"beach", "valley", "river", "lake", "hill", "hills", "mountain", "mountains", "forest", "park",
                   "square", "bridge", "dam", "island"}


def _a_landmark(p: PlaceMention) -> bool:
    """ "near Lido beach", "on the banks of the Jubba river": an unlisted name closed by a lower-case landmark noun
    names a beach or a river, not a town (the gazetteer's "Lido Beach" is a town in New York)."""
    last = p.location.evidence.text.split()[-1] if p.location.evidence.text.split() else ""
    return p.level == "city" and p.location.geonames_id is None and last.islower() and last in _LANDMARK_WORDS


def _after_place_word(doc: Doc, p: PlaceMention) -> bool:
    """ "in the provincial capital Mazar-i-Sharif": the parser may make a long name the subject of
    what follows, but the preposition and place word before it say where."""
    before = doc_text(doc)[max(0, p.location.evidence.start - 60) : p.location.evidence.start]
    return _IN_PLACE_WORD.search(before) is not None


_CHAIN_GAP = re.compile(r"(?:\s+(?:province|region|state|district|governorate|county))?\s*,\s*", re.I)


def _chained_to_journey_ends(doc: Doc, places: list[PlaceMention]) -> set[int]:
    """ "a drone heading towards X, Y province, Z": the province and country chained after a journey's end say
    where that end is; they are no scene of their own, so with no other place named the end still places the
    act (as a lone destination does), not its province."""
    text = doc_text(doc)
    ordered = sorted(places, key=lambda q: q.location.evidence.start)
    chained: set[int] = set()
    for prev, p in itertools.pairwise(ordered):
        gap = text[prev.location.evidence.end : p.location.evidence.start]
        # the province may be read as an unlisted town ("X, Asir, Saudi Arabia"): a chained name with no entry
        if _CHAIN_GAP.fullmatch(gap) and (p.level in {"admin", "country"} or p.location.geonames_id is None) \
                and (id(prev) in chained or _passed_through(doc, prev)):
            chained.add(id(p))
    return chained


def _doers_fled_to(doc: Doc, p: PlaceMention) -> bool:
    """The place follows the attackers' flight after the act (`_FLED_TO`)."""
    start = p.location.evidence.start
    return _FLED_TO.search(doc_text(doc)[max(0, start - 80) : start]) is not None


def _passed_through(doc: Doc, p: PlaceMention, journey: bool = True) -> bool:
    """ "a bus travelling from Quetta to Taftan", "a train to X", "evacuated to Juba", "rockets fired from Gaza",
    "militants hiding near Sinjar", "gunmen who came from X": the ends of a journey, where the wounded
    were taken, where captives were marched, where the fire and the attackers came from, what the attack was
    meant to hit, where the accused hide, where someone lives
    ("a resident of X"), where the dead were buried and where a body was found, not where it happened."""
    before = doc_text(doc)[max(0, p.location.evidence.start - 80) : p.location.evidence.start]
    return bool(journey and _JOURNEY.search(before) or _DESTINATION.search(before) or _TAKEN_TO.search(before)
                or _CARRIED_TO.search(before) or _MARCHED_TO.search(before)
                or _TREATED_IN.search(before)
                or _FIRED_FROM.search(before) or _HIDING_IN.search(before) or _CAME_FROM.search(before)
                or _FLED_TO.search(before)
                or _INTENDED_FOR.search(before)
                or _home_of(doc, p) or _funeral_place(doc, p) or _body_found(doc, p) or _died_later_at(doc, p))


def _only_a_carriers_start(doc: Doc, p: PlaceMention) -> bool:
    """ "a bus from X": passed through only by the carrier's words, with no verb of travel ("travelling from")."""
    before = doc_text(doc)[max(0, p.location.evidence.start - 80) : p.location.evidence.start]
    return bool(_CARRIERS_START.search(before)) and not _TRAVEL_JOURNEY.search(before) \
        and not _passed_through(doc, p, journey=False)


def _died_later_at(doc: Doc, p: PlaceMention) -> bool:
    """ "One of them died later at a military hospital in Kabul", "A third officer died of his wounds in
    Karachi": where a victim died after the attack (as where the wounded were taken), not its scene."""
    span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    return died_of_wounds(_clause_verb(span.root, 5))


_SUBJECTS = {"nsubj", "nsubjpass"}


_VIOLENT_VERBS = STRONG_LEMMAS | WEAK_LEMMAS | KILLING_VERBS | {"lynch", "shell", "bomb"}


def _violent_verb(verb) -> bool:
    return verb.lemma_.lower() in _VIOLENT_VERBS


def _coordinated_events(sent) -> list[int]:
    """ "X was stabbed in A in May 2015 and Y was shot dead in B in June 2017": clauses joined by 'and',
    each with a subject and a time of its own, report two events; the second clause starts after 'and'
    (whether they are two incidents is for the grouping to decide)."""
    cuts = []
    dated = [e for e in span_ents(sent) if e.label_ == "DATE"]
    for tok in sent:
        if tok.lower_ == "then" and tok.dep_ == "advmod" and _then_clause(tok):
            first, second, cut = tok.head.head, tok.head, tok.i
        else:
            if tok.dep_ != "cc" or tok.lower_ != "and" or tok.head.pos_ not in {"VERB", "AUX"}:
                continue
            first, cut = tok.head, tok.i + 1
            second = next((c for c in first.children if c.dep_ == "conj" and c.i > tok.i), None)
            if second is None and first.dep_ == "advcl" and first.tag_ == "VBG":
                # "attacked a village on Saturday, killing four, and on Monday they struck a post": the parser
                # hangs the second clause on the first clause's verb, past the participle the 'and' follows
                first = first.head
                second = next((c for c in first.children if c.dep_ == "conj" and c.i > tok.i), None)
        if second is None or second.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(c.dep_ in _SUBJECTS for c in second.children) or not any(
                c.dep_ in _SUBJECTS for c in first.children):
            continue
        if not (_violent_verb(first) and _violent_verb(second)):
            continue  # "ten hostages were released on May 2 and the rest on May 9" reports no second attack
        if any(e.end <= tok.i for e in dated) and any(e.start > tok.i for e in dated):
            cuts.append(cut)
    return cuts


def _then_clause(then) -> bool:
    """ "shot dead three farmers in A on Monday, then on Wednesday they shot two traders in B": 'then' after a
    comma opens a clause of its own (an adverbial clause the parser hangs on the first verb)."""
    verb = then.head
    return verb.pos_ == "VERB" and verb.dep_ in {"advcl", "conj"} and verb.head.pos_ == "VERB" \
        and then.i > verb.head.i and then.i > 0 and then.doc[then.i - 1].text in {",", ";"}


def _listed_events(sent, triggers: list[Trigger]) -> dict[int, Trigger]:
    """ "the murders of X in A in December 2015 and of Y in B in November 2017": one attack noun with two
    'of' phrases joined by 'and', each with a time of its own, lists two events. The second starts at its
    'of' and shares the noun as its trigger (whether they are two incidents is for the grouping to decide).
    "blamed the group for a bombing in A on March 4 and for an attack on a checkpoint in B on March 9": a
    'for' repeated after 'and' with an attack noun of its own, each dated, lists two events too; the second
    starts at its 'for', and its noun, listed beside a violent one, is a strong trigger."""
    doc = sent.doc
    nouns = {t.token_i: t for t in triggers if t.strong and doc[t.token_i].pos_ == "NOUN"
             and any(c.dep_ == "prep" and c.lower_ == "of" for c in doc[t.token_i].children)}
    dated = [e for e in span_ents(sent) if e.label_ == "DATE"]
    out: dict[int, Trigger] = {}
    for tok in sent:
        if tok.lower_ != "and" or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ not in {"of", "for"}:
            continue
        if doc[tok.i + 1].lower_ == "of":
            head = next((nouns[i] for i in range(tok.i - 1, sent.start - 1, -1) if i in nouns), None)
            first = head.token_i if head is not None else tok.i
        else:
            head, first = _listed_for(sent, tok.i, triggers)
        if head is None:
            continue
        if any(first < e.start and e.end <= tok.i for e in dated) and any(e.start > tok.i for e in dated):
            out[tok.i + 1] = head
    return out


def _listed_for(sent, and_i: int, triggers: list[Trigger]) -> tuple[Trigger | None, int]:
    """The attack noun after 'and for' ("and for an attack on a checkpoint"), as a strong trigger, when an
    earlier 'for' in the sentence governs a violent noun ("blamed X for a suicide bombing ... and for ..."),
    with that earlier noun's index."""
    doc = sent.doc
    strong = {t.token_i for t in triggers if t.strong}
    earlier = next((c.i for t in doc[sent.start : and_i] if t.lower_ == "for"
                    for c in t.children if c.dep_ == "pobj" and c.i in strong), None)
    noun = next((c for c in doc[and_i + 1].children if c.dep_ == "pobj"), None)
    if earlier is None or noun is None or noun.lemma_.lower() not in _ATTACK_LEMMAS:
        return None, and_i
    return Trigger(noun.i, noun.idx, noun.idx + len(noun.text), True), earlier


_ATTACK_LEMMAS = {"attack", "bombing", "blast", "explosion", "ambush", "raid", "assault", "shooting", "massacre",
                  "kidnapping", "abduction", "killing", "murder", "assassination", "beheading", "hijacking",
                  "strike", "airstrike", "stabbing", "shelling"}
"""Nouns of an attack. 'strike' counts ("claimed a drone strike on a base in X on Friday"): the phrase rules
that use it want the noun with a target or place, which a labour strike seldom has."""


def _attacks_counted(doc: Doc, seg: Segment) -> bool:
    """A number of attacks ("more than 40 drone attacks ... have been registered in X in the last 12 months"):
    over a period, a tally of many attacks, not one of them."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    return span is not None and any(
        t.like_num and t.dep_ == "nummod" and t.head.tag_ == "NNS" and t.head.lemma_.lower() in _ATTACK_LEMMAS
        for t in span)


_CRAFT_LOST = re.compile(
    r"\blost\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly)\s+)?(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|a\s+dozen|dozens\s+of|several|many|\d+)\s+(?:[\w-]+\s+)?(?:planes|aircraft|airliners|jets|warplanes|"
    r"helicopters|choppers|drones|ships|vessels|tanks)\s+to\b",
    re.I,
)
"""'The airline has lost two planes to attacks since 2015', 'the air force has lost four helicopters to rebel fire in
recent years': more than one craft lost over a span of time is a tally of losses over several attacks (vague history),
not one incident; with no span told, or with a day or a single attack told ('lost two ships to a missile attack off
Hodeidah on Monday'), it is one attack (`_craft_lost_over_time`)."""
_OVER_A_SPAN = re.compile(
    r"\b(?:since\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak)|then)|over\s+the\s+(?:years|decades?|past|last)"
    r"|in\s+(?:recent|the\s+past|the\s+last)\s+(?:\w+\s+)?(?:years|months|decades?)|over\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:years|decades|months)|so\s+far\s+this\s+year|this\s+year|during\s+the\s+war)\b",
    re.I,
)
_ONE_ATTACK_OR_DAY = re.compile(
    r"\b(?:a\s+(?:single|lone)\b|(?:a|one)\s+(?:[\w-]+\s+)?(?:attack|strike|raid|bombing|blast|explosion|ambush)\b"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|last\s+night)",
    re.I,
)


def _craft_lost_over_time(low: str) -> bool:
    """More than one craft lost to something over a span of time told, with no day nor single attack told."""
    return _CRAFT_LOST.search(low) is not None and _OVER_A_SPAN.search(low) is not None \
        and _ONE_ATTACK_OR_DAY.search(low) is None


_STATISTIC = re.compile(
    r"\b(?:per\s?cent|percent|statistics|figures\s+(?:show|showed|released)|data\s+(?:show|showed)|rate)\b|\d\s?%"
    r"|\b(?:rose|risen|rising|fell|fallen|dropped|declined|increased|decreased|doubled|tripled|trebled|halved"
    r"|surged|jumped|soared)\b",
    re.I,
)
"""A rate, a change or a share ('rose by 40 percent', 'accounted for 90 percent of', 'police figures show')."""


def _one_doer(doc: Doc, triggers: list[Trigger]) -> bool:
    """ "Security was tightened since a man drove a truck into a crowd in Nice in 2016, killing 86 people": a violent
    act one person did ("a man", "an attacker" as the subject of a strong verb) is one attack, not a running total,
    whatever period word ("since") frames it. Only when the toll is the doer's own (the figure inside the verb's
    clause): "200 people have been killed in clashes since a man shot a herder" stays a running total."""
    for trig in triggers:
        verb = doc[trig.token_i]
        if not trig.strong or verb.pos_ != "VERB" or not any(_a_toll_figure(t) for t in verb.subtree):
            continue
        # ", killing six people": the participle's doer is its clause's subject
        verbs = [verb, verb.head] if verb.dep_ in {"advcl", "conj"} and verb.tag_ == "VBG" else [verb]
        if any(s.dep_ == "nsubj" and s.tag_ == "NN" and s.lemma_.lower() in _LONE_DOERS
               and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in s.children)
               for v in verbs for s in v.children):
            return True
        if _toll_of_one_event(verb) or _one_target_struck(verb):
            return True
    return False


_ONE_TARGETS = HELD_PLACES | _SETTLEMENT_WORDS - {"city"} | {
    "church", "mosque", "temple", "school", "market", "bus", "minibus", "convoy", "hotel", "hospital", "prison",
    "patrol", "truck", "vehicle", "train", "bar", "restaurant", "wedding", "funeral"}
_HABITUAL_ADVERBS = HABITUAL_ADVERBS | REPEAT_ADVERBS


def _one_target_struck(verb) -> bool:
    """ "Gunmen attacked a military post late last month, killing three soldiers": a strong act on one place or
    vehicle named in the singular ("a military post", "the village", "a bus") is one attack, whatever period word
    dates it; not acts told as a habit or a count ("have repeatedly attacked the village", "attacked the town
    twice", "several times this year"), nor in the present perfect ("have attacked the village this year"),
    which sums the period's acts."""
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS or c.dep_ == "npadvmod" and c.lower_ == "times"
           or c.dep_ == "aux" and c.lower_ in {"have", "has"} for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.tag_ == "NN" and c.lemma_.lower() in _ONE_TARGETS
               and any(d.dep_ == "det" and d.lower_ in {"a", "an", "the"} for d in c.children) for c in verb.children)


_ONE_EVENT_NOUNS = _ATTACK_LEMMAS | {"siege", "rampage", "standoff", "stand-off"}


def _toll_of_one_event(verb) -> bool:
    """ "ten years since a siege in which gunmen killed 41 people", "since the bombing that killed 12": the toll is
    told in a relative clause of one event noun (singular, with its article), so it is that event's, not a running
    total since it."""
    noun = verb.head
    if not (verb.dep_ == "relcl" and noun.tag_ == "NN" and noun.lemma_.lower() in _ONE_EVENT_NOUNS
            and any(d.dep_ == "det" and d.lower_ in {"a", "an", "the"} for d in noun.children)):
        return False
    # "300 people have been killed since a siege in which gunmen killed 38": a figure outside the clause is a
    # running total since that event, so the sentence is a tally, not the event's record
    own = {t.i for t in verb.subtree}
    return not any(_a_toll_figure(t) for t in verb.sent if t.i not in own)


_LONE_DOERS = PERSON_NOUNS | {"attacker", "assailant"}


def _a_toll_figure(tok) -> bool:
    """A count of people in a clause ("killing 86 people", "six"), not its year or day ("in 2016")."""
    return tok.like_num and tok.ent_type_ not in {"DATE", "TIME", "ORDINAL", "CARDINAL_YEAR"} and not (
        tok.shape_ == "dddd" and tok.text[:2] in {"19", "20"})


def _a_statistic(span, triggers: list[Trigger]) -> bool:
    """ "Kidnappings in the state rose by 40 percent last year, police figures show", "The region accounted for
    more than 90 percent of crew kidnappings at sea": events counted as a kind, by a rate, a change or a share,
    are a statistic, no incident; its only violent words are bare plural event nouns (no 'the', no number)."""
    if not triggers or not _STATISTIC.search(span.text):
        return False
    doc = span.doc
    for t in triggers:
        tok = doc[t.token_i]
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in _ATTACK_LEMMAS or any(
                c.dep_ in {"det", "poss", "nummod"} for c in tok.children):
            return False
    return True


def _piece_triggers(doc: Doc, a: int, b: int, listed: dict[int, Trigger]) -> list[Trigger]:
    """The triggers of the piece doc[a:b]; a listed event's piece ("and of Y in B in 2017") has its noun's, and
    one whose own words are weak ("and for an attack on a checkpoint") its listed noun as a strong trigger."""
    own = find_triggers(doc[a:b])
    if a not in listed or any(t.strong for t in own):
        return own
    return [t for t in own if t.token_i != listed[a].token_i] + [listed[a]]


_DISRUPTION_VERBS = {"halt", "disrupt", "suspend", "interrupt", "cut", "shut", "close", "stop", "delay", "paralyse",
                     "paralyze", "knock", "black", "plunge", "cripple", "ground", "block", "force"}
"""What an attack does to work, power or traffic ('halted operations', 'cut power to', 'forced the closure')."""


def _aftermath(doc: Doc, triggers: list[Trigger]) -> bool:
    """Every trigger is an attack told before ('the blast', 'the explosion', 'its attack') as the subject of
    a disruption: "The blast also halted operations at a mine in Gua" tells the effect, not a second blast. (A
    weak 'the attack disrupted the vote' opens nothing anyway, and stays with the incident it comments on.)"""
    if not triggers or not all(t.strong for t in triggers):
        return False
    for trig in triggers:
        tok = doc[trig.token_i]
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or not _definite(tok):
            return False
        if tok.head.lemma_.lower() not in _DISRUPTION_VERBS:
            return False
    return True


_OPERATION_ANAPHORS = {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombardment", "bombing",
                       "bombings", "shelling", "sortie", "sorties"}
"""What an operation told before is called again ("An airstrike hit a wedding ... The strike hit a house")."""


def _the_operation_again(doc: Doc, triggers: list[Trigger], planned: set[str] | frozenset[str] = frozenset()) -> bool:
    """Every strong trigger is 'the strike' told before, or what it did ("The strike hit a house in Barmal"):
    the state operation of the sentence before, not an attack of its own. Not the attack whose planner the
    operation killed (`planned`: "Troops killed the mastermind of the market bombing. The bombing killed 24")."""
    strong = [doc[t.token_i] for t in triggers if t.strong]
    if not strong:
        return False
    for tok in strong:
        nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not nouns or not all(n.lower_ in _OPERATION_ANAPHORS and _definite(n) and n.lower_ not in planned
                                for n in nouns):
            return False
    return True


def _acts_planned(span) -> set[str]:
    """The acts planned in `span` ("the mastermind of the market bombing": {"bombing"}): any noun after a planner
    noun ("the mastermind of the bombardment", an operation word no attack noun lists), the attack noun after a
    planning verb ("the man who planned the bombing", not "who organised the festival")."""
    return {a.lower_ for t in span for a in _planned_acts(t)
            if _a_planner_noun(t) or a.lemma_.lower() in _ATTACK_LEMMAS}


_TOLL_ONLY_VERBS = HARM_VERBS | {"die"}


def _toll_only(doc: Doc, span, triggers: list[Trigger]) -> bool:
    """Every strong trigger only counts the harmed, naming no doer and no place of its own ("He said 22 others
    were wounded, including the groom", "Three more people died in hospital"): right after a state operation,
    the toll of that operation, not an attack of its own."""
    told = [doc[t.token_i] for t in triggers if t.strong] or [doc[t.token_i] for t in triggers]
    if not told or any(e.label_ in {"GPE", "LOC", "FAC"} for e in span_ents(span)):
        return False
    for tok in told:
        if tok.pos_ != "VERB" or base_form(tok) not in _TOLL_ONLY_VERBS:
            return False
        if any(c.dep_ in {"nsubj", "agent"} for c in tok.children) and base_form(tok) != "die":
            return False  # "militants killed five", "five were wounded by gunmen": a doer is named
    return True


def _segments(doc: Doc) -> list[Segment]:
    out: list[Segment] = []
    paragraph = 0
    operation_before = False  # the last segment with a strong trigger was a state operation
    attack_before = False  # a strong trigger not the forces' own came before
    planned: set[str] = set()  # the acts whose planner that operation killed ("the mastermind of the bombing")
    dateline: int | None = None
    for si, sent in enumerate(doc.sents):
        if si and "\n" in doc_text(doc)[sent.start_char - 2 : sent.start_char]:
            paragraph += 1
        if _DATELINE.fullmatch(sent.text):
            dateline = sent.start_char  # joins the next sentence's segment, so its date is the incident's
            continue
        cuts = [sent.start]
        apart: set[int] = set()
        for tok in sent:
            if tok.i > sent.start + 3 and doc[tok.i - 1].text in {",", ";"} and (
                tok.lower_ in _CLAUSE_BREAKS or _SEPARATE_CLAUSE.match(doc_text(doc), tok.idx)
            ):
                cuts.append(tok.i)
            elif tok.text == ";" and tok.i > sent.start + 3:
                cuts.append(tok.i + 1)
            elif tok.i > sent.start + 3 and _tells_another_event(doc, tok):
                cuts.append(tok.i)
                apart.add(tok.i)
        planned_after = _planned_attack_told_after(sent)
        if planned_after is not None:
            cuts.append(planned_after)
        cuts.append(sent.end)
        sent_triggers = find_triggers(sent)
        reprisal = _a_state_reprisal(sent)
        listed = _listed_events(sent, sent_triggers)
        cuts = sorted({*cuts, *_coordinated_events(sent), *listed})
        pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        triggered = [sent_triggers if (a, b) == (sent.start, sent.end) else _piece_triggers(doc, a, b, listed)
                     for a, b in pieces]
        # "The army launched an offensive ..., days after | a suicide bomber killed six civilians at a market":
        # the attack told apart stays a piece of its own, or the operation would swallow it
        told_apart = any(a in apart and any(t.strong for t in trig) for (a, _), trig in zip(pieces, triggered,
                                                                                             strict=True)) and any(
            a not in apart and is_state_operation(doc[a:b]) for a, b in pieces)
        if len(pieces) > 1 and sum(1 for t in triggered if t) < 2 and not told_apart:
            pieces = [(sent.start, sent.end)]
            triggered = [sent_triggers]
        for (a, b), piece_triggers in zip(pieces, triggered, strict=True):
            span = doc[a:b]
            start = span.start_char if dateline is None else dateline
            dateline = None
            seg = Segment(len(out), start, span.end_char, si, paragraph, piece_triggers)
            # a running total carried on after the attack ("..., bringing the number killed this year to 80")
            # makes no tally of the attack told before it, nor its "offensive" a state operation
            carried = RUNNING_TALLY_CLAUSE.search(span.text)
            told = doc.char_span(span.start_char, span.start_char + carried.start(), alignment_mode="contract") \
                if carried else None
            told = span if told is None or not len(told) else told
            low = told.text.lower()
            one_attack = any(t.lower_ in _ONE_ATTACK for t in span) or _one_doer(doc, piece_triggers)
            seg.aggregate = (
                not one_attack
                and (
                    any(m in low for m in _AGGREGATE_MARKERS)
                    and any(t.lower_ in {"attacks", "bombings", "people", "civilians", "incidents"} for t in span)
                    or any(m in low for m in _SUM_MARKERS)
                    and any(t.lower_ in {"attacks", "bombings", "incidents"} for t in span)
                    or RUNNING_TOTAL.search(low) is not None
                    or _SINCE_A_DAY.search(low) is not None
                )
            ) or _SHARE_OF_A_TOTAL.search(low) is not None or _a_statistic(span, piece_triggers) or (
                _craft_lost_over_time(low))
            seg.spread = _SPREAD_OVER_ATTACKS.search(low) is not None and SERIES_MEMBER.search(low) is None
            seg.separate = _SEPARATE.search(span.text) is not None or a in apart
            seg.listed = a in listed
            seg.period_tally = not one_attack and _PERIOD_TALLY.search(low) is not None
            seg.counted = any(t.like_num and t.dep_ == "nummod" and t.head.lemma_.lower() in _COUNTED for t in span)
            # security forces' acts: one told as background ("came two days after security forces killed
            # a militant commander") is no incident; a later one may add to an incident but opens none
            # ("A week later, commandos stormed the terminal")
            seg.response = _by_security_forces(doc, seg.triggers)
            seg.reprisal = reprisal
            # the forces' own operation against armed men, told before any attack of which it could be the
            # response ("Troops killed 12 militants in an operation near X"), is no incident either
            seg.state_operation = is_state_operation(told, seg.triggers) or (a in apart and seg.response) or (
                seg.response and not attack_before and _on_armed_men(doc, seg.triggers)) or (
                operation_before and not seg.separate and (
                    _the_operation_again(doc, seg.triggers, planned) or _toll_only(doc, span, seg.triggers)))
            if seg.strong or seg.state_operation:
                operation_before = seg.state_operation
                planned = _acts_planned(span) if seg.state_operation else set()
                attack_before = attack_before or not (seg.state_operation or seg.response)
            seg.time_markers = _time_markers(span, seg.triggers)
            seg.aftermath = _aftermath(doc, seg.triggers)
            seg.hoax = the_hoaxed_weapon(doc, seg.triggers)
            out.append(seg)
    return out


_REACTION_HEADS = frozenset(
    {"condemn", "denounce", "deplore", "decry", "mourn", "criticise", "criticize", "claim", "blame"}
)
_LEGAL_HEADS = frozenset({"convict", "sentence", "jail", "charge", "indict", "acquit", "try", "guilty", "prosecute"})
"""A trial of someone for an attack ("was convicted of the bombing in 2001") tells of the attack, not
another one; its date is the court's (not an arrest, which may be the incident: a foiled bombing)."""
_REACTION_OR_BLAME_HEADS = _REACTION_HEADS | {"responsible", "responsibility"} | _LEGAL_HEADS
_BLAME_VERBS = frozenset({"blame", "responsible"})
"""Blame for an attack the text names anew ("police blamed the group for a bombing at a mosque in X"): like a
trial for 'a 1981 bombing', it tells another attack, not a statement about the one told."""


def _about_the_attack(doc: Doc, seg: Segment, heads: frozenset[str]) -> bool:
    """A sentence about an attack rather than of it ("the ministry condemned the bombing", "the
    ministry blamed the rebels for the abduction"): every trigger hangs off a reaction or a blame, and
    no figure makes it a report of the attack."""
    if not seg.triggers or seg.casualties:
        return False
    for trig in seg.triggers:
        tok = doc[trig.token_i]
        over = {tok.head.lemma_.lower(), tok.head.head.lemma_.lower()} & heads
        if not over or (over <= _LEGAL_HEADS | _BLAME_VERBS and not _definite(tok)):
            return False
    return True


def _tells_a_trial(doc: Doc, seg: Segment) -> bool:
    """Every strong trigger names the attack a court or prosecutor acts over ("sentenced two men to life for a
    bombing at a market", "were convicted of the 2019 attack"), and no figure is told beside it."""
    strong = [doc[t.token_i] for t in seg.triggers if t.strong]
    if not strong or seg.casualties:
        return False
    return all(_under_a_legal_act(tok) for tok in strong)


def _in_the_attack_phrase(doc: Doc, seg: Segment, place: PlaceMention) -> bool:
    """'for a bombing at a market in Kandy': the place lies inside a strong trigger's noun phrase."""
    at = place.location.evidence.start
    for t in seg.triggers:
        if t.strong:
            tok = doc[t.token_i]
            while tok.dep_ in {"compound", "amod"} and tok.head.i != tok.i:
                tok = tok.head
            sub = list(tok.subtree)
            if sub[0].idx <= at < sub[-1].idx + len(sub[-1].text):
                return True
    return False


_PENALTIES = frozenset({"jail", "prison", "trial", "charge", "sentence", "penalty", "execution", "prosecution",
                        "imprisonment"})
"""What the doers of a past attack face in court ("Perpetrators of the 2019 bombing face jail / trial / the death
penalty"); a term ("years", "life") only "in prison": survivors "face years of treatment"."""
_TERMS = frozenset({"year", "life", "decade", "month"})
_DOERS_DEPS = frozenset({"nsubj", "nsubjpass", "relcl", "pcomp", "acl"})
_DOER_WORDS = ATTACKER_NOUNS | GENERIC_PERPETRATORS | PLANNER_NOUNS | DEFENDANT_NOUNS | CULPRIT_NOUNS
_ACCUSED_PARTICIPLES = frozenset({"accuse", "suspect", "charge", "convict"})


def _faces_a_penalty(node) -> bool:
    """ "face jail", "face the death penalty", "face twenty years in prison"; not "face years of treatment"."""
    objects = [c for c in node.children if c.dep_ == "dobj"]
    in_prison = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in PRISON_NOUNS for g in c.children)
                    for o in [node, *objects] for c in o.children)
    return any(o.lemma_.lower() in _PENALTIES or o.lemma_.lower() in _TERMS and in_prison for o in objects)


def _a_doer(noun) -> bool:
    """The subject is the attack's doers, not its victims: "perpetrators", "the accused", "men who carried out
    the bombing", "men accused of the attack", "the men behind the attack" (not "survivors", "relatives")."""
    if noun.lower_ in _DOER_WORDS or noun.lemma_.lower() in _DOER_WORDS:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in AGENT_VERBS | GROUP_ACT_VERBS | HARM_VERBS
               and not any(g.dep_ == "auxpass" for g in c.children)
               or c.dep_ == "acl" and c.lemma_.lower() in _ACCUSED_PARTICIPLES
               or c.dep_ == "prep" and c.lower_ == "behind" for c in noun.children)


def _a_legal_head(node) -> bool:
    """A court's or a prosecutor's act, or doers facing a penalty ("face jail", "face twenty years in prison")."""
    return node.lemma_.lower() in _LEGAL_HEADS or node.lemma_.lower() == "face" and _faces_a_penalty(node) \
        or node.lemma_.lower() == "find" and any(c.lower_ == "guilty" for c in node.children)  # "found them guilty"


def _under_a_legal_act(tok) -> bool:
    """'sentenced ... for a bombing', 'convicted over the attack', 'jailed for their role in a bombing': the
    attack noun hangs, through prepositions and a role, from a court's or a prosecutor's act; so do the doers'
    words for it ("Perpetrators of the 2019 bombing face jail", "Three men who carried out the bombing were
    sentenced", "sentenced for setting fire to a mosque"). A subject on the way must be the doers ("Survivors of
    the bombing face ..." is no court news), and a charge over a relative clause is a fresh one ("Police charged
    three men who attacked a bus"), not news of a past attack."""
    node = tok
    relcl = False
    for _ in range(6):
        if node.dep_ not in {"pobj", "prep", "dobj", "conj", "compound", "amod"} | _DOERS_DEPS \
                or node.head.i == node.i:
            return False
        if node.dep_ in {"nsubj", "nsubjpass"} and not _a_doer(node):
            return False
        relcl = relcl or node.dep_ == "relcl"
        node = node.head
        if _a_legal_head(node):
            return not (relcl and node.lemma_.lower() == "charge")
    return False


def _definite(tok) -> bool:
    """'convicted of the bombing', 'its attack': the attack already told; not 'sentenced for a 1981 bombing'
    (another attack)."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) for c in tok.children)


def _within(seg: Segment, start: int) -> bool:
    return seg.start <= start < seg.end


def _distance_km(a: PlaceMention, b: PlaceMention) -> float | None:
    la, lb = a.location, b.location
    if None in (la.lat, la.lon, lb.lat, lb.lon):
        return None
    p1, p2 = math.radians(la.lat), math.radians(lb.lat)
    dp, dl = p2 - p1, math.radians(lb.lon - la.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _same_place(a: PlaceMention, b: PlaceMention) -> bool:
    if a.location.name.lower() in b.location.name.lower() or b.location.name.lower() in a.location.name.lower():
        return True
    if a.location.geonames_id and a.location.geonames_id == b.location.geonames_id:
        return True
    # "the Jhal Magsi district of Balochistan province" and "Balochistan": a place inside the province
    for inner, outer in ((a, b), (b, a)):
        if names_a_province(outer) and inner.location.admin1 == outer.location.admin1 and (
            inner.location.country_code == outer.location.country_code
        ):
            return True
    km = _distance_km(a, b)
    if km is not None:
        return km < 40
    return False


_BACKGROUND_HEADS = {
    "war",
    "conflict",
    "campaign",
    "insurgency",
    "start",
    "history",
    "fight",
    "struggle",
    "crisis",
    "since",
    "region",
    "border",
}


_SPEECH_LEMMAS = REPORTING_VERBS | {"claim", "deny", "write"}
_LATER_ACTS = {
    # accusations about the attack (a condemnation "today" usually is the attack's day)
    "accuse", "blame", "allege",
    # legal acts that follow it (not an arrest, which may be the incident: a foiled bombing)
    "sentence", "convict", "jail", "charge", "indict", "acquit", "extradite",
}
"""Acts that come after an attack and that the text dates on their own ("Ethiopia on Thursday accused
Eritrea of ...", "a court on Tuesday sentenced three men for ..."): their date is not the attack's."""
_RELEASES = {"release", "free", "rescue", "liberate"}
"""The end of a kidnapping ("were released on Sunday", "freed on Friday"): a day after the abduction, never its own."""
_TOLL_VERBS = {"rise", "climb", "increase", "jump", "reach", "mount", "grow"}
_TOLL_NOUNS = {"toll", "number", "figure", "count", "tally"}
_CLAIM_OBJECTS = {"responsibility", "credit", "involvement", "role", "link", "links"}
_STATEMENT_NOUNS = {"statement", "communique", "communiqué", "message", "video", "recording"}


def dates_the_report(doc: Doc, mention: DateMention) -> bool:
    """'police said on Friday' dates the statement, and a wire dateline ("QUITO, Mar 10 -") the
    report: neither is the incident's date."""
    span = _date_span(doc, mention)
    if span is None:
        return False
    ev = mention.date.evidence
    if ANNIVERSARY.fullmatch(ev.text):
        return False  # "to mark the 35th anniversary of the bombing": the attack's year, not the memorial's day
    text = doc_text(doc)
    if any(start <= ev.start and ev.end <= end for start, end in wire_datelines(text)):
        return True
    return _dates_a_statement(doc, span)


_REACTION_DAY_VERBS = CONDEMN_LEMMAS | DENY_VERBS | RETRACT_VERBS | SYMPATHY_LEMMAS | REACTION_LEMMAS


def dates_a_reaction(doc: Doc, mention: DateMention) -> bool:
    """ "The UN on Monday condemned the bombing ..., which killed nine people on Friday", "the group withdrew
    the claim on Sunday": the day of a reaction to the attack. Another day the text gives dates the attack
    first; alone it stays, since a condemnation often comes the attack's own day."""
    span = _date_span(doc, mention)
    if span is None or span.root.dep_ == "poss":
        return False  # "debated Saturday's massacre": the day of the thing named, not of the debate
    head = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    verb = _clause_verb(head, 2)
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in _REACTION_DAY_VERBS or lemma in REACTION_OBJECT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in REACTION_OBJECTS for c in verb.children)


def _statement_noun(tok) -> bool:
    """'a statement', 'a video' — a common noun: "attacked Video" (a village) is no statement."""
    return tok.lemma_.lower() in _STATEMENT_NOUNS and tok.pos_ == "NOUN"


def _owns_the_attack(span) -> bool:
    """The time phrase is the possessive of an attack noun ("last month's market bombing", "Saturday's attack",
    "yesterday's shooting"): it dates that attack, whatever verb (an arrest, a statement) the sentence hangs it on."""
    root = span.root
    return root.dep_ == "poss" and ATTACK_NOUN.fullmatch(root.head.lower_) is not None


def _dates_a_statement(doc: Doc, span) -> bool:
    """The time expression `span` hangs on a statement ("said on Sunday", "posted a statement on
    Sunday saying ...", "claimed responsibility on Monday"), not on the violence."""
    if _heading_date(doc, span):
        return False  # "09/12/1993: The group claimed ...": a heading date over what follows, no statement's day
    if _owns_the_attack(span):
        return False  # "arrested two suspects in last month's market bombing": the bombing's day, not the arrest's
    head = span.root.head
    if span.root.dep_ == "pobj":
        head = head.head
    if _road_joining(head):
        return False  # "on the road linking X to Y on Monday": no one linked anything that day
    if _set_off_after_an_attack(doc, span):
        return False  # "The attack, in March 2016, was claimed by X": the aside dates the attack
    if head.lemma_.lower() in _RELEASES:
        return True
    if head.lemma_.lower() in _SPEECH_LEMMAS | _LATER_ACTS:
        return not _after_a_blamed_attack(head, span) and not (
            head.lemma_.lower() not in _LEGAL_HEADS and _closes_an_attack_phrase(doc, span))
    # "Two groups on Thursday claimed responsibility": the parse hangs the date on the subject of the claim
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "nsubj" and head.i < span.start \
            and head.head.i > span.start and head.head.lemma_.lower() in _SPEECH_LEMMAS | _LATER_ACTS:
        return True
    if _dates_a_consequence(head, span):
        return True
    if _dates_a_commemoration(head) and not _dates_the_remembered(head, span) or (
            _dates_a_follow_up(head) and not _owns_the_attack(span)):
        return True
    # "was convicted of the bombing in 2001", "jailed for the attack in 2019": the court's date
    if span.root.dep_ == "pobj" and head.dep_ == "pobj" and head.head.head.lemma_.lower() in _LEGAL_HEADS:
        return True
    # "the death toll rose to 17 on Monday": the update's date
    if head.lemma_.lower() in _TOLL_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _TOLL_NOUNS for c in head.children
    ):
        return True
    # "claimed responsibility on Monday", "denied involvement on Friday", "in a statement on Monday":
    # the date hangs on the statement's object ("took responsibility" is a statement too; "reported
    # an explosion on Monday" still dates the explosion).
    if head.lemma_.lower() in _CLAIM_OBJECTS:
        return not _closes_an_attack_phrase(doc, span)
    if _statement_noun(head):
        return True
    # "On Sunday, a group posted a statement saying ...", "issued a video on Friday": a verb whose
    # object is a statement
    if head.pos_ == "VERB" and any(c.dep_ == "dobj" and _statement_noun(c) for c in head.children):
        return True
    # "said on Thursday the group will ...": the parse hangs the date on the reported verb
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in {"on", "earlier", "late", "later"}:
        before -= 1
    return before >= 0 and doc[before].pos_ == "VERB" and doc[before].lemma_.lower() in _SPEECH_LEMMAS


_DASHES = DASHES
"""A heading date's dashes are a dateline's: a hyphen, en and em dashes, and the typewriter's '--' that wire copy and
plain-text archives write for an em dash ("12 March -- The group said ...")."""


def _heading_date(doc: Doc, span) -> bool:
    """ "09/12/1993: The group claimed ...", "12 March - The group said ...": a bare date opening the text or a line,
    set off by a colon or a dash, heads what follows. Not "On Monday - two days after the bombing - the group
    said ...", nor "Yesterday - as the city mourned - ...": a dash that a second one closes sets off an aside, and
    the date (with its preposition) is the statement's."""
    if span.start != span.sent.start or span.end >= len(doc) or doc[span.end].text not in {":"} | _DASHES:
        return False
    if doc[span.start].pos_ == "ADP":
        return False  # "On Monday -": a date hung on a clause, no heading
    before = doc_text(doc)[: doc[span.start].idx].rstrip(" \t")
    if before and not before.endswith("\n"):
        return False
    # a second spaced dash in the sentence closes an aside the first opened
    return doc[span.end].text == ":" or not any(
        t.text in _DASHES and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_
        for t in doc[span.end + 1 : span.sent.end])


def _set_off_after_an_attack(doc: Doc, span) -> bool:
    """ "The attack, in March 2016, was claimed by X", "the bombing, on June 3, was blamed on Y": a time set off by
    commas right after an attack noun is that attack's, however the parse hangs it on the verb after it."""
    i = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ in {"in", "on"} else 0)
    if not (i >= 2 and doc[i - 1].text == "," and ATTACK_NOUN.fullmatch(doc[i - 2].lower_) is not None
            and span.end < len(doc) and doc[span.end].text == ","):
        return False
    # "After the attack, on Tuesday, the group claimed it": the noun in a phrase of time ('after', 'following')
    # is not the clause's subject, and the time is the claim's
    noun = doc[i - 2]
    return not (noun.dep_ == "pobj" or any(t.lower_ in {"after", "following", "since", "before"}
                                           for t in doc[noun.sent.start:noun.i]))


def _after_a_blamed_attack(verb, span) -> bool:
    """ "Police blamed the group for a suicide bombing at a mosque in X on March 4": the parse hangs the date on
    'blamed', but it follows the attack the blame names anew (an indefinite attack noun after 'for' or 'of'),
    and dates that attack, not the blame ("blamed the group on Friday for the attack" dates the blame)."""
    if verb.lemma_.lower() not in _LATER_ACTS - _LEGAL_HEADS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"for", "of"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _ATTACK_LEMMAS and not _definite(g) and g.i < span.start
        for g in c.children) for c in verb.children)


def _closes_an_attack_phrase(doc: Doc, span) -> bool:
    """ "The rebels denied any role in the attack on a market in Kano on Friday", "blamed the group for the attack
    on a checkpoint in X on Thursday": the parse hangs the date on the statement, but it closes the attack's own
    phrase (an attack noun with its target or place), and dates the attack, definite or not ("blamed the group on
    Friday for the attack" and "claimed the attack on Friday" still date the statement)."""
    first = span.start
    if doc[first].pos_ != "ADP" and first > 0 and doc[first - 1].pos_ == "ADP":
        first -= 1  # "on Friday"
    if first == 0:
        return False
    last = doc[first - 1]
    # "the abduction of two health workers near Sebba, Yagha province, on 12 June": a comma closing a place chain
    # before the date closes the phrase as well; not one after anything else ("the abduction of the two workers
    # (both nurses), on Wednesday": the speaker's day)
    comma = last.text == "," and last.i - 1 > last.sent.start and (
        doc[last.i - 1].pos_ == "PROPN" or doc[last.i - 1].lower_ in _ADMIN_WORDS)
    if comma:
        last = doc[last.i - 1]

    def edge(t) -> int:
        i = t.right_edge.i
        while comma and i > t.i and doc[i].text == ",":
            i -= 1
        return i

    return any(g.pos_ == "NOUN" and g.lemma_.lower() in _ATTACK_LEMMAS and edge(g) == last.i
               and any(c.dep_ == "prep" and edge(c) == last.i for c in g.children)
               for g in doc[last.sent.start : last.i])


_AFTER_WORDS = {"after", "following"}
_EVENT_VERBS = {"come", "happen", "occur", "take", "follow", "unfold"}
"""'The raid came a day after ...', 'it happened on Monday after ...': the attack's own verbs of occurring."""


def _dates_a_consequence(head, span=None) -> bool:
    """'Shares fell 14 per cent on Tuesday after gunmen ambushed a convoy on Monday', 'Protests broke out on
    Friday following a bombing', 'Shares fell on Tuesday after the company said gunmen had attacked its
    convoy': a non-violent act dated on its own, with an after-clause that tells the violence. The date is
    the consequence's (a market move, a protest), not the attack's, which may be given elsewhere or not at
    all (DESIGN: a date only when the text gives one). A date inside the after-phrase dates the violence
    ("claims circulated after the knife attack in August 2024")."""
    verb = _clause_verb(head, 2, _VERB_ONLY)
    if verb.pos_ != "VERB" or base_form(verb) in _VIOLENT_VERBS or verb.lemma_.lower() in _EVENT_VERBS:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and base_form(c) in _VIOLENT_VERBS for c in verb.children):
        return False  # "The raid came a day after a car bomb on March 4": the attack is the subject
    for child in verb.children:
        after = child.dep_ == "prep" and child.lower_ in _AFTER_WORDS or child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _AFTER_WORDS for c in child.children
        )
        if not after or span is not None and child.left_edge.i <= span.start and span.end - 1 <= child.right_edge.i:
            continue
        if any(base_form(t) in _VIOLENT_VERBS for t in child.subtree):
            return True
    return False


_GATHERINGS = {"gather", "mark", "commemorate", "remember", "honour", "honor", "hold", "attend", "lay", "observe",
               "assemble", "meet", "mourn", "light", "unveil"}
def _dates_the_remembered(head, span) -> bool:
    """ "marked the anniversary of the November 13, 2015 attacks", "since the attack on the hotel on November 26,
    2008": a date with its year inside the name of what is remembered (hung on the attack noun or on "anniversary
    of") is the attack's, not the memorial's; a bare weekday there ("the anniversary of the bombing on Thursday")
    is still the memorial's."""
    return head.pos_ == "NOUN" and (head.lower_ == "anniversary" or ATTACK_NOUN.fullmatch(head.lower_) is not None) \
        and _YEAR_IN_DATE.search(span.text) is not None


_YEAR_IN_DATE = re.compile(r"\b(?:19|20)\d\d\b")


def _dates_a_commemoration(head) -> bool:
    """ "Relatives gathered in the town on Thursday to mark the 35th anniversary of the attack": the
    day of the memorial (a gathering, a vigil, wreaths laid), not of the attack it remembers."""
    head = _clause_verb(head, 3, _VERB_ONLY)  # "gathered in the market square on Sunday"
    return head.pos_ == "VERB" and head.lemma_.lower() in _GATHERINGS and (
        COMMEMORATION.search(head.sent.text) is not None)


_FUNERAL_NOUNS = frozenset({"funeral", "funerals", "burial", "burials", "vigil", "wake"})
_FUNERAL = re.compile(r"\b(?:bur(?:y|ied|ies|ying)|mourners|laid\s+to\s+rest|"
                      + "|".join(sorted(_FUNERAL_NOUNS - {"wake"})) + r")\b", re.I)
"""A funeral told in the sentence (not "wake", which "in the wake of" holds far more often)."""
_ARRESTS = ARREST_VERBS | {"hold", "question", "interrogate"}  # suspects held or questioned too
_SUSPECTS = {"suspect", "suspects"}


def _a_funeral(verb) -> bool:
    """ "Mourners gathered in X on Friday to bury a soldier killed in ...", "the funeral was held in X on
    Friday": a main-clause gathering, burial or funeral (not "gunmen fired on mourners who had gathered")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _GATHERINGS | {"bury"} and (
        verb.dep_ not in {"relcl", "acl", "advcl"}) and _FUNERAL.search(verb.sent.text) is not None


_COURT_EVENTS = frozenset({"trial", "hearing", "inquest", "sentencing", "retrial", "arraignment", "proceeding",
                           "proceedings", "verdict"})


def _dates_a_follow_up(head) -> bool:
    """What happens after an attack and that the text dates on its own: a funeral ("mourners gathered on
    Friday to bury ...") or the arrest of suspects ("police detained three suspects in raids on Thursday
    night"); not the attack's day. An arrest of others may be the incident itself (a foiled bombing)."""
    head = _clause_verb(head, 3, _VERB_ONLY)
    if _a_funeral(head):
        return True
    if head.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _COURT_EVENTS
                                   for c in head.children):
        return True  # "The trial of two suspects in last month's market bombing opened on Monday": the court's day
    if head.pos_ == "VERB" and (head.lemma_.lower() in _ARRESTS or base_form(head) in _FORCE_VERBS) and any(
            c.dep_ in {"dobj", "nsubjpass"} and _attack_planned_by(c) is not None for c in head.children):
        return True  # "Police on Tuesday arrested / killed the man who planned the bombing": his day, not the attack's
    return head.pos_ == "VERB" and head.lemma_.lower() in _ARRESTS and any(
        c.dep_ in {"dobj", "nsubjpass"} and (c.lemma_.lower() in _SUSPECTS or c.lower_ in _SUSPECTS
                                             or any(a.lower_ == "suspected" for a in c.children))
        for c in head.children)


def _funeral_place(doc: Doc, p: PlaceMention) -> bool:
    """ "Mourners gathered in X to bury ...", "buried in X": where the dead were mourned or buried. The place's
    phrase may run through a place word ("gathered in the central town of X for the funeral of ...") or hang on
    the funeral itself ("attended the funeral in X of 12 farmers"); "Relatives buried in X the bodies of ..." is
    a burial however the parser hangs the verb."""
    span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    node = span.root.head  # the preposition
    for _ in range(4):  # "in the central Somali town of X": up past the place word and its "of"
        head = node.head
        if node.lower_ == "of" and head.dep_ == "pobj" and head.lower_ in _CITY_WORDS | _SETTLEMENT_WORDS:
            node = head.head
            continue
        break
    head = node.head
    if head.pos_ == "NOUN" and head.lower_ in _FUNERAL_NOUNS:
        # attended or held, not struck: "a bomb exploded at a funeral in X" is the scene
        # in a main clause, as `_a_funeral` asks: not "gunmen attacked mourners attending the funeral in X"
        return head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in _GATHERINGS \
            and head.head.dep_ not in {"acl", "relcl", "advcl"}
    return _a_funeral(head) or head.lemma_.lower() == "bury" and head.dep_ == "acl" and any(
        c.dep_ == "dobj" for c in head.children)


def _body_found(doc: Doc, p: PlaceMention) -> bool:
    """ "his body was found near X", "their bodies were recovered in X", "police found the body of the driver in a
    ditch outside X", "was later found dead near X": where a victim's body turned up, which is no new scene (the
    killing may have happened anywhere on the way); it stays a place of the incident, below its scene."""
    span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    # "near X", "near X, Colombia", "in a ditch outside X", "near the town of X": up the place's phrase to its verb
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in {"pobj", "prep", "appos", "conj", "compound"}:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BODY_FOUND_VERBS:
        return False
    return any(c.dep_ in {"nsubjpass", "dobj"} and (c.lower_ in DEAD_BODY_NOUNS or c.lemma_.lower() in DEAD_BODY_NOUNS)
               or c.dep_ in {"oprd", "acomp", "xcomp"} and c.lower_ == "dead" for c in verb.children)


def _remembers(doc: Doc, group: IncidentGroup) -> bool:
    """The incident's segments date only a commemoration of it."""
    for d in group.dates:
        span = _date_span(doc, d)
        if span is not None:
            head = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
            if _dates_a_commemoration(head):
                return True
    return False


def _date_span(doc: Doc, mention: DateMention):
    """The tokens of a date's evidence (None for a date without evidence)."""
    ev = mention.date.evidence
    return doc.char_span(ev.start, ev.end, alignment_mode="expand") if ev else None


_ONGOING_VERBS = {"continue", "drag", "remain", "stretch"}
_START_VERBS = {"enter", "storm", "begin", "start", "seize", "burst", "raid"}
_NTH_DAY = re.compile(r"\b(?:for|into)\s+(?:a|its|the)\s+(?:second|third|fourth|fifth|sixth|seventh)\s+day\b", re.I)


def dates_a_continuation(doc: Doc, mention: DateMention) -> bool:
    """'was still holding 11 people hostage on Thursday', 'the siege entered its third day on Friday', 'for
    a second day on Tuesday': the date is a day the event was still going on (often the story's day), so the
    day it began, when the text gives one, dates the incident."""
    span = _date_span(doc, mention)
    if span is None:
        return False
    verb = _clause_verb(span.root, 3)
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children) or _ends_a_siege(verb) \
            or verb.lemma_.lower() in _ONGOING_VERBS and verb.pos_ in {"VERB", "AUX"} \
            or verb.lemma_.lower() == "enter" and any(c.dep_ == "dobj" and c.lower_ == "day" for c in verb.children):
        return True
    return _NTH_DAY.search(span.sent.text) is not None and verb.i <= span.start


_ONGOING_NOUNS = frozenset({"siege", "standoff", "stand-off", "hostage-taking"})
"""What lasts for days and is said to end: "The siege ended on Sunday after three days" (`dates_an_end`), "police
stormed the house, ending the standoff" (`_ends_a_siege`). Only a siege or a hostage event: the end of a battle, a
crisis, fighting or an occupation told on its own ("the battle for the city ended on Monday") is no day of an attack
told beside it."""
_DRAWN_OUT = _ONGOING_NOUNS | {"crisis", "ordeal", "occupation"}
"""What the clause of a date ends ("forces stormed the hotel on Sunday, ending the ordeal"): there the clause's own
act ends it, so the vaguer words of a lasting event name the incident told, unlike their bare end in
`dates_an_end`."""


def _ends_a_siege(verb) -> bool:
    """ "Forces stormed the hotel on Sunday, ending a 14-hour siege", "police ended the standoff on Sunday": the day
    a drawn-out event ended, so the day it began, when the text gives one, dates the incident."""
    ends = [verb] + [c for c in verb.children if c.dep_ in {"advcl", "conj"} and c.i > verb.i]
    return any(e.lemma_.lower() == "end" and e.pos_ == "VERB" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in _DRAWN_OUT for o in e.children) for e in ends)


_ENDING_VERBS = {"end", "conclude", "finish"}


def dates_an_end(doc: Doc, mention: DateMention) -> bool:
    """'The siege ended on Sunday', 'the standoff was over on Friday', 'police ended the siege on Sunday': the
    date is the day a lasting event ended, a day it was still going on (see `dates_a_continuation`)."""
    span = _date_span(doc, mention)
    if span is None:
        return False
    verb = _clause_verb(span.root, 3)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_.lower() in _ENDING_VERBS:
        nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    elif verb.lemma_.lower() == "be" and any(c.lower_ == "over" for c in verb.children):
        nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return False
    return any(n.lemma_.lower() in _ONGOING_NOUNS or n.lower_ in _ONGOING_NOUNS
               or n.lemma_.lower() == "crisis" and any(c.lower_ == "hostage" for c in n.children) for n in nouns)


_SIEGE_WORDS = re.compile(r"\b(?:siege|besieg\w*|stand-?off|hostages?|hostage-taking|captives?|barricad\w*"
                          r"|storm(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|held|holding)\b", re.I)
"""An incident that can end as a siege: stormed or seized a place, held people, a siege or hostages named."""


def tells_a_siege(text: str, segments) -> bool:
    """Whether an incident's own sentences tell a siege or a hostage event ("Gunmen stormed a guesthouse",
    "held 40 patients"), so that "the siege ended on Sunday" nearby is its end, not a car bomb's."""
    return any(_SIEGE_WORDS.search(text, s.start, s.end) for s in segments)


def dates_a_start(doc: Doc, mention: DateMention) -> bool:
    """'The man entered the branch on Wednesday', 'the siege began on Monday': the date hangs on the
    beginning of an event that went on (see `dates_a_continuation`)."""
    span = _date_span(doc, mention)
    if span is None:
        return False
    verb = _clause_verb(span.root, 3)
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _START_VERBS


def _dates_a_release(doc: Doc, mention: DateMention) -> bool:
    """'Five nurses ... were released on Sunday': the date hangs on the release of hostages."""
    span = _date_span(doc, mention)
    if span is None:
        return False
    head = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    return head.lemma_.lower() in _RELEASES


def _dates_a_side_clause(doc: Doc, mention: DateMention, seg: Segment) -> bool:
    span = _date_span(doc, mention)
    return span is not None and _in_side_clause(span, seg.triggers)


def _in_side_clause(span, triggers: list[Trigger]) -> bool:
    """'Arcos, who took office less than a week ago, was attacked': a time inside a relative clause
    about someone or something other than the attack dates that clause, not the incident ("the
    bombing, which happened on Monday" still dates it: the clause hangs on the attack)."""
    if _in_a_grievance(span, triggers):
        return True
    verb = _clause_verb(span.root, 4)
    if _time_clause(verb):
        # "After retiring in 2003, she testified about the victims of the bombing": a time clause of its
        # own, with no violence in it, dates what the person did, not the attack
        return not any(t.token_i in {x.i for x in verb.subtree} for t in triggers) and not _violent_verb(verb)
    if verb.dep_ not in {"relcl", "acl"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if _misparsed_when_clause(verb) or _road_joining(verb):
        return False
    clause = {t.i for t in verb.subtree} | {verb.head.i}
    delivered = _weapon_delivered(span, verb, triggers)
    if delivered is not None:
        return not delivered
    if any(t.token_i in clause for t in triggers):
        return False
    # "Gunmen killed 12 people attending a wedding on Saturday": a participle clause on the victims of
    # the attack verb is part of the attack's own clause
    if verb.dep_ == "acl" and verb.tag_ in {"VBG", "VBN"} and _victims_of(verb.head, triggers):
        return False
    return True


_DELIVERY_VERBS = frozenset({"throw", "hurl", "lob", "fire", "launch"})
"""The weapon's delivery that is the attack itself ("thrown into the crowd", "fired from across the border"); not
"planted" / "laid" / "placed": the day a mine was laid is not the day it went off."""
_DELIVERED_WEAPONS = PLANTED_WEAPONS | {"rocket", "rockets", "missile", "missiles", "shell", "shells", "mortar",
                                        "mortars", "projectile", "projectiles", "petrol", "molotov"}
_ADVERBIAL_DEPS = frozenset({"prep", "pobj", "npadvmod", "tmod", "advmod", "nummod", "compound", "amod", "det"})


def _weapon_delivered(span, verb, triggers: list[Trigger]) -> bool | None:
    """ "A grenade thrown into the stands during a match on Sunday evening killed four fans": a participle telling
    how the weapon that is the subject of the attack verb was delivered (thrown, hurled, fired) is part of the
    attack, so its time is the attack's (True), unless the attack verb has a time of its own ("A rocket fired
    on Monday hit the depot on Wednesday"; False). A time on a reporting verb ("police said on Monday") or in
    an aside ("the second such attack this year") is not the attack verb's. None for any other clause: a
    person "placed on leave in March", a mine "laid in 1993"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _DELIVERY_VERBS:
        return None
    weapon = verb.head
    if weapon.lower_ not in _DELIVERED_WEAPONS:
        return None
    ids = {t.token_i for t in triggers}
    act = weapon.head
    if weapon.dep_ != "nsubj" or act.pos_ != "VERB" or not (
            act.i in ids or weapon.i in ids or any(c.i in ids for c in act.conjuncts)
            or act.lemma_.lower() in HARM_VERBS):
        return None
    inside = {t.i for t in verb.subtree}
    acts = {act.i} | {c.i for c in act.conjuncts}

    def acts_own(tok) -> bool:
        while tok.dep_ in _ADVERBIAL_DEPS and tok.head.i != tok.i:
            tok = tok.head
            if tok.i in acts:
                return True
        return tok.i in acts

    return not any(e.label_ in {"DATE", "TIME"} and e.root.i not in inside and acts_own(e.root)
                   for e in span_ents(span.sent))


_ROUTE_NOUNS = {"highway", "road", "motorway", "expressway", "freeway", "pipeline", "railway", "railroad", "bypass",
                "route", "corridor", "axis", "track", "trail", "stretch"}
_JOINING = {"link", "connect", "join", "lead"}


def _road_joining(verb) -> bool:
    """ "ambushed a convoy on the road linking Kaya to Dori on Monday": a participle that says where a road runs
    has no time of its own, so the day the parser hangs on it is the attack's."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in _JOINING and verb.head.lemma_.lower() in _ROUTE_NOUNS


def _in_a_grievance(span, triggers: list[Trigger]) -> bool:
    """'the blast was revenge for the killing of three commanders by police last month', 'to protest against
    the killing of its cadres last week': a time inside what a group says it answered dates that grievance,
    not its attack, when the grievance is no incident of its own (no trigger in it: the state's force)."""
    node = span.root
    for _ in range(6):
        if node.head.i == node.i:
            return False
        grievance = (node.dep_ == "pobj" and node.head.lower_ in {"for", "against", "over"}
                     and node.head.head.lemma_.lower() in GRIEVANCE_HEADS) or (
            node.dep_ == "dobj" and node.head.lemma_.lower() in GRIEVANCE_HEADS)
        if grievance:
            inside = {t.i for t in node.subtree}
            return not any(t.token_i in inside for t in triggers)
        node = node.head
    return False


_TIME_NOUNS = {"day", "night", "morning", "evening", "afternoon", "time", "moment", "week", "month", "year", "hour",
               "era", "period", "season", "date", "weekend"}


def _misparsed_when_clause(verb) -> bool:
    """ "Nine people were injured, two of them seriously, when a fire broke out on Sunday": the parser hangs the
    when-clause on the aside's noun as a relative clause, but no "two" has a when; the clause tells when the
    main event happened (a relative when follows a time noun: "the day when ...")."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() not in _TIME_NOUNS and any(
        c.dep_ == "advmod" and c.lower_ == "when" and c.i == verb.left_edge.i for c in verb.children)


_TIME_CLAUSE_WORDS = {"after", "before", "until", "upon"}


def _time_clause(verb) -> bool:
    """The verb heads a time clause: "after retiring", "before she joined" (not "since losing its leader in May":
    a since-clause starts the period the main clause tells of)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in _TIME_CLAUSE_WORDS
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_CLAUSE_WORDS for c in verb.children)


def _victims_of(noun, triggers: list[Trigger]) -> bool:
    """The noun is the object of a trigger ("killed 12 people", "opened fire on worshippers"), or a conjunct
    of it ("shot dead a vaccinator and the police officer escorting him")."""
    ids = {t.token_i for t in triggers}
    # "opened fire on a bus carrying fans ... on Saturday": the verb whose object is the trigger takes the target
    ids |= {noun.doc[i].head.i for i in list(ids) if noun.doc[i].dep_ == "dobj"}
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return noun.head.i in ids
    return noun.dep_ == "pobj" and (noun.head.head.i in ids or noun.head.head.head.i in ids)


_OFFICES = {
    "parliament", "council", "government", "ministry", "assembly", "legislature", "senate", "administration",
    "authority", "authorities", "official", "chief", "commander", "spokesman", "spokesperson", "governor",
    "party", "lawmaker", "mp", "representative", "delegation", "embassy", "consulate",
}
"""Offices and office-holders a place name qualifies ("a member of the Jubaland state parliament",
"the Kabul police chief"): who someone is, not where the violence happened."""


_OFFICE_HOLDERS = _OFFICES | {"head", "mayor", "chairman", "deputy", "commissioner", "director", "leader", "member",
                                # holders of a see or an emirate ("the bishop of Makurdi", "the emir of Kano")
                                "bishop", "archbishop", "patriarch", "mufti", "emir"}


def _office_of(doc: Doc, p: PlaceMention) -> bool:
    """ "the governor of Balkh province", "the head of Zirkoh district": the seat of an office someone
    holds, not where the violence happened."""
    span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "compound" and tok.head.i != tok.i:  # "Balkh" in "Balkh province"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _OFFICE_HOLDERS:
        return True
    # "the head of Zirkoh district, Herat", "the mayor of Tandou, Zinder region": the province the office's
    # district or town lies in
    seat = _SEAT_CHAIN.search(doc_text(doc), max(0, p.location.evidence.start - 80), p.location.evidence.start)
    return seat is not None and seat.group(1).lower() in _OFFICE_HOLDERS


_SEAT_CHAIN = re.compile(r"\b(\w+)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}"
                         r"(?:district|province|county|municipality|region|state)|(?:[A-Z][\w'’-]*\s+){0,2}"
                         r"[A-Z][\w'’-]*),\s*$")


_SEAT_TITLES = TITLE_WORDS | {"treasurer", "clerk", "registrar"}
"""The titles a place name may qualify ("Lau Council Treasurer"): the victim's seat, not the scene."""


def _counted_person(country) -> bool:
    """ "One United States soldier and one civilian contractor were killed", "two United Kingdom nationals": a
    country named before a counted person says who the victim is, as a demonym does, not where it happened (the
    count may hang on the person or, the parse reading "One United States (US) soldier", on the country)."""
    noun = country.head
    lemma = noun.lemma_.lower()
    return (lemma in PERSON_NOUNS or lemma in {"national", "citizen", "soldier", "troop"}) and any(
        c.dep_ in {"nummod", "det"} for c in (*noun.children, *country.children))


def _qualifies_an_office(tok) -> bool:
    if tok.dep_ not in {"compound", "amod", "nmod"}:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "Jubaland state parliament"
        head = head.head
    # "Ibrahim Sani, Lau Council Treasurer, in X": a title's seat is who the victim is, not where
    lemma = head.lemma_.lower()
    return lemma in _OFFICES or lemma in _OFFICE_HOLDERS or lemma in _SEAT_TITLES


def _near_trigger(doc: Doc, seg: Segment, place: PlaceMention) -> bool:
    """The place is where the segment's violence happened: a few dependency hops below a trigger,
    not hanging off background ('since the start of the war in Gaza')."""
    span = doc.char_span(place.location.evidence.start, place.location.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    triggers = {t.token_i for t in seg.triggers} | _event_verbs(doc, seg)
    tok = span.root
    if _qualifies_an_office(tok):
        return False
    if _fronted_scene(doc, seg, span):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _ADMIN_WORDS | _CITY_WORDS:
        tok = tok.head.head  # "in the seaside town of X": the place word stands for the name, no hops further
    elif tok.dep_ == "compound" and tok.head.lower_ in _ADMIN_WORDS | _CITY_WORDS:
        tok = tok.head  # "in Apa LGA", "in Kech district": the place word the name qualifies stands for it
    for _ in range(5):
        if tok.i in triggers:
            return True
        if tok.lemma_.lower() in _BACKGROUND_HEADS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i in triggers


_FRONTED_IN = re.compile(r"^\W*(?:in|at|near)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|district|province|"
                         r"region|state|department)\s+of\s+)?$", re.I)


def _fronted_scene(doc: Doc, seg: Segment, span) -> bool:
    """ "In San Pedro Sula, two men on a motorcycle shot dead a polling official", "- In the town of X, a grenade
    was thrown ...": a place fronted before the comma that opens a sentence of violence is its scene, however
    the parser hangs the rest ("motorcycle shot" read as a noun)."""
    if not (seg.strong or seg.casualties) or seg.reaction or seg.blame:
        return False
    sent = span.sent
    if seg.start > sent.start_char or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    if _FRONTED_IN.match(doc_text(doc)[sent.start_char : span.start_char]) is None:
        return False
    # "In Kabul, the ministry said two more died": a place fronted on a speech verb that opens the sentence is
    # where it was said (not "In X, two men shot dead a man, police said", where the parser hangs it on "said")
    prep = next((t for t in doc[sent.start : span.start] if t.lower_ in {"in", "at", "near"}), None)
    if prep is None or prep.head.lemma_.lower() not in SAY_VERBS:
        return True
    return any(sent.start <= t.token_i < prep.head.i for t in seg.triggers)


def _event_verbs(doc: Doc, seg: Segment) -> set[int]:
    """Verbs that act on an object with a trigger for subject ("a blast hit a market in Quetta"), that a
    violent participle follows ("stormed the village, killing five"), that a violent verb is joined to
    ("In Southport, rioters threw bricks at a mosque and injured 50 officers") or whose object is the
    violence ("set fire to a mosque in X", "carried out the bombing in X"): where they happened is where
    the violence happened."""
    out = set()
    for trig in seg.triggers:
        tok = doc[trig.token_i]
        if tok.dep_ in {"amod", "compound", "appos"} and tok.head.pos_ in {"NOUN", "PROPN"} \
                and tok.head.dep_ in {"nsubj", "nsubjpass"}:
            # "an improvised explosive device (IED) struck a convoy near X": the trigger word qualifies (or
            # names again) the noun that is the verb's subject, so the verb acts as that noun would
            tok = tok.head
        head = tok.head
        if head.i == tok.i or head.pos_ != "VERB" or head.lemma_.lower() in _SPEECH_LEMMAS | _REACTION_OR_BLAME_HEADS:
            continue
        acts_on = any(c.dep_ == "dobj" for c in head.children)
        if (tok.dep_ == "nsubj" and acts_on) or (tok.dep_ == "advcl" and tok.tag_ == "VBG") or (
                tok.dep_ == "conj" and tok.pos_ == "VERB") or (
                tok.dep_ == "dobj" and trig.strong and head.lemma_.lower() not in _GATHERINGS):
            out.add(head.i)
    return out


def _two_districts(doc: Doc, a: PlaceMention, b: PlaceMention) -> bool:
    """ "in Tak Bai district" and "in Su-ngai Kolok district": two named districts are two places however
    close their seats are (neighbouring districts' towns lie some 20-30 km apart)."""
    text = doc_text(doc)
    na, nb = a.location.name.lower(), b.location.name.lower()
    return na not in nb and nb not in na and a.location.geonames_id != b.location.geonames_id and all(
        _DISTRICT_AFTER.match(text, p.location.evidence.end, p.location.evidence.end + 20) for p in (a, b))


def _names_the_region(seg: Segment, theirs: list[PlaceMention]) -> bool:
    """ "Gunmen abduct pupils in Nigeria's Kaduna" over "a school in Kuriga, a village in Kaduna State":
    a headline often names the state or province (whose capital may share its name) where the body
    names the town; the body's state (named, or the town's own) is the headline's place."""
    regions = {p.location.name.lower() for p in seg.places if p.level == "admin"} | {
        p.location.admin1.lower() for p in seg.places if p.level == "city" and p.location.admin1}
    return any(t.location.name.lower() in regions for t in theirs)


def _place_conflict(doc: Doc, seg: Segment, group: IncidentGroup, body: int | None = None) -> bool:
    """Another town (or another region) than every one the incident already has. Places of different
    levels never conflict: a district and a town in it are the same incident, and we rarely know
    which district a town is in."""
    if ONE_OF_SEVERAL.search(doc_text(doc), seg.start, seg.end):
        return False  # "It was one of several linked raids on posts across X": the series' area
    mine = [p for p in seg.places if p.level in {"city", "admin"} and _near_trigger(doc, seg, p) and _scene(doc, p)
            and not _bearing_point(doc, seg, p) and not _reactors_seat(doc, seg, p)]
    # the incident's own places: where its violence happened ("boosted security in Manila following a
    # bombing at a military camp in the south" does not place the bombing in Manila)
    theirs = [p for s in group.segments for p in s.places
              if p.level in {"city", "admin"} and _near_trigger(doc, s, p) and _scene(doc, p)
              and not _reactors_seat(doc, s, p)]
    if mine and not theirs and (seg.casualties or _new_attackers(doc, seg)):
        # a town with a toll of its own against an incident whose town the parse does not tie to its
        # violence ("A mosque in the city of X was damaged in an arson attack ... In Y, rioters threw
        # bricks and injured 50 officers"), or a town where another band acts ("Hours later, others threw
        # firebombs at a mosque in Y"): the incident's town where it stands as a place in a report of the
        # violence (not "raised security in Abuja after an attack")
        theirs = [p for s in group.segments if s.strong for p in s.places
                  if p.level in {"city", "admin"} and is_locative(doc, p) and _scene(doc, p)
                  and not _reactors_seat(doc, s, p)]
    if not mine or not theirs:
        # a different country is a conflict too
        # both sides: countries where something happened, not an actor ("Iran launched", "Iran-backed")
        mc = {
            p.location.country_code
            for p in seg.places
            if p.level == "country" and p.location.country_code and is_locative(doc, p) and not names_a_party(doc, p)
        }
        # the incident's own countries are where its violence happened, not background it gathered
        # ("militants have long operated along the frontier where Niger, Mali and Burkina Faso meet")
        located = [(s, p) for s in group.segments for p in s.places
                   if p.location.country_code and is_locative(doc, p) and not names_a_party(doc, p)]
        tc = {p.location.country_code for s, p in located if _near_trigger(doc, s, p)} or {
            p.location.country_code for _, p in located
        }
        # a bare country differs often because it is an origin or an actor ("fired from Iran"):
        # only a country with its own casualty figure opens another incident
        return bool(mc and tc and not (mc & tc) and not mine and seg.casualties)
    comparable = [(a, b) for a in mine for b in theirs if a.level == b.level]
    if not comparable:
        # a town and a region are the same incident when the town may lie in the region: never in another
        # country ("a village in Zamfara state" and "a checkpoint in Bannu")
        return _other_country(mine, theirs)
    if any(_same_place(a, b) and not _two_districts(doc, a, b) for a, b in comparable):
        return False
    if body is not None and all(s.start < body for s in group.segments) and _names_the_region(seg, theirs):
        return False
    # a town the gazetteer cannot place may still be next door: the same toll decides ("killing seven
    # people" in Maiduguri, "Seven people were killed ... in Dalori village" outside it)
    undecided = any(
        a.level == "city" and None in (a.location.geonames_id, b.location.geonames_id) for a, b in comparable
    )
    # "Gunmen attack bus in Kaduna | ... near the town of Katari": a headline names the nearest place its reader
    # knows, so a town the gazetteer cannot place does not set the body's attack apart from it
    headline_only = body is not None and all(s.start < body for s in group.segments)
    return not (undecided and (_shares_a_figure(seg, group) or headline_only))


_LATER_OPENING = re.compile(
    r"\W*(?:(?:a\s+few|several|some|\w+)\s+(?:minutes|hours|days)\s+later|later|shortly\s+after(?:wards)?"
    r"|afterwards|that\s+(?:same\s+)?(?:night|evening|afternoon|morning)|the\s+(?:next|following)\s+"
    r"(?:day|morning|night|evening))\b",
    re.I,
)
_OTHERS = {"others", "another", "other", "second", "more"}
_DEFINITE = {"the", "this", "that", "these", "those", "both"}


def _new_attackers(doc: Doc, seg: Segment) -> bool:
    """Another band acts in the segment ("Hours later, others threw firebombs at a mosque in X", "Later, a
    second group set fire to ..."): an active violent verb whose subject is others, or (after "later") an
    indefinite band ("masked men"), not the attackers told before ("they", "the gunmen") nor the victim of
    a later act ("was killed hours later")."""
    later = _LATER_OPENING.match(doc_text(doc), seg.start) is not None
    for trig in seg.triggers:
        verb = doc[trig.token_i]
        if verb.pos_ != "VERB" and verb.dep_ == "dobj":
            verb = verb.head  # "set fire to a mosque"
        if verb.pos_ != "VERB" or not trig.strong:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ in {"PRON", "PROPN"} and subj.lower_ != "others":
            continue
        words = {c.lower_ for c in subj.children if c.dep_ in {"det", "amod", "nummod", "advmod"}}
        if subj.lower_ == "others" or words & _OTHERS:
            return True
        if later and not words & _DEFINITE and not any(c.dep_ == "poss" for c in subj.children):
            return True
    return False


def _other_country(mine: list[PlaceMention], theirs: list[PlaceMention]) -> bool:
    """Every place on each side has a country, each side one, and the two differ."""
    def countries(places: list[PlaceMention]) -> set[str | None]:
        return {p.location.country_code for p in places}

    a, b = countries(mine), countries(theirs)
    return None not in a | b and len(a) == 1 and len(b) == 1 and a != b


def _reactors_seat(doc: Doc, seg: Segment, p: PlaceMention) -> bool:
    """ "The mayor of Makurdi condemned the killing of a priest. | The priest was shot dead in the village of X":
    the seat of the office whose holder reacts says who reacts, not where the act happened."""
    return seg.reaction and _office_of(doc, p)


def _scene(doc: Doc, p: PlaceMention) -> bool:
    """Not a town a pipeline or road is named after ("the Cano Limon-Covenas pipeline"), nor where fire
    came from or a journey began, nor the dateline ("BOGOTA, Jan 15 -"), where the report was filed:
    such a town says nothing of where the violence happened."""
    return not names_a_route(doc, p) and not _passed_through(doc, p) and not is_dateline(doc, p)


_BEARING_FROM = re.compile(
    r"^(?:\s*\([^()]{0,30}\))?\s*,\s*(?:an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|hamlet|settlement)\s+)?"
    r"(?:(?:about|some|around|roughly|nearly|approximately|just|over|almost)\s+)?"
    rf"(?:[\d,.]+|a|{COUNT_WORDS}|a\s+few|several)?[\s-]*"
    r"(?:(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\([^()]{0,30}\)\s+)?)?(?:to\s+the\s+)?"
    r"(?:north|south)?-?(?:east|west)?(?:ern)?\s+of\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|capital|village)\s+of\s+)?$",
    re.I,
)
"""Between a town and the place it is placed by ("in the town of X, about 80 km (50 miles) northwest of Y",
"in X, south of Y"): Y is only a landmark, not where the violence happened."""


def _bearing_point(doc: Doc, seg: Segment, p: PlaceMention) -> bool:
    """The place is the landmark another town of the segment is placed by ("a mosque in the town of X,
    140 km southwest of Y"): Y says nothing of where the attack was, and the town it places is the scene."""
    text = doc_text(doc)
    start = p.location.evidence.start
    for q in seg.places:
        end = q.location.evidence.end
        if q is not p and q.level in {"city", "admin"} and end <= start and start - end <= 90 and \
                _BEARING_FROM.match(text[end:start]) and "of" in text[end:start].lower().split():
            return True
    return False


def _shares_a_figure(seg: Segment, group: IncidentGroup) -> bool:
    def figures(segs: list[Segment]) -> set[tuple[str, int]]:
        return {(c.kind, c.casualties.stated) for s in segs for c in s.casualties if c.casualties.stated}

    return bool(figures([seg]) & figures(group.segments))


def _markers_conflict(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Unresolved time expressions that cannot describe the same incident. Weekdays a few days apart
    can (an attack on Sunday, the toll updated on Monday); 'last year' and 'Monday' cannot."""
    if not mine - _UNITS or not theirs - _UNITS or (mine & theirs) - _UNITS:
        return False  # a unit alone ("this week", "two months") is no time marker
    # "a drone attack last month" and "attacked on June 29": a month (or, for "last week", a weekday; for
    # "three weeks ago", a weekday or a month with no year) can be the relative time's
    for rel, other in ((mine, theirs), (theirs, mine)):
        if rel & _RELATIVE_PAST and not rel & (_WEEKDAYS | _MONTHS) and (
            ("month" in rel and other & _MONTHS) or ("week" in rel and other & _WEEKDAYS)
            or ("week" in rel and other & _MONTHS and not any(m.isdigit() for m in other))
            # "a bombing more than five years ago" and "the 2019 bombing": the count of years can reach that year
            or ("year" in rel and "ago" in rel and any(m.isdigit() for m in other))
        ):
            return False
    my_days = [WEEKDAY_NUMBERS[m] for m in mine if m in WEEKDAY_NUMBERS]
    their_days = [WEEKDAY_NUMBERS[m] for m in theirs if m in WEEKDAY_NUMBERS]
    if my_days and their_days:  # both name a weekday: that decides
        return all(min(abs(a - b), 7 - abs(a - b)) > 2 for a in my_days for b in their_days)
    return True


_SEVERAL_ANNOUNCED = re.compile(
    r"\b(?:two|three|four|five|twin|separate|2|3|4|5)\s+(?:separate\s+|deadly\s+|\w+\s+)?"
    r"(?:attacks|bombings|ambushes|raids|explosions|blasts|shootings|assaults|incidents)\b"
    # a round-up of the week's violence: "a round-up of security incidents", "Weekly security round-up:"
    r"|\b(?:round-?up|digest|summary)\s+of\s+(?:[\w-]+\s+){0,3}(?:incidents|attacks|violence)\b"
    r"|\b(?:weekly|daily|security)\s+(?:security\s+)?(?:round-?up|digest)\b",
    re.I,
)
"""'Two attacks in Burkina Faso kill 35', 'in separate raids', 'a round-up of security incidents': the lead
announces several incidents."""


def announces_several_attacks(doc: Doc) -> bool:
    """The headline or first paragraph says the article reports several attacks ("one of three
    related attacks" says the opposite: the article reports one of them)."""
    text = doc_text(doc)
    lead_end = text.find("\n\n", text.find("\n\n") + 2)
    lead = text[: lead_end if lead_end > 0 else 600]
    return any(not _ONE_OF_BEFORE.search(lead[max(0, m.start() - 20) : m.start()])
               for m in _SEVERAL_ANNOUNCED.finditer(lead))


_ONE_OF_BEFORE = re.compile(r"\bof\s+(?:" + ONE_OF_AT_LEAST + r")?$", re.I)
"""'(one) of' and maybe a qualifier right before a count of attacks: "one of at least three attacks"."""


def _date_conflict(
    doc: Doc, seg: Segment, group: IncidentGroup, published: dt.date | None, several: bool, body: int
) -> bool:
    """Dates more than three days apart (a toll is often updated days later); when the article
    announces several attacks, any other day. `body` is where the body starts (`headline_end`)."""
    # a statement's date ("On Sunday, the group said it had planted the bomb") is not the segment's
    # incident's, on either side
    mine = [d.date for d in seg.dates if d.date.value and not dates_the_report(doc, d)]
    if not mine:
        theirs_markers = frozenset().union(*(s.time_markers for s in group.segments))
        return _markers_conflict(seg.time_markers, theirs_markers)
    theirs = [d.date for d in group.dates if d.date.value and not dates_the_report(doc, d)
              and not _reacted_after(doc, d, mine)]
    if any(_dates_a_release(doc, d) and all(a.value and a.value <= d.date.value for a in mine)
           for d in group.dates if d.date.value):
        return False  # a kidnapping told from its end ("were released on Sunday"): the abduction came before
    if theirs:
        gap = 0 if several else 3
        if all(_apart(a, b, gap) for a in mine for b in theirs):
            return True
        return _another_day_elsewhere(doc, seg, group)
    # an undated group that is only the headline is what the lede dates, however long ago; so is one
    # that remembers an attack ("gathered on Thursday to mark the anniversary of the bombing")
    # nor is one that only tells a trial for the attack ("a court on Wednesday sentenced two men for a bombing"):
    # the attack is older than the verdict
    if published and not all(s.start < body for s in group.segments) and not _remembers(doc, group) \
            and not all(s.trial for s in group.segments) and not _only_names_the_attack(doc, group):
        return all((published - a.value).days > 10 for a in mine if a.value)
    return False


def _reacted_after(doc: Doc, mention: DateMention, mine: list[IncidentDate]) -> bool:
    """ "The governor on Tuesday condemned the killing of a priest. | The priest was shot dead on Saturday": the day
    of a reaction to the act, on or after every day the next account gives, is no day of the act to set apart."""
    value = mention.date.value
    return value is not None and bool(mine) and all(a.value is not None and a.value <= value for a in mine) \
        and dates_a_reaction(doc, mention)


def _only_names_the_attack(doc: Doc, group: IncidentGroup) -> bool:
    """ "Officials are still investigating the March attack on a tanker. | Two drones struck the tanker on March
    9 ...": an undated incident that only names an attack as known ("the attack", "its raid"), with no toll nor
    town, is the one the text then tells with its date, however long ago."""
    for seg in group.segments:
        named = [doc[t.token_i] for t in seg.triggers]
        if seg.casualties or not named or any(p.level in {"city", "admin"} for p in seg.places) \
                or not all(t.pos_ == "NOUN" and _definite(t) for t in named):
            return False
    return True


def _apart(a: IncidentDate, b: IncidentDate, gap: int) -> bool:
    """Two dates more than `gap` days apart; a date known only to its year ("the 35th anniversary of
    the bombing", "in 1994") is apart from another only when their years differ; a day inside the week or
    month the other date names ("last week's bombing" and "on Nov. 9", "last month's attack" and "on May 9")
    is not apart from it."""
    assert a.value is not None and b.value is not None
    if "year" in (a.precision, b.precision):
        return a.value.year != b.value.year
    for day, period in ((a, b), (b, a)):
        if day.precision != "day":
            continue
        if period.precision == "week" and 0 <= (day.value - period.value).days < 7:
            return False
        if period.precision == "month" and (day.value.year, day.value.month) == (period.value.year, period.value.month):
            return False
    return abs((a.value - b.value).days) > gap


def _another_day_elsewhere(doc: Doc, seg: Segment, group: IncidentGroup) -> bool:
    """Another day, a toll of its own and a place of its own that the incident does not name: another
    attack ("... in Jonglei state on Tuesday. On Monday, gunmen killed a driver in Malakal"), even a
    day apart and when a town and a region cannot be compared; a toll update carries none of these
    (its date hangs on the toll: "rose to 17 on Monday")."""
    def days(dates: list[DateMention]) -> set[dt.date]:
        return {d.date.value for d in dates if d.date.precision == "day" and not dates_the_report(doc, d)}

    mine = days(seg.dates)
    theirs = days([d for d in group.dates if not _reacted_after(doc, d, [a.date for a in seg.dates])])
    if not (mine and theirs and not mine & theirs and seg.strong) or _shares_a_figure(seg, group):
        return False
    own = [p for p in seg.places if p.level in {"city", "admin"} and _near_trigger(doc, seg, p)]
    named = [p for s in group.segments for p in s.places]
    if seg.casualties and own and not any(_same_place(a, b) for a in own for b in named):
        return True
    # with or without a toll, a town the gazetteer lists apart from every town the incident names, even next
    # door ("... three farmers in Gusau on Monday. | Gunmen burned a police post in Tsafe on Wednesday"); not
    # the security forces' answer to it ("troops pursuing the kidnappers clashed with them near X"), which
    # opens no incident of its own
    if seg.response or _forces_do_it(doc, seg.triggers):
        return False
    if _struck_other_places(doc, seg) or seg.casualties and _new_doer(doc, seg):
        return True
    towns = [p for p in own if p.level == "city" and p.location.geonames_id and _scene(doc, p)]
    theirs_towns = [p for p in named if p.level == "city" and p.location.geonames_id and _scene(doc, p)]
    return bool(towns and theirs_towns) and all(_other_town(a, b) for a in towns for b in theirs_towns)


_EARLIER_SHIFT = re.compile(
    r"\b(?:(?:hours?|days?|weeks?|nights?|an?\s+(?:hour|day|week|night)|the\s+(?:day|night|evening))\s+"
    r"(?:earlier|before)|earlier\s+(?:that|the\s+same)\s+(?:day|morning|night|evening)|the\s+(?:previous|preceding)"
    r"\s+(?:day|night|evening|morning))\b",
    re.I,
)


def _earlier_act_anew(doc: Doc, seg: Segment) -> bool:
    """ "Gunmen killed four soldiers in Gao on Monday. | Hours earlier a bomb at a mosque had killed 11": an act set
    back in time ("hours earlier", "the night before", "earlier that day") by a doer the text brings in anew, with a
    toll of its own, is another attack (session 18's rule for another day, when no day is told); "Hours earlier the
    gunmen had killed a guard" goes on with the one told."""
    if not seg.casualties or not seg.strong:
        return False
    text = doc_text(doc)
    return _EARLIER_SHIFT.search(text, seg.start, seg.end) is not None and _new_doer(doc, seg, _doers_before(doc, seg))


def _doers_before(doc: Doc, seg: Segment) -> set[str]:
    """The doer nouns told as subjects before the segment in its paragraph's text ("Gunmen stormed a hotel ...
    Hours earlier, gunmen had killed two guards": bare "gunmen" again are the same doers, not new ones)."""
    return {t.lower_ for t in doc if t.idx < seg.start and t.dep_ == "nsubj" and t.tag_ == "NNS"
            and "\n\n" not in doc_text(doc)[t.idx : seg.start]}


def _new_doer(doc: Doc, seg: Segment, told: set[str] = frozenset()) -> bool:
    """ "The day before, a bomb had killed two in the same town", "On Saturday, gunmen shot dead a trader": on another
    day, an act whose doer the text brings in anew (indefinite: "a bomb", "another bomber", bare "gunmen" or
    "bandits"), with a toll of its own, is another attack even in the same town; "the gunmen", "they" go on with the
    one told."""
    for trig in seg.triggers:
        verb = doc[trig.token_i]
        if verb.pos_ != "VERB":
            continue
        for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}):
            dets = [c.lower_ for c in subj.children if c.dep_ in {"det", "poss"}]
            if dets and dets[0] in {"a", "an", "another"} or not dets and subj.tag_ == "NNS" \
                    and subj.lower_ in ATTACKER_NOUNS | GENERIC_PERPETRATORS and subj.lower_ not in told:
                return True
    return False


_OTHER_PLACES = _OTHERS | {"third", "fourth", "further"}
_STRUCK_PLACES = _SETTLEMENT_WORDS | HELD_PLACES


def _struck_other_places(doc: Doc, seg: Segment) -> bool:
    """The act falls on places the text sets apart from those told ("On Monday night the gunmen attacked two
    more villages", "raided another village", "attacks on three other villages"): another scene, even when the
    gazetteer knows none of the names, so on another day another attack."""
    for trig in seg.triggers:
        tok = doc[trig.token_i]
        objects = [c for c in tok.children if c.dep_ == "dobj"] + [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in _STRUCK_PLACES and any(
                c.lower_ in _OTHER_PLACES for c in o.children if c.dep_ in {"amod", "det", "advmod"}) for o in objects):
            return True
    return False


def _other_town(a: PlaceMention, b: PlaceMention) -> bool:
    """Two listed towns, neither named inside the other."""
    na, nb = a.location.name.lower(), b.location.name.lower()
    return a.location.geonames_id != b.location.geonames_id and na not in nb and nb not in na


def _respective_events(doc: Doc, seg: Segment) -> list[Segment]:
    """ "Bombs exploded in Kirkuk and Mosul on Sunday, killing five and seven people respectively": as many
    coordinated places as figures of one kind that 'respectively' pairs with them tell that many events, one
    per place with its own figure (the rest of the sentence, its date and trigger, is shared). The segment as
    is otherwise."""
    paired = [c for c in seg.casualties if c.respective is not None]
    if not paired:
        return [seg]
    kinds = Counter(c.kind for c in paired)
    kind, n = kinds.most_common(1)[0]
    places = _coordinated_places(doc, seg.places, n)
    if places is None or any(k != kind and count != n for k, count in kinds.items()):
        # "a car bomb and a roadside bomb killed five and seven people respectively": one place, the figures add up
        seg.casualties = [replace(c, adds=True) if c.respective else c for c in seg.casualties]
        return [seg]
    out = []
    for k, place in enumerate(places):
        piece = replace(seg, places=[p for p in seg.places if p is place or all(p is not q for q in places)],
                        casualties=[c for c in seg.casualties if c.respective in (None, k)],
                        listed=k > 0, separate=seg.separate or k > 0)
        out.append(piece)
    return out


def _coordinated_places(doc: Doc, places: list[PlaceMention], n: int) -> list[PlaceMention] | None:
    """`n` towns or regions joined by 'and' or commas ("in Kirkuk and Mosul", "in Baghdad, Basra and Hilla"),
    in text order; None when the segment lists no such `n`."""
    roots = {}
    for p in places:
        span = doc.char_span(p.location.evidence.start, p.location.evidence.end, alignment_mode="expand")
        if span is not None and p.level in {"city", "admin"}:
            roots[span.root.i] = p
    for i in sorted(roots):
        chain = [i] + [c.i for c in doc[i].conjuncts if c.i > i]
        if len(chain) == n and all(j in roots for j in chain):
            return [roots[j] for j in chain]
    return None


def group_incidents(
    doc: Doc,
    places: list[PlaceMention],
    dates: list[DateMention],
    casualties: list[CasualtyMention],
    published: dt.date | None,
) -> list[IncidentGroup]:
    segments = _segments(doc)
    for seg in segments:
        seg.places = [p for p in places if _within(seg, p.location.evidence.start)]
        seg.dates = [d for d in dates if d.date.evidence and _within(seg, d.date.evidence.start)
                     and not _dates_a_side_clause(doc, d, seg)]
        seg.casualties = [c for c in casualties if _within(seg, c.casualties.evidence.start)]
        # who reacted says nothing of what was hit; who is blamed, nothing of a new incident (its
        # date is the statement's); GTD-style "No group claimed responsibility ..." still feeds types
        seg.separate = seg.separate or _on_assignment(doc, seg) or _earlier_act_anew(doc, seg)
        seg.reaction = _about_the_attack(doc, seg, _REACTION_HEADS)
        seg.blame = _about_the_attack(doc, seg, _REACTION_OR_BLAME_HEADS)
        seg.trial = _tells_a_trial(doc, seg)
        if seg.trial:  # the court's town is not the scene: only a place in the attack's own phrase is
            seg.places = [p for p in seg.places if _in_the_attack_phrase(doc, seg, p)]
        # a toll over a period with no town or day of its own: a tally ("killed in the country last year",
        # "1,400 people were kidnapped in Haiti last year": people counted, though no casualty figure, since
        # a kidnapping's or a running total's count is none)
        seg.aggregate = seg.aggregate or (
            seg.period_tally and (bool(seg.casualties) or seg.counted or _attacks_counted(doc, seg))
            and not [p for p in seg.places if p.level == "city"]
            and not [d for d in seg.dates if d.date.precision == "day" and not dates_the_report(doc, d)]
        )
    segments = [piece for seg in segments for piece in _respective_events(doc, seg)]
    violent = [s for s in segments if s.violent]
    # a toll spread over several attacks is no incident when the body reports one on its own; a headline
    # ("Gunmen kill 30 in Nigeria") only restates the spread toll of its lede
    body = headline_end(doc_text(doc))
    if any(not s.spread and (s.strong or s.casualties) and s.start >= body for s in violent):
        _spread_day_to_raids(doc, violent)
        violent = [s for s in violent if not s.spread]
    text = doc_text(doc)
    digest = bool(section_labels(text))
    if digest:  # a round-up's headline only lists where the attacks of its sections happened
        violent = [s for s in violent if s.start >= body or section_of(text, s.start)]
    several = announces_several_attacks(doc)
    # A document needs a strong trigger or a casualty figure in a violent segment: metaphors stop here;
    # and violence the text says was no attack (an accident) is none.
    if not any(s.strong or s.casualties for s in violent) or ruled_out_attack(doc):
        return []
    groups: list[IncidentGroup] = []
    previous: IncidentGroup | None = None
    held: dict[int, list[Segment]] = {}
    for seg in violent:
        if seg.reprisal and groups:
            continue  # a state's strike back at the attack told before: neither the attack nor a new incident
        if seg.response and groups and _reported_forces_killing(doc, seg):
            continue  # "a JNIM spokesman said the army had killed 25 civilians": the speaker's charge, not this toll
        section = section_of(text, seg.start) if digest else 0
        if digest and not any(section_of(text, g.segments[0].start) == section for g in groups):
            # the first violence of a round-up's section (a "COUNTRY:" label) is that section's incident, with the
            # weaker lines before it ("Soldiers repelled an attack on a post near Bol. Two soldiers were injured.")
            if seg.strong or seg.casualties:
                previous = IncidentGroup([*held.pop(section, []), seg])
                groups.append(previous)
            else:
                held.setdefault(section, []).append(seg)
            continue
        if not groups:
            groups.append(IncidentGroup([seg]))
            previous = groups[0]
            continue
        # an incident of one section of a round-up never takes the violence of another
        pool = [g for g in groups if section_of(text, g.segments[0].start) == section] if digest else groups
        concrete = bool(
            seg.casualties or [p for p in seg.places if p.level in {"city", "admin"}] or seg.dates or seg.time_markers
        )
        conflicts = [g for g in pool
                     if _place_conflict(doc, seg, g, body) or _date_conflict(doc, seg, g, published, several, body)]
        # "In a separate attack, ...", "Elsewhere, ...": another incident whatever it shares with the open
        # ones, when it says where, when or how many
        # an event listed beside another ("... and for an attack on a checkpoint in Bannu on March 9") is one of
        # its own unless an open incident already names its place
        listed_apart = seg.listed and not any(
            _same_place(a, b) for a in seg.places for g in pool for b in g.places
            if a.level in {"city", "admin"} and b.level in {"city", "admin"})
        opens = concrete and (seg.separate or listed_apart or len(conflicts) == len(pool)) and not (
            not seg.separate and _toll_of_the_attack_told(doc, seg))
        if opens and (seg.strong or seg.casualties) and not seg.blame:
            if seg.response:
                continue  # the security forces' raid or rescue elsewhere or later: no incident of its own
            new = IncidentGroup([seg])
            groups.append(new)
            previous = new
            continue
        if opens and not seg.casualties and _after_days(doc, seg):
            # "..., days after | a similar attack on Christmas Eve": the earlier attack, on a day of its own and too
            # thinly told to open an incident, lends the incident neither its day nor anything else
            continue
        candidates = [g for g in pool if g not in conflicts] or pool
        if previous in candidates and (previous.segments[-1].paragraph == seg.paragraph or _the_toll_next(doc, seg,
                                                                                                        previous)):
            target = previous
        else:
            target = candidates[0]
        target.segments.append(seg)
        previous = target
    _attach_bare_tolls(doc, segments, groups, published, several, body)
    _date_from_the_heading(doc, segments, groups)
    # court news alone ("Perpetrators of the 2019 bombing face jail", "a court sentenced two men for a bombing"):
    # the past attack it names, with no toll told, is no incident of its own
    return [g for g in groups if not (all(s.trial for s in g.segments) and not g.tolls)]


def _date_from_the_heading(doc: Doc, segments: list[Segment], groups: list[IncidentGroup]) -> None:
    """ "8/17/1975: Unknown perpetrators placed sticks of dynamite in a federal building in X. The resulting
    explosion shattered windows.": a heading date opening the text dates what the paragraph after it tells
    (session 18), also when the incident opens only at a later sentence of that paragraph (the heading's own
    sentence told no act the triggers read); an incident dated by its own words keeps its date."""
    if not segments or not groups or any(segments[0] in g.segments for g in groups):
        return
    heading = [d for d in segments[0].dates if (span := _date_span(doc, d)) is not None and _heading_date(doc, span)]
    first = min(groups, key=lambda g: g.segments[0].start)
    if heading and not first.dates and first.segments[0].paragraph == segments[0].paragraph \
            and not _times_itself(doc, first.segments[0]):
        first.segments[0].dates = [heading[0], *first.segments[0].dates]


_OWN_TIME = re.compile(
    r"\b(?:(?:\w+|a|an)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|before)"
    r"|(?:the\s+)?(?:previous|preceding|last|following|next|same|that)\s+(?:year|month|week|weekend|day|night|morning"
    r"|evening|spring|summer|autumn|fall|winter)|earlier\s+(?:this|that|in\s+the)\s+\w+|(?:19|20)\d\d"
    r"|(?:january|february|april|june|july|august|september|october|november|december)|(?:march|may)\s+(?:\d|of\b)"
    r"|(?:in|on)\s+(?:may|march)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|recently"
    r"|in\s+the\s+past)\b",
    re.I,
)
"""A time the segment's own words give, resolved or not ("two years ago", "the previous spring", "last year")."""


def _times_itself(doc: Doc, seg: Segment) -> bool:
    """The incident's segment gives a time of its own ("Two years ago a bomb killed 40 people there") or tells
    background in the pluperfect ("A bomb had damaged the county records office"): the heading date is not its day."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None:
        return False
    return _OWN_TIME.search(span.text) is not None or any(
        t.lower_ == "had" and t.dep_ == "aux" and t.head.tag_ == "VBN" for t in span)


_FIGHT_NOUNS = {"clash", "clashes", "fighting", "firefight", "gunfight", "shootout", "exchange", "incident"}
_FOLLOWING = {"ensuing", "subsequent", "resulting", "same"}


def _toll_of_the_attack_told(doc: Doc, seg: Segment) -> bool:
    """A toll the segment sets in the attack already told ('died in the fighting that ensued', 'shot dead in the
    assault': a definite or 'ensuing' attack noun with no place or day of its own), so a name it reads as a
    place ('a Chad soldier', 'a Kano State lawmaker') opens no other incident."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None or not seg.casualties:
        return False
    for tok in span:
        if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "during"}:
            continue
        lem = tok.lemma_.lower()
        if lem not in _ATTACK_LEMMAS and tok.lower_ not in _FIGHT_NOUNS:
            continue
        if not (_definite(tok) or any(c.lower_ in _FOLLOWING for c in tok.children)):
            continue
        if any(c.lower_ in ONE_MORE for c in tok.children if c.dep_ == "amod"):
            continue  # "In the third attack, on March 21, gunmen killed 20": one more attack than those told
        if not any(t.ent_type_ in OWN_PLACE_OR_DATE for t in tok.subtree):
            return True
    return False


def _reported_forces_killing(doc: Doc, seg: Segment) -> bool:
    """After an attack is told, a speaker's word that a state's forces killed people not said to be armed ("A
    JNIM spokesman said the army had killed 25 civilians in reprisal") is a charge against those forces over
    another killing: neither this incident's toll nor, in the speaker's word alone, an incident of its own. The
    forces' killing of the attackers ("police said troops shot dead two of the gunmen") stays the incident's."""
    strong = [t for t in seg.triggers if t.strong]
    if not strong or _on_armed_men(doc, seg.triggers):
        return False
    for trig in strong:
        verb = _clause_verb(doc[trig.token_i], 3)
        # under "said" (also as "said in a statement that ...", parsed on the statement noun)
        if verb.dep_ not in {"ccomp", "conj", "acl"} or not any(
                a.pos_ == "VERB" and a.lemma_.lower() in REPORTING_VERBS for a in verb.ancestors):
            return False
    return True


def _the_toll_next(doc: Doc, seg: Segment, group: IncidentGroup) -> bool:
    """The sentence right after the incident's only counts its harmed, with no doer and no place ("... a car
    ploughed into pedestrians in X. | Six people were injured, one critically."): that incident's toll, though
    the text starts a paragraph for it."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    return span is not None and group.segments[-1].sent == seg.sent - 1 and _toll_only(doc, span, seg.triggers)


def _attach_bare_tolls(doc: Doc, segments: list[Segment], groups: list[IncidentGroup], published: dt.date | None,
                       several: bool, body: int) -> None:
    """A toll told in the sentence right after an incident's, with no violent word of its own ("Arsonists set
    fire to a mosque. Two worshippers suffered smoke inhalation.", "... Three guards were hospitalised."),
    is that incident's (`IncidentGroup.tolls`). A toll over a period, a state's operation, or a place or date
    at odds with the incident's stays out; a revised toll is left to the revisions ("The toll rose to 12")."""
    told = {s.sent: g for g in groups for s in g.segments}
    text = doc_text(doc)
    for seg in segments:
        if seg.triggers or not seg.casualties or seg.aggregate or seg.state_operation or seg.spread \
                or seg.period_tally or seg.sent in told or seg.sent - 1 not in told:
            continue
        group = told[seg.sent - 1]
        if section_of(text, seg.start) != section_of(text, group.segments[-1].start):
            continue  # a round-up's next section is another incident
        if _place_conflict(doc, seg, group, body) or _date_conflict(doc, seg, group, published, several, body):
            continue
        group.tolls += [c for c in seg.casualties if not c.revises]
