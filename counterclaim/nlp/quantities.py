"""Casualty figures (killed / injured) with qualifier and bounds, per docs/conventions.md.

A figure is a number expression ("at least 22", "more than a dozen", "dozens", "four ... and two ...")
followed by the people it counts and tied to a casualty word on either side: "22 people died",
"five were killed and 12 wounded", "killing 21 people", "left 22 people dead", "claimed 27 lives",
"the death toll rose to 54". Surface patterns over tokens work on upper-case wire copy too. Counts of
non-people ("68 miles", "12 projectiles", "over 45 attacks"), ages ("33-year-old") and attackers ("the
two attackers were shot dead") are skipped, and so are sentences of aggregate statistics ("more than
40,000 people have died in the conflict since 2015") and denied counts ("No one was killed", "none of the
40 passengers were hurt"), which state no figure at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..codebooks.gazetteer import load_gazetteer, name_key
from ..codebooks.groups import Entry, gazetteer
from ..models import Casualties, Qualifier
from ..models import Span as EvidenceSpan
from ._calendar import MONTH_PATTERN, MONTH_WORDS, WEEKDAYS
from ._cues import (
    ATTACKER_NOUNS,
    BODY_FOUND_VERBS,
    CHARGED_HARM_VERBS,
    CLERIC_TITLES,
    COMMUNITY_SPEAKERS,
    DEAD_BODY_NOUNS,
    LONG_DISTANCE_UNITS,
    MARTYRDOM_VERBS,
    PLOTTED_VERBS,
    REPORTING_VERBS,
    RETALIATION_NOUNS,
    SECURITY_FORCE_NOUNS,
    SHORT_DISTANCE_UNITS,
    TITLE_WORDS,
    WITNESS_SPEAKERS,
)
from ._dateline import past_dateline, wire_datelines
from ._ordinals import CARDINAL_NUMBERS, ONE_MORE, ORDINAL_NUMBERS, TENS
from ._text import doc_ents, doc_lowers, doc_text, sents_back
from .mentions import CasualtyMention

Kind = Literal["killed", "injured"]

_UNITS = CARDINAL_NUMBERS
_TENS = TENS
_SCALES = {"hundred": 100, "thousand": 1000}
# Vague plurals: the most conservative reading as a minimum (ACLED), None when there is none.
_VAGUE_MIN = {"dozens": 12, "scores": 40, "hundreds": 100, "thousands": 1000}
_VAGUE_NONE = {"several", "many", "numerous", "multiple", "countless"}

# (words, qualifier, how the number maps to bounds)
_QUALIFIERS: list[tuple[tuple[str, ...], Qualifier, str]] = [
    (("no", "fewer", "than"), "at least", "min"),
    (("no", "less", "than"), "at least", "min"),
    (("not", "less", "than"), "at least", "min"),
    (("at", "least"), "at least", "min"),
    (("a", "minimum", "of"), "at least", "min"),
    (("more", "than"), "over", "over"),
    (("in", "excess", "of"), "over", "over"),
    (("upwards", "of"), "over", "over"),
    (("over",), "over", "over"),
    (("fewer", "than"), "under", "under"),
    (("less", "than"), "under", "under"),
    (("under",), "under", "under"),
    (("up", "to"), "up to", "max"),
    (("as", "many", "as"), "up to", "max"),
    (("nearly",), "up to", "max"),
    (("almost",), "up to", "max"),
    (("close", "to"), "up to", "max"),
    (("at", "most"), "up to", "max"),
    (("an", "estimated"), "about", "exact"),
    (("about",), "about", "exact"),
    (("around",), "about", "exact"),
    (("approximately",), "about", "exact"),
    (("roughly",), "about", "exact"),
    (("some",), "about", "exact"),
    (("an", "approximate"), "about", "exact"),
]

_QUALIFIERS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], Qualifier, str]]] = {}
"""`_QUALIFIERS` by their first word, in their order: a figure's first word picks the few to try."""
for _qualifier in _QUALIFIERS:
    _QUALIFIERS_BY_FIRST.setdefault(_qualifier[0][0], []).append(_qualifier)

_FIGURE_STARTS = frozenset(
    {words[0] for words, _, _ in _QUALIFIERS}
    | set(_UNITS) | set(_TENS) | set(_VAGUE_MIN) | _VAGUE_NONE
    | {"between", "tens", "unknown", "a", "an", "another", "the", "his", "her", "their", "half"}
)
"""Every word a figure can begin with, besides digits and hyphenated numbers: most tokens are none."""

_KILL_WORDS = {"killed", "dead", "died", "slain", "perished", "murdered", "massacred", "executed", "beheaded",
               "dies", "die", "lynched", "assassinated", "succumbed", "succumbs", "martyred"}
"""'martyred' is Pakistani and South Asian news English for killed: "Two soldiers were martyred"."""
_NEUTRALISED = {"neutralised", "neutralized", "neutralising", "neutralizing", "eliminated", "eliminating"}
"""The military euphemisms for killed ("Dozens of terrorists were neutralised", "troops neutralised 12
militants", "all five attackers were eliminated"): of armed men only, since a bomb or a threat is neutralised too,
and a team or a candidate is eliminated."""
_INJURE_WORDS = {"wounded", "injured", "hurt", "hospitalised", "hospitalized", "maimed", "injuries", "injury"}
_KILL_VERBS = {"killing", "killed", "kill", "kills", "massacring", "massacred", "murdering", "murdered",
               "slaughtering", "slaughtered", "executing", "executed", "beheading", "beheaded",
               # "assassinated a judge", "lynched two men": killings of the people named after them
               "assassinating", "assassinated", "lynching", "lynched"}
_INJURE_VERBS = {"wounding", "wounded", "injuring", "injured", "wounds", "injures", "maiming", "maimed", "hurting"}
_TO_DEATH = {"hacked", "stabbed", "beaten", "burned", "burnt", "bludgeoned", "shot", "crushed", "stoned",
             "hanged", "clubbed", "strangled", "tortured"}
_TO_DEATH_ING = {"shooting", "hacking", "stabbing", "beating", "burning", "bludgeoning", "clubbing", "stoning",
                 "strangling", "gunning", "cutting"}
"""The participles of the same killings, read only before "dead" / "down" / "to death" and a figure ("shooting
dead nine traders", "hacking to death four farmers", "gunning down two guards")."""
_DEATH_NOUNS = {"deaths", "fatalities", "dead", "bodies", "lives", "corpses", "death", "fatality"}
_SINGULAR_TOLLS = {"death", "fatality", "injury"}
"""The singular casualty nouns, a count only when they head the figure ("One death was reported"), not when they
qualify the noun after them ("two death threats", "three death sentences", "two injury claims")."""


def _singular_modifier(doc: Doc, j: int) -> bool:
    """The singular casualty noun at `j` qualifies the noun after it ("two death squads"): no casualty word."""
    tok = doc[j]
    return tok.lower_ in _SINGULAR_TOLLS and (tok.dep_ == "compound" or j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN")


_AUX = {"were", "was", "have", "has", "had", "been", "be", "being", "are", "is", "reportedly", "also", "later",
        "allegedly", "confirmed", "reported", "feared", "believed", "said", "to", "all", "both", "initially",
        "officially", "now", "already", "subsequently", "found", "left", "seriously", "critically", "fatally",
        "slightly", "badly", "lightly", "among", "the", "“", "”", '"', "'", "either", "presumed", "thought",
        "known", "since", "so", "far", "just", "only", "each", "may", "might", "could", "would", "will", "likely",
        "probably"}
_NP_FILLERS = {"more", "others", "other", "of", "them", "people", "persons", "their", "those", "these",
               "his", "her", "its", "our", "-", "'s", "’s", "'", "’", "whom", "former"}
# Heads that are not people: counts of them are not casualties.
_NOT_PEOPLE = LONG_DISTANCE_UNITS | SHORT_DISTANCE_UNITS | {
    "year", "years", "month", "months", "week", "weeks", "day",
    "days", "hour", "hours", "minute", "minutes", "second", "seconds", "percent", "per", "cent", "%", "attack",
    "attacks", "house", "houses", "home", "homes", "vehicle", "vehicles", "projectile", "projectiles",
    "rocket", "rockets", "missile", "missiles", "shell", "shells", "bomb", "bombs", "drone", "drones", "time",
    "times", "dollar", "dollars", "million", "billion", "incident", "incidents", "shot", "shots", "round",
    "rounds", "car", "cars", "truck", "trucks", "building", "buildings", "church", "churches", "school",
    "schools", "village", "villages", "town", "towns", "ship", "ships", "vessel", "vessels", "tonnes", "tons",
    "kilograms", "kg", "pounds", "euros", "stroke", "strokes", "hole", "holes", "point", "points", "goal",
    "goals", "game", "games", "match", "matches", "bullet", "bullets", "grenade", "grenades", "explosion",
    "explosions", "blast", "blasts", "operation", "operations", "raid", "raids", "strike", "strikes", "case",
    "cases", "shop", "shops", "store", "stores", "post", "posts", "office", "offices", "percentage",
    "cow", "cows", "cattle", "goat", "goats", "sheep", "camel", "camels", "livestock", "animal", "animals",
    "donkey", "donkeys", "horse", "horses", "chicken", "chickens", "head", "dog", "dogs", "bird", "birds", "pet",
    "pets", "helicopter", "helicopters", "chopper", "choppers", "aircraft", "plane", "planes", "airplane",
    "airplanes", "jet", "jets",  # "shot down a helicopter": "-ter" names no reporter here
    # "The airliner was shot down": craft whose names end like a doer's ("-ner", "-ker", "-ter") are no person
    "airliner", "airliners", "jetliner", "jetliners", "liner", "liners", "warplane", "warplanes", "freighter",
    "freighters", "tanker", "tankers", "trawler", "trawlers", "cruiser", "cruisers",
    "destroyer", "destroyers", "container", "containers", "trailer", "trailers", "tractor", "tractors",
}
_ANIMALS = frozenset({
    # wild and farm animals ("A bomb killed three elephants and two workers": two dead): DESIGN counts people.
    # Not "tigers" or "wolves", which name armed groups' fighters ("killed 12 Tigers"); read as animals only in
    # lower case and with no noun before them (`_animal`: "12 Lions" is a unit, "two drug mules" are people)
    f"{animal}{end}" for animal in ("elephant", "rhino", "lion", "leopard", "giraffe", "zebra", "hippo", "gorilla",
                                    "chimpanzee", "monkey", "bear", "pig", "piglet", "bull", "mule", "lamb", "hen",
                                    "duck", "antelope", "yak", "cat", "calf", "pony", "ox")
    for end in ("", "s")
} | {"rhinoceros", "rhinoceroses", "buffalo", "buffaloes", "buffalos", "deer", "calves", "ponies", "oxen", "bison",
     "poultry", "fish", "wildlife", "creature", "creatures"})
PERSON_NOUNS = {
    "man", "woman", "child", "boy", "girl", "person", "civilian", "soldier", "officer", "policeman", "guard",
    "commander", "colonel", "general", "major", "captain", "sergeant", "lieutenant", "scholar", "cleric", "imam",
    "priest", "pastor", "teacher", "student", "journalist", "reporter", "judge", "lawyer", "official", "leader",
    "chief", "member", "worker", "farmer", "herder", "trader", "driver", "passenger", "villager", "resident",
    "pilgrim", "worshipper", "doctor", "nurse", "employee", "servant", "politician", "candidate", "mayor",
    "governor", "minister", "legislator", "lawmaker", "activist", "informant", "personnel", "contractor",
    "engineer", "tourist", "national", "citizen", "shepherd", "miner", "mother", "father", "son", "daughter",
    "wife", "husband", "brother", "sister", "infant", "baby", "toddler", "teenager", "elder", "agent", "ranger",
    "trooper", "marine", "sailor", "crewman", "seaman", "cadet", "recruit", "volunteer", "monk", "nun", "bishop",
    "deacon", "rabbi", "chairman", "director", "manager", "owner", "vendor", "shopkeeper", "bodyguard",
    "watchman", "militiaman", "constable", "inspector", "detective", "prosecutor", "pupil", "gendarme", "veteran",
    "hostage", "victim", "expert", "anchor", "athlete", "host", "presenter", "administrator", "staffer",
    "secretary", "representative", "councillor", "councilor", "relative", "cousin", "uncle", "nephew", "niece",
    "aunt", "grandfather", "grandmother", "individual", "guest", "patient", "prisoner",
    "inmate", "detainee", "convert", "collaborator", "spy", "deputy", "principal", "professor", "lecturer",
    "aide", "assistant", "clerk", "cook", "tailor", "barber", "mechanic", "laborer", "labourer",
    "fisherman", "hunter", "youth", "christian", "muslim", "cameraman", "photographer", "local",
    # trades, offices and roles that the word endings below miss ("wardens", "bailiffs", "peacekeepers")
    "warden", "bailiff", "sheriff", "marshal", "sentry", "sentinel", "lookout", "commando", "paratrooper",
    "conscript", "corporal", "sapper", "peacekeeper", "deminer", "mercenary", "informer", "magistrate", "juror",
    "diplomat", "envoy", "ambassador", "consul", "delegate", "registrar", "enumerator", "vaccinator", "medic",
    "paramedic", "midwife", "surgeon", "chef", "waitress", "steward", "stewardess", "pilot", "chauffeur",
    "cabbie", "plumber", "butcher", "grocer", "mason", "bricklayer", "roofer", "rancher", "goatherd", "cowherd",
    "farmhand", "deckhand", "skipper", "stevedore", "sweeper", "storekeeper", "innkeeper", "publican",
    "researcher", "apprentice", "intern", "undergraduate", "schoolboy", "schoolgirl", "schoolchild", "chaplain",
    "missionary", "preacher", "vicar", "curate", "abbot", "mullah", "muezzin", "sheikh", "emir", "chieftain",
    "churchgoer", "concertgoer", "customer", "shopper", "mourner", "colleague", "classmate", "neighbour",
    "neighbor", "friend", "girlfriend", "boyfriend", "spouse", "widow", "widower", "orphan", "newborn",
    "grandson", "grandchild", "stepson", "stepfather", "sibling", "bride", "bridesmaid", "nomad", "businessman",
    "businesswoman", "motorist", "commuter", "pedestrian", "bystander", "passerby", "onlooker",
    # offices and callings neither the list above nor the endings give ("shot dead a notary")
    "prefect", "notary", "bureaucrat", "academic", "mufti", "ayatollah", "escort", "provost",
    # South Asian ranks ("A sepoy embraced martyrdom")
    "sepoy", "havildar", "subedar",
    # sportsmen ("a soccer player was shot and killed"): "-yer" and "-ller" name no trade by their ending
    "player", "footballer", "cricketer", "golfer", "jockey", "boxer", "goalkeeper", "goalie",
}
# titles and person nouns that may stand before a name ("Detective Sergeant X", "Imam X"): built once
_TITLE_OR_PERSON = TITLE_WORDS | PERSON_NOUNS
# Heads that are perpetrators: figures about them are not victims.
_PERPETRATORS = ATTACKER_NOUNS | {
    "militant", "militants", "insurgent", "insurgents", "terrorist", "terrorists", "jihadist", "jihadists",
    "fighter", "fighters", "rebel", "rebels", "extremist", "extremists",
}
_ONE_PERPETRATOR = {"attacker", "assailant", "gunman", "bomber", "militant", "insurgent", "terrorist", "jihadist",
                    "perpetrator", "hijacker", "kidnapper", "extremist", "raider", "suspect"}
_AGGREGATE = re.compile(
    r"\bsince\s+(?:early\s+|late\s+|mid-?\s*|the\s+(?:start|beginning|end)\s+of\s+)?(?:19|20)\d\d\b"
    r"|\bsince\s+the\s+(?:start|beginning|war|conflict|insurgency)\b"
    r"|\b(?:in|during|throughout)\s+the\s+(?:conflict|war|insurgency|civil\s+war)\b(?!-)"
    # "have died in the fighting" sums a war; "were killed in the fighting" is the toll of the clash just told
    r"|\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:died|been\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt))\s+"
    r"(?:in|during|throughout)\s+the\s+(?:violence|fighting)\b(?!-)"
    r"|\bover\s+the\s+(?:past|last)\s+\w+|\btens\s+of\s+thousands\b|\bso\s+far\s+this\s+year\b"
    # a whole year's sum, in any tense: "Military operations killed 1,043 militants during the year"; not a time in
    # the year ("during the year's biggest festival", "that year's procession", "the year-end celebrations")
    r"|\b(?:during|throughout|over|in\s+the\s+course\s+of)\s+(?:the|that|this)\s+(?:whole\s+|entire\s+)?year\b"
    r"(?![\'\u2019-])"
    r"|\bin\s+recent\s+years\b|\b(?:this|last)\s+year\s+alone\b|\bsince\s+\d{4}\b|\bmore\s+than\s+a\s+decade\b"
    # a period that starts with the mission's or the group's own beginning: "since its deployment"
    r"|\bsince\s+(?:its|their)\s+\w+|\bsince\s+(?:it|they)\s+(?:was|were)\s+(?:\w+\s+)?(?:deployed|created|founded|"
    r"formed|established|launched|set\s+up)\b"
    # many acts, none told: "killed in hostile acts", "in acts of terrorism"
    r"|\bin\s+(?:(?:hostile|malicious|terrorist|violent|criminal)\s+acts|acts\s+of\s+(?:violence|terror|terrorism|war))\b",
    re.I,
)
_RUNNING_TOTAL = (
    r"\b(?:conflict|war|insurgency|violence|fighting|campaign|unrest|uprising|rebellion|crisis)\b[^.;]{0,40}"
    r"\b(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|claimed|left)"
)
_AGGREGATE_SUBJECT = re.compile(_RUNNING_TOTAL + r"\W+$", re.I)
RUNNING_TOTAL = re.compile(_RUNNING_TOTAL + r"\b", re.I)
"""A conflict's running toll ("the country's 40-year insurgency, which has killed at least 90,000")."""
_ATTACKS = r"(?:attacks|bombings|raids|assaults|incidents|explosions|blasts|ambushes|shootings|clashes)"
_SEVERAL = r"two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|a\s+series\s+of"
_PERIOD = (r"\b(?:(?:this|the\s+past)\s+(?:year|month)|to\s+date|in\s+that\s+time|over\s+the\s+years"
           r"|in\s+recent\s+months)\b")
_PERFECT_PERIOD_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:died|been\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt))\b"
    r"[^.;]{0,50}?" + _PERIOD, re.I
)
"""A tally over a period in the present perfect: "at least 25 journalists have been killed this year"."""
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:so\s+far\s+|now\s+)?(?:killed|wounded|injured)\W+$", re.I)
_PERIOD_NEXT = re.compile(r"^[^.;,]{0,50}?" + _PERIOD, re.I)
_ONE_ATTACK_NAMED = re.compile(
    r"\b(?:a|an|the|this|that)\s+(?:\w+\s+)?(?:attack|bombing|blast|explosion|ambush|raid|shooting|assault|strike|"
    r"incident)\b", re.I
)
"""A single attack named between the figure and the period: its own toll ("killed in an attack this month")."""
_BARE_ATTACKS_SUBJECT = re.compile(
    r"(?:^|[^\w\s'’]\s*|\b(?:and|but|while|as|where)\s+)(\w+(?:['’]s)?\s+)?" + _ATTACKS
    + r"\s+(?:(?:by|in|on|against|of|from)\s+[^.;,]{0,40}?\s+)?(?:has|have)\s+(?:so\s+far\s+|now\s+)?"
    r"(?:killed|claimed|left)\W+$", re.I
)
"""Attacks in general as the subject of a perfect ("Attacks by the group have killed more than 300 people"):
a tally of many, where "the two attacks" or "Monday's attacks" are counted ones."""
SEVERAL_OR_A_RUN = _SEVERAL + r"|a\s+(?:spate|string|wave)\s+of"
"""A count of attacks: "two", "several", "a series / spate / string / wave of"."""
ON_SEVERAL_PLACES = (r"(?:in|during)\s+(?:\w+\s+)?(?:attacks|raids|assaults)\s+on\s+(?:" + _SEVERAL
                     + r")\s+(?:\w+\s+)?(?:villages|towns|communities|settlements|hamlets|posts|bases|camps)")
"""Raids counted by the places they struck: "in raids on two villages", "in coordinated attacks on three posts"."""
_SEVERAL_ATTACKS = re.compile(
    r"^[^.;]{0,120}?\b(?:(?:in|across|during|from)\s+(?:the\s+)?"
    r"(?:" + SEVERAL_OR_A_RUN + r"|separate)\s+"
    r"(?:separate\s+|different\s+|\w+\s+)?" + _ATTACKS +
    r"|across\s+(?:the\s+|both\s+|all\s+(?:the\s+)?)?(?:\w+\s+)?" + _ATTACKS +
    r"|in\s+both\s+(?:\w+\s+)?" + _ATTACKS + r"|" + ON_SEVERAL_PLACES + r")\b",
    re.I,
)
"""A toll over several attacks follows its figure: "killed in two attacks", "in separate raids",
"across the ensuing clashes", "in raids on two villages"."""
ONE_OF_AT_LEAST = r"(?:at\s+least|more\s+than|over|some|about|around)\s+"
"""A qualifier between "one of" and the count of attacks: "it was one of at least six raids that week"."""
ONE_OF_SEVERAL = re.compile(
    r"\bone\s+of\s+(?:" + ONE_OF_AT_LEAST + r")?(?:" + _SEVERAL + r")\b"
    r"[^.;]{0,60}?\b(?:attacks|incidents|clashes|bombings|assaults|explosions|raids|ambushes|shootings)\b",
    re.I,
)
"""'This was one of (at least) three related attacks': the article's incident is one of several, so a joint toll
over them ("across the attacks") is not its own."""
_PERP_CLAIM = re.compile(
    r"(?:claim\w*|said|says|say|saying|boasted|statement)\s+(?:(?:[^.;]{0,120}?\s)?that\s+)?"
    r"(?:it|they|we|its\s+\w+|their\s+\w+|the\s+group)"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:killed|kill)\W*$"
    r"|claim\w*\s+(?:to\s+have\s+)?(?:killed|killing)\W*$",
    re.I,
)


_FIGURE_REVISED = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|revised|raised|raising|lowered|gave|gives)\s+"
    r"(?:the|their|its|his|her|that|this)\s+(?:(?:new|latest|final|official|revised|own)\s+)?"
    r"(?:figure|tally|count|number)\s+(?:at|to)\s+$",
    re.I,
)
"""A revised count of the casualties just mentioned: "Police later put the figure at 14"."""


@dataclass
class _Figure:
    start: int  # token index of the first token of the expression (qualifier included)
    end: int  # token index after the counted noun phrase
    num_end: int  # token index after the number itself
    stated: int | None
    qualifier: Qualifier
    lo: int | None
    hi: int | None
    head: str | None  # lower-cased head noun of the counted phrase
    scan_from: int | None = None  # where to look for the casualty word, when not `end`

    @property
    def scan(self) -> int:
        return self.end if self.scan_from is None else self.scan_from


def find_casualties(doc: Doc) -> list[CasualtyMention]:
    """Killed and injured figures of the victims in `doc`, in text order; aggregate statistics skipped."""
    return read_casualties(doc)[0]


def find_perpetrator_casualties(doc: Doc) -> list[CasualtyMention]:
    """Killed and injured figures of the perpetrators ("two assailants were killed"), in text order."""
    return read_casualties(doc)[1]


def read_casualties(doc: Doc) -> tuple[list[CasualtyMention], list[CasualtyMention]]:
    """(victims, perpetrators) figures in one pass. Perpetrators are counted apart because the
    conventions count victims (DESIGN.md), while GTD-style totals add the attackers who died."""
    out: list[CasualtyMention] = []
    perps: list[CasualtyMention] = []
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    index_of: dict[int, int] = {}
    wire = wire_datelines(doc_text(doc))
    for index, sent in enumerate(sents):
        last = out[-1].kind if out and out[-1].sent >= index - 1 else None
        victims, own = _in_sentence(doc, sent, index, last, wire, (out, perps))
        out.extend(_respective(doc, sent, victims))
        perps.extend(own)
        perps.extend(_felled_attackers(doc, sent, index))
        perps.extend(_felled_after_attack(doc, sent, index))
        index_of.update((t.i, index) for t in sent)
    perps.extend(_suicide_bombers(doc, sents, perps))
    out.extend(_captives_killed(doc, sents, out))
    out.extend(_one_found_dead(doc, sents, out, perps))
    out.extend(_one_hurt(doc, sents, out, perps))
    out = _one_shot_told_twice(doc, out)
    counted = [(m.casualties.evidence.start, m.casualties.evidence.end) for m in out]
    for m in _named_victims(doc, index_of, out):
        # a named victim already in a figure ("Okafor and two other passengers") is not counted again;
        # the city of a dateline is no victim: "KABUL (AP) - Militants were killed"
        if any(a < m.casualties.evidence.end and m.casualties.evidence.start < b for a, b in counted) \
                or any(a <= m.casualties.evidence.start < b < m.casualties.evidence.end for a, b in wire):
            continue
        ev = m.casualties.evidence
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        person = next((t for t in span if t.dep_ in {"nsubjpass", "dobj"} and t.pos_ == "PROPN"), None) \
            if span is not None else None
        (perps if person is not None and _attacker_felled(person) else out).append(m)
    out.sort(key=lambda c: c.casualties.evidence.start)
    perps.sort(key=lambda c: c.casualties.evidence.start)
    return _claims_repeated(doc, _added_along_with(doc, out)), perps


def _one_person_shot(doc: Doc, m: CasualtyMention) -> Token | None:
    """The person of a one-person figure ("a trader", "The teacher", "He") and, for the injured, only when a bare
    "shot" / "stabbed" with no wound word tells the harm (`_shot_or_stabbed`: "shot" alone reads as hurt)."""
    c = m.casualties
    if c.stated != 1 or c.qualifier != "exact":
        return None
    span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    person = next((t for t in span if t.dep_ in {"nsubjpass", "dobj", "nsubj"} and (
        t.lower_ in _HE or t.pos_ == "NOUN" and _is_person_noun(t.lower_))), None)
    if person is None:
        return None
    if m.kind == "injured" and (person.head.lower_ not in _WEAPON_HURT
                                or any(t.lower_ in _INJURE_WORDS for t in person.sent)):
        return None
    return None if _not_told_done(person.head) else person


_MODAL_AUX = frozenset({"would", "could", "might", "may", "will", "shall", "should", "must", "can", "'d", "'ll"})
_FEAR_VERBS = frozenset({"fear", "worry", "expect", "threaten", "believe", "hope", "warn"})


def _not_told_done(verb: Token) -> bool:
    """ "He was not shot dead", "Police feared he would be shot dead": a harm negated, or told as a fear or a
    possibility, befell no one (so it folds no hurt person into the dead)."""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in verb.children):
        return True
    return verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in _FEAR_VERBS


def _one_shot_told_twice(doc: Doc, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """One person told shot and, in the next sentence or two, shot dead is one dead, not one dead and one hurt:
    "Gunmen shot a trader. He was shot dead outside his shop" moves the hurt one to the dead (`moved`, as a later
    death does), and "Gunmen shot a teacher dead. The teacher was shot in the chest" counts the teacher hurt no
    more. The later one must point back: "he" / "she", or "the" and the same noun; "another" or a new noun is
    someone else."""
    out = sorted(found, key=lambda x: x.casualties.evidence.start)
    drop: set[int] = set()
    for a, first in enumerate(out):
        one = _one_person_shot(doc, first)
        if one is None:
            continue
        for b in range(a + 1, len(out)):
            later = out[b]
            if later.sent > first.sent + 2 or later.sent == first.sent or later.kind == first.kind:
                continue
            other = _one_person_shot(doc, later)
            if other is None or not (other.lower_ in _HE or other.lower_ == one.lower_ and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in other.children)):
                continue
            if first.kind == "injured" and not later.moved:
                out[b] = replace(later, moved=True)  # "shot a trader. He was shot dead"
            elif first.kind == "killed":
                drop.add(b)  # "shot a teacher dead. The teacher was shot in the chest"
            break
    return [_the_shot_later_killed(doc, m) for k, m in enumerate(out) if k not in drop]


def _the_shot_later_killed(doc: Doc, m: CasualtyMention) -> CasualtyMention:
    """ "Assailants shot two civilians in X. The civilians were (publicly) killed after ...": people counted hurt by a
    bare "shot" whom the next sentence, naming them again ("the" and the same plural noun) as a passive subject,
    tells killed are those dead, not hurt."""
    c = m.casualties
    if m.kind != "injured" or c.stated is None or c.stated < 2 or c.qualifier != "exact":
        return m
    span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
    if span is None or span.root.tag_ != "NNS" or span.root.dep_ not in {"dobj", "nsubjpass"} \
            or span.root.head.lower_ not in _WEAPON_HURT:
        return m
    noun = span.root.lower_
    sent = span.root.sent
    nxt = doc[sent.end : min(len(doc), sent.end + 40)]
    for t in nxt:
        if t.sent.start != sent.end:
            break
        if t.lower_ == noun and t.dep_ == "nsubjpass" and t.head.lower_ in _KILLED_ONE \
                and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children):
            return replace(m, kind="killed")
    return m


_ALONG = frozenset({"along", "together"})


def _added_along_with(doc: Doc, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "A letter bomb killed X, the jail's superintendent, along with a prison guard", "gunned down the deputy
    police chief, along with his driver and bodyguard": the people "along / together with" adds right after a
    figure, in its clause, are more of its kind (2, 3). Only people the phrase counts ("his driver and bodyguard",
    "two guards"); not attackers, nor things."""
    out = list(found)
    for tok in doc:
        if tok.lower_ != "with" or tok.i == 0 or doc[tok.i - 1].lower_ not in _ALONG:
            continue
        first = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if first is None or any(c.dep_ == "relcl" for p in (first, *first.conjuncts) for c in p.children):
            continue  # "along with two colleagues who escaped unhurt": the clause tells their own fate
        more, end, todo = 0, first.i, [first]
        while todo:
            c = todo.pop()
            n = _conjunct_people(c)
            if n is None:
                more = 0
                break
            more, end = more + n, max(end, c.i)
            todo.extend(g for g in c.children if g.dep_ == "conj")
        along = doc[tok.i - 1]
        if not more or any(along.idx <= m.casualties.evidence.start <= doc[end].idx for m in out):
            continue  # counted already: "along with his two guards" is a figure of its own
        before = [k for k, m in enumerate(out) if m.casualties.evidence.end <= along.idx
                  and m.casualties.stated is not None and m.casualties.qualifier == "exact"
                  and doc.char_span(m.casualties.evidence.start, m.casualties.evidence.end,
                                    alignment_mode="expand") is not None]
        if not before:
            continue
        k = before[-1]
        c = out[k].casualties
        span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
        if span.sent != along.sent or along.i - span.end > 12 or any(
                t.pos_ in {"VERB", "AUX"} or t.text in {";", ":"} for t in doc[span.end : along.i]):
            continue  # another clause: "killed a guard and said, along with ...", "killed two; their chief, along with"
        attach = tok.head if tok.head.i != along.i else along.head
        if not (span.start <= attach.i < span.end or attach == span.root.head):
            continue  # the phrase hangs on another verb or noun than the figure's
        last = doc[end].right_edge.i if doc[end].right_edge.i < along.sent.end else end
        while last > end and doc[last].is_punct:
            last -= 1
        text = doc_text(doc)
        stop = doc[last].idx + len(doc[last].text)
        n = c.stated + more
        grown = c.model_copy(update={"stated": n, "min": n, "max": n,
                                     "evidence": EvidenceSpan(start=c.evidence.start, end=stop,
                                                              text=text[c.evidence.start : stop])})
        out[k] = replace(out[k], casualties=grown)
    return out


def _claims_repeated(doc: Doc, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """A figure an armed group gives again in its own words ("IS said its fighters killed 14 soldiers ...
    '... and killed 14 of them,' Amaq said") is its claim repeated, whoever the quote makes the doer: claimed
    as the first telling was, so it neither stands as the officials' count nor adds to it."""
    claimed = {(m.kind, m.casualties.min, m.casualties.max) for m in found if m.casualties.claimed_by_perpetrator}
    if not claimed:
        return found
    out: list[CasualtyMention] = []
    for m in found:
        c = m.casualties
        if not c.claimed_by_perpetrator and (m.kind, c.min, c.max) in claimed:
            span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
            if span is not None and _group_speaks(span[0], span[0].sent):
                m = replace(m, casualties=c.model_copy(update={"claimed_by_perpetrator": True}), adds=False)
        out.append(m)
    return out


_ABDUCT = {"abduct", "kidnap", "seize"}
_ASSAULT = {"attack", "ambush", "waylay", "assault", "beat"}
_CAPTIVES = {"hostages", "captives", "abductees", "victims"}


def _people_attacked(doc: Doc, tok: Token) -> int | None:
    """How many people an attack verb's object counts when it lists single persons beside at most one counted
    group: "a man and his two sons" -> 3, "a farmer and his wife" -> 2; None for anything else."""
    total, groups = 0, 0
    for part in (tok, *tok.conjuncts):
        num = next((c for c in part.children if c.dep_ == "nummod"), None)
        if not _is_person_noun(part.lower_) or part.lower_ in _PERPETRATORS:
            return None
        if part.tag_ == "NNS" and num is not None:
            parsed = _parse_number(doc, num.i, part.i + 1)
            if parsed is None:
                return None
            total, groups = total + parsed[0], groups + 1
        elif part.tag_ == "NN" and num is None and any(c.dep_ in {"det", "poss"} for c in part.children):
            total += 1
        else:
            return None
    return total if groups <= 1 and total > 1 else None


def _captives_killed(doc: Doc, sents: list[Span], found: list[CasualtyMention]) -> list[CasualtyMention]:
    """People counted when taken, killed later under a definite plural: "Gunmen abducted four farmers. The
    farmers (the hostages) were later shot dead" -> four killed. Only when a single count of people taken
    comes before (else which group died is unknown), and no figure in the sentence already counts them;
    "both" needs a count of two. People attacked count the same when no figure of dead comes before them
    ("Gunmen attacked a man and his two sons. The victims were shot and killed" -> three). Hurt alike counts them
    injured when no injured were counted before ("Men beat two students. The victims were injured")."""
    out: list[CasualtyMention] = []
    taken: list[tuple[int, Token, int]] = []  # (count, counted noun, sentence index)
    for index, sent in enumerate(sents):
        for tok in sent:
            if tok.dep_ == "dobj" and tok.tag_ in {"NN", "NNS"} and tok.head.lemma_.lower() in _ASSAULT:
                attacked = _people_attacked(doc, tok)
                if attacked is not None and not any(m.sent <= index and m.kind == "killed" for m in found):
                    taken.append((attacked, tok, index))
                continue
            if tok.tag_ != "NNS" or tok.dep_ not in {"nsubjpass", "dobj"} or tok.lower_ in _PERPETRATORS:
                continue
            if tok.head.lemma_.lower() in _ABDUCT and any(c.dep_ == "nummod" for c in tok.children):
                num = next(c for c in tok.children if c.dep_ == "nummod")
                parsed = _parse_number(doc, num.i, tok.i + 1)
                if parsed is not None and _is_person_noun(tok.lower_):  # a list of groups taken is no one count
                    taken.append((parsed[0] if not tok.conjuncts else -1, tok, index))
                continue
            if not taken or tok.dep_ != "nsubjpass" or taken[0][2] >= index:
                continue
            det = next((c.lower_ for c in tok.children if c.dep_ in {"det", "predet"}), None)
            counts = {n for n, _, i in taken if i < index}
            if det not in {"the", "both", "all"} or len(counts) != 1 or -1 in counts \
                    or any(c.dep_ == "nummod" for c in tok.children):
                continue
            count, noun, _ = next(t for t in taken if t[2] < index)
            if not (tok.lemma_.lower() == noun.lemma_.lower() or tok.lower_ in _CAPTIVES
                    or det == "both" and count == 2 and _is_person_noun(tok.lower_)) or det == "both" and count != 2:
                continue
            felled = _felled_one(doc, tok) or _felled_in_series(doc, tok)
            if felled is None:
                continue
            span = doc[min(t.i for t in tok.subtree) : felled[1]]
            if any(m.sent == index and m.kind == "killed" for m in found) if felled[2] == "killed" else \
                    any(m.sent <= index and m.kind == "injured" for m in found + out):
                continue  # the hurt restate no injured counted before ("Two guards were shot. The victims ...")
            one = Casualties(stated=count, qualifier="exact", min=count, max=count,
                             evidence=EvidenceSpan(start=span.start_char, end=span.end_char, text=span.text))
            out.append(CasualtyMention(kind=felled[2], casualties=one, sent=index))
    return out


def _felled_in_series(doc: Doc, tok: Token) -> tuple[int, int, Kind] | None:
    """ "The captives were marched into a field and summarily executed": the passive subject of the first
    verb is the one a later verb of the series, with no subject of its own, fells."""
    if tok.dep_ != "nsubjpass":
        return None
    for verb in tok.head.conjuncts:
        if verb.i > tok.head.i and verb.tag_ == "VBN" \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            felled = _felled_by(doc, tok, verb)
            if felled is not None:
                return felled
    return None


def _one_found_dead(doc: Doc, sents: list[Span], found: list[CasualtyMention],
                    perps: list[CasualtyMention]) -> list[CasualtyMention]:
    """One person taken or attacked before, whose death the text tells only by a pronoun or the body: "Gunmen
    kidnapped a trader, Ade Okon, on Monday. He was later found dead / was killed two days later", "Her body
    was found on Tuesday", "Police found his body in a forest", "..., killing him". The nearest person before
    must be no attacker, and no dead may be counted before (the sentence would restate them); one at most."""
    dead_before = [m.casualties.evidence.start for m in found + perps if m.kind == "killed"]
    victims_dead_before = [m.casualties.evidence.start for m in found if m.kind == "killed"]
    for sent in sents:
        for tok in sent:
            span: tuple[int, int] | None = None
            count = 1
            low = tok.lower_
            others_only = named_before = False
            if low in {"he", "she"} and tok.dep_ == "nsubjpass":
                felled = None if _not_told_done(tok.head) else _felled_one(doc, tok)
                span = felled[:2] if felled is not None and felled[2] == "killed" else None
            elif low in _ONE_FELLED_PRONOUNS and tok.dep_ == "dobj" and tok.head.i < tok.i and (
                    tok.head.lower_ in _KILL_VERBS or tok.head.lower_ in _TO_DEATH and _left_dead_after(doc, tok.i)):
                # "killing him", "strangled him to death", "shot her dead"
                span = tok.head.i, tok.i + 1 + _left_dead_after(doc, tok.i)
                listed = _listed_with(doc, tok)
                # "A suicide bomber blew himself up ..., killing himself / him and 14 others": the pronoun is the
                # attacker (a reflexive, or "him" whose nearest person is the bomber), a perpetrator that DESIGN.md
                # keeps out of the victims' toll: the people listed with him are the dead, not one more
                named_before = low not in _REFLEXIVES and listed is not None \
                    and _victim_before_the_self_killed(doc, sent, tok.i)
                others_only = low in _REFLEXIVES or not _one_victim_before(doc, sent, tok.i) and not named_before
                if listed is not None:
                    count, span = (0 if others_only else 1) + listed[0], (tok.head.i, listed[1])
                elif others_only:
                    # "killing himself", "detonated his vest, killing him", "went off prematurely in the attacker's
                    # car, killing him": the attacker's death alone, read by the perpetrators' reader, no victim
                    continue
            elif low in DEAD_BODY_NOUNS and tok.tag_ == "NN" and tok.dep_ in {"nsubjpass", "dobj"} \
                    and tok.head.lemma_.lower() in BODY_FOUND_VERBS \
                    and any(c.dep_ == "poss" and (c.lower_ in {"his", "her"}
                                                  or c.tag_ == "NNP" and _taken_before(doc, c))
                            or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                first = min(tok.i, tok.head.i, *(c.i for c in tok.children if c.dep_ in {"poss", "det"}))
                span = first, max(tok.i, tok.head.i) + 1
            if span is None:
                continue
            whose = _body_of(tok) if low in DEAD_BODY_NOUNS else None
            if whose is False or whose is None and not others_only and not named_before \
                    and not _one_victim_before(doc, sent, tok.i) or others_only and count == 0:
                continue
            if any(start <= doc[span[1] - 1].idx
                   for start in (victims_dead_before if others_only or named_before else dead_before)):
                return []  # the attacker's own death told before ("blew himself up") restates no victim
            by = [g for c in tok.head.children if c.dep_ == "agent" for g in c.subtree]
            if low in {"him", "her"}:  # "... before police shot him dead": the forces' doing, as by an agent
                verb = tok.head
                doers = [c for c in verb.children if c.dep_ == "nsubj"] or (
                    [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "conj" else [])
                by += [g for c in doers for g in c.subtree]
            if any(t.lower_ in _SECURITY for t in by) or _attacker_felled(tok):
                continue  # "He was shot dead by soldiers": the one the forces felled may be no victim
            words = doc[span[0] : span[1]]
            return [_one_person("killed", words.start_char, words.end_char, words.text, sents.index(sent), count)]
    return []


_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
_ONE_FELLED_PRONOUNS = frozenset({"him", "her"}) | _REFLEXIVES


def _left_dead_after(doc: Doc, i: int) -> int:
    """How many words after the object at `i` tell its death: "to death" 2, "dead" 1, else 0."""
    if _word(doc, i + 1) == "to" and _word(doc, i + 2) == "death":
        return 2
    return 1 if _word(doc, i + 1) == "dead" else 0


def _listed_with(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """The people coordinated after "killing him (her)": "killing him and his bodyguard" (one more), "killing
    her and two of her escorts" (two more), "killing him, his wife and their son" (two more). The parser hangs
    them on the pronoun or on the verb; returns (how many more, the token after the last), or None when
    nothing follows or a conjunct is no countable person."""
    verb = pronoun.head
    more, end = 0, 0
    seen = {pronoun.i, verb.i}
    todo = [c for c in (*pronoun.children, *verb.children) if c.dep_ == "conj" and c.i > pronoun.i]
    while todo:
        c = todo.pop()
        if c.i in seen or c.pos_ == "VERB" or c.pos_ == "AUX":
            continue  # "killing him and wounding three guards": another verb's count
        seen.add(c.i)
        n = _conjunct_people(c)
        if n is None:
            return None
        last = c.i
        while last < c.right_edge.i and not doc[last + 1].is_punct:
            last += 1  # "and his bodyguard, the prosecutor said": the phrase ends at the comma
        more, end = more + n, max(end, last + 1)
        todo.extend(g for g in c.children if g.dep_ == "conj")
    return (more, end) if more else None


def _conjunct_people(tok: Token) -> int | None:
    """How many people one conjunct names: "his bodyguard" 1, "two of her escorts" 2, "three guards" 3."""
    low = tok.lower_
    if CARDINAL_NUMBERS.get(low) or low.isdigit():
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of and _is_person_noun(of[0].lower_):
            return CARDINAL_NUMBERS.get(low) or int(low)
        return None
    if tok.tag_ == "NN" and _is_person_noun(low) and not any(c.dep_ == "nummod" for c in tok.children):
        return 1
    if tok.tag_ == "NNS" and (_is_person_noun(low) or low in {"people", "persons", "others"}):
        num = next((c for c in tok.children if c.dep_ == "nummod"), None)  # "killing him and 14 other people"
        if num is not None and (CARDINAL_NUMBERS.get(num.lower_) or num.lower_.isdigit()):
            return CARDINAL_NUMBERS.get(num.lower_) or int(num.lower_)
    return None


def _one_hurt(doc: Doc, sents: list[Span], found: list[CasualtyMention],
              perps: list[CasualtyMention]) -> list[CasualtyMention]:
    """One person attacked before whom "injuring / wounding him (her)" tells hurt: "Assailants threw a rock at a
    passing car and hit Dana Levi, injuring her". The nearest person before must be no attacker, and no hurt
    be counted before (the sentence would restate them); one at most."""
    hurt_before = [m.casualties.evidence.start for m in found + perps if m.kind == "injured"]
    for index, sent in enumerate(sents):
        for tok in sent:
            verb = tok.head
            # "He suffered minor burns": the one person told before carries the wounds
            wounds = None
            if tok.lower_ in {"he", "she"} and tok.dep_ == "nsubj" and verb.lower_ in _SUFFER:
                wounds = _wounds_at(doc, verb.i + 1, sent.end)
            suffered = wounds is not None and wounds[0] == "injured" and _one_victim_before(doc, sent, tok.i)
            owner = _limb_lost_by(tok)
            if owner is not None:  # "A vendor's leg had to be amputated": the one person who lost it
                if any(start <= tok.idx for start in hurt_before):
                    return []
                cut = max([verb.i, *(c.i for c in verb.children if c.lemma_.lower() in _CUT_OFF)])
                words = doc[min(owner.left_edge.i, tok.i, verb.i) : max(tok.i, cut) + 1]
                return [_one_person("injured", words.start_char, words.end_char, words.text, index)]
            if not suffered and (tok.lower_ not in {"him", "her"} or tok.dep_ != "dobj"
                                 or verb.lower_ not in {"injuring", "wounding"}
                                 or verb.i > tok.i or not _one_victim_before(doc, sent, verb.i)):
                continue
            if any(start <= tok.idx for start in hurt_before):
                return []
            words = doc[tok.i : wounds[1] + 1] if suffered and wounds is not None else doc[verb.i : tok.i + 1]
            return [_one_person("injured", words.start_char, words.end_char, words.text, index)]
    return []


_CUT_OFF = frozenset({"amputate", "sever"})


def _limb_lost_by(limb: Token) -> Token | None:
    """The person whose limb `limb` was cut off ("A vendor's leg had to be amputated", "doctors amputated the
    boy's hand"): lasting harm is an injury (session 15); the owner is a person noun or name, no attacker."""
    if limb.lower_ not in _LIMBS or limb.dep_ not in {"nsubjpass", "dobj", "nsubj"}:
        return None  # "nsubj": "a leg had to be amputated" hangs the limb on "had"
    verb = limb.head
    if verb.lemma_.lower() not in _CUT_OFF and not (
            verb.lemma_.lower() == "have" and any(c.lemma_.lower() in _CUT_OFF for c in verb.children)):
        return None
    owner = next((c for c in limb.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in _PERPETRATORS or owner.lower_ in _ONE_PERPETRATOR:
        return None
    if owner.ent_type_ == "PERSON" or owner.pos_ == "NOUN" and _is_person_noun(owner.lower_):
        return owner
    return None


def _body_of(body: Token) -> bool | None:
    """Whose body: True for a person named after "of" who is no attacker ("the body of reporter Ana Ruiz", "the
    body of a local councillor"), False for an attacker ("the body of a gunman", "of one of the kidnappers"), None
    when "of" names no one ("the body of one of them": the person is told before)."""
    owner = next((g for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), None)
    if owner is not None and owner.lower_ == "one":  # "the body of one of the kidnappers"
        owner = next((g for c in owner.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), owner)
    if owner is None:
        return None
    low = owner.lower_
    if low in _PERPETRATORS or low in _ONE_PERPETRATOR:
        return False
    if owner.ent_type_ == "PERSON" or owner.tag_ == "NN" and _is_person_noun(low):
        return True
    return None


def _one_victim_before(doc: Doc, sent: Span, i: int) -> bool:
    """The nearest single person before token `i` (in its sentence or the one before), whom "he", "her body"
    can point to, is no attacker: "Gunmen abducted a mechanic. He was ..." (not "A gunman fired on worshippers.
    He was ...": the plural is no "he", the gunman is)."""
    start = sents_back(doc, sent.start, 1)
    for k in range(i - 1, start - 1, -1):
        tok = doc[k]
        if (tok.lower_ in _PERPETRATORS or tok.lower_ in _ONE_PERPETRATOR) and not _plural_doers_of(tok, doc[i]):
            return False
        if tok.tag_ == "NN" and tok.dep_ == "compound":
            continue  # "near the border post": a noun modifying another is no one "him" points to
        if tok.tag_ == "NN" and _is_person_noun(tok.lower_) or tok.tag_ == "NNP" and (
                tok.ent_type_ == "PERSON" or not tok.ent_type_ and tok.dep_ in {"dobj", "appos", "nsubjpass"}
                or _fired_at(tok)):
            return True
    return False


def _victim_before_the_self_killed(doc: Doc, sent: Span, i: int) -> bool:
    """ "The minister was targeted by a suicide bomber who blew himself up beside his car, killing him and 14
    others": the bomber's own death told by a reflexive before "him", the "him" is the person the sentence named
    before the bomber (the subject it opens with), one of the dead."""
    if not any(t.lower_ in _REFLEXIVES for t in doc[sent.start : i]):
        return False
    subject = next((t for t in doc[sent.start : i] if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.tag_ == "NN" and _is_person_noun(subject.lower_) \
        and subject.lower_ not in _PERPETRATORS and subject.lower_ not in _ONE_PERPETRATOR


def _plural_doers_of(tok: Token, pronoun: Token) -> bool:
    """ "the gunmen tied, stabbed and beheaded him": the attackers who did it to the one "him" names are
    plural, so no "him" themselves; the verb may be any of a series ("beat" leads "shot, and beheaded")."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.dep_ != "nsubj" or pronoun.lower_ not in {"him", "her"}:
        return False
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return tok.head == verb


def _fired_at(tok: Token) -> bool:
    """A name that is what the attackers shot, hit or fired at ("shot at Ade Okon", "opened fire on Musa Bello",
    "hit Dana Levi in the face"): a person whatever the tagger took the name for, since a "him" or "her" points
    to it, unless it took it for a country or region."""
    if tok.ent_type_ in {"GPE", "LOC", "NORP"}:
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in _ATTACK_ACTS | {"hit", "strike"}
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"at", "on"}:
        return False
    verb = prep.head
    return verb.lemma_.lower() in _ATTACK_ACTS or verb.lower_ == "fire" and verb.head.lemma_.lower() == "open"


def _aggregate(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """A running total ("... have been killed since early 2015", "a conflict which has killed ...")."""
    begin = doc[fig.start].idx
    stop = doc[fig.end - 1].idx + len(doc[fig.end - 1])
    after = doc_text(doc)[begin : min(sent.end_char, stop + 90)]
    carried = RUNNING_TALLY_CLAUSE.search(after, stop - begin)  # "..., bringing the toll since 2019 to 900"
    after = after[: carried.start()] if carried else after
    before = doc_text(doc)[max(sent.start_char, begin - 80) : begin]
    if any(not _ranked(after[: m.end()]) for m in _AGGREGATE.finditer(after)) \
            or _AGGREGATE_SUBJECT.search(before) or _record_holder(doc, sent, fig) or _bare_attacks(before) \
            or _running_tally(doc, sent, fig):
        return True
    tail = doc_text(doc)[stop : min(sent.end_char, stop + 90)]
    period = _PERFECT_PERIOD_AFTER.search(after) or _PERFECT_BEFORE.search(before) and _PERIOD_NEXT.search(tail)
    if period and not _ONE_ATTACK_NAMED.search(after[: period.end()] if period.re is _PERFECT_PERIOD_AFTER
                                               else tail[: period.end()]):
        return True  # "25 journalists have been killed this year", "The group has killed 300 soldiers this year"
    # "A total of 140 people have been killed in attacks in the district": a sum over attacks, not a toll
    return bool(_TOTAL_BEFORE.search(before) and _PLURAL_ATTACKS.search(after))


_TALLY_SCOPE = (
    r"\b(?:this|past)\s+(?:year|month|week|decade|season)\b|\bso\s+far\b|\bto\s+date\b"
    r"|\bsince\s+(?:early\s+|late\s+|mid-?\s*)?(?:the\s+(?:start|beginning|end|outbreak)\b|its|their|last|records"
    r"|" + MONTH_PATTERN + r"\b|\d)"
    r"|\b(?:in|during|over|across)\s+(?:the\s+)?(?:past|last|previous|recent)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years|year|month|decade)\b|\bin\s+(?:19|20)\d\d\b"
    r"|\b(?:such|similar|these|recent|repeated)\s+(?:\w+\s+)?" + _ATTACKS +
    r"|\b(?:offensive|conflict|war|insurgency|campaign|uprising|rebellion)\b"
)
_TALLY_LEAD = re.compile(
    r"\b(?:toll|number|total|tally|count)\b([^.;,]{0,90}?)\s+(?:to|at|above|past|beyond|over|near)\s+$"
    r"|\b(?:bringing|raising|taking|pushing|lifting|brought|raised|took|pushed)\s+(?:it\s+)?to\s+$",
    re.I,
)
RUNNING_TALLY_CLAUSE = re.compile(
    r",\s*(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their|to)\b[^.;]*", re.I
)
"""A clause that carries a running total on from the attack told before it ("..., bringing the number of
troops killed this year to 80"): its period words date the sum, not the attack."""
_TALLY_AFTER = re.compile(
    r"^\s*(?:the|its|their)\s+(?:(?:total|overall|cumulative)\s+)?(?:death\s+)?(?:toll|number|total|tally|count)"
    r"\b[^.;,]{0,90}",
    re.I,
)
_SINCE_A_WORSE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|most\s+(?:deadly|lethal|serious|violent))\b[^.;]{0,60}?\bsince\b"
    r"(?!\s+(?:early\s+|late\s+|mid-?\s*)?(?:(?:19|20)\d\d|the\s+(?:start|beginning|end)|last|" + MONTH_PATTERN + r"))"
    r"[^.;,\d]{0,70}$",
    re.I,
)


def _running_tally(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """The figure is the end of a running total told after the attack's own toll ("killed seven soldiers,
    bringing the number of troops killed this year to 80", "bringing to 45 the number killed this month",
    "raising the total killed in such attacks to 230"): a sum over a period or a campaign, not the attack's.
    A toll brought up by its own later deaths ("bringing the death toll to nine") names no period and stays.
    Also the toll of an earlier attack that ranks this one ("the deadliest attack since 40 people died in March")."""
    text = doc_text(doc)
    before = text[max(sent.start_char, doc[fig.start].idx - 160) : doc[fig.start].idx]
    if _SINCE_A_WORSE.search(before):
        return True
    lead = _TALLY_LEAD.search(before)
    if lead is None:
        return False
    stop = doc[fig.num_end - 1].idx + len(doc[fig.num_end - 1])
    phrase = lead.group(1) if lead.group(1) is not None else (
        m.group(0) if (m := _TALLY_AFTER.match(text, stop, sent.end_char)) else "")
    return re.search(_TALLY_SCOPE, phrase, re.I) is not None


_SUPERLATIVE = re.compile(r"\b(?:deadliest|bloodiest|most\s+(?:deadly|lethal|dangerous|violent))\b", re.I)
_ATTACK_NOUNS = frozenset({
    "attack", "bombing", "blast", "explosion", "ambush", "raid", "shooting", "massacre", "assault", "strike",
    "incident", "atrocity", "day", "night", "siege", "act", "rampage", "killing", "violence", "episode", "event",
})
"""What a superlative may rank that is the incident itself: "the deadliest attack", "the bloodiest day"."""
_RANKED = re.compile(
    r"\b(?:deadliest|bloodiest|worst|most\s+(?:deadly|lethal|serious|violent))\s+"
    r"(?:(?:single|such|terror|terrorist|militant|suicide|bomb|\w+)\s+)?"
    r"(?:(?:attack|bombing|blast|explosion|ambush|raid|shooting|massacre|assault|strike|incident|atrocity|day|"
    r"night|siege|act|rampage|violence)s?\b|(?=(?:in|on|against|of|for|to|since|this|so)\b))[^.;]*$",
    re.I,
)
"""The period after a figure ranks the attack, not the figure: "killing 40, the deadliest attack in the
province since 2019", "the bloodiest in the city since 2017"."""


def _bare_attacks(before: str) -> bool:
    """Attacks in general, not a counted or named set of them, have killed the figure ("Attacks by the group
    have killed ...", "Jihadist raids have claimed ...")."""
    m = _BARE_ATTACKS_SUBJECT.search(before)
    word = (m.group(1) or "").strip().lower() if m else ""
    return m is not None and not (word in _FIGURE_STARTS or word in {"these", "those", "both", "twin", "latest",
                                                                   "recent", "coordinated", "separate"}
                                  or word.endswith(("'s", "’s")) or word.isdigit())


_COUNTED_ACT = re.compile(
    r"\b(?:" + "|".join(sorted(ORDINAL_NUMBERS, key=len, reverse=True)) + r"|latest)\s+(?:\w+\s+)?"
    r"(?:attack|bombing|blast|explosion|ambush|raid|shooting|massacre|assault|strike|incident)s?\b[^.;]*$",
    re.I,
)
"""An ordinal counts the attack among others in the period after the figure: "killing 7, the second attack on the
market over the year" (the period is the count's, the 7 the attack's own toll)."""


def _ranked(between: str) -> bool:
    """A superlative or an ordinal of the attack stands between the figure and a period phrase, which is the
    rank's."""
    return _RANKED.search(between) is not None or _COUNTED_ACT.search(between) is not None


def _record_holder(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """ "MINUSMA has been the deadliest UN peacekeeping operation, with more than 170 personnel killed": a
    record of a mission, a country or a year, whose figure after "with" is the tally that makes it the
    deadliest, not an attack's toll. The superlative ranks no attack ("the deadliest attack in a decade,
    with 40 killed" is the attack's own toll); the noun is read up to the first preposition or comma."""
    if _word(doc, fig.start - 1) != "with" or _word(doc, fig.start - 2) != ",":
        return False
    begin = max(sent.start, fig.start - 25)
    sup = [t for t in doc[begin : fig.start - 2] if _SUPERLATIVE.match(t.text)
           or t.lower_ == "most" and _SUPERLATIVE.match(f"most {_word(doc, t.i + 1)}")]
    if not sup:
        return False
    nouns: list[Token] = []
    k = sup[-1].i + 1 + (sup[-1].lower_ == "most")
    while k < fig.start - 2 and doc[k].pos_ != "ADP" and doc[k].text not in {",", ";"}:
        if doc[k].pos_ in {"NOUN", "PROPN"}:
            nouns.append(doc[k])
        k += 1
    return bool(nouns) and not any(t.lemma_.lower() in _ATTACK_NOUNS or t.lower_ in _ATTACK_NOUNS for t in nouns)


_PLURAL_ATTACKS = re.compile(r"\b(?:attacks|bombings|raids|ambushes|incidents|assaults)\b", re.I)
_COUNTED_ATTACKS_CLAUSE = re.compile(
    r"\b(?:" + SEVERAL_OR_A_RUN + r")\s+(?:\w+\s+){0,2}?" + _ATTACKS
    + r"(?:\s+[^.;,]{0,40}?)?\s*,?\s+(?:that|which)\s+(?:(?:have|had)\s+)?(?:together\s+|jointly\s+)?"
    r"(?:killed|left|wounded|injured|claimed)\W+$", re.I
)
"""Counted attacks whose relative clause holds the figure ("one of four related attacks that killed 60 people",
"two bombings in the city, which wounded 30"): a toll over them all."""


_SEVERAL_ATTACKS_SUBJECT = re.compile(
    r"^\W*(?:" + _SEVERAL + r"|twin|separate)\s+(?:separate\s+|\w+\s+)?" + _ATTACKS + r"\b[^.;,]{0,60}$", re.I
)
"""The subject is several attacks: "Two attacks in Burkina Faso kill at least 35", "Twin blasts kill 20"."""


_THE_ATTACKS_BEFORE = re.compile(
    r"(?<!\bof\s)\b(?:the|both|these|those)\s+(?:\w+\s+)?(?:attacks|raids|bombings|ambushes|assaults|shootings)\b"
    r"(?P<tail>[^.;]{0,80})$", re.I
)
"""The sentence names the attacks told, in the plural, before its figure ("Police confirmed the attacks but put the
death toll at 31"): a toll over them all; not one of them ("in one of the raids, 12 died")."""


SERIES_MEMBER = re.compile(
    r"\b(?:latest|last|newest|most\s+recent|first|second|third|fourth|fifth|part|one)\s+(?:in|of)\s+"
    r"(?:a|an|the)\s+(?:(?:long|growing|deadly|recent)\s+)?(?:series|spate|string|wave|run)\s+of\b", re.I
)
"""An attack set in a series ("..., the latest in a series of attacks on ..."): the figures are its own."""


def _several_attacks(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """The figure totals several attacks ("Seven people have died in two attacks", "Two attacks
    kill 35")."""
    stop = doc[fig.end - 1].idx + len(doc[fig.end - 1])
    text = doc_text(doc)
    if SERIES_MEMBER.search(text[stop : sent.end_char]):
        return False
    before = text[sent.start_char : doc[fig.start].idx]
    return bool(_SEVERAL_ATTACKS.search(text[stop : sent.end_char])
                or _SEVERAL_ATTACKS_SUBJECT.search(before) or _COUNTED_ATTACKS_CLAUSE.search(before)
                or _the_attacks_own_the_figure(doc, fig, before))


_ANOTHER_ATTACK_BETWEEN = re.compile(r"\b(?:after|before|since|also)\b", re.I)


def _the_attacks_own_the_figure(doc: Doc, fig: _Figure, before: str) -> bool:
    """ "Police confirmed the attacks but put the toll at 31": the plural attacks' clause holds the figure;
    not "The attacks came a week after bandits killed 20 people" nor "confirmed the attacks and said the gunmen
    also killed three soldiers": a figure after after/before/since/also, or with a killing verb and subject of
    its own, tells another attack."""
    m = _THE_ATTACKS_BEFORE.search(before)
    if m is None or _ANOTHER_ATTACK_BETWEEN.search(m.group("tail")):
        return False
    head = doc[fig.start]
    while head.dep_ in {"nummod", "compound", "quantmod", "amod", "advmod"} and head.head is not head:
        head = head.head
    verb = head.head
    start = doc[fig.start].idx - len(m.group("tail"))
    return not (verb.pos_ == "VERB" and verb.lower_ in _KILL_VERBS | _INJURE_VERBS
                and any(c.dep_ in {"nsubj", "nsubjpass"} and c.idx >= start for c in verb.children))


_DAY_BEFORE_MONTH = frozenset({"on", ",", "since", "until", "till", "from"} | set(WEEKDAYS))
"""The words before "May 3" that make it a date."""


def _day_of_month(doc: Doc, i: int) -> bool:
    """The digits at `i` are a day of a month written beside them: "on 3 May", "on May 3"; a capital month
    keeps "3 may have died" a count. A number after its month is a day only where a date stands: after "on",
    a comma, a weekday, a word that starts or ends a stretch of days ("since May 3", "until March 12", "from
    June 4") or at the sentence's start ("on May 3", "Friday, May 3"), so "In March 12 people died" and "By
    March 12 people had died" keep their count."""
    text = doc[i].text
    if not text.isdigit() or len(text) > 2 or int(text) > 31:
        return False

    def month(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].lower_.rstrip(".") in MONTH_WORDS and doc[k].text[:1].isupper()

    if month(i + 1):
        return True
    if not month(i - 1):
        return False
    return i - 2 < 0 or doc[i - 1].is_sent_start or _word(doc, i - 2) in _DAY_BEFORE_MONTH


_NUMBERED_NAMES = frozenset({
    "District", "Zone", "Sector", "Ward", "Block", "Precinct", "Division", "Battalion", "Brigade", "Regiment",
    "Unit", "Camp", "Gate", "Phase", "Route", "Highway", "Checkpoint", "Station", "Company", "Squadron",
    "Section", "Area", "Kilometre", "Kilometer", "Km", "No", "No.", "Number", "Flight", "Terminal", "Platform",
})
"""Capitalised words a number completes into a name ("Sector 7", "Battalion 12", "Flight 302")."""


def _in_sentence(
    doc: Doc, sent: Span, index: int, last: Kind | None = None, wire: list[tuple[int, int]] | None = None,
    earlier: tuple[list[CasualtyMention], list[CasualtyMention]] = ([], []),
) -> tuple[list[CasualtyMention], list[CasualtyMention]]:
    """Victims' and perpetrators' figures in `sent`; `last` is the kind of the figure just before, in this
    sentence or the one before, which a bare "the figure" refers back to; `wire` the datelines' spans,
    whose numbers are dates, never counts; `earlier` the victims' and perpetrators' figures before `sent`,
    which "They later died" refers back to."""
    found: list[CasualtyMention] = []
    perps: list[CasualtyMention] = []
    shared = (-1, -1)  # the tokens of a killed share of the figure before ("shot three people, killing one")
    i = sent.start
    while i < sent.end:
        if wire and doc[i].text[:1].isdigit() and any(a <= doc[i].idx < b for a, b in wire):
            i += 1  # the day or year of the dateline
            continue
        if doc[i].text[:1].isdigit() and i > sent.start and doc[i - 1].text in _NUMBERED_NAMES:
            i += 1  # "the chief of Sector 7 was killed": the number names the sector
            continue
        if _day_of_month(doc, i):
            i += 1  # "abducted on 3 May and killed": the number is a day, whatever death word follows
            continue
        fig = _figure_at(doc, i, sent.end)
        if fig is None:
            i += 1
            continue
        if _negated(doc, fig, sent):
            i = max(fig.end, i + 1)
            continue
        fig, perp = _enumeration(doc, fig, sent.end)
        if perp is not None:
            perp_kind = _enclosing_kind(doc, perp, found, sent) or _kind(doc, sent, perp)[0] \
                or _kind(doc, sent, fig)[0] or _including_kind(doc, fig, found)
            if perp_kind is not None and not _aggregate(doc, sent, perp):
                _add(perps, CasualtyMention(kind=perp_kind, casualties=_casualties(doc, perp, False), sent=index,
                                            several_attacks=_several_attacks(doc, sent, perp)))
                _mark_including(doc, fig, found)
        if fig.head in _NOT_PEOPLE or _animal(doc, fig) or _is_age(doc, fig):
            i = fig.end
            continue
        mixed = _with_victims(doc, fig, sent.end) if fig.head in _PERPETRATORS else None
        if mixed is not None:
            fig = mixed  # "Sixty fighters and civilians were killed": one count of both, the attackers among them
        if fig.head in _PERPETRATORS:
            kind = _kind(doc, sent, fig)[0] or _including_kind(doc, fig, found)
            if kind is not None:
                fig = _besides_one(doc, fig, sent)
            if kind == "injured" and _wounded_and_died(doc, fig, sent):
                kind = "killed"  # "The attacker was wounded and died later in hospital"
            if kind is not None and (fig.stated is not None or fig.qualifier == "vague") \
                    and not _aggregate(doc, sent, fig):
                _add(perps, CasualtyMention(kind=kind, casualties=_casualties(doc, fig, False), sent=index,
                                            several_attacks=_several_attacks(doc, sent, fig)))
                _mark_including(doc, fig, found)
            i = max(fig.end, i + 1)
            continue
        if fig.head in {"others", "more"} and _others_of_perpetrators(doc, sent, fig, found, perps):
            kind = _kind(doc, sent, fig)[0]  # "Nine gunmen died and two others were hurt": more gunmen
            if kind is not None and fig.stated is not None and not _aggregate(doc, sent, fig):
                _add(perps, CasualtyMention(kind=kind, casualties=_casualties(doc, fig, False), sent=index,
                                            several_attacks=_several_attacks(doc, sent, fig)))
            i = max(fig.end, i + 1)
            continue
        kind, claimed = _kind(doc, sent, fig)
        described = _wounded_people(doc, fig, sent) if kind == "injured" else None
        if described is not None and (described.lower_ in _NOT_PEOPLE or described.lemma_.lower() in _NOT_PEOPLE):
            i = max(fig.end, i + 1)  # "two injured cows": no people
            continue
        if described is not None and described.lower_ in _PERPETRATORS:  # "two wounded gunmen were captured"
            _add(perps, CasualtyMention(kind=kind, casualties=_casualties(
                doc, _Figure(fig.start, described.i + 1, fig.num_end, fig.stated, fig.qualifier, fig.lo, fig.hi,
                             described.lower_), False), sent=index))
            i = max(described.i + 1, i + 1)
            continue
        if kind is not None and _neutralised(doc, sent, fig):
            kind = None  # "two devices were neutralised": of armed men only
        j = _word_before(doc, sent, fig.start, _DETERMINERS | _QUOTES)
        anaphor = kind is None and j >= sent.start and _toll_anaphor(doc, j)
        if kind is None and (anaphor or _FIGURE_REVISED.search(doc_text(doc)[sent.start_char : doc[fig.start].idx])):
            kind = found[-1].kind if found else last
        lead = _name_lead(doc, fig, sent) or _apposed_name_lead(doc, fig, sent)
        if kind is None and lead is not None:  # "killing Nasser and four relatives": the verb before the name
            kind = _before(doc, sent, lead[0])
        read = fig  # "Six were hurt, and a guard was hurt too": the one added on says "too", not the six
        if kind is not None and fig.stated is not None and fig.head not in _DEATH_NOUNS:
            fig = _besides_one(doc, _leading_one(doc, _trailing_one(doc, fig, sent), sent), sent)
        if kind is not None and (fig.stated == 1 and _attacker_felled(_root_of(doc, fig))
                                 or _share_of_doers(doc, fig)):
            if kind == "injured" and _wounded_and_died(doc, fig, sent):
                kind = "killed"
            _add(perps, CasualtyMention(kind=kind, casualties=_casualties(doc, fig, False), sent=index))
            i = max(fig.end, i + 1)
            continue
        if kind is not None and _a_reason_of_the_revision(doc, fig, found, index):
            i = max(fig.end, i + 1)
            continue
        if kind is not None and not _aggregate(doc, sent, fig):
            casualties = _casualties(doc, fig, claimed)
            several = _several_attacks(doc, sent, fig)
            superseded = _superseded(doc, sent, fig)
            revises = not superseded and (anaphor or _revises(doc, sent, read)
                                          or _updates(doc, sent, fig, kind, earlier[0] + found, index))
            before = found[-1].kind if found else last
            moved = kind == "killed" and not revises and not shared[0] <= fig.start < shared[1] and (
                _of_the_wounded(doc, fig, before) or before == "injured" and (
                    _all_died_later(doc, fig, sent) or _one_of_them_died_later(doc, fig, sent)
                    or _bare_share_died_later(doc, fig, sent, earlier[0] + found)
                    or _the_shot_died(doc, fig, index, earlier[0] + found)))
            noun = _wounded_then_died(doc, fig, sent) if kind == "injured" else None
            died = noun is not None or kind == "injured" and (_wounded_and_died(doc, fig, sent)
                                                              or _fatally_hurt(doc, fig))
            if died:
                kind, moved = "killed", True
            if kind == "injured" and noun is None:
                noun = _wounded_people(doc, fig, sent)
            if noun is not None and noun.i >= fig.end:  # "Two wounded soldiers": the evidence takes in the people
                casualties = _casualties(doc, _Figure(fig.start, noun.i + 1, fig.num_end, fig.stated,
                                                      fig.qualifier, fig.lo, fig.hi, noun.lower_), claimed)
            share = _fatal_share(doc, fig, sent) if kind == "injured" and not moved else None
            hurt: Casualties | None = casualties if share is None else _less(casualties, share[2])
            if hurt is not None:
                found.append(CasualtyMention(kind=kind, casualties=hurt, sent=index, several_attacks=several,
                                             # "and another was hurt and later died" adds one more dead
                                             adds=not revises and (not moved or died) and (
                                                 _adds(doc, sent, read) and not _others_than_the_rest(
                                                     doc, read, kind, found, earlier[0])
                                                 or _one_more_apart(doc, fig, kind, earlier[0] + found, index)),
                                             revises=revises, moved=moved, superseded=superseded,
                                             private=_private_tellers(doc, fig, sent)))
                if mixed is not None or _includes_perpetrators(doc, fig, sent):
                    found[-1].casualties.includes_perpetrators = True
            if share is not None and not share[3]:  # "shot three people, killing one": the one is read next,
                shared = share[:2]                   # as no more of the injured (they were taken off already)
            if share is not None and share[3]:  # "Two officers were shot, one of them fatally": one killed, one injured
                first, last, count, _ = share
                dead = _Figure(first, last, last, count, "exact", count, count, None)
                found.append(CasualtyMention(kind="killed", casualties=_casualties(doc, dead, claimed), sent=index,
                                             several_attacks=several, superseded=superseded))
                i = max(last, i + 1)
                continue
        i = max(fig.end, i + 1)
    attackers: list[CasualtyMention] = []
    found.extend(_died_later(doc, sent, index, earlier[0] + found, earlier[1] + perps, attackers))
    perps.extend(attackers)
    for mention in _self_inflicted(doc, sent, index, found):
        ev = mention.casualties.evidence
        if not any(ev.start < p.casualties.evidence.end and p.casualties.evidence.start < ev.end for p in perps):
            perps.append(mention)
    return found, perps


_THEN_AND = re.compile(
    r"^[\s,]*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?(?:shot\s+)?"
    r"(?:killed|wounded|injured|hurt|dead|died|captured|arrested)?[\s,]*(?:and|while)\s+$", re.I
)
"""What may stand between a figure of attackers and "N others" that counts more of them: their verb and 'and'."""
_AND_THEN = re.compile(
    r"^[\s,]*(?:and|while)\s+(?:also\s+)?(?:\w+ly\s+)?(?:shot\s+and\s+)?"
    r"(?:wounded|injured|killed|shot|captured|arrested)\s+$", re.I
)
"""The forces' next verb between a figure of attackers they felled and "N others": "Police shot dead two gunmen
and wounded three others" wounds more gunmen."""


def _others_of_perpetrators(doc: Doc, sent: Span, fig: _Figure, found: list[CasualtyMention],
                            perps: list[CasualtyMention]) -> bool:
    """ "Nine gunmen died and two others were hurt": "others" / "more" right after a figure of
    attackers (its verb and 'and' between) counts more attackers, not victims."""
    start = doc[fig.start].idx
    before = [m for m in found + perps
              if m.casualties.evidence.start >= sent.start_char and m.casualties.evidence.end <= start]
    if not before or any(m is v for m in before for v in found):
        return False  # "Two soldiers and eight militants were killed and three others ...": others of either
    last = max(before, key=lambda m: m.casualties.evidence.end)
    between = doc_text(doc)[last.casualties.evidence.end : start]
    return any(last is m for m in perps) \
        and (_THEN_AND.match(between) is not None or _AND_THEN.match(between) is not None)


_SECURITY = SECURITY_FORCE_NOUNS | {"officer", "policeman", "soldier", "gendarme", "gendarmes", "guard", "guards",
                                    "trooper", "troopers", "marines", "sniper", "snipers", "agents"}
_ATTACK_ACTS = {"stab", "attack", "shoot", "fire", "kill", "wound", "injure", "detonate", "ram", "storm", "hijack",
                "assault", "lunge", "charge", "hack", "slash", "wield", "brandish"}


def _attacks(verb: Token) -> bool:
    """ "stabbed", "attacked", "opened fire", "tried to detonate": an attack verb (not "tried to flee",
    "opened the door")."""
    low = verb.lemma_.lower()
    if low in {"try", "attempt"}:
        return any(c.dep_ == "xcomp" and _attacks(c) for c in verb.children)
    if low == "open":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
    return low in _ATTACK_ACTS


def _root_of(doc: Doc, fig: _Figure) -> Token | None:
    """The token of the figure's phrase that hangs outside it (its head noun), None when there is none."""
    return next((t for t in doc[fig.start : fig.end] if not fig.start <= t.head.i < fig.end), None)


def _attacker_felled(person: Token | None) -> bool:
    """The one killed or wounded is the attacker whom the security forces stopped: "Omar Haddad was shot dead
    by police after he stabbed two guards", "Police shot dead Omar Haddad, who had stabbed a guard", "a man
    was killed by officers when he attacked worshippers". The verb that fells him has the police, troops or
    guards for its agent (the agent's words: "by police moments later" may parse "police" as a modifier) or
    subject, and a clause on it (or a relative clause on him) tells that he ("he", "she", "who") attacked, or
    he is "he" or a name told right after one person's attack ("A man stabbed two guards. He was shot dead by
    police"): a perpetrator's death, not a victim's. A victim named after his role ("The guard, Ali Hassan,
    was shot dead") has a noun for the felled, no name."""
    if person is None or person.dep_ not in {"nsubjpass", "dobj"}:
        return False
    verbs = [person.head, *person.head.conjuncts]
    by = [g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.subtree]
    doers = by + [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    if not any(t.lower_ in _SECURITY for t in doers):
        return False
    clauses = [c for v in verbs for c in v.children if c.dep_ == "advcl"]
    clauses += [c for c in person.children if c.dep_ == "relcl"]
    if any(_attacks(c) and any(s.dep_ == "nsubj" and s.lower_ in {"he", "she", "who"} for s in c.children)
           for c in clauses):
        return True
    return (person.lower_ in _HE or person.pos_ == "PROPN") and _lone_attacker_before(person)


_HE = {"he", "she", "him", "her"}
_ONE_PERSON = {"man", "woman", "youth", "teenager", "boy", "girl", "person", "individual"}


def _lone_attacker_before(person: Token) -> bool:
    """One person attacked earlier in the sentence of `person` or in the sentence before: "A man stabbed
    two guards", "a gunman opened fire on worshippers", "Omar Haddad attacked a patrol", "he lunged at
    officers"; not the security forces' own fire ("Troops opened fire on the crowd")."""
    doc = person.doc
    here = person.sent
    start = sents_back(doc, here.start, 1)
    for verb in doc[start : person.i]:
        if verb.pos_ != "VERB" or verb.i >= person.head.i or not _attacks(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in _SECURITY:
            continue
        if subject.lower_ in _ONE_PERPETRATOR | _ONE_PERSON | _HE or subject.pos_ == "PROPN" \
                and subject.ent_type_ not in {"ORG", "NORP", "GPE"}:
            return True
    return False


def _felled_attackers(doc: Doc, sent: Span, index: int) -> list[CasualtyMention]:
    """ "He was shot dead by police", "Officers shot him dead": the attacker told before by "he" or "she", whom
    the security forces killed or wounded (a perpetrator's casualty, named ones come from `_named_victims`)."""
    out: list[CasualtyMention] = []
    for tok in sent:
        if tok.lower_ not in _HE or not _attacker_felled(tok):
            continue
        felled = _felled_one(doc, tok)
        if felled is not None:
            first, last, kind = felled
            span = doc[first:last]
            out.append(_one_person(kind, span.start_char, span.end_char, span.text, index))
    return out


_UNTIL = {"before", "until"}


def _doer_of(verb: Token) -> Token | None:
    """The subject of `verb`, or of the verb it is joined to ("A man killed a woman and wounded three people",
    "Gunmen stormed a hospital, killing nine")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in {"conj", "advcl", "xcomp"}:
            return subject
        verb = verb.head
    return None


def _felled_after_attack(doc: Doc, sent: Span, index: int) -> list[CasualtyMention]:
    """ "A man stabbed two people before being shot dead by police", "Three attackers killed nine people
    before they were killed by security forces": a clause of "before/until" on the attack, whose passive
    killing or wounding has the security forces for agent and the attackers (the attack's subject) for its
    patient. A perpetrators' casualty, as many as the subject counts ("A man": one; "Gunmen": some).
    "before he was shot dead" is `_felled_attackers`' own."""
    out: list[CasualtyMention] = []
    for tok in sent:
        if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _UNTIL for c in tok.children):
            patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if patient is None or patient.lower_ not in {"they", "both"}:
                continue
            attack = tok.head
        elif tok.dep_ == "pcomp" and tok.head.lower_ in _UNTIL:
            attack = tok.head.head
        else:
            continue
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.subtree]
        if not any(t.lower_ in _SECURITY for t in agent) or attack.pos_ != "VERB" or not _attacks(attack):
            continue
        low = tok.lower_
        killed = low in _KILLED_ONE or low in _TO_DEATH and (
            _word(doc, tok.i + 1) == "dead" or _word(doc, tok.i + 1) == "to" and _word(doc, tok.i + 2) == "death")
        if not killed and low not in {"wounded", "injured"}:
            continue
        doer = _doer_of(attack)
        if doer is None or doer.lower_ in _SECURITY:
            continue
        singular = doer.tag_ in {"NN", "NNP"} and (doer.lower_ in _ONE_PERPETRATOR | _ONE_PERSON)
        plural = doer.tag_ == "NNS" and doer.lower_ in _PERPETRATORS
        if not (singular or plural):
            continue
        number = next((c for c in doer.children if c.dep_ == "nummod"), None)
        parsed = _parse_number(doc, number.i, doer.i) if number is not None else None
        stated = 1 if singular else parsed[0] if parsed is not None else None
        first = min(t.i for t in doer.subtree if t.i <= doer.i)
        span = doc[first : doer.i + 1]
        ev = EvidenceSpan(start=span.start_char, end=span.end_char, text=span.text)
        casualties = Casualties(stated=stated, qualifier="exact" if stated is not None else "vague",
                                min=stated, max=stated, evidence=ev)
        out.append(CasualtyMention(kind="killed" if killed else "injured", casualties=casualties, sent=index))
    return out


def _felled_words(doc: Doc, sent: Span) -> set[int]:
    """Tokens of the death words whose dead is an attacker the security forces stopped ("before he was shot
    dead by police"), which tell nothing of the people he hurt."""
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ in {"nsubjpass", "dobj"} and (tok.lower_ in _HE or tok.pos_ == "PROPN") \
                and _attacker_felled(tok):
            felled = _felled_one(doc, tok)
            if felled is not None:
                out.update(range(felled[0], felled[1]))
    return out


def _of_the_wounded(doc: Doc, fig: _Figure, before: Kind | None) -> bool:
    """A death figure of people counted injured before: "Two of the injured (passengers) succumbed", "one of
    those wounded died", and "two of whom / of them later died" right after an injured figure."""
    for k in range(fig.start, fig.end):
        if doc[k].lower_ in {"injured", "wounded"} and _of_the(doc, k, fig.start):
            return True
    return before == "injured" and _word(doc, fig.num_end) == "of" and _word(doc, fig.num_end + 1) in {"whom", "them"}


_DIE = {"died", "dies", "succumbed", "succumbs"}


def _wounded_then_died(doc: Doc, fig: _Figure, sent: Span) -> Token | None:
    """ "A soldier wounded in the attack later died", "Two wounded guards died in hospital": the wound word
    only describes the people, whose verb is a death. Returns the people's noun."""
    after = _after(doc, fig.scan, sent.end)
    if after is None or after[0] != "injured":
        return None
    word = doc[after[1]]
    if word.dep_ not in {"acl", "amod"}:
        return None
    noun = word.head
    return noun if noun.dep_ == "nsubj" and noun.head.lower_ in _DIE else None


def _fatally_hurt(doc: Doc, fig: _Figure) -> bool:
    """ "Gunmen fatally shot a police officer", "Two farmers were mortally wounded": "fatally" / "mortally" right
    before the verb that hurt the people counted (its object or passive subject) tells their death (GTD train: 3 of
    3 summaries with "fatally shot / wounding" count the dead). Not a share after the figure ("Five were wounded, two
    of them fatally": `_fatal_share`)."""
    root = _root_of(doc, fig)
    if root is None or root.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = root.head
    return verb.lower_ in _FATAL_HARM and _word(doc, verb.i - 1) in _FATALLY


def _wounded_and_died(doc: Doc, fig: _Figure, sent: Span) -> bool:
    """ "A guard was wounded and died later in hospital", "The attacker was injured and later succumbed": the
    wound verb's own conjoined death, with no subject of its own, tells the same people died."""
    after = _after(doc, fig.scan, sent.end)
    if after is None or after[0] != "injured":
        return False
    word = doc[after[1]]
    # no subject of its own, nor a count the parse hangs elsewhere ("were hurt and two later died": "two" is
    # read as a modifier of "later", and is a share of them, not all)
    # the nouns of where or how it happened are no subject: "was wounded in the blast and later died"
    told = {t.i for p in word.children if p.dep_ == "prep" for t in p.subtree}
    if _dying_after(word) is not None:
        return True  # "a second guard was wounded before succumbing to his wounds"
    return any(c.dep_ == "conj" and c.i > word.i and c.lower_ in _DIE | {"perished"}
               and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
               and not any((t.like_num or t.pos_ in {"NOUN", "PROPN", "PRON"}) and t.i not in told
                           for t in doc[word.i + 1 : c.i])
               for c in word.children)


def _wounded_people(doc: Doc, fig: _Figure, sent: Span) -> Token | None:
    """ "Two wounded soldiers were evacuated", "three (seriously) injured civilians": the wound word right
    after the figure describes the noun it modifies, which is who is counted. Returns that noun."""
    after = _after(doc, fig.scan, sent.end)
    if after is None or after[0] != "injured" or after[1] != fig.scan + (doc[fig.scan].pos_ == "ADV"):
        return None
    word = doc[after[1]]
    noun = word.head
    if word.dep_ != "amod" or noun.i <= word.i or noun.i - word.i > 3 or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return noun


_LATER = {"later", "subsequently", "afterwards", "overnight", "eventually"}
DIED = r"died|dies|dying|succumb(?:ed|s|ing)?|passed\s+away|pronounced\s+dead|perished"
"""The words of a death (regex alternatives), which a death after the wounding shares with any other."""
WOUNDS = r"wounds|injuries"
"""The wounds a later death comes of ("died of his wounds", "succumbed to his injuries")."""
_AFTER = r"after\s+(?:being|having\s+been|(?:he|she)\s+(?:was|had\s+been))\s+(?:\w+\s+)?"
_HARMED = r"(?:shot|stabbed|attacked|hit|wounded|injured|beaten)\b"
_AFTER_HARM = _AFTER + r"(?:" + _HARMED + r"|(?:rushed|taken|admitted)\s+to\b)"
"""What follows "died" when the death came of the harm or the care told right after: "died after he was shot in
the heart", "died after being rushed to hospital"."""
_DIED_AFTER_HARM = re.compile(r"^\s*" + _AFTER + _HARMED, re.I)
"""The harm alone: a named person who "died after being admitted to hospital" may have died of anything."""
_DIED_OF_WOUNDS = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:(?:of|from|to)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:" + WOUNDS + r")\b"
    r"|(?:in|at)\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospital\b|on\s+(?:the|his|her)\s+way\s+to\b"
    r"|before\s+(?:reaching|arriving\s+at|getting\s+to|being\s+taken\s+to|he\s+could\s+be\s+taken\s+to)\b"
    r"|while\s+(?:being\s+treated|receiving\s+treatment|undergoing)\b|" + _AFTER_HARM + ")",
    re.I,
)
"""What follows "died" when the dead were wounded first: "of his wounds", "in hospital", "on the way to",
"before reaching hospital"."""
_DIED_ON_THE_SPOT = re.compile(
    r"^\s*(?:(?:at|on)\s+the\s+(?:scene|spot)\b|instantly\b|immediately\b|on\s+impact\b"
    r"|(?:in|during)\s+the\s+(?:attack|shooting|assault|ambush|blast|explosion|stabbing|incident)\b)",
    re.I,
)
"""What follows "died" when the one just shot or hurt died of it there: "died at the scene", "died instantly",
"died in the attack". Not a later death, so only for someone harmed before whom no death was told yet."""


def _died_later(doc: Doc, sent: Span, index: int, found: list[CasualtyMention],
                perps: list[CasualtyMention], attackers: list[CasualtyMention] | None = None) -> list[CasualtyMention]:
    """One person counted injured who died afterwards: "The pastor later died of his wounds", "He died in
    hospital", "wounding a guard, who later died", "The wounded officer succumbed to his injuries". The
    subject of "died" / "succumbed" is a definite person ("the pastor", "his wife"), "he" / "she" or "who"
    after an injured figure, and the death comes later ("later", "succumbed", "of his wounds", "in
    hospital"). "He" must not point back to an attacker ("Police wounded the gunman. He later died")."""
    out: list[CasualtyMention] = []
    taken = [(m.casualties.evidence.start, m.casualties.evidence.end) for m in found + perps]
    for verb in sent:
        if verb.lower_ not in _DIE:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None:
            subject = _shared_subject(verb)
        if subject is None or any(a <= subject.idx < b for a, b in taken):
            continue
        later = _died_later_cue(doc, subject, verb)
        if not later and not _died_on_the_spot(doc, verb, index, found):
            continue
        low = subject.lower_
        owner = verb.head if low == "who" and verb.dep_ == "relcl" else subject if low in _HE else None
        if owner is not None and attackers is not None and _the_attacker(doc, sent, owner):
            # "Police opened fire when the man lunged at them. He died of his wounds": the attacker's death
            attackers.append(replace(_one_person("killed", subject.idx, verb.idx + len(verb.text),
                                                 doc_text(doc)[subject.idx : verb.idx + len(verb.text)], index),
                                     moved=True))
            continue
        if low == "who":
            hit = next((m for m in found if m.kind == "injured" and owner is not None
                        and m.casualties.evidence.start <= owner.idx < m.casualties.evidence.end), None)
            if hit is None or hit.casualties.stated is None:
                continue
            count = hit.casualties.stated
        elif low in {"he", "she"}:
            if not _victim_before(doc, sent, subject.i):
                continue
            count = 1
        elif low in {"they", "both", "all"}:  # "Two guards were hurt. Both (of them) / They later died"
            hit = _injured_before(subject, index, found, perps)
            if hit is None or low == "both" and hit.casualties.stated != 2 \
                    or not _victim_before(doc, sent, subject.i):
                continue
            count = hit.casualties.stated
        elif subject.tag_ == "NN" and _is_person_noun(low) and low not in _PERPETRATORS \
                and low not in _ONE_PERPETRATOR and any(
                    c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            count = 1
        else:
            continue
        # "Two people were hurt. The driver died at the scene": another person died there, the hurt stay hurt;
        # only "the victim" or the hurt one's own noun ("shot a trader. The trader died at the scene") is moved
        moved = later or low in _HE or low in {"who", "victim", "victims"} or _injured_noun(doc, low, index, found)
        first = min(t.i for t in subject.subtree) if low not in {"who", "he", "she"} else subject.i
        span = doc[first : verb.i + 1]
        one = Casualties(stated=count, qualifier="exact", min=count, max=count,
                         evidence=EvidenceSpan(start=span.start_char, end=span.end_char, text=span.text))
        out.append(CasualtyMention(kind="killed", casualties=one, sent=index, moved=moved))
    return out


def _injured_noun(doc: Doc, low: str, index: int, found: list[CasualtyMention]) -> bool:
    """Whether `low` is the head noun of an injured figure in this sentence or the one before."""
    for m in found:
        if m.kind != "injured" or m.sent < index - 1:
            continue
        span = doc.char_span(m.casualties.evidence.start, m.casualties.evidence.end, alignment_mode="expand")
        if span is not None and any(t.lower_ == low and t.pos_ == "NOUN" for t in span):
            return True
    return False


def _died_on_the_spot(doc: Doc, verb: Token, index: int, found: list[CasualtyMention]) -> bool:
    """ "Gunmen shot a trader. The victim died at the scene", "shot him ... he died instantly": the one harmed
    just before died of it there. Only when no dead were counted in this sentence or the one before, so that
    "killed a guard ... The guard died at the scene" tells the same death once."""
    after = doc_text(doc)[verb.idx + len(verb) : verb.sent.end_char]
    if _DIED_ON_THE_SPOT.match(after) is None:
        return False
    return not any(m.kind == "killed" and m.sent >= index - 1 and m.casualties.evidence.start < verb.idx
                   for m in found)


def _shared_subject(verb: Token) -> Token | None:
    """The subject a death verb shares with the verb it is conjoined to: "He was rushed to hospital but died of
    his injuries", "The guard was taken to a clinic and later succumbed"."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.head.i), None)


def _injured_before(subject: Token, index: int, found: list[CasualtyMention],
                    perps: list[CasualtyMention]) -> CasualtyMention | None:
    """The figure a plural pronoun that died later points back to: the nearest figure before it, in its
    sentence or the one before, when that one counts victims injured with a number ("Three guards were
    hurt. They later died"); none when it counts the attackers ("Police wounded two gunmen. They ...")."""
    near = [m for m in found + perps if m.casualties.evidence.end <= subject.idx and m.sent >= index - 1]
    if not near:
        return None
    hit = max(near, key=lambda m: m.casualties.evidence.end)
    if not any(hit is m for m in found) or hit.kind != "injured" or hit.casualties.stated is None \
            or hit.casualties.qualifier == "vague":
        return None
    return hit


def _all_died_later(doc: Doc, fig: _Figure, sent: Span) -> bool:
    """ "All three later died", "both (men) died in hospital": the injured just counted, whose death came
    afterwards (the figure after "all" / "both", a later cue by the verb)."""
    if _word(doc, fig.start - 1) not in {"all", "both"} and _word(doc, fig.start) != "both":
        return False
    after = _after(doc, fig.scan, sent.end)
    if after is None or doc[after[1]].lower_ not in _DIE:
        return False
    return _died_later_cue(doc, doc[fig.end - 1], doc[after[1]])


def _one_of_them_died_later(doc: Doc, fig: _Figure, sent: Span) -> bool:
    """ "(wounding two policemen.) One of the policemen died of his wounds": a part ("N of the ...") of the
    people just counted injured, whose death came afterwards."""
    if _word(doc, fig.num_end) != "of" or _word(doc, fig.num_end + 1) not in {"the", "those"}:
        return False
    after = _after(doc, fig.scan, sent.end)
    if after is None or doc[after[1]].lower_ not in _DIE:
        return False
    return _died_later_cue(doc, doc[fig.end - 1], doc[after[1]])


def _bare_share_died_later(doc: Doc, fig: _Figure, sent: Span, found: list[CasualtyMention]) -> bool:
    """ "Six people were injured and one later died", "Four were wounded. Two died in hospital": a bare number,
    no more than the injured just counted, whose death came afterwards is a share of them."""
    if fig.head is not None or fig.stated is None or fig.end != fig.num_end:
        return False
    hurt = next((m for m in reversed(found) if m.casualties.evidence.end <= doc[fig.start].idx), None)
    if hurt is None or hurt.kind != "injured" or hurt.casualties.stated is None \
            or hurt.casualties.stated < fig.stated:
        return False
    after = _after(doc, fig.scan, sent.end)
    if after is None or doc[after[1]].lower_ not in _DIE:
        return False
    return _died_later_cue(doc, doc[fig.start], doc[after[1]])


def _the_shot_died(doc: Doc, fig: _Figure, index: int, found: list[CasualtyMention]) -> bool:
    """ "Gunmen shot three officers. All three (of the officers) died in the shooting", "shot a trader and two
    children. The three civilians died", "shot two guards. Both guards were killed": a definite figure of as many
    as were just counted shot (no wound word: "shot" alone reads as injured) is those people dead, not more."""
    if fig.stated is None or fig.qualifier != "exact":
        return False
    if not (_word(doc, fig.start - 1) in {"the", "all", "both"} or _word(doc, fig.start) == "both"):
        return False
    hurt = found[-1] if found else None
    if hurt is None or hurt.kind != "injured" or hurt.sent < index - 1 or hurt.casualties.stated != fig.stated:
        return False
    span = doc.char_span(hurt.casualties.evidence.start, hurt.casualties.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head if span.root.dep_ in {"dobj", "nsubjpass"} else None
    return verb is not None and verb.lower_ in _WEAPON_HURT


def _died_later_cue(doc: Doc, subject: Token, verb: Token) -> bool:
    """The death came after the wounding: "succumbed", "later died", "died of his wounds / in hospital"."""
    end = verb.sent.end
    after = doc_text(doc)[verb.idx + len(verb) : verb.sent.end_char]
    return verb.lower_ in {"succumbed", "succumbs"} or any(
        doc[k].lower_ in _LATER for k in range(subject.i + 1, min(end, verb.i + 3))
    ) or _DIED_OF_WOUNDS.match(after) is not None


def died_of_wounds(verb: Token) -> bool:
    """ "The pastor later died of his wounds", "Major Bako succumbed to his injuries", "two died in hospital":
    `verb` is a death that came after the wounding ("was wounded before succumbing to his wounds on Friday")."""
    if verb.lower_ not in _DIE | _DYING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return _died_later_cue(verb.doc, subject if subject is not None else verb, verb)


def dates_a_later_death(span: Span) -> bool:
    """The time expression `span` dates a death after the wounding ("succumbed to his injuries on January 18",
    "died of his wounds on Monday"): read up the parse to its verb."""
    verb = span.root
    for _ in range(5):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return died_of_wounds(verb) or _captive_killed_later(verb)


_DEAD_AFTER = _TO_DEATH | {"found"}  # the verbs "dead" may follow ("shot dead", "found dead")


def _left_dead(doc: Doc, low: str, after: int) -> bool:
    """The verb `low` and the word at `after` tell a death: "shot dead", "stabbed dead", "found dead", "found
    deceased" (one definition for the captives' later death and the felled person)."""
    word = _word(doc, after)
    return low in _DEAD_AFTER and word == "dead" or low == "found" and word == "deceased"


_CAPTIVE_WORDS = {"hostage", "hostages", "captive", "captives", "abductee", "abductees"}


def _captive_killed_later(verb: Token) -> bool:
    """ "One of the hostages was later killed on March 3", "the captive was subsequently executed in May": a
    captive's death after the taking belongs to the kidnapping, as a death after the wounding to the attack."""
    doc = verb.doc
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "was tortured and later killed"
    subject = next((c for v in verbs for c in v.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subject is None:
        return False
    # "Kyaw's body was discovered on June 17"
    body = subject.lower_ in _REMAINS and verb.lemma_.lower() in BODY_FOUND_VERBS
    if not body and verb.lower_ not in _KILLED_ONE | _DIE and not (
            _left_dead(doc, verb.lower_, verb.i + 1)):
        return False
    if any(t.lower_ in _CAPTIVE_WORDS for t in subject.subtree):
        # the captives' death dated after the taking: "One of the hostages was later killed on March 3"; "The
        # hostages were executed on April 11" and "died in captivity" need no 'later'
        return body or verb.lower_ in _DIE or any(t.lower_ in _LATER for v in verbs for t in v.children
                                                   if t.dep_ == "advmod") or _taken_before(doc, subject)
    return _taken_before(doc, subject)


def _taken_before(doc: Doc, subject: Token) -> bool:
    """The subject of a later death is someone an abduction verb took before it: by name ("Gunmen abducted Ali
    Musa ... Musa was killed on June 3", "Musa's body was found"), as "he / she" when one person was taken, or as
    the hostages, captives when anyone was; "his body" and the same noun made definite ("a trader ... the trader")
    point to the one taken as "he" does."""
    names = {t.lower_ for t in subject.subtree if t.tag_ == "NNP"}
    poss = next((c for c in subject.children if c.dep_ == "poss"), None)
    one = subject.lower_ in _HE or subject.lower_ in _REMAINS and poss is not None and poss.lower_ in {"his", "her"}
    # "Gunmen kidnapped a trader. The trader was found dead": the same noun, made definite
    the = subject.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    for verb in doc[: subject.i]:
        if verb.lemma_.lower() not in _ABDUCT or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        if names & {t.lower_ for t in obj.subtree if t.tag_ == "NNP"}:
            return True
        if one and obj.tag_ in {"NN", "NNP"} and not obj.conjuncts:
            return True  # "He was found dead", "His body was found"
        if the and obj.tag_ == "NN" and obj.lemma_.lower() == subject.lemma_.lower() and not obj.conjuncts:
            return True
        if any(t.lower_ in _CAPTIVE_WORDS for t in subject.subtree):
            return True
    return False


def _the_attacker(doc: Doc, sent: Span, person: Token) -> bool:
    """`person` ("he", or the noun a "who" hangs on) is the lone attacker: an attacker's noun ("Police shot
    the gunman, who died"), or for "he" the nearest one person before, in this sentence or the one before,
    who is an attacker's noun or the subject of an attack ("Police opened fire when the man lunged at them.
    He died of his wounds"); not the victim ("A gunman shot a guard. He died in hospital")."""
    if person.lower_ not in _HE:
        return person.lower_ in _ONE_PERPETRATOR
    start = sents_back(doc, sent.start, 1)
    for k in range(person.i - 1, start - 1, -1):
        tok = doc[k]
        low = tok.lower_
        if tok.tag_ not in {"NN", "NNP"} or not (low in _ONE_PERPETRATOR or _is_person_noun(low)
                                                 or tok.ent_type_ == "PERSON"):
            continue
        if low in _ONE_PERPETRATOR:
            return True
        return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and _attacks(tok.head) and low not in _SECURITY
    return False


def _victim_before(doc: Doc, sent: Span, i: int) -> bool:
    """The nearest person named before token `i` (in its sentence or the one before) is no attacker."""
    start = sents_back(doc, sent.start, 1)
    one = doc[i].lower_ in {"he", "she"}
    for k in range(i - 1, start - 1, -1):
        tok = doc[k]
        low = tok.lower_
        if tok.tag_ == "NNS" and low in _PERPETRATORS and (one or tok.head.dep_ == "agent"):
            # "A man (Two men) was shot by gunmen. He (They) died in hospital": the plural doers are no "he", and
            # the doers of a passive are not whom it tells of
            continue
        if low in _PERPETRATORS or low in _ONE_PERPETRATOR:
            return False
        if tok.pos_ == "NOUN" and (_is_person_noun(low) or low in {"people", "persons"}) \
                or tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
            return True  # "A gunman wounded two people. Both later died": the people, not the gunman
    return False


def _doers_before(doc: Doc, i: int) -> bool:
    """The nearest plural before token `i` (in its sentence or the one before) is the attackers: "Two gunmen
    attacked ... One was shot dead and the other was wounded" tells of the gunmen, not of victims. The doers
    of a passive ("shot by police") are skipped."""
    plural = _plural_before(doc, i)
    return plural is not None and plural.lower_ in _PERPETRATORS


def _plural_before(doc: Doc, i: int) -> Token | None:
    """The nearest plural noun before token `i`, in its sentence or the one before, not the doers of a passive."""
    for k in range(i - 1, sents_back(doc, doc[i].sent.start, 1) - 1, -1):
        tok = doc[k]
        if tok.tag_ == "NNS" and tok.head.dep_ != "agent":
            return tok
    return None


def _share_of_doers(doc: Doc, fig: _Figure) -> bool:
    """A bare share whose people are the attackers told just before: "Three gunmen stormed a post ... One of
    them was killed by troops", "Two attackers opened fire. One was shot dead by police" (their deaths are no
    victims' toll). "of them" takes the nearest plural; a bare number ("One was ...") only when the security
    forces felled it, and no more than the attackers counted, since "Gunmen attacked a bus. Two were killed"
    and "Two gunmen opened fire at a mosque. Three were killed" tell of the people attacked."""
    if fig.head not in {None, "them"} or fig.stated is None:
        return False
    doers = _plural_before(doc, fig.start)
    if doers is None or doers.lower_ not in _PERPETRATORS:
        return False
    if fig.head == "them":
        return True
    counted = [CARDINAL_NUMBERS.get(c.lower_) or (int(c.lower_) if c.lower_.isdigit() else None)
               for c in doers.children if c.dep_ == "nummod"]
    if any(n is not None and fig.stated > n for n in counted):
        return False  # more dead than attackers: the people attacked
    person = doc[fig.start]
    verbs = [person.head, *person.head.conjuncts] if person.dep_ == "nsubjpass" else []
    return any(g.lower_ in _SECURITY for v in verbs for c in v.children if c.dep_ == "agent" for g in c.subtree)


_FURTHER = {"more", "other", "others", "additional"}
_FURTHER_CLAUSE = re.compile(r"^\W*(?:in\s+addition\s*,|additionally\b|also\s*,|moreover\s*,)", re.I)
"""A sentence that opens by adding to what came before: "In addition, one civilian was killed"."""
_TOTAL_BEFORE = re.compile(
    r"\b(?:in\s+all|in\s+total|altogether|all\s+told|overall)\s*,?\s*$|\ba\s+total\s+of\s+$", re.I
)
_TOTAL_AFTER = re.compile(r"^\s*(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.I)


_ANOTHER_ATTACK = re.compile(
    r"\b(?:in|during)\s+(?:another|a\s+(?:similar|second|separate|new|further|later|subsequent)|an\s+earlier)\s+"
    r"(?:\w+\s+)?(?:attack|bombing|raid|ambush|blast|explosion|incident|shooting|assault|strike)\b",
    re.I,
)
"""The sentence reports another attack: "two more people were killed in a similar attack"."""


def _adds(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """The figure counts people besides those of the figures before: "Three more died in hospital",
    "a second man", "two other guards", "Another five people were wounded", "Ten officers were also injured", "The blast
    also killed two passers-by", "In addition, one civilian was killed" (DESIGN.md: separate groups add up)."""
    if _ANOTHER_ATTACK.search(sent.text):
        return False  # more dead of another attack add nothing to this one's toll
    if _word(doc, fig.start) == "another" and _word(doc, fig.start - 1) == "yet":
        return False  # "Yet another civilian has been killed": a lament over a series, the victim already told
    if _word(doc, fig.num_end) in _FURTHER or _word(doc, fig.start) == "another" \
            or _word(doc, fig.start - 1) in {"another", "additional"}:
        return True
    if _the_remaining(doc, fig) or _along_with(doc, fig.start - 1) \
            or _word(doc, fig.start - 1) in _POSSESSIVES and _along_with(doc, fig.start - 2):
        return True  # "..., along with his driver": people besides the one told
    if _word(doc, fig.start) in {"his", "her"} and _word(doc, fig.start - 1) == "and" and fig.start - 2 >= sent.start \
            and doc[fig.start - 2].pos_ in {"VERB", "ADV", "ADJ"}:
        return True  # "A man was seriously injured and his grandson suffered minor wounds": his kin is one more
    if _word(doc, fig.start) in {"a", "an"} and _word(doc, fig.start + 1) in ONE_MORE | {"additional", "further"}:
        return True  # "A second man suffered a minor injury", "An additional officer was killed": one more
    after = _after(doc, fig.scan, sent.end)
    if after is not None:
        verb = after[1]
        chain = {doc[k].lower_ for k in range(fig.scan, verb)}
        if "among" in chain:  # "Two elders were also among the dead": a part of the toll, not more
            return False
        if "also" in chain:
            return True
        if (_word(doc, verb + 1), _word(doc, verb + 2)) == ("as", "well") or _word(doc, verb + 1) == "too":
            return True
    j = _word_before(doc, sent, fig.start, _DETERMINERS | {"another"})
    if _word(doc, j) in _KILL_VERBS | _INJURE_VERBS and "also" in {_word(doc, j - 1), _word(doc, j - 2)}:
        return True
    return bool(_FURTHER_CLAUSE.search(doc_text(doc)[sent.start_char : doc[fig.start].idx]))


_ANYONE = frozenset({"people", "persons", "person", "others", "more", "victims", "victim", "individuals",
                     "individual", "man", "men", "woman", "women"})
"""Counted nouns that may take in anyone, so one named after them may be one of them."""


def _one_more_apart(doc: Doc, fig: _Figure, kind: Kind, before: list[CasualtyMention], index: int) -> bool:
    """ "A soldier was killed in the attack. A policeman died when ...": one more person of another kind than the
    people the figure of the same kind just before counts, told in a sentence of its own, is one more of them
    (an indefinite "a policeman" is someone not told yet). Not after people who may take him in ("Five people
    were killed. A policeman ..."), nor one of the same noun ("A soldier ... A soldier"), which may restate."""
    if fig.stated != 1 or _word(doc, fig.start) not in {"a", "an"} or fig.head is None \
            or not _is_person_noun(fig.head) or fig.head in _ANYONE:
        return False
    prev = [m for m in before if m.kind == kind and m.casualties.evidence.end <= doc[fig.start].idx]
    if not prev:
        return False
    last = max(prev, key=lambda m: m.casualties.evidence.start)
    if last.sent == index or last.sent < index - 2 or last.casualties.stated is None:
        return False
    span = doc.char_span(last.casualties.evidence.start, last.casualties.evidence.end, alignment_mode="expand")
    nouns = [t for t in span if t.pos_ == "NOUN"] if span is not None else []
    if not nouns or nouns[-1].lower_ in _ANYONE or not _is_person_noun(nouns[-1].lower_):
        return False
    return nouns[-1].lemma_.lower() != fig.head and nouns[-1].lower_.rstrip("s") != fig.head.rstrip("s")


def _others_than_the_rest(doc: Doc, fig: _Figure, kind: Kind, found: list[CasualtyMention],
                          earlier: list[CasualtyMention]) -> bool:
    """ "... killing 23 and injuring 17. At least 23 civilians were killed and 17 others were wounded": "others" after
    a figure of the other kind in the same sentence, as many as the hurt a sentence before counted and with
    the sentence's other figures counted before too, are others than the dead of a restated toll, not 17 more
    ("A girl was killed and 12 other people were hurt" after three soldiers wounded still adds)."""
    if _word(doc, fig.num_end) not in {"others", "other"} or fig.stated is None:
        return False
    here = [m for m in found if m.casualties.evidence.start >= doc[fig.start].sent.start_char]
    if not here or any(m.kind == kind for m in here):
        return False
    before = [m for m in [*earlier, *found] if m not in here]

    def told_before(k: Kind, stated: int | None) -> bool:
        return any(m.kind == k and m.casualties.stated == stated for m in before)

    # the whole toll restated: the sentence's other figures too ("killing 2 policemen and wounding 5 others"
    # after "killed 3 and wounded 5" is a second attack's toll, which adds)
    return told_before(kind, fig.stated) and all(told_before(m.kind, m.casualties.stated) for m in here)


def _the_remaining(doc: Doc, fig: _Figure) -> bool:
    """ "One was killed and three were freed. The bodies of the remaining 17 hostages were found": the
    remaining are those not told before, so they add to the dead before them."""
    return _word(doc, fig.start - 1) == "remaining" and _word(doc, fig.start - 2) == "the"


_NOW_SAYS = re.compile(
    r"\bnow\s+(?:say|says|believe|believes|put|puts|report|reports|estimate|estimates|confirm|confirms)\b"
    r"[^.;]{0,60}$",
    re.I,
)
"""A source's current figure: "Health officials now say 26 people were killed" (DESIGN.md: it wins)."""


_CORRECTION_NOTE = re.compile(r"^\W*(?:correction|clarification)\s*[:\-\u2013\u2014]", re.I)
"""A correction note's own sentence: "Correction: Nine people were killed in the attack"."""

_AS_REPORTED = r"(?:(?:as|that\s+(?:was|were))\s+)?(?:\w+\s+){0,4}?(?:reported|stated|said|announced|published)\b"
_NOT_AS_REPORTED = re.compile(
    r"^[^.;]{0,80}?\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:\d[\d,]*|(?:"
    + "|".join([*_UNITS, *_TENS]) + r")(?:-\w+)?),?\s+(?:\w+\s+)?" + _AS_REPORTED, re.I)
"""A figure set right against the wrong one: "Nine people were killed, not 19 as first reported"."""


_REASON_CLAUSE = re.compile(r"\b(?:after|when|because|following|once)\b", re.I)
"""A clause after a revised toll that tells why it changed ("revised to nine after three bodies were found")."""


_TOLL_REVISED = re.compile(
    r"\b(?:revised|revises|lowered|lowers|corrected|corrects|reduced|reduces|cut|downgraded|brought)\s+(?:down\s+)?"
    r"(?:the|their|its|his|her|that|this)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:toll|figure|tally|count|number)\b[^.;]{0,60}?"
    r"(?:\bdown\s+)?\b(?:to|at)\s+$"
    r"|\b(?:toll|figure|tally|count|number)\s+(?:was|has\s+been|had\s+been|is)\s+(?:later\s+|since\s+)?"
    r"(?:revised|lowered|corrected|reduced|cut|downgraded)\s+(?:down\s+)?(?:to|at)\s+$",
    re.I,
)
"""A toll set lower, its object named: "revised the death toll from Friday's bombing down to 14", "the toll was
later lowered to 14"; "reduced to rubble" or "Lower Dir" has no toll."""


def revised_figure(sentence: str, start: int, end: int) -> bool:
    """Whether a sentence says that its figure at [start, end) revises an earlier count ("Police later put the figure
    at 14", "Officials revised the death toll ... down to 14", "the toll was lowered to nine", "Officials now say 14
    died", "Correction: Nine people were killed", "Nine were killed, not 19 as first reported"): for the merger, which
    has the records' sentences and not their parse (`_revises` reads the parse)."""
    prefix = sentence[:start]
    hits = [m for m in (r.search(prefix) for r in (_FIGURE_REVISED, _TOLL_REVISED, _NOW_SAYS, _CORRECTION_NOTE)) if m]
    return any(not _REASON_CLAUSE.search(prefix, m.end()) for m in hits) or bool(
        _NOT_AS_REPORTED.search(sentence[end:])
    )


def _a_reason_of_the_revision(doc: Doc, fig: _Figure, found: list[CasualtyMention], index: int) -> bool:
    """ "the death toll had risen to 21 following the deaths of three of the wounded", "put the toll at nine,
    following the discovery of three more bodies": a figure in the clause that tells why the toll just revised
    in this sentence changed is part of that toll, no figure of its own."""
    if not found or found[-1].sent != index or not found[-1].revises:
        return False
    return bool(_REASON_CLAUSE.search(doc_text(doc)[found[-1].casualties.evidence.end : doc[fig.start].idx]))


def _revises(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """The figure is a toll or a total that replaces the figures before, a lower one too: "the death toll rose
    to 14", "officials later lowered the death toll to three", "Police put the figure at 14", "In all, 14
    people died", "14 people were killed in total", "Officials now say 14 died", and the right figure of a
    correction ("Correction: Nine people were killed", "Nine were killed, not 19 as first reported")."""
    text = doc_text(doc)
    prefix = text[sent.start_char : doc[fig.start].idx]
    hits = [m for m in (r.search(prefix) for r in (_FIGURE_REVISED, _TOTAL_BEFORE, _NOW_SAYS, _CORRECTION_NOTE)) if m]
    # "the toll was later revised to nine after three bodies were found": a figure in the clause that gives the
    # revision's reason is no revision itself
    if any(not _REASON_CLAUSE.search(prefix, m.end()) for m in hits) \
            or _NOT_AS_REPORTED.search(text[doc[fig.end - 1].idx : sent.end_char]):
        return True
    j = _word_before(doc, sent, fig.start, _DETERMINERS | _QUOTES)
    if j >= sent.start and doc[j].lower_ in _TOLL_LEAD_WORDS and _toll(doc, sent, fig.start, j) is not None:
        # "the death toll among the police rose to five": one group's share, not the whole toll
        return not any(t.lower_ == "among" for t in doc[max(sent.start, fig.start - 10) : fig.start])
    after = _after(doc, fig.scan, sent.end)
    if after is None:
        return False
    return bool(_TOTAL_AFTER.search(doc_text(doc)[doc[after[1]].idx + len(doc[after[1]]) : sent.end_char]))


_REPORT_VERBS = r"(?:said|reported|put|gave|given|told|announced|estimated|stated|cited)"
_SUPERSEDED = re.compile(
    r"(?:\b(?:initially|originally|previously|at\s+first|earlier)\b[^.;]{0,30}?"
    r"\b(?:said|say|says|saying|reported|reporting|put|putting|gave|estimated|told|announced|counted|confirmed"
    r"|toll|tally|count|figure|reports?)\b"
    # "An earlier police statement", "the initial official count", "An earlier version of this story"
    r"|\b(?:first|early|earlier|initial|preliminary|previous|original)\s+(?:\w+\s+){0,2}?"
    r"(?:reports?|accounts?|figures?|estimates?|tolls?|counts?|tally|tallies|information|indications"
    r"|statements?|versions?|bulletins?|briefings?|assessments?|announcements?)\b"
    # "Police said earlier that", "as officials reported earlier on Sunday", but not "said earlier attacks"
    r"|\b" + _REPORT_VERBS + r"\s+earlier\b(?!\s+(?:\w+\s+)?(?:attacks?|bombings?|raids?|blasts?|explosions?"
    r"|incidents?|clashes|shootings?|ambush(?:es)?|strikes?|violence)\b)"
    # a report in the past perfect is one before the story's own: "The army had put the toll at four"
    r"|(?P<perfect>\bhad\s+(?:(?!been\b)\w+\s+)?" + _REPORT_VERBS + r"\b)"
    # a correction note: "An earlier version misstated the toll as", "wrongly reported that"
    r"|\b(?:misstated|misreported|(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:\w+\s+)?"
    r"(?:said|stated|reported|gave|put|listed|described))\b)"
    r"(?P<rest>[^.;]{0,90})$",
    re.I,
)
"""An earlier report of a toll, told as such before its figure: "Officials initially put the death toll at",
"Earlier, police said", "Police said earlier that", "First reports said", "the initial toll of", "An earlier
police statement had put the toll at", and the wrong figure of a correction note ("An earlier version of this
story said", "misstated the toll as")."""


_UPDATED = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|grew|grown|reached|stands|stood|now|since"
    r"|later|but|raised|revised|updated|lowered)\b",
    re.I,
)
"""An update told between the earlier report and the figure, which is then the update's: "initially put at 26,
now stands at 32", "initially said 26 had died, and by Monday the toll had risen to 32"."""


_BY_THEN = re.compile(
    r"\bby\s+(?:late\s+|early\s+|mid-?)?(?:\w+day|nightfall|dawn|dusk|noon|midnight|evening|morning|afternoon"
    r"|then|the\s+(?:end|evening|morning|afternoon|time)|\d)",
    re.I,
)
"""A time the past perfect reaches up to: "By Monday evening, officials had put the toll at 30" is no earlier
report but the state by then."""


def _superseded(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """The figure is a report the text marks as earlier than another (DESIGN.md: the current figure wins)."""
    prefix = doc_text(doc)[sent.start_char : doc[fig.start].idx]
    m = _SUPERSEDED.search(prefix)
    if m is None or _UPDATED.search(m.group("rest")):
        return False
    return not (m.group("perfect") and _BY_THEN.search(prefix))


_LATER_REPORT = re.compile(r"\b(?:later|now|since|subsequently|eventually|latest|updated|revised)\b", re.I)


_SOURCE_SAYS = re.compile(
    r"\b(?:said|says|say|saying|told|reported|reports|confirmed|confirms|announced|stated|according\s+to|put|puts"
    r"|gave|gives|estimated|counted)\b",
    re.I,
)


def _updates(doc: Doc, sent: Span, fig: _Figure, kind: Kind, before: list[CasualtyMention], index: int) -> bool:
    """A later report of a toll told before as an earlier one ("Initial reports said 40 were killed. Police
    later said 32 had died"): it replaces that report, a higher one too. With no word of time, a source's own
    figure right after the earlier report is the current one too ("Initial reports said 40 were killed. Police
    said 32 died"), but not a part of the dead ("Two of the dead were children", "Police said two of them were
    children", "including ten children") nor more of them."""
    if not any(m.superseded and m.kind == kind for m in before):
        return False
    prefix = doc_text(doc)[sent.start_char : doc[fig.start].idx]
    later = [m.end() for m in _LATER_REPORT.finditer(prefix)]
    if later:
        # "... was later revised to nine after three bodies were found": the reason's figure is no later report
        return not _REASON_CLAUSE.search(prefix, later[-1])
    last = next((m for m in reversed(before) if m.kind == kind), None)
    if last is None or not last.superseded or last.sent >= index or not _SOURCE_SAYS.search(sent.text):
        return False
    part = _word(doc, fig.num_end) == "of" or _word(doc, fig.start - 1) in {"including", "among"} \
        or any(t.lower_ == "among" for t in doc[fig.end : sent.end])
    return not part and not _adds(doc, sent, fig)


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their"})
_QUOTES = frozenset({'"', "“", "'"})
_BEFORE_A_FIGURE = _DETERMINERS | _QUOTES | {"another", "all"}
"""Words between a casualty verb and its figure ("killing the", "wounding another", "killing all five", a
quotation mark)."""


def _word_before(doc: Doc, sent: Span, start: int, skip: frozenset[str]) -> int:
    """Index of the last token before `start` that is not in `skip` (below `sent.start` when none is)."""
    j = start - 1
    while j >= sent.start and doc[j].lower_ in skip:
        j -= 1
    return j


_NO_ONE = {"none", "neither", "nobody", "noone"}


def _negated(doc: Doc, fig: _Figure, sent: Span) -> bool:
    """A count the text denies: "No one was killed", "not a single soldier was hurt", "None of the 40
    passengers were injured", "nobody among the 12 guards". It states no casualty, so it is no figure
    (as "no deaths" gives none), never a figure of one."""
    j = fig.start - 1
    if j < sent.start:
        return False
    if _word(doc, j) in {"no", "not", "nor"}:
        return True
    if _word(doc, j) in {"the", "his", "her", "their", "its", "our"}:
        j -= 1
    if _word(doc, j) not in {"of", "among"}:
        return False
    before = _word(doc, j - 1)
    return before in _NO_ONE or before == "one" and _word(doc, j - 2) in {"no", "not"}


def _neutralised(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """The figure's casualty word is "neutralised", which says killed of armed men only."""
    after = _after(doc, fig.scan, sent.end)
    if after is not None:
        return doc[after[1]].lower_ in _NEUTRALISED
    return _word(doc, _word_before(doc, sent, fig.start, _BEFORE_A_FIGURE)) in _NEUTRALISED


def _add(mentions: list[CasualtyMention], mention: CasualtyMention) -> None:
    """Append unless a figure with the same evidence start is there (enumerations are read twice)."""
    start = mention.casualties.evidence.start
    if all(m.casualties.evidence.start != start for m in mentions):
        mentions.append(mention)


def _including_kind(doc: Doc, fig: _Figure, found: list[CasualtyMention]) -> Kind | None:
    """ "At least 40 people, including 9 attackers, were killed": the kind of the enclosing total."""
    if _word(doc, fig.start - 1) not in {"including", "both"} or not found:
        return None
    return found[-1].kind


def _enclosing_kind(doc: Doc, fig: _Figure, found: list[CasualtyMention], sent: Span) -> Kind | None:
    """The kind of the total right before "including" that opens `fig`, in the same clause: "17 people were
    killed, including two assailants and a child, and six were injured" (the two are among the dead, whatever
    a later verb says, even when no comma closes the aside)."""
    if _word(doc, fig.start - 1) != "including" or not found:
        return None
    ev = found[-1].casualties.evidence
    gap = doc_text(doc)[ev.end : doc[fig.start - 1].idx]
    if ev.start < sent.start_char or len(gap) > 40 or any(ch.isdigit() or ch in ";:" for ch in gap):
        return None
    return found[-1].kind


def _mark_including(doc: Doc, fig: _Figure, found: list[CasualtyMention]) -> None:
    if found and _word(doc, fig.start - 1) in {"including", "both"}:
        found[-1].casualties.includes_perpetrators = True


def _includes_perpetrators(doc: Doc, fig: _Figure, sent: Span) -> bool:
    """ "Fourteen people died, including both police and gunmen": the total counts the attackers."""
    j = fig.end
    stop = min(sent.end, fig.end + 8)
    while j < stop and doc[j].lower_ != "including":
        j += 1
    if j >= stop:
        return False
    end = _including_end(doc, fig, j, sent)
    return any(doc[k].lower_ in _PERPETRATORS for k in range(j + 1, min(end, j + 10)))


def _including_end(doc: Doc, fig: _Figure, j: int, sent: Span) -> int:
    """Where the list opened by "including" at `j` ends. Set off inside a subject ("Four officers,
    including the chief, and five gunmen were killed") it closes at the last comma before the verb, so a
    group coordinated after it is no part of it; after the verb it runs on, up to a clause of its own
    (", and three gunmen were wounded")."""
    if not any(doc[k].pos_ in {"VERB", "AUX"} for k in range(fig.end, j)):
        verb = next((k for k in range(j + 1, sent.end) if doc[k].pos_ in {"VERB", "AUX"}
                     and doc[k].dep_ not in {"acl", "amod", "relcl", "advcl"}), sent.end)
        commas = [k for k in range(j + 1, verb) if doc[k].text == ","]
        return commas[-1] if commas else verb
    for k in range(j + 1, sent.end - 2):
        if doc[k].text == ";" or doc[k].text == "," and _word(doc, k + 1) in {"and", "while", "but"} \
                and (doc[k + 2].like_num or _word(doc, k + 2) in _UNITS):
            return k
    return sent.end


def _respective(doc: Doc, sent: Span, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "Bombs exploded in Kirkuk and Mosul, killing five and seven people respectively": coordinated numbers
    that 'respectively' pairs with another list are one figure each (the first read alone, the rest not at
    all); each keeps its place in the list, for the event it counts."""
    if "respectively" not in doc_lowers(doc)[sent.start : sent.end]:
        return found
    out: list[CasualtyMention] = []
    for m in found:
        ev = m.casualties.evidence
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        first = next((t.i for t in span if t.like_num), None) if span is not None else None
        more = _listed_numbers(doc, first, sent.end) if first is not None else []
        if not more:
            out.append(m)
            continue
        out.append(replace(m, respective=0))
        for k, (a, b, value) in enumerate(more, start=1):
            ev_span = doc[a:b]
            one = Casualties(stated=value, qualifier="exact", min=value, max=value,
                             evidence=EvidenceSpan(start=ev_span.start_char, end=ev_span.end_char, text=ev_span.text))
            out.append(replace(m, casualties=one, respective=k))
    return out


def _listed_numbers(doc: Doc, i: int, end: int) -> list[tuple[int, int, int]]:
    """The numbers listed after the one at `i` ("five and seven", "two, three and four"): (first token, end,
    value) of each, or none when no list follows."""
    first = _parse_number(doc, i, end)
    if first is None:
        return []
    out: list[tuple[int, int, int]] = []
    j = first[1]
    while j < end:
        k = j + 1 if doc[j].text == "," else j
        last = _word(doc, k) == "and"
        k += 1 if last else 0
        if k == j:
            break
        nxt = _parse_number(doc, k, end)
        if nxt is None or not doc[k].like_num:
            break
        out.append((k, nxt[1], nxt[0]))
        j = nxt[1]
        if last:
            return out
    return []


def _one_person(kind: Kind, start: int, end: int, text: str, sent: int, count: int = 1) -> CasualtyMention:
    """One person killed or injured, as a named victim or "blew himself up" states it (`count` named ones
    when names are coordinated)."""
    one = Casualties(stated=count, qualifier="exact", min=count, max=count,
                     evidence=EvidenceSpan(start=start, end=end, text=text))
    return CasualtyMention(kind=kind, casualties=one, sent=sent)


_SELF = re.compile(
    r"\b(?:killing|killed|kills|shot|shooting)\s+(?:him|her)self\b|\bblew\s+(?:him|her)self\s+up\b"
    r"|\bblowing\s+(?:him|her)self\s+up\b|\bdetonated\s+(?:him|her)self\b"
    # "before turning the gun on himself", "then turned his weapon on herself": the shooter's suicide
    r"|\bturn(?:ed|ing|s)?\s+(?:the|his|her|a)\s+(?:gun|weapon|rifle|pistol|handgun|firearm|shotgun)\s+on\s+"
    r"(?:him|her)self\b"
    r"|\bin\s+addition\s+to\s+the\s+(?:suicide\s+)?(?:assailant|attacker|bomber|gunman|perpetrator)\b",
    re.I,
)


_SUICIDE_ACTS = frozenset({"detonate", "explode", "strike", "ram", "drive", "attack", "target", "hit", "trigger",
                           "kill", "set", "crash", "walk", "storm"})
_NOT_DONE = frozenset({"would-be", "potential", "failed", "suspected", "alleged", "would", "be", "intended"})
_BOMBER_CAUGHT = re.compile(
    r"\b(?:bomber|bombers|assailant|assailants|attacker|attackers)\b[^.;]{0,60}?\b(?:was|were)\s+(?:\w+\s+)?"
    r"(?:arrested|captured|detained|caught|apprehended|wounded|injured|hurt|overpowered|subdued|intercepted)\b"
    r"|\b(?:arrested|captured|detained|caught|apprehended|intercepted)\s+(?:the\s+|a\s+)?(?:would-be\s+)?"
    r"(?:suicide\s+)?bombers?\b|\bsurvived\b"
    # a bomber who got away ("A second suicide bomber escaped", "while the other fled"): not every one died
    r"|\b(?:bombers?|assailants?|attackers?|other|second)\b[^.;]{0,60}?\b(?:fled|escaped|got\s+away)\b"
    # the text speaks of the attackers' own toll ("attacker casualties are not known"): its word stands
    r"|\b(?:assailant|attacker|perpetrator|militant|insurgent)s?['’]?\s+casualties\b",
    re.I,
)


def _suicide_bombers(doc: Doc, sents: list[Span], perps: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "A suicide bomber detonated his vest at a checkpoint", "Two suicide bombers struck a market": who blows
    himself up in the act dies of it, so a counted suicide bomber as the doer of the act is so many perpetrators
    killed (GTD counts them). Only when the text counts no attacker's casualty itself, tells no bomber caught,
    hurt or surviving, nor weighs the attackers' casualties, and the act was done (not "tried to detonate", not
    "a would-be suicide bomber", not "might attack" nor "whether a suicide bomber detonated"), nor any bomber
    said to have fled or escaped."""
    if any(m.kind == "killed" for m in perps) or _BOMBER_CAUGHT.search(doc_text(doc)):
        return []
    for index, sent in enumerate(sents):
        for tok in sent:
            if tok.lower_ not in {"bomber", "bombers"} or tok.dep_ != "nsubj" \
                    or not any(_word(doc, k) == "suicide" for k in range(tok.i - 3, tok.i)):
                continue
            if any(c.lower_ in _NOT_DONE for c in tok.children) or any(_word(doc, k) in _NOT_DONE
                                                                        for k in range(tok.i - 4, tok.i)):
                continue
            verb = tok.head
            if verb.lemma_.lower() not in _SUICIDE_ACTS or any(c.dep_ == "neg" for c in verb.children):
                continue
            if any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in {"whether", "if"}
                   for c in verb.children):
                continue  # "feared a suicide bomber might attack", "whether a suicide bomber detonated it"
            first = min(t.i for t in tok.subtree)
            words = doc[first : tok.i + 1]
            number = next((c for c in tok.children if c.dep_ == "nummod"), None)
            if tok.lower_ == "bomber":
                count = 1
            elif number is not None and number.lower_ in CARDINAL_NUMBERS:
                count = CARDINAL_NUMBERS[number.lower_]
            elif number is not None and number.text.isdigit():
                count = int(number.text)
            else:
                return []  # "Suicide bombers drove into the convoy": how many is not told
            return [_one_person("killed", words.start_char, words.end_char, words.text, index, count)]
    return []


def _self_inflicted(doc: Doc, sent: Span, index: int, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "before killing himself", "blew himself up", "In addition to the bomber, two people were killed":
    one perpetrator dead, as the text says."""
    out: list[CasualtyMention] = []
    text = doc_text(doc)
    for m in _SELF.finditer(text, sent.start_char, sent.end_char):
        if m.group(0).lower().startswith("in addition"):
            kind = next((c.kind for c in found if c.casualties.evidence.start > m.end()), None)
            if kind is None:
                continue
        else:
            kind = "killed"
            if any(o.kind == "killed" for o in out):
                continue  # "blew himself up ..., killing himself and 11 others": one death told twice in a sentence
        out.append(_one_person(kind, m.start(), m.end(), m.group(0), index))
    return out


_LIST_OPENERS = {",", "-", "–", "—", ":"}
"""Marks that open a list naming the ones just counted ("two hurt, a Kenyan and a Nigerian")."""


def _trailing_one(doc: Doc, fig: _Figure, sent: Span) -> _Figure:
    """ "Four villagers were hurt, one seriously, and a soldier": one more, at the clause end."""
    after = _after(doc, fig.scan, sent.end)
    if after is None:
        return fig
    j = after[1] + 1
    limit = min(sent.end, j + 10)
    while j < limit and doc[j].lower_ != "and":
        if doc[j].pos_ in {"VERB", "AUX"}:
            return fig
        j += 1
    if j >= limit or _word(doc, j + 1) not in {"a", "an"}:
        return fig
    if any(doc[t].lower_ in {"a", "an"} and doc[t - 1].text in _LIST_OPENERS for t in range(after[1] + 1, j)):
        # "Two policemen were hurt, a Kenyan and a Nigerian": the list names the two; not "hurt in a grenade
        # attack on Monday, and a soldier"
        return fig
    k = j + 2
    while k < sent.end and doc[k].pos_ in {"ADJ", "NOUN", "PROPN"} and doc[k].is_alpha:
        k += 1
    head = doc[k - 1].lower_
    if k == j + 2 or head in _NOT_PEOPLE or head in _PERPETRATORS:
        return fig
    same = _KILL_WORDS if doc[after[1]].lower_ in _KILL_WORDS else _INJURE_WORDS
    also = _word(doc, k) in {"was", "is"} and (_word(doc, k + 1) in same or _word(doc, k + 2) in same)
    if k < sent.end and doc[k].text not in {".", ";", "!"} and not also:
        return fig
    lo = None if fig.lo is None else fig.lo + 1
    hi = None if fig.hi is None else fig.hi + 1
    return _Figure(fig.start, k, fig.num_end, (fig.stated or 0) + 1, fig.qualifier, lo, hi, head)


def _leading_one(doc: Doc, fig: _Figure, sent: Span) -> _Figure:
    """ "Okafor and two other passengers were killed", "the governor and two of his bodyguards died": the
    one named before "and N other" / "and N of his ..." counts too."""
    i = fig.num_end
    of_his = _word(doc, i) == "of" and _word(doc, i + 1) in {"his", "her"}
    if not (_word(doc, i) in {"other", "others"} or of_his) or fig.start - 2 < sent.start \
            or _word(doc, fig.start - 1) != "and":
        lead = _name_lead(doc, fig, sent) or _apposed_name_lead(doc, fig, sent) or _listed_lead(doc, fig, sent)
        if lead is None:
            return fig
        first, more = lead
        lo = None if fig.lo is None else fig.lo + more
        hi = None if fig.hi is None else fig.hi + more
        return _Figure(first, fig.end, fig.num_end, (fig.stated or 0) + more, fig.qualifier, lo, hi, fig.head,
                       fig.scan_from)
    person = doc[fig.start - 2]
    if not (person.pos_ == "PROPN" or (person.tag_ == "NN" and _is_person_noun(person.lower_))):
        return fig
    if _word(doc, i) == "others" and person.pos_ != "PROPN":
        return fig  # "The cleric and two others": the noun is a figure of its own, read apart
    if (of_his or _word(doc, i) == "others") and person.pos_ == "PROPN" and person.ent_type_ not in {"PERSON", ""} \
            and not _named_before(person):
        return fig  # "Kabul and two of his ...", "Kabul and three others": a place or an organisation is no one killed
    first = fig.start - 2
    while of_his and first - 1 >= sent.start and doc[first - 1].pos_ == "PROPN":
        first -= 1  # the whole name: "Governor Mohammad Dawood Muzammil"
    lo = None if fig.lo is None else fig.lo + 1
    hi = None if fig.hi is None else fig.hi + 1
    return _Figure(first, fig.end, fig.num_end, (fig.stated or 0) + 1, fig.qualifier, lo, hi, fig.head,
                   fig.scan_from)


def _named_before(tok: Token) -> bool:
    """The word was part of a person's name earlier in the text ("a candidate, Peter Obi Nwosu, ... Nwosu and two
    others"): the surname alone is the person, whatever the tagger now calls it."""
    return any(t.text == tok.text and t.ent_type_ == "PERSON" for t in tok.doc[: tok.i])


def _besides_one(doc: Doc, fig: _Figure, sent: Span) -> _Figure:
    """ "In addition to the conductor, four other passengers died": the one person the clause sets apart
    from the "N other" counts too (five). Only one person named by a noun ("the driver", "a guard"); a
    figure there ("In addition to four assailants, ...") is read as a figure of its own."""
    if _word(doc, fig.num_end) not in {"other", "more"} or _word(doc, fig.start - 1) != ",":
        return fig
    k = sent.start
    while k < fig.start and not doc[k].is_alpha:
        k += 1
    if (_word(doc, k), _word(doc, k + 1), _word(doc, k + 2)) != ("in", "addition", "to") and _word(doc, k) != "besides":
        return fig
    first = k + 3 if _word(doc, k) == "in" else k + 1
    noun = fig.start - 2  # the word before the comma
    if _word(doc, first) not in {"the", "a", "an", "one"} or noun - first > 3 or noun <= first \
            or doc[noun].tag_ != "NN" or not any(doc[t].is_alpha for t in range(first + 1, noun + 1)) \
            or not (_is_person_noun(doc[noun].lower_) or doc[noun].lower_ in _ONE_PERPETRATOR):
        return fig
    lo = None if fig.lo is None else fig.lo + 1
    hi = None if fig.hi is None else fig.hi + 1
    return _Figure(first, fig.end, fig.num_end, (fig.stated or 0) + 1, fig.qualifier, lo, hi, fig.head,
                   fig.scan_from)


def _name_lead(doc: Doc, fig: _Figure, sent: Span) -> tuple[int, int] | None:
    """A person's name that leads the figure's list: "Nasser and four relatives", "Musa Bello and his wife"
    (one more), "Nasser, a tribal leader, and four relatives" (the apposition is Nasser: none more). Returns
    the name's first token and how many it adds; None when no person's name (by NER) leads."""
    start = fig.start - 1 if _word(doc, fig.start - 1) in {"his", "her"} else fig.start  # "and his two sons"
    if _word(doc, start - 1) == "and":
        more = 1
    elif _word(doc, fig.start - 1) == "," and _word(doc, fig.start) in {"a", "an"} and any(
            doc[k].text == "," and _word(doc, k + 1) == "and" for k in range(fig.start, fig.end)):
        more = 0
    else:
        return None
    p = start - 2
    if p < sent.start or doc[p].pos_ != "PROPN" or not (doc[p].ent_type_ == "PERSON" or _his_own(doc, fig, start, p)):
        return None
    label = doc[p].ent_type_
    first = p
    while first - 1 >= sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == label:
        first -= 1
    # the words that say who the person is: "killed Mogadishu resident Ali Hassan and a soldier", "shot village
    # chief Musa Bello and his wife" (the verb is before them)
    while first - 1 >= sent.start and doc[first - 1].dep_ in {"compound", "amod"} \
            and first <= doc[first - 1].head.i <= p:
        first -= 1
    return first, more


def _listed_lead(doc: Doc, fig: _Figure, sent: Span) -> tuple[int, int] | None:
    """Single persons the parse coordinates before the figure ("The judge, his wife, and his two sons",
    "Okafor, a local chief, and his two sons", "the informer and his three daughters"): one more each, an
    apposition being no one more. None unless every conjunct before is one person (a name that is no known
    place or group, or a singular person noun with its determiner), so counts and groups stay the
    enumeration's."""
    if fig.head in {"others", "more"}:
        return None  # "The cleric and two others": the person before "and N others" is counted where "others" is read
    # the head after the number, or in the words of one person ("Okello and a bystander")
    head = next((doc[k] for k in range(fig.end - 1, fig.start - 1, -1) if doc[k].lower_ == fig.head), None)
    if head is None or head.dep_ != "conj":
        return None
    root = head
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    before = [t for t in (root, *root.conjuncts) if t.i < fig.start]
    if not before or root.i < sent.start or any(
            a.dep_ == "appos" and a.left_edge.i <= fig.start <= a.i for t in before for a in t.children):
        return None  # the figure starts at the apposition, which counts the name already
    kin = any(t.lower_ in _KIN or t.lower_.rstrip("s") in _KIN for t in (head, *before))  # "the magistrate, his wife"
    for t in before:
        if t.tag_ == "NNP" or _misread_name(t):
            name = doc[min([c.i for c in t.children if c.dep_ == "compound" and c.i < t.i] + [t.i]) : t.i + 1]
            # NER takes many surnames for places, but no place is what was killed or injured
            place = t.ent_type_ in {"GPE", "LOC", "FAC"} and not (t is root and t.dep_ == "nsubjpass")
            if place or t.ent_type_ == "NORP" or gazetteer().lookup(name.text) is not None:
                return None
        elif not (t.tag_ == "NN" and (_is_person_noun(t.lower_) or kin and t.lower_ not in _NOT_PEOPLE)
                  and t.lower_ not in _ONE_PERPETRATOR and any(c.dep_ in {"det", "poss"} for c in t.children)):
            return None
    return root.left_edge.i, len(before)


def _apposed_name_lead(doc: Doc, fig: _Figure, sent: Span) -> tuple[int, int] | None:
    """A name set off by its apposition before a list of counted groups: "Okoro, the deputy governor, two guards
    and a driver" (one more: the name and its apposition are one person). The apposition starts with an
    article and its head is one person's office or trade ("the deputy governor and former speaker of the
    assembly"); the name is no known place or group and follows no preposition ("In Lagos, the governor, ..."
    sets the scene). Returns the name's first token and 1; None otherwise."""
    end = fig.start - 1 - (_word(doc, fig.start - 1) in _POSSESSIVES)  # "..., and his two sons"
    end -= _word(doc, end) == "and"  # "Okoro, the deputy governor, and two guards"
    if _word(doc, end) != "," or end - 1 <= sent.start:
        return None
    comma = next((k for k in range(end - 2, max(sent.start, end - 16) - 1, -1) if doc[k].text in {",", ";", "("}),
                 None)
    if comma is None or doc[comma].text != "," or _word(doc, comma + 1) not in {"the", "a", "an"}:
        return None
    words = doc[comma + 1 : end]
    # a participle modifying a noun is no verb: "a government-allied clan elder", "a newly appointed judge"
    if any(t.pos_ in {"VERB", "AUX", "NUM"} and t.dep_ != "amod" or t.like_num for t in words):
        return None
    # "the village head" is one person's office, whatever "500 head of cattle" counts; of two offices ("a
    # bishop-elect and scholar") either may say it
    if not any(head.tag_ in {"NN", "NNP"} and (_is_person_noun(head.lower_) or head.lower_ == "head")
               and head.lower_ not in _ONE_PERPETRATOR and head.lower_ not in _PERPETRATORS
               for head in (words.root, *(c for c in words.root.conjuncts if comma < c.i < end))):
        return None
    last = doc[comma - 1]
    if not (last.tag_ == "NNP" or _misread_name(last)):
        return None
    first = comma - 1
    while first - 1 >= sent.start and doc[first - 1].tag_ == "NNP":
        first -= 1
    name = doc[first:comma]
    if name.root.ent_type_ in {"NORP", "FAC", "LOC"} or gazetteer().lookup(name.text) is not None:
        return None
    if first > sent.start and (doc[first - 1].pos_ == "ADP" or _word(doc, first - 1) in {",", "and", "or"}):
        return None
    return first, 1


def _misread_name(tok: Token) -> bool:
    """A capitalised word the tagger took for an adjective though the parse makes it an argument ("Otieno and a
    friend were shot dead": an unfamiliar surname at the head of a sentence): no adjective heads a subject or
    an object, so it is a name."""
    return tok.pos_ == "ADJ" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.is_alpha and not tok.is_stop \
        and tok.text[:1].isupper() and tok.text[1:].islower()


def _his_own(doc: Doc, fig: _Figure, start: int, p: int) -> bool:
    """ "Okafor and his driver": the name the parse coordinates with "his/her <people>" is a person's,
    whatever NER calls it (a sentence-initial surname often gets no label, or a place's)."""
    return _word(doc, start) in {"his", "her"} and _word(doc, p + 1) == "and" and doc[p].tag_ == "NNP" \
        and any(c.dep_ == "conj" and fig.start <= c.i < fig.end for c in doc[p].children) \
        and gazetteer().lookup(doc[p].text) is None


def _harm_denied(verb: Token) -> bool:
    """ "Khan was not injured in the attack": the harm verb naming a person is negated, so he came to no harm (for
    the names NER finds and for those the parse finds)."""
    return any(c.dep_ == "neg" for c in verb.children)


def _named_victims(doc: Doc, index_of: dict[int, int], figures: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "the murder of Darya Dugina", "X was assassinated": one person killed, named."""
    out: list[CasualtyMention] = []
    for ent in doc_ents(doc):
        if ent.label_ not in {"PERSON", "ORG"} or ent.start < 2:
            continue
        of = _killing_of(doc, ent)
        if ent.label_ == "ORG" and (of is None and not _titled_name(ent) or of is not None and _word(doc, of) != "of"
                                    and not _ranked_name(ent) or gazetteer().lookup(ent.text) is not None):
            # a name NER takes for an organisation counts as the second of a listed killing ("and of X"), as a
            # rank and a name after the killing noun, or, with no killing noun, as a titled name ("Constable
            # Bello was shot dead"); never when it is a listed place
            continue
        shot = _shooting_of(doc, ent) if of is None else None
        noun_at = of if of is not None else shot[0] if shot is not None else None
        if noun_at is not None and _another_acts_harm(doc, noun_at):
            continue  # "The firebombing came after the shooting of Tom Reyes by a police officer": another act's harm
        if shot is not None:  # "the shooting of Inspector Ruiz": shot, so hurt unless his death is told
            span = doc[shot[0] : ent.end]
            out.append(_one_person(shot[1], span.start_char, span.end_char, span.text, index_of.get(ent.start, 0)))
            continue
        cue = of is not None
        root = _plural_named(ent.root)
        head = root.head
        killed = {"killed", "murdered", "assassinated", "slain", "kill", "killing", "murdering", "assassinating",
                  "beheaded", "executed", "lynched"}
        hit = killed | _HURT_ONE  # "Paul Nkeng was injured", "wounded Paul Nkeng": one person injured
        survived = _shot_then_survived(head)
        passive = root.dep_ == "nsubjpass" and (head.lower_ in hit or _shot_then_died(head) is not None or survived)
        # "stabbed police sergeant X to death": the verb's "to death" kills
        active = ent.root.dep_ == "dobj" and head.i < ent.start and (head.lower_ in hit or head.lower_ in _TO_DEATH
                                                                     and _to_death_after(head))
        if not (cue or passive or active):
            continue
        if not cue and _harm_denied(head):
            continue
        died = (_died_of_it(head) or _shot_then_died(head)) if passive else None
        kind: Kind = "injured" if not cue and (head.lower_ in _HURT_ONE or survived) and died is None \
            and _word(doc, head.i - 1) not in _FATALLY else "killed"  # "fatally wounding X" kills X
        first = of if of is not None else head.i if active else root.left_edge.i if root is not ent.root \
            else ent.start
        last = ent.end if cue or active else (died or head).i + 1
        kin = _coordinated_kin(ent.root)
        listed = _coordinated_names(doc, ent.root) if passive or active else []
        span = doc[first : max([last] + [c.i + 1 for c in kin + listed])]
        count = 1 + len(listed) + len(kin)
        out.append(_one_person(kind, span.start_char, span.end_char, span.text, index_of.get(ent.start, 0), count))
    taken = {(m.casualties.evidence.start, m.casualties.evidence.end) for m in out}
    for first, last, kind in _parsed_named_victims(doc):
        span = doc[first:last]
        if any(a < span.end_char and span.start_char < b for a, b in taken):
            continue
        if any(t.lower_ in _HURT_ONE | _KILL_WORDS | {"hurt", "harmed"} and _harm_denied(t) for t in span):
            continue
        taken.add((span.start_char, span.end_char))
        root = doc[first]
        while root.dep_ == "compound" and root.head.i > root.i:
            root = root.head
        name = next((t for t in span if t.tag_ == "NNP" and t.dep_ in {"nsubjpass", "dobj"}), root)
        kin = _coordinated_kin(name)
        listed = _coordinated_names(doc, name) if name.dep_ in {"nsubjpass", "dobj"} else []
        span = doc[first : max([last] + [c.i + 1 for c in kin + listed])]
        count = 1 + len(listed) + len(kin)
        out.append(_one_person(kind, span.start_char, span.end_char, span.text, index_of.get(first, 0), count))
    out.extend(_named_died_later(doc, out + figures, index_of))
    return out


_HURT_ONE = {"injured", "wounded", "injuring", "wounding"}
_AVENGING = r"in\s+(?:" + "|".join(sorted(RETALIATION_NOUNS)) + r")\s+(?:for|to)|to\s+avenge"
"""The words that set a harm as the one avenged ("in revenge for", "in retaliation for", "to avenge")."""
_ANOTHER_ACTS_HARM = re.compile(
    r"\b(?:after|since|following|before|in\s+the\s+wake\s+of|" + _AVENGING + r")\s+(?:the\s+)?$", re.I
)
"""What a harm noun comes after ("came after the shooting of X by a police officer", "in revenge for the killing of
X", "a week after the killing of four soldiers") sets it before or apart from the act the sentence tells."""
_REVENGED_HARM = re.compile(r"\b(?:" + _AVENGING + r")\s+(?:the\s+)?$", re.I)
"""A harm avenged ("carried out in retaliation for the death of a member"): always another, earlier act's, whatever
the main clause tells (a reprisal is never for itself)."""
_ACT_TOLD_VERBS = PLOTTED_VERBS | CHARGED_HARM_VERBS | {
    "storm", "raid", "ambush", "assault", "firebomb", "torch", "burn", "behead", "execute", "detonate", "explode",
    "retaliate", "avenge", "ransack", "loot", "shell"}
_ACT_TOLD_NOUNS = frozenset({
    "attack", "bombing", "firebombing", "blast", "explosion", "ambush", "assault", "raid", "shooting", "massacre",
    "arson", "riot", "violence", "clash", "killing", "reprisal", "retaliation", "rampage", "stabbing", "shelling"})


def _main_clause_tells_an_act(doc: Doc, h: int) -> bool:
    """The sentence of the harm noun at `h` tells a violent act of its own in its main clause: its verb is one
    ("Gunmen burned a police post in revenge for ..."), or its subject names one ("The firebombing came after ...")."""
    root = doc[h].sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    return any(v.lemma_.lower() in _ACT_TOLD_VERBS or any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _ACT_TOLD_NOUNS for c in v.children) for v in verbs)


def _another_acts_harm(doc: Doc, h: int) -> bool:
    """The harm noun at `h` comes after "after", "since", "following", "in revenge for" ... and the sentence's main
    clause tells the act it comes after: the harm is that other act's ("The firebombing came after the shooting of
    Tom Reyes"). With no act of its own told ("Following the assassination of Tom Reyes, troops were deployed",
    "No group has claimed responsibility since the killing of two soldiers") the harm is the only act's."""
    text, lo = doc_text(doc), max(0, doc[h].idx - 40)
    return _ANOTHER_ACTS_HARM.search(text, lo, doc[h].idx) is not None and (
        _REVENGED_HARM.search(text, lo, doc[h].idx) is not None or _main_clause_tells_an_act(doc, h))


def _plural_named(name: Token) -> Token:
    """ "Police officers Ali Musa and Peter Okon were killed": names set beside a plural person noun with no count,
    which takes the verb for them; the name itself otherwise."""
    head = name.head
    if name.dep_ == "appos" and head.tag_ == "NNS" and _is_person_noun(head.lower_) \
            and head.lower_ not in _PERPETRATORS and not any(c.dep_ == "nummod" for c in head.children):
        return head
    return name


def _to_death_after(verb: Token) -> bool:
    """ "stabbed X to death": the verb has "to death" on it."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in verb.children)


def _shot_then_survived(verb: Token) -> bool:
    """ "X was shot, but survived his wounds": the one shot lived, so he is hurt."""
    return verb.lower_ in {"shot", "stabbed"} and any(
        c.dep_ == "conj" and c.i > verb.i and c.lower_ == "survived" for c in verb.children)


def _shot_then_died(verb: Token) -> Token | None:
    """ "X was shot in the chest and died from his wounds": a death conjoined to the shooting or stabbing, with no
    subject of its own, is the same person's (killed). Returns the death's verb."""
    if verb.lower_ not in {"shot", "stabbed"}:
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.lower_ in _DIE | {"perished"}
                 and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)


def _died_of_it(verb: Token) -> Token | None:
    """ "X was wounded during the raid and later died of his wounds", "was badly wounded and later
    succumbed": the death conjoined to the wound verb, with no subject of its own, is the same person's, who
    counts as killed, not injured (GTD). Returns the death's verb."""
    if verb.lower_ not in _HURT_ONE:
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.lower_ in _DIE | {"perished"}
                 and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None) or _dying_after(verb)


_DYING = frozenset({"succumbing", "dying"})


def _dying_after(verb: Token) -> Token | None:
    """ "was wounded before succumbing to his wounds (on Friday)", "was hurt before dying in hospital": the
    wounded person's own death, told by 'before' and a gerund. Returns the gerund."""
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "before" for g in p.children
                 if g.dep_ == "pcomp" and g.lower_ in _DYING), None)


def _ranked_name(ent: Span) -> bool:
    """An entity that is a rank and a name, whatever NER's label: "Detective Sergeant Aled Pryce" (title words,
    then at least two more capitalised words)."""
    k = 0
    while k < len(ent) and ent[k].is_title and ent[k].lower_ in _TITLE_OR_PERSON:
        k += 1
    rest = ent[k:]
    return k > 0 and len(rest) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in rest)


def _before_titles(doc: Doc, ent: Span, lower_nouns: bool) -> int:
    """The token before the titles that precede the name `ent` in its sentence ("the murder of Detective Chief
    Inspector X": the 'of'), at most four back; with `lower_nouns`, up to three lower-case nouns or adjectives
    too ("the killing of opposition leader X")."""
    i = ent.start - 1
    while i > ent.sent.start and ent.start - i <= 4 and (
            lower_nouns and doc[i].pos_ in {"NOUN", "ADJ"} and doc[i].is_lower and ent.start - i <= 3
            or doc[i].is_title and doc[i].lower_ in _TITLE_OR_PERSON):
        i -= 1
    return i


def _titled_name(ent: Span) -> bool:
    """ "Constable Bello", "Officer Ade Bello": a rank or office, then only capitalised names (NER's ORG on them)."""
    return len(ent) >= 2 and ent[0].is_title and ent[0].lower_ in _TITLE_OR_PERSON \
        and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in _TITLE_OR_PERSON for t in ent[1:])


_FAILED = frozenset({"attempted", "failed", "foiled", "thwarted", "botched", "aborted", "planned", "plotted"})
_KILLING_NOUNS = {"murder", "murders", "assassination", "assassinations", "killing", "killings"}


def _killing_of(doc: Doc, ent: Span) -> int | None:
    """Where "the murder of X" starts, for a person's name `ent` after a killing noun: "the murder of Darya
    Dugina", "the killings of lawyer X" (a title between), and a second 'of' the same noun lists ("the
    murders of X in A in 2015 and of activist Y in B in 2017": the second starts at its 'of'). None when
    the name is no one killed by such a noun."""
    i = _before_titles(doc, ent, lower_nouns=True)  # "journalist", "opposition leader"
    if _word(doc, i) != "of" or i - 1 < ent.sent.start:
        return None
    if _word(doc, i - 1) in _KILLING_NOUNS:
        # "the attempted murder of X", "a foiled assassination of X": no one died of it
        return None if _word(doc, i - 2) in _FAILED else i - 1
    if _word(doc, i - 1) != "and":
        return None
    # "and of Y": the same killing noun's list, with no verb of its own between
    for k in range(i - 2, ent.sent.start, -1):
        tok = doc[k]
        if tok.pos_ in {"VERB", "AUX"} and not tok.ent_type_:
            return None
        if tok.lower_ in _KILLING_NOUNS and _word(doc, k + 1) == "of":
            return i
    return None


_SHOOTING_NOUNS = frozenset({"shooting", "stabbing"})


def _shooting_of(doc: Doc, ent: Span) -> tuple[int, Kind] | None:
    """ "the shooting of Detective Inspector Ruiz", "the fatal stabbing of Ana Lopez": where the phrase starts
    and the person's state. A shooting or stabbing hurts; "fatal" / "deadly" kills; None when a sentence
    that names the person tells a death ("Ruiz died of his wounds"), which the death's own figure counts."""
    i = _before_titles(doc, ent, lower_nouns=False)
    if _word(doc, i) != "of" or _word(doc, i - 1) not in _SHOOTING_NOUNS or i - 1 <= ent.sent.start:
        return None
    if _word(doc, i - 2) in {"fatal", "deadly"}:
        return i - 2, "killed"
    if _word(doc, i - 2) in _FAILED:
        return None  # "the attempted shooting of X"
    surname = ent[-1].lower_
    for sent in doc.sents:  # the names' words are no death words ("Killybeg Road")
        if any(t.lower_ == surname for t in sent) \
                and _DEATH_TOLD.search(" ".join(t.text for t in sent if t.pos_ != "PROPN")):
            return None
    return i - 1, "injured"


def _coordinated_names(doc: Doc, tok: Token) -> list[Token]:
    """The more persons' names coordinated with the named passive subject or object `tok` ("Sule and Bello were
    killed", "Omar Diallo and Ibrahim Keita were shot dead", "gunmen killed A, B and C"): singular proper names
    after it, no known group, no place (NER's ORG label on a name is not trusted, as elsewhere)."""
    more = []
    for c in _listed_names(tok):
        first = min([k.i for k in c.children if k.dep_ == "compound" and k.i < c.i] + [c.i])
        if c.tag_ == "NNP" and (c.ent_type_ not in {"GPE", "LOC", "NORP", "FAC"}
                                or _misread_person(doc, tok, first, c)):
            if gazetteer().lookup(doc[first : c.i + 1].text) is None:
                more.append(c)
    return more


def _misread_person(doc: Doc, tok: Token, first: int, c: Token) -> bool:
    """ "Hamid Noori and Karim Sadat were killed": NER calls the second name a place, but a first and a last name
    after a person's name, that no listed town, province or country bears, is a second person."""
    if tok.ent_type_ != "PERSON" or c.ent_type_ not in {"GPE", "LOC"} or c.i - first != 1:
        return False
    key = name_key(doc[first : c.i + 1].text)
    gaz = load_gazetteer()
    return not (gaz.cities_named(key) or key in gaz.countries or key in gaz.subdivisions)


def _listed_names(tok: Token) -> list[Token]:
    """The words listed after `tok`: its conjuncts, and a name the parser hangs on it as an apposition when
    the list goes on ("Amina Bello, Sani Garba, and Musa Ali were wounded": Garba is parsed as Bello's
    apposition, and Ali is Bello's or Garba's conjunct). Of a passive subject every conjunct counts, as
    before; an apposed name, or the names after an object ("killed A, B and C"), only in a bare list of names
    closed by 'and' (an object's conjuncts are often places: "killed X in Y District, Z")."""
    conj = [c for c in tok.conjuncts if c.i > tok.i and not _apposed_title(c)]
    apposed = [a for a in tok.children if a.dep_ == "appos" and a.i > tok.i and a.tag_ == "NNP"]
    extra = [a for a in apposed if not _apposed_title(a)]
    extra += [c for a in apposed for c in a.conjuncts if c.i > a.i and not _apposed_title(c)]
    plain = conj if tok.dep_ == "nsubjpass" else []
    if tok.dep_ == "nsubjpass" and not extra:
        return conj
    listed = sorted(set(conj + extra), key=lambda t: t.i)
    if not listed:
        return plain
    between = tok.doc[tok.i + 1 : listed[-1].i]
    if not any(t.lower_ == "and" for t in between) \
            or not all(t.tag_ == "NNP" or t.lower_ in {",", "and"} for t in between):
        return plain
    return listed


def _apposed_title(tok: Token) -> bool:
    """`tok` heads a title set off by commas after a name ("Musa Bello, Deputy Governor, and ...", "..., Chief
    Imam, and ..."): the named person's office, no one more."""
    doc = tok.doc
    start = min([k.i for k in tok.children if k.dep_ == "compound" and k.i < tok.i] + [tok.i])
    return tok.lower_ in _TITLE_OR_PERSON | CLERIC_TITLES and _word(doc, start - 1) == "," \
        and _word(doc, tok.i + 1) == ","


def _coordinated_kin(tok: Token) -> list[Token]:
    """The named victim `tok`'s own people coordinated with it ("shot and killed Okafor and his nephew",
    "killed Musa Bello, a trader, and his son"): one each for a singular person noun under "his/her",
    uncounted ("his two sons" is a figure of its own)."""
    return [
        c for c in tok.conjuncts
        if c.i > tok.i and c.tag_ == "NN" and _is_person_noun(c.lower_) and c.lower_ not in _ONE_PERPETRATOR
        and any(k.dep_ == "poss" and k.lower_ in _POSSESSIVES for k in c.children)
        and not any(k.dep_ == "nummod" for k in c.children)
    ]


def _named_died_later(doc: Doc, named: list[CasualtyMention], index_of: dict[int, int]) -> list[CasualtyMention]:
    """A named person counted injured who died afterwards: "Four soldiers, including Major Ali Farah, were
    wounded. Major Farah succumbed to his wounds", "Paul Nkeng was injured ... Nkeng later died in
    hospital". The name (its last word) is in an injured figure before, or a named injured."""
    out: list[CasualtyMention] = []
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    injured = [m for m in named if m.kind == "injured"]
    for verb in doc:
        if verb.lower_ not in _DIE | {"die"}:  # "he would die of his wounds days later"
            continue
        # "doctors said Ali would not die", "he could die": no death told
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in {"could", "may", "might"} for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.tag_ != "NNP" or not _died_later_cue(doc, subject, verb):
            continue
        name = subject.text
        hurt = any(m.casualties.evidence.end <= subject.idx and m.sent < len(sents)
                   and re.search(rf"\b{re.escape(name)}\b", sents[m.sent].text) for m in injured)
        # "X was shot three times ... X died from his wounds a week later": shot before, with no dead counted yet
        after = doc_text(doc)[verb.idx + len(verb) : verb.sent.end_char]
        shot = not hurt and (_shot_before(doc, subject) or _DIED_AFTER_HARM.match(after) is not None) and not any(
            m.kind == "killed" and m.casualties.evidence.start < subject.idx for m in named)
        if not (hurt or shot):
            continue
        first = min(t.i for t in subject.subtree)
        span = doc[first : verb.i + 1]
        index = index_of.get(verb.i, 0)
        mention = _one_person("killed", span.start_char, span.end_char, span.text, index)
        # "Gunmen shot a trader. X, 45, died after he was shot": the one shot, now named, is that one hurt
        mention.moved = hurt or shot and _unnamed_one_hurt(doc, named, index - 1)
        out.append(mention)
    return out


def _unnamed_one_hurt(doc: Doc, named: list[CasualtyMention], index: int) -> bool:
    """Whether sentence `index` counts one person injured, with no name ("shot a trader")."""
    for m in named:
        c = m.casualties
        if m.kind != "injured" or m.sent != index or c.stated != 1:
            continue
        span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
        if span is not None and not any(t.tag_ == "NNP" for t in span):
            return True
    return False


_SHOT_AT = {"shot", "stabbed", "attacked", "ambushed", "hit", "struck"}


def _shot_before(doc: Doc, subject: Token) -> bool:
    """The name `subject` (its last word) was shot, stabbed or ambushed earlier in the text: "Musa Ali was shot
    three times", "Two guards, Musa Ali and Peter Okon, were shot", "Gunmen ambushed Officer Okon"."""
    for tok in doc[: subject.i]:
        if tok.text != subject.text or tok.tag_ != "NNP":
            continue
        node = tok
        for _ in range(4):
            if node.dep_ in {"nsubjpass", "dobj"} or node.dep_ not in {"appos", "conj", "compound"}:
                break
            node = node.head
        if node.dep_ in {"nsubjpass", "dobj"} and node.head.lower_ in _SHOT_AT:
            return True
    return False


_KILLED_ONE = {"killed", "murdered", "assassinated", "slain", "beheaded", "executed", "lynched"}


def _parsed_named_victims(doc: Doc) -> list[tuple[int, int, Kind]]:
    """ "Min was killed", "shot and killed U Nyunt Soe Aung": a singular proper name as the one killed,
    read from the parse where NER misses non-Western names. Known groups ("killed Taliban") are not persons.
    "Espina was injured", "wounded Ali Musa" the same for one injured. Returns (first, last) token bounds of
    the evidence and the kind."""
    out: list[tuple[int, int, Kind]] = []
    for tok in doc:
        if tok.tag_ != "NNP" or tok.ent_type_ in {"NORP", "DATE", "TIME"}:
            continue
        felled = _felled_one(doc, tok) if tok.dep_ in {"nsubjpass", "dobj"} else _felled_as_modifier(doc, tok)
        if felled is None:
            continue
        name_start = min([c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.i])
        name = doc[name_start : tok.i + 1]
        if any(t.tag_ == "NNPS" for t in name) or gazetteer().lookup(name.text) is not None:
            continue
        first, last, kind = felled
        if kind == "injured" and tok.lower_ in _PERPETRATORS:
            continue
        out.append((name_start if tok.dep_ == "nsubjpass" else first, last, kind))
    out.extend(_relative_victims(doc))
    return out


def _relative_victims(doc: Doc) -> list[tuple[int, int, Kind]]:
    """ "Lucia Cardenas, a radio host, who was shot dead", "the family of a shopkeeper who was stabbed to
    death": one person felled in a relative clause on a singular person (a name or a person noun), the
    evidence running from the person's phrase to the verb. Attackers are left to the perpetrators' readers."""
    out: list[tuple[int, int, Kind]] = []
    for tok in doc:
        if tok.lower_ not in {"who", "that"} or tok.dep_ != "nsubjpass" or tok.head.dep_ != "relcl":
            continue
        person = tok.head.head
        for _ in range(3):  # "X, a radio host in the port city of Y, who was shot dead": "who" is a person's
            if tok.lower_ != "who" or person.ent_type_ == "PERSON" or _is_person_noun(person.lower_) \
                    or person.dep_ not in {"pobj", "appos", "compound"}:
                break
            person = person.head.head if person.dep_ == "pobj" else person.head
        if person.tag_ == "NN":
            if not _is_person_noun(person.lower_) or person.lower_ in _ONE_PERPETRATOR:
                continue
        elif person.tag_ != "NNP" or person.ent_type_ not in {"PERSON", ""}:
            continue
        felled = _felled_by(doc, tok, tok.head)
        if felled is not None:
            out.append((person.left_edge.i, felled[1], felled[2]))
    return out


_FELLED_MODIFIERS = {"killed": "killed", "injured": "injured", "wounded": "injured"}


def _felled_as_modifier(doc: Doc, tok: Token) -> tuple[int, int, Kind] | None:
    """ "opened fire and injured Kyaw Min", "shot and wounded Inspector (SI) Rahim": the parser often takes
    the second verb of such a pair for an adjective of the name after it, which is then no object. The verb
    right after 'and' and a first verb (or "opened fire"), with only the name's words and titles up to the
    name, fells that one person."""
    verb = next((c for c in tok.children if c.dep_ == "amod" and c.i < tok.i and c.lower_ in _FELLED_MODIFIERS
                 and c.tag_ in {"VBD", "VBN"}), None)
    if verb is None or _word(doc, verb.i - 1) != "and" or verb.i < 2:
        return None
    first = doc[verb.i - 2]
    if not (first.pos_ == "VERB" or first.tag_ in {"VBD", "VBN"} or first.lower_ in {"fire", "shot", "stabbed"}):
        return None
    if not all(t.pos_ == "PROPN" or t.text in {"(", ")", "-"} for t in doc[verb.i + 1 : tok.i]):
        return None
    return verb.i, tok.i + 1, _FELLED_MODIFIERS[verb.lower_]  # type: ignore[return-value]


def _felled_one(doc: Doc, tok: Token) -> tuple[int, int, Kind] | None:
    """The one person `tok` (the passive subject or the object after the verb) as killed or injured by his
    verb: "Min was killed", "was shot dead", "was gunned down", "shot and killed U Nyunt", "Espina was
    injured", "wounded Ali Musa". Returns the evidence's (first, last) token bounds (from the person, or from
    the verb before its object) and the kind."""
    if tok.dep_ not in {"nsubjpass", "dobj"}:
        return None
    felled = _felled_by(doc, tok, tok.head)
    if tok.dep_ == "nsubjpass" and (felled is None or felled[2] == "injured"):
        # "were tortured before being shot and killed": the passive after 'before / after being' fells him too
        later = next((v for p in tok.head.children if p.dep_ == "prep" and p.lower_ in {"before", "after"}
                      for v in p.children if v.dep_ == "pcomp" and v.tag_ == "VBN"
                      and any(a.dep_ == "auxpass" for a in v.children)), None)
        if later is not None:
            felled = _felled_by(doc, tok, later) or felled
    return felled


def _felled_by(doc: Doc, tok: Token, verb: Token) -> tuple[int, int, Kind] | None:
    """_felled_one with the verb that tells what befell the person."""
    low = verb.lower_
    if tok.dep_ == "dobj" and verb.i > tok.i:
        return None
    # "was shot dead", "shot dead X", "was gunned down": the particle makes the verb a killing; after a
    # pronoun object it follows the object ("shot him dead", "stabbed her to death")
    # pronoun or a noun object ("shot him dead", "shot a police officer dead": "dead" right after the object's head)
    after = tok.i + 1 if tok.dep_ == "dobj" and (tok.lower_ in _HE or _word(doc, tok.i + 1) in {"dead", "to"}) \
        else verb.i + 1
    to_death = low in _TO_DEATH and _word(doc, after) == "to" and _word(doc, after + 1) == "death"
    # "was shot down by gunmen" (a person: aircraft are no person the reader fells) as "gunned down"; "fatally
    # shot", "fatally wounding X" (see `_fatally_hurt`)
    shot_dead = (_left_dead(doc, low, after)
                 or low in {"gunned", "mowed", "mown", "shot"} and _word(doc, after) == "down"
                 or low in _FATAL_HARM and _word(doc, verb.i - 1) in _FATALLY)
    # "was stabbed, abducted and killed": the parse hangs the last of a chain on the one before, so every later
    # conjunct of the first harm counts
    killed = to_death or shot_dead or low in _KILLED_ONE or (
        low in _TO_DEATH | {"shot", "attacked", "ambushed", "abducted", "kidnapped"}
        and any(c.i > verb.i and c.lower_ in _KILLED_ONE and not _own_subject(c) for c in verb.conjuncts)
    )
    # torture leaves wounds: "Musa was tortured for two days and then freed" is one injured, as GTD codes it
    hurt = not killed and (low in {"injured", "wounded", "hurt", "tortured"} or low in {"shot", "attacked", "stabbed"}
                           and any(c.dep_ == "conj" and c.lower_ in {"injured", "wounded"} for c in verb.children))
    if not (killed or hurt):
        return None
    died = _died_of_it(verb) if hurt and tok.dep_ == "nsubjpass" else None
    if died is not None:
        return tok.i, died.i + 1, "killed"  # "Musa was wounded and later died": one dead
    kind: Kind = "killed" if killed else "injured"
    if tok.dep_ == "dobj":
        return verb.i, (after + 2 * to_death + shot_dead if after > tok.i else tok.i + 1), kind
    words = _KILLED_ONE if killed else {"injured", "wounded"}
    ends = [c.i for c in verb.conjuncts if c.i > verb.i and c.lower_ in words and not _own_subject(c)]
    ends += [verb.i + 2] if to_death else [verb.i + 1] if shot_dead else []
    return tok.i, max([verb.i, *ends]) + 1, kind


def _own_subject(verb: Token) -> bool:
    """A conjoined verb with a subject of its own tells another clause ("X was abducted and police killed two")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _word(doc: Doc, i: int) -> str:
    words = doc_lowers(doc)
    return words[i] if 0 <= i < len(words) else ""


_HALF_DOZEN = (("half", "a", "dozen"), ("a", "half", "dozen"), ("a", "half", "-", "dozen"), ("a", "half-dozen"))


def _half_dozen(doc: Doc, i: int) -> int:
    """How many tokens "half a dozen" / "a half-dozen" spans from `i`, 0 when it does not start there."""
    for words in _HALF_DOZEN:
        if all(_word(doc, i + k) == w for k, w in enumerate(words)):
            return len(words)
    return 0


def _parse_number(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """(value, index after) for "22", "1,200", "two", "twenty-two", "a dozen", "two hundred"."""
    if i >= end:
        return None
    tok = doc[i]
    text = tok.lower_.replace(",", "")
    if text.isdigit() and len(text) <= 7:
        value, j = int(text), i + 1
    elif text in {"a", "an", "one"} and _word(doc, i + 1) == "dozen":
        value, j = 12, i + 2
    elif text in {"half", "a"} and (n := _half_dozen(doc, i)):
        value, j = 6, i + n
    elif text in {"a", "one"} and _word(doc, i + 1) == "score" and _word(doc, i + 2) == "of":
        value, j = 20, i + 3  # "a score of soldiers": twenty, an old word still in wire copy
    elif text in {"a", "an"} and _word(doc, i + 1) in _SCALES and _word(doc, i + 2) != "-":
        # "more than a hundred people", "nearly a thousand": the article is the one; not "a hundred-year-old
        # man", where the scale is part of a compound adjective and "a" counts the man
        value, j = 1, i + 1
    elif text in _UNITS:
        value, j = _UNITS[text], i + 1
    elif text in _TENS:
        value, j = _TENS[text], i + 1
        if _word(doc, j) == "-" and _word(doc, j + 1) in _UNITS:
            value, j = value + _UNITS[_word(doc, j + 1)], j + 2
        elif _word(doc, j) in _UNITS:
            value, j = value + _UNITS[_word(doc, j)], j + 1
    elif "-" in text and all(p in _TENS or p in _UNITS for p in text.split("-")):
        parts = text.split("-")
        value, j = sum(_TENS.get(p, 0) + _UNITS.get(p, 0) for p in parts), i + 1
    else:
        return None
    if j < end and _word(doc, j) == "dozen" and value < 20:
        value, j = value * 12, j + 1
    elif j < end and _word(doc, j) == "score" and _word(doc, j + 1) == "of" and 1 < value < 10:
        value, j = value * 20, j + 2  # "three score of": sixty
    if j < end and _word(doc, j) in _SCALES:
        value, j = value * _SCALES[_word(doc, j)], j + 1
        rest = _parse_number(doc, j + 1, end) if _word(doc, j) == "and" and (
            _word(doc, j + 1) in _UNITS or _word(doc, j + 1) in _TENS or "-" in _word(doc, j + 1)) else None
        if rest is not None and rest[0] < 100:
            value, j = value + rest[0], rest[1]  # "a hundred and twenty": one number, not "twenty" alone
    return value, j


def _aged(doc: Doc, k: int) -> bool:
    """The number at `k` is an age ("6-year-old", "10-month-old"), no count."""
    return _word(doc, k + 1) == "-" and _word(doc, k + 2) in {"year", "month"} and _word(doc, k + 4) == "old"


def _figure_at(doc: Doc, i: int, end: int) -> _Figure | None:
    first = _word(doc, i)
    if _word(doc, i + 1) in {"'s", "’s"} and doc[i].pos_ == "PROPN":
        return _named_kin(doc, i, end)
    if first == "both":
        return _both(doc, i, end)
    if first not in _FIGURE_STARTS and "-" not in first and not first.replace(",", "").isdigit():
        return None
    qualifier: Qualifier = "exact"
    mode = "exact"
    j = i
    for words, qual, how in _QUALIFIERS_BY_FIRST.get(first, ()):
        if all(_word(doc, i + k) == w for k, w in enumerate(words)):
            qualifier, mode, j = qual, how, i + len(words)
            break
    if qualifier == "about" and _word(doc, i) == "some" and _parse_number(doc, j, end) is None:
        return None
    if _word(doc, i) == "between":
        first = _parse_number(doc, i + 1, end)
        if first is None or _word(doc, first[1]) != "and":
            return None
        second = _parse_number(doc, first[1] + 1, end)
        if second is None:
            return None
        return _with_np(doc, i, second[1], second[1], end, first[0], "about", first[0], second[0])
    if _word(doc, j) in {"a", "an"} and _word(doc, j + 1) in {"additional", "further"} \
            and _parse_number(doc, j + 2, end) is not None:
        j += 2  # "injured (at least) an additional 151", "a further 40": the number after them
    elif _word(doc, j) == "another" and _parse_number(doc, j + 1, end) is not None and not _aged(doc, j + 1):
        j += 1  # "two soldiers and another six people": the number after it counts them
    word = _word(doc, j)
    lo: int | None
    hi: int | None
    if word in _VAGUE_MIN or (word == "tens" and _word(doc, j + 1) == "of"):
        if word == "tens":
            lo, hi, k = 10 * _VAGUE_MIN.get(_word(doc, j + 2), 1), None, j + 3
        else:
            lo, hi, k = _VAGUE_MIN[word], None, j + 1
        if _word(doc, k) == "of":
            k += 1
        return _with_np(doc, i, k, k, end, None, "vague", lo, hi)
    if word in _VAGUE_NONE or (word in {"a", "an"} and _word(doc, j + 1) in {"number", "unknown", "handful"}):
        k = j + 1
        while _word(doc, k) in {"number", "unknown", "handful", "of", "undetermined", "unspecified"}:
            k += 1
        return _with_np(doc, i, k, k, end, None, "vague", None, None)
    if word == "unknown" and _word(doc, j + 1) == "number":
        k = j + 2 + (_word(doc, j + 2) == "of")
        return _with_np(doc, i, k, k, end, None, "vague", None, None)
    parsed = _parse_number(doc, j, end)
    if parsed is None and qualifier == "exact" and word in {"a", "an", "another", "the", "his", "her", "their"}:
        return _singular(doc, i, end)
    if parsed is None:
        return None
    value, k = parsed
    if doc[j].lower_ in {"a", "an"} and k == j + 2 and qualifier == "exact" and _word(doc, k) == "of":
        return None  # "a dozen of" is rare; "a dozen" alone is handled
    # ranges: "10 to 15", "10-15"
    if qualifier == "exact" and _word(doc, k) in {"to", "-"}:
        second = _parse_number(doc, k + 1, end)
        if second is not None and second[0] > value:
            return _with_np(doc, i, second[1], second[1], end, value, "about", value, second[0])
    if mode == "exact":
        lo, hi = value, value
    elif mode == "min":
        lo, hi = value, None
    elif mode == "over":
        lo, hi = value + 1, None
    elif mode == "under":
        lo, hi = None, max(value - 1, 0)
    else:
        lo, hi = None, value
    return _with_np(doc, i, k, k, end, value, qualifier, lo, hi)


def _both(doc: Doc, i: int, end: int) -> _Figure | None:
    """ "Both guards and a gunman were killed", "Both students were shot dead": two people, when a plural
    person noun follows ("including both police and gunmen" says who is among a total, not how many)."""
    k = i + 1
    while k < min(end, i + 4) and doc[k].dep_ in {"compound", "amod"} and doc[k].head.i > k:
        k += 1  # "Both police officers", "both injured guards": the words before the noun
    nxt = doc[k] if k < end else None
    if nxt is None or nxt.tag_ != "NNS" or _word(doc, i - 1) == "including" \
            or not (_is_person_noun(nxt.lower_) or nxt.lower_ in _PERPETRATORS):
        return None
    return _Figure(i, k + 1, i + 1, 2, "exact", 2, 2, nxt.lower_)


_KIN = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "child", "baby", "nephew",
        "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "fiancee"}


def _named_kin(doc: Doc, i: int, end: int) -> _Figure | None:
    """ "Aboki's wife", "Ahmed's driver": one person named by whose they are, when the head is a singular
    person noun and the name is a person's ("Kano's governor" is one too, "Nigeria's army" is none)."""
    fig = _with_np(doc, i + 2, i + 2, i + 2, end, 1, "exact", 1, 1)
    last = doc[fig.end - 1] if fig.end > i + 2 else None
    if last is None or last.tag_ != "NN" or last.lower_ != fig.head or not _is_person_noun(fig.head) \
            or fig.head in _ONE_PERPETRATOR:
        return None
    if doc[i].ent_type_ not in {"PERSON", ""} and fig.head not in _KIN:
        return None  # NER takes some names for places; no place has a wife
    return _Figure(i, fig.end, fig.end, 1, "exact", 1, 1, fig.head)


_FELLING_PARTICLES = frozenset({("dead", "shot"), ("down", "gunned"), ("down", "mowed")})
"""(particle, verb) before an object: "shot dead the conductor", "gunned down the headman"."""


def _singular(doc: Doc, i: int, end: int, conjunct: bool = False) -> _Figure | None:
    """ "a retired army colonel", "another", "a 34-year-old man", "a third man": one person, when the head is
    a person noun. `conjunct`: the phrase is the second of two victims the parse coordinates ("a vaccinator
    and the police officer escorting him"), so a definite one counts too."""
    k = i + 1
    if _word(doc, i) == "another" and k < end and doc[k].like_num and not _aged(doc, k):
        return None  # "injuring another six people": the number after counts them, "another" adds no one
    aged = False
    if _word(doc, k) in ONE_MORE and _word(doc, i) in {"a", "an", "the"}:
        k += 1  # "third" is a stop word, which would end the phrase
    elif k < end and doc[k].like_num:
        if _word(doc, k + 1) == "-" and _word(doc, k + 2) in {"year", "month"} and _word(doc, k + 4) == "old":
            k += 5  # "a 34-year-old man": the age is no count
            aged = _word(doc, i) in {"a", "an"} and _word(doc, i - 1) not in {",", "(", "-", "–", "—"}  # no apposition
    fig = _with_np(doc, k, k, k, end, 1, "exact", 1, 1)
    if fig.head is None and aged and (k >= end or doc[k].pos_ not in {"NOUN", "PROPN", "ADJ"}):
        fig = _Figure(i, k, k, 1, "exact", 1, 1, "person")  # "killing a man and a 16-year-old": the age names one
    if fig.head is None and _word(doc, i) == "another":
        return _Figure(i, i + 1, i + 1, 1, "exact", 1, 1, "another")
    if fig.head is None and (_word(doc, i), _word(doc, i + 1)) == ("the", "other") \
            and (_word(doc, i + 2) in {"was", "died"} | _SUFFER) and not _doers_before(doc, i):
        return _Figure(i, i + 2, i + 2, 1, "exact", 1, 1, "another")  # "One was killed and the other was hurt"
    if fig.head in _ONE_PERPETRATOR:
        # "the assailant was killed", "killing the bomber", "and the attacker were killed", "the bomber (also)
        # died"; not its deeds
        last_word = doc[fig.end - 1]
        passive = _word(doc, fig.end) in {"was", "were", "is"} or _dies_at(doc, fig.end)
        if passive or _word(doc, i - 1) in _KILL_VERBS | _INJURE_VERBS | {"including", "and", "only"}:
            return _Figure(i, fig.end, fig.end, 1, "exact", 1, 1, fig.head)
        past = _past_aside(doc, fig.end, end)
        if past is not None and (_word(doc, past) in {"was", "is"} or _dies_at(doc, past)):
            return _Figure(i, fig.end, fig.end, 1, "exact", 1, 1, fig.head, past)  # "The gunman (X) was killed"
        were = _were_after_and(doc, fig.end, end) if _word(doc, i) in {"the", "a", "an"} else None
        if were is None and last_word.dep_ == "nsubj" and _conjoined_passive(last_word.head, end) < end:
            were = _conjoined_passive(last_word.head, end)  # "An assailant tried to flee but was shot dead"
        if were is not None:
            return _Figure(i, fig.end, fig.end, 1, "exact", 1, 1, fig.head, were)  # "The attacker and a guard were"
        return None
    if _word(doc, i + 1) in ONE_MORE and _word(doc, i) == "a" and _word(doc, i + 2) != "of" and (
            _word(doc, i - 1) in _KILL_VERBS | _INJURE_VERBS
            # "Two guards were wounded and a third suffered burns": the ordinal stands for one more person
            or fig.head is None and i + 2 < end and doc[i + 2].pos_ in {"VERB", "AUX"}):
        return _Figure(i, i + 2, i + 2, 1, "exact", 1, 1, "person")  # "killed two and injured a third"
    last = doc[fig.end - 1]
    by_verb = _word(doc, i) in {"a", "an"} and _person_by_verb(doc, last, fig.head)  # not "after their abduction"
    if _head_of(doc, i, fig):
        # "the head of the district council": one office holder, whose body runs to its noun ("the head of a
        # village and two of his sons": the list goes on after "village", not after "of")
        fig = replace(fig, head="chief", end=_office_end(doc, i, fig, end))
    if fig.head is None or not (_is_person_noun(fig.head) or by_verb) or (
        last.pos_ == "PROPN" and fig.end - i > 4 and last.lower_ == fig.head
    ):
        return None
    object_of_kill = _word(doc, i - 1) in _KILL_VERBS | _INJURE_VERBS or (  # "killing the driver"
        _word(doc, i - 1), _word(doc, i - 2)) in _FELLING_PARTICLES  # "shot dead the conductor"
    definite = _word(doc, i) in {"the", "his", "her", "their"}
    # "The provincial judge and one of his guards were killed", "a general and his driver were killed"
    # "The driver and his assistant sustained injuries": the pair carries the wounds as "were hurt" would say
    listed = (_word(doc, fig.end) == "and" or _word(doc, i - 1) == "and") and any(
        _word(doc, k) == "were" or _word(doc, k) in _SUFFER and _wounds_at(doc, k + 1, end) is not None
        for k in range(fig.end, min(end, fig.end + 9))
    ) or _word(doc, i - 1) == "and" and doc[i - 2].ent_type_ == "PERSON"  # "killing Musa Bello and his wife"
    # "The town's deputy mayor, Ali Rezai, was killed"
    listed = listed or _word(doc, fig.end) == "," and any(
        _word(doc, k) == "," and _word(doc, k + 1) == "was" for k in range(fig.end + 1, min(end, fig.end + 9))
    )
    # "The head of the council, his wife and two children were killed": the first of a comma list before 'were'
    listed = listed or _word(doc, fig.end) == "," and _comma_list_before_were(doc, fig.end, end)
    listed = listed or conjunct
    # "Rahimi, the provincial police chief, was shot dead": the apposition of a name the parse lost is the one person
    apposed = definite and _word(doc, i - 1) == "," and (_word(doc, fig.end), _word(doc, fig.end + 1)) == (",", "was") \
        and i >= 2 and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha \
        and _word(doc, i - 2) not in _ONE_PERPETRATOR | _PERPETRATORS
    # "The victim, who was a cousin of the mayor, was killed": an aside between the person and the verb
    past = _past_aside(doc, fig.end, end) if definite and not apposed else None
    resumed = past if past is not None and _word(doc, past) == "was" else None
    # "Her bodyguard suffered shrapnel wounds": the one person who carries the wounds
    wounds = _word(doc, fig.end) in _SUFFER and _wounds_at(doc, fig.end + 1, end) is not None
    if resumed is None and definite:
        resumed = _ordinal_one_died(doc, i, fig, end)
    if resumed is None and definite and not apposed and (
            _word(doc, fig.end - 1) == "of" or _word(doc, fig.end) in {"of", "in", "at", "from"}):
        resumed = _was_after_its_phrase(doc, i, fig, end)
    gapped = definite and _gapped_passive(doc, i, fig.end)
    object_of_kill = object_of_kill or _along_with(doc, i - 1) and _word(doc, i) in _POSSESSIVES
    if definite and (_word(doc, fig.end) != "was" and not object_of_kill and not listed and not apposed
                     and not wounds and resumed is None and not _also_died(doc, fig.end) and not gapped
                     or fig.head.endswith("s")):
        return None  # "the police officer was killed"; not "the soldiers killed"
    return _Figure(i, fig.end, fig.end, 1, "exact", 1, 1, fig.head, fig.end + 1 if apposed else resumed)


_GAPPED_FELLED = frozenset({"killed", "wounded", "injured", "hurt"})


def _gapped_passive(doc: Doc, i: int, k: int) -> bool:
    """ "A man was shot dead and his wife wounded": after 'and', a second clause whose 'was' the first one
    gives, so the person (from `i`, the phrase ending at `k`) is followed right away by the participle."""
    if _word(doc, i - 1) != "and":
        return False
    while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].lower_.endswith("ly"):
        k += 1  # "and his wife seriously wounded"
    if _word(doc, k) not in _GAPPED_FELLED:
        return False
    sent = doc[i].sent
    return any(t.lower_ in {"was", "were"} for t in doc[sent.start : i - 1])


_ALSO_DIED = frozenset({"died", "perished", "succumbed"})


def _was_after_its_phrase(doc: Doc, i: int, fig: _Figure, end: int) -> int | None:
    """ "The mayor of a small town in Michoacan was shot dead", "The imam of a mosque in the town of Kano was
    killed": the one person's phrase runs on after "of a" (where the figure's words stop) through the places and
    bodies it names, with no verb, to the passive 'was' of the parse; where that 'was' is, or None."""
    words = {fig.head, "head"} if fig.head == "chief" else {fig.head}  # "the head of a village council"
    person = next((t for t in doc[i : fig.end] if t.lower_ in words and t.dep_ == "nsubjpass"), None)
    if person is None:
        return None
    last = person.right_edge.i
    if not fig.end <= last < min(end, person.i + 16) or _word(doc, last + 1) != "was" \
            or any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", "("} for t in doc[person.i + 1 : last + 1]):
        return None
    return last + 1


def _ordinal_one_died(doc: Doc, i: int, fig: _Figure, end: int) -> int | None:
    """ "Two hostages were freed and the third hostage, Musa Toure, died in captivity": the ordinal sets the
    definite one apart from those told before, so he is one person whose death counts. Returns where the
    verb resumes after his name, or None."""
    if _word(doc, i) != "the" or _word(doc, i + 1) not in ONE_MORE or fig.head is None or fig.head.endswith("s"):
        return None
    k = fig.end
    if _word(doc, k) == ",":  # his name in commas
        close = next((j for j in range(k + 1, min(end, k + 7)) if doc[j].text == ","), None)
        if close is None or not all(doc[j].pos_ == "PROPN" for j in range(k + 1, close)):
            return None
        k = close + 1
    return k if _word(doc, k) in _ALSO_DIED | {"was"} else None


def _also_died(doc: Doc, k: int) -> bool:
    """ "One guard was killed. The driver also died.": "also" makes the definite person one more dead, not
    the one told before (a bare "The driver died" may be the victim already counted)."""
    return _word(doc, k) == "also" and _word(doc, k + 1) in _ALSO_DIED


def _head_of(doc: Doc, i: int, fig: _Figure) -> bool:
    """ "the head of the anti-terrorism squad", "the deputy head of the council": one person's office, though
    "head" alone counts cattle ("500 head of cattle")."""
    return fig.head not in PERSON_NOUNS and any(
        _word(doc, k) == "head" and _word(doc, k + 1) == "of" for k in range(i + 1, min(fig.end, i + 4)))


def _comma_list_before_were(doc: Doc, k: int, end: int) -> bool:
    """From the comma at `k`, more listed people run to "and" and then to a shared "were": ", his wife and two
    children were", with only their words (possessives, numbers, nouns, commas) between."""
    for j in range(k + 1, min(end, k + 10)):
        if _word(doc, j) == "and":
            return j > k + 1 and _were_after_and(doc, j, end) is not None
        if doc[j].pos_ in {"VERB", "AUX", "ADP"} or doc[j].text in {";", ".", "("}:
            return False
    return False


def _office_end(doc: Doc, i: int, fig: _Figure, end: int) -> int:
    """Where "the head of a village" ends: after the body's noun when an indefinite article ("a", "an") stopped
    the phrase right after "of"; `fig.end` otherwise."""
    if _word(doc, fig.end - 1) != "of" or _word(doc, fig.end) not in {"a", "an"}:
        return fig.end
    j = fig.end + 1
    while j < end and doc[j].pos_ in {"ADJ", "NOUN", "PROPN"} and doc[j].is_alpha:
        j += 1
    return j if j > fig.end + 1 and doc[j - 1].pos_ in {"NOUN", "PROPN"} else fig.end


def _were_after_and(doc: Doc, k: int, end: int) -> int | None:
    """ "The gunman and at least two policemen were killed": where the shared 'were' of the list that the lone
    attacker at `k` opens is, when only the other people's words ("and", a figure, nouns) come between."""
    if _word(doc, k) != "and":
        return None
    for j in range(k + 1, min(end, k + 9)):
        if _word(doc, j) == "were":
            return j
        if doc[j].pos_ in {"VERB", "AUX", "ADP"} and _word(doc, j) not in {"at", "least", "of"} or doc[j].text in {
                ",", ";", "."}:
            return None
    return None


def _dies_at(doc: Doc, k: int) -> bool:
    """The verb at `k` (an adverb before it allowed) tells the subject died: "died", "also died", "later
    succumbed"."""
    return _word(doc, k + (_word(doc, k) in _LATER | {"also", "reportedly"})) in _DIE | {"perished"}


def _past_aside(doc: Doc, k: int, end: int) -> int | None:
    """Where the words after an aside set off at `k` resume: a parenthesis ("The gunman (Abdul Basir) was
    killed") or a comma-bound relative clause or apposition ("The bomber, who was riding a motorbike, was
    killed", "The attacker, a former soldier, was shot dead"). None when no aside starts at `k`."""
    if _word(doc, k) == "(":
        close = next((j for j in range(k + 1, min(end, k + 12)) if doc[j].text == ")"), None)
        return None if close is None else close + 1
    if _word(doc, k) != "," or _word(doc, k + 1) not in {"who", "a", "an", "identified", "named", "later"}:
        return None
    close = next((j for j in range(k + 2, min(end, k + 16)) if doc[j].text in {",", ";"}), None)
    return None if close is None or doc[close].text != "," else close + 1


_PLANS_TOO = {"execute", "executes", "executed", "executing"}


def _person_by_verb(doc: Doc, tok: Token, head: str | None) -> bool:
    """The casualty verb says who the noun is: what is killed, wounded or dies is a person unless the noun
    names a thing, an animal or an attacker ("A peacekeeper was killed", "wounding a bystander", "A
    herdsman died"), so one need not list every person noun."""
    if tok.lower_ != head or tok.pos_ != "NOUN" or tok.tag_ != "NN" or head in _NOT_PEOPLE \
            or head in _PERPETRATORS or head in _ONE_PERPETRATOR:
        return False
    verb = tok.head
    low = verb.lower_
    if low in _PLANS_TOO:
        return False  # "executed a perfect free kick", "a plan was executed": only a person noun says a killing
    if tok.dep_ == "nsubjpass":
        return low in _KILL_WORDS | _INJURE_WORDS or low in _TO_DEATH and (
            _word(doc, verb.i + 1) == "dead" or (_word(doc, verb.i + 1), _word(doc, verb.i + 2)) == ("to", "death"))
    if tok.dep_ == "nsubj":
        return low in {"died", "dies", "perished", "succumbed"}
    if tok.dep_ != "dobj" or verb.i > tok.i:
        return False
    # "shot dead a magistrate", "stabbed to death a cleric", "gunned down a notary": the particle makes it a
    # killing, whatever the noun
    after = (_word(doc, verb.i + 1), _word(doc, verb.i + 2))
    return low in _KILL_VERBS | _INJURE_VERBS or low in _TO_DEATH and (after[0] == "dead" or after == ("to", "death")) \
        or low in {"gunned", "mowed", "cut"} and after[0] == "down"


def _to_death_before(doc: Doc, j: int) -> bool:
    """ "stabbed to death an imam": the 'death' of a killing told before its object."""
    return _word(doc, j) == "death" and _word(doc, j - 1) == "to" and _word(doc, j - 2) in _TO_DEATH | _TO_DEATH_ING


def _is_person_noun(word: str) -> bool:
    if word in PERSON_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS) \
            or word.endswith("men") and word[:-3] + "man" in PERSON_NOUNS \
            or word.endswith("ies") and word[:-3] + "y" in PERSON_NOUNS \
            or word.endswith("children"):  # "deputies", "schoolchildren"
        return True
    if word.endswith("men") and len(word) > 6 and word not in _NOT_PEOPLE and word not in _PERPETRATORS:
        return True  # "herdsmen", "firemen": the plural of a "-man"
    if word in _NOT_PEOPLE or word in _PERPETRATORS or word in _ANIMALS or len(word) < 4:
        return False
    return word.endswith(("man", "woman", "ist", "ian", "eer", "ier", "ant", "ent", "ee", "ter", "ner", "der",
                          "ker", "ger", "ler", "ser", "ver", "tor", "sor"))


_HYPHENED_PEOPLE = frozenset({("passer", "by"), ("passers", "by"), ("looker", "on"), ("lookers", "on")})
"""People nouns written with a hyphen and a particle ("passers-by", "lookers-on")."""


_DOTTED = re.compile(r"[A-Z](?:\.[A-Z])+\.?")


def _with_np(
    doc: Doc, start: int, num_end: int, k: int, end: int, stated: int | None, qual: Qualifier,
    lo: int | None, hi: int | None,
) -> _Figure:
    """Extend over the counted noun phrase ("commercial ship crew members", "of them", "others")."""
    head = None
    frozen = None  # "a night watchman of the water board": the guard is counted
    j = k
    while j < end and (j - k < 6 or j - k < 10 and (doc[j].pos_ == "PROPN" or _word(doc, j) == "(" or
                                                    _word(doc, j - 1) == ")")):
        tok = doc[j]
        low = tok.lower_
        if low == "the" and _word(doc, j - 1) == "of":
            j += 1
            continue
        if low == "of" and frozen is None and head is not None and (_is_person_noun(head) or head in _PERPETRATORS):
            frozen = head
        if tok.text == "(" and j + 2 < end and doc[j + 2].text == ")" and doc[j + 1].text.isupper():
            j += 3  # "a National Directorate of Security (NDS) officer"
            continue
        if low in {"head", "heads"} and j > k and doc[j - 1].pos_ in {"NOUN", "PROPN"} and _word(doc, j + 1) != "of":
            head = "chief" if low == "head" else "chiefs"  # "a village head", "the school head": one in charge
            j += 1
            continue
        if low == "-" and j > k and (_word(doc, j - 1), _word(doc, j + 1)) in _HYPHENED_PEOPLE:
            j += 2  # "two passers-by and a guard": the tagger splits the one noun in three
            continue
        if tok.is_alpha and low not in _UNITS and low not in _TENS and not tok.whitespace_ and j + 2 < end \
                and doc[j + 1].text == "-" and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha \
                and (low, doc[j + 2].lower_) not in _HYPHENED_PEOPLE:
            j += 2  # "an off-duty officer", "two ex-soldiers": the first half of a hyphened word and its hyphen
            continue
        if tok.text[:1].isdigit() and j > k and doc[j - 1].text in _NUMBERED_NAMES:
            j += 1  # "the chief of Sector 7": the number is the name's
            continue
        if (low in {"injured", "wounded"} or tok.pos_ == "ADV" and _word(doc, j + 1) in {"injured", "wounded"}) \
                and _of_the(doc, j + (low not in {"injured", "wounded"}), k):
            head = low  # "three of the (critically) injured (passengers) died": the group they come from
            j += 1
            continue
        if low == "dead" and head is not None and _is_person_noun(head) and tok.pos_ == "ADJ":
            break  # "shot a police officer dead": the harm after the person ends the phrase (not "the dead")
        if head is not None and tok.ent_type_ in {"DATE", "TIME"} and tok.ent_iob_ == "B":
            break  # "shot a police officer early Monday morning": the time after the person is no part of him
        if tok.text.isupper() and len(tok.text) >= 2 and tok.is_alpha and (
                tok.dep_ == "compound" and tok.head.i > j
                # wire copy in capitals ("ONE WHO VACCINATOR WAS KILLED"): the parse takes "WHO" for the pronoun;
                # an acronym right after the count, before a noun of people, qualifies that noun
                or head is None and j == k and tok.sent.text.isupper() and j + 1 < end
                and doc[j + 1].tag_ in {"NN", "NNS"} and _is_person_noun(doc[j + 1].lower_)):
            j += 1  # "One WHO worker": an acronym qualifying the noun, whatever the tagger took it for ("who")
            continue
        if (low in _KILL_WORDS or low in _INJURE_WORDS or low in _DEATH_NOUNS and low != "dead") \
                and not _singular_modifier(doc, j):
            if low in _DEATH_NOUNS:
                head = low
                j += 1
            break
        # "six U.S. soldiers", "two U.N. staff": a dotted abbreviation qualifies the noun as a word does
        plain = (tok.is_alpha or _DOTTED.fullmatch(tok.text) is not None) and not (tok.is_stop and tok.text.islower())
        if head in _NOT_PEOPLE and tok.pos_ in {"NOUN", "VERB"} and tok.text.islower() \
                and (low in PERSON_NOUNS or low[-1:] == "s" and low[:-1] in PERSON_NOUNS):
            head = low  # "a game warden", "a school guard": the thing names the person's trade (any tag)
            j += 1
            continue
        # a participle modifying the noun: "a junta-backed ward clerk", "a newly elected mayor"
        participle = tok.tag_ == "VBN" and tok.dep_ == "amod" and j < tok.head.i < min(end, j + 4) \
            and low not in _SUFFER or low.endswith("ly") and tok.pos_ == "ADV" and j + 1 < end \
            and doc[j + 1].tag_ == "VBN" and doc[j + 1].dep_ == "amod"
        if low in _SUFFER and head is not None and _is_person_noun(head):
            break  # "his assistant sustained injuries": the tagger's adjective "sustained" is the verb
        # "the driver and his assistant were hurt", "a guard and a cleaner": a person noun the tagger took for an
        # adjective or adverb heads too (right after its determiner, whatever its tag)
        misread = tok.pos_ in {"ADJ", "ADV"} and _is_person_noun(low) and (
            tok.pos_ == "ADJ" or _word(doc, j - 1) in {"a", "an", "the", "his", "her", "their"})
        if low in _NP_FILLERS or (tok.pos_ in {"NOUN", "PROPN", "ADJ"} or participle or misread) and plain:
            if tok.pos_ in {"NOUN", "PROPN"} or low in {"people", "persons", "others", "more", "them"} or misread:
                head = low
            j += 1
            continue
        break
    return _Figure(start, j, num_end, stated, qual, lo, hi, frozen or head)


def _of_the(doc: Doc, j: int, k: int) -> bool:
    """Token j follows "of the" (an adverb between allowed) inside the phrase that starts at k."""
    j -= 1
    if j > k and doc[j].pos_ == "ADV":
        j -= 1
    return j - 1 >= k and _word(doc, j) in {"the", "those"} and _word(doc, j - 1) == "of"


def _enumeration(doc: Doc, fig: _Figure, end: int) -> tuple[_Figure, _Figure | None]:
    """ "four US Special Forces and four Nigerian soldiers" -> one figure, summed; "eight assailants and
    six soldiers" -> (the victims, the perpetrators), each read up to the shared casualty word. A list of
    more than two groups before one verb is summed whole ("Six soldiers, two civilians and a policeman")."""
    while True:
        summed, perp = _enumerated_pair(doc, fig, end)
        if perp is not None or summed is fig or summed.end <= fig.end or _word(doc, fig.end) == "and":
            return summed, perp  # "A, B and C" ends at C: "..., a teacher" after it names C
        fig = summed


def _animal(doc: Doc, fig: _Figure) -> bool:
    """The figure counts animals: its head is an animal word in lower case with no noun before it ("three
    elephants", "a lion"; not "12 Lions", a unit's name, nor "two drug mules", people)."""
    if fig.head not in _ANIMALS:
        return False
    head = next((t for t in reversed(doc[fig.start : fig.end]) if t.lower_ == fig.head), None)
    return head is not None and head.text.islower() and not (
        head.i > fig.start and doc[head.i - 1].pos_ in {"NOUN", "PROPN"} and not doc[head.i - 1].like_num)


def _enumerated_pair(doc: Doc, fig: _Figure, end: int) -> tuple[_Figure, _Figure | None]:
    """One step of `_enumeration`: the figure and the one after "and" / ","."""
    j = fig.end
    if fig.stated is None or _word(doc, j) not in {"and", ","} or _word(doc, j - 1) == "dead":
        return fig, None  # "left three soldiers dead and 11 civilians wounded": the dead word closes the group
    if _word(doc, j) == "," and _word(doc, j + 1) == "and" and _serial(doc, fig):
        j += 1  # the serial comma: "Six soldiers, two civilians, and a policeman"
    elif _word(doc, j) == "," and _word(doc, j + 1) == "including":
        j = _after_aside(doc, j + 2, end)  # "Four officers, including the chief, and five assailants were killed"
        if j < 0:
            return fig, None
        last = _figure_at(doc, j + 1, end)
        inner = any(doc[k].text == "," for k in range(fig.end + 2, j - 1))
        if inner and last is not None and _word(doc, last.end) == ",":
            # "11 people, including four raiders, five farmers, and one nurse, were hurt": the group
            # set off by the comma before the verb ends the aside's own list, in the 11
            return _Figure(fig.start, last.end, fig.num_end, fig.stated, fig.qualifier, fig.lo, fig.hi, fig.head,
                           last.end + 1), None
    nxt = _figure_at(doc, j + 1, end)
    if nxt is None and _word(doc, j + 1) in _POSSESSIVES and doc[min(j + 2, len(doc) - 1)].like_num:
        nxt = _figure_at(doc, j + 2, end)  # "The farmer and his two sons"
        if nxt is not None and _is_age(doc, nxt):
            nxt = None  # "a settler and his 17-year-old son": the age is no count, the son one more person
    if nxt is None and _word(doc, j) == "and" and _word(doc, j + 1) == "the" and _coordinated(doc, fig, j + 1, end):
        nxt = _singular(doc, j + 1, end, conjunct=True)  # "a vaccinator and the police officer escorting him"
    if nxt is not None and nxt.stated is None and nxt.qualifier == "vague" and nxt.head in _PERPETRATORS \
            and fig.head is not None and fig.head not in _PERPETRATORS and _word(doc, j) == "and":
        # "two soldiers and an unknown number of attackers were wounded": the soldiers read up to the verb
        return _Figure(fig.start, fig.end, fig.num_end, fig.stated, fig.qualifier, fig.lo, fig.hi, fig.head,
                       nxt.end), nxt
    if (nxt is None or nxt.stated is None) and (_word(doc, j) == "and" or _word(doc, j + 1) in _POSSESSIVES):
        nxt = _kin_after_and(doc, fig, j + 1, end)  # "a man, his wife and daughter"
    if nxt is None or nxt.stated is None or nxt.head is None or fig.head is None:
        return fig, None
    if _animal(doc, fig) and (_animal(doc, nxt) or nxt.head not in _NOT_PEOPLE):
        # "killed three elephants and two workers": the animals are no casualties, the workers are (read from the
        # list's start, so that the verb before it still gives their kind); "three elephants, two rhinos and a
        # ranger": the animals' list goes on to the ranger
        return _Figure(fig.start, nxt.end, nxt.num_end, nxt.stated, nxt.qualifier, nxt.lo, nxt.hi, nxt.head,
                       nxt.scan_from), None
    if nxt.head in _NOT_PEOPLE or _animal(doc, nxt):  # "One herder and 25 goats were killed": read on to the verb
        return _Figure(fig.start, fig.end, fig.num_end, fig.stated, fig.qualifier, fig.lo, fig.hi, fig.head,
                       nxt.end), None
    if nxt.head in {"more", "others"} and (_word(doc, j) != "and" or _after(doc, nxt.end, end) is not None):
        return fig, None  # "Two were killed and three others wounded"; "killed two guards and three others" adds
    if _word(doc, nxt.num_end) == "of" and _word(doc, nxt.num_end + 1) in {"them", "whom"}:
        return fig, None  # "Four people, three of them children": a part of the four, not more
    if _appositive(doc, fig, j, end) or (_word(doc, j) == "," and _is_speaker(doc, nxt)):
        return fig, None
    if fig.head in _PERPETRATORS and nxt.head not in _PERPETRATORS:
        return nxt, _Figure(fig.start, fig.end, fig.num_end, fig.stated, fig.qualifier, fig.lo, fig.hi, fig.head,
                            nxt.end)
    if nxt.head in _PERPETRATORS and fig.head not in _PERPETRATORS:
        return _Figure(fig.start, fig.end, fig.num_end, fig.stated, fig.qualifier, fig.lo, fig.hi, fig.head,
                       nxt.end), nxt
    lo = None if fig.lo is None or nxt.lo is None else fig.lo + nxt.lo
    hi = None if fig.hi is None or nxt.hi is None else fig.hi + nxt.hi
    qual: Qualifier = fig.qualifier if fig.qualifier != "exact" else nxt.qualifier
    return _Figure(fig.start, nxt.end, nxt.num_end, fig.stated + nxt.stated, qual, lo, hi, nxt.head), None


_POSSESSIVES = frozenset({"his", "her", "their"})


def _with_victims(doc: Doc, fig: _Figure, end: int) -> _Figure | None:
    """ "Sixty fighters and civilians were killed", "40 militants and villagers died": a number before fighters
    and a plural of other people with no number of its own counts both together. The figure, read as the
    victims' (it includes the attackers), runs to the second noun."""
    k = fig.end
    if _word(doc, k) not in {"and", "or"} or fig.stated is None:
        return None
    k += 1
    while k < end and doc[k].dep_ in {"amod", "compound"} and doc[k].head.i > k and not doc[k].like_num:
        k += 1  # "and local residents"
    if k >= end or doc[k].tag_ != "NNS" or doc[k].like_num:
        return None
    low = doc[k].lower_
    if low in _PERPETRATORS or low in _NOT_PEOPLE or not (_is_person_noun(low) or low in {"people", "persons"}):
        return None
    if not _joined_victims(doc, fig, k, end):
        return None
    return _Figure(fig.start, k + 1, fig.num_end, fig.stated, fig.qualifier, fig.lo, fig.hi, low)


def _joined_victims(doc: Doc, fig: _Figure, k: int, end: int) -> bool:
    """The plural at `k` is the parse's conjunct of the figure's noun, not the subject of a clause of its own:
    "killed 15 militants and residents fled the town" and "killed 40 rebels and villagers later buried the
    bodies" count the militants alone. A verb right after the plural only joins it when the figure's own verb
    comes after too ("Sixty fighters and civilians were killed")."""
    noun = doc[fig.end - 1]
    if doc[k].dep_ != "conj" or doc[k].head.i != noun.i:
        return False
    j = k + 1
    while j < end and doc[j].pos_ in {"ADV", "PART"}:
        j += 1  # "and villagers later buried"
    own_verb = j < end and doc[j].pos_ in {"VERB", "AUX"} and doc[j].tag_ in {"VBD", "VBP", "VBZ", "MD"}
    return not own_verb or noun.head.i > noun.i


def _coordinated(doc: Doc, fig: _Figure, k: int, end: int) -> bool:
    """The definite phrase from `k` is the parse's conjunct of the figure's head noun: one more victim ("shot
    dead a vaccinator and the police officer escorting him"), not the subject of a clause of its own ("killed
    a teacher and the headmaster said")."""
    heads = [t for t in doc[fig.start : fig.end] if not fig.start <= t.head.i < fig.end or t.head == t]
    return any(t.dep_ == "conj" and t.head in heads and t.i < end for t in doc[k : min(end, k + 6)])


def _after_aside(doc: Doc, k: int, end: int) -> int:
    """The "and" that closes an "including" aside inside a list of victims ("Four officers, including the
    district chief, and five assailants"), -1 when none does: the aside runs to a comma followed by "and"
    with no verb in it."""
    for j in range(k, min(end, k + 12)):
        if doc[j].text == "," and _word(doc, j + 1) == "and":
            return j + 1
        if doc[j].pos_ in {"VERB", "AUX"} and doc[j].lower_ not in _NAMING or doc[j].text in {";", "."}:
            return -1  # "including an officer named Omar Sheikh, and four herders": the naming is no verb of its own
    return -1


_NAMING = frozenset({"named", "identified", "called", "aged"})


def _serial(doc: Doc, fig: _Figure) -> bool:
    """The comma before "and" ends a list ("Six soldiers, two civilians, and a policeman") or a name's
    apposition ("Nasser, a tribal leader, and four relatives"), not an aside ("nine people were killed,
    including four assailants, and four were wounded")."""
    if any(doc[k].text == "," for k in range(fig.start, fig.end)):
        return _word(doc, fig.start - 1) != "including"
    if _apposed_name_lead(doc, fig, doc[fig.start].sent) is not None:
        return True  # "Okoro, the deputy governor, two guards, and one driver": the list goes on after the name
    return _word(doc, fig.start - 1) == "," and _word(doc, fig.start) in {"a", "an"} \
        and fig.start >= 2 and doc[fig.start - 2].pos_ == "PROPN"


def _kin_after_and(doc: Doc, fig: _Figure, i: int, end: int) -> _Figure | None:
    """One more person after "and" that the parse of a figure misses: "a police officer and his son" as the
    object of the killing, "His wife and daughter were injured" (the possessive shared)."""
    k = i + (_word(doc, i) in _POSSESSIVES)
    if i < k < end:  # "his 17-year-old son", "her teenage daughter": an age or an adjective before the noun
        age = _figure_at(doc, k, end) if doc[k].like_num else None
        if age is not None and _is_age(doc, age):  # "six-week-old", "17 year old": skip to the word after "old"
            k = next((t + 1 for t in range(k + 1, min(end, k + 6)) if doc[t].lower_ == "old"), k)
        while k < end and doc[k].tag_ == "JJ" and doc[k].dep_ == "amod" and doc[k].head.i > k:
            k += 1
    if k >= end or doc[k].tag_ != "NN" or not _is_person_noun(doc[k].lower_):
        return None
    # a possessive shared with the person before: "His wife and daughter", "Aboki's wife and child"
    shared = any(_word(doc, t) in _POSSESSIVES | {"'s", "’s"} for t in range(max(fig.start, i - 5), i - 1))
    # or an article shared by two nouns the parse coordinates: "killed a police officer and civilian", "The
    # driver and passenger were killed"
    shared = shared or _word(doc, fig.start) in {"a", "an", "the"} and fig.stated == 1 and doc[k].dep_ == "conj" \
        and fig.start <= doc[k].head.i < fig.end
    if k == i and not shared or _word(doc, k + 1) in {"of", "'s", "’s"}:
        return None
    return _Figure(i, k + 1, k + 1, 1, "exact", 1, 1, doc[k].lower_)


def _appositive(doc: Doc, fig: _Figure, j: int, end: int) -> bool:
    """ "Two civilians, a director of a school and a retired official, were killed": the people after
    the comma name the two; they are not more of them. "One man, a night watchman, died": one
    phrase (no 'and') names the one."""
    if _word(doc, j) != "," or (fig.stated or 0) < 1 or _word(doc, j + 1) not in {"a", "an"}:
        return False
    for k in range(j + 2, min(end, j + 18)):
        if doc[k].like_num or doc[k].lower_ in _UNITS or fig.stated == 1 and doc[k].lower_ == "and":
            return False
        if doc[k].text == "," and _word(doc, k + 1) in _AUX | _KILL_WORDS | _INJURE_WORDS:
            return True
    return False


_REPORTING = REPORTING_VERBS | {"write", "tweet", "post"}


def _is_speaker(doc: Doc, fig: _Figure) -> bool:
    """ "killing 23 people, a police official said": the phrase after the comma is who reports the toll,
    not one more victim. Its first verb (after an optional name set off by commas) is a reporting verb,
    or the parse makes its head the subject of one."""
    head = doc[fig.end - 1]
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in _REPORTING:
        return True
    verb = next((t for t in doc[fig.end : min(len(doc), fig.end + 6)] if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.lemma_.lower() in _REPORTING


def _is_age(doc: Doc, fig: _Figure) -> bool:
    """ "a 33-year-old man", "the 2016 attack", "in 2013": not counts."""
    nxt = _word(doc, fig.num_end)
    if nxt == "-" and _word(doc, fig.num_end + 1) in {"year", "month", "week", "day"}:
        return True
    if "year-old" in nxt or nxt.startswith("year"):
        return True
    text = doc[fig.num_end - 1].text
    if not (text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100):
        return False
    prev = _word(doc, fig.start - 1)
    return fig.head is None or prev in {"in", "since", "of", "by", "from", "until", "before", "after", "early", "late",
                                        "mid", "during", "between", "and", "to"} or fig.head in {"the", "a"}


def _kind(doc: Doc, sent: Span, fig: _Figure) -> tuple[Kind | None, bool]:
    """Killed or injured, from the casualty word after the phrase or the verb before it; and whether
    the figure is the perpetrator's own claim."""
    if fig.head in _DEATH_NOUNS:
        return "killed", False
    j = _word_before(doc, sent, fig.start, _BEFORE_A_FIGURE)
    if _word(doc, j) == "of" and _word(doc, j - 1) in _REMAINS:
        return "killed", False  # "the bodies of two men with gunshot wounds": the wounds are what they died of
    before = _before(doc, sent, fig.start)
    if before is not None and _either(doc, _word_before(doc, sent, fig.start, _BEFORE_A_FIGURE)):
        before = None  # "killing or wounding 30 people"
    after = _after(doc, fig.scan, sent.end)
    if after is None and _along_with(doc, _word_before(doc, sent, fig.start, _BEFORE_A_FIGURE)) \
            and _word(doc, fig.scan) == "who" and doc[fig.scan].dep_ == "nsubjpass":
        # "killing the driver along with two passengers who were wounded": their own clause tells their fate
        after = _after(doc, fig.scan + 1, sent.end)
    prev = _word(doc, fig.start - 1)  # "shot dead two farmers and wounded a pastor": the verb right before wins
    right_before = prev in _KILL_VERBS | _INJURE_VERBS or (
        prev in {"dead", "down"} and _word(doc, fig.start - 2) in _TO_DEATH | _TO_DEATH_ING | {"gunned", "cut"}
        and not _downed_thing(doc, fig.start - 1, fig.start)) or _to_death_before(doc, fig.start - 1)
    if right_before and after is not None and any(c.dep_ == "auxpass" for c in doc[fig.start - 1].children):
        right_before = False  # "One person was killed another wounded": a passive verb takes no object
    if before is None or (after is not None and not right_before):
        if after is not None and _active_subject(doc, fig, after[1]):
            return None, False
        kind = after[0] if after else _kind_of_subject(doc, fig, sent.end) or _shot_or_stabbed(doc, sent, fig) \
            or _taken_then_killed(doc, fig)
        return kind, kind is not None and _group_says(doc, sent, fig.start)
    prefix = doc_text(doc)[sent.start_char : doc[fig.start].idx]
    return before, bool(_PERP_CLAIM.search(prefix)) or _own_kills_told(doc, sent, fig)


def _own_kills_told(doc: Doc, sent: Span, fig: _Figure) -> bool:
    """ "'We killed 25 soldiers,' a JNIM spokesman said", "the group's commander said its fighters had killed
    40": the killing verb before the figure has the group itself for subject ("we", "our fighters", "it",
    "its men") and an armed group says it: the perpetrator's own count (DESIGN.md)."""
    verb = doc[fig.start].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and sent.start <= verb.head.i < sent.end:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and (verb.dep_ == "conj" or _participle_adjunct(verb)):
        # "its fighters had attacked a post, killing 14 soldiers": the participle shares its clause's doer
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in _GROUP_NOUNS or any(
            c.dep_ == "poss" and c.lower_ in {"our", "its", "their"} for c in subject.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _GROUP_NOUNS for g in c.children)
            for c in subject.children)):  # "fighters of the group"
        return False
    return _group_speaks(doc[fig.start], sent)


_TAKE_LEMMAS = {"abduct", "kidnap", "seize", "capture", "attack", "ambush", "take", "drag", "round"}
_ALL_OF_THEM = {"them", "all", "both"}


def _taken_then_killed(doc: Doc, fig: _Figure) -> Kind | None:
    """ "Gunmen abducted three farmers on Sunday and killed them", "abducted Musa Bello, the village head, two of
    his sons and a neighbour, and shot them dead": the people taken are the object of the taking verb, and its
    conjoined killing verb has "them" / "all (of them)" / "both" for its object, so they are the dead."""
    tok = doc[fig.start]
    for _ in range(8):  # up the noun phrase (apposition, list, "two of his sons") to the verb's object
        if tok.dep_ in {"dobj", "pobj"} and tok.i >= fig.start and tok.head.i < fig.start \
                or tok.head.i == tok.i or tok.head.pos_ in {"VERB", "AUX"}:
            break
        tok = tok.head
    verb = _fired_on(tok) if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if verb is None or tok.dep_ == "dobj" and verb.lemma_.lower() not in _TAKE_LEMMAS | _ATTACK_ACTS:
        return None
    for conj in _later_deeds(verb, tok):
        obj = next((c for c in conj.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in _ALL_OF_THEM:
            continue
        if conj.lower_ in _INJURE_VERBS:
            return "injured"  # "opened fire on three farmers, wounding them"
        killed = conj.lower_ in _KILL_VERBS or conj.lower_ in _TO_DEATH and (
            _word(doc, obj.i + 1) == "dead" or _word(doc, obj.i + 1) == "to" and _word(doc, obj.i + 2) == "death")
        if killed:
            return "killed"
    return None


def _fired_on(tok: Token) -> Token | None:
    """The verb of "shot at / fired on / opened fire on" whose target is the object `tok` of the preposition."""
    prep = tok.head
    if prep.lower_ not in {"at", "on"}:
        return None
    verb = prep.head
    if verb.lower_ == "fire" and verb.head.lemma_.lower() == "open":
        return verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _ATTACK_ACTS | {"open"} else None


def _later_deeds(verb: Token, obj: Token) -> list[Token]:
    """The verbs after `verb`'s object `obj` that carry on its deed on the same people: its conjuncts ("abducted
    three farmers and killed them") and its trailing participles with theirs ("opened fire on two gunmen,
    (detonating their vests and) killing them")."""
    out = [c for c in verb.children if c.dep_ == "conj" and c.i > obj.i and c.pos_ == "VERB"]
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > obj.i and c.tag_ == "VBG":
            out += [c, *(g for g in c.conjuncts if g.i > c.i and g.tag_ == "VBG")]
    return out


_WEAPON_HURT = {"shot", "stabbed", "knifed", "shooting", "stabbing", "knifing", "shoots", "stabs"}
_DEATH_TOLD = re.compile(r"\b(?:kill\w*|died|dies|dead|death|fatal\w*|mortal\w*|succumb\w*|lifeless)\b", re.I)


def _shot_or_stabbed(doc: Doc, sent: Span, fig: _Figure) -> Kind | None:
    """People shot or stabbed are wounded unless the sentence tells a death: "A man stabbed three people",
    "a gunman shot two guards", "Three people were shot in the square" (not "shot at", not the shooters:
    "Three men shot a guard"). "shot dead", "stabbed to death", "..., killing one" and "two of them
    fatally" leave the count to the death words."""
    if fig.head is None or fig.head in _PERPETRATORS or fig.head in _NOT_PEOPLE \
            or not (_is_person_noun(fig.head) or fig.head.endswith("s") and _is_person_noun(fig.head[:-1])
                    or fig.head in {"people", "persons", "others", "them", "more"}):
        return None
    j = _word_before(doc, sent, fig.start, _BEFORE_A_FIGURE)
    if j >= sent.start and (doc[j].lower_ in _WEAPON_HURT or _hit_by_missile(doc[j])) and doc[j].pos_ == "VERB":
        verb = doc[j]
    else:  # the passive: "Three people were (reportedly) shot"
        k, passive = fig.scan, False
        while k < sent.end and (doc[k].lower_ in _AUX or doc[k].pos_ == "ADV" and doc[k].is_alpha):
            passive = passive or doc[k].lower_ in _BE
            k += 1
        if not passive or k >= sent.end or not (doc[k].lower_ in _WEAPON_HURT or _hit_by_missile(doc[k])) \
                or _shot_at(doc, k):
            return None
        verb = doc[k]
    if _DEATH_TOLD.search(_without_share(doc, fig, sent, verb.idx)):
        return None
    return "injured"


_HITTING = frozenset({"hit", "hits", "hitting", "struck", "strikes", "striking"})
_MISSILES = frozenset({"bullet", "bullets", "shrapnel", "gunfire", "pellet", "pellets", "fragment", "fragments",
                       "splinters", "car", "truck", "van", "lorry", "vehicle", "bus"})
"""What hits a person and wounds him: a bullet or splinter, or a vehicle driven at him."""


def _hit_by_missile(verb: Token) -> bool:
    """ "A boy was hit by a stray bullet", "Shrapnel struck two children", "the car hit a cyclist": hit by a
    bullet, splinter or vehicle, which wounds as a shot does (the verb's subject, or the passive's agent;
    "..., hitting a cyclist" takes the subject of the clause it hangs on)."""
    if verb.lower_ not in _HITTING:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ in {"advcl", "conj"}:
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in _MISSILES for t in doers)


def _shot_at(doc: Doc, k: int) -> bool:
    """ "were shot at (by gunmen)": fired at, maybe missed; "were shot at a party" tells where they were hit."""
    return _word(doc, k + 1) == "at" and not any(c.dep_ == "pobj" for c in doc[k + 1].children)


_FATALLY = {"fatally", "mortally"}
_FATAL_HARM = frozenset(_WEAPON_HURT | {"wounded", "wounding", "injured", "injuring", "hurt"})


def _fatal_share(doc: Doc, fig: _Figure, sent: Span) -> tuple[int, int, int, bool] | None:
    """ "Two officers were shot, one of them fatally", "stabbed three passers-by, one fatally", "Five were
    wounded, two of them fatally", "both fatally": a share of the people hurt died of it; so do the ones a
    gun or knife killed of those it hit ("A gunman shot three people, killing one"). Returns the share's first
    token, its end, how many died and whether the share is a figure of its own ("killing one" is read as
    one); None when no share follows the figure before another count ("one critically" is no death)."""
    k = fig.end
    while k < sent.end:
        if doc[k].like_num:
            return None
        if doc[k].text == ",":
            j = k + 1
            killing = _word(doc, j) == "killing" and _weapon_hurt(doc, fig, sent)
            j += killing
            count: int | None
            if _word(doc, j) in {"both", "all"} and not killing:
                count, j = fig.stated, j + 1
            else:
                parsed = _parse_number(doc, j, sent.end)
                count, j = parsed if parsed is not None else (None, j)
            if _word(doc, j) == "of" and _word(doc, j + 1) in {"them", "whom", "those"}:
                j += 2
            if count is not None and (killing or _word(doc, j) in _FATALLY):
                if fig.stated is None or not 0 < count <= fig.stated:
                    return None
                return (k + 1, j, count, False) if killing else (k + 1, j + 1, count, True)
        k += 1
    return None


def _weapon_hurt(doc: Doc, fig: _Figure, sent: Span) -> bool:
    """The figure counts the people a gun or knife hit: "shot three people", "Three people were stabbed"."""
    j = _word_before(doc, sent, fig.start, _BEFORE_A_FIGURE)
    if j >= sent.start and doc[j].lower_ in _WEAPON_HURT:
        return True
    k = fig.scan
    while k < sent.end and (doc[k].lower_ in _AUX or doc[k].pos_ == "ADV" and doc[k].is_alpha):
        k += 1
    return k < sent.end and doc[k].lower_ in _WEAPON_HURT and not _shot_at(doc, k)


def _without_share(doc: Doc, fig: _Figure | None, sent: Span, start_char: int) -> str:
    """The sentence's text from `start_char`, less the figure's fatal share, whose death is only a part
    of the people hurt, and less the death of the attacker the security forces stopped ("stabbed two
    guards before he was shot dead by police"), which is no death of theirs."""
    share = _fatal_share(doc, fig, sent) if fig is not None else None
    gone = _felled_words(doc, sent) | (set(range(share[0], share[1])) if share is not None else set())
    chars = list(doc_text(doc)[start_char : sent.end_char])
    for k in gone:
        a = doc[k].idx - start_char
        if a >= 0:
            chars[a : a + len(doc[k])] = " " * len(doc[k])
    return "".join(chars)


def _less(c: Casualties, n: int) -> Casualties | None:
    """The figure less `n` who died of their wounds ("Five were wounded, two of them fatally": three); None
    when none is left."""
    def minus(v: int | None) -> int | None:
        return None if v is None else max(v - n, 0)

    if c.max is not None and c.max - n <= 0 or c.stated is not None and c.stated - n <= 0:
        return None
    return Casualties(stated=minus(c.stated), qualifier=c.qualifier, min=minus(c.min), max=minus(c.max),
                      claimed_by_perpetrator=c.claimed_by_perpetrator, evidence=c.evidence)


_GROUP_NOUNS = {"it", "they", "we", "group", "militants", "insurgents", "rebels", "jihadists", "militia"}


_BE = {"were", "was", "been", "be", "being", "are", "is"}


def _active_subject(doc: Doc, fig: _Figure, j: int) -> bool:
    """The people counted do the killing: "Two gunmen shot and killed a guard", "Three militants killed
    two soldiers", "10-30 assailants shot dead a chief" — the verb is active (no "were" / "was" between)
    and takes an object after it. Care received is no deed: "two received medical care" counts the hurt."""
    if any(doc[k].lower_ in _BE for k in range(fig.scan, j)) or doc[j].lower_ in _SUFFER | _RECEIVING:
        return False
    verb = doc[j].head if doc[j].lower_ in {"dead", "death"} else doc[j]
    if verb.lower_ == "to" and doc[j].lower_ == "death":
        verb = verb.head  # "Three gunmen shot to death a land dealer": "to death" hangs on the verb
    # "stabbed and shot to death a land dealer": the object may hang on the first verb of the pair
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "dobj" and c.i > j for v in verbs for c in v.children)


def _group_says(doc: Doc, sent: Span, start: int) -> bool:
    """The figure is the object clause of an armed group's claim: "Al Shabaab claimed (that) 25 soldiers
    were killed", "the group said 40 soldiers died" — the perpetrator's own count (DESIGN.md)."""
    j = start - 1
    if _word(doc, j) == "that":
        j -= 1
    if j >= sent.start and doc[j].lower_ in {"claimed", "claims", "claiming", "said", "says", "saying"} \
            and _group_claims(doc, doc[j]):
        return True
    return _group_speaks(doc[start], sent)


def _group_claims(doc: Doc, verb: Token) -> bool:
    """The speech verb right before the figure has an armed group for its subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "The Taliban claimed the attack and said 40 ..."
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in {"spokesman", "spokeswoman", "spokesperson", "statement", "leader", "commander"}:
        # "a spokesman for the Islamic State said ..."
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}), None)
        subject = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if subject is None:
            return False
    if subject.lower_ in _GROUP_NOUNS:
        return True
    name = doc[min(t.i for t in subject.subtree) : subject.i + 1]
    return gazetteer().lookup(name.text) is not None


_SPEECH = {"say", "claim", "state", "announce", "report", "add", "boast", "insist", "tell", "write", "post", "tweet"}
_ANAPHORS = {"it", "they", "we"}


_PRIVATE_TELLERS = COMMUNITY_SPEAKERS | WITNESS_SPEAKERS
_TOLL_TELLING = _SPEECH | {"put", "place", "estimate", "count"}


def _private_tellers(doc: Doc, fig: _Figure, sent: Span) -> bool:
    """The figure is what residents or witnesses give: "but residents put the toll at eleven", "witnesses said
    eleven people died", "eleven were killed, according to villagers". From the figure the parse is climbed to
    the nearest verb that tells a toll with a subject of its own (or an "according to" on it); "Police said three
    died" is the police's."""
    node = doc[fig.start]
    while node.dep_ != "ROOT" and node.i != node.head.i and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    for _ in range(6):
        told = [g for c in node.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.children
                if t.dep_ == "prep" for g in t.children if g.dep_ == "pobj"]
        if any(t.lower_ in _PRIVATE_TELLERS for t in told):
            return True
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and node.lemma_.lower() in _TOLL_TELLING and node.pos_ in {"VERB", "AUX"}:
            return subject.lower_ in _PRIVATE_TELLERS
        if node.dep_ not in {"ccomp", "conj", "xcomp", "parataxis"} or node.head.i == node.i \
                or not sent.start <= node.head.i < sent.end:
            return False
        node = node.head
    return False


def _group_speaks(tok: Token, sent: Span) -> bool:
    """The figure (its first token `tok`) lies inside what an armed group says, however deep: "al-Shabaab
    said its fighters had stormed the base and claimed that 17 soldiers had been killed", "Houthi
    spokesman Yahya Saree said dozens of soldiers had died". From the figure's verb the parse is climbed
    through clausal complements and coordinations to the nearest speech verb with a subject (a
    coordinated verb takes its head's); an anaphoric subject ("it", "its fighters") hands over to the
    speaker above. The subject is a group by the gazetteer, alone or with a role noun ("a spokesman for
    the Taliban", "the group's commander")."""
    node = tok
    while node.dep_ != "ROOT" and node.i != node.head.i and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    for _ in range(8):
        if node.lemma_.lower() in _SPEECH and node.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is None and node.dep_ == "conj":
                subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                if _speaker_is_group(subject) or _the_group(subject):
                    return True
                if not _anaphoric(subject):
                    return False
        if node.dep_ not in {"ccomp", "conj", "xcomp", "parataxis"} and not _participle_adjunct(node) \
                or node.head.i == node.i or not sent.start <= node.head.i < sent.end:
            return False
        node = node.head
    return False


def _participle_adjunct(verb: Token) -> bool:
    """ "(its fighters attacked a post,) killing 14 soldiers": a participle that tells what its clause's
    deed did, so it is told by whoever tells the clause."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG"


def _the_group(subject: Token) -> bool:
    """ "the group said", "the militants said": a definite group noun points back to the armed group
    named before it (a speaker who is no group is named by its own noun)."""
    return subject.lower_ in _GROUP_NOUNS - {"it", "they", "we"} and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _anaphoric(subject: Token) -> bool:
    """A subject that points back to a speaker named above it: "it", "they", "its fighters"."""
    return subject.lower_ in _ANAPHORS or any(
        c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subject.children)


def _speaker_is_group(subject: Token) -> bool:
    """The speaker names an armed group: "al-Shabaab", "the Taliban's spokesman", "Houthi spokesman Yahya
    Saree", "a spokesman for the Islamic State" (a name in its compounds, possessor or for/of phrase; the
    gazetteer's groups only, not states)."""
    parts = [subject]
    for c in subject.children:
        if c.dep_ in {"compound", "poss", "appos"}:
            parts.append(c)
            parts.extend(g for g in c.children if g.dep_ in {"compound", "poss"})
        if c.dep_ == "prep" and c.lower_ in {"for", "of"}:
            parts.extend(g for g in c.children if g.dep_ == "pobj")
    names: set[str] = set()
    for p in parts:
        first = min([p.i] + [c.i for c in p.children if c.dep_ == "compound" and c.i < p.i])
        names.update({p.doc[first : p.i + 1].text, p.text})
    for name in names:
        entry = gazetteer().lookup(re.sub(r"\s*-\s*", "-", name))
        if entry is not None and (entry.type == "group" or _media_arm(entry)):
            return True
    return False


def _media_arm(entry: Entry) -> bool:
    """A group's own outlet ("Amaq", "Al-Kataib") speaks for the group it belongs to."""
    parent = gazetteer().lookup(entry.affiliation) if entry.type == "organization" and entry.affiliation else None
    return parent is not None and parent.type == "group"


def _kind_of_subject(doc: Doc, fig: _Figure, end: int) -> Kind | None:
    """The casualty verb of a figure whose noun phrase runs on before it ("A mayor in the state of
    Guerrero was shot dead", "One passenger who tried to flee was shot and killed"): read from the
    parse, for the passive subject of the verb or the subject of "died" — never an active subject,
    who is the killer ("A soldier at the base killed two colleagues")."""
    root = next((t for t in doc[fig.start : fig.end] if not fig.start <= t.head.i < fig.end), None)
    if root is not None and root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"} \
            and past_dateline(root.head, root.head.head.i).i == root.i:
        root = root.head  # "CITY, Country — A journalist who ... was shot dead": the parser's subject is the city
    if root is None or root.head.i < fig.end:
        return None
    verb = root.head
    if root.dep_ == "nsubj" and verb.lower_ in {"died", "dies", "die", "perished"}:
        return "killed"
    if root.dep_ == "nsubj" and verb.lower_ in _SUFFER:
        # "A man from the neighbouring flat suffered serious burns": the wound after the verb decides
        found = _wounds_at(doc, verb.i + 1, end)
        return found[0] if found else None
    if root.dep_ == "nsubj":
        found = _after(doc, _conjoined_passive(verb, end), end)
        return found[0] if found else None
    if root.dep_ != "nsubjpass":
        return None
    aux = [c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i > root.i]
    if any(doc[i].dep_ == "neg" for i in aux):
        return None
    found = _after(doc, min([*aux, verb.i]), end)
    if found is None:
        # "One constable was doused with petrol and killed": a casualty verb conjoined to what was done first
        # ("killed or injured" counts both, neither alone)
        plain = verb.lower_ not in _KILL_WORDS | _INJURE_WORDS and not any(
            c.dep_ == "cc" and c.lower_ != "and" for c in verb.children)
        also = next((c for c in verb.children if plain and c.dep_ == "conj" and verb.i < c.i < end
                     and c.lower_ in _KILL_WORDS | _INJURE_WORDS
                     and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)
        if also is not None:
            return "killed" if also.lower_ in _KILL_WORDS else "injured"
        # "Five farmhands were blindfolded (and marched off) before being shot and killed": the passive after
        # 'before / after being' befell them too
        later = next((v for w in (verb, *verb.conjuncts) for p in w.children
                      if p.dep_ == "prep" and p.lower_ in {"before", "after"} for v in p.children
                      if v.dep_ == "pcomp" and v.i < end and any(a.dep_ == "auxpass" for a in v.children)), None)
        if later is not None:
            found = _after(doc, min(a.i for a in later.children if a.dep_ == "auxpass"), end)
    return found[0] if found else None


def _conjoined_passive(verb: Token, end: int) -> int:
    """ "The two bombers detonated their vests and were killed", "One guard tried to flee but was wounded": the
    'was / were' of a passive conjoined to the subject's own deed, with no subject of its own, which befell
    that subject; `end` when there is none."""
    passive = next((c for c in verb.children if c.dep_ == "conj" and verb.i < c.i < end
                    and any(a.dep_ == "auxpass" for a in c.children)
                    and not any(a.dep_ in {"nsubj", "nsubjpass"} for a in c.children)), None)
    if passive is None:
        return end
    return min(a.i for a in passive.children if a.dep_ == "auxpass")


def _survived(verb: Token) -> bool:
    """ "was gunned down and seriously wounded", "... but survived", "... and taken to hospital": the clause
    tells the person lived, so "gunned down" is no death ("mowed down" never is one by itself: run over)."""
    def own_clause(t: Token) -> bool:  # "... and his passenger was wounded" tells of someone else
        while t.i != verb.i:
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
                return False
            t = t.head
        return True

    return any(t.i > verb.i and (t.lower_ in _INJURE_WORDS or t.lower_ in {"hospital", "survived", "survives"})
               and own_clause(t) for t in verb.subtree)


def _after(doc: Doc, j: int, end: int) -> tuple[Kind, int] | None:
    # skip ", including five police and three gunmen,", " (Naik Aqeel Abbas)", ", A and B,", ", aged 27,"
    if _word(doc, j) in {",", "(", "–", "—"}:
        for k in range(j + 1, min(end, j + 16)):
            low = doc[k].lower_
            if low in {",", ")", "–", "—"} and (_word(doc, k + 1) in _AUX | _KILL_WORDS | _INJURE_WORDS | _SUFFER):
                j = k + 1
                break
            if low in {"were", "was"} and _word(doc, j + 1) == "including":
                j = k
                break
            if doc[k].pos_ == "VERB" and low not in {"including", "among", "aged"} and doc[k].dep_ != "amod":
                break
    if _word(doc, j) in {"who", "that"} and _word(doc, j + 1) in {"were", "have"}:
        # "to bury six traders who were shot dead": the relative clause tells what befell those counted (one person's
        # "who was" is the relative-victim reader's, whose evidence runs to the verb)
        j += 1
    steps = 0
    wounded: tuple[Kind, int] | None = None  # "a man with gunshot wounds", unless a death follows
    while j < end and steps < 8:
        low = doc[j].lower_
        if _either(doc, j):
            return None  # "had been killed or wounded": a count of both, neither kind alone
        if low in _KILL_WORDS or low in _NEUTRALISED and _word(doc, j + 1) not in {"from", "as"}:
            return "killed", j  # not "eliminated from the inquiry", "eliminated as suspects"
        if low in _INJURE_WORDS:
            return "injured", j
        if low in _SUFFER or low == "with" and wounded is None:
            found = _wounds_at(doc, j + 1, end)
            if found is not None:
                if found[0] == "killed":
                    return found
                wounded, j = found, found[1] + 1
                steps += 1
                continue
        if low in _TO_DEATH and (_word(doc, j + 1) == "dead" or _word(doc, j + 1) == "to"
                                 and _word(doc, j + 2) == "death"):
            return "killed", j + (1 if _word(doc, j + 1) == "dead" else 2)
        if low in {"burned", "burnt"} and _word(doc, j + 1) == "alive":
            return "killed", j + 1  # "were burned alive"
        if low in {"gunned", "shot"} and _word(doc, j + 1) == "down" and not _survived(doc[j]):
            # "A shopkeeper was gunned / shot down": shot dead, unless "... and wounded" (the people counted:
            # an aircraft shot down is no figure of people)
            return "killed", j + 1
        if _person_burned(doc[j]):
            return "injured", j
        if _in_hospital(doc, j) or low == "treated" and _word(doc, j - 1) in _BE and not (
                _word(doc, j + 1) == "for" and _word(doc, j + 2) == "shock"):
            return "injured", j  # "56 were (still) being treated": people under care after the attack are hurt
        if low == "lost" and _word(doc, j + 2) in {"lives", "life"}:
            return "killed", j + 2
        maimed = _maimed_at(doc, j, end)
        if maimed is not None:
            return "injured", maimed  # "lost an eye", "had both legs amputated", "was knocked unconscious"
        if doc[j].lemma_.lower() in MARTYRDOM_VERBS and _word(doc, j + 1) == "martyrdom":  # "embraced martyrdom"
            return "killed", j + 1
        if low == "death" and _word(doc, j - 1) == "to":
            if doc[j - 1].head.lemma_.lower() in {"sentence", "condemn"}:
                return None  # "sentenced three men to death": a verdict, no one killed
            return "killed", j
        if low in _TO_DEATH | _TAKEN and _word(doc, j + 1) == "," and _word(doc, j + 2) in _TO_DEATH | _TAKEN:
            j += 2  # "was stabbed, abducted and killed": a chain of participles, whose last one tells the kind
            steps += 1
            continue
        link = _after_a_place_on_the_body(doc, j, end) if low in _TO_DEATH | _TAKEN else None
        if link is not None:
            j = link  # "was stabbed in the neck, abducted and killed", "was dragged from his car and assassinated"
            steps += 1
            continue
        if low in _TO_DEATH or (low == "and" and _word(doc, _past_adverbs(doc, j + 1, end))
                                in _TO_DEATH | _KILL_WORDS | _INJURE_WORDS) or (
                low in _TAKEN and _word(doc, j + 1) == "and"
                and _word(doc, _past_adverbs(doc, j + 2, end)) in _KILL_WORDS | _INJURE_WORDS):
            j += 1  # "were shot and killed", "were abducted and (later) killed": the second verb tells the kind
            steps += 1
            continue
        if low not in _AUX and not (doc[j].pos_ == "ADV" and doc[j].is_alpha) and not doc[j].is_space:
            return wounded
        j += 1
        steps += 1
    return wounded


_LIMBS = frozenset({"eye", "eyes", "leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "limb", "limbs",
                    "finger", "fingers", "sight", "eyesight", "hearing", "ear", "ears"})
_LIMB_OWNERS = frozenset({"a", "an", "his", "her", "their", "both", "one", "two", "left", "right", "lower", "upper",
                          "several", "all"})


def _maimed_at(doc: Doc, j: int, end: int) -> int | None:
    """Harm told without a wound word, from `j`: "lost an eye / both legs / his sight", "had a leg amputated",
    "(was) knocked / beaten unconscious", "(was) left unconscious". The people before are injured (GTD counts
    them so). Returns the index of the last word, None when the words tell no harm ("lost their way")."""
    low = _word(doc, j)
    if low in {"lost", "loses", "losing", "had", "has"}:
        k = j + 1
        while k < end and k - j <= 3 and _word(doc, k) in _LIMB_OWNERS:
            k += 1
        if k >= end or _word(doc, k) not in _LIMBS:
            return None
        if low.startswith("los"):
            return k
        return k + 1 if _word(doc, k + 1) in {"amputated", "severed"} else None
    if low in {"knocked", "beaten", "rendered"} and _word(doc, j + 1) == "unconscious" and j + 1 < end:
        return j + 1
    if low == "unconscious" and _word(doc, j - 1) in {"left", "found"}:
        return j
    return None


def _person_burned(tok: Token) -> bool:
    """ "One officer was badly burned": a person burned (not to death) is hurt; the passive subject must be a
    person noun, since houses and cars are burned too."""
    if tok.lower_ not in {"burned", "burnt", "scalded"} or tok.tag_ != "VBN" \
            or _word(tok.doc, tok.i + 1) in {"to", "down", "alive", "dead"}:
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and _is_person_noun(subject.lower_) and subject.lower_ not in _PERPETRATORS


_CHAIN_PREPOSITIONS = frozenset({"in", "on", "from", "at", "into", "out", "near", "outside", "inside", "through"})


def _after_a_place_on_the_body(doc: Doc, j: int, end: int) -> int | None:
    """The participle at `j` has a short phrase of its own ("stabbed in the neck", "dragged from his car") before
    the chain goes on (", abducted and killed", "and assassinated"): the index of the next participle or "and",
    None when the chain ends there ("was stabbed in the neck by a guard")."""
    k = j + 1
    if _word(doc, k) not in _CHAIN_PREPOSITIONS:
        return None
    k += 1
    while k < end and k - j <= 6 and doc[k].pos_ in {"DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM"}:
        k += 1
    if k == j + 2:
        return None
    if _word(doc, k) == "," and _word(doc, k + 1) in _TO_DEATH | _TAKEN:
        return k + 1
    if _word(doc, k) == "and" and _word(doc, _past_adverbs(doc, k + 1, end)) in _TO_DEATH | _KILL_WORDS | _TAKEN:
        return k
    return None


_TAKEN = {"abducted", "kidnapped", "seized", "captured", "attacked", "ambushed", "assaulted", "raped", "robbed",
          "taken", "dragged", "tied", "blindfolded", "detained", "held"}
"""What befell people before their death or wounding in one passive: "were abducted and killed"."""


def _past_adverbs(doc: Doc, k: int, end: int) -> int:
    """The first token from `k` that is no adverb ("and later killed", "and subsequently executed")."""
    while k < end and doc[k].pos_ == "ADV" and doc[k].is_alpha and k < end:
        k += 1
    return k


_EITHER_KILLED = _KILL_WORDS | _KILL_VERBS
_EITHER_HURT = _INJURE_WORDS | _INJURE_VERBS


def _either(doc: Doc, j: int) -> bool:
    """The casualty word at `j` is one side of "killed or wounded", "dead or injured", "killing or
    maiming": the figure counts the dead and the hurt together, so it is neither's. So does "and" when
    the two words share the figure with nothing between them ("had killed and wounded 70 people")."""
    low = _word(doc, j)
    if low not in _EITHER_KILLED | _EITHER_HURT:
        return False
    other = _EITHER_HURT if low in _EITHER_KILLED else _EITHER_KILLED
    if _word(doc, j + 1) == "or" and _word(doc, j + 2) in other \
            or _word(doc, j - 1) == "or" and _word(doc, j - 2) in other:
        return True
    if low in _DIED_ALONE:
        return False
    # "and" only between two deeds done to the same people ("was wounded and died" tells one fate after another)
    return _word(doc, j + 1) == "and" and _word(doc, j + 2) in other - _DIED_ALONE \
        or _word(doc, j - 1) == "and" and _word(doc, j - 2) in other - _DIED_ALONE


_DIED_ALONE = {"died", "dies", "die", "dying", "perished", "succumbed", "death", "deaths", "dead"}


_SUFFER = {"suffered", "sustained", "suffering", "sustaining", "received", "suffers", "sustains"}
_WOUND_MODIFIERS = {"gunshot", "bullet", "stab", "knife", "shrapnel", "blast", "head", "leg", "chest", "multiple",
                    "serious", "minor", "severe", "critical", "grave", "grievous", "superficial", "slight", "light",
                    "life-threatening", "non-life-threatening", "several", "bodily", "physical", "burn", "facial",
                    "gun", "shot", "machete", "fatal", "mortal", "moderate", "internal", "other", "smoke"}


def _wounds_at(doc: Doc, k: int, end: int) -> tuple[Kind, int] | None:
    """ "(suffered / with) a minor injury", "(sustained) gunshot wounds", "(with) serious head injuries": the
    people before carry wounds, so they are injured; "fatal injuries" kill. The index is the wound word's."""
    fatal = False
    for _ in range(5):
        low = _word(doc, k)
        if k >= end or low not in _WOUND_MODIFIERS | {"a", "an", "-", "and"}:
            break
        fatal = fatal or low in {"fatal", "mortal"}
        k += 1
    if _word(doc, k) not in _WOUNDS or k >= end:
        return None
    return ("killed" if fatal else "injured"), k


_TO_HOSPITAL = {"taken", "rushed", "admitted", "evacuated", "airlifted", "transferred", "brought"}


_RECEIVING = {"receiving", "received", "receive", "receives"}
_CARE_KINDS = {"medical", "hospital", "emergency", "intensive"}
_CARE = {"treatment", "care", "attention"}


def _in_hospital(doc: Doc, j: int) -> bool:
    """ "About 30 others remain in hospital", "six were rushed to a nearby hospital", "eight others are receiving
    treatment", "two are under treatment": people in hospital or under care after an attack are its injured."""
    low = _word(doc, j)
    if low in _RECEIVING or low == "under":
        k = j + 1 + (_word(doc, j + 1) in _CARE_KINDS)
        return _word(doc, k) in _CARE and (low != "under" or _word(doc, k) == "treatment")
    if low in {"remain", "remains", "remained", "remaining"}:
        return _word(doc, j + 1) == "in" and _word(doc, j + 2) in {"hospital", "hospitals"}
    if low == "treated":  # "were being treated for gunshot wounds", "treated in a local hospital"
        return _word(doc, j + 1) == "for" and any(_word(doc, k) in _WOUNDS for k in (j + 2, j + 3, j + 4)) or (
            _word(doc, j + 1) in {"in", "at"} and _hospital_after(doc, j + 2))
    if low not in _TO_HOSPITAL or _word(doc, j + 1) != "to":
        return False
    return _hospital_after(doc, j + 2) and not _PRECAUTION.match(doc_text(doc), doc[j].idx)


_PRECAUTION = re.compile(
    r"[^.;]{0,40}?\b(?:hospitals?|clinic)\b\s+(?:only\s+)?(?:as\s+a\s+precaution|for\s+(?:observation|checks|"
    r"(?:a\s+)?(?:precautionary\s+)?(?:check-?ups?|examination|screening|tests))|as\s+a\s+precautionary\s+measure)",
    re.I,
)
"""People taken to hospital "as a precaution" or "for observation": looked at, not hurt (GTD counts no injury)."""


_WOUNDS = {"wounds", "wound", "injuries", "injury", "burns", "inhalation", "cuts", "bruises", "lacerations",
           "fractures"}
"""What the hurt carry or are treated for; "smoke inhalation" after an arson is an injury like burns. Told of people
("five people with cuts were taken to hospital for checks") they are hurt, whatever the visit's purpose."""


def _hospital_after(doc: Doc, k: int) -> bool:
    """ "(to) a nearby hospital": the word at `k`, after articles and modifiers, is a hospital."""
    while _word(doc, k) in {"a", "the", "nearby", "local", "several", "various", "different", "military", "district",
                            "city", "provincial", "regional", "two", "three"}:
        k += 1
    return _word(doc, k) in {"hospital", "hospitals"}


_TOLL_UPDATE_VERBS = frozenset({"reached", "hit", "stood", "stands", "rises", "rose", "risen", "climbed", "passed",
                                "exceeded", "topped"})
_TOLL_LEAD_WORDS = _TOLL_UPDATE_VERBS | {"to", "at", "of", "is", "was", "are", "were"}
"""Words right before a toll's figure ("the death toll rose to 54", "the number of dead stood at 12")."""


def _downed_thing(doc: Doc, j: int, start: int) -> bool:
    """ "shot down a helicopter", "burning down 40 homes": "down" at `j` fells a thing, not people; the noun
    of the figure from `start` is a common noun that names no person."""
    if _word(doc, j) != "down":
        return False
    noun = doc[start] if doc[start].pos_ in {"NOUN", "PROPN", "PRON"} else doc[start].head
    low = noun.lower_
    return noun.pos_ == "NOUN" and not _is_person_noun(low) and low not in {"people", "persons"} \
        and low not in _PERPETRATORS


_HARM_NOUNS: dict[str, Kind] = {
    "death": "killed", "killing": "killed", "killings": "killed", "murder": "killed", "murders": "killed",
    "massacre": "killed", "injury": "injured", "injuring": "injured", "wounding": "injured",
}
"""Nouns of the harm done to the people counted after "the ... of" ("the death of two people")."""


def _harm_of_the_act(doc: Doc, sent: Span, h: int, start: int) -> bool:
    """The harm noun at `h` tells the harm of the act the sentence reports: what it resulted in, led to or caused
    ("resulting in the death of two people", "caused the death of five"), or the subject the sentence tells of
    ("The killing of three peacekeepers drew condemnation"). After "after", "for", "since", "convicted of" ... it
    names another act ("a week after the killing of four soldiers", "sentenced to death for the murder of two
    policemen"), and a tally over a period ("the death of 30 soldiers since January") is no one act's."""
    noun = doc[h]
    if noun.dep_ == "conj" and noun.head.lower_ not in _HARM_NOUNS and (_word(doc, h - 2), _word(doc, h - 1)) == (
            "and", "the"):
        # "causing the death of three shoppers, and the wounding of five": the parse joins the second harm noun to
        # something else; it shares the role of the harm noun before it in the sentence
        prev = next((t for t in reversed(doc[sent.start : h]) if t.lower_ in _HARM_NOUNS and _word(doc, t.i + 1) == "of"
                     and _word(doc, t.i - 1) in {"the", "in"}), None)
        if prev is not None:
            return _harm_of_the_act(doc, sent, prev.i, prev.i + 2)
    while noun.dep_ == "conj" and noun.head.i < noun.i:  # "... and the wounding of seven": the first noun's role
        noun = noun.head
    if _REVENGED_HARM.search(doc_text(doc), max(0, noun.idx - 40), noun.idx) is not None:
        return False  # "carried out in retaliation for the death of a member": the avenged act's harm
    if _ANOTHER_ACTS_HARM.search(doc_text(doc), max(0, noun.idx - 40), noun.idx) is not None:
        # "a week after the killing of four soldiers, gunmen attacked ...": the act told is another; "Following the
        # killing of two soldiers, troops were deployed": the killing is the only act told, and its toll counts
        return not _main_clause_tells_an_act(doc, noun.i) and not any(
            doc[k].lower_ == "since" or (doc[k].lower_, _word(doc, k + 1)) in {("this", "year"), ("so", "far")}
            for k in range(start, min(sent.end, start + 8)))
    for k in range(start, sent.end):
        if doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {",", ";"}:
            break
        if doc[k].lower_ == "since" or (doc[k].lower_, _word(doc, k + 1)) in {("this", "year"), ("so", "far")}:
            return False
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if noun.dep_ == "dobj":
        # "caused the death of five"; the act claimed or condemned is the act told ("The Taliban claimed the killing
        # of three soldiers", "The governor condemned the killing of two aid workers"; "since" is handled above)
        verb = noun.head
        if verb.lemma_.lower() in {"claim", "announce", "report"} and any(
                c.dep_ == "nsubj" and (c.lower_ in _SECURITY or c.lemma_.lower() in _SECURITY) for c in verb.children):
            return False  # "The army claimed the killing of 12 militants": the forces' own operation, no attack's toll
        return verb.lemma_.lower() in _THE_ACT_TOLD_VERBS
    # "resulted in", "led to"; "suspected in the killing of three peacekeepers" tells the act of the suspects; not
    # in a relative clause on something else ("information that led to the death of a commander": another act)
    verb = noun.head.head
    if verb.dep_ == "relcl" and not any(c.lower_ == "which" and c.i > 0 and doc[c.i - 1].text == ","
                                        for c in verb.children):
        return False  # ", which led to ..." may tell the whole act ("hit a school, which led to the death of six")
    return noun.dep_ == "pobj" and ((noun.head.lower_, verb.lemma_.lower()) in {
        ("in", "result"), ("to", "lead"), ("in", "suspect")} or noun.head.lower_ == "for"
        and verb.lemma_.lower() in _BLAME_WORDS)


_THE_ACT_TOLD_VERBS = frozenset({"cause", "claim", "condemn", "denounce", "deplore"})
"""Verbs whose object harm noun is the told act's harm: its cause, its claim, its condemnation."""
_BLAME_WORDS = frozenset({"blame", "responsibility", "responsible", "credit"})
"""A blame or a claim "for" the harm names the told act ("were blamed for the killing of two aid workers", "claimed
responsibility for the murder of three soldiers"); a sentence "for" it names a past one ("sentenced for ...")."""


def _people_counted(doc: Doc, start: int, end: int) -> bool:
    """The count from `start` counts people ("two people", "three Kenyan peacekeepers") or stands alone ("seven"),
    not things ("a thousand cuts"). The counted noun is the phrase's head, not a compound before it ("two aid
    workers", "two police officers": the workers and the officers are counted, not the aid or the police)."""
    noun = next((t for t in doc[start : min(end, start + 6)] if t.pos_ in {"NOUN", "PROPN"}
                 and not (t.dep_ == "compound" and t.head.i > t.i and t.head.pos_ in {"NOUN", "PROPN"})), None)
    if noun is None or noun.i > start + 1 and doc[noun.i - 1].is_punct:
        return True
    low = noun.lower_
    return low in {"people", "persons", "others"} or _is_person_noun(low) or low in _PERPETRATORS \
        or low.endswith(("ists", "ians")) and low not in _NOT_PEOPLE and _is_person_noun(low[:-1])
    # "three catechists", "two musicians": a plural of an "-ist" / "-ian"; not any plural the endings test takes for
    # a person's ("two elephants", "forty pheasants": "-ant" names animals and things as often)


def _before(doc: Doc, sent: Span, start: int) -> Kind | None:
    # "the corpses of the remaining twelve captives": those left of a group told before
    j = _word_before(doc, sent, start, _BEFORE_A_FIGURE | {"remaining"})
    if j < sent.start:
        return None
    low = doc[j].lower_
    if low in _KILL_VERBS or low in _NEUTRALISED or (
            low in {"dead", "down"} and _word(doc, j - 1) in _TO_DEATH | _TO_DEATH_ING | {"gunned", "cut"}
            and not _downed_thing(doc, j, start)) or _to_death_before(doc, j):
        return "killed"
    if low in _INJURE_VERBS:
        return "injured"
    if low in _STABBED:
        return _stabbed(doc, sent, start)
    if low == "to" and _word(doc, j - 1) in _WOUNDS - {"cuts"}:  # not "budget cuts to 40 schools"
        return "injured"  # "causing serious injuries to two guards"
    if low == "of" and _word(doc, j - 1) in _REMAINS:
        return "killed"  # "the bodies of three abducted traders were found": the dead are counted
    if low == "of" and _word(doc, j - 1) in _HARM_NOUNS and _word(doc, j - 2) in {"the", "in"} \
            and _people_counted(doc, start, sent.end) and _harm_of_the_act(doc, sent, j - 1, start):
        # "resulting in the death of two people and the wounding of seven", "the killing of three peacekeepers"
        return _HARM_NOUNS[_word(doc, j - 1)]
    if low == "claimed" or low == "claims" or low == "claiming":
        return "killed" if _word(doc, start + 1) in {"lives", "life"} or _next_is_lives(doc, start) else None
    if low in _TOLL_LEAD_WORDS:
        return _toll(doc, sent, start, j)
    if _word(doc, j) in _POSSESSIVES and _along_with(doc, j - 1):
        j -= 1  # "along with his two guards"
    if _along_with(doc, j):
        return _felled_before_along(doc, sent, j)
    return None


def _along_with(doc: Doc, j: int) -> bool:
    """The word at `j` closes "along with" / "together with"."""
    return _word(doc, j) == "with" and _word(doc, j - 1) in {"along", "together"}


def _felled_before_along(doc: Doc, sent: Span, j: int) -> Kind | None:
    """ "The mayor was killed (in the attack), along with his driver": the people after "along with" share the
    fate of the one told just before in the clause (a passive "was killed / was wounded", no other verb or
    clause opener such as "when" / "as" between)."""
    for k in range(j - 2, max(sent.start, j - 12) - 1, -1):
        low = doc[k].lower_
        if low in _KILL_WORDS and _word(doc, k - 1) in {"was", "were"}:
            return "killed"
        if low in _INJURE_WORDS and _word(doc, k - 1) in {"was", "were"}:
            return "injured"
        if doc[k].pos_ in {"VERB", "AUX"} and low not in {"was", "were"} or low in {";", "and"}:
            return None
        if doc[k].dep_ == "mark" or doc[k].pos_ == "SCONJ" or low in _CLAUSE_OPENERS:
            return None  # "was killed as a gunman, together with two others, stormed ...": another clause's doers
    return None


_CLAUSE_OPENERS = frozenset({"when", "as", "after", "while", "before", "because", "until", "once", "whereas"})


_REMAINS = DEAD_BODY_NOUNS | {"deaths"}
_STABBED = {"stabbed", "stabbing", "stabs", "knifed"}
_DEATH_AFTER = re.compile(r"\b(?:kill\w*|died|dies|dead|death|fatally|mortally)\b", re.I)


def _stabbed(doc: Doc, sent: Span, start: int) -> Kind | None:
    """ "after he stabbed two guards", "stabbing three passers-by": a knife wounds the people it names,
    unless a death follows in the sentence ("stabbed two guards to death", "stabbed three people,
    killing one"), whose own words count the dead; "one (of them) fatally" is a share of the wounded."""
    told = _without_share(doc, _figure_at(doc, start, sent.end), sent, doc[start].idx)
    return None if _DEATH_AFTER.search(told) else "injured"


def _toll(doc: Doc, sent: Span, start: int, j: int) -> Kind | None:
    """The kind of a toll whose figure starts at `start`, `j` being the word before it ("to", "at", "reached")."""
    window = doc[max(sent.start, start - 10) : start]
    words = {t.lower_ for t in window}
    toll = next((t for t in reversed(window) if t.lower_ == "toll"), None)
    if toll is not None:
        return _toll_kind(doc, toll.i)
    if "number" in words and words & (_KILL_WORDS | {"deaths", "dead", "fatalities"}):
        return "injured" if words & _INJURE_WORDS and not words & {"death", "dead", "killed"} else "killed"
    if "number" in words and words & _INJURE_WORDS:
        return "injured"
    return _toll_subject(doc, j)


_INJURY_TOLL = _INJURE_WORDS | {"injury", "wounding", "injuring", "wound"}


def _toll_kind(doc: Doc, k: int) -> Kind:
    """The kind of the toll at token `k`: a toll of the injured says so next to the word ("the injury toll",
    "the toll of (the) wounded"); a bare "the toll" is the death toll, whatever wound word the sentence
    tells before it ("Three of the wounded later died, raising the toll to 11")."""
    near = {_word(doc, k - 1), _word(doc, k - 2)}
    j = k + 1
    if _word(doc, j) in {"of", "among"}:
        j += 1
        while _word(doc, j) in {"the", "those", "people", "persons"}:
            j += 1
        near.add(_word(doc, j))
    if near & {"death", "deaths", "dead", "killed", "fatality", "fatalities"}:
        return "killed"
    return "injured" if near & _INJURY_TOLL else "killed"


_TOLL_VERBS = _TOLL_UPDATE_VERBS | {"climbs", "jumped", "increased", "grew", "grown", "reach", "rise", "climb",
                                    "increases", "jumps"}
"""Verbs of a toll whose subject the parse names ("The death toll from ... has climbed to 30")."""


_TOLL_ANAPHORS = {"it", "figure", "tally", "count", "number", "total"}


def _toll_anaphor(doc: Doc, j: int) -> bool:
    """A toll verb before the figure whose subject only points back to the toll just told: "Officials put the
    death toll at 26. By Sunday it had risen to 32", "The figure later climbed to 30"."""
    verb = doc[j - 1] if doc[j].lower_ in {"to", "at"} and j > 0 else doc[j]
    if verb.lower_ not in _TOLL_VERBS:
        return False
    subject = _subject_before(verb)
    return subject is not None and subject.lower_ in _TOLL_ANAPHORS \
        and _toll_subject(doc, j) is None


def _subject_before(verb: Token) -> Token | None:
    """The verb's subject nearest before it: a dateline the parser hangs on the lead's verb as a second subject
    ("QUETTA (Wire) - The death toll ... rose to 31") is not what rose."""
    return max((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i),
               key=lambda c: c.i, default=None)


def _toll_subject(doc: Doc, j: int) -> Kind | None:
    """A toll whose subject runs on past the word window: "The death toll from a bomb attack on a bus in
    Kenya rose to 17", "The number of people killed in Monday's attack on the market has climbed to 30".
    Read from the parse: the verb before the figure ("rose to", "reached") and its subject."""
    verb = doc[j - 1] if doc[j].lower_ in {"to", "at"} and j > 0 else doc[j]
    if verb.lower_ not in _TOLL_VERBS:
        return None
    subject = _subject_before(verb)
    if subject is None:
        return None
    words = {t.lower_ for t in subject.subtree}
    dead = words & (_KILL_WORDS | {"death", "deaths", "fatalities"})
    if subject.lower_ == "toll":
        return "injured" if words & _INJURE_WORDS and not dead else "killed"
    if subject.lower_ in {"number", "tally", "count", "figure"}:
        return "killed" if dead else "injured" if words & _INJURE_WORDS else None
    return None


def _next_is_lives(doc: Doc, start: int) -> bool:
    return any(doc[k].lower_ in {"lives", "life"} for k in range(start, min(len(doc), start + 4)))


def _casualties(doc: Doc, fig: _Figure, claimed: bool) -> Casualties:
    span = doc[fig.start : fig.end]
    while len(span) > 1 and (not span[-1].is_alpha and not span[-1].like_num or span[-1].lower_ in {"of", "the"}):
        if span[-1].text == ")" and "(" in span.text:
            break
        span = doc[span.start : span.end - 1]
    return Casualties(
        stated=fig.stated,
        qualifier=fig.qualifier,
        min=fig.lo,
        max=fig.hi,
        claimed_by_perpetrator=claimed,
        evidence=EvidenceSpan(start=span.start_char, end=span.end_char, text=span.text),
    )
