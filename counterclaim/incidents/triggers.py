"""Event triggers: the words that say a violent incident happened in a sentence.

Why a lexicon over the parse rather than a classifier: triggers must be explainable (they are the
incident's evidence), and the false friends of news copy are syntactic ("shot a 68", "attack on the
budget", "a planned attack" that never happened). A trigger is *strong* when the word alone means
physical violence (bomb, gunmen, kidnapped) and *weak* when it needs support ("attack", "shot").
A document needs at least one strong trigger or a casualty figure before any incident is built.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np
from spacy.attrs import HEAD, LEMMA
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..codebooks.iso3166 import country_by_demonym
from ..ingest.text import headline_end
from ..nlp._cues import (
    ARMED_FIGHTER_NOUNS,
    ARREST_VERBS,
    ARRIVAL_VERBS,
    ATTACKER_NOUNS,
    BODY_FOUND_VERBS,
    CAPTIVE_NOUNS,
    CLAIM_VERBS,
    COURT_VERBS,
    DEAD_BODY_NOUNS,
    DENY_VERBS,
    EXPOSURE_CAUSES,
    EXPOSURE_WEATHER,
    FIRE_CONTROL_PURPOSES,
    FIREFIGHTER_NOUNS,
    FOOTAGE_NOUNS,
    GENERIC_PERPETRATORS,
    GROUP_ACT_VERBS,
    HABITUAL_ADVERBS,
    HARM_VERBS,
    HAZARD_EVENTS,
    MARTYRDOM_VERBS,
    MEMBER_NOUNS,
    NATURAL_HAZARDS,
    ON_PURPOSE_ADVERBS,
    RELEASE_VERBS,
    RESPONSE_OPERATIONS,
    RETALIATION_NOUNS,
    SAY_VERBS,
    SECURITY_FORCE_NOUNS,
    UNTRUE_WORDS,
    WEAPON_HARM_VERBS,
)
from ..nlp._dateline import past_dateline
from ..nlp._text import doc_text, span_ents
from ..nlp.quantities import PERSON_NOUNS

STRONG_LEMMAS = {
    # nouns
    "bombing",
    "bomb",
    "blast",
    "explosion",
    "explosive",
    "gunman",
    "gunmen",
    "gunfire",
    "shooting",
    "ambush",
    "massacre",
    "kidnapping",
    "abduction",
    "hijacking",
    "hostage",
    "arson",
    "arsonist",
    "suicide",
    "ied",
    "grenade",
    "landmine",
    "mine",
    "missile",
    "rocket",
    "mortar",
    "shelling",
    "car-bomb",
    "firebomb",
    "beheading",
    "assassination",
    "stabbing",
    "hijacker",
    "kidnapper",
    "bomber",
    "militant",
    "assailant",
    "attacker",
    "insurgent",
    "jihadist",
    "drone",
    # verbs
    "kill",
    "wound",
    "injure",
    "detonate",
    "explode",
    "behead",
    "kidnap",
    "abduct",
    "hijack",
    "assassinate",
    "stab",
    "hack",
    "torch",
    "maim",
    "gun",
}
WEAK_LEMMAS = {
    "attack",
    "assault",
    "raid",
    "strike",
    "shoot",
    "shot",
    "fire",
    "storm",
    "target",
    "hit",
    "burn",
    "die",
    "dead",
    "death",
    "casualty",
    "injury",
    "incident",
    "violence",
    "clash",
    "fighting",
    "ram",
    "torch",
    "overrun",
}
# Nouns that only count as violent with a violent modifier or context ("drone strike", "mine").
NEEDS_CONTEXT = {
    "mine",
    "drone",
    "rocket",
    "strike",
    "fire",
    "hit",
    "target",
    "militant",
    "insurgent",
    "jihadist",
    "attacker",
    "assailant",
    "die",
    "dead",
    "death",
    "casualty",
    "injury",
    "incident",
    "violence",
    "clash",
    "fighting",
    "burn",
    "storm",
    "ram",
    "gun",
    "overrun",
}
FUTURE_HEADS = {
    "warn",
    "threaten",
    "plan",
    "plot",
    "vow",
    "foil",
    "thwart",
    "prevent",
    "fear",
    "prepare",
    "intend",
    "seek",
    "try",
}
FUTURE_AUX = {"will", "would", "could", "might", "may", "shall", "should"}
SPORT_OR_POLITICS = {
    "budget",
    "policy",
    "bill",
    "tax",
    "election",
    "campaign",
    "title",
    "championship",
    "tournament",
    "round",
    "stroke",
    "putt",
    "birdie",
    "par",
    "goal",
    "match",
    "game",
    "season",
    "price",
    "stock",
    "critic",
    "proposal",
    "record",
    "penalty",
    "reputation",
    "credibility",
    "rate",
    "inflation",
}
STATE_OPERATIONS = {"airstrike", "airstrikes", "air", "offensive", "operation", "operations", "sortie"}


@dataclass(frozen=True)
class Trigger:
    token_i: int
    start: int
    end: int
    strong: bool


def _feared_done(head: Token) -> bool:
    """'30 people are feared dead', 'were feared killed': a toll reported with doubt, not a threat."""
    return head.lemma_.lower() == "fear" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)


_PLAN_NOUNS = {"conspiracy", "conspire", "scheme", "intention", "intent", "bid"}


def _planned_infinitive(tok: Token) -> bool:
    """'a plot to attack a market', 'plans to bomb', 'conspiring to kill': the act a plan aims at, which
    has not happened (read from the words before 'to': the parse often hangs the infinitive elsewhere)."""
    to = tok.i - 1
    if to < 1 or tok.doc[to].lower_ != "to" or tok.tag_ != "VB":
        return False
    before = tok.doc[to - 1]
    return base_form(before) in FUTURE_HEADS | _PLAN_NOUNS or before.lemma_.lower() in FUTURE_HEADS | _PLAN_NOUNS


_MAKING_VERBS = {"make", "build", "assemble", "manufacture", "produce", "construct", "prepare"}


def _something_to_make(tok: Token) -> bool:
    """'chemicals that could be used to make an explosive device', 'materials to build bombs': a
    weapon made or to be made (what a raid seizes), not one used."""
    noun = tok.head if tok.dep_ in {"amod", "compound"} else tok
    return noun.dep_ == "dobj" and base_form(noun.head) in _MAKING_VERBS


_PRETEND_HEADS = {
    "assume", "imagine", "suppose", "simulate", "rehearse", "dramatize", "dramatise", "reenact", "re-enact",
    "scenario", "simulation", "drill", "exercise", "rehearsal",
}
"""What frames an act as imagined or played out: 'the scenario assumes that an adversary killed civilians',
'an exercise simulating an attack on a port', 'a drill in which gunmen storm a school' (not 'depict': a
video may depict a real beheading)."""
_PRETEND_MODIFIERS = {"simulated", "mock", "fictional", "fictitious", "hypothetical", "imaginary", "staged", "fake"}


def _pretend(tok: Token) -> bool:
    """A simulated, mock or fictional act ('simulated missile strikes', 'a mock bombing'), the modifier on
    the trigger or on the noun it qualifies ('missile' in 'simulated missile strikes')."""
    nouns = [tok, tok.head] if tok.dep_ in {"compound", "amod"} else [tok]
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _PRETEND_MODIFIERS for n in nouns for c in n.children)


_DRILLS = {"drill", "exercise", "rehearsal", "simulation", "wargame", "manoeuvre", "maneuver"}


def _during_a_drill(node: Token) -> bool:
    """'fired missiles at mock targets during a drill', 'stormed a beach as part of the exercise': an act
    played out in an exercise ('killed in the exercise of his duties' is no drill), unless an attacker
    acts in the text ('militants attacked soldiers during a training exercise')."""
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"during", "in", "as", "at"}:
            continue
        for t in prep.subtree:
            if t.i - prep.i > 5:
                break
            if t.lemma_.lower() in _DRILLS and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of"):
                return not _real_attacker(node.doc)
            if t.lemma_.lower() in _STAGED_WORKS and prep.lower_ == "as":
                return not _real_attacker(node.doc)  # "set a piano and a car on fire as part of an installation"
    return False


_STAGED_WORKS = frozenset({"installation", "artwork", "performance", "exhibition", "exhibit", "stunt", "spectacle"})
"""Works of art or show an act is staged "as part of": no attack, whatever it burns or blows up."""


def _real_attacker(doc: Doc) -> bool:
    """An attacker who acts somewhere in the text ('Militants attacked soldiers during a training
    exercise'), not one played or staged ('officers playing attackers', 'mock gunmen')."""
    return any(
        (t.lower_ in _INTENT_AGENTS or base_form(t) in _INTENT_AGENTS) and t.dep_ not in {"dobj", "pobj"}
        and not any(c.lower_ in _PRETEND_MODIFIERS for c in t.children)
        for t in doc
    )


_TIME_MARKS = {"before", "after", "until", "till", "since", "when"}


def _past_time_clause(node: Token) -> bool:
    """'(warned of attacks) days before a bomb exploded', 'before a car bomb killed 12, the embassy had
    warned': an act told in the past tense in a time clause of a warning or threat took place; only the
    threat itself looks ahead ('before the troops leave' is present tense and stays open)."""
    if node.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in node.children):
        return False
    return node.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "was", "were"}
                                     for c in node.children)


def _told_with_its_toll(tok: Token) -> bool:
    """ "convicted of helping to plan a bombing at a bus station that killed nine people": an attack noun whose own
    phrase tells whom it killed or hurt happened, whatever plan it is the object of."""
    if tok.pos_ != "NOUN":
        return False
    # the clause on the noun, or on a time word the parser hangs beside it ("a bombing in X last year in which
    # 11 passengers were killed": "last year" modifies the plan, the clause the bombing)
    clauses = [t for t in tok.subtree if t.dep_ == "relcl"] + [
        t for t in tok.sent if t.dep_ == "relcl" and t.i > tok.i and t.head.dep_ == "npadvmod"
        and t.head.head.i == tok.head.i]
    return any(t.lemma_.lower() in HARM_VERBS | {"die"} and (
        t.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in t.children)
        or _in_which(t) and (t.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"}
                                                   for c in t.children)))
        for t in clauses)


def _in_which(verb: Token) -> bool:
    """ "(a bombing) in which 11 passengers were killed / died": the clause hangs on the event by 'in which'."""
    return any(p.dep_ == "prep" and p.lower_ in {"in", "during"} and any(
        w.dep_ == "pobj" and w.lower_ == "which" for w in p.children) for p in verb.children)


_PHRASE_STEPS = frozenset({"conj", "pobj", "prep", "cc"})
_WEAPON_PREPS = frozenset({"with", "using"})
_AFTER_PREPS = frozenset({"after", "following", "since"})
_AFTERMATH_NOUNS = frozenset({"wake", "aftermath"})


def _weapon_phrase_step(head: Token) -> bool:
    """A step inside a weapon's own phrase ("with axes and a homemade bomb": the conjunct, "axes", "with"), which
    leaves the act where it was; any other preposition ("in the wake of", "after", "of the victims of") leads to
    another clause's head, where a warning, a fear or a funeral's preparing is no plan of the act."""
    if head.dep_ in {"conj", "cc"}:
        return True
    if head.dep_ == "pobj":
        return head.head.lower_ in _WEAPON_PREPS
    return head.dep_ == "prep" and head.lower_ in _WEAPON_PREPS
_PLAN_TALK = frozenset({"discuss", "consider", "contemplate", "debate", "propose"})


def _planned_gerund(tok: Token) -> bool:
    """"had discussed attacking the market", "considered bombing the embassy": an act talked of as a plan, not
    done; "discussed the attack" (a noun, an act told) stays."""
    return tok.dep_ == "xcomp" and tok.tag_ in {"VBG", "VB"} and tok.head.lemma_.lower() in _PLAN_TALK


def _is_future_or_hypothetical(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
            return True
    if _planned_infinitive(tok) or _something_to_make(tok) or _pretend(tok) or _during_a_drill(tok) \
            or _planned_gerund(tok):
        return True
    head = tok.head
    if _told_with_its_toll(tok):
        return False
    # three clause steps up; a weapon's own phrase is no step for a noun ("planning to attack a market with knives
    # and a bomb": the bomb hangs on "knives" and "with" below the planned act); a verb's steps all count ("planned
    # the attack on a church that killed 12": the killing is told done)
    steps, free = (0 if _past_time_clause(tok) else 3), (4 if tok.pos_ in {"NOUN", "PROPN"} else 0)
    while steps > 0:
        if free and head.dep_ in _PHRASE_STEPS and head.pos_ not in {"VERB", "AUX"} and _weapon_phrase_step(head):
            free -= 1
        else:
            steps -= 1
        if head.i != tok.i and _past_time_clause(head):
            break
        if head.lower_ in _AFTER_PREPS and head.dep_ == "prep" or head.lemma_.lower() in _AFTERMATH_NOUNS:
            break  # "prevent looting after the bombing", "warned of reprisals in the wake of the bombing": told done
        if _during_a_drill(head):
            return True
        if (base_form(head) in FUTURE_HEADS or head.lemma_.lower() in FUTURE_HEADS) and not _feared_done(head):
            return True
        if head.pos_ == "NOUN" and head.lemma_.lower() in _PLAN_NOUNS:
            return True  # "denied any intention to carry out an attack"
        if head.lemma_.lower() in _PRETEND_HEADS:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    for child in tok.children:
        if child.dep_ == "amod" and child.lemma_.lower() in {
            "planned",
            "possible",
            "potential",
            "future",
            "foiled",
            "thwarted",
            "imminent",
        }:
            return True
    return False


_QUOTES = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"}


def _scare_quoted(tok: Token) -> bool:
    """A violent verb (or 'hostage') set alone in quotation marks, a few words at most: 'had been "wounded"
    by the cuts', 'for "holding families hostage"': the writer marks the word as figurative."""
    if tok.pos_ != "VERB" and tok.lemma_.lower() != "hostage":
        return False
    doc, sent = tok.doc, tok.sent
    left = next((i for i in range(tok.i - 1, max(sent.start, tok.i - 4) - 1, -1) if doc[i].text in _QUOTES), None)
    right = next((i for i in range(tok.i + 1, min(sent.end, tok.i + 5)) if doc[i].text in _QUOTES), None)
    if left is None or right is None:
        return False
    inside = doc[left + 1 : right]
    # an opening quote: at the sentence start or after a word, not a quote closing a longer stretch
    opening = left == sent.start or doc[left - 1].is_alpha or doc[left - 1].text in {"(", ":"}
    if not (opening and len(inside) <= 3 and all(t.is_alpha or t.text in {"-", "'s"} for t in inside)
            and not any(t.dep_ in {"nsubj", "nsubjpass"} for t in inside)):
        return False
    # a person killed is quoted, not figurative: 'the journalist was "assassinated"', '"massacred" villagers';
    # unless a policy does it: 'they had been "ambushed" by last-minute changes'
    return tok.pos_ != "VERB" or _by_an_abstraction(tok) or not any(
        c.dep_ in {"nsubjpass", "dobj"} and _a_person(c) for c in tok.children)


def _trade_of(tok: Token) -> bool:
    """`tok` names people by a trade or office (a compound before it says which: 'game ranger')."""
    return tok.lemma_.lower() in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS or tok.lemma_.lower() in _HUMAN_NOUNS


def _a_person(tok: Token) -> bool:
    """A person or people ('the journalist', 'two', 'they'), looking through 'dozens of' to what is counted
    ('dozens of charities' is no person)."""
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of and not tok.like_num:
        tok = of[0]
    return (tok.lemma_.lower() in _HUMAN_NOUNS or tok.lower_ in _HUMAN_NOUNS or tok.lemma_.lower() in PERSON_NOUNS
            or tok.ent_type_ in {"PERSON", "NORP", "CARDINAL"} or tok.like_num or tok.pos_ == "PRON")


_HOLD_HOSTAGE_TO = {"to"}
_FIGHT_VERBS = {"fight", "battle", "struggle", "defend", "resist"}


def _holding(tok: Token) -> Token | None:
    """The 'hold' of 'holding X hostage': the head of 'hostage', or a 'hold' a few words before it in the
    sentence when the parse hangs 'hostage' elsewhere ('accused them of holding farmers hostage to ...')."""
    if tok.head.lemma_.lower() == "hold":
        return tok.head
    for t in reversed(tok.doc[max(tok.sent.start, tok.i - 6) : tok.i]):
        if t.lemma_.lower() == "hold" and t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _figurative_phrase(tok: Token) -> bool:
    """'holding the country hostage to its demands' (held to a cause, not by gunmen), 'fight this to the
    death', 'an explosion of noise', 'a squad shot to pieces': idioms whose violent word names no act."""
    lem = tok.lemma_.lower()
    hold = _holding(tok) if lem == "hostage" else None
    if hold is not None:
        # "to" after "hostage", wherever the parse hangs it ("... of holding nurses hostage to a pay dispute")
        after = [tok.doc[tok.i + 1]] if tok.i + 1 < tok.sent.end else []
        if any(c.dep_ == "prep" and c.lower_ in _HOLD_HOSTAGE_TO and not any(
                g.lemma_.lower() == "ransom" for g in c.children) for c in [*tok.children, *hold.children, *after]):
            return True
        # "holding the economy hostage": no person held
        held = [t for t in tok.doc[hold.i + 1 : tok.i] if t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}]
        return bool(held) and not any(
            t.lemma_.lower() in _HUMAN_NOUNS or t.lower_ in _HUMAN_NOUNS or t.lemma_.lower() in PERSON_NOUNS
            or t.ent_type_ in {"PERSON", "NORP", "CARDINAL"} or t.like_num or t.pos_ == "PRON" for t in held)
    if lem == "burn" and any(c.dep_ == "dobj" and c.lower_ in {"bridges", "boats"} and any(
            g.dep_ == "poss" for g in c.children) for c in tok.children):
        return True  # "the party has burned its bridges with the government"
    if lem == "death" and tok.dep_ == "pobj" and tok.head.lower_ == "to":
        return tok.head.head.lemma_.lower() in _FIGHT_VERBS
    if lem in {"explosion", "blast", "burst"} and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _SENSATIONS for g in c.children) for c in tok.children):
        return True  # "an explosion of noise from the home end", "a blast of cold air"
    if lem == "shoot" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lower_ in _PIECES for g in c.children) for c in tok.children):
        # "a squad that has been shot to pieces", "his confidence was shot to pieces" (not "the convoy was")
        shot = [tok.head if c.tag_ in {"WDT", "WP"} and tok.dep_ == "relcl" else c
                for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
        return bool(shot) and not any(_physical(t) or _a_person(t) for t in shot)
    return False


_PIECES = {"pieces", "bits", "ribbons", "shreds", "smithereens"}
_SENSATIONS = {
    "noise", "sound", "colour", "color", "joy", "anger", "rage", "emotion", "applause", "cheer", "cheering",
    "laughter", "music", "light", "air", "wind", "heat", "energy", "creativity", "interest", "growth", "demand",
    "activity", "popularity", "celebration", "delight", "relief", "frustration", "fury", "excitement",
}
"""What an 'explosion of' or a 'blast of' names when it is no blast: a noise, a feeling, a boom in trade."""


_ABSTRACT_AGENTS = {
    "cut", "austerity", "reform", "policy", "decision", "law", "rule", "regulation", "crisis", "recession",
    "inflation", "measure", "tariff", "ruling", "budget", "tax", "price", "rate", "slump", "downturn", "market",
    # what a scandal, a vote or a report does to a career, a plan or a party
    "scandal", "defeat", "report", "revelation", "controversy", "news", "result", "vote", "affair", "row",
    "dispute", "criticism", "remark", "comment", "gaffe", "failure", "setback", "verdict", "announcement",
    "allegation", "leak", "rumour", "rumor", "memo", "speech", "poll", "survey", "study", "resignation",
    "impeachment", "referendum", "review", "audit", "proposal", "move", "backlash", "loss",
    "change", "amendment", "plan", "bill", "reshuffle",
}
_ABSTRACT_OBJECTS = {
    "hope", "chance", "dream", "plan", "deal", "idea", "talk", "bid", "career", "momentum", "mood", "prospect",
    "ambition", "morale", "confidence", "pride", "proposal", "motion", "amendment", "initiative", "reputation",
}
"""What a violent verb kills or shoots down when it is said of a plan or a hope: "killed his hopes", "shot
down the plan"."""
_FIGURATIVE_VERBS = HARM_VERBS | {"shoot", "stab", "bomb", "hit", "attack", "strike", "torpedo"}


def _agents(verb: Token, by_prep: bool = False) -> list[Token]:
    """The nouns of a passive verb's "by" agent ("killed by gunmen"); with `by_prep` also of a "by" the parse
    left a plain preposition."""
    return [g for c in verb.children if c.dep_ == "agent" or by_prep and c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"]


def _doers(verb: Token) -> list[Token]:
    """Who does the act of `verb`: its active subject and its passive agent ("Militants razed a village",
    "a tanker was seized by pirates")."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + _agents(verb)


def _by_an_abstraction(tok: Token) -> bool:
    """The agent of a passive verb is a policy, a measure or the market ('by last-minute changes')."""
    return any(g.lemma_.lower() in _ABSTRACT_AGENTS for g in _agents(tok, by_prep=True))


def _harmed_by_an_abstraction(tok: Token) -> bool:
    """'welfare groups had been wounded by earlier cuts', 'small farms were killed off by tariffs': no
    person harmed, and what harms them is a policy or the market."""
    if tok.lemma_.lower() not in _HARM_VERBS:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    agents = _agents(tok, by_prep=True)
    if not subj or not agents or agents[0].lemma_.lower() not in _ABSTRACT_AGENTS:
        return False
    return not _a_person(subj[0])


def _done_by_or_to_an_abstraction(tok: Token) -> bool:
    """'The scandal wounded the minister', 'the defeat killed his hopes', 'the report shot down the plan':
    an active violent verb whose subject is a scandal, a vote or a report (no one harms with those), or
    whose object is a hope or a plan. The passive is `_harmed_by_an_abstraction`."""
    if tok.pos_ != "VERB" or base_form(tok) not in _FIGURATIVE_VERBS:
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":  # "The scandal shook the party and wounded the minister"
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _ABSTRACT_AGENTS:
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in _ABSTRACT_OBJECTS


_A_KIND_OF = {"similar", "such"}


def _habitual(tok: Token) -> bool:
    """'Al-Shabaab frequently attacks hotels', 'militants often carry out attacks on convoys', 'has carried out
    similar attacks in the past': a habit or a kind of attack, told of no one time (not 'repeatedly stabbed',
    nor 'a similar attack in 2019', which is one)."""
    verb = tok
    if _trend_of_acts(tok):
        return True
    if tok.pos_ not in {"VERB", "AUX"}:
        if any(c.dep_ in {"amod", "det"} and c.lower_ in _A_KIND_OF for c in tok.children) and tok.tag_ == "NNS":
            # not a count of attacks told together ('one of three similar attacks on this date')
            counted = any(c.dep_ == "nummod" for c in tok.children)
            return not (counted or (tok.dep_ == "pobj" and tok.head.lower_ == "of"))
        if tok.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
            return False
        verb = tok.head
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children):
        return True
    if _tallied(tok, verb):
        return True
    # "in the past"
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ == "past" and any(d.lower_ == "the" for d in g.children) for g in c.children)
        for c in verb.children)


_TREND_VERBS = frozenset({"increase", "rise", "fall", "drop", "decline", "decrease", "double", "triple", "halve",
                          "surge", "soar", "grow", "jump", "climb", "plunge", "plummet"})
_FREQUENCY_WORDS = frozenset({"frequent", "common", "rare", "routine", "regular", "commonplace", "widespread"})
_MANY_TIMES = frozenset({"hundreds", "dozens", "scores", "thousands", "many", "numerous", "countless"})


def _trend_of_acts(tok: Token) -> bool:
    """Acts in the plural as the subject of a trend, a count of many told of no one time: "Suicide attacks
    increased to 34 from 29", "Kidnappings of foreigners have become more frequent"; not "the death toll from the
    attack rose to 14" (no act is the subject)."""
    noun = tok.head if tok.dep_ == "compound" and tok.head.tag_ == "NNS" else tok  # "Suicide attacks"
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.dep_ != "nsubj":
        return False
    trend = noun.head
    # a dated subject that acts on a number ("Twin bombings in Kabul on Sunday doubled the number of civilians
    # killed this month") is the acts of that day; the trend is then only the figure's
    dated = [*noun.subtree, *(t for c in trend.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree)]
    if any(c.dep_ == "dobj" for c in trend.children) and any(t.ent_type_ in {"DATE", "TIME"} for t in dated):
        return False
    return trend.lemma_.lower() in _TREND_VERBS or trend.lemma_.lower() == "become" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _FREQUENCY_WORDS for c in trend.children)


def _tallied(tok: Token, verb: Token) -> bool:
    """An act told in the perfect over a period since a time ("the pipeline has been bombed hundreds of times
    since 1986", as "Since May 3 soldiers have been killed" is a tally) or many times over, told of no one time.
    One act stays: "was stabbed dozens of times" (no perfect, no period), "have bombed the pipeline three times
    this month" (counted acts, each one)."""
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "have"
                                                  for c in verb.children):
        return False
    since = any((c.dep_ == "prep" and c.lower_ == "since") or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)) for c in verb.children)
    times = [c for c in verb.children if c.lower_ in {"times", "twice", "once"}]
    many = any(any(g.lower_ in _MANY_TIMES for g in c.subtree) for c in times)
    if times and not many:
        return False  # "have raided the village several times since 2020": counted acts, each one
    return (since or many) and not _another_clause_dated(verb)


def _another_clause_dated(verb: Token) -> bool:
    """Another clause of the sentence tells a dated act of its own ("...; on Sunday they killed 12 people in
    Kauru"): the tally is background to it and does not wipe out the sentence's act."""
    inside = {t.i for t in verb.subtree}
    return any(t.i not in inside and t.pos_ == "VERB" and t.dep_ in {"ROOT", "conj", "ccomp"} and any(
        d.ent_type_ == "DATE" and d.i not in inside for d in t.subtree) for t in verb.sent)


def _said_of_an_abstraction(tok: Token) -> bool:
    """'called the budget "a bomb that will explode"', 'the pension plan is a ticking bomb': a weapon word
    predicated of a policy or a price (object predicate or complement), not 'the package was a bomb'."""
    if tok.dep_ not in {"oprd", "attr"}:
        return False
    said_of = [c for c in tok.head.children if c.dep_ in ({"dobj"} if tok.dep_ == "oprd" else {"nsubj"})]
    return any(c.lemma_.lower() in SPORT_OR_POLITICS | _ABSTRACT_AGENTS for c in said_of)


def _share_of_people(num: Token) -> bool:
    """'nine of its crew members', 'three of the passengers', 'two of them': a number counting a share of
    people, never a score ('shot a 68')."""
    return any(g.dep_ == "pobj" and (_trade_of(g) or g.lemma_.lower() in CAPTIVE_NOUNS or g.pos_ == "PRON")
               for c in num.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


_GUN_WORDS = {"dead", "gun", "rifle", "pistol", "bullet", "gunfire", "gunpoint", "wound", "wounded"}


def _shot_to_harm(tok: Token) -> bool:
    """ "shot dead three of the tourists", "gunmen shot two of the guards": a share of people shot with a word
    of harm or arms in the sentence; "the photographer shot three of the tourists for a magazine" tells none."""
    return any(base_form(t) in HARM_VERBS or t.lower_ in _GUN_WORDS or t.lower_ in _ARMED_AGENTS
               or base_form(t) in _ARMED_AGENTS for t in tok.sent)


_WHILE_PREPS = frozenset({"during", "amid", "amidst"})
"""Prepositions of the time a deed was done in ("during a league match"): the game is when, not what was hit."""


def _is_metaphor(tok: Token) -> bool:
    """'attack on the budget', 'shot a 68', 'fire back at critics', a scare-quoted "wounded", 'the scandal
    wounded the minister', 'called the budget a bomb'."""
    if _scare_quoted(tok) or _figurative_phrase(tok) or _harmed_by_an_abstraction(tok) \
            or _done_by_or_to_an_abstraction(tok) or _said_of_an_abstraction(tok):
        return True
    for child in tok.subtree:
        if child.i == tok.i:
            continue
        if child.lemma_.lower() in SPORT_OR_POLITICS and child.dep_ in {"pobj", "dobj", "compound", "nsubj"} \
                and not (child.dep_ == "compound" and _trade_of(child.head)) \
                and not (child.dep_ == "pobj" and child.head.lower_ in _WHILE_PREPS):
            # not the time the harm was done in: "A grenade thrown into the stands during a match ... killed four"
            return True  # not "a game ranger", "a match official": the word names a person's trade
        if child.dep_ == "dobj" and child.like_num and child.head.i == tok.i and base_form(tok) not in HARM_VERBS \
                and not (_share_of_people(child) and (base_form(tok) != "shoot" or _shot_to_harm(tok))):
            return True  # "shot a 68" — not "an ambush ... which left five dead", nor "injuring six"
    return False


_FIRED_AT = frozenset({"on", "at", "upon", "into"})


def _armed_men_fired_on(tok: Token) -> bool:
    """ "Assailants fired on a police helicopter", "Unknown perpetrators fired at a tourist bus", "snipers fired into
    the crowd": armed men (or doers named by their crime) fired at a target, a shooting whatever the harm."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "prep" and c.lower_ in _FIRED_AT and _a_target(c)
                                     for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and (base_form(c) in _ARMED_AGENTS or c.lower_ in ATTACKER_NOUNS | _CRIME_DOERS
                                      | ARMED_FIGHTER_NOUNS | {"sniper", "snipers"})
               for c in tok.children)


_SKY = frozenset({"air", "sky", "skies"})
_FIRE_SHOT_NOUNS = frozenset({"shot", "shots", "round", "rounds", "bullet", "bullets", "gunshot", "gunshots", "volley",
                              "volleys"})


def _fired_in_the_air(tok: Token) -> bool:
    """ "Gunmen fired into the air to celebrate", "fired shots in the air to scatter the crowd": the fire (or the
    shots fired) goes up, at no one; an armed subject makes it no shooting. Not when the same verb also fires on
    someone ("fired in the air and at the crowd") or the shots hit a person; a later verb ("and then shot dead two
    guards") is a trigger of its own."""
    verb = tok
    if tok.pos_ == "NOUN" and tok.lower_ in _FIRE_SHOT_NOUNS and tok.dep_ == "dobj":
        verb = tok.head  # "fired shots in the air": the shots' verb
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "fire":
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for p in preps for g in p.conjuncts if g.dep_ in {"conj", "prep"}]  # "in the air and at the crowd"
    up = [p for p in preps if p.lower_ in {"into", "in", "at", "towards", "toward", "skyward"}
          and any(o.dep_ == "pobj" and o.lower_ in _SKY for o in p.children)]
    if not up:
        return False
    return not any(p.lower_ in _FIRED_AT and _a_target(p) for p in preps) and not any(
        c.dep_ == "dobj" and c.lower_ not in _FIRE_SHOT_NOUNS for c in verb.children)


def _a_target(prep: Token) -> bool:
    """What "fired on / into" takes is a target: not the air or the sky ("fired into the air to celebrate"), nor the
    shooters themselves ("fired on each other in a dispute over loot"), nor a day ("on Monday")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and not any(
        o.lower_ in {"air", "sky", "skies"} or o.ent_type_ in {"DATE", "TIME"}
        or {o.lower_, *(d.lower_ for d in o.children)} in (
            {"each", "other"}, {"one", "another"}) for o in objs)


def _has_violent_context(tok: Token, sent: SpacySpan) -> bool:
    lem = base_form(tok)
    doc = tok.doc
    lo, hi = max(sent.start, tok.i - 3), min(sent.end, tok.i + 4)
    neighbours = [base_form(doc[i]) for i in range(lo, hi) if i != tok.i]
    if lem in {"drone", "rocket", "mine"}:
        return any(n in {"attack", "strike", "hit", "launch", "fire", "explode", "kill", "land"} for n in neighbours)
    if lem in {"strike", "hit"}:
        if lem == "strike" and tok.pos_ != "VERB" and _labour_strike(tok):
            return False
        return any(n in _STRIKE_WEAPONS for n in neighbours) or _strike_on_target(tok)
    if lem in {"fire"}:
        return _set_on_fire(tok) or _came_under_fire(tok) or _fire_lit_by_doers(tok) or _armed_men_fired_on(tok) or any(
            n in {"open", "gunman", "gunmen", "shot", "rocket", "set", "opened", "exchange"} for n in neighbours)
    if lem == "overrun":
        return _overran_a_post(tok)
    if lem == "injury":
        # "suffered a minor injury", "caused injuries to two guards", "a man with head injuries", "no injuries
        # were reported": people hurt; not "recovering from a knee injury", "injury time"
        head = tok.head
        return tok.dep_ in {"dobj", "nsubjpass", "nsubj"} and head.lemma_.lower() in _INJURY_VERBS or (
            tok.dep_ == "pobj" and head.lower_ in {"with", "for"}) or _died_of(tok)
    return True


HELD_PLACES = {"post", "outpost", "base", "camp", "town", "village", "barracks", "checkpoint", "garrison",
                "position", "station", "headquarters", "compound", "fort", "stronghold"}


def _overran_a_post(tok: Token) -> bool:
    """'its fighters overran a military post', 'the base was overrun by jihadists' (the parse takes that
    'overrun' for a noun after 'was'): a post, a base or a town taken by force. Not 'the talks overran',
    'the project overran its budget', 'a city overrun with tourists' ('city' is no held place)."""
    if tok.pos_ == "VERB":
        held = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
        held = [c for c in tok.head.children if c.dep_ == "nsubj"]
    else:
        held = []
    return any(h.lemma_.lower() in HELD_PLACES for h in held)


_INJURY_VERBS = {"suffer", "sustain", "receive", "cause", "inflict", "report", "leave", "treat", "incur"}
_DEATH_VERBS = {"die", "succumb", "perish"}


def _died_of(tok: Token) -> bool:
    """ "succumbed to his injuries", "died of injuries sustained in the blast": the wounds someone died of."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in {"to", "of", "from"} and head.head.lemma_.lower() in _DEATH_VERBS


_CONTEXT_WEAPONS = {"drone", "rocket", "mine"}
"""Weapons that are violent once their context says they were used ("a drone attack", "rockets hit")."""
_STRIKE_WEAPONS = {"missile", "drone", "rocket", "bomb", "mortar", "artillery", "shell"}
_LABOUR_MODIFIERS = {
    "general", "hunger", "labour", "labor", "worker", "workers", "national", "nationwide", "union", "wildcat",
    "teacher", "teachers", "doctor", "doctors", "nurse", "nurses", "transport", "rail", "sit-down", "warning",
    "day", "indefinite", "pay", "wage", "lightning", "solidarity", "student", "students", "trucker", "truckers",
}
_LABOUR_NOUNS = {"action", "ballot", "pay", "vote", "call", "notice", "committee", "leader", "organizer", "organiser"}
_HITTERS = _STRIKE_WEAPONS | {"strike", "attack", "airstrike", "projectile", "missile"}
_LABOUR_CUES = {
    "walkout", "walk-out", "picket", "pickets", "picketing", "union", "unions", "wage", "wages", "salary",
    "salaries", "strikers", "striking", "stoppage",
}
_MATCH_CUES = {
    "crossbar", "woodwork", "goalpost", "goalkeeper", "keeper", "minute", "volley", "header", "striker",
    "equaliser", "equalizer", "rebound", "bounced",
}
_IMPACT_VERBS = {
    "hit", "strike", "destroy", "damage", "flatten", "level", "raze", "demolish", "devastate", "slam", "tear",
    "wreck", "target", "wound", "injure", "kill", "set",
}
"""What a strike does to what it hits ("the strike hit a market", "strikes destroyed two houses")."""


def _labour_strike(tok: Token) -> bool:
    """'workers went on strike', 'a general strike', 'a strike by teachers', 'strike action', a strike
    told with pickets or wages: a stoppage of work, not an attack; nor is a player's shot ("Salah's
    strike hit the post", "the strike hit the bar in the 80th minute")."""
    if any(t.lower_ in _LABOUR_CUES or t.lower_ in _MATCH_CUES for t in tok.sent):
        return True
    if any(c.dep_ == "poss" and (c.lower_ in {"his", "her"} or c.ent_type_ == "PERSON") for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in {"go", "be", "stay", "remain",
                                                                                         "come", "call"}:
        return True
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _LABOUR_NOUNS:
        return True
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod", "poss"} and child.lower_ in _LABOUR_MODIFIERS:
            return True
        if child.dep_ == "prep" and child.lower_ == "by" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _LABOUR_MODIFIERS or g.lemma_.lower() in {"employee", "staff"})
            for g in child.children
        ):
            return True
    return False


def _physical(tok: Token) -> bool:
    """A building, a vehicle, a place or people: what a weapon hits."""
    return (
        tok.lemma_.lower() in _PHYSICAL_TARGETS
        or tok.lemma_.lower() in _HUMAN_NOUNS
        or tok.lower_ in _HUMAN_NOUNS
        or tok.lemma_.lower() in {"area", "neighbourhood", "neighborhood", "district", "city", "block", "apartment",
                                  "infrastructure", "complex", "warehouse", "depot", "hangar", "factory", "field"}
        or tok.ent_type_ in {"FAC"}
    )


def _strike_on_target(tok: Token) -> bool:
    """A strike (or what it does) told with what it hit: "the strike hit a crowded market", "a strike on
    a hospital", "strikes destroyed two houses". A strike that is no work stoppage and that lands on
    buildings or people is an attack, whatever weapon the text leaves unnamed."""
    lem = base_form(tok)
    if lem == "strike" and tok.pos_ != "VERB":
        if any(c.dep_ == "prep" and c.lower_ in {"on", "against", "at"} and any(
                g.dep_ == "pobj" and _physical(g) for g in c.children) for c in tok.children):
            return True
        head = tok.head
        return (tok.dep_ == "nsubj" and head.lemma_.lower() in _IMPACT_VERBS
                and any(c.dep_ == "dobj" and _physical(c) for c in head.children))
    if lem == "hit" and tok.pos_ == "VERB":
        # "the strike hit ...", "drone attacks that hit ...": the subject, or the noun a relative
        # clause hangs on, is a strike, an attack or a projectile
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"}]
        if not subj and tok.dep_ == "relcl":
            subj = [tok.head]
        return bool(subj) and base_form(subj[0]) in _HITTERS and not (
            base_form(subj[0]) == "strike" and _labour_strike(subj[0])) and any(
            c.dep_ == "dobj" and _physical(c) for c in tok.children)
    return False


_SUFFIXES = ("ings", "ing", "ers", "ed", "es", "s")
_IRREGULAR = {"shot": "shoot", "blew": "blow", "hit": "hit", "burnt": "burn", "dead": "dead", "died": "die"}


def base_form(tok: Token) -> str:
    """Lemma that survives ALL-CAPS wire copy and a capitalised plural the tagger takes for a name
    ("Rockets struck the base", "Mortars hit ..."), where it does not lemmatise."""
    lem = tok.lemma_.lower()
    if (not tok.is_upper and tok.pos_ != "PROPN") or lem in STRONG_LEMMAS or lem in WEAK_LEMMAS:
        return lem
    low = tok.lower_
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for suf in _SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            stem = low[: -len(suf)]
            for cand in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem):
                if cand in STRONG_LEMMAS or cand in WEAK_LEMMAS:
                    return cand
    return low


_HUMAN_NOUNS = {
    "people",
    "person",
    "civilian",
    "soldier",
    "officer",
    "policeman",
    "policemen",
    "police",
    "villager",
    "worshipper",
    "student",
    "child",
    "children",
    "man",
    "men",
    "woman",
    "women",
    "guard",
    "member",
    "troop",
    "worker",
    "passenger",
    "resident",
    "pilgrim",
    "farmer",
    "official",
    "crew",
    "sailor",
    "victim",
    "tourist",
    "journalist",
    "teacher",
    "cadet",
    "militant",
    "fighter",
    "hostage",
    "commander",
    "leader",
    "mourner",
    "shopper",
    "driver",
    "bystander",
    "employee",
    "staff",
    "family",
    "boy",
    "girl",
    "customer",
    "patient",
    "doctor",
    "nurse",
    "priest",
    "imam",
    "monk",
    "personnel",
    "recruit",
    "peacekeeper",
    "protester",
    "voter",
    "attendee",
    "concertgoer",
    "spectator",
    "pedestrian",
    "diplomat",
    "contractor",
    "engineer",
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
    "dozen",
    "dozens",
    "score",
    "hundred",
    "hundreds",
}
_METAPHOR_PRONE = {"kill", "shoot", "bomb", "blow", "execute", "gun", "hit"}


_MANNED_AIRCRAFT = frozenset({"helicopter", "plane", "aircraft", "airliner", "jet", "warplane", "gunship", "chopper",
                              "airplane", "aeroplane", "jetliner"})
_STATE_SHOOTERS = frozenset({"defence", "defense", "defences", "defenses", "army", "military", "troops", "forces",
                             "navy", "jets", "fighter", "fighters", "system", "systems", "battery", "batteries"})


def _aircraft_shot_down(tok: Token) -> bool:
    """ "A military helicopter was shot down near X": a manned aircraft shot down with no doer told is an attack
    (GTD train: the 4 summaries of aircraft shot down, or tried at, by armed men are Armed Assault), as it is when
    armed men do it ("Rebels shot down a helicopter", read elsewhere). Drones, missiles and rockets shot down are
    air defence at work, and an agent of the state's ("shot down by air defences", "by the army") makes it an
    operation (session 11)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return False
    if not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _MANNED_AIRCRAFT for c in tok.children):
        return False
    agents = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree]
    if any(t.lower_ in _STATE_SHOOTERS or t.lemma_.lower() in _STATE_SHOOTERS or country_by_demonym(t.text) is not None
           or t.like_num or "-" in t.text and any(ch.isdigit() for ch in t.text) for t in agents):
        return False  # "by air defences", "by Turkish F-16s": a state's arms
    if _negated_or_denied(tok) or _said_by_the_state(tok):
        return False  # "was not shot down", "denied the plane was shot down", "..., the Syrian army said"
    sent_words = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    return not sent_words & (SPORT_OR_POLITICS | _SCORE_WORDS) and not any(
        t.like_num and "-" in t.text for t in tok.sent)  # "as the Hawks won 3-1": a game


_SCORE_WORDS = frozenset({"win", "won", "lose", "lost", "score", "scored", "team", "league", "cup", "final", "quarter",
                          "period", "inning", "innings", "playoff", "playoffs", "fan", "fans", "coach", "squad"})


def _said_by_the_state(verb: Token) -> bool:
    """ "An enemy warplane was shot down over Idlib, the Syrian army said": the state's forces telling what they shot
    down tell an operation of theirs (also "enemy" of the aircraft names the side that shot it)."""
    if any(c.dep_ == "nsubjpass" and any(g.lower_ in {"enemy", "hostile", "intruding"} for g in c.subtree)
           for c in verb.children):
        return True
    sayers = [c for t in verb.sent if t.lemma_.lower() in SAY_VERBS and t.i != verb.i
              for c in t.children if c.dep_ == "nsubj"]
    return any(g.lower_ in _STATE_SHOOTERS or g.lemma_.lower() in _STATE_SHOOTERS for c in sayers
               for g in c.subtree)


def _group_bombed(tok: Token) -> bool:
    """ "The IRA bombed a pub", "Al-Shabaab bombed a cafe": an armed group named by the bundled group list (NER often
    takes such names for a person) as the subject of "bombed" with a concrete object leaves the verb no figurative
    reading; so does anyone named, a group or a member of one ("A member of the X Front", "Suspected Black
    Panthers", ORG / NORP) that bombed a building or a firm ("an army reserve centre", "the X Corporation"). A film or
    a show "bombs"
    with no object, "Netflix bombed the ratings" names no building, and "bombed the talks" stays a figure of speech."""
    if tok.pos_ != "VERB" or base_form(tok) != "bomb" or _negated_or_denied(tok):
        return False  # "Al-Shabaab never bombed a cafe"
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
               and c.lemma_.lower() not in _ABSTRACT_OBJECTS | {"talks"}]
    # the target must be a physical place or vehicle named by its kind ("a cafe", "an army reserve centre"), not an
    # exam, a club's stage or a pitching staff ("The Beatles bombed the Cavern Club with their first show")
    if not any(o.lemma_.lower() in _ATTACKED_SITES | _BOMBED_PLACES for o in objects):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in SPORT_OR_POLITICS | _SHOW_WORDS for g in c.subtree) for c in tok.children):
        return False
    from ..codebooks.groups import hand_gazetteer

    for c in tok.children:
        if c.dep_ != "nsubj":
            continue
        if c.pos_ == "PROPN":
            name = tok.doc[min(t.i for t in c.subtree if t.i <= c.i) : c.i + 1].text
            entry = hand_gazetteer().lookup(name)
            if entry is not None and entry.type == "group":
                return True  # a known armed group
        members = c.lemma_.lower() == "member" and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(g.pos_ == "PROPN" for g in p.subtree) for p in c.children)
        if members or c.lower_ in _ARMED_AGENTS or c.lower_ in _CRIME_DOERS or base_form(c) in _ARMED_AGENTS:
            return True  # a doer noun ("Militants", "A member of the X Front")
        if (c.pos_ == "PROPN" or c.tag_ == "NNPS") and any(g.lower_ in {"suspected", "alleged"} for g in c.children):
            return True  # "Suspected Weathermen bombed a printing company": named as suspects of a crime
    return False


_SHOW_WORDS = frozenset({"show", "gig", "concert", "set", "song", "album", "performance", "joke", "routine", "act"})


_BOMBED_PLACES = frozenset({"company", "corporation", "firm", "plant", "store", "building", "bank", "bar",
                            "theatre", "theater", "cinema", "library", "museum"})
"""Buildings and firms a group bombs, besides the sites whose attack is told in the passive (`_ATTACKED_SITES`)."""


def _violent_object(tok: Token) -> bool:
    """'killed 12 officers', 'were killed' — not 'killed off City's hopes'."""
    if any(c.dep_ == "prt" and c.lower_ in {"off", "time"} for c in tok.children):
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            head_words = {c.lemma_.lower(), c.lower_} | {t.lemma_.lower() for t in c.subtree}
            # armed men are people too: "Soldiers killed three insurgents" is a killing, not a metaphor
            if c.like_num or c.ent_type_ in {"PERSON", "NORP", "CARDINAL"} or head_words & (
                    _HUMAN_NOUNS | _ARMED_AGENTS | GENERIC_PERPETRATORS):
                return True
            return False
    return tok.pos_ != "VERB"


def _bare_gerund(tok: Token) -> bool:
    """ "Shooting in Leeds", "Police statement: shooting at a school": "shooting" tagged a verb but used as
    the noun, with no subject or object of its own (not "shooting a 68", nor "kept shooting from range")."""
    return (tok.lower_ in {"shooting", "shootings"} and tok.dep_ in {"ROOT", "acl", "appos", "conj", "pobj"}
            and not any(c.dep_ in {"nsubj", "dobj", "prt", "dative"} for c in tok.children))


def _person_shot(tok: Token) -> bool:
    """The one shot is a person: "A man was shot in the legs", "shot two farmers", "she was shot" — not "the
    film was shot in Morocco", "shot a video"."""
    for c in tok.children:
        if c.dep_ in {"nsubjpass", "dobj"}:
            if c.lower_ in {"who", "whom"} and tok.dep_ == "relcl":  # "X, who was shot dead ...": X was
                c = tok.head
            c = past_dateline(c, tok.i)  # "CITY, Country — A journalist who ... was shot dead"
            return c.lemma_.lower() in _HUMAN_NOUNS or c.lower_ in _HUMAN_NOUNS or c.ent_type_ == "PERSON" \
                or c.lemma_.lower() in PERSON_NOUNS
    return False


_EXTRA_STRONG = {"shell", "molotov", "firebomb", "behead", "lynch", "shoot"}
_INCENDIARY_HEADS = {"device", "bomb", "balloon", "bottle", "grenade", "round", "munition", "shell", "kite", "weapon"}


def _incendiary_weapon(tok: Token) -> bool:
    """ "threw an incendiary device at a shop", "incendiary balloons landed in a field": a fire weapon used
    (not "incendiary remarks")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _INCENDIARY_HEADS and any(
        c.lower_ == "incendiary" and c.dep_ in {"amod", "compound"} for c in tok.children)


def _set_on_fire(tok: Token) -> bool:
    """ "set the school on fire", "set two trucks on fire": a building or a vehicle burned; the object between
    the verb and "on fire" puts "set" out of a short window (and "set the stadium on fire" with song is no
    arson: a venue, not a structure, is set alight in that figure of speech)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "on":
        return False
    verb = tok.head.head
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN"}:
        verb = verb.head  # "set two cement mixers and several trucks on fire": "on fire" hangs on the last object
    if verb.dep_ == "dobj" and base_form(verb.head) == "set":  # the parse hangs "on fire" on the object
        return any(_a_structure(o) for o in (verb, *verb.conjuncts)) or _set_by_armed_men(verb.head)
    if base_form(verb) == "set" and _set_by_armed_men(verb):
        return True  # "Assailants set a rubbish skip on fire (and pushed it to a door)": their fire, whatever burns
    if base_form(verb) == "set" and _set_by_no_doer(verb):
        return False  # "Lightning set the barn on fire", "was set on fire by a faulty heater": an accident's fire
    if base_form(verb) == "set":
        # "A refugee hostel was set on fire": the passive's subject is what burned, as the active's object
        return any(c.dep_ == "dobj" and _a_structure(c) or c.dep_ == "nsubjpass" and _a_building_or_home(c)
                   for c in verb.children)
    # "setting a holiday home, that was under construction, on fire": an aside between the object and "on fire"
    # leaves the parse no arc to "set"; the nearest "set" before, with a structure for its object, is the verb
    doc = tok.doc
    for k in range(tok.i - 2, max(tok.sent.start, tok.i - 14) - 1, -1):
        if doc[k].pos_ == "VERB" and doc[k].lemma_.lower() == "set":
            return any(c.dep_ == "dobj" and c.i < tok.i and (_a_structure(c) or c.lemma_.lower() in {"home", "house"})
                       for c in doc[k].children)
    return False


_BY_ACCIDENT = frozenset({"accident", "accidentally", "mistake", "mistakenly", "inadvertently"})
_FIRE_CAUSES = NATURAL_HAZARDS | {
    "heater", "cigarette", "candle", "spark", "stove", "cooker", "oven", "fault", "circuit", "wiring", "wire", "cable",
    "lamp", "appliance", "battery", "charger", "generator", "boiler", "fireplace", "chimney", "heat", "sun", "firework",
    "bonfire", "barbecue", "grill", "kettle", "toaster", "leak", "ember", "embers", "match", "matches"}
"""What sets a building on fire by nature or by accident, no one's act: "Lightning set the barn on fire"."""


def _set_by_no_doer(verb: Token) -> bool:
    """The subject of "set ... on fire", or the passive's "by" agent, is a natural or accidental cause ("Lightning",
    "a faulty heater", "a cigarette left burning"), or it was set "by accident": no arson. A doer ("Vandals set
    ...", "was set on fire by protesters") or none told keeps the arson."""
    if any(c.lower_ in _BY_ACCIDENT or any(g.lower_ in _BY_ACCIDENT for g in c.children) for c in verb.children):
        return True
    causes = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in _FIRE_CAUSES or c.lower_ in _FIRE_CAUSES for c in causes)


def _set_by_armed_men(verb: Token) -> bool:
    """The subject of "set ... on fire" is armed men or doers named by their crime ("Assailants", "arsonists")."""
    return any(c.dep_ == "nsubj" and (c.lower_ in _ARMED_AGENTS or c.lower_ in _CRIME_DOERS) for c in verb.children)


_LIGHTING = {"ignite", "start", "light", "set"}


def _fire_lit_by_doers(tok: Token) -> bool:
    """ "Two perpetrators lit a fire in the clinic", "arsonists started a fire at the depot": a fire lit
    by doers named by their crime or their arms is arson (a fire "ignited" by a spark, or lit by workers, is none)."""
    if tok.dep_ != "dobj" or base_form(tok.head) not in _LIGHTING:
        return False
    verb = tok.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else [verb]  # "shattered ... and
    return any(c.dep_ == "nsubj" and (c.lower_ in _CRIME_DOERS or c.lower_ in _ARMED_AGENTS)  # ignited a fire"
               for v in verbs for c in v.children)


_ARSONIST_ACTS = {"set", "torch", "gut", "burn", "attack", "raze", "destroy", "firebomb", "ignite", "light",
                  "strike", "target", "hit", "damage", "throw", "douse", "raid", "storm", "smash"}
"""What arsonists do to a place: "arsonists torched a mosque", "a church gutted by arsonists"."""


def _arsonist_acted(tok: Token) -> bool:
    """ "Arsonists gutted a church", "a school set on fire by arsonists": an arsonist as the doer of an act on a
    place, told as done ("may have been started by an arsonist", "most arsonists are young men" tell none)."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head
    elif tok.dep_ != "nsubj":
        return False
    acted = base_form(verb) in _ARSONIST_ACTS or _ARSONIST_ACT_FORMS.fullmatch(verb.lower_) is not None
    return acted and not _is_future_or_hypothetical(verb)


_ARSONIST_ACT_FORMS = re.compile(r"(?:gutt|torch|burn|raz|firebomb|smash|storm|raid|destroy|damag|attack|target"
                                 r"|ignit|douse)(?:e|es|ed|s|ing)?|lit|struck|threw|thrown|burnt|set")
"""Forms of those verbs the lemmatiser misses ("gutted" read as 'gutte')."""


_FLAMES = {"ablaze", "alight", "afire"}
_BURNED = {"home", "homes"}
"""Dwellings are an arsonist's target, though a bomb's 'home' is often where someone was ('killed at home')."""
_MANY = {"dozens", "hundreds", "scores", "several", "some", "many", "number", "most", "all"}


def _set_ablaze(tok: Token) -> bool:
    """ "set a police station ablaze", "the church was set alight", "set dozens of homes ablaze": a building or a
    vehicle set burning is arson, like "set ... on fire"; not "set the market alight" (a mood) or "set tyres
    ablaze" (a protest's bonfire). The parse hangs the flame word on the verb, or on the object as a modifier."""
    if tok.lower_ not in _FLAMES:
        return False
    verb = tok.head if base_form(tok.head) == "set" else tok.head.head if tok.dep_ == "amod" else None
    if verb is None or base_form(verb) != "set" or verb.i > tok.i:
        return False
    burned = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        c for c in tok.children if c.dep_ == "compound"] + ([tok.head] if tok.dep_ == "amod" else [])
    return any(_a_building_or_home(b) for b in burned)


_FIRE_NOUNS = {"fire", "fires", "blaze", "blazes"}
def _fire_set_on_purpose(tok: Token) -> bool:
    """ "gutted by a fire that investigators believe was set deliberately", "destroyed in a deliberately set
    fire", "a blaze that police said had been started intentionally": a fire someone set on purpose is arson,
    however the sentence names the damage; a fire told with no such word may be an accident, and "was not set
    deliberately" or "do not believe was set deliberately" rules it out, as does a fire set to fight fire or clear
    land ("a fire deliberately set to contain the blaze", "firefighters ... a controlled burn")."""
    if tok.pos_ != "NOUN" or tok.lower_ not in _FIRE_NOUNS or _fire_to_fight_fire(tok):
        return False
    for mod in tok.children:
        if mod.dep_ not in {"amod", "relcl", "acl"} or any(c.dep_ == "neg" for c in mod.children):
            continue
        # the setting verb itself, or the one a belief or a report hangs on it ("that police said was set ...")
        for verb in (mod, *[c for c in mod.children if c.dep_ in {"ccomp", "xcomp"}]):
            if base_form(verb) in {"set", "start", "light"} and not any(c.dep_ == "neg" for c in verb.children) \
                    and any(c.dep_ == "advmod" and c.lower_ in ON_PURPOSE_ADVERBS for c in verb.children) \
                    and not _to_fight_fire(verb):
                return True
    return False


def _to_fight_fire(verb: Token) -> bool:
    """ "set to contain the blaze", "lit to clear land": a purpose that manages fire or land, or its setters are
    firefighters ("lit by firefighters")."""
    # the parse may hang the purpose on the clause the fire is the object of ("used a fire lit to stop ...")
    holders = [verb, verb.head.head] if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else [verb]
    return any(c.dep_ in {"xcomp", "advcl"} and base_form(c) in FIRE_CONTROL_PURPOSES
               and any(a.lower_ == "to" for a in c.children) for h in holders for c in h.children) or any(
        c.dep_ == "agent" and any(g.lower_ in FIREFIGHTER_NOUNS for g in c.children) for c in verb.children)


def _fire_to_fight_fire(tok: Token) -> bool:
    """A "controlled" fire or burn, or one in a clause whose doers are firefighters ("Firefighters lit backfires
    and relied on a fire deliberately set ...")."""
    if any(c.lower_ == "controlled" for c in tok.children):
        return True
    head = tok
    for _ in range(6):  # up through its own clause and the ones joined to it, not past a report's verb
        if head.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "nsubj" and c.lower_ in FIREFIGHTER_NOUNS for c in head.children):
            return True
        if head.head.i == head.i or head.dep_ in {"ccomp", "relcl", "advcl"}:
            break
        head = head.head
    return False


def _a_building_or_home(tok: Token) -> bool:
    """A structure or a dwelling, looking through a count ('dozens of homes', 'several of the shops')."""
    if not (tok.like_num or tok.pos_ == "NUM" or tok.lower_ in _MANY):
        return _a_structure(tok) or tok.lower_ in _BURNED
    return any(_a_structure(g) or g.lower_ in _BURNED for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


_SETTLEMENTS = {"hamlet", "settlement", "compound", "homestead", "encampment", "hut", "dwelling", "farmstead",
                "kraal", "homes", "home"}
"""Places where people live that armed men level ('razed a hamlet', 'razed their homesteads'): no building a bomb
destroys in `_STRUCTURES`, but a razing's object."""


def _a_settlement(tok: Token) -> bool:
    """A dwelling place, looking through a count ('dozens of huts')."""
    heads = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in _SETTLEMENTS or h.lower_ in _SETTLEMENTS for h in heads)


def _razed(tok: Token) -> bool:
    """ "Militants razed a village", "homes razed by the rebels", "rebels razed a hamlet": armed men levelling a
    settlement or a building; not "the council razed the old market" (a demolition: the doer must be armed)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "raze":
        return False
    if not any(c.dep_ in {"dobj", "nsubjpass"} and (_a_building_or_home(c) or _a_settlement(c))
               for c in tok.children):
        return False
    return any({t.lemma_.lower() for t in d.subtree} & (_AGENTS | _MILITIA) or d.ent_type_ in {"ORG", "NORP"}
               for d in _doers(tok))


_MILITIA = {"militia", "militiaman", "militiamen"}
"""A militia levels a village as rebels do ('militiamen razed several homesteads')."""


_RAMMING_VERBS = {"ram", "plough", "plow", "drive", "steer", "smash", "slam", "crash", "career", "mow", "barrel"}
_VEHICLES = {"car", "van", "truck", "lorry", "vehicle", "suv", "bus", "tractor", "jeep", "pickup", "minivan"}
_CROWDS = {"crowd", "crowds", "pedestrian", "pedestrians", "shopper", "shoppers", "reveller", "revellers", "passer",
           "passers", "passersby", "bystander", "bystanders", "protester", "protesters", "demonstrator",
           "demonstrators", "marcher", "marchers", "worshipper", "worshippers", "group", "groups", "queue", "line"}
_DRIVERS = {"driver", "man", "woman", "attacker", "assailant", "suspect", "motorist", "he", "she", "teenager", "youth"}
_NO_RAMMING = re.compile(r"\b(?:lost control|accident|brakes? (?:failed|failure)|skidded|veered off)\b", re.IGNORECASE)
"""A crash told as an accident ("the driver lost control and ploughed into pedestrians") is no attack."""


def _people_hit(noun: Token) -> bool:
    """A crowd or people ("into a crowd", "into a group of worshippers", "into pedestrians", "mowed down three men"),
    or a place full of them ("into a crowded market", "a packed square")."""
    heads = [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
    return any(h.lower_ in _CROWDS or h.lemma_.lower() in _CROWDS or h.lemma_.lower() in _HUMAN_NOUNS
               or h.lower_ in _HUMAN_NOUNS or h.lemma_.lower() in PERSON_NOUNS for h in heads) or any(
        c.dep_ == "amod" and c.lower_ in _THRONGED for c in noun.children)


_THRONGED = {"crowded", "packed", "thronged", "teeming"}


def _rammed_people(tok: Token) -> bool:
    """A vehicle driven into people as a weapon: "a car ploughed into pedestrians", "a driver rammed his truck into
    a crowd", "a man drove his car into a group of worshippers", "mowed down pedestrians". A driver's own verb
    (drive, steer, smash) needs a person at the wheel and the vehicle as its object; a crash told as an accident
    is none."""
    if tok.pos_ != "VERB" or base_form(tok) not in _RAMMING_VERBS or _NO_RAMMING.search(tok.sent.text):
        return False
    lem = base_form(tok)
    hit = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"into", "through"}
           for g in p.children if g.dep_ == "pobj"]
    if lem in {"ram", "mow"}:
        hit += [c for c in tok.children if c.dep_ == "dobj"]
    if not any(_people_hit(h) for h in hit):
        return False
    if lem in {"ram", "plough", "plow", "mow"}:
        return True
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(c.lower_ in _DRIVERS or c.lemma_.lower() in _DRIVERS for c in subjects) and any(
        c.lemma_.lower() in _VEHICLES or c.lower_ in _VEHICLES for c in objects)


_ASSAULT_VERBS = {"attack", "assault", "raid", "storm", "shoot", "fire", "target", "strike", "hit", "burn"}
_AGENTS = {
    "assailant",
    "gunman",
    "gunmen",
    "militant",
    "attacker",
    "insurgent",
    "jihadist",
    "rebel",
    "fighter",
    "terrorist",
    "guerrilla",
    "guerrillas",
    "bandit",
    "extremist",
    "suspect",
    "bomber",
    "kidnapper",
    "mob",
    "man",
    "men",
    "group",
    "member",
    "cell",
    "squad",
    "commando",
    "unit",
    "youth",
}
_PHYSICAL_TARGETS = {
    "village",
    "town",
    "post",
    "checkpoint",
    "outpost",
    "convoy",
    "vehicle",
    "house",
    "home",
    "building",
    "base",
    "camp",
    "station",
    "school",
    "church",
    "mosque",
    "temple",
    "market",
    "hotel",
    "restaurant",
    "bus",
    "truck",
    "car",
    "ship",
    "vessel",
    "tanker",
    "tower",
    "pipeline",
    "office",
    "headquarters",
    "compound",
    "barracks",
    "prison",
    "jail",
    "hospital",
    "bank",
    "shop",
    "store",
    "residence",
    "farm",
    "plant",
    "embassy",
    "patrol",
    "position",
    "facility",
    "bridge",
    "airport",
    "port",
    "train",
    "mall",
    "bar",
    "club",
    "hall",
}


_STRUCTURES = (_PHYSICAL_TARGETS - {"market", "bar", "club", "position", "hall", "store", "home"}) | {
    "pylon", "substation", "mast", "antenna", "transmitter", "railway", "railroad", "rail", "track", "tunnel", "dam",
    "well", "depot", "warehouse", "factory", "refinery", "installation", "infrastructure", "consulate", "courthouse",
    "shrine", "monument", "statue", "clinic", "jeep", "tank", "humvee", "boat", "aircraft", "plane", "helicopter",
    "lorry", "minibus", "van", "motorcycle", "locomotive", "wagon", "terminal", "gate", "wall",
    "classroom", "branch", "library", "dormitory", "laboratory", "garage", "synagogue", "pagoda", "hostel", "shelter",
    "barn",
}
"""What a bomb or a blast physically destroys: a building, a vehicle, a line of supply ('blew up a pipeline',
'bombed a bridge'), not a plan or a mood ('blew up the deal'). A market and a club may be an economy and a team."""
_MOVERS = {"convoy", "vehicle", "bus", "truck", "car", "ship", "vessel", "tanker", "patrol", "train", "position",
           "jeep", "tank", "humvee", "boat", "aircraft", "plane", "helicopter", "lorry", "minibus", "van", "motorcycle",
           "locomotive", "wagon"}
_LINEAR = {"pipeline", "railway", "railroad", "rail", "track", "tunnel", "wall"}
FIXED_SITES = frozenset((_PHYSICAL_TARGETS | _STRUCTURES) - _MOVERS - _LINEAR)
"""Targets that stay at one spot (a base, a school): 'the same base' is the same place; not a vehicle, nor a
line that runs across many towns ('the same pipeline', 'the same track')."""
_LINES = {"line", "lines", "cable", "cables"}
_LINE_KINDS = {"power", "electricity", "transmission", "rail", "railway", "train", "gas", "oil", "water", "supply",
               "pipeline", "high-voltage"}
_PARTS = {"section", "part", "stretch", "portion", "span", "segment", "length", "piece", "wing", "floor", "side"}
_AIRCRAFT = {"jet", "jets", "warplane", "warplanes", "aircraft", "plane", "planes", "bomber", "bombers", "air"}
"""Who bombs from the air: a state's air force, whose operations open no incident."""


def _a_structure(tok: Token) -> bool:
    """'an oil pipeline', 'the Kerch bridge', 'power lines', 'a section of the railway' (looking through a
    part to the whole)."""
    if tok.lemma_.lower() in _PARTS:
        whole = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
        if not whole:
            return False
        tok = whole[0]
    lem = tok.lemma_.lower()
    if lem in _STRUCTURES or tok.lower_ in _STRUCTURES or tok.ent_type_ == "FAC":
        return True  # the word as written too: the lemmatiser makes "barracks" a "barrack"
    if tok.lower_ in _LINES and any(c.dep_ in {"compound", "amod"} and c.lower_ in _LINE_KINDS for c in tok.children):
        return True
    return _the_line_told_before(tok)


_LINKS = _LINES | {"link", "links"}
_LINE_HEADS = {"pipeline", "pipelines", "railway", "railways", "railroad", "track", "tracks", "line", "lines",
               "cable", "cables", "grid", "pylon", "pylons"}


def _the_line_told_before(tok: Token) -> bool:
    """ "Saboteurs blew up a gas pipeline ... Militants bombed the line near X": 'the line' or 'the link' with
    nothing of its own points back to a supply line or a railway the text named before."""
    if tok.lower_ not in _LINKS or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "same"}
                                           for c in tok.children):
        return False
    if any(c.dep_ in {"compound", "amod", "poss"} and c.lower_ != "same" for c in tok.children):
        return False  # "the front line", "the party line", "the phone line"
    return any(t.lower_ in _LINE_HEADS and (t.lower_ not in _LINES or any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _LINE_KINDS for c in t.children))
               for t in tok.doc[: tok.sent.start])


def _structure_destroyed(tok: Token) -> bool:
    """'Rebels blew up an oil pipeline', 'the ELN bombed a bridge', 'a section of the railway was blown up': a
    building, a vehicle or a supply line as the object of 'blow up' or 'bomb'. Not 'blew up the deal', 'the
    talks blew up', 'the film bombed at the box office', nor jets bombing (an air force's operation)."""
    if tok.pos_ != "VERB" or base_form(tok) not in {"blow", "bomb"}:
        return False
    if base_form(tok) == "blow" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objs or not _a_structure(objs[0]):
        return False
    return not any({t.lower_ for t in d.subtree} & _AIRCRAFT for d in _doers(tok))


_REFLEXIVES = {"himself", "herself", "themselves", "themself"}


def _blew_oneself_up(tok: Token) -> bool:
    """'A man blew himself up outside a police station', 'two women blew themselves up': a suicide bombing,
    told without a weapon word. A person, not a thing, is blown up, so 'blew up at reporters' (anger) and
    'the talks blew up' stay no attack."""
    return tok.pos_ == "VERB" and base_form(tok) == "blow" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and any(
        c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in tok.children)


_ARMED_AGENTS = {
    "assailant",
    "assailants",
    "gunman",
    "gunmen",
    "militant",
    "militants",
    "attacker",
    "attackers",
    "insurgent",
    "insurgents",
    "terrorist",
    "terrorists",
    "guerrilla",
    "guerrillas",
    "bandit",
    "bandits",
    "jihadist",
    "jihadists",
    "extremist",
    "extremists",
}


def armed_men_act_in(span: SpacySpan) -> bool:
    """A clause of `span` has armed men for the subject of their act or arrival ("when armed men boarded the bus",
    "the gunmen stormed ...", "opened fire"): the sentence tells the doers' act. Not what they had done before
    ("Armed men had warned the villagers on Monday"), nor other verbs ("gunmen threatened the union"). The agent
    of a passive act counts as its subject ("when it was stopped by armed men")."""
    return any((t.lower_ in _ARMED_AGENTS or t.lower_ in {"men", "man"} and any(
        m.lower_ == "armed" for m in t.children)) and (
        t.dep_ == "nsubj" and _an_act_or_arrival(t.head)
        or t.dep_ == "pobj" and t.head.dep_ == "agent" and _an_act_or_arrival(t.head.head)) for t in span)


def _an_act_or_arrival(verb: Token) -> bool:
    """`verb` tells the act or the arrival, not in the pluperfect: "stormed", "stopped the bus", "opened fire"."""
    lemma = verb.lemma_.lower()
    if lemma not in GROUP_ACT_VERBS | ARRIVAL_VERBS or any(c.dep_ == "aux" and c.lower_ in {"had", "'d"}
                                                           for c in verb.children):
        return False
    return lemma != "open" or any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)


_ATTACKED_SITES = frozenset({
    "post", "checkpoint", "outpost", "convoy", "vehicle", "house", "home", "building", "base", "camp", "station",
    "school", "church", "mosque", "temple", "shrine", "market", "hotel", "restaurant", "bus", "truck", "car", "ship",
    "vessel", "tanker", "tower", "pipeline", "headquarters", "compound", "barracks", "prison", "jail", "hospital",
    "shop", "residence", "farm", "embassy", "consulate", "patrol", "facility", "bridge", "airport", "train",
    "village", "checkpost", "garrison", "depot", "clinic", "office", "agency", "cafe", "pub", "factory", "warehouse",
    "centre", "center", "college", "university", "courthouse", "kiosk",
})
"""Places and vehicles whose being attacked, raided or stormed is told as a deed done to them ("A police post was
attacked overnight"); not positions, clubs or banks, which are 'attacked' by critics as often."""
_SITE_ASSAULT_VERBS = frozenset({"attack", "raid", "storm", "target", "ambush", "overrun", "assault", "shell",
                                 "bomb", "firebomb", "torch", "strafe"})


def _site_attacked(tok: Token) -> bool:
    """ "A police post was attacked overnight", "the convoy was ambushed near X": a place or vehicle as the passive
    subject of an assault verb is an attack with no doer told, casualties or not. An agent names the doer, whose
    own words decide (`_armed_agent_or_target`): "the office was attacked by critics" is none."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SITE_ASSAULT_VERBS \
            or not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
        return False
    if not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _ATTACKED_SITES for c in tok.children):
        return False
    return not (_negated_or_denied(tok) or _attacked_in_words(tok) or _searched_by_the_law(tok))


_SEARCH_VERBS = frozenset({"raid", "target", "search", "storm"})
_INQUIRY_NOUNS = frozenset({"investigation", "probe", "inquiry", "audit", "warrant", "crackdown", "inspection",
                            "inspector", "search", "operation", "fraud", "evasion", "corruption"})


def _negated_or_denied(verb: Token) -> bool:
    """ "The police post was not attacked", "The embassy was never stormed", "The army denied that the village was
    shelled": what is told as not done, or denied, is no attack (up to two clause steps to the denying verb)."""
    if any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in verb.children):
        return True
    node = verb
    for _ in range(2):
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in DENY_VERBS or any(c.dep_ == "neg" for c in node.children) and node.lemma_.lower() \
                in SAY_VERBS:
            return True
    return False


COMMEMORATION = re.compile(
    r"\b(?:anniversary|commemorat\w*|memorials?|vigils?|wreaths?|in\s+memory\s+of|to\s+(?:mark|remember|honou?r)"
    r"|silence|remembrance|tributes?|fell\s+silent|mourners|bells?\s+(?:rang|tolled|were\s+rung)|candles?)\b",
    re.I,
)
"""Words of a commemoration: the one table for the triggers (the hour an attack began, remembered) and for the
segments (the day of a memorial is not the attack's)."""
_TIME_NOUNS = frozenset({"time", "moment", "hour", "minute", "instant"})
_BEGAN_VERBS = frozenset({"begin", "start", "erupt", "happen", "occur", "strike", "unfold"})


def _hour_of_a_commemoration(tok: Token) -> bool:
    """ "A minute's silence was held at the time the shooting began", "Mourners gathered at the hour the attack
    started": a definite attack named only as the hour of a commemoration, after a sentence that told it, is the
    attack told, not a new one, and the commemoration's day is no day of it. Only the hour named so: "A vigil in
    Hanau turned to chaos when the shooting began" tells an attack on the vigil."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or not any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "that", "this", "its", "their"} or c.dep_ == "poss"
            for c in tok.children):
        return False
    verb = tok.head
    if base_form(verb) not in _BEGAN_VERBS and not (base_form(verb) == "take" and any(
            c.lower_ == "place" for c in verb.children)):
        return False
    at_the_hour = verb.dep_ in {"relcl", "acl"} and verb.head.lemma_.lower() in _TIME_NOUNS
    return at_the_hour and tok.sent.start > 0 and COMMEMORATION.search(tok.sent.text) is not None


_NEGATABLE_ACTS = _SITE_ASSAULT_VERBS | {"kill", "shoot", "abduct", "kidnap", "murder", "stab", "behead", "hijack"}


def _an_act_told_not_done(tok: Token) -> bool:
    """ "Gunmen did not attack the post, police said", "Militants never stormed the town": an act its doer is told not
    to have done is no attack, and the doer noun it is told of ("Gunmen") tells none either. Only the verb's own
    negation: a denial ("the army denied that its soldiers killed them") still tells a killing whose doer is in
    question, and a bomb that "did not explode" is a failed attack (GTD codes those)."""
    verb = tok.head if tok.dep_ == "nsubj" and tok.head.i != tok.i else tok
    if verb.pos_ != "VERB" or base_form(verb) not in _NEGATABLE_ACTS:
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or not any(
            c.dep_ == "nsubj" for c in verb.children):
        return False  # the doer told as the subject: "The post was not attacked" is `_site_attacked`'s
    # "did not attack the post until after dark": "not ... until" tells when the act was done, not that it was not
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in verb.children) and not any(
        t.lower_ == "until" for t in verb.subtree)


_IN_WORDS = frozenset({"press", "media", "report", "newspaper", "editorial", "article", "column", "parliament",
                       "review", "result", "results", "exam", "waiting", "record", "performance", "handling",
                       "decision", "fee", "cost", "remark", "comment", "statement", "speech", "debate", "interview",
                       "tweet", "letter", "blog", "hearing", "ruling"})
"""What a place is "attacked in / over / for" when critics do it: the press, a report, its exam results."""


def _attacked_in_words(verb: Token) -> bool:
    """ "The school was attacked in the press for its exam results", "the hospital was attacked over its waiting
    times in a report": the place is criticised, in words; not "attacked in the night", "over the weekend"."""
    return any(c.dep_ == "prep" and c.lower_ in {"in", "over", "for", "by"} and any(
        g.lemma_.lower() in _IN_WORDS | SPORT_OR_POLITICS or g.lower_ in _IN_WORDS for g in c.subtree if g.i != c.i)
        for c in verb.children)


def _searched_by_the_law(verb: Token) -> bool:
    """ "Police said the house was raided and three suspects were arrested", "the factory was raided as part of a tax
    probe", "the office was targeted in a tax investigation": a raid or a search that ends in arrests or serves an
    inquiry is the law's, no attack; "A border checkpoint was raided near X" (none of these) stays one."""
    if verb.lemma_.lower() not in _SEARCH_VERBS:
        return False
    if _law_enforcement(verb):
        return True
    subject = {t.i for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree}
    return any(t.i not in subject and (t.lemma_.lower() in _INQUIRY_NOUNS or t.lemma_.lower() in ARREST_VERBS
                                       and t.pos_ == "VERB" or t.lemma_.lower() in COURT_VERBS and t.pos_ == "VERB")
               for t in verb.sent)


def _armed_agent_or_target(tok: Token) -> bool:
    """'Assailants attacked ...', 'gunmen stormed ...', '... attacked a police post', 'A police post was attacked'."""
    if _site_attacked(tok):
        return True
    for child in tok.children:
        if child.dep_ in {"nsubj", "agent"}:
            words = {t.lemma_.lower() for t in child.subtree} | {t.lower_ for t in child.subtree}
            if words & _AGENTS or child.ent_type_ in {"ORG", "NORP"} or _unnamed_perpetrators(child):
                return True
            # "Rockets struck the airfield", "mortar shells hit the camp": a projectile's strike is an
            # attack, with or without casualties
            if base_form(child) in _PROJECTILES:
                return True
        if child.dep_ == "dobj":
            words = {t.lemma_.lower() for t in child.subtree} | {t.lower_ for t in child.subtree}
            if words & (_PHYSICAL_TARGETS | _HUMAN_NOUNS) or child.ent_type_ in {"GPE", "LOC", "FAC"}:
                return True
    return False


def _unnamed_perpetrators(child: Token) -> bool:
    """ "A police station was attacked by unknown perpetrators": the doers named only as perpetrators (GTD's word for
    doers it cannot name) are armed men; not "perpetrators of the fraud", whose deed is another."""
    nouns = [child] if child.dep_ == "nsubj" else [g for g in child.children if g.dep_ == "pobj"]
    if _CYBER.search(child.sent.text):
        return False  # "The website of the ministry was attacked by unknown perpetrators": an attack online, unarmed
    return any(n.lemma_.lower() == "perpetrator" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children)
               for n in nouns)


_CYBER = re.compile(r"\b(?:websites?|web\s?sites?|servers?|networks?|online|hack\w*|ransomware|malware|cyber\w*|"
                    r"ddos|phishing|data\s+breach)\b", re.I)
"""Words of an attack on computers or online: doers named only as perpetrators there are no armed men."""


# What armed men can be said to have done that is no act on anyone: speech, plans, holding, losing, leaving.
_NO_ACT_VERBS = SAY_VERBS | RELEASE_VERBS | FUTURE_HEADS | {
    "be", "have", "do", "lose", "control", "hold", "use", "join", "recruit", "receive", "get", "publish", "issue",
    "demand", "want", "need", "flee", "abandon", "surrender", "call", "urge", "vow", "condemn", "welcome", "see",
    "make", "give", "send", "sign", "accept", "agree", "include", "number", "operate", "reach", "enter",
}
_ACT_ANAPHORS = {"attack", "incident", "assault", "raid"}
_ONTO = {"over", "into", "at", "on", "upon"}


def _armed_men_acted(tok: Token) -> bool:
    """'Assailants derailed a passenger train ...', 'Gunmen seized the vehicles of residents ...': armed men as the
    subject of a past act on something, in a text that then calls it the attack or the incident ('no casualties
    in the attack', 'claimed responsibility for the incident'), tell the incident whatever the verb. Speech,
    plans and losses ('militants said', 'insurgents lost ground') are no act; without 'the attack' later the
    act stays unread."""
    if tok.lower_ not in _ARMED_AGENTS or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    # past, the tagger's 'VBN' for a past tense with its subject included
    if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    # the sentence's own act, not one in a time or relative clause ('The fighting continued until May, when the
    # assailants captured the district': an aftermath of the attack told, no act of its own)
    if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False
    if base_form(verb) in _NO_ACT_VERBS or verb.lemma_.lower() in _NO_ACT_VERBS:
        return False
    # the act's object, or that of the act attempted ('attempted to run over pedestrians', parsed 'over' + pobj)
    tried = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() not in _NO_ACT_VERBS]
    if not any(c.dep_ == "dobj" for c in verb.children) and not any(
            c.dep_ == "dobj" or (c.dep_ in {"prep", "prt"} and c.lower_ in _ONTO and any(g.dep_ == "pobj" for g in
                                                                                     c.children))
            for v in tried for c in v.children):
        return False
    return any(
        t.lemma_.lower() in _ACT_ANAPHORS and t.pos_ == "NOUN" and t.i > tok.i
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children)
        for t in tok.doc
    )


_PROJECTILES = {"rocket", "mortar", "missile", "shell", "projectile", "grenade", "drone", "bomb", "katyusha"}


_SEIZE_VERBS = {"take", "seize", "grab", "snatch", "drag", "whisk"}


_CRAFT = {"ship", "vessel", "tanker", "freighter", "bulker", "trawler", "boat", "tug", "barge", "dhow", "yacht", "bus",
          "plane", "aircraft", "airliner", "truck", "lorry"}
_HIJACKERS = {"pirate", "pirates", "hijacker", "hijackers", "gunman", "gunmen", "militant", "militants", "bandit",
              "bandits", "kidnapper", "kidnappers", "assailant", "assailants", "attacker", "attackers"}


def _craft_seized(tok: Token) -> bool:
    """'Pirates seized a tanker off Lome', 'a trawler was seized by pirates': a ship, a bus or a plane taken by
    armed men is a hijacking told without the word (not 'the navy seized a boat': a state's arrest)."""
    if tok.pos_ != "VERB" or base_form(tok) not in {"seize", "capture", "commandeer"}:
        return False
    taken = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(c.lemma_.lower() in _CRAFT or c.lower_ in _CRAFT for c in taken):
        return False
    return any(d.lower_ in _HIJACKERS or d.lemma_.lower() in _HIJACKERS or (
        d.lower_ in {"men", "man"} and any(m.lower_ == "armed" for m in d.children)) for d in _doers(tok))


def _seized_by_armed_men(tok: Token, lem: str) -> bool:
    """'were taken by armed men', 'seized by gunmen' (`lem` the token's base form): a kidnapping told
    without the word; or a craft seized ('pirates seized a tanker'): a hijacking."""
    if _craft_seized(tok):
        return True
    if tok.pos_ != "VERB" or lem not in _SEIZE_VERBS:
        return False
    for child in tok.children:
        if child.dep_ == "agent":
            words = {t.lower_ for t in child.subtree}
            if words & (_ARMED_AGENTS | {"armed", "kidnappers", "abductors"}):
                return True
    return False


_CARRIED_OFF = {"take": {"away"}, "carry": {"away", "off"}, "drag": {"away", "off"}, "whisk": {"away", "off"}}
"""Verbs that take people only with a particle ("took away nine villagers", "dragged them off")."""
_SNATCH_VERBS = {"seize", "snatch", "grab"}
_CAPTORS = _AGENTS | _ARMED_AGENTS | {"kidnapper", "kidnappers", "abductor", "abductors", "pirate", "pirates",
                                      "herdsmen", "herdsman", "raiders", "raider", "armed"}
_DETAINED = {"suspect", "prisoner", "inmate", "detainee", "spy", "informant", "collaborator", "convict", "fugitive"}
"""People the authorities seize: an arrest, not a kidnapping."""
_TAKEN_PEOPLE = {"traveller", "traveler", "schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "motorist",
                 "commuter", "fisherman", "fishermen", "herdsman", "herdsmen", "foreigner", "seafarer", "relative"}


def _seized_people(tok: Token, lem: str) -> bool:
    """'Gunmen seized twelve farmers from their homes', 'bandits snatched two schoolgirls', 'militants
    took away nine villagers', 'four travellers were seized on the highway': people taken by force,
    a kidnapping told without the word. Not 'seized weapons', 'seized control of the town', nor what the
    police or the army seize (an arrest)."""
    if tok.pos_ != "VERB":
        return False
    if lem not in _SNATCH_VERBS and not (
        lem in _CARRIED_OFF and any(c.dep_ in {"prt", "advmod"} and c.lower_ in _CARRIED_OFF[lem]
                                    for c in tok.children)):
        return False
    taken = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not taken or not any(_a_victim(c) for c in taken) or _carried_to_care(tok):
        return False
    # "Police raided a house and seized two men": the subject of the first verb
    doers = [c for c in tok.children if c.dep_ in {"nsubj", "agent"}] or (
        [c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "conj" else [])
    for c in doers:
        words = {t.lemma_.lower() for t in c.subtree} | {t.lower_ for t in c.subtree}
        if words & _LAW_ENFORCERS or words & {"soldier", "troop", "army", "military", "authority"} or (
                "force" in words and words & {"security", "government", "state", "federal", "national"}):
            return False
        if c.dep_ == "nsubj" and not (words & _CAPTORS or c.ent_type_ in {"ORG", "NORP"}):
            return False
    return True


_THROW_VERBS = {"throw", "hurl", "toss", "lob", "fling"}
_THROWN_DEVICES = {"device", "bottle", "cocktail", "can", "canister"}
_FIRE_OR_BLAST = {"incendiary", "explosive", "molotov", "petrol", "gasoline", "fuel", "kerosene", "homemade",
                  "improvised"}
"""What makes a thrown object a weapon: 'incendiary devices', 'Molotov cocktails', 'petrol bottles'."""
_THROWN_WEAPONS = {"molotov", "molotovs", "firebomb", "firebombs", "incendiary", "incendiaries"}
_CORROSIVES = {"acid", "corrosive", "caustic", "bleach", "ammonia"}
"""What burns a person it is thrown at: 'threw acid at a woman', 'a corrosive substance was thrown at her'."""
_SUBSTANCES = {"substance", "liquid", "fluid", "chemical", "chemicals", "solution", "mixture"}


def _a_thrown_weapon(tok: Token) -> bool:
    """'incendiary devices', 'Molotov cocktails', 'firebombs', 'bottles filled with petrol': an object that
    burns or blows up where it lands (not 'stones', 'eggs', 'a fastball')."""
    if tok.lower_ in _THROWN_WEAPONS or base_form(tok) in _THROWN_WEAPONS or tok.lower_ in _CORROSIVES:
        return True
    if tok.lemma_.lower() in _SUBSTANCES:  # "a corrosive substance", "some kind of caustic liquid"
        return any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in _CORROSIVES for c in tok.children)
    if tok.lemma_.lower() not in _THROWN_DEVICES:
        return False
    words = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}}
    # "bottles filled with petrol"
    words |= {g.lower_ for c in tok.children if c.dep_ == "acl" for prep in c.children if prep.dep_ == "prep"
              for g in prep.children if g.dep_ == "pobj"}
    return bool(words & _FIRE_OR_BLAST)


def _weapon_thrown(tok: Token, lem: str) -> bool:
    """'Two men threw incendiary devices at a shelter', 'Molotov cocktails were hurled at the police
    station': a fire or blast weapon thrown at someone or something is an attack, whoever throws it."""
    if tok.pos_ != "VERB" or lem not in _THROW_VERBS:
        return False
    thrown = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and _a_thrown_weapon(c)]
    if any(c.lower_ in _CORROSIVES or c.lemma_.lower() in _SUBSTANCES for c in thrown):
        return _at_a_person(tok)  # acid burns whom it hits: "threw the acid into a bin" is no attack
    return bool(thrown)


_BODY_PARTS = {"face", "faces", "head", "eyes", "body", "neck", "chest", "back"}


def _at_a_person(verb: Token) -> bool:
    """'threw acid at a woman', 'hurled it on her face', 'over two schoolgirls'."""
    return any(c.dep_ == "prep" and c.lower_ in {"at", "on", "onto", "over", "in", "into"}
               and any(g.dep_ == "pobj" and (_a_person(g) or g.lower_ in _BODY_PARTS) for g in c.children)
               for c in verb.children)


_CARE = {"on": {"stretcher", "shoulder", "shoulders"}, "to": {"hospital", "ambulance", "clinic"},
         "after": {"collision", "injury"}, "with": {"injury"}}


def _carried_to_care(tok: Token) -> bool:
    """'was carried off on a stretcher', 'whisked away to hospital', 'carried off after a collision': someone
    hurt taken to be cared for, not taken captive."""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in _CARE.get(c.lower_, ())
                                        for g in c.children) for c in tok.children)


def _a_victim(tok: Token) -> bool:
    """A person taken (not a suspect the authorities detain, not the pronoun 'them' that may be things)."""
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if tok.like_num and of:
        tok = of[0]  # "seized three of its sailors": the share is of the people after 'of'
    lem, low = tok.lemma_.lower(), tok.lower_
    if lem in _DETAINED or low in {"them", "it", "they"}:
        return False
    return (lem in _HUMAN_NOUNS or low in _HUMAN_NOUNS or lem in PERSON_NOUNS or lem in _TAKEN_PEOPLE
            or low in _TAKEN_PEOPLE or tok.ent_type_ == "PERSON")


_LAW_ENFORCERS = {
    "police", "policeman", "policemen", "officer", "agent", "investigator", "detective", "gendarme",
    "counter-terrorism", "counterterrorism", "anti-terror", "anti-terrorism", "swat", "fbi",
}
_IN_A_RAID = ARREST_VERBS | COURT_VERBS | {"seize"}
"""What police do in a raid: "were detained / charged in a crackdown", "weapons seized in raids". No "capture":
soldiers are captured in the insurgents' raid on their post."""
_OPERATIONS = {"raid", "search", "swoop", "operation", "sweep", "crackdown"}
_NO_ONE = {"nobody", "none", "no-one"}


def _law_enforcement(tok: Token) -> bool:
    """A raid or search by the police ("police raided a flat", "were detained in a series of raids",
    "counter-terrorism raids"): an arrest operation, not an attack."""
    if base_form(tok) not in _OPERATIONS:
        return False
    for child in tok.children:
        if child.dep_ in {"nsubj", "agent", "compound", "amod", "poss"}:
            words = {t.lemma_.lower() for t in child.subtree} | {t.lower_ for t in child.subtree}
            if words & _LAW_ENFORCERS or {"security", "forces"} <= words:
                return True
    if tok.pos_ != "NOUN":
        return False
    # "were detained in (a series of) raids", "arrested during a raid" ("arrested after a raid on a
    # bank" may be the attackers' raid)
    node = tok
    for _ in range(2):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep, governor = node.head, node.head.head
        if prep.lower_ in {"in", "during"} and base_form(governor) in _IN_A_RAID:
            return True
        if prep.lower_ != "of":
            return False
        node = governor
    return False


GRIEVANCE_HEADS = RETALIATION_NOUNS | {"protest", "avenge", "retaliate", "anger", "outrage"}
"""What a group says it answered: 'revenge for', 'to protest against', 'avenged', 'in retaliation for'."""
_GRIEVANCE_DEATHS = {"kill", "killing", "killings", "death", "deaths", "murder", "execution", "martyrdom"}
_STATE_SCENES = RESPONSE_OPERATIONS | {"encounter", "encounters", "custody", "crossfire", "gunfight", "shootout"}
_OWN_RANKS = MEMBER_NOUNS | {"cadre", "cadres", "comrade", "comrades", "commanders", "leaders", "activists"}


def _grievance_answered(tok: Token, preps: set[str]) -> tuple[Token, Token] | None:
    """The phrase of `tok` (climbed over conjuncts) and the grievance word it hangs on ('revenge for <tok>',
    'to protest against <tok>', 'avenged <tok>'), or None when `tok` names no grievance a group answers."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in preps:
        head = node.head.head
    elif node.dep_ == "dobj":
        head = node.head
    else:
        return None
    if head.lemma_.lower() not in GRIEVANCE_HEADS and head.lower_ not in GRIEVANCE_HEADS:
        return None
    return node, head


def _state_killing_avenged(tok: Token) -> bool:
    """'revenge for the killing of three of their commanders by police', 'to protest against the killing of two
    of its cadres in an encounter', 'avenged the deaths of their comrades in a police raid': a killing a group
    names as the grievance its attack answers, done by the state's forces (by them, in an encounter or a
    raid) or to the group's own ranks. Force by the state is no incident (conventions), and the sentence is
    the group's word on its own attack, not a second attack."""
    if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in _GRIEVANCE_DEATHS and tok.lower_ not in _GRIEVANCE_DEATHS):
        return False
    if _grievance_answered(tok, {"for", "against", "over"}) is None:
        return False
    for c in tok.subtree:
        low, lem = c.lower_, c.lemma_.lower()
        if c.dep_ == "pobj" and c.head.lower_ == "by" and (low in SECURITY_FORCE_NOUNS or lem in SECURITY_FORCE_NOUNS):
            return True  # "by police", "by security forces"
        if c.dep_ == "pobj" and c.head.lower_ in {"in", "during"} and (low in _STATE_SCENES or lem in _STATE_SCENES):
            return True  # "in an encounter", "in a police raid"
        if (low in _OWN_RANKS or lem in _OWN_RANKS) and any(
                d.dep_ == "poss" and d.lower_ in {"its", "their", "our"} for d in c.children):
            return True  # "of their commanders", "of its cadres"
    return False


_GRIEVANCE_FRAMES = SAY_VERBS | CLAIM_VERBS
"""The frame a group gives its reason in: 'saying it was revenge for', 'the group said the attack was revenge for',
'claimed the attack in retaliation for'."""


def _bare_grievance(tok: Token) -> bool:
    """'saying it was revenge for a recent bombing in Kandi', 'in response to the bombing of a mosque in X': an act
    a group names only as what its attack answered - no date, no count, no doer - is its reason, not an incident
    the text tells (a dated or counted one, or one done by others it names, still opens one)."""
    if tok.pos_ != "NOUN":
        return False
    answered = _grievance_answered(tok, {"for", "against", "over", "to"})
    if answered is None:
        return False
    node, head = answered
    if head.lemma_.lower() not in RETALIATION_NOUNS | {"avenge", "retaliate"}:
        return False  # "protested against the bombing of a mosque": the crowd's grievance is news, not a motive
    if node.head.lower_ == "to" and head.lower_ != "response":
        return False
    if not any(a.pos_ == "VERB" and a.lemma_.lower() in _GRIEVANCE_FRAMES for a in head.ancestors):
        return False  # "police sealed off the area in response to the bombing": no group gives it as its reason
    return not any(t.ent_type_ in {"DATE", "TIME"} or t.like_num or t.dep_ == "agent"
                   or t.dep_ == "pobj" and t.head.lower_ == "by" for t in tok.subtree if t.i != tok.i)


def bare_grievances(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the acts a group names only as its reason (`_bare_grievance`: "said the attack was
    revenge for a recent bombing in X"; `_state_killing_avenged`: "revenge for the killing of its commander by
    police"): they open no incident, and their words type none (no Bombing for a shooting so explained, no
    Assassination or Police target for a bombing that avenged a commander the police killed)."""
    spans = []
    for tok in doc:
        if _bare_grievance(tok) or _state_killing_avenged(tok):
            sub = list(tok.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return spans


def _harmed_no_one(tok: Token) -> bool:
    """'No one was hurt during the raids': the sentence says the event harmed nobody; a word that
    needs support to mean violence gets none here."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and (
            child.lower_ in _NO_ONE or (child.lower_ == "one" and any(d.lower_ == "no" for d in child.children))
        ):
            return True
    return False


_NOT_AN_EVENT_HEADS = {
    "threat", "scare", "hoax", "alert", "alarm", "squad", "disposal", "expert", "technician", "detector",
    "dog", "shelter", "sniffer", "detection", "drill",
}
"""What a weapon word names when it modifies these: 'a bomb threat', 'bomb disposal experts', 'a bomb
scare', 'the bomb squad' — a threat or the people who deal with one, not a bomb that went off."""
_NOT_AN_EVENT_MODIFIERS = {"hoax", "controlled", "false"}


_NO_SUCH_ACTS = {"explosion", "blast", "attack", "assault", "raid", "ambush", "shooting", "bombing"}
"""Acts "no" denies ("the footage shows no attack", "there was no shooting")."""


def _no_event(tok: Token) -> bool:
    """'Hoax bomb threat empties terminal', 'bomb disposal experts searched', 'a controlled explosion',
    'found no explosives': the weapon word names a threat, its handlers, their own demolition or nothing."""
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.lemma_.lower() in _NOT_AN_EVENT_HEADS:
        return True
    if base_form(tok) in _WEAPON_NOUNS | _NO_SUCH_ACTS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True  # "found no explosives", "No bomb was found", "there was no explosion", "shows no attack"
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _NOT_AN_EVENT_MODIFIERS for c in tok.children) \
        or _ruled_out(tok)


_EVIDENCE_NOUNS = {"evidence", "sign", "indication", "trace", "proof", "suggestion", "hint"}
_REPORT_NOUNS = {"report", "claim", "rumour", "rumor", "alarm", "alert", "call", "message", "post", "story", "tip"}
_UNTRUE = UNTRUE_WORDS | {"hoax"}
"""A report said to be untrue ("a false report", "a groundless alarm"), or a noun that says so as a modifier ("a
hoax call"; as a verdict "hoax" is one of attribution's nouns, "the claim was a hoax")."""
_RULING_OUT = {"rule": "out", "exclude": None, "dismiss": None}


def _ruled_out(tok: Token) -> bool:
    """'found no evidence of arson', 'did not find any sign of an explosion', 'the false report of an
    explosion', 'investigators ruled out arson', 'arson was excluded': the attack word names what the text
    says did not happen."""
    if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "about"} and tok.head.head.pos_ == "NOUN":
        noun = tok.head.head
        lem = noun.lemma_.lower()
        if lem in _EVIDENCE_NOUNS and (
                any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
                or (any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)
                    and any(c.dep_ == "neg" for c in noun.head.children))):
            return True
        if lem in _REPORT_NOUNS and any(c.dep_ in {"amod", "compound"} and c.lower_ in _UNTRUE for c in noun.children):
            return True
    if tok.dep_ in {"dobj", "nsubjpass"}:
        verb = tok.head
        lem = verb.lemma_.lower()
        if lem in _SHOWING and any(c.dep_ == "neg" for c in verb.children):
            return True  # a fact-check: "No, this video does not show a bombing in Kabul"
        if lem in _RULING_OUT:
            prt = _RULING_OUT[lem]
            return prt is None or any(c.dep_ == "prt" and c.lower_ == prt for c in verb.children)
    return False


_SHOWING = frozenset({"show", "depict", "capture", "record", "document", "feature", "portray"})
"""What footage or a photo "does not show" (a fact-check's denial) did not happen there; what it shows is left to
the other readers."""

_HARM_VERBS = HARM_VERBS | {"harm"}
"""Harm told of people or, figuratively, of a policy ("no one was harmed", "farms were killed off by tariffs")."""


def _no_one_harmed(tok: Token) -> bool:
    """'though no one was injured', 'nobody was killed': the harm verb says nobody was harmed."""
    if tok.lemma_.lower() not in _HARM_VERBS:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (
        c.lower_ in _NO_ONE or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)))
        for c in tok.children)


_ATHLETES = {
    "player", "goalkeeper", "keeper", "goalie", "striker", "defender", "midfielder", "winger", "forward", "fullback",
    "full-back", "centre-back", "teammate", "team-mate", "athlete", "sprinter", "jockey", "batsman", "batter",
    "bowler", "quarterback", "footballer", "cricketer", "boxer", "squad",
}
_MISHAPS = {"collision", "tackle", "fall", "crash", "accident", "challenge", "training", "warm-up", "session"}
"""What hurts people with no one attacking them: 'injured in a collision', 'hurt in training'."""
_PLAY_HURT = {"injure", "hurt", "wound"}


def _hurt_at_play(tok: Token, lem: str) -> bool:
    """'carried off after a collision', 'two defenders were injured in a collision', 'we have three players
    injured', 'the midfielder was taken off injured': harm from a mishap, or to an athlete in a match
    report, is no attack. (A bomb or a shot at a stadium still is: its own words trigger.)"""
    if lem not in _HARM_VERBS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"in", "after", "during", "from"} and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _MISHAPS for g in c.children) for c in tok.children):
        return True
    if lem not in _PLAY_HURT:
        return False
    hurt = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
    if tok.dep_ in {"acl", "amod", "oprd"}:
        hurt.append(tok.head)
    elif tok.dep_ == "advcl":  # "was taken off injured"
        hurt += [c for c in tok.head.children if c.dep_ in {"nsubjpass", "nsubj"}]
    return any(h.lemma_.lower() in _ATHLETES or h.lower_ in _ATHLETES for h in hurt)


KILLING_VERBS = {"murder", "execute", "slay", "assassinate"}  # kill without naming an armed agent


def _killed_person(tok: Token, lem: str) -> bool:
    """'Journalist X was murdered outside his home', 'a priest was gunned down': a person killed, told
    with a verb that needs no armed agent ('gun down' is shooting someone dead)."""
    if tok.pos_ != "VERB":
        return False
    if lem == "gun" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return False
    if lem != "gun" and lem not in KILLING_VERBS:
        return False
    felled = (past_dateline(c, tok.i) for c in tok.children if c.dep_ in {"nsubjpass", "dobj"})
    return any(c.lemma_.lower() in _HUMAN_NOUNS or c.lower_ in _HUMAN_NOUNS or c.ent_type_ == "PERSON"
               or c.lemma_.lower() in PERSON_NOUNS or c.like_num or _people_of_a_kind(c) for c in felled)


_HELD_PEOPLE = {"hostage", "captive", "prisoner", "detainee", "inmate", "abductee", "foreigner", "expatriate",
                "national", "christian", "muslim", "shiite", "shia", "sunni", "yazidi", "jew", "hindu", "sikh",
                "alawite", "copt", "druze", "ahmadi"}


def _people_of_a_kind(tok: Token) -> bool:
    """'executed 11 Christians', 'murdered two foreigners', 'executed the hostages': people named by their
    faith, nationality or plight, which the tagger often takes for a name (no lemma) or a group (NORP);
    a NORP counts only as a plural or with a number ('executed 11 Christians', not 'executed the Kurdish
    plan')."""
    low = tok.lower_
    stem = low[:-1] if low.endswith("s") else low
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if stem in _HELD_PEOPLE or tok.lemma_.lower() in _HELD_PEOPLE:
        return True
    return tok.ent_type_ == "NORP" and (low.endswith("s") or any(c.dep_ == "nummod" for c in tok.children))


_HURT_ADJECTIVES = {"wounded": "wound", "injured": "injure"}


def _hurt_people(tok: Token) -> str | None:
    """ "Two wounded soldiers were evacuated", "three injured civilians": the tagger makes the participle an
    adjective, whose lemma is no verb's, but people described as wounded were hurt all the same (not "his
    wounded pride", "an injured knee"). The verb's lemma, or None."""
    if tok.pos_ != "ADJ" or tok.dep_ != "amod" or tok.lower_ not in _HURT_ADJECTIVES:
        return None
    head = tok.head
    person = head.lemma_.lower() in _HUMAN_NOUNS or head.lower_ in _HUMAN_NOUNS or head.lemma_.lower() in PERSON_NOUNS
    return _HURT_ADJECTIVES[tok.lower_] if person else None


def _martyred(tok: Token) -> str | None:
    """ "Two soldiers were martyred", "three policemen embraced martyrdom": South Asian news English for
    died, so read as "die" (a death trigger that wants the same context); not "a martyr" or "the martyrs'
    graves", which name the dead of any time."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "martyr":
        return "die"
    if tok.lower_ == "martyrdom" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in MARTYRDOM_VERBS:
        return "die"
    return None


_STORY_MEDIA = {"film", "movie", "novel", "series", "miniseries", "episode", "sequel", "thriller", "screenplay",
                "storyline"}
"""What a plot is told in ('In the film, ...', 'in the novel's final chapter'); not 'book' or 'story',
which a memoir or a news report recounts real events in, nor 'drama' or 'plot' ('the hostage drama',
'the plot to bomb')."""
_STORY_OWNERS = _STORY_MEDIA | {"book", "play", "show", "game", "story", "plot"}
"""What owns a character ('the novel's hero', 'the hero of the book')."""
_CHARACTERS = {"hero", "heroine", "protagonist", "antagonist", "villain", "antihero", "narrator", "character"}
_CHARACTERS_ALONE = {"protagonist", "antagonist", "narrator", "character"}
"""Characters without an owner named ('a war hero' is a real person; 'the protagonist' is not)."""
_REAL_EVENT_CUES = {"documentary", "real", "real-life", "true", "recount", "recall", "retell", "survivor"}
"""A film or book that tells a real attack ('the documentary recounts', 'based on a true story')."""


def _of_a_story(tok: Token) -> bool:
    """The noun is a work of fiction, or owned by one ('the film's final scene', 'the end of the novel');
    not 'the series of blasts', 'an episode of violence'."""
    if tok.lemma_.lower() in _STORY_MEDIA:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return any((c.dep_ == "poss" and c.lemma_.lower() in _STORY_OWNERS)
               or (c.dep_ == "prep" and c.lower_ == "of"
                   and any(g.dep_ == "pobj" and g.lemma_.lower() in _STORY_OWNERS for g in c.children))
               for c in tok.children)


def _a_character(tok: Token) -> bool:
    """'the novel's hero', 'the hero of the film', 'the protagonist': someone in a story, not in the news."""
    lem = tok.lemma_.lower()
    owned = any(c.dep_ == "poss" and c.lemma_.lower() in _STORY_OWNERS for c in tok.children)
    if lem not in _CHARACTERS and not owned:
        return False
    return lem in _CHARACTERS_ALONE or owned or _of_a_story(tok)


_KILLING_NOUNS = {"murder", "killing"}


def _killing_of_a_person(tok: Token) -> bool:
    """'the murder of journalist X', 'the killings of two farmers': a killing named by its noun, with the
    person killed after 'of' (not 'a murder charge', 'the killing season')."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _KILLING_NOUNS:
        return False
    return any(g.dep_ == "pobj" and _a_person(g)
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


_VIOLENCE_SHOWN = {"abducted", "kidnapped", "murdered", "slain", "beheaded", "decapitated", "mutilated", "executed",
                   "bullet-riddled", "headless", "bound", "blindfolded", "handcuffed", "tortured", "shot",
                   "gunshot", "bullet", "stab", "machete"}


def _bodies_of_victims(tok: Token) -> bool:
    """'Police found the bodies of three abducted traders', 'the bodies of two men with gunshot wounds were
    recovered': a find of bodies that shows a killing (the dead were taken, shot, bound or mutilated) is the
    killing's report, as GTD codes it; a find alone ('the bodies of three migrants were found in the desert')
    tells no attack."""
    if tok.lower_ not in DEAD_BODY_NOUNS or tok.dep_ not in {"dobj", "nsubjpass"} \
            or tok.head.lemma_.lower() not in BODY_FOUND_VERBS:
        return False
    people = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" and _a_person(g)]
    return bool(people) and any(t.lower_ in _VIOLENCE_SHOWN for t in tok.subtree)


_BEATING_VERBS = {"beat", "thrash", "lynch", "bludgeon", "pummel", "club", "manhandle", "rough", "cudgel"}
"""Unarmed (or club-armed) violence on a person: 'beaten by a mob', 'thrashed a journalist', 'roughed up'."""
_BEATING_NOUNS = {"beating", "lynching", "thrashing"}
_BEATERS = {"mob", "crowd", "men", "man", "youths", "youth", "miscreants", "goons", "thugs", "hooligans", "vigilantes",
            "villagers", "supporters", "cadres", "activists", "attackers", "assailants", "gang", "group", "masked",
            "unidentified", "unknown", "armed", "relatives", "residents"}
"""Who beats people in news copy (a sportsman 'beats' a rival; a mob or thugs beat a person)."""
_BLUNT = {"stick", "rod", "baton", "lathi", "club", "fist", "kick", "iron", "pipe", "bat", "stone", "belt", "whip",
          "hammer", "chain", "plank", "cane", "boot", "punch", "slap"}
_BRUTALLY = {"badly", "brutally", "severely", "mercilessly", "savagely", "viciously", "ruthlessly", "repeatedly"}
_CONTESTS = {
    "win", "won", "race", "exam", "contest", "competition", "election", "vote", "poll", "final", "semi-final",
    "semifinal", "league", "cup", "tournament", "title", "medal", "prize", "award", "record", "score", "point",
    "second", "minute", "margin", "victory", "defeat", "match", "game", "set", "round", "seed", "team", "side",
    "champion", "rival", "opponent", "favourite", "favorite", "incumbent", "candidate", "challenger", "host",
    "visitor", "leader", "wicket", "goal", "run", "innings", "lap", "stage", "heat", "odds", "deadline", "rush",
}
"""What a contest beats or is beaten in: 'beat the hosts 2-1', 'thrashed the visitors', 'beat the incumbent'."""
_SCORE = re.compile(r"\b\d+\s?[-\u2013]\s?\d+\b")


def _lathi_charge(tok: Token) -> bool:
    """'police lathi-charged protesters', 'a lathi charge on the crowd' (the tagger splits the compound)."""
    if tok.lower_.startswith("lathicharg") or tok.lower_.startswith("lathi-charg"):
        return True
    if tok.lemma_.lower() != "charge" or tok.i < 1:
        return False
    before = tok.doc[tok.i - 1]
    if before.text in {"-", "\u2010"} and tok.i >= 2:
        before = tok.doc[tok.i - 2]
    return before.lower_ == "lathi"


def _beaten(tok: Token, lem: str) -> bool:
    """'A journalist was beaten by a mob', 'miscreants thrashed a reporter', 'was roughed up by supporters',
    'a mob beat him with sticks', 'the lynching of a cattle trader', 'a lathi charge on the crowd': a
    person beaten (GTD's Unarmed Assault), not by the police ('police lathi-charged protesters', 'beaten by
    police' is the state's force). 'Beat' needs a crowd, a blunt weapon or brutality told with it;
    none counts in a contest ('beat the hosts 2-1', 'thrashed the visitors', 'beat the incumbent')."""
    lathi = _lathi_charge(tok)
    if not lathi and not (tok.pos_ == "NOUN" and lem in _BEATING_NOUNS) and not (
            tok.pos_ == "VERB" and lem in _BEATING_VERBS):
        return False  # first the word itself: the tests below read the whole sentence
    doers = [t for c in tok.children if c.dep_ in {"nsubj", "agent"} for t in c.subtree]
    if lathi:  # the tagger often hangs 'Police lathi-charged X' off X: whoever comes before is the doer
        doers += list(tok.sent[: tok.i - tok.sent.start])
    if any(t.lemma_.lower() in _LAW_ENFORCERS or t.lower_ in _LAW_ENFORCERS for t in doers):
        return False
    if lathi:
        return True
    sent = tok.sent
    if _SCORE.search(sent.text) or any(t.lemma_.lower() in _CONTESTS or t.lower_ in _CONTESTS or
                                       t.lemma_.lower() in _ATHLETES for t in sent):
        return False
    if tok.pos_ == "NOUN" and lem in _BEATING_NOUNS:
        return any(g.dep_ == "pobj" and _a_person(g) and not g.like_num
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    if tok.pos_ != "VERB" or lem not in _BEATING_VERBS:
        return False
    if lem == "rough" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False
    victims = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ == "relcl" and victims and victims[0].tag_ in {"WDT", "WP"}:
        victims = [tok.head]  # "a reporter who was beaten by ..."
    if not victims:
        return False
    victim = victims[0]
    named = victim.ent_type_ == "PERSON" or victim.pos_ == "PRON"
    if not named and not _a_victim(victim):
        return False
    if lem != "beat" and not named:
        return True
    # 'beat' (and a named person or a pronoun): a crowd, a blunt weapon, 'to death', 'up' or brutality
    if any(t.lower_ in _BEATERS or t.lemma_.lower() in _BEATERS for t in doers):
        return True
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) or any(
            c.dep_ == "advmod" and c.lower_ in _BRUTALLY for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "to"}:
            for g in c.subtree:
                if g.lemma_.lower() in _BLUNT or (c.lower_ == "to" and g.lower_ == "death"):
                    return True
    return False


_CHARGING = {"suspect", "charge", "accuse", "convict", "indict", "acquit", "guilty", "sentence", "jail", "try",
             "prosecute", "count"}


def _an_offence_charged(tok: Token) -> bool:
    """'suspected of attempted murder and aggravated arson', 'charged with kidnapping': a bare crime noun
    after a charge names the offence in law, not an event the sentence tells ('convicted of the bombing'
    has a determiner: that attack, told elsewhere)."""
    if (tok.pos_ != "NOUN" and tok.tag_ != "VBG") or any(c.dep_ in {"det", "poss", "nummod", "dobj"}
                                                         for c in tok.children):
        return False
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "dep":  # the parse's loose attachment of a listed charge
        return node.head.lemma_.lower() in _CHARGING
    if node.dep_ != "pobj" or node.head.lower_ not in {"of", "with", "for", "on"}:
        return False
    return node.head.head.lemma_.lower() in _CHARGING


_STORY_WORDS = _STORY_MEDIA | _STORY_OWNERS | _CHARACTERS
_STORY_FRAMES_KEY = "cc_story_frames"


def _story_frames(doc: Doc) -> list[int]:
    """Indices of the tokens `told_as_fiction` could read a story's frame at, computed once per Doc: a story word
    (`_STORY_WORDS`) and its head, grand-head and great-grand-head ('in' > 'end' > 'of' > 'novel'). A sentence
    with none of them is news, and most are: the sentence's own checks are skipped."""
    found = doc.user_data.get(_STORY_FRAMES_KEY)
    if found is None or found[0] != id(doc):  # a copied Doc carries its source's user_data
        # lemmas and heads read in one call, not through a Token per word (most texts hold no story word)
        arr = doc.to_array([LEMMA, HEAD])
        lemmas, heads = arr[:, 0].tolist(), arr[:, 1].astype(np.int64).tolist()  # a head as an offset from its token
        strings = doc.vocab.strings
        story = {h for h in set(lemmas) if strings[h].lower() in _STORY_WORDS}
        frames: set[int] = set()
        for i in (i for i, h in enumerate(lemmas) if h in story):
            for _ in range(4):
                frames.add(i)
                i += heads[i]
        found = doc.user_data[_STORY_FRAMES_KEY] = (id(doc), sorted(frames))
    return found[1]


def told_as_fiction(span: SpacySpan) -> bool:
    """A sentence whose events a film, a novel or a series tells, whatever the tense: 'In the film, released
    on Friday, gunmen stormed a hotel', 'The novel's hero survived a bombing that killed his family' (the
    frame is 'in the <film/novel/series/plot>' on the main verb or at the start, or a character as a
    subject). A sentence that dates its events to a year or tells a real event ('the documentary
    recounts how gunmen stormed a hotel in 2008') stays news."""
    frames = _story_frames(span.doc)
    k = bisect_left(frames, span.start)
    if k == len(frames) or frames[k] >= span.end:
        return False
    if any(e.label_ == "DATE" and _YEAR.search(e.text) for e in span_ents(span)):
        return False
    if any(t.lemma_.lower() in _REAL_EVENT_CUES or t.lower_ in _REAL_EVENT_CUES for t in span):
        return False
    root = span.root
    for tok in span:
        if tok.dep_ == "prep" and tok.lower_ == "in" and (tok.head.i == root.i or tok.i - span.start < 2) and any(
                c.dep_ == "pobj" and _of_a_story(c) and any(
                    d.dep_ in {"det", "poss"} and d.lower_ != "a" for d in c.children) for c in tok.children):
            return True
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"} and _a_character(tok):
            return True
    return False


_UNDER_FIRE = {"fire", "attack", "gunfire", "assault", "bombardment", "shelling"}
_UNDER_FIRE_VERBS = {"come", "be", "remain", "fall"}
_FIRE_KINDS = {"heavy", "rocket", "mortar", "sniper", "gun", "small-arms", "small", "artillery", "machine-gun",
               "machinegun", "automatic", "enemy", "hostile", "sustained", "intense", "armed", "militant"}
_SHOT_AT = _PHYSICAL_TARGETS | _STRUCTURES | {"troop", "soldier", "police", "policeman", "officer", "peacekeeper",
                                              "force", "unit", "column", "motorcade", "helicopter", "aircraft",
                                              "plane", "boat", "ambulance", "aid", "team", "crew", "guard"}


def _came_under_fire(tok: Token) -> bool:
    """'The convoy came under fire near the mine', 'a patrol came under attack', 'the base was under heavy
    fire': what is fired at is a vehicle, a building or armed men, or the fire is a weapon's; not 'the
    minister came under fire from lawmakers over the budget' (criticism: a person, a cause after 'over' or
    'for', critics after 'from')."""
    if base_form(tok) not in _UNDER_FIRE or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return False
    verb = tok.head.head
    if verb.lemma_.lower() not in _UNDER_FIRE_VERBS:
        return False
    preps = [c for n in (verb, tok) for c in n.children if c.dep_ == "prep"]
    if any(p.lower_ in {"over", "for"} for p in preps):
        return False
    sources = [g for p in preps if p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
    armed = any(base_form(t) in _ARMED_AGENTS | _AGENTS | _PROJECTILES or t.lower_ in _ARMED_AGENTS
                or t.lemma_.lower() in SECURITY_FORCE_NOUNS for g in sources for t in g.subtree)
    if not armed and any(_a_person(g) or g.ent_type_ in {"ORG", "PERSON", "NORP"} for g in sources):
        return False  # "came under fire from critics" (not "30 km from the mine")
    kind = any(c.dep_ in {"amod", "compound"} and c.lower_ in _FIRE_KINDS | _PROJECTILES for c in tok.children)
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"advcl", "conj"} and subj and all(c.lower_ in {"it", "they"} for c in subj):
        # "The bus was travelling to X when it came under fire": the pronoun is the clause's subject above
        subj = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    shot_at = any(base_form(c) in _SHOT_AT or c.lemma_.lower() in _SHOT_AT or c.lower_ in SECURITY_FORCE_NOUNS
                  for c in subj)
    return armed or kind or shot_at


_CLAIMED_NOUNS = {"attack", "assault", "raid", "strike"}
_CLAIM_VERBS = {"claim", "carry", "conduct", "stage", "perpetrate", "commit", "mount", "deny", "admit", "blame",
                "accuse", "execute", "launch"}
_CLAIM_WORDS = {"responsibility", "responsible", "credit", "role", "involvement", "behind"}
OWN_PLACE_OR_DATE = {"GPE", "LOC", "FAC", "DATE"}
_PLACE_PREPS = {"in", "near", "at", "outside", "around"}


def _claim_over(tok: Token) -> Token | None:
    """The claim, denial or blame an attack noun is the object of ('claimed the attack', 'the attack ... was
    claimed by', 'responsible for the attack', 'carried out the raid', 'was behind the assault'), a few
    arcs up; None when the noun hangs on anything else."""
    node = tok
    for _ in range(4):
        if node.dep_ not in {"dobj", "nsubjpass", "pobj", "prep", "acomp", "attr"} or node.head.i == node.i:
            return None
        node = node.head
        lem = node.lemma_.lower()
        if lem in _CLAIM_WORDS or (lem in _CLAIM_VERBS and node.pos_ == "VERB"):
            return node
    return None


def _claimed_attack(tok: Token) -> bool:
    """'The attack on a church in Kinshasa on Sunday was claimed by ...', 'said it was responsible for the
    attack on a train in Balochistan': a claim, denial or blame may be the only sentence that tells an
    attack; when the attack noun carries a place or a date of its own it is a real, single attack ('said it
    would carry out attacks', 'denied carrying out the attack' with nothing of its own stay weak)."""
    if tok.pos_ != "NOUN" or base_form(tok) not in _CLAIMED_NOUNS:
        return False
    claim = _claim_over(tok)
    if claim is None:
        return False
    node = claim
    for _ in range(4):  # 'said it would claim ...', 'threatened to carry out an attack on ...'
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children) or _planned_infinitive(node):
            return False
        if node.head.i == node.i:
            break
        node = node.head
    # a place the tagger may miss as one ('in Herat' tagged an organisation): a name after a place preposition
    return any(t.ent_type_ in OWN_PLACE_OR_DATE or (
        t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS) for t in tok.subtree if t.i != tok.i)


_CLAIMED_DEEDS = frozenset({"attack", "bomb", "shoot", "fire", "burn", "target", "raid", "storm", "ambush", "torch",
                             "firebomb", "shell", "kill", "assassinate", "kidnap", "abduct"})


def _claimed_deed(tok: Token) -> bool:
    """ "X was responsible for attacking a cultural centre", "claimed credit for bombing a store", "responsibility for
    shooting at a plane": the deed told as a gerund under a claim or a blame is done, as "the attack" under one is
    (`_claimed_attack`), when it has a target of its own (an object, or "at" / "on" something). Not a claim of what
    it would do ("vowed to take responsibility for attacking ..." is left to the future checks)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for" or base_form(tok) not in _CLAIMED_DEEDS:
        return False
    if tok.head.head.lemma_.lower() not in _CLAIM_WORDS:
        return False
    node = tok.head.head
    for _ in range(4):  # "said it would claim responsibility for attacking ...": a vow, not a deed
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children) or _planned_infinitive(node):
            return False
        if node.head.i == node.i:
            break
        node = node.head
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in {"at", "on", "upon"} and any(
        g.dep_ == "pobj" for g in c.children) for c in tok.children)


_UNLISTED_VERBS = frozenset(_SEIZE_VERBS | {"seize", "capture", "commandeer"} | _SNATCH_VERBS | set(_CARRIED_OFF)
                            | _THROW_VERBS | {"gun", "raze", "blow", "bomb"} | KILLING_VERBS | _BEATING_VERBS
                            | _RAMMING_VERBS)
_UNLISTED_NOUNS = frozenset(_KILLING_NOUNS | _BEATING_NOUNS | _INCENDIARY_HEADS)
_UNLISTED_WORDS = frozenset(DEAD_BODY_NOUNS | _FLAMES)


def _may_tell_an_attack_unlisted(tok: Token, lem: str, low: str) -> bool:
    """Whether a word outside the trigger lists could open one of the wordings `find_triggers` reads without a
    trigger word ('seized by gunmen', 'the bodies of ...', 'set ablaze', 'a lathi charge'): the union of those
    readers' first tests, so most words of a sentence skip the thirteen of them. `lem` is the token's base
    form here (what `_hurt_people` and `_martyred` give is a listed lemma)."""
    pos = tok.pos_
    lemma = tok.lemma_.lower()
    if pos == "VERB" and (lem in _UNLISTED_VERBS or lemma == "raze"):
        return True
    if pos == "NOUN" and (lem in _BEATING_NOUNS or lemma in _UNLISTED_NOUNS):
        return True
    return low in _UNLISTED_WORDS or lemma == "charge" or low.startswith(("lathicharg", "lathi-charg"))


_CRIME_DOERS = {"perpetrator", "perpetrators", "arsonist", "arsonists"}
"""Doers named by their crime: as the subject opening a sentence ("Unknown perpetrators fired a shot into an
office", "Arsonists ignited a fire inside a clinic") they make its violent words an attack, as "gunmen" do."""


def _natural(tok: Token) -> bool:
    return tok.lemma_.lower() in NATURAL_HAZARDS or tok.lower_ in NATURAL_HAZARDS or (
        tok.lower_ in EXPOSURE_CAUSES and _of_the_weather(tok))


def _done_by_nature(tok: Token) -> bool:
    """'Lightning struck a classroom, killing three pupils', 'Floods killed 12', 'killed by lightning', 'died in a
    landslide', 'a tree fell on a bus, killing four': the harm's doer (the subject, up from a participle or a
    conjoined verb with none of its own) or its agent is a natural force, so no one attacked. With neither, a
    hazard event the harm came "in" or "during" is the doer ('died in a landslide'), but not the weather ('shot in
    the rain', 'killed during a downpour') and never for a weapon's harm ('stabbed during the floods'). One who died
    with no killer told died of the weather too ('died during a storm', 'in a heat wave', 'of exposure'), and so did
    those killed 'when a cyclone hit'."""
    verb = tok
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        doers = [c for c in subjects if c.dep_ == "nsubj" and verb.lemma_.lower() not in _DEATH_VERBS]
        if not doers:  # "killed by lightning": the agent alone, even beside a storm ("killed by gunmen during a storm")
            doers = _agents(verb, by_prep=True)
        if not doers and verb.lemma_.lower() not in WEAPON_HARM_VERBS:  # "died in a landslide"
            # one who died (no one killed him) "in / during a storm" or "of exposure" died of the weather too
            died = verb.lemma_.lower() in _DEATH_VERBS
            events = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}
                      for g in c.children if g.dep_ == "pobj"]
            doers = [g for g in events if g.lemma_.lower() in HAZARD_EVENTS or g.lower_ in HAZARD_EVENTS
                     or died and g.lemma_.lower() in NATURAL_HAZARDS]
            doers += [k for g in events if died and g.lower_ == "wave"  # "died in a heat wave"
                      for k in g.children if k.dep_ == "compound" and k.lower_ in {"heat", "cold"}]
            doers += [g for c in verb.children if died and c.dep_ == "prep" and c.lower_ in {"of", "from"}
                      for g in c.children if g.dep_ == "pobj" and g.lower_ in EXPOSURE_CAUSES]
            # "were killed when a cyclone hit the coast": the hazard is the subject of the clause that tells when
            doers += [s for c in verb.children if c.dep_ == "advcl"
                      and any(m.lower_ in {"when", "as"} for m in c.children if m.dep_ in {"advmod", "mark"})
                      for s in c.children if s.dep_ == "nsubj" and _natural(s)]
        if any(_natural(d) for d in doers):
            return True
        if subjects or verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _armed_doer_acts(tok: Token, armed_subject: bool, of_their_crime: set[int]) -> bool:
    """'Unknown perpetrators bombed a store', 'Gunmen bombed the radio station': a verb whose sentence opens
    with armed men or doers named by their crime has no figurative reading ('the film bombed'), whatever its
    object; their own 'of' phrase ("perpetrators of the bombing") is a past act, not this one."""
    return armed_subject and tok.pos_ == "VERB" and tok.i not in of_their_crime


def _of_the_weather(cause: Token) -> bool:
    """ "died of exposure", "of exposure to the cold": the weather's; not "of exposure to tear gas fired by police"."""
    doc = cause.doc
    if cause.lower_ != "exposure" or cause.i + 1 >= len(doc) or doc[cause.i + 1].lower_ != "to":
        return True
    # the words, not the parse, which often hangs "to" on the preposition before ("from exposure to tear gas")
    for t in doc[cause.i + 2 : cause.i + 6]:
        if t.lower_ in EXPOSURE_WEATHER:
            return True
        if t.pos_ in {"NOUN", "PROPN"}:
            return False
    return False


_AFTERMATH_VERBS = frozenset({"show", "depict", "feature", "free", "release", "rescue", "visit", "interview",
                              "reunite", "welcome", "identify", "name", "greet", "meet", "fly", "evacuate"})


def _captives_aftermath(tok: Token, lem: str) -> bool:
    """"a video appeared showing the two hostages", "troops freed the hostages", "a video of the hostages": the
    captives told before (a definite phrase) as the object of what is done with them later are the told
    kidnapping's, no new one; "took three hostages", "held the staff hostage", "troops freed 12 hostages held
    by bandits" (no captives told before) stay."""
    if lem != "hostage" or tok.pos_ != "NOUN" or not any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "their", "its", "his", "her"}
            for c in tok.children):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and verb.lemma_.lower() in FOOTAGE_NOUNS:
        return True  # "a video of the hostages"
    return tok.dep_ in {"dobj", "nsubjpass", "pobj"} and verb.lemma_.lower() in _AFTERMATH_VERBS


def find_triggers(sent: SpacySpan) -> list[Trigger]:
    """Violent-event triggers in one sentence, future/hypothetical and metaphorical uses removed; none in
    a sentence that a film or a novel tells (`told_as_fiction`)."""
    out: list[Trigger] = []
    if told_as_fiction(sent):
        return out
    # GTD-style narration: "Assailants attacked ...", "Gunmen shelled ..." — an armed agent at the
    # start of the sentence makes any violent verb in it a strong trigger, whatever the parse says.
    armed_subject = any(base_form(t) in _ARMED_AGENTS or t.lower_ in _ARMED_AGENTS
                        or t.lower_ in _CRIME_DOERS and t.dep_ == "nsubj" for t in sent[:6])
    # "Perpetrators of the 2015 attack face life in prison": the doers' own 'of' phrase names a past attack
    of_their_crime = {d.i for t in sent[:6] if t.lower_ in _CRIME_DOERS and t.dep_ == "nsubj"
                      for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for d in p.subtree}
    for tok in sent:
        if _an_act_told_not_done(tok) or _hour_of_a_commemoration(tok):
            continue
        lem = _hurt_people(tok) or _martyred(tok) or base_form(tok)
        low = tok.lower_
        if _armed_men_acted(tok) and not _is_future_or_hypothetical(tok.head) and not _habitual(tok):
            out.append(Trigger(tok.i, tok.idx, tok.idx + len(tok.text), True))
            continue
        if lem in _EXTRA_STRONG and tok.pos_ in {"VERB", "NOUN", "PROPN"} and armed_subject and not _habitual(tok) \
                and tok.i not in of_their_crime:
            out.append(Trigger(tok.i, tok.idx, tok.idx + len(tok.text), True))
            continue
        if _fire_set_on_purpose(tok) and not _is_metaphor(tok):
            out.append(Trigger(tok.i, tok.idx, tok.idx + len(tok.text), True))
            continue
        if _site_attacked(tok) and not _is_future_or_hypothetical(tok) and not _habitual(tok) \
                and not _is_metaphor(tok):
            out.append(Trigger(tok.i, tok.idx, tok.idx + len(tok.text), True))  # "A UN base was shelled in X"
            continue
        if lem not in STRONG_LEMMAS and lem not in WEAK_LEMMAS and low not in STRONG_LEMMAS:
            if not _may_tell_an_attack_unlisted(tok, lem, low):
                continue
            if (_seized_by_armed_men(tok, lem) or _seized_people(tok, lem) or _weapon_thrown(tok, lem)) \
                    and not _is_future_or_hypothetical(tok):
                out.append(Trigger(tok.i, tok.idx, tok.idx + len(tok.text), True))
            elif (_killed_person(tok, lem) or _killing_of_a_person(tok) or _bodies_of_victims(tok) or _beaten(tok, lem)
                  or _structure_destroyed(tok) or _rammed_people(tok)
                  or _blew_oneself_up(tok) or _incendiary_weapon(tok) or _set_ablaze(tok) or _razed(tok)) \
                    and not _is_future_or_hypothetical(tok) \
                    and not _is_metaphor(tok) and not _state_killing_avenged(tok) and not _bare_grievance(tok):
                out.append(Trigger(tok.i, tok.idx, tok.idx + len(tok.text), True))
            continue
        if tok.pos_ not in {"NOUN", "VERB", "PROPN", "ADJ"} and not tok.is_upper:
            continue
        if lem in NEEDS_CONTEXT and not _has_violent_context(tok, sent):
            continue
        if _fired_in_the_air(tok) or tok.dep_ == "nsubj" and _fired_in_the_air(tok.head):
            continue  # "Gunmen fired into the air to celebrate": no one is shot at, whoever fires
        if tok.pos_ == "NOUN" and tok.lower_ in NATURAL_HAZARDS:
            continue  # "died during a storm": the weather, not the storming of a place
        if _captives_aftermath(tok, lem):
            continue
        if _is_future_or_hypothetical(tok) or _is_metaphor(tok) or _law_enforcement(tok) or _habitual(tok):
            continue
        if _state_killing_avenged(tok) or _bare_grievance(tok):
            continue
        if _no_event(tok) or _no_one_harmed(tok) or _hurt_at_play(tok, lem) or _an_offence_charged(tok):
            continue
        if lem == "arsonist" and not _arsonist_acted(tok):
            continue  # "most arsonists are young men": the noun alone tells no fire; `_CRIME_DOERS` reads the rest
        strong = (lem in STRONG_LEMMAS or low in STRONG_LEMMAS) and (
            lem not in NEEDS_CONTEXT or lem in _CONTEXT_WEAPONS)  # "a drone attack": the context passed
        if not strong and _harmed_no_one(tok):
            continue
        if (strong and lem in _METAPHOR_PRONE and not _violent_object(tok) and not _bare_gerund(tok)
                and not _structure_destroyed(tok) and not _armed_doer_acts(tok, armed_subject, of_their_crime)
                and not _group_bombed(tok)):
            strong = False
        if not strong and lem == "gun" and _killed_person(tok, lem):
            strong = True  # "was gunned down"
        if not strong and lem == "shoot" and tok.pos_ == "VERB" and _person_shot(tok):
            strong = True  # "A man was shot in the legs": a person shot is a shooting
        if not strong and lem == "shoot" and _aircraft_shot_down(tok):
            strong = True  # "A military helicopter was shot down near X"
        if not strong and lem in _ASSAULT_VERBS and tok.pos_ == "VERB" and _armed_agent_or_target(tok):
            strong = True
        if not strong and lem == "ram" and _rammed_people(tok):
            strong = True  # "rammed his truck into a crowd"
        if not strong and lem == "overrun":
            strong = True  # "overran a military post": the context (a post, a base, a town taken) passed
        if not strong and _came_under_fire(tok):
            strong = True  # "the convoy came under fire", "a patrol came under attack"
        if not strong and _claimed_attack(tok):
            strong = True  # "said it was responsible for the attack on a train in Balochistan"
        if not strong and _claimed_deed(tok):
            strong = True  # "X was responsible for attacking a cultural centre in Lima"
        if not strong and armed_subject and (lem in _ASSAULT_VERBS or lem == "fire") and tok.pos_ in {"VERB", "NOUN"} \
                and tok.i not in of_their_crime:
            strong = True
        if not strong and lem == "fire" and (base_form(tok.head) in {"open", "set"} or _set_on_fire(tok)
                                             or _fire_lit_by_doers(tok)):
            strong = True  # "opened fire on", "set fire to", "set the school on fire"
        if not strong and lem in {"strike", "hit"} and _strike_on_target(tok):
            strong = True  # "the strike hit a crowded market": an attack with its target
        out.append(Trigger(tok.i, tok.idx, tok.idx + len(tok.text), strong))
    return [t for t in out if not _done_by_nature(sent.doc[t.token_i])]


_NOT_AN_ATTACK = re.compile(
    r"\b(?:it|this|that|the (?:[\w-]+ ){0,2}(?:explosion|blast|fire|crash|collapse|incident|shooting|deaths?))"
    r" (?:was|were|is|had been|has been) (?:an? )?(?:tragic |industrial |domestic )?accident(?:al)?\b"
    r"|\b(?:described|called|declared|deemed|treating|treated) (?:it|the \w+) as (?:an? )?(?:tragic )?accident\b"
    r"|\bno (?:link|links|connection|sign|signs|indication|evidence) (?:to|with|of) (?:terrorism|terror|"
    r"an? (?:terror(?:ist)? )?attack|foul play|sabotage|arson)\b"
    r"|\bnot (?:being treated as )?(?:an? )?(?:terror(?:ist|ism)?[- ]related|act of terror(?:ism)?|"
    r"terror(?:ist)? (?:attack|incident))\b"
    r"|\bruled out (?:terrorism|foul play|sabotage|arson|an? (?:terror(?:ist)? )?attack)\b"
    r"|\b(?:caused by |blamed (?:it |the \w+ )?(?:on )?)(?:an? )?"
    r"(?:gas leak|leaking gas|faulty (?:wiring|gas [\w-]+)|short[- ]circuit|electrical fault)\b",
    re.I,
)
_IN_DOUBT = re.compile(
    r"\b(?:not|n't|whether|if|unclear|could|may|might|yet to|too early|initially|first)\W+(?:\w+\W+){0,6}$", re.I
)
_INTENT_AGENTS = _ARMED_AGENTS | {"bomber", "bombers", "kidnapper", "kidnappers", "hijacker", "hijackers"}


_FICTION_WORDS = {
    "film", "movie", "novel", "screenplay", "premiere", "cinema", "actor", "actress", "starring", "fictional",
    "fictitious", "sequel", "episode", "thriller", "audience", "viewer", "filmmaker", "novelist", "screenwriter",
    "protagonist", "narrator", "storyline", "miniseries", "showrunner",
}
_PAST_AUX = {"was", "were", "had", "has", "have", "been"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _told_in_the_past(sent: SpacySpan) -> bool:
    """'Gunmen stormed the hall', 'people were killed', 'has been wounded', 'the 2015 attack': a sentence
    that reports what happened, or dates it to a year (news tells events in the past; a plot summary
    tells them in the present). Only the main verb's past tag counts: the tagger takes many a present
    'burst' or a participle 'played by' for a past tense."""
    if sent.root.tag_ == "VBD" or any(e.label_ == "DATE" and _YEAR.search(e.text) for e in span_ents(sent)):
        return True
    return any(t.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PAST_AUX for c in t.children)
               for t in sent)


def a_story_told(doc: Doc) -> bool:
    """A review or plot summary of a film, novel or series: two or more words of that trade ('film',
    'premiere', 'screenplay', 'fictional', 'audiences'...) and its violence told only in the present
    ('three gunmen burst in and open fire', 'dozens of fans are shot dead'). A documentary or a review that
    recalls a real attack tells that attack in the past ('the 2015 attack in which 90 people were killed')."""
    words = ({t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}) & _FICTION_WORDS
    # "the new series opens with", not "a series of attacks"
    words |= {"series" for t in doc if t.lower_ == "series" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ != "of"}
    if len(words) < 2:
        return False
    return not any(any(t.strong for t in find_triggers(sent)) and _told_in_the_past(sent) for sent in doc.sents)


_HOAX = re.compile(
    r"\bhoax(?:es)?\b|\bfalse (?:alarm|alert|(?:bomb )?threat|report)s?\b|\bprank call"
    r"|\bfound nothing\b|\bnothing (?:suspicious )?was found\b"
    r"|\bno (?:bomb|explosives?|(?:explosive |suspicious )?device|suspicious (?:item|package|object))s?"
    r" (?:was|were) found\b"
    r"|\bfound no (?:bombs?|explosives?|(?:explosive )?devices?)\b",
    re.I,
)
_WEAPON_NOUNS = {"bomb", "explosive", "device", "grenade", "ied", "car-bomb", "landmine", "mine", "firebomb"}


_DRILL_WORDS = _DRILLS | {"scenario", "training"} | _PRETEND_MODIFIERS


def _drill_word(tok: Token) -> bool:
    """'drill', 'exercise' (not 'the exercise of his duties', nor the verb), 'scenario', 'mock', 'fake'..."""
    return tok.lemma_.lower() in _DRILL_WORDS and not (
        tok.lemma_.lower() == "exercise" and (tok.pos_ == "VERB" or (tok.i + 1 < len(tok.doc)
                                                                        and tok.doc[tok.i + 1].lower_ == "of")))


def a_drill(doc: Doc) -> bool:
    """An exercise told as one ('Police held a counter-terrorism drill in which officers playing attackers
    took spectators hostage and detonated a fake bomb'): the text is about a drill (a drill word in the
    headline, or two in the text), every sentence with a strong trigger names the drill or its mock act,
    and no attacker acts in the text ('militants attacked soldiers during a training exercise')."""
    body = headline_end(doc_text(doc))
    drill = [t for t in doc if t.lemma_.lower() in _DRILLS | {"scenario"} and _drill_word(t)]
    if not drill or (len(drill) < 2 and drill[0].idx >= body):
        return False
    for sent in doc.sents:
        if not any(t.strong for t in find_triggers(sent)):
            continue
        if not any(_drill_word(t) for t in sent):
            return False
    return not _real_attacker(doc)


def a_hoax(doc: Doc) -> bool:
    """A bomb threat that proved false ('a caller said a bomb had been planted ... police found nothing',
    'the call was a hoax'): the text says so, and its only violent words name the weapon said to be
    there, never a blast, a shot or anyone hurt."""
    if not _HOAX.search(doc_text(doc)):
        return False
    strong = [doc[t.token_i] for sent in doc.sents for t in find_triggers(sent) if t.strong]
    return all(base_form(t) in _WEAPON_NOUNS for t in strong)


def the_hoaxed_weapon(doc: Doc, triggers: list[Trigger]) -> bool:
    """In a text that calls a threat a hoax, a sentence whose only strong triggers name the weapon said to be
    there ('claimed that explosives had been planted in the terminal', 'no explosive devices were found'):
    the threat's content, not an attack, even when the text also recalls a real attack elsewhere (which
    keeps `a_hoax` from ruling out the whole text)."""
    strong = [doc[t.token_i] for t in triggers if t.strong]
    return bool(strong) and all(base_form(t) in _WEAPON_NOUNS for t in strong) \
        and _HOAX.search(doc_text(doc)) is not None


_CLAIM_REFUTED = re.compile(
    r"\b(?:did not|didn't|never|has not|hasn't) claim(?:ed)? (?:responsibility|the|it)\b|\b(?:fake|false|bogus|"
    r"fabricated|fabrication of a) (?:claims?|statements?) of responsibility\b|\bfake claims?\b|\bthis is false\b",
    re.I,
)
"""A fact-check's verdict on a claim of responsibility ('No, the group did not claim the fire', 'fake claims'):
the claim the text reports is none, so it does not keep an accident from being one."""


def ruled_out_attack(doc: Doc) -> bool:
    """The text says its violence was no attack: an accident, or no link to terrorism ("police said it
    was an accident and there was no link to terrorism", "caused by a gas leak"), said without doubt
    ("not yet clear whether it was an accident" is doubt), and no attacker or claim in the text; or the
    violence is a film's or a novel's story (`a_story_told`), a bomb threat that proved false (`a_hoax`) or
    an exercise (`a_drill`)."""
    if a_story_told(doc) or a_hoax(doc) or a_drill(doc):
        return True
    text = doc_text(doc)
    if not any(not _IN_DOUBT.search(text[max(0, m.start() - 60) : m.start()]) for m in _NOT_AN_ATTACK.finditer(text)):
        return False
    if "responsibility" in text.lower() and not _CLAIM_REFUTED.search(text):
        return False
    return not any(t.lower_ in _INTENT_AGENTS or base_form(t) in _INTENT_AGENTS for t in doc) \
        and not _a_person_did_it(doc)


def _a_person_did_it(doc: Doc) -> bool:
    """ "A man threw a corrosive substance at her ... the attack was not terror-related": a violent act with a
    person as its doer is no accident, whatever the police say of terrorism (a boiler or a gas leak is no one)."""
    for sent in doc.sents:
        for t in find_triggers(sent):
            verb = doc[t.token_i]
            if not t.strong or verb.pos_ != "VERB":
                continue
            if any(c.dep_ == "nsubj" and c.pos_ != "PRON" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in
                                                               _HUMAN_NOUNS | PERSON_NOUNS)
                   for c in verb.children):
                return True
    return False


def _names_a_state_operation(words: set[str]) -> bool:
    return bool(words & STATE_OPERATIONS) and (
        "airstrike" in words
        or "airstrikes" in words
        or ("air" in words and ("strike" in words or "strikes" in words))
        or "offensive" in words
    )


_APART_WORDS = {"after", "before", "since", "following", "until"}
"""'..., days after the army launched an offensive': a time clause or phrase that tells an earlier or later act."""
_ALONGSIDE_WORDS = {"as", "while", "amid", "amidst", "during", "when"}
"""'... as the army pressed an offensive', 'amid a military offensive': an act going on around the main clause's."""


def _background_clause(tok: Token, span: SpacySpan) -> str | None:
    """'apart' or 'alongside' when `tok` lies in a time clause or phrase hung on the span's main clause (an
    adverbial clause marked 'after' / 'as', a phrase opened by 'after' / 'amid'); None in the main clause."""
    while span.start <= tok.i < span.end:
        word = None
        if tok.dep_ == "advcl":
            word = next((c.lower_ for c in tok.children if c.dep_ == "mark"), None)
        elif tok.dep_ == "prep" and tok.head.pos_ in {"VERB", "AUX"}:
            word = tok.lower_
        if word in _APART_WORDS:
            return "apart"
        if word in _ALONGSIDE_WORDS:
            return "alongside"
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


_BOMBERS = {"bomber", "bombers"}
"""'A suicide bomber killed six': more often the attacker than an aircraft."""


def _agent(tok: Token) -> str | None:
    """Who does a trigger's violence: 'state' ("troops shot two men", "warplanes bombed positions"), 'other' ("a
    car bomb killed 12 people", "militants stormed a village") or None when the clause names no one ("three
    soldiers were killed"); a participle's is its main verb's ("warplanes bombed positions, killing 20")."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head if tok.dep_ == "nsubj" else None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    if verb is not None and not subjects and verb.dep_ in {"advcl", "conj"} and verb.tag_ == "VBG":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "warplanes bombed ..., killing 20"
    if not subjects:
        return None
    state = SECURITY_FORCE_NOUNS | STATE_OPERATIONS | _AIRCRAFT - _BOMBERS
    return "state" if any(c.lower_ in state or c.lemma_.lower() in state for c in subjects) else "other"


_WARPLANES = {"warplane", "warplanes", "gunship", "gunships"}
"""Aircraft only an air force flies."""
_FLYING = {"jet", "jets", "aircraft", "plane", "planes", "helicopter", "helicopters", "drone", "drones"}
_MILITARY_MARKS = {"fighter", "military", "army", "government", "regime", "coalition", "force", "navy", "naval",
                   "combat", "attack"}
"""'fighter jets', 'military helicopters', 'government aircraft', 'coalition drones': flown by a state (as are
'Russian jets': a country's demonym)."""
_UNOWNED_MARKS = {"unidentified", "unknown", "unmarked", "mysterious", "unclaimed"}
_AIR_RAID_VERBS = {"strike", "hit", "bomb", "pound", "bombard", "shell", "target", "attack", "raid", "blast", "strafe",
                   "rocket", "fire"}


def _state_aircraft(tok: Token) -> bool:
    """'warplanes', 'helicopter gunships', 'fighter jets', 'Russian jets': aircraft of a state's forces; not 'an
    unidentified aircraft' (the text says no state owns it) nor 'the hijacked plane'."""
    low = tok.lower_
    marks = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
    if low not in _WARPLANES and low not in _FLYING or any(c.lower_ in _UNOWNED_MARKS for c in marks):
        return False
    # a country's demonym ('Russian jets'), not an armed group's name ('Houthi drones')
    return low in _WARPLANES or any(c.lower_ in _MILITARY_MARKS or country_by_demonym(c.text) is not None
                                    for c in marks)


def _air_raid(tok: Token) -> bool:
    """'Fighter jets struck rebel positions', 'warplanes bombed a town', 'helicopter gunships pounded camps',
    'positions were hit by warplanes': a state's aircraft striking, an operation like 'airstrikes hit X'."""
    if tok.pos_ != "VERB" or base_form(tok) not in _AIR_RAID_VERBS:
        return False
    return any(_state_aircraft(d) for d in _doers(tok))


def _operation_told(tokens: list[Token]) -> bool:
    return _names_a_state_operation({t.lower_ for t in tokens}) or any(_air_raid(t) for t in tokens)


def is_state_operation(sent: SpacySpan, triggers: list[Trigger] | None = None) -> bool:
    """'the US and UK conducted airstrikes', 'fighter jets struck rebel positions' — acknowledged military
    operations are not incidents (an unidentified aircraft's raid is: no state owns it).

    An operation told only in a time clause or phrase around the main clause is background when the main
    clause reports an attack of its own (given `triggers`): "a suicide bomber killed six civilians ..., days
    after the army launched an offensive against the group". An operation going on at the same time ("as the
    army pressed an offensive", "amid a military offensive") leaves the attack only when the main clause names
    its attacker: "three soldiers were killed as the army pressed an offensive" is the operation's fighting, and
    "warplanes bombed rebel positions, days after ..." the operation's own act."""
    if not _operation_told(list(sent)):
        return False
    if triggers is None:
        return True
    kinds = {t.i: _background_clause(t, sent) for t in sent}
    if _operation_told([t for t in sent if kinds[t.i] is None]):
        return True
    doc = sent.doc
    main = [doc[t.token_i] for t in triggers if t.strong and kinds.get(t.token_i, "") is None]
    if not main:
        return True
    agents = {_agent(t) for t in main}
    if "other" in agents:
        return False
    # the main clause's violence is the forces' own, or an act of no named agent while the operation goes on
    return "state" in agents or _operation_told([t for t in sent if kinds[t.i] != "apart"])
