"""Claims: who claims, accuses, denies, condemns, warns or sympathises, read off the dependency parse.

One pass per sentence. A *cue* (a claim verb, a responsibility predicate such as "was behind" or
"carried out by", a condemnation or warning word) gives the kind; walking up from the cue to the
nearest speech act ("said", "accused", "denied", "X's allegation") gives the speaker; deny verbs
and negations on that path give the polarity, hedge words on it give `hedged`. "according to X"
and an adjacent "..., X said" supply speakers for quotes. No speaker, no claim: the outlet's own
narration is not a claim. Repeats of one (affiliation, kind, subject, polarity, hedged) merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..codebooks.cameo import claim_code
from ..models import ActorRef, Claim, Span
from . import _cues as cues
from .actors import analysis_doc, canonical_actor, sentence_of
from .mentions import ActorMention, ClaimMention

_PERSON_PRON = {"he", "she", "him", "her", "his", "hers"}
_GROUP_PRON = {"it", "its", "they", "their", "them", "we", "our", "us", "itself", "themselves"}
_FIRST_PERSON = {"i", "we", "our", "us", "me", "my"}
_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "det", "nummod", "flat", "case", "punct", "conj", "cc"}
_VIOLENCE = cues.ACT_NOUNS | {
    "terror", "terrorist", "terrorism", "threat", "revenge", "security", "danger", "dangerous", "kill", "violence",
    "avoid", "leave", "evacuate", "gate", "gates", "suicide", "bomb", "travel", "traveling", "travelling", "airport",
    "target", "targeting", "retaliate", "retaliation", "vessel", "ship", "crew", "war", "embassy", "citizens",
}
_CONDEMN_OBJECTS = cues.ACT_NOUNS | {"act", "violence", "terrorism", "incident", "it", "this", "crime", "atrocity",
                                    "carnage", "tragedy", "attacks", "killings", "deaths", "bloodshed", "outrage"}


@dataclass
class _Raw:
    kind: str
    source: ActorRef
    subject: ActorRef | None
    polarity: str
    hedged: bool
    cue: Token
    sent: int
    sentence: SpacySpan


@dataclass
class _Context:
    doc: Doc
    at: dict[int, ActorMention]
    mentions: list[ActorMention]
    sents: list[SpacySpan]
    raws: list[_Raw] = field(default_factory=list)
    nominals: dict[str, ActorRef] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------ helpers


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _last_before(ctx: _Context, i: int, types: set[str]) -> ActorMention | None:
    """The last actor mention of one of `types` before token i (pronoun antecedents)."""
    best = None
    for m in ctx.mentions:
        if m.ref.evidence.start >= ctx.doc[i].idx:
            break
        if m.ref.type in types:
            best = m
    return best


def _np_tokens(token: Token) -> list[Token]:
    """The token and its noun-phrase modifiers (no relative clauses or prepositional attachments)."""
    out = [token]
    stack = [token]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _NP_DEPS or (c.dep_ == "prep" and c.lower_ in {"of", "for"} and (
                    t.lower_ in cues.TITLE_WORDS or t.lower_ in cues.MEMBER_NOUNS)):
                out.append(c)
                stack.append(c)
            elif c.dep_ == "pobj" and t.dep_ == "prep":
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


_TYPE_RANK = {"group": 0, "person": 1, "organization": 2, "state": 3}
_RELATIVE = {"that", "which", "who", "whom", "whose"}


def _actor(ctx: _Context, token: Token | None, speaker: ActorRef | None = None) -> ActorRef | None:
    """The actor a token stands for: a mention on it, in its noun phrase, or a pronoun's antecedent."""
    if token is None:
        return None
    m = ctx.at.get(token.i)
    if m is not None and not _indefinite_modifier(token):
        return m.ref
    low = token.lower_
    if low in _RELATIVE and token.head.dep_ == "relcl":
        return _actor(ctx, token.head.head, speaker)
    if token.pos_ == "PRON" or low in _PERSON_PRON | _GROUP_PRON:
        return _pronoun(ctx, token, speaker)
    if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in token.children):
        return None
    described = _described(ctx, token)
    if described is not None:
        return described
    nps = _np_tokens(token)
    found = [ctx.at[t.i] for t in nps if t.i in ctx.at and not _indefinite_modifier(t)]
    if not found:
        poss = next((t for t in nps if t.dep_ == "poss" and t.pos_ == "PRON"), None)
        if poss is not None:
            return _pronoun(ctx, poss, speaker)
        return None
    found.sort(key=lambda m: (_TYPE_RANK.get(m.ref.type, 9), -m.ref.evidence.start))
    return found[0].ref


def _described(ctx: _Context, token: Token) -> ActorRef | None:
    """"A man claiming to be the leader of Boko Haram" -> Boko Haram; later "the man" -> the same."""
    if token.pos_ != "NOUN":
        return None
    for c in token.children:
        if c.dep_ == "acl" and c.lemma_.lower() in {"claim", "identify", "purport", "say"}:
            for t in c.subtree:
                m = ctx.at.get(t.i)
                if m is not None and m.ref.type in {"group", "organization"}:
                    ctx.nominals[token.lemma_.lower()] = m.ref
                    return m.ref
    if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
        return ctx.nominals.get(token.lemma_.lower())
    return None


def _pronoun(ctx: _Context, token: Token, speaker: ActorRef | None) -> ActorRef | None:
    low = token.lower_
    if speaker is not None and low in _GROUP_PRON | _FIRST_PERSON and speaker.type != "person":
        return speaker
    if low in _FIRST_PERSON:
        return speaker
    if low in _PERSON_PRON:
        prev = _last_before(ctx, token.i, {"person"})
        return prev.ref if prev else None
    if low in _GROUP_PRON:
        prev = _last_before(ctx, token.i, {"group", "organization", "state"})
        return prev.ref if prev else None
    return None


def _indefinite_modifier(token: Token) -> bool:
    """"a Pakistani Taliban group": a name used to describe an unnamed group does not name it."""
    head = token
    while head.dep_ in {"compound", "amod"} and head.head is not head:
        head = head.head
    if head is token or head.lower_ not in {"group", "faction", "offshoot", "splinter", "outfit", "affiliate"}:
        return False
    if any(c.dep_ == "appos" for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "some"} for c in head.children)


def _speaks_for(ref: ActorRef) -> str:
    """The affiliation a source speaks for: a group speaks for itself, an outlet of a group for the group."""
    if ref.type == "group":
        return ref.actor
    return ref.affiliation or ref.actor


def _subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in _SUBJ_DEPS:
            return c
    if verb.dep_ in {"xcomp", "conj", "advcl", "acl"} and verb.head is not verb:
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            # "issued a statement refuting ...": the statement's issuer speaks
            if verb.head.lower_ in cues.STATEMENT_NOUNS and verb.head.head.pos_ in {"VERB", "AUX"}:
                return _subject_of(verb.head.head)
            return None
        return _subject_of(verb.head)
    return None


def _agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in token.children)


def _has_hedge(tokens: list[Token]) -> bool:
    for t in tokens:
        low, lemma = t.lower_, t.lemma_.lower()
        if low == "would":
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.lower_ == "have":
                return True
            continue
        if low == "if" or lemma == "if":
            continue
        if low in cues.HEDGE_WORDS or lemma in cues.HEDGE_WORDS:
            return True
    return False


def _modifiers(token: Token) -> list[Token]:
    """A predicate with its auxiliaries and adverbs, where hedges sit ("could be behind", "probably")."""
    return [c for c in token.children if c.dep_ in {"aux", "auxpass", "advmod", "neg", "mark", "acomp"}] + [token]


def _according_to(sent: SpacySpan) -> Token | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            for c in t.nbor(1).children:
                if c.dep_ == "pobj":
                    return c
            for c in t.children:
                if c.dep_ == "prep":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return g
    return None


def _say_speaker(ctx: _Context, sent: SpacySpan) -> ActorRef | None:
    """The speaker of a sentence's main speech verb ("..., X said"), if any."""
    for t in sent:
        if t.lemma_.lower() in {"say", "add", "tell", "state", "write", "declare", "explain", "insist"} \
                and t.pos_ in {"VERB", "AUX"}:
            ref = _actor(ctx, _subject_of(t))
            if ref is not None:
                return ref
    return None


def _quote_speaker(ctx: _Context, si: int, token: Token) -> ActorRef | None:
    """Speaker of a quotation without attribution in its own sentence: the adjacent "X said"."""
    sent = ctx.sents[si]
    if sent.text.lstrip()[:1] not in {"“", '"', "'", "‘"}:
        return None
    for j in (si + 1, si - 1):
        if 0 <= j < len(ctx.sents):
            ref = _say_speaker(ctx, ctx.sents[j])
            if ref is not None:
                return ref
    return None


# --------------------------------------------------------------------------------- speaker search


@dataclass
class _Frame:
    speaker: ActorRef | None
    verb: Token | None
    deny: bool
    hedged: bool
    path: list[Token]
    also: list[ActorRef] = field(default_factory=list)


def _frame(ctx: _Context, si: int, start: Token, *, include_start: bool = False) -> _Frame:
    """Walk up from a content predicate to the speech act that reports it."""
    path: list[Token] = []
    deny = False
    inner: _Frame | None = None
    t = start
    first = True
    while True:
        path.append(t)
        lemma = t.lemma_.lower()
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) and t.lower_ in {
                "evidence", "sign", "indication", "proof", "link", "involvement", "role"}:
            deny = not deny
        is_act = t.pos_ in {"VERB", "AUX"} and (lemma in cues.SAY_VERBS or lemma in cues.DENY_VERBS
                                               or lemma in cues.ACCUSE_VERBS)
        if (not first or include_start) and is_act:
            if lemma in cues.DENY_VERBS and not _negated(t):
                deny = not deny
            subj = _subject_of(t) or _agent_of(t)
            ref = _actor(ctx, subj)
            if ref is not None:
                if inner is not None and lemma not in cues.DENY_VERBS:
                    return inner
                return _Frame(ref, t, deny, _has_hedge(_path_tokens(path)), path, _conj_actors(ctx, subj, ref))
        if (not first or include_start) and t.pos_ in {"NOUN", "PROPN"} and t.lower_ in cues.STATEMENT_NOUNS \
                and inner is None:
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            ref = _actor(ctx, poss)
            if ref is not None:
                inner = _Frame(ref, t, deny, _has_hedge(_path_tokens(path)), list(path), [])
        if not first and lemma == "be" and t.pos_ == "AUX":
            subj = _subject_of(t)
            if subj is not None and subj.lemma_.lower() in cues.FINDING_NOUNS:
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                ref = _actor(ctx, owner)
                if ref is not None:
                    hedged = _has_hedge(_path_tokens(path)) or subj.lemma_.lower() != "finding"
                    return _Frame(ref, t, deny, hedged, path, [])
        first = False
        if t.head is t or t.dep_ == "ROOT":
            break
        t = t.head
    if inner is not None:
        return inner
    ref = _according_actor(ctx, ctx.sents[si]) or _quote_speaker(ctx, si, start)
    return _Frame(ref, None, deny, _has_hedge(_path_tokens(path)), path, [])


def _conj_actors(ctx: _Context, subj: Token | None, first: ActorRef) -> list[ActorRef]:
    """Coordinated speakers: "The United States, the United Kingdom and Israel accused Iran"."""
    out: list[ActorRef] = []
    if subj is None:
        return out
    seen = {first.actor}
    stack = [c for c in subj.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        ref = _actor(ctx, c)
        if ref is not None and ref.actor not in seen:
            out.append(ref)
            seen.add(ref.actor)
        stack.extend(g for g in c.children if g.dep_ == "conj")
    return out


def _according_actor(ctx: _Context, sent: SpacySpan) -> ActorRef | None:
    """"According to the commander of the armed forces, Admiral X, ...": the actor named there."""
    pobj = _according_to(sent)
    if pobj is None:
        return None
    ref = _actor(ctx, pobj)
    if ref is not None:
        return ref
    commas = 0
    for t in sent.doc[pobj.i:min(pobj.i + 15, sent.end)]:
        if t.text == ",":
            commas += 1
            if commas > 1:
                break
        m = ctx.at.get(t.i)
        if m is not None and m.ref.type == "person":
            return m.ref
    return None


def _path_tokens(path: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in path:
        out.append(t)
        out.extend(c for c in t.children if c.dep_ in {"aux", "auxpass", "advmod", "neg", "mark", "acomp", "amod"})
        if t.dep_ == "xcomp" or t.dep_ == "ccomp":
            continue
    return out


# ----------------------------------------------------------------------------------- emitters


def _emit(ctx: _Context, si: int, kind: str, source: ActorRef | None, subject: ActorRef | None,
          polarity: str, hedged: bool, cue: Token) -> None:
    if source is None:
        return
    if source.actor in cues.RELAY_ORGS and kind == "responsibility":
        return
    if kind == "responsibility" and subject is None:
        return
    ctx.raws.append(_Raw(kind, source, subject, polarity, hedged, cue, si, ctx.sents[si]))


def _self_claims(ctx: _Context, si: int, sent: SpacySpan) -> set[int]:
    """"X claimed responsibility", "claimed by X", "X said its fighters carried out"; returns cue tokens."""
    used: set[int] = set()
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ not in {"VERB", "AUX", "NOUN"}:
            continue
        claimer_tok = None
        is_claim = False
        objs = [c for c in t.children if c.dep_ in {"dobj", "attr", "nsubjpass"}]
        if t.pos_ != "NOUN" and lemma in cues.CLAIM_VERBS:
            if any(o.lower_ in cues.CLAIM_NON_OBJECTS for o in objs):
                continue
            resp = any(o.lemma_.lower() in cues.RESPONSIBILITY_NOUNS for o in objs)
            act = lemma in {"claim", "own"} and any(o.lemma_.lower() in cues.ACT_NOUNS or o.lower_ in cues.ACT_NOUNS
                                                    for o in objs)
            passive_act = lemma == "claim" and t.tag_ == "VBN" and (
                t.head.lemma_.lower() in cues.ACT_NOUNS or any(
                    c.dep_ == "nsubjpass" and c.lemma_.lower() in cues.ACT_NOUNS for c in t.children))
            if resp or act or passive_act:
                is_claim = True
                claimer_tok = _agent_of(t) if (passive_act or t.tag_ == "VBN") else None
                claimer_tok = claimer_tok or _subject_of(t)
                if resp and lemma == "take" and not any(o.lemma_.lower() in {"responsibility", "credit"} for o in objs):
                    is_claim = False
        elif t.pos_ == "NOUN" and lemma == "claim":
            of = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.lemma_.lower() == "responsibility"]
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            by = next((g for c in t.subtree if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                       if g.dep_ == "pobj"), None)
            if of:
                is_claim = True
                claimer_tok = poss or by or _subject_of(t.head)
            elif poss is not None and t.dep_ == "dobj" and t.head.lemma_.lower() in cues.CORROBORATE_VERBS:
                is_claim = True
                claimer_tok = poss
                corroborator = _actor(ctx, _subject_of(t.head)) or _frame(ctx, si, t.head).speaker
                claimer = _actor(ctx, poss)
                if corroborator is not None and claimer is not None and corroborator.actor != claimer.actor:
                    hedged = _has_hedge(_path_tokens([t.head]))
                    _emit(ctx, si, "responsibility", _source_ref(corroborator), _subject_ref(claimer), "affirm",
                          hedged, t.head)
        if not is_claim and t.pos_ == "VERB" and lemma in {"claim", "declare", "admit", "acknowledge"}:
            content = next((c for c in t.children if c.dep_ in {"ccomp", "xcomp"}), None)
            if content is not None and any(
                    w.lemma_.lower() in cues.ACT_NOUNS | cues.AGENT_VERBS | cues.GROUP_ACT_VERBS
                    or w.lower_ in {"behind", "responsible"} for w in content.subtree):
                subj_tok = _subject_of(t)
                ref = _actor(ctx, subj_tok)
                if ref is not None and ref.type == "group":
                    is_claim = True
                    claimer_tok = subj_tok
        if not is_claim:
            continue
        if _negated(t) or (claimer_tok is not None and any(c.lower_ == "no" for c in claimer_tok.children)):
            continue
        claimer = _actor(ctx, claimer_tok)
        if claimer is None or (claimer.type == "organization" and claimer.affiliation is None):
            continue  # nobody named, or a body that speaks for no armed group (the UN does not claim attacks)
        hedged = _has_hedge([t] + [c for c in t.children if c.dep_ in {"advmod", "aux"}])
        subject = _subject_ref(claimer)
        _emit(ctx, si, "responsibility", _source_ref(claimer), subject, "affirm", hedged, t)
        used.add(t.i)
        # Reported by someone else who is not a relay: corroboration.
        outer = _frame(ctx, si, t)
        if outer.verb is not None and outer.speaker is not None and _speaks_for(outer.speaker) != claimer.actor:
            verb = outer.verb.lemma_.lower()
            if verb in cues.CORROBORATE_VERBS or (verb in cues.SAY_VERBS and _in_quote(t)):
                _emit(ctx, si, "responsibility", _source_ref(outer.speaker), subject, "affirm", outer.hedged,
                      outer.verb)
    return used


def _in_quote(token: Token) -> bool:
    """Inside quotation marks within its sentence."""
    marks = sum(1 for t in token.sent if t.i < token.i and t.text in {"“", "”", '"'})
    opening = sum(1 for t in token.sent if t.i < token.i and t.text == "“")
    return marks % 2 == 1 or opening > sum(1 for t in token.sent if t.i < token.i and t.text == "”")


def _source_ref(ref: ActorRef) -> ActorRef:
    """The source as it speaks: a group for itself, an outlet (Amaq) for its group."""
    return ref.model_copy(update={"affiliation": _speaks_for(ref)})


def _subject_ref(ref: ActorRef) -> ActorRef:
    """The actor a statement is about: an outlet's or spokesman's claim is about their group or state."""
    if ref.type in {"organization", "person"} and ref.affiliation and ref.affiliation != ref.actor:
        found = canonical_actor(ref.affiliation)
        if found is not None:
            name, type_, affiliation = found
            return ref.model_copy(update={"actor": name, "type": type_, "affiliation": affiliation})
        if ref.type == "organization":
            return ref.model_copy(update={"actor": ref.affiliation, "type": "group", "affiliation": None})
    return ref


def _agent_candidates(ctx: _Context, sent: SpacySpan, used: set[int]) -> list[tuple[Token, Token, bool]]:
    """(predicate, agent token, negated) for responsibility predicates in a sentence."""
    out: list[tuple[Token, Token, bool]] = []
    for t in sent:
        if t.i in used:
            continue
        lemma, low = t.lemma_.lower(), t.lower_
        if low == "behind" and t.head.pos_ in {"AUX", "VERB"}:
            subj = _subject_of(t.head)
            if subj is not None:
                out.append((t.head, subj, _negated(t.head)))
        elif low == "responsible" and t.head.pos_ in {"AUX", "VERB"}:
            holder = t.head
            subj = _subject_of(holder)
            if holder.lemma_.lower() == "hold":
                subj = next((c for c in holder.children if c.dep_ == "dobj"), subj)
            if subj is not None:
                out.append((holder, subj, _negated(holder)))
        elif lemma in {"involve", "involved"} and t.pos_ in {"VERB", "ADJ"}:
            subj = _subject_of(t if t.pos_ == "VERB" else t.head)
            if subj is not None:
                out.append((t if t.pos_ == "VERB" else t.head, subj, _negated(t) or _negated(t.head)))
        elif lemma in cues.COVERT_VERBS and t.pos_ == "VERB" and (
                (agent := _agent_of(t)) is not None or not any(c.dep_ == "auxpass" for c in t.children)):
            who = agent or next((c for c in t.children if c.dep_ == "nsubj"), None)
            if who is not None:
                out.append((t, who, _negated(t)))
        elif (lemma in cues.AGENT_VERBS or lemma in cues.GROUP_ACT_VERBS) and t.pos_ == "VERB":
            agent = _agent_of(t)
            if agent is not None:
                if lemma in cues.AGENT_VERBS or (agent.i in ctx.at and ctx.at[agent.i].ref.type == "group"):
                    out.append((t, agent, _negated(t)))
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None and t.tag_ == "VBG" and t.dep_ in {"xcomp", "pcomp", "ccomp"}:
                subj = _subject_of(t.head) if t.dep_ == "xcomp" else None  # "denied firing the rockets"
            if subj is None or t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
                continue
            objs = [c for c in t.children if c.dep_ == "dobj"]
            act_obj = not objs or any(o.lemma_.lower() in cues.ACT_NOUNS for o in objs)
            if lemma in cues.AGENT_VERBS and act_obj and lemma not in {"order", "direct", "plan"}:
                out.append((t, subj, _negated(t)))
            elif lemma in cues.GROUP_ACT_VERBS and t.dep_ != "relcl":
                out.append((t, subj, _negated(t)))  # kept only when the agent resolves to a group
        elif low in cues.HALLMARK_NOUNS and t.pos_ == "NOUN":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    out.extend((t, g, False) for g in c.children if g.dep_ == "pobj" and g.i in ctx.at)
        elif lemma == "suspect" and t.pos_ == "VERB":
            target = next((c for c in t.children if c.dep_ == "dobj"), None)
            if target is not None and target.i in ctx.at:
                out.append((t, target, _negated(t)))
        elif lemma in cues.RELEASE_VERBS and t.pos_ == "VERB" and t.dep_ in {"ccomp", "xcomp"}:
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            subj = _subject_of(t)
            if obj is not None and subj is not None and (
                    obj.lemma_.lower() in cues.CAPTIVE_NOUNS or obj.ent_type_ == "PERSON"):
                out.append((t, subj, _negated(t)))  # kept only when the agent resolves to a group
        elif low == "work" and t.pos_ == "NOUN":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    out.extend((t.head if t.head.pos_ in {"AUX", "VERB"} else t, g, False)
                               for g in c.children if g.dep_ == "pobj")
        elif lemma in {"accuse", "blame", "implicate", "attribute", "hold", "finger"} and t.pos_ == "VERB":
            target = next((c for c in t.children if c.dep_ == "dobj"), None)
            act_object = target is None or target.lemma_.lower() in cues.ACT_NOUNS or target.pos_ == "PRON"
            if lemma in {"blame", "attribute", "pin"} and act_object:
                holders = [t] + ([target] if target is not None else [])
                for h in holders:
                    for c in h.children:
                        if c.dep_ in {"prep", "dative"} and c.lower_ in {"on", "to"}:
                            target = next((g for g in c.children if g.dep_ == "pobj"
                                           and g.ent_type_ not in {"DATE", "TIME"}), target)
            if lemma == "hold" and not any(c.lower_ == "responsible" for c in t.children):
                continue
            if target is not None and _about_the_act(t):
                out.append((t, target, _negated(t)))
                out.extend((t, c, _negated(t)) for c in target.children
                           if c.dep_ == "conj" and any(n.i in ctx.at for n in _np_tokens(c)))
        elif lemma in {"come", "originate", "launch", "fire"} and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    out.extend((t, g, _negated(t)) for g in c.children if g.dep_ == "pobj")
        elif low == "nothing" and t.head.lemma_.lower() == "have":
            subj = _subject_of(t.head)
            if subj is not None:
                out.append((t.head, subj, True))
        elif lemma in cues.INVOLVEMENT_NOUNS and t.pos_ == "NOUN" and t.dep_ == "dobj" \
                and t.head.lemma_.lower() in {"have", "play"}:
            subj = _subject_of(t.head)  # "it had no involvement in", "Y played a role in the attack"
            no = any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
            about = [g for c in [*t.children, *t.head.children] if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pobj"]
            if subj is not None and (no or any(g.lemma_.lower() in cues.ACT_NOUNS for g in about)):
                out.append((t.head, subj, no != _negated(t.head)))
        elif lemma == "finger" and t.pos_ == "NOUN" and t.head.lemma_.lower() == "point":
            for c in t.head.children:  # "pointed the finger at Y"
                if c.dep_ == "prep" and c.lower_ == "at":
                    out.extend((t.head, g, _negated(t.head)) for g in c.children if g.dep_ == "pobj")
        elif lemma in cues.INVOLVEMENT_NOUNS and t.pos_ == "NOUN" and t.dep_ != "compound":
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            of = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "by"} for g in c.children
                       if g.dep_ == "pobj"), None)
            if poss is not None or of is not None:
                out.append((t, poss or of, False))
        elif lemma in cues.ACT_NOUNS and t.pos_ == "NOUN" and t.tag_ == "NN":
            for c in t.children:
                if c.dep_ in {"compound", "amod"} and c.i in ctx.at and ctx.at[c.i].ref.type == "group":
                    out.append((t, c, False))
    return out


def _about_the_act(verb: Token) -> bool:
    """"blamed X for the attack" yes; "blamed X for the insecurity" / "for ignoring warnings" no."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"for", "of"}:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g.lemma_.lower() in cues.ACT_NOUNS or g.lower_ in cues.ACT_NOUNS or g.pos_ == "PRON"
                if g.dep_ == "pcomp":
                    return g.lemma_.lower() in cues.AGENT_VERBS | cues.GROUP_ACT_VERBS | {"be"}
    return True


def _from_origin(ctx: _Context, agent: ActorRef, pred: Token) -> ActorRef | None:
    """"came from Yemen": a place of origin, read as the group based there when the story names one."""
    if agent.type != "state":
        return agent
    from ..codebooks.groups import gazetteer
    gaz = gazetteer()
    for m in ctx.mentions:
        entry = gaz.lookup(m.ref.actor)
        if m.ref.type == "group" and entry is not None and entry.country:
            from ..codebooks.iso3166 import country_by_code
            country = country_by_code(entry.country)
            if country is not None and country.name == agent.actor:
                return m.ref
    return None


def _responsibility(ctx: _Context, si: int, sent: SpacySpan, used: set[int]) -> None:
    for pred, agent_tok, negated in _agent_candidates(ctx, sent, used):
        if agent_tok.lemma_.lower() in cues.GENERIC_PERPETRATORS and agent_tok.i not in ctx.at:
            continue
        lemma = pred.lemma_.lower()
        accuse = lemma in {"accuse", "blame", "implicate", "attribute", "finger", "hold", "suspect", "point"} \
            and pred.pos_ == "VERB"
        frame = _frame(ctx, si, pred, include_start=accuse)
        if frame.speaker is None:
            continue
        agent = _actor(ctx, agent_tok, speaker=frame.speaker)
        if agent is None:
            continue
        if lemma in {"come", "originate"} or (lemma in {"launch", "fire"} and any(
                c.lower_ == "from" for c in pred.children)):
            agent = _from_origin(ctx, agent, pred)
            if agent is None:
                continue
        if agent.type == "person" and agent.affiliation == agent.actor:
            continue
        if (lemma in cues.GROUP_ACT_VERBS or lemma in cues.RELEASE_VERBS) and pred.pos_ == "VERB" \
                and agent.type != "group":
            continue
        deny = frame.deny != negated
        hedged = frame.hedged or _has_hedge(_modifiers(pred))
        if pred.pos_ == "NOUN" and pred.lemma_.lower() in cues.ACT_NOUNS and frame.verb is None \
                and _according_to(ctx.sents[si]) is None and not _reported(pred):
            continue
        for speaker in [frame.speaker, *frame.also]:
            _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(agent),
                  "deny" if deny else "affirm", hedged, frame.verb or pred)
        # "rejected India's allegation that Pakistan was behind": the allegation itself is a claim too.
        for t in frame.path:
            if t.pos_ == "NOUN" and t.lower_ in cues.STATEMENT_NOUNS and t is not frame.verb:
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                inner = _actor(ctx, poss)
                if inner is not None:
                    _emit(ctx, si, "responsibility", _source_ref(inner), _subject_ref(agent), "affirm",
                          _has_hedge(_modifiers(pred)), t)
        # Self-denial phrased with a role noun: "Iran denied any involvement".
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in cues.DENY_VERBS and not _negated(t):
            objs = [c for c in t.children if c.dep_ == "dobj"]
            for o in objs:
                about = [g for c in o.children if c.dep_ == "prep" and c.lower_ in {"in", "for", "with"}
                         for g in c.children if g.dep_ == "pobj"]
                if about and not any(g.lemma_.lower() in cues.ACT_NOUNS or g.pos_ == "PRON" for g in about):
                    continue  # "denied any wrongdoing in the corruption case"
                if o.lemma_.lower() in cues.INVOLVEMENT_NOUNS and not any(
                        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "by"}) for c in o.children):
                    speaker = _actor(ctx, _subject_of(t))
                    if speaker is not None:
                        _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(speaker), "deny",
                              False, t)
            if not objs and not any(c.dep_ in {"ccomp", "xcomp"} for c in t.children) and t.dep_ != "relcl":
                # "Ukraine denies involvement" parsed without an object, or "denies." after a charge.
                nxt = [c for c in t.children if c.dep_ in {"npadvmod", "advmod", "attr"}
                       and c.lemma_.lower() in cues.INVOLVEMENT_NOUNS]
                if nxt:
                    speaker = _actor(ctx, _subject_of(t))
                    if speaker is not None:
                        _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(speaker), "deny",
                              False, t)
        if t.pos_ == "VERB" and lemma in cues.DENY_VERBS and not _negated(t):
            _deny_statement(ctx, si, t)


def _deny_statement(ctx: _Context, si: int, verb: Token) -> None:
    """"PIJ denied it", "X denied the government's claims", "distanced themselves from the attack"."""
    speaker = _actor(ctx, _subject_of(verb))
    if speaker is None:
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_.lower() == "distance" and obj is not None and obj.lower_ in {"themselves", "itself", "himself"}:
        if any(g.lemma_.lower() in cues.ACT_NOUNS for c in verb.children if c.dep_ == "prep" for g in c.subtree):
            _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(speaker), "deny", False, verb)
        return
    if obj is None or any(c.dep_ in {"acl", "ccomp", "relcl"} for c in obj.children):
        return  # a content clause is read by the responsibility rules
    if not (obj.lower_ in {"it", "this", "that"} or obj.lower_ in cues.STATEMENT_NOUNS):
        return
    owner = _actor(ctx, next((c for c in obj.children if c.dep_ == "poss"), None))
    for raw in reversed(ctx.raws):
        if raw.kind != "responsibility" or raw.polarity != "affirm" or raw.subject is None:
            continue
        if raw.sent < si - 2:
            break
        if _speaks_for(raw.source) == _speaks_for(speaker):
            continue
        if owner is not None and _speaks_for(raw.source) != _speaks_for(owner):
            continue
        _emit(ctx, si, "responsibility", _source_ref(speaker), raw.subject, "deny", False, verb)
        return


def _reported(token: Token) -> bool:
    """Inside a clause under a speech verb (", U.S. officials said")."""
    t = token
    while t.head is not t:
        t = t.head
        if t.lemma_.lower() in cues.SAY_VERBS and t.pos_ == "VERB":
            return True
    return False


def _speaker_up(ctx: _Context, si: int, token: Token) -> ActorRef | None:
    """The actor performing a speech act at or above a token (the subject of the nearest verb with one)."""
    t = token
    for _ in range(8):
        if t.pos_ in {"VERB", "AUX"}:
            ref = _actor(ctx, _subject_of(t))
            if ref is not None:
                return ref
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is not None and (ref := _actor(ctx, poss)) is not None:
            return ref
        frm = next((g for c in t.children if (c.dep_ == "prep" and c.lower_ in {"from", "by"}) or c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"), None)
        if frm is not None and (ref := _actor(ctx, frm)) is not None:
            return ref
        if t.head is t:
            break
        t = t.head
    return _actor(ctx, _according_to(ctx.sents[si]))


def _condemn_sympathy_warning(ctx: _Context, si: int, sent: SpacySpan) -> None:
    for t in sent:
        lemma, low = t.lemma_.lower(), t.lower_
        if lemma in cues.CONDEMN_LEMMAS or low in cues.CONDEMN_LEMMAS:
            if _negated(t):
                continue
            if t.pos_ == "VERB":
                objs = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
                if objs and not any(o.lemma_.lower() in _CONDEMN_OBJECTS or o.lower_ in _CONDEMN_OBJECTS
                                    for o in objs):
                    continue
            for source in _speakers(ctx, si, t):
                _emit(ctx, si, "condemnation", _source_ref(source), None, "affirm", False, t)
        elif lemma in cues.SYMPATHY_LEMMAS or low in cues.SYMPATHY_LEMMAS or (
                lemma == "thought" and any(c.lower_ == "with" for c in [*t.children, *t.head.children])):
            if _negated(t):
                continue
            for source in _speakers(ctx, si, t):
                _emit(ctx, si, "sympathy", _source_ref(source), None, "affirm", False, t)
        elif lemma in cues.WARNING_LEMMAS or low in cues.WARNING_LEMMAS:
            if _negated(t) or any(c.lower_ in cues.WARNING_NON_CONTEXT for c in t.children):
                continue
            if not any(w.lower_ in _VIOLENCE or w.lemma_.lower() in _VIOLENCE for w in t.subtree) and not any(
                    w.lower_ in _VIOLENCE for w in t.head.subtree):
                continue
            if lemma in {"vow", "threaten", "threat"} and not any(
                    w.lemma_.lower() in cues.THREAT_OBJECTS or w.lower_ in cues.THREAT_OBJECTS for w in t.subtree):
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                continue
            if t.pos_ == "NOUN" and t.head.lemma_.lower() in {"reject", "ignore", "heed", "receive"}:
                sources = [r for r in [_speaker_prep(ctx, t)] if r is not None]
            elif t.pos_ == "NOUN" and lemma in {"threat", "alert"} and not (
                    t.head.lemma_.lower() in {"issue", "make", "post", "send", "deliver", "repeat", "renew"}
                    or any(c.dep_ == "poss" for c in t.children) or _speaker_prep(ctx, t) is not None):
                continue
            else:
                sources = _speakers(ctx, si, t)
            for source in sources:
                _emit(ctx, si, "warning", _source_ref(source), None, "affirm", False, t)


def _speaker_prep(ctx: _Context, token: Token) -> ActorRef | None:
    frm = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                for g in c.children if g.dep_ == "pobj"), None)
    return _actor(ctx, frm)


def _speakers(ctx: _Context, si: int, token: Token) -> list[ActorRef]:
    """The source(s) of a condemnation/sympathy/warning cue, with coordinated subjects ("The U.S. and Britain")."""
    if token.pos_ == "NOUN":
        ref = _speaker_prep(ctx, token)
        if ref is None:
            poss = next((c for c in token.children if c.dep_ == "poss"), None)
            ref = _actor(ctx, poss) if poss is not None and poss.lower_ not in {"its", "their", "his", "her"} else None
        if ref is not None:
            return [ref]
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    agent = _agent_of(verb)
    if agent is not None and (ref := _actor(ctx, agent)) is not None:
        return [ref]  # "was condemned by the European Union"
    subj = _subject_of(verb)
    refs: list[ActorRef] = []
    if subj is not None:
        ref = _actor(ctx, subj)
        if ref is not None:
            refs.append(ref)
        for c in subj.children:
            if c.dep_ == "conj":
                r = _actor(ctx, c)
                if r is not None and r.actor != (ref.actor if ref else None):
                    refs.append(r)
    if not refs:
        ref = _speaker_up(ctx, si, token)
        if ref is not None:
            refs.append(ref)
    return refs


# ---------------------------------------------------------------------------------------- main


def _evidence(text: str, sent: SpacySpan, cue: Token) -> Span:
    """The sentence, or a window of at most ~200 characters around the cue in a long sentence."""
    start, end = sent.start_char, sent.end_char
    stripped = text[start:end].rstrip()
    end = start + len(stripped)
    start += len(stripped) - len(stripped.lstrip())
    if end - start > 200:
        lo = max(start, cue.idx - 100)
        hi = min(end, lo + 200)
        while lo > start and not text[lo - 1].isspace():
            lo += 1
        while hi < end and not text[hi].isspace() and hi > lo:
            hi -= 1
        start, end = lo, hi
    return _span(text, start, end)


def _cameo(kind: str, is_self: bool, polarity: str, source: ActorRef, cue: Token) -> str | None:
    threat = kind == "warning" and source.type == "group" and cue.lemma_.lower() in {"threaten", "threat", "vow"}
    return claim_code(kind, is_self, polarity, threat_by_group=threat)


def _firm_self_claims(ctx: _Context) -> None:
    """A group's own claim reported once with distance ("reportedly claimed") and once plainly is one claim."""
    firm = {(r.source.actor, r.polarity) for r in ctx.raws
            if r.kind == "responsibility" and not r.hedged and r.subject and r.subject.actor == r.source.actor}
    for r in ctx.raws:
        if r.kind == "responsibility" and r.hedged and r.subject and r.subject.actor == r.source.actor \
                and (r.source.actor, r.polarity) in firm:
            r.hedged = False


def _narrow(ctx: _Context) -> None:
    """A movement's name in a story about exactly one of its branches means that branch."""
    children: dict[str, dict[str, ActorRef]] = {}
    for m in ctx.mentions:
        if m.ref.type == "group" and m.ref.affiliation in cues.NARROWING_PARENTS:
            children.setdefault(m.ref.affiliation, {})[m.ref.actor] = m.ref
    for parent, branches in children.items():
        active = {r.source.actor for r in ctx.raws if r.source.actor in branches}
        if len(active) == 1:
            branch = branches[active.pop()]
        elif len(branches) == 1:
            branch = next(iter(branches.values()))
        else:
            continue
        for raw in ctx.raws:
            if raw.source.actor == parent and raw.source.type == "group":
                raw.source = raw.source.model_copy(update={"actor": branch.actor, "affiliation": branch.actor})
            if raw.subject is not None and raw.subject.actor == parent:
                raw.subject = raw.subject.model_copy(update={"actor": branch.actor, "affiliation": parent})


def find_claims(doc: Doc, actors: list[ActorMention]) -> list[ClaimMention]:
    """Every claim in the document, one per (affiliation, kind, subject, polarity, hedged), in text order."""
    original = doc
    text = doc.text
    doc = analysis_doc(doc)
    sents = list(doc.sents)
    at: dict[int, ActorMention] = {}
    for m in actors:
        span = doc.char_span(m.ref.evidence.start, m.ref.evidence.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                at.setdefault(t.i, m)
    ctx = _Context(doc, at, sorted(actors, key=lambda m: m.ref.evidence.start), sents)
    for si, sent in enumerate(sents):
        used = _self_claims(ctx, si, sent)
        _responsibility(ctx, si, sent, used)
        _condemn_sympathy_warning(ctx, si, sent)

    _narrow(ctx)
    _firm_self_claims(ctx)
    merged: dict[tuple, tuple[_Raw, list[Span]]] = {}
    for raw in sorted(ctx.raws, key=lambda r: r.cue.idx):
        subject = raw.subject.actor if raw.subject else None
        key = (_speaks_for(raw.source), raw.kind, subject, raw.polarity, raw.hedged)
        evidence = _evidence(text, raw.sentence, raw.cue)
        if key in merged:
            spans = merged[key][1]
            if all(s.start != evidence.start for s in spans):
                spans.append(evidence)
        else:
            merged[key] = (raw, [evidence])
    out: list[ClaimMention] = []
    sent_index = sentence_of(original)
    for n, (key, (raw, spans)) in enumerate(merged.items(), start=1):
        affiliation, kind, subject, polarity, hedged = key
        is_self = subject is not None and subject == affiliation
        cue = raw.cue
        claim = Claim(
            id=f"c{n}", kind=kind, source=raw.source, subject=raw.subject, polarity=polarity, is_self=is_self,
            hedged=hedged, cue=_span(text, cue.idx, cue.idx + len(cue.text)),
            cameo=_cameo(kind, is_self, polarity, raw.source, cue), incident=None,
            evidence=spans[0], also=spans[1:],
        )
        out.append(ClaimMention(claim=claim, sent=sent_index(raw.cue.idx)))
    return out
