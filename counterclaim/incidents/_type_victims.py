"""Who the attack was on, read from the victims' words: rules that correct the attack and target types.

Kept apart from the word tables of `_type_rules` (which the learned model sees as features): these run after
the labels are chosen, in `classify`, and none is a model feature (they came after training).

- Habits of a group ("bandits, the name given to gangs that kidnap for ransom", "a gang known for
  abductions"): a clause that describes what a group usually does tells no act of this incident, so its words
  type nothing (`habit_clauses`).
- Rank-and-file victims of "assassinated" ("two soldiers were assassinated", common in Latin American
  English): GTD's Assassination needs a prominent person; soldiers, police officers or civilians killed are an
  armed assault (GTD train: three of four such summaries, with victims from the security forces or civilians,
  are Armed Assault; `rank_and_file_killings`).
- A bomb planted on a titled person's own car ("a judge was killed when a bomb hidden in her car exploded"):
  the official was the target, GTD's Assassination (GTD train + dev: bombs attached to the vehicle of a named
  official are Assassination; `bombs_for_an_official`).
- The retinue of a targeted official (bodyguards, driver, family, passers-by, the home): no Private Citizens
  target of their own (GTD train: 28 of 30 assassinations of officials whose summary names such people code
  no Private Citizens; `retinue_only`).
"""

from __future__ import annotations

import re

from ..nlp._cues import ATTACKER_NOUNS, GENERIC_PERPETRATORS, GROUP_ANAPHORS, HABITUAL_ADVERBS
from ._type_rules import _CAP, _TITLE
from ._word_patterns import compile_words as _compile


def _plural(words: frozenset[str]) -> str:
    """The nouns with their plural (longest first, so "gangs" is not cut to "gang")."""
    words = words - {"suspect", "suspects"}  # also a verb: "sources suspect that ..."
    forms = {w for w in words if " " not in w} | {w + "s" for w in words if " " not in w and not w.endswith("s")}
    forms |= {"gangs", "cartels", "groups", "syndicates", "networks", "criminals", "herdsmen", "pirates"}
    return "|".join(sorted((re.escape(w) for w in forms), key=len, reverse=True))


_GROUP = _plural(GROUP_ANAPHORS | GENERIC_PERPETRATORS | ATTACKER_NOUNS)
_ADVERB = "|".join(sorted(HABITUAL_ADVERBS))
_NOT_PRESENT = (
    r"(?:\w+ed|was|were|is|are|am|be|been|had|has|have|did|does|do|will|would|could|can|may|might|shall|should|"
    r"must|not|shot|took|stole|set|struck|threw|blew|fled|held|ran|drove|hit|beat|overran|fought|burnt|came|went|"
    r"made|left|began|broke|tore|laid|led|kept|slew|cut|put|got|gave|sent|brought|caught|told|said|also|then|later|"
    r"the|a|an|this|these|those|its|their|his|her|he|she|they|it|we|i|you)"
)
"""Words after "that"/"who" that do not start a clause in the simple present: a past act ("gunmen who shot"),
an auxiliary ("who had abducted"), an adverb of time, or a new subject ("groups say that the ...")."""
_ENDS_CLAUSE = (
    r"(?:\w+ed|was|were|is|are|had|did|shot|took|stole|set|struck|threw|blew|fled|held|ran|drove|overran|fought|"
    r"burnt|came|went|made|left|began|broke|tore|laid|led|kept|slew|got|gave|sent|brought|caught|told|said)"
)
"""A word that ends a habit clause without a comma: the main verb ("a gang that robs travellers kidnapped ...")."""
_HABIT_CLAUSE = _compile(
    rf"(?:{_GROUP}),?\s+(?P<clause>(?:that|who|which)\s+(?:(?:{_ADVERB}|mainly|mostly|largely)\s+)?"
    rf"(?!{_NOT_PRESENT}(?![\w-]))[a-z][\w-]*(?:[ \t]+(?!{_ENDS_CLAUSE}(?![\w-]))[\w'’-]+)*)"
    r"|(?P<known>(?:known|notorious|infamous|feared|reputed|renowned|famed) for [^,.;:!?\n]*)"
)


def habit_clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses that tell what a group does as a habit ("gangs that kidnap for ransom", "a gang that
    abducts travellers", "a group known for kidnappings"): no act of this incident, so no attack or target type."""
    return [m.span("clause") if m.group("clause") else m.span("known") for m in _HABIT_CLAUSE.finditer(text)]


_RANKS = (
    r"soldiers?|troops|servicem[ae]n|service members?|conscripts?|recruits?|marines?|sailors?|policem[ae]n|"
    r"police(?:wom[ae]n)?|(?:police |army |military |security |prison )?officers?|patrolm[ae]n|agents?|"
    r"guards?|gendarmes?|uniformed|personnel|members of the (?:[\w-]+ ){0,3}(?:forces|army|police|military)|"
    r"civilians?|villagers?|farmers?|residents?|peasants?|youths?|men|women|people|persons"
)
_ASSASSINATED = r"assassinated"
_RANK_AND_FILE = _compile(
    rf"(?:{_RANKS}) (?:(?:were|was|had been|have been|has been|being) )?(?:[\w-]+ly )?{_ASSASSINATED}|"
    rf"{_ASSASSINATED} (?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+) )?"
    rf"(?:[\w-]+ ){{0,2}}(?:{_RANKS})"
)
TITLE_WORD = _compile(rf"{_TITLE}s?")
_SENTENCE = re.compile(r"[^.!?\n]+")


def rank_and_file_killings(text: str) -> list[tuple[int, int]]:
    """Spans where "assassinated" has rank-and-file victims ("Two soldiers were assassinated", "assassinated a
    police officer") in a sentence that names no office holder ("the mayor and two guards were assassinated"
    keeps its Assassination)."""
    spans = []
    for sent in _SENTENCE.finditer(text):
        if TITLE_WORD.search(sent.group()):
            continue
        spans.extend((sent.start() + a, sent.start() + b)
                     for a, b in (m.span() for m in _RANK_AND_FILE.finditer(sent.group())))
    return spans


_EXPLOSIVE = r"(?:(?:sticky|magnetic|car) )?bombs?|explosive(?:s| devices?| charges?)?|devices?|ieds?|grenades?"
_OWN_VEHICLE = r"(?:car|vehicle|suv|jeep|truck|pick-?up|motorcycle|motorbike|van)"
_ON = r"(?:in|under|underneath|beneath|inside|on|onto|to)"
_BOMB_IN_OWN_CAR = (
    rf"(?:{_EXPLOSIVE}) (?:[\w-]+ ){{0,3}}?{_ON} (?:his|her) (?:[\w-]+ )?{_OWN_VEHICLE}"
)
_KILLED = r"(?:killed|assassinated|murdered|slain|died|dies|was killed|were killed)"
_BOMB_FOR_OFFICIAL = _compile(
    # "A judge ... was killed when a bomb hidden in her car exploded"
    rf"(?P<t1>{_TITLE})(?![\w-])[^.;!?\n]{{0,150}}?(?<![\w-]){_KILLED} [^.;!?\n]{{0,80}}?(?<![\w-])"
    rf"(?P<b1>{_BOMB_IN_OWN_CAR})|"
    # "A bomb planted under his car killed the mayor"
    rf"(?P<b2>{_BOMB_IN_OWN_CAR}) [^.;!?\n]{{0,60}}?(?<![\w-])(?:killed|killing) (?:(?:a|an|the) )?(?:[\w-]+ ){{0,3}}"
    rf"(?P<t2>{_TITLE})|"
    # "a sticky bomb fixed to the car of Ana Ruiz, the district mayor"
    rf"(?P<b3>(?:{_EXPLOSIVE}) (?:[\w-]+ ){{0,3}}?{_ON} (?:the|a) (?:[\w-]+ )?(?:{_OWN_VEHICLE}|convoy|motorcade) of) "
    rf"(?:(?:{_CAP}[\w'.-]+ ){{0,4}}{_CAP}[\w'.-]+, )?(?:(?:a|an|the) )?(?:[\w-]+ ){{0,3}}(?P<t3>{_TITLE})"
)


def bombs_for_an_official(text: str) -> list[tuple[int, int]]:
    """Spans (the title, the bomb) where a bomb was planted on a titled person's own vehicle and killed them ("a
    judge was killed when a bomb hidden in her car exploded"): a targeted killing, GTD's Assassination beside the
    bombing."""
    spans = []
    for m in _BOMB_FOR_OFFICIAL.finditer(text):
        for i in (1, 2, 3):
            if m.group(f"t{i}"):
                spans += sorted([m.span(f"t{i}"), m.span(f"b{i}")])
    return spans


_KIN_OF = _compile(
    r"(?:shot|killed|opened fire (?:on|at)|attacked|fired (?:on|at)|targeted|stabbed|ambushed|abducted|kidnapped)"
    r"(?: and (?:killed|wounded|injured))? (?:the |a |an |two |three |four |several )?(?:[\w-]+ )?"
    r"(?:brothers?|sons?|cousins?|nephews?|wife|daughters?|relatives?|supporters|father|mother|(?:election )?rally|"
    r"family members?|sister|uncle|in-laws?|bodyguards?|guards?|driver|aides?)(?: and [\w-]+)? (?:of|for)(?![\w-])"
)


def kin_of_the_official(text: str) -> list[tuple[int, int]]:
    """Spans where the attack fell on a titled person's kin, guards or supporters ("shot the brother of a
    lawmaker", "opened fire on a rally for a candidate"): the prominent person was not the victim, so no GTD
    Assassination (GTD train: 12 such summaries, 7 Armed Assault, 4 Kidnapping, 1 Bombing, none Assassination)."""
    return [m.span() for m in _KIN_OF.finditer(text)]


RETINUE = frozenset(
    {"home", "homes", "house", "houses", "home of", "family", "families", "passers-by", "passersby", "passer-by",
     "bystanders", "bystander", "people", "children", "women"}
)
"""Private Citizens words that, beside a targeted official, name the official's people or place (the home,
the family, bystanders, 'killing three people'), not a target of their own."""


def retinue_only(words: list[str]) -> bool:
    """Every Private Citizens word of the passage names the retinue of a targeted official (`RETINUE`)."""
    return all(w.lower() in RETINUE for w in words)


_STOP = r"(?:in|on|at|near|when|where|as|after|before|during|and|who|whose|which|that|killed|was|were|had|has)"
_MOURNED = _compile(
    # the dead a gathering mourns: "the funeral of a former governor", "a memorial service for two policemen"
    rf"(?:funerals?|burials?|memorials?|wakes?)(?: (?:services?|ceremon(?:y|ies)|processions?|prayers?|rites?))? "
    rf"(?:of|for) (?P<dead>(?:(?!{_STOP}(?![\w-]))[\w'’.-]+ ){{0,5}}?(?!{_STOP}(?![\w-]))[\w'’.-]+)"
    rf"(?=\s*(?:[,.;:!?)\n]|$|(?:{_STOP})(?![\w-])))|"
    # a death of no attack: "who died of a heart attack", "who had died after a long illness"
    r"(?P<natural>(?:who|which) (?:had |has )?(?:died|passed away)(?: [\w'’-]+)? (?:of|from|after|following) "
    r"(?:a |an |the )?(?:[\w'’-]+ )?(?:heart attack|cardiac arrest|stroke|illness|cancer|natural causes|old age|"
    r"covid(?:-19)?|disease|kidney failure|complications))"
)


def mourned_dead(text: str) -> list[tuple[int, int]]:
    """Spans of the dead a funeral or memorial is for ("a bomber struck the funeral of a former district
    governor") and of a death of natural causes ("who died of a heart attack"): they were dead before the attack,
    so no target (and no Assassination) of it; the mourners are whom it hit."""
    return [m.span("dead") if m.group("dead") else m.span("natural") for m in _MOURNED.finditer(text)]


_AMONG_THE_DEAD = _compile(
    # (not "including": GTD's "killing five, including a police chief" may be a targeted killing)
    r"among (?:the |those )?(?:dead|killed|victims|casualties|wounded|injured|slain)(?: (?:were|was|are|is))?"
    r"[^.;!?\n]*"
)


def titled_among_the_dead(text: str) -> bool:
    """Every titled person of `text` is named among the victims of the many killed ("killing 23 people ... Among
    the dead were two tribal elders and a police commander"): they died with the crowd, not as the attack's aim, so
    no Assassination (the codebook's killing of a specific, prominent person)."""
    spans = [m.span() for m in _AMONG_THE_DEAD.finditer(text)]
    titles = [m.span() for m in TITLE_WORD.finditer(text)]
    return bool(spans) and bool(titles) and all(any(a <= s and e <= b for a, b in spans) for s, e in titles)
