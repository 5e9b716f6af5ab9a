"""Hashed text features for the GTD type model, shared by training and inference.

Words, crude stems and stem bigrams are hashed (CRC-32, 2**20 buckets), so the shipped model holds
bucket numbers and weights, never strings taken from the licensed training text. Each feature keeps
the span of its first occurrence, which becomes the evidence of a learned label.

Cues (`c:` features) carry signals that single words miss and that hold down GTD's rare attack types:
a vehicle taken (Hijacking), hostages held in place (Barricade Incident), harm without arms (Unarmed
Assault), and a passage with no weapon word at all. They have no label of their own: the model learns
how much each is worth. Two more kinds let a linear model see what words alone blur: the stems of the
lead sentence (`l:`), where a summary tells the attack itself while later sentences tell tolls, looting
and claims; and pairs of the attack and weapon rules that fired, and each with whether people were hurt
(`x:`), e.g. arson that killed people (an assault) against arson that hurt no one (a facility attack).
(Named-person cues for Assassination were tried: no gain on GTD, and news prose
names its speakers the same way, so they pushed news incidents towards Assassination.)
"""

from __future__ import annotations

import re
import zlib

from ._type_rules import RuleHit, lead_end, rule_features, rule_hits

N_BITS = 20
_MASK = (1 << N_BITS) - 1
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’\-.][A-Za-z0-9]+)*")
_DATE_PREFIX = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}(?:\s*[-–]\s*\d{1,2}/\d{1,2}/\d{2,4})?\s*:\s*")
_STOP = frozenset("a an the of in on at to and or was were is are be been by for with from that this it its as".split())


_VEHICLES = (
    r"vehicles?|trucks?|cars?|bus(?:es)?|minibus(?:es)?|motorcycles?|boats?|vessels?|ships?|planes?|aircraft|"
    r"tankers?|lorr(?:y|ies)|ambulances?|trains?|pick-?ups?"
)
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        # Taking a vehicle (GTD Hijacking) rather than attacking its occupants.
        (
            "vehicle_taken",
            rf"(?i:\b(?:st[oe]le|steal\w*|seiz\w+|took|taken?|commandeer\w*|hijack\w*|detain\w*|stopped|"
            rf"intercepted|diverted) (?:control of )?(?:[\w'’-]+ ){{0,4}}(?:{_VEHICLES})\b)",
        ),
        ("took_control", r"(?i:\btook control of\b)"),
        # Hostages held where they were seized (GTD Barricade Incident), not taken away.
        (
            "held_in_place",
            r"(?i:\btied (?:up|them|\w+ up)|\b(?:held|holding|took|taken) (?:\w+ ){0,4}hostages?|\boccupied\b|"
            r"\bbriefly (?:detained|held)|\bdetained (?:\w+ ){0,3}briefly|\bstand-?off\b|\bbarricad\w+|\bsiege\b)",
        ),
        # Harm without arms (GTD Unarmed Assault): vehicles as weapons, poison, beating.
        (
            "unarmed_harm",
            r"(?i:\b(?:r[au]n (?:\w+ ){0,2}over|drove (?:\w+ ){0,4}(?:into|towards?|at)|rammed|beat(?:en|ing)?|"
            r"punched|kicked|poison\w*|chemicals?|acid|strangl\w+|ston(?:ed|ing)|pelted|sexually assault\w*|"
            r"tortured|physically assault\w*)\b)",
        ),
    )
)


# Whether the passage says people were hurt: "no reported casualties" and the like say no, a toll verb says yes.
_NO_CASUALTIES = re.compile(
    r"(?i:\bno (?:reported )?(?:casualties|injuries|fatalities)\b|\bno casualties were reported\b|"
    r"\bno one was (?:hurt|injured|killed)\b)"
)
_CASUALTIES = re.compile(r"(?i:\b(?:killed|killing|wounded|wounding|injured|injuring|died|dead)\b)")


def casualty_state(text: str) -> str:
    """`none` when the passage says nobody was hurt, `some` when it tells a toll, else `unsaid`."""
    if _NO_CASUALTIES.search(text):
        return "none"
    return "some" if _CASUALTIES.search(text) else "unsaid"


def conjunctions(text: str, hits: list[RuleHit]) -> list[str]:
    """Pairs of attack/weapon rule labels that fired, and each with the casualty state (no span of their own)."""
    fired = sorted({f"{h.task[0]}:{h.label}" for h in hits if h.task in ("attack", "weapon") and h.feature})
    state = casualty_state(text)
    out = []
    for i, a in enumerate(fired):
        out.append(f"x:{a}|{state}")
        out.extend(f"x:{a}|{b}" for b in fired[i + 1 :])
    return out


def cue_spans(text: str) -> dict[str, tuple[int, int]]:
    """Feature-only cues (no label of their own), name -> span of the first match: the model learns their weight."""
    out: dict[str, tuple[int, int]] = {}
    for name, pattern in _CUES:
        m = pattern.search(text)
        if m:
            out[name] = (m.start(), m.end())
    return out


def strip_date_prefix(summary: str) -> str:
    """Drop GTD's leading `MM/DD/YYYY:` so the model cannot learn from dates."""
    return _DATE_PREFIX.sub("", summary, count=1)


def bucket(name: str) -> int:
    """Stable hash bucket of a feature name (CRC-32 is the same on every platform and run)."""
    return zlib.crc32(name.encode("utf-8")) & _MASK


def _norm(token: str) -> str:
    low = token.lower().replace("’", "'")
    return "<num>" if low.replace(",", "").replace(".", "").isdigit() else low


def _stem(word: str) -> str:
    """A crude suffix stripper: enough to let "bombers"/"bombing" share weight with "bomb"."""
    for suffix, repl in (
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ers", "er"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + repl
    return word


def feature_spans(text: str, hits: list[RuleHit] | None = None) -> dict[int, tuple[int, int]]:
    """Bucket -> local (start, end) of the feature's first occurrence in `text`."""
    out: dict[int, tuple[int, int]] = {}
    # A leading "MM/DD/YYYY:" is no word of the report: training strips it, so inference skips it too.
    prefix = _DATE_PREFIX.match(text)
    begin = prefix.end() if prefix else 0
    toks = [(_norm(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text, begin)]
    stems = [_stem(t) for t, _, _ in toks]
    for i, (tok, start, end) in enumerate(toks):
        out.setdefault(bucket("u:" + tok), (start, end))
        if stems[i] != tok:
            out.setdefault(bucket("s:" + stems[i]), (start, end))
        if i + 1 < len(toks) and not (tok in _STOP and toks[i + 1][0] in _STOP):
            out.setdefault(bucket(f"b:{stems[i]} {stems[i + 1]}"), (start, toks[i + 1][2]))
    for m in _TOKEN.finditer(text, begin, max(begin, lead_end(text))):
        tok = _norm(m.group())
        if tok not in _STOP:
            out.setdefault(bucket("l:" + _stem(tok)), (m.start(), m.end()))
    if hits is None:
        hits = rule_hits(text)
    first: dict[str, tuple[int, int]] = {}
    for h in hits:
        if h.feature:
            first.setdefault(f"r:{h.task}:{h.label}", (h.start, h.end))
    for name in rule_features(hits):
        out.setdefault(bucket(name), first[name])
    for name, span in cue_spans(text).items():
        out.setdefault(bucket("c:" + name), span)
    for name in conjunctions(text, hits):
        out.setdefault(bucket(name), (0, 0))
    if not any(h.task == "weapon" for h in hits):
        # No weapon word at all: a signal of its own (unarmed assaults, unknown methods), with no span to show.
        out.setdefault(bucket("c:no_weapon_word"), (0, 0))
    return out
