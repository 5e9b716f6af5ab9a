"""GTD attack / weapon / target types for an incident's text, with confidences and evidence spans.

A learned model (hashed words and rule indicators, plus the parse's role vectors when the caller
has the parse; one calibrated logistic regression per label, trained on GTD summaries) proposes the
labels; word rules (`_type_rules`) add labels the model is not sure of when their trigger words are
present, supply the evidence, and stand alone when the model file is absent. Attack types are
ordered by the GTD hierarchy (the codebook records the highest applicable type first); weapons and
targets by confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc, Token

from ..models import Label, Span
from ..nlp._cues import (
    ACCUSE_VERBS,
    CONDEMN_LEMMAS,
    DENY_VERBS,
    REPORTING_VERBS,
    STATEMENT_NOUNS,
    SYMPATHY_LEMMAS,
)
from ._company_names import company_targets
from ._type_model import Scored, TypeModel, default_model
from ._type_rules import (
    _A_DEATH,
    ATTACK_HIERARCHY,
    SURE,
    TASKS,
    RuleHit,
    Task,
    arrivals,
    blank,
    central_police,
    civil_peace_committees,
    detonations,
    fights_back,
    fire_of_the_shells,
    fired_arms,
    hostages_at_the_scene,
    incendiary_devices,
    militia_doers,
    nothing_told_of_the_attack,
    rammed_into_people,
    responses,
    rule_hits,
    sharp_instruments,
    state_allied_doers,
    the_attackers_gunfire,
    unarmed_person_assaults,
    without_listeners,
)
from ._type_victims import (
    TITLE_WORD,
    bombs_for_an_official,
    habit_clauses,
    kin_of_the_official,
    mourned_dead,
    rank_and_file_killings,
    retinue_only,
    titled_among_the_dead,
)
from ._word_patterns import compile_words

THRESHOLD = 0.5
"""Calibrated probability above which a label is kept (the top label always is)."""
RULE_FLOOR = {"attack": 0.2, "weapon": 0.2, "target": 0.35}
"""A label whose trigger words occur is kept when the model gives it at least this much."""
RULE_ONLY_CONFIDENCE = 0.6
DECISIVE_FLOOR = {"attack": 0.6, "weapon": 0.6, "target": 0.5}
"""Confidence at least given to a label whose decisive words occur (hijacked, abducted, rammed, ...)."""
MAX_EVIDENCE = 3
WEAPON_NEEDS_WORDS = True
"""A weapon label needs a weapon word in the passage; otherwise the weapon is Unknown."""
_ASSASSINATION_WORD = re.compile(r"\bassassinat\w*", re.IGNORECASE)
_RANK = {label: i for i, label in enumerate(ATTACK_HIERARCHY)}
"""An attack label's place in GTD's hierarchy (lower is higher)."""
EXTRA_WEAPON_NEEDS_ITS_WORD = True
"""A second weapon needs its own word: the model alone adds GTD's co-occurrences (an unarmed assault
"has" a chemical), not what this text says. Firearms excepted: GTD codes an assault's guns from its
wording ("assailants attacked") as much as from a gun word."""


@dataclass
class TypeLabels:
    attack_types: list[Label] = field(default_factory=list)
    weapon_types: list[Label] = field(default_factory=list)
    target_types: list[Label] = field(default_factory=list)


_USE_DEFAULT = object()
_SPEECH_VERBS = REPORTING_VERBS | {"quote"}
_ACCUSING = ACCUSE_VERBS & {"accuse", "blame", "implicate"}
"""Verbs whose object (or passive subject) is the accused: "blamed the army", "the army was accused"."""
_REACTION_VERBS = (
    (CONDEMN_LEMMAS - {"slam"})  # "a car slammed into the crowd"
    # not "gunmen charged", "pointed a gun"; nor GTD's closing "sources attributed the attack to X", which tells
    # no target either way
    | _ACCUSING
    | (DENY_VERBS - {"rule", "distance", "discount", "exclude", "dismiss"})
)
"""Verbs of those who react to the attack ("the embassy condemned", "lawmakers blamed herdsmen", "the army
denied"): whoever does them, and whoever is accused, is not whom the attack hit."""
_STATEMENT_OBJECTS = STATEMENT_NOUNS | SYMPATHY_LEMMAS | CONDEMN_LEMMAS | {"blame"}
"""Objects that make their verb a reaction: "traded accusations", "expressed condolences", "levelled the blame"."""
_SPEECH_CUE = re.compile(
    r"\b(?:sa(?:id|ys|y)|t(?:old|ells?|elling)|report(?:ed|s|ing)?|announc\w+|stat(?:ed|es|ing)|add(?:ed|s|ing)|"
    r"confirm(?:ed|s|ing)?|quot(?:ed|es|ing)|according\s+to|condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies)|"
    r"accus\w*|blam\w*|implicat\w*|den(?:y|ied|ies|ying)|reject\w*|refut\w*|disown\w*|"
    r"accusations?|allegations?|condolences?)\b",
    re.IGNORECASE,
)
"""A word of reported speech or of a reaction: only a passage with one is parsed to find its speakers."""


def without_speakers(doc: Doc, text: str) -> str:
    """The text with the sources of reported speech blanked ("a local official said ...", "according
    to government sources", "The minister told ..."): who told the story is not whom the attack hit. Same
    length, so offsets hold. `doc` is the parse of `text`."""
    spans: list[tuple[int, int]] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in _SPEECH_VERBS or lemma in _REACTION_VERBS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENT_OBJECTS for c in tok.children)):
            sources = [c for c in tok.children if c.dep_ == "nsubj"]
            if lemma in _REACTION_VERBS and tok.dep_ in ("relcl", "acl") and (
                    tok.dep_ == "acl" or any(c.lower_ in ("who", "which", "that") for c in sources)):
                # "a police chief who blamed X", "lawmakers blaming herdsmen": the noun the clause hangs on
                spans.append(_left_of(tok.head))
            if lemma in _ACCUSING:
                # the accused: "blamed the army for ...", "the army was accused of ..."
                spans.extend(_left_of(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
                sources = [c for c in sources if c.dep_ != "nsubjpass"]
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            sources = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
        else:
            continue
        for src in sources:
            if src.lower_ in ("who", "which", "that"):
                continue
            sub = list(src.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return blank(text, spans)


def _left_of(tok: Token) -> tuple[int, int]:
    """A noun with the words before it ("a Nigerian police chief", "the army"), not what follows it (its clause,
    "of killing civilians")."""
    first = next(iter(tok.subtree))
    return first.idx, tok.idx + len(tok.text)


def classify(
    text: str,
    offset: int = 0,
    model: TypeModel | None | object = _USE_DEFAULT,
    dense: np.ndarray | None = None,
    speakers_masked: bool = False,
) -> TypeLabels:
    """Labels for `text`, a passage starting at `offset` in the document (evidence offsets are absolute).

    `model=None` forces rules only; by default the packaged model is used when present. `dense` is the
    passage's role vectors (`_type_dense.passage_features` of its parse), when the caller has the parse.
    The speakers of reported speech are masked as in an incident's passage (`without_speakers`, the
    passage parsed when it has a word of speech), unless `speakers_masked` says the caller did it.

    >>> labels = classify("Gunmen opened fire on worshippers at a mosque in Kano.")
    >>> labels.attack_types[0].label, labels.weapon_types[0].label
    ('Armed Assault', 'Firearms')
    """
    if model is _USE_DEFAULT:
        model = default_model()
    # Who told and who heard the story is not whom the attack hit: "The minister told journalists" types
    # neither a government nor a media target.
    if not speakers_masked and _SPEECH_CUE.search(text):
        from ..nlp.pipeline import parse  # the parser only for a passage with reported speech

        text = without_speakers(parse(text), text)
    # The response is found in the text as written: the words for its forces are blanked with the listeners.
    response = responses(text)
    # what a group does as a habit ("gangs that kidnap for ransom") is no act of this incident
    text = without_listeners(blank(text, habit_clauses(text)))
    # the dead a funeral mourns, a natural death, and "came under fire" said of a shelling type nothing
    text = blank(text, mourned_dead(text))
    text = blank(text, fire_of_the_shells(text))
    if not text.strip():
        return TypeLabels()
    hits = _with_targeted_officials(rule_hits(text), text)
    scored = model.score(text, hits, dense) if isinstance(model, TypeModel) else None
    civil = civil_peace_committees(text)
    out = {}
    for task in TASKS:
        if scored is not None and isinstance(model, TypeModel):
            labels = _learned(task, text, offset, hits, model, scored)
        else:
            labels = _rules_only(task, text, offset, hits)
        if task == "attack":
            labels = _armed_not_unarmed(labels, text, offset, hits, response)
            labels = _blunt_not_armed(labels, text, offset, hits)
        if task != "attack" or _an_unarmed_attack(labels):
            labels = _without_the_response(task, labels, text, offset, hits, response)
        labels = _no_explosive(task, labels, text, offset, hits)
        if task == "attack":
            labels = _bombing_in_the_assault(labels, text, offset, response)
            labels = _arms_of_the_assault(labels, text, offset, hits, response)
            labels = _rank_and_file(labels, text, offset, hits)
            labels = _kidnapping_without_a_killing(labels, text, hits)
            labels = _barricade_not_kidnapping(labels, text)
            labels = _official_away(labels, text, hits)
            labels = _kin_not_the_official(labels, text, offset, hits)
            labels = _among_the_dead(labels, text, offset, hits)
        if task == "target":
            labels = _without_the_doers(labels, text, hits, militia_doers(text))
            labels = _state_allied_militia(labels, text, offset, hits)
            labels = _without_the_arrivals(labels, hits, arrivals(text))
            labels = _institution_alone(labels, text, hits)
            labels = _central_police_not_military(labels, text, hits)
            labels = _ship_alone(labels, hits)
            labels = _company_not_state(labels, text, hits)
            labels = _property_not_the_state_or_a_business(labels, hits)
            labels = _official_alone(labels, text, hits, out["attack"])
            labels = _civil_members_not_militia(labels, text, offset, hits, civil)
        out[task] = rank_labels(task, labels)
    return TypeLabels(attack_types=out["attack"], weapon_types=out["weapon"], target_types=out["target"])


def _with_targeted_officials(hits: list[RuleHit], text: str) -> list[RuleHit]:
    """`hits` with an Assassination for a bomb planted on a titled victim's own car (`bombs_for_an_official`):
    the model reads a bombing there, GTD a targeted killing (no model feature: it came after training)."""
    found = bombs_for_an_official(text)
    return hits + [RuleHit("attack", "Assassination", a, b, True, feature=False) for a, b in found]


def _assassination_dropped(labels: list[Label], span: tuple[int, int], text: str, offset: int) -> list[Label]:
    """The labels without Assassination (and Unknown); when nothing is left, an armed assault on `span`'s words
    (the passage tells an attack on someone, not that person's assassination)."""
    kept = [x for x in labels if x.label not in ("Assassination", "Unknown")]
    if kept:
        return kept
    a, b = span
    return [Label(label="Armed Assault", confidence=DECISIVE_FLOOR["attack"],
                  evidence=[Span(start=offset + a, end=offset + b, text=text[a:b])])]


def _rank_and_file(labels: list[Label], text: str, offset: int, hits: list[RuleHit]) -> list[Label]:
    """"Two soldiers were assassinated": rank-and-file victims make no GTD Assassination (a prominent person's
    killing) when every Assassination word of the passage is such a killing (`rank_and_file_killings`). The
    attack is what else the passage tells (a drone bombing), an armed assault when it tells nothing else."""
    spans = rank_and_file_killings(text)
    if not spans or not any(x.label == "Assassination" for x in labels):
        return labels
    own = [h for h in hits if h.task == "attack" and h.label == "Assassination"]
    if not all(any(a <= h.start and h.end <= b for a, b in spans) for h in own):
        return labels
    return _assassination_dropped(labels, spans[0], text, offset)


def _kin_not_the_official(labels: list[Label], text: str, offset: int, hits: list[RuleHit]) -> list[Label]:
    """"Gunmen shot the brother of a provincial councillor": the attack fell on the kin, guards or supporters of a
    titled person (`kin_of_the_official`), so no Assassination unless the passage tells one in so many words; the
    attack is what else it tells, an armed assault when nothing else. Not when an Assassination word lies outside
    every kin span ("killed the mayor and opened fire on a rally for his party": the official himself died)."""
    if not any(x.label == "Assassination" for x in labels) or _INTENT.search(text):
        return labels
    spans = kin_of_the_official(text)
    if not spans:
        return labels
    own = [h for h in hits if h.task == "attack" and h.label == "Assassination"]
    # a hit that opens inside a kin span is about the kin ("killed the father of a judge" runs on to the judge)
    if not all(any(a <= h.start < b for a, b in spans) for h in own):
        return labels
    return _assassination_dropped(labels, spans[0], text, offset)


_HOSTAGE_ACTS = frozenset({"Hostage Taking (Kidnapping)", "Hostage Taking (Barricade Incident)", "Hijacking"})
_DOER_WORDS = re.compile(r"gunm[ae]n|armed (?:men|assailants|attackers)", re.IGNORECASE)
_SET_FREE = compile_words(r"released|freed|rescued|escaped|ransom\w*|let go|set free|returned (?:home|safely|unharmed)")
_KILLING = compile_words(r"behead\w*|decapitat\w*|execut\w*|assassinat\w*")


def _kidnapping_without_a_killing(labels: list[Label], text: str, hits: list[RuleHit]) -> list[Label]:
    """"Gunmen abducted the deputy mayor; he was released two days later": a titled person taken and no one killed
    nor attacked otherwise is GTD's kidnapping, no Assassination (a prominent person's killing). Only when the
    Assassination is the model's own reading (no rule word of it), the passage tells a kidnapping in so many words,
    no other act (no gunfire, bomb, arson) nor any death, and a release or a ransom (GTD train + dev: 87 of 89 such
    summaries are Hostage Taking (Kidnapping), the rest a hijacking and a barricade; none an Assassination)."""
    if not any(x.label == "Assassination" for x in labels):
        return labels
    acts = [h for h in hits if h.task == "attack"]
    if not any(h.label == "Hostage Taking (Kidnapping)" and h.decisive and not h.unless_higher for h in acts):
        return labels
    # the words for the kidnappers ("gunmen", "armed men") tell no act of their own
    acts = [h for h in acts if not _DOER_WORDS.fullmatch(text[h.start : h.end])]
    if any(h.label not in _HOSTAGE_ACTS for h in acts) or _A_DEATH.search(text) or _KILLING.search(text):
        return labels
    if not _SET_FREE.search(text):
        # the story may go on to a killing in a passage of its own ("... was shot dead six hours later")
        return labels
    return [x for x in labels if x.label != "Assassination"] or labels


def _barricade_not_kidnapping(labels: list[Label], text: str) -> list[Label]:
    """"Gunmen held six staff hostage inside the clinic for hours", "stormed the consulate and held its staff
    hostage": hostages kept at the scene and never said to be taken away make GTD's Barricade Incident, which the
    hierarchy's Kidnapping would otherwise outrank (`hostages_at_the_scene`)."""
    if not any(x.label == "Hostage Taking (Kidnapping)" for x in labels) or not hostages_at_the_scene(text):
        return labels
    if any(x.label == "Hostage Taking (Barricade Incident)" for x in labels):
        return [x for x in labels if x.label != "Hostage Taking (Kidnapping)"]
    barricade = {"label": "Hostage Taking (Barricade Incident)"}
    return [x.model_copy(update=barricade) if x.label == "Hostage Taking (Kidnapping)" else x for x in labels]


_EXPLOSIVE_READING = {"attack": "Bombing/Explosion", "weapon": "Explosives"}
_BURNING_READING = {"attack": "Facility/Infrastructure Attack", "weapon": "Incendiary"}


def _no_explosive(task: Task, labels: list[Label], text: str, offset: int, hits: list[RuleHit]) -> list[Label]:
    """"Youths lobbed petrol bombs at a shop", "a fire bomb went off by the door": when every bomb
    word of the passage names a device that burns (`incendiary_devices`), nothing exploded, so no Bombing
    nor Explosives; the fire is the facility attack (and the Incendiary weapon) unless an assault outranks it (GTD
    train: 11 such summaries, 5 Facility/Infrastructure, 5 Armed Assault, 1 Bombing; weapon Incendiary in all)."""
    label = _EXPLOSIVE_READING.get(task)
    if label is None or not any(x.label == label for x in labels):
        return labels
    devices = incendiary_devices(text)
    own = [h for h in hits if h.task == task and h.label == label]
    if not devices or not own or not all(any(a <= h.start and h.end <= b for a, b in devices) for h in own):
        return labels
    kept = [x for x in labels if x.label != label]
    burning = _BURNING_READING[task]
    if any(x.label == burning for x in kept) or (task == "attack" and any(x.label == "Armed Assault" for x in kept)):
        return kept
    was = next(x for x in labels if x.label == label)
    a, b = devices[0]
    evidence = [Span(start=offset + a, end=offset + b, text=text[a:b])]
    return [Label(label=burning, confidence=was.confidence, evidence=evidence), *kept]


def _bombing_in_the_assault(
    labels: list[Label], text: str, offset: int, response: list[tuple[int, int]]
) -> list[Label]:
    """"Militants stormed a police station ... in a bomb and gun attack", "opened fire and lobbed grenades before a
    suicide bomber blew himself up": an assault the passage is sure of, with an explosion told as one of its acts
    (`detonations`, not the response's), is also GTD's Bombing/Explosion, which ranks first (the model, which
    reads an assault's guns louder than its bomb, left it under the threshold). Not for grenades, rockets or
    mortars fired in the assault (GTD codes those assaults alone as often as not)."""
    armed = next((x for x in labels if x.label == "Armed Assault"), None)
    if armed is None or armed.confidence < THRESHOLD:
        return labels
    floor = DECISIVE_FLOOR["attack"]
    bombing = next((x for x in labels if x.label == "Bombing/Explosion"), None)
    if bombing is not None and bombing.confidence >= floor:
        return labels
    told = [(a, b) for a, b in detonations(text) if not any(c <= a and b <= d for c, d in response)]
    if not told:
        return labels
    evidence = [Span(start=offset + a, end=offset + b, text=text[a:b]) for a, b in told[:MAX_EVIDENCE]]
    if bombing is not None:
        evidence = bombing.evidence
    kept = [x for x in labels if x.label != "Bombing/Explosion"]
    return [Label(label="Bombing/Explosion", confidence=floor, evidence=evidence), *kept]


def _arms_of_the_assault(
    labels: list[Label], text: str, offset: int, hits: list[RuleHit], response: list[tuple[int, int]]
) -> list[Label]:
    """"Raiders tossed a grenade at a checkpoint and then opened fire", "fired RPGs and rifles at the camp":
    grenades, rockets or mortars fired beside the attackers' own gunfire, with no detonation told (`detonations`),
    are the arms of an armed assault, not a bombing of their own (GTD train: of 37 such summaries 25 code Armed
    Assault first and 9 Bombing/Explosion; the model read a bombing in 25). The Explosives weapon stays."""
    bombing = next((x for x in labels if x.label == "Bombing/Explosion"), None)
    if bombing is None:
        return labels

    def own(h: RuleHit) -> bool:
        return not any(a <= h.start and h.end <= b for a, b in response)

    # the attackers' own gunfire: not a doer noun, denied fire, the forces' fire nor a fight that followed
    # ("fired grenades at a convoy ... in the ensuing firefight")
    guns = [
        h for h in hits
        if h.task == "weapon" and h.label == "Firearms" and own(h) and the_attackers_gunfire(text, h.start, h.end)
    ]
    arms = [h for h in hits if h.task == "weapon" and h.label == "Explosives" and own(h)]
    if not guns or not arms or not all(fired_arms(text[h.start : h.end]) for h in arms):
        return labels
    if any(not any(a <= c and d <= b for a, b in response) for c, d in detonations(text)):
        return labels
    kept = [x for x in labels if x.label != "Bombing/Explosion"]
    if any(x.label == "Armed Assault" for x in kept):
        return kept
    evidence = [Span(start=offset + h.start, end=offset + h.end, text=text[h.start : h.end]) for h in guns]
    evidence = evidence[:MAX_EVIDENCE]
    return [Label(label="Armed Assault", confidence=bombing.confidence, evidence=evidence), *kept]


_AWAY = compile_words(
    r"(?:was|were) not (?:present|home|at home|inside|there|in (?:the|his|her) (?:car|vehicle|house|home|convoy|"
    r"residence|office|building))|(?:was|were) away|(?:was|were) absent"
)
_NOT_THE_OFFICIAL = re.compile(
    r"(?:police|policem[ae]n|officers|troops|soldiers|security|forces|guards|bodyguards|workers|staff|family|"
    r"children|residents|civilians|people|nobody|no one|none)(?: \w+)?\s*$",
    re.IGNORECASE,
)
_INTENT = compile_words(r"assassinat\w*|attempt\w* to (?:target|kill|assassinate)|assassination attempt")


def _official_away(labels: list[Label], text: str, hits: list[RuleHit]) -> list[Label]:
    """"Gunmen fired on the governor's convoy; the governor was not present, but two guards were killed": the
    titled person was not there, so GTD codes the attack by what it did (an armed assault, a bombing), no
    Assassination, unless the passage says the killing was the aim ("attempting to assassinate") (GTD train + dev:
    4 of 5 summaries that tell the titled person was away or not home). The others' absence ("police were not
    present") tells nothing of the sort."""
    if not any(x.label == "Assassination" for x in labels) or _INTENT.search(text):
        return labels
    away = [m for m in _AWAY.finditer(text) if not _NOT_THE_OFFICIAL.search(text, max(0, m.start() - 30), m.start())]
    if not away:
        return labels
    return [x for x in labels if x.label not in ("Assassination", "Unknown")] or labels


def _among_the_dead(labels: list[Label], text: str, offset: int, hits: list[RuleHit]) -> list[Label]:
    """"A suicide bomber killed 23 mourners ... Among the dead were two tribal elders": titled people named only
    among the victims of a crowd make no Assassination (`titled_among_the_dead`) when no word of assassination is
    told; the attack is what the passage's own words tell (the bombing)."""
    if not any(x.label == "Assassination" for x in labels) or _ASSASSINATION_WORD.search(text):
        return labels
    if not titled_among_the_dead(text):
        return labels
    kept = [x for x in labels if x.label not in ("Assassination", "Unknown")]
    if kept:
        return kept
    told = sorted((h for h in hits if h.task == "attack" and h.label != "Assassination"),
                  key=lambda h: (_RANK.get(h.label, 99), h.start))
    if not told:
        return labels
    best = told[0].label
    return [Label(label=best, confidence=DECISIVE_FLOOR["attack"],
                  evidence=_rule_evidence("attack", best, text, offset, hits))]


PRIVATE = "Private Citizens & Property"


def _official_alone(labels: list[Label], text: str, hits: list[RuleHit], attack: list[Label]) -> list[Label]:
    """The assassination of a titled person ("shot dead the mayor outside his home", "a bomb hidden in the judge's
    car"): the home, the family, passers-by and guards hit with the official are the official's people, no Private
    Citizens target, when the official's own target type is there (`retinue_only`)."""
    if not any(x.label == "Assassination" for x in attack) or not any(x.label == PRIVATE for x in labels):
        return labels
    titled = [h for h in hits if h.task == "attack" and h.label == "Assassination"
              and TITLE_WORD.search(text, h.start, h.end)]
    if not titled or not any(x.label not in (PRIVATE, "Unknown") for x in labels):
        return labels
    words = [text[h.start : h.end] for h in hits if h.task == "target" and h.label == PRIVATE]
    # no word at all: the model's own reading of the victim ("a social leader"), not the retinue's
    return [x for x in labels if x.label != PRIVATE] if words and retinue_only(words) else labels


def _an_unarmed_attack(labels: list[Label]) -> bool:
    """An attack by vehicle or by hand ("a car ploughed into pedestrians ... the attackers were shot dead by
    police"): the police's shots are no armed assault of the attackers'."""
    return any(x.label == "Unarmed Assault" for x in labels)


def _learned(task: Task, text: str, offset: int, hits: list[RuleHit], model: TypeModel, scored: Scored) -> list[Label]:
    cols = model.columns(task)
    probs = scored.probs[cols]
    if task == "attack":
        probs = _told_attacks(probs, [model.labels[c][1] for c in cols], text, hits)
    fired = {h.label for h in hits if h.task == task}
    likely = {model.labels[c][1] for p, c in zip(probs, cols, strict=True) if p >= THRESHOLD}
    decisive = {
        h.label for h in hits if h.task == task and h.decisive
        and not (h.unless_higher and any(_RANK.get(x, 99) < _RANK.get(h.label, 99) for x in likely))
    }
    floor = DECISIVE_FLOOR[task]
    probs = np.array(
        [max(float(p), floor) if model.labels[c][1] in decisive else float(p) for p, c in zip(probs, cols, strict=True)]
    )
    names = [model.labels[c][1] for c in cols]
    if task == "attack" and decisive:
        # A word that settles an attack type ("ambushed", "abducted") tells the type: it is not Unknown.
        probs = np.where(np.array(names) == "Unknown", np.minimum(probs, floor - 0.01), probs)
    if task == "weapon" and WEAPON_NEEDS_WORDS and not fired and "Unknown" in names:
        # No weapon word at all: GTD priors ("kidnapped" -> Firearms) are guesses a reader cannot check.
        probs = np.where(np.array(names) == "Unknown", np.maximum(probs, THRESHOLD), probs)
        probs = np.where(np.array(names) == "Unknown", probs, np.minimum(probs, THRESHOLD - 0.01))
    best = int(np.argmax(probs))
    labels: list[Label] = []
    for i, col in enumerate(cols):
        label = model.labels[col][1]
        p = float(probs[i])
        if (
            task == "weapon" and EXTRA_WEAPON_NEEDS_ITS_WORD and i != best and fired
            and label not in fired and label != "Firearms"
        ):
            continue
        if i == best or p >= THRESHOLD or (label in fired and p >= RULE_FLOOR[task]):
            ev = (
                _rule_evidence(task, label, text, offset, hits)
                or _learned_evidence(model, scored, col, text, offset)
                or [_whole(text, offset)]
            )
            labels.append(Label(label=label, confidence=round(p, 4), evidence=ev))
    if task == "attack" and unarmed_person_assaults(text) and not _ASSASSINATION_WORD.search(text):
        # One person hurt with no arms named and no death: an unarmed assault, whatever the victim's title.
        labels = [x for x in labels if x.label != "Assassination"]
    if task == "attack" and "Armed Assault" in decisive and "Unarmed Assault" not in fired:
        # The codebook's Unarmed Assault is one without arms: an ambush, shots fired or a place stormed tell
        # arms, so only the unarmed words themselves ("punched", "rammed", "poisoned") keep it.
        labels = [x for x in labels if x.label != "Unarmed Assault"]
    if task == "attack" and rammed_into_people(text) and "Facility/Infrastructure Attack" not in fired:
        # a crowd rammed at a market is an assault on the people, not damage to the market (GTD: Unarmed Assault)
        labels = [x for x in labels if x.label != "Facility/Infrastructure Attack"] or labels
    # GTD codes "Unknown" alone: it is the answer when it is the most likely label, and never an extra.
    if model.labels[cols[best]][1] == "Unknown":
        return [x for x in labels if x.label == "Unknown"]
    return [x for x in labels if x.label != "Unknown"]


_ARMS_OF_ASSAULT = ("Firearms", "Explosives")
_GUNS_AS_A_TOPIC = re.compile(
    r"\b(?:pro|anti)-guns?\b|\bguns? (?:control|laws?|rights|violence|lobby|owners?|ownership|reform|safety)\b|"
    r"\b(?-i:Illegal Guns)\b",
    re.IGNORECASE,
)
"""Guns as what a cause or a law is about ("a letter sent to a gun control campaigner"), not arms used."""


def _armed_not_unarmed(
    labels: list[Label], text: str, offset: int, hits: list[RuleHit], response: list[tuple[int, int]]
) -> list[Label]:
    """The codebook's Unarmed Assault harms people "by any means other than explosive, firearm, incendiary, or
    sharp instrument", and Armed Assault ranks above it: when the attackers' own gunfire or bombs are told
    ("poisoned the guards and later shot them dead"), an Unarmed Assault on top gives way to Armed Assault.
    The police response's gunfire ("the driver was shot dead by police") tells nothing of the attack: an Armed
    Assault that only it supports gives way to the Unarmed Assault the attacker's own words settle."""
    def in_response(h: RuleHit) -> bool:
        return any(a <= h.start and h.end <= b for a, b in response)

    gunfire = [h for h in hits if (h.task, h.label) in (("attack", "Armed Assault"), ("weapon", "Firearms"))]
    if (
        gunfire and all(in_response(h) for h in gunfire)
        and any(h.task == "attack" and h.label == "Unarmed Assault" and h.decisive for h in hits)
        and any(x.label == "Unarmed Assault" for x in labels)
    ):
        # "rammed his car into a crowd before he was shot dead by police": the only gunfire is the response's
        labels = [x for x in labels if x.label != "Armed Assault"]
    unarmed = next((x for x in labels if x.label == "Unarmed Assault"), None)
    # Unarmed must be the reading: no label above it in the hierarchy is as sure (an incident keeps only its
    # sure labels, so a faint Armed Assault kept here for its cue word would not survive there).
    if unarmed is None or any(
        _RANK.get(x.label, 99) < _RANK["Unarmed Assault"] and x.confidence >= unarmed.confidence for x in labels
    ):
        return labels
    topics = [m.span() for m in _GUNS_AS_A_TOPIC.finditer(text)]
    arms = [
        h for h in hits
        if h.task == "weapon" and not in_response(h)
        # a blade is the codebook's sharp instrument ("a machete-wielding attacker"): an armed assault too
        and (h.label in _ARMS_OF_ASSAULT or (h.label == "Melee" and sharp_instruments(text[h.start : h.end])))
        and not any(a <= h.start < b for a, b in topics)
    ]
    if not arms:
        return labels
    armed = next((x for x in labels if x.label == "Armed Assault"), None)
    evidence = armed.evidence if armed is not None else [
        Span(start=offset + h.start, end=offset + h.end, text=text[h.start : h.end]) for h in arms[:MAX_EVIDENCE]
    ]
    armed = Label(label="Armed Assault", confidence=unarmed.confidence, evidence=evidence)
    return [armed, *(x for x in labels if x.label not in ("Unarmed Assault", "Armed Assault"))]


_BLUNT_OR_CHEMICAL = frozenset({"Melee", "Chemical"})


def _blunt_not_armed(labels: list[Label], text: str, offset: int, hits: list[RuleHit]) -> list[Label]:
    """The codebook's Armed Assault needs a firearm, an incendiary or a sharp instrument; harm done with stones,
    sticks, fists or poison is its Unarmed Assault ("a mob hurled stones at two nurses"). When every
    weapon word of the passage is such a blunt or chemical one and no blade is named, an Armed Assault gives way
    to Unarmed Assault (GTD train: of 10 such summaries 7 are Unarmed Assault and none an Armed Assault, which
    the model read in 4)."""
    armed = next((x for x in labels if x.label == "Armed Assault"), None)
    if armed is None:
        return labels
    arms = [h for h in hits if h.task == "weapon"]
    if not arms or any(h.label not in _BLUNT_OR_CHEMICAL for h in arms) or sharp_instruments(text):
        return labels
    unarmed = next((x for x in labels if x.label == "Unarmed Assault"), None)
    evidence = _rule_evidence("weapon", arms[0].label, text, offset, hits)
    if unarmed is None:
        unarmed = Label(label="Unarmed Assault", confidence=armed.confidence, evidence=evidence)
    else:
        unarmed = Label(label="Unarmed Assault", confidence=max(armed.confidence, unarmed.confidence),
                        evidence=unarmed.evidence)
    return [unarmed, *(x for x in labels if x.label not in ("Unarmed Assault", "Armed Assault"))]


def _told_attacks(probs: np.ndarray, names: list[str], text: str, hits: list[RuleHit]) -> np.ndarray:
    """Unknown when no word says how the attack was done nor who did it ("Fourteen people were killed in X on
    Monday" was a facility attack): GTD's Unknown, and no GTD summary the model learnt from is like that (every
    one names its attacker), so only a sure guess there is a reading of the text."""
    if nothing_told_of_the_attack(text, hits) and "Unknown" in names and probs.max() < SURE:
        probs = np.array(probs, dtype=float)
        probs[names.index("Unknown")] = probs.max() + 0.01
    return probs


def _without_the_response(
    task: Task, labels: list[Label], text: str, offset: int, hits: list[RuleHit], spans: list[tuple[int, int]]
) -> list[Label]:
    """Weapons and targets that only the security forces' response names ("Police shot and wounded
    the attacker": Firearms, Police) are dropped; Unknown when nothing is left."""
    if not spans or not labels:
        return labels

    def only_in_response(label: str) -> bool:
        own = [h for h in hits if h.task == task and h.label == label]
        return bool(own) and all(any(a <= h.start and h.end <= b for a, b in spans) for h in own)

    kept = [x for x in labels if not only_in_response(x.label)]
    return kept or [Label(label="Unknown", confidence=0.3, evidence=[_whole(text, offset)])]


def _only_in(task: Task, label: str, hits: list[RuleHit], spans: list[tuple[int, int]]) -> bool:
    own = [h for h in hits if h.task == task and h.label == label]
    return bool(own) and all(any(a <= h.start and h.end <= b for a, b in spans) for h in own)


MILITIA = "Terrorists/Non-State Militia"


def _without_the_doers(
    labels: list[Label], text: str, hits: list[RuleHit], spans: list[tuple[int, int]]
) -> list[Label]:
    """"Rebels razed a hamlet": the militia word names who did the attack, not whom it hit, so a militia target
    whose every word is the doer goes, unless the model is sure of it without the word's rule; a state-allied
    militia as the doer ("hamlets were torched by pro-government militias") is never the model's to be sure of
    (it learnt those words as victims only)."""
    if not spans or not _only_in("target", MILITIA, hits, spans):
        return labels
    sure = 1.01 if state_allied_doers(text, spans) else SURE
    kept = [x for x in labels if x.label != MILITIA or x.confidence >= sure]
    return kept or labels


_FORCES = frozenset({"Police", "Military"})


def _state_allied_militia(labels: list[Label], text: str, offset: int, hits: list[RuleHit]) -> list[Label]:
    """"A bomb struck a Sahwa Council member's car", "gunmen killed a peace committee leader": a militia armed on the
    state's side (`_STATE_ALLIED_MILITIA`, a rule after training) is GTD's Terrorists/Non-State Militia target, and
    the model's reading of its members as private citizens or as the government that backs them goes when no
    word of their own names those. It comes first, after police or soldiers hit beside it ("a joint army and Sahwa
    checkpoint": GTD codes the forces first)."""
    own = [h for h in hits if h.task == "target" and h.label == MILITIA and not h.feature]
    if not own:
        return labels
    worded = {h.label for h in hits if h.task == "target" and not (h.label == PRIVATE and _casualty_word(text, h))}
    kept = [x for x in labels if x.label != MILITIA
            and (x.label in worded or x.label not in (PRIVATE, "Government (General)", "Unknown"))]
    was = next((x for x in labels if x.label == MILITIA), None)
    # only police or soldiers named as people put the forces first: "a Sahwa checkpoint" is the militia's own post
    named = {h.label for h in hits if h.task == "target" and h.label in _FORCES
             and _FORCES_NAMED.fullmatch(text[h.start : h.end]) and not fights_back(text, h.end)}
    # forces named only as fighting back ("before police returned fire") were not hit
    force_hits = [h for h in hits if h.task == "target" and h.label in _FORCES]
    fighting = {h.label for h in force_hits} - {h.label for h in force_hits if not fights_back(text, h.end)}
    kept = [x for x in kept if x.label not in fighting]
    before = [x for x in kept if x.label in named]
    top = max((x.confidence for x in kept if x not in before), default=0.0)
    confidence = max(was.confidence if was else 0.0, top, DECISIVE_FLOOR["target"])
    if before:
        # GTD train: the three summaries that name police or soldiers hit beside such a militia code them first
        confidence = min(confidence, *(x.confidence for x in before))
    evidence = _rule_evidence("target", MILITIA, text, offset, [h for h in hits if h in own])
    rest = [x for x in kept if x not in before]
    if rest and all(_AMONG_THE_VICTIMS.search(text, max(0, h.start - 40), h.start) for h in own):
        # "killing 20 guests, among them a peace committee member": one of many victims, after the others
        militia = Label(label=MILITIA, confidence=round(min(confidence, *(x.confidence for x in rest)), 4),
                        evidence=evidence)
        return [*before, *rest, militia]
    militia = Label(label=MILITIA, confidence=round(confidence, 4), evidence=evidence)
    return [*before, militia, *rest]


def _civil_members_not_militia(
    labels: list[Label], written: str, offset: int, hits: list[RuleHit], civil: list[tuple[int, int]]
) -> list[Label]:
    """"Raiders killed two peace committee members in Turkana County": the model, which learnt "peace committee"
    from Pakistani and Afghan summaries only (GTD train: 8 of 8), reads a civil committee (`civil_peace_committees`)
    as a militia; with no militia word of the passage's own (not the committee's words, not the attackers'
    "militants") that label alone goes, the others stay as read from the whole text (re-reading the text with the
    committee's words blanked let other labels spring up from the leftover "members"), and the members are private
    citizens when nothing else is told (the committee's words the evidence)."""
    if not civil or not any(x.label == MILITIA for x in labels):
        return labels
    doers = militia_doers(written)  # "Militants killed two ...": the attackers' word names no militia hit
    if any(
        h.task == "target" and h.label == MILITIA and not any(a <= h.start < b for a, b in doers)
        and not any(a < h.end and h.start < b for a, b in civil)
        for h in hits
    ):
        return labels
    kept = [x for x in labels if x.label not in (MILITIA, "Unknown")]
    if kept:
        return kept
    was = next(x for x in labels if x.label == MILITIA)
    evidence = [Span(start=offset + a, end=offset + b, text=written[a:b]) for a, b in civil[:MAX_EVIDENCE]]
    return [Label(label=PRIVATE, confidence=was.confidence, evidence=evidence)]


_AMONG_THE_VICTIMS = re.compile(
    r"(?:among them|among the (?:dead|victims|wounded|injured)|including|one of (?:them|whom)|"
    r"(?:two|three|four|five|some|several) of (?:them|whom)(?: were)?)(?: (?:a|an|the|two|three|one|local|village|"
    r"district|tribal))*(?: [\w'’-]+)? $",
    re.IGNORECASE,
)
"""A militia member named among the victims of a larger count ("killing 20 guests, among them a peace committee
member"): GTD codes the crowd first."""
_FORCES_NAMED = re.compile(
    r"(?:[\w-]+ )*(?:police(?:m[ae]n|wom[ae]n)?|(?:police |army |security )?officers?|constables?|cops?|soldiers?|"
    r"troops?|troopers?|servicem[ae]n|personnel|jawans?|commandos?|paramilitar\w*|gendarmes?|policem[ae]n)",
    re.IGNORECASE,
)
"""Police or soldiers named as people ("two police officers", "three soldiers"), not their posts ("a checkpoint")."""


def _casualty_word(text: str, hit: RuleHit) -> bool:
    """A casualty count's noun ("two people were killed"): whoever was there, no target of its own; women and
    children are civilians ("killing two Sahwa members and 14 people, most of them women and children")."""
    return text[hit.start : hit.end].lower() in _ANYONE - {"women", "children"}


def _without_the_arrivals(labels: list[Label], hits: list[RuleHit], spans: list[tuple[int, int]]) -> list[Label]:
    """Targets that only forces arriving after the attack name ("Gunmen killed five villagers; soldiers
    arrived and repelled them": no Military target) are dropped, when another target is left (forces
    that respond to an attack on nobody named are likely its target: "as police responded to the attack")."""
    if not spans or not labels:
        return labels
    kept = [x for x in labels if not _only_in("target", x.label, hits, spans)]
    return kept if any(x.label != "Unknown" for x in kept) else labels


INSTITUTIONS = frozenset(
    {
        "Educational Institution",
        "Religious Figures/Institutions",
        "Maritime",
        "Transportation",
        "Utilities",
        "Telecommunication",
    }
)
"""Targets GTD codes without Private Citizens & Property beside them (a school's pupils, a church's
worshippers, a ship's crew, a bus's passengers are the institution's people): under 4% of GTD rows
with one of these also code Private Citizens."""


_ANYONE = frozenset({"people", "persons", "children", "women", "men"})
"""The nouns of a casualty count ("killing 15 people"): whoever was there, no target of their own."""


_ITS_PEOPLE = re.compile(
    r"(?:students?|pupils?|schoolchildren|teachers?|lecturers?|worshipp?ers?|congregations?|priests?|pastors?|"
    r"imams?|clerics?|monks?|nuns?|rabbis?|passengers?|commuters?|crew(?: members?)?|seafarers?|sailors?|"
    r"workers?|employees?|staff|engineers?|drivers?)",
    re.IGNORECASE,
)
_PEOPLE_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+)?{_ITS_PEOPLE.pattern}\b", re.IGNORECASE)


def _names_the_place(text: str, hit: RuleHit) -> bool:
    """A word for the institution itself ("a school", "a church", "a bus"), not for its people ("students",
    "passengers") nor a word that only qualifies them ("high school students", "university students"):
    people taken away from a school's grounds are private citizens to GTD."""
    return not _ITS_PEOPLE.fullmatch(text[hit.start : hit.end]) and not _PEOPLE_AFTER.match(text, hit.end)


def _ship_alone(labels: list[Label], hits: list[RuleHit]) -> list[Label]:
    """GTD codes an attack on a ship as Maritime alone: the model's other reads of it ("hijacked a ferry" as an
    aircraft, "attacked a merchant ship" as a business) give way when no word of their own is there; a target
    named on board ("killing two sailors") keeps its label."""
    if not any(h.task == "target" and h.label == "Maritime" and h.decisive for h in hits):
        return labels
    worded = {h.label for h in hits if h.task == "target"}
    return [x for x in labels if x.label in worded] or labels


def _central_police_not_military(labels: list[Label], text: str, hits: list[RuleHit]) -> list[Label]:
    """"ambushed a patrol of SSB troopers": India's central armed police are GTD's Police, and the model's
    Military read from their patrols, camps and borders gives way, unless a military word of its own is there
    ("CRPF and army personnel")."""
    if not central_police(text) or not any(x.label == "Police" for x in labels):
        return labels
    if any(h.task == "target" and h.label == "Military" for h in hits):
        return labels
    return [x for x in labels if x.label != "Military"]


def _institution_alone(labels: list[Label], text: str, hits: list[RuleHit]) -> list[Label]:
    """"A bomber struck a church, killing 15 people" is a Religious target only: the people killed at
    a school, a church, a ship or a bus add no Private Citizens label when the institution's own word
    is there and it is likely, unless private people or property have a word of their own ("attacked a
    village and burned a church")."""
    words = {h.label for h in hits if h.task == "target" and _names_the_place(text, h)}
    # a business the attack was on ("an assault on a shopping mall": `_BUSINESS_ATTACKED`) and a UN mission ("a UN
    # peacekeeping camp", whose people are its peacekeepers) stand alone too
    attacked = {h.label for h in hits if h.task == "target" and h.label in ("Business", "Government (Diplomatic)")
                and h.decisive and not h.feature}
    if not any((x.label in INSTITUTIONS and x.label in words or x.label in attacked) and x.confidence >= THRESHOLD
               for x in labels):
        return labels
    private = [h for h in hits if h.task == "target" and h.label == "Private Citizens & Property"]
    if any(text[h.start : h.end].lower() not in _ANYONE for h in private):
        return labels
    return [x for x in labels if x.label != "Private Citizens & Property"]


_STATE_LIKE = frozenset(
    {"Government (General)", "Government (Diplomatic)", "Violent Political Party", "Journalists & Media"}
)
"""Targets the word model reads into a country's name (GTD's embassies, state bodies, parties, news agencies)."""


_UNWORDED_BESIDE_PROPERTY = frozenset({"Business", "Police", "Government (General)"})


def _property_not_the_state_or_a_business(labels: list[Label], hits: list[RuleHit]) -> list[Label]:
    """"Rebels razed a hamlet": homes or a crowd the rules say were hit (decisive, after training) settle Private
    Citizens & Property, and a business, police or government label the model reads with no word of its own
    beside them goes when the model is unsure of it (a weak reading of a place name or the doers is no target)."""
    if not any(h.task == "target" and h.label == PRIVATE and h.decisive and not h.feature for h in hits):
        return labels
    worded = {h.label for h in hits if h.task == "target"}
    return [x for x in labels if x.label not in _UNWORDED_BESIDE_PROPERTY or x.label in worded
            or x.confidence >= _CONFIDENT_BESIDE_PROPERTY]


_CONFIDENT_BESIDE_PROPERTY = 0.6
"""A model reading this sure of itself stays beside the property ("fired on voters outside the electoral
commission office": Government (General) at 0.99)."""


def _company_not_state(labels: list[Label], text: str, hits: list[RuleHit]) -> list[Label]:
    """"Gunmen attacked a Kenya Airways office": a company named after a country (`company_targets`) is no
    government, party or news agency; those labels go unless a word of their own names them."""
    companies = company_targets(text)
    if not any(x.label == label for label, _, _ in companies for x in labels):
        return labels
    worded = {h.label for h in hits if h.task == "target" and not any(a <= h.start < b for _, a, b in companies)}
    return [x for x in labels if x.label not in _STATE_LIKE or x.label in worded]


def _rules_only(task: Task, text: str, offset: int, hits: list[RuleHit]) -> list[Label]:
    fired = sorted({h.label for h in hits if h.task == task})
    if not fired:
        return [Label(label="Unknown", confidence=0.3, evidence=[_whole(text, offset)])]
    return [
        Label(label=label, confidence=RULE_ONLY_CONFIDENCE, evidence=_rule_evidence(task, label, text, offset, hits))
        for label in fired
    ]


def _whole(text: str, offset: int) -> Span:
    """The passage itself: the evidence of a label no particular word supports (e.g. Unknown)."""
    stripped = text.strip()
    start = text.index(stripped)
    return Span(start=offset + start, end=offset + start + len(stripped), text=stripped)


def rank_labels(task: Task, labels: list[Label]) -> list[Label]:
    """Attack types in GTD hierarchy order (the codebook's attacktype1 is the highest that applies),
    weapons and targets by confidence. Callers that merge labels of several passages re-rank with this."""
    if task == "attack":
        return sorted(labels, key=lambda x: (_RANK.get(x.label, len(_RANK)), -x.confidence))
    return sorted(labels, key=lambda x: -x.confidence)


def _rule_evidence(task: Task, label: str, text: str, offset: int, hits: list[RuleHit]) -> list[Span]:
    spans: list[Span] = []
    seen: set[str] = set()
    for h in sorted((h for h in hits if h.task == task and h.label == label), key=lambda h: h.start):
        word = text[h.start : h.end].lower()
        if word in seen:
            continue
        seen.add(word)
        spans.append(Span(start=offset + h.start, end=offset + h.end, text=text[h.start : h.end]))
        if len(spans) == MAX_EVIDENCE:
            break
    return spans


_FUNCTION_WORDS = frozenset(
    "a an the of in on at to and or but was were is are be been by for with from that this which who it its as "
    "after before during while when where there their they he she his her him we our you not no also said says "
    "least some other others than then into onto over under about".split()
)


def _contentful(text: str) -> bool:
    """Evidence a reader can use: not a bare function word, number or punctuation ("with", "but", "2")."""
    words = [w for w in text.lower().replace("\n", " ").split() if w.strip(".,;:!?\"'()")]
    return any(w.strip(".,;:!?\"'()") not in _FUNCTION_WORDS and any(c.isalpha() for c in w) for w in words)


def _learned_evidence(model: TypeModel, scored: Scored, col: int, text: str, offset: int) -> list[Span]:
    """The present content features that push this label up the most (never empty when any feature is present)."""
    contrib = model.contributions(scored, col)
    if not len(contrib):
        return []
    # Features without a span of their own (e.g. "no weapon word") cannot be shown to a reader.
    order = [int(i) for i in np.argsort(-contrib, kind="stable") if scored.spans[int(i)][1] > scored.spans[int(i)][0]]
    if not order:
        return []
    good = [i for i in order if contrib[i] > 0 and _contentful(text[scored.spans[i][0] : scored.spans[i][1]])]
    picked = good[:MAX_EVIDENCE] or [order[0]]
    spans: dict[tuple[int, int], Span] = {}
    for i in picked:
        s, e = scored.spans[i]
        spans.setdefault((s, e), Span(start=offset + s, end=offset + e, text=text[s:e]))
    return sorted(spans.values(), key=lambda sp: sp.start)
