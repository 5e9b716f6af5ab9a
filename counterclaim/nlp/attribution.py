"""Claims: who claims, accuses, denies, condemns, warns or sympathises, read off the dependency parse.

One pass per sentence. A *cue* (a claim verb, a responsibility predicate such as "was behind" or
"carried out by", a condemnation or warning word) gives the kind; walking up from the cue to the
nearest speech act ("said", "accused", "denied", "X's allegation") gives the speaker; deny verbs
and negations on that path give the polarity, hedge words on it give `hedged`. "according to X"
and an adjacent "..., X said" supply speakers for quotes. No speaker, no claim: the outlet's own
narration is not a claim. Repeats of one (affiliation, kind, subject, polarity, hedged) merge.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..codebooks.cameo import claim_code
from ..codebooks.gazetteer import load_gazetteer, name_key
from ..codebooks.groups import gazetteer as group_gazetteer
from ..ingest.text import headline_end
from ..models import ActorRef, Claim, Span
from . import _cues as cues
from ._calendar import WEEKDAYS
from ._dateline import in_dateline, sentence_dash
from ._org_names import organisation_end
from ._speakers import (
    Context,
    Frame,
    Raw,
    according_to,
    actor_of,
    agent_of,
    coordinated_of,
    coordinated_states,
    described,
    frame_of,
    has_hedge,
    holds_responsible,
    make_span,
    modifiers,
    named_in_apposition,
    negated,
    np_tokens,
    path_tokens,
    speaks_for,
    state_medium,
    subject_of,
    suspicion_targets,
    turn_speaker,
    unlisted_body,
    unnamed_voice,
    verbal,
)
from ._text import doc_ents, doc_text, in_quote, sents_back
from .actors import (
    act_named_as,
    actor_ref,
    analysis_doc,
    canonical_actor,
    names_the_act,
    patron_seat,
    sentence_of,
    states_named_in,
    title_window,
)
from .mentions import ActorMention, ClaimMention

_TRAVEL_WORDS = frozenset({"travel", "traveling", "travelling"})
_VIOLENCE = cues.ACT_NOUNS | {
    "terror", "terrorist", "terrorism", "threat", "revenge", "security", "danger", "dangerous", "kill", "violence",
    "avoid", "leave", "evacuate", "gate", "gates", "suicide", "bomb", "airport",
    "target", "targeting", "retaliate", "retaliation", "vessel", "ship", "crew", "war", "embassy", "citizens",
} | _TRAVEL_WORDS
_CONDEMN_OBJECTS = cues.ACT_NOUNS | {"act", "violence", "terrorism", "incident", "it", "this", "crime", "atrocity",
                                    "carnage", "tragedy", "attacks", "killings", "deaths", "bloodshed", "outrage",
                                    "burning", "torching", "destruction", "desecration", "lynching", "slaughter"}

# ----------------------------------------------------------------------------------- emitters


def _emit(ctx: Context, si: int, kind: str, source: ActorRef | None, subject: ActorRef | None,
          polarity: str, hedged: bool, cue: Token) -> None:
    if source is None:
        return
    if source.actor in cues.RELAY_ORGS and kind == "responsibility":
        return
    if kind == "responsibility" and subject is None:
        return
    ctx.raws.append(Raw(kind, source, _commanded_group(ctx, subject), polarity, hedged, cue, si, ctx.sents[si]))


def _commanded_group(ctx: Context, subject: ActorRef | None) -> ActorRef | None:
    """A person said to be responsible who acts for a group the text names but no list knows ("Kazadi's men were
    responsible", Kazadi "a commander of the Wazalendo militia"): the group, as for a listed group
    (`_subject_ref`); GTD codes the group, not its commander."""
    if subject is None or subject.type != "person" or subject.affiliation in {None, subject.actor}:
        return subject
    return next((m.ref for m in ctx.mentions if m.ref.type == "group" and m.ref.actor == subject.affiliation),
                subject)


def _emit_for_speakers(ctx: Context, si: int, frame: Frame, kind: str, cue: Token) -> None:
    """An unhedged, unnegated statement's speaker (and those speaking with it) says `kind` of no subject."""
    if frame.speaker is not None and not frame.deny and not frame.hedged:
        for source in [frame.speaker, *frame.also]:
            _emit(ctx, si, kind, _source_ref(source), None, "affirm", False, cue)


def _self_claims(ctx: Context, si: int, sent: SpacySpan) -> set[int]:
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
            act = lemma in {"claim", "own"} and any(_names_an_act(o) or _claimed_pronoun(ctx, t, o) for o in objs)
            passive_act = lemma == "claim" and t.tag_ == "VBN" and (
                t.head.lemma_.lower() in cues.ACT_NOUNS or any(
                    c.dep_ == "nsubjpass" and c.lemma_.lower() in cues.ACT_NOUNS for c in t.children))
            if resp or act or passive_act:
                is_claim = True
                claimer_tok = agent_of(t) if (passive_act or t.tag_ == "VBN") else None
                claimer_tok = claimer_tok or subject_of(t)
                if resp and lemma == "take" and not any(o.lemma_.lower() in {"responsibility", "credit"} for o in objs):
                    is_claim = False
        elif t.pos_ == "NOUN" and lemma == "claim":
            of = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.lemma_.lower() == "responsibility"]
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            # "a claim ... issued by / through / via Amaq": the outlet is the group's, no speaker of its own.
            # "by" anywhere in the phrase; "through" / "via" only on the claim or its own verb ("a claim issued
            # through Amaq", "posted a claim via Amaq"), not deeper ("for the bombing, which ripped through a market")
            own_verbs = [t, *(c for n in [t, *of] for c in n.children if c.dep_ == "acl"),
                         *([t.head] if t.dep_ == "dobj" else [])]
            by = next((g for c in t.subtree if c.dep_ == "prep" and c.lower_ == "by"
                       for g in c.children if g.dep_ == "pobj"), None) or next(
                (g for h in own_verbs for c in h.children if c.dep_ == "prep" and c.lower_ in {"through", "via"}
                 for g in c.children if g.dep_ == "pobj"), None)
            if of:
                is_claim = True
                # "a claim of responsibility was carried by the group's Amaq agency": the carrier, not the claim
                carrier = agent_of(t.head) if t.dep_ == "nsubjpass" else None
                claimer_tok = poss or by or carrier or subject_of(t.head)
            elif poss is not None and t.dep_ == "dobj" and t.head.lemma_.lower() in cues.CORROBORATE_VERBS:
                is_claim = True
                claimer_tok = poss
                corroborator = actor_of(ctx, subject_of(t.head)) or frame_of(ctx, si, t.head).speaker \
                    or _evidence_source(ctx, subject_of(t.head))
                claimer = actor_of(ctx, poss)
                if corroborator is not None and claimer is not None and corroborator.actor != claimer.actor \
                        and _verdict_given(t.head):
                    hedged = has_hedge(path_tokens([t.head]))
                    _emit(ctx, si, "responsibility", _source_ref(corroborator), _subject_ref(claimer), "affirm",
                          hedged, t.head)
        if not is_claim and t.pos_ == "VERB" and lemma in {"say", "announce", "state", "declare", "claim"}:
            content = next((c for c in t.children if c.dep_ == "ccomp"), None)
            subj_tok = subject_of(t)
            ref = actor_of(ctx, subj_tok)
            # "Al Shabaab said the attack was retaliation for ...": its own attack; "Houthi spokesman X said four
            # drones had hit military targets": its own weapons
            if content is not None and ref is not None and (
                    ref.type == "group" and _own_reprisal(ctx, content, ref)
                    or _subject_ref(ref).type == "group" and _own_weapons_hit(ctx, content)):
                is_claim = True
                claimer_tok = subj_tok
        if not is_claim and t.pos_ == "VERB" and lemma in {"claim", "declare", "admit", "acknowledge"}:
            content = next((c for c in t.children if c.dep_ in {"ccomp", "xcomp"}), None)
            if content is not None and any(
                    w.lemma_.lower() in cues.ACT_NOUNS | cues.AGENT_VERBS | cues.GROUP_ACT_VERBS
                    or w.lower_ in {"behind", "responsible"} for w in content.subtree):
                subj_tok = subject_of(t)
                ref = actor_of(ctx, subj_tok)
                if ref is not None and ref.type == "group":
                    is_claim = True
                    claimer_tok = subj_tok
        if not is_claim and t.pos_ == "VERB" and (side := _attackers_own_side(ctx, t)) is not None:
            if (aired := state_medium(ctx, t) or _relayed_by_officials(ctx, t)) is not None \
                    and (named := actor_of(ctx, side)) is not None:
                # a confession the state airs reaches us in the state's word: its accusation, not the group's claim;
                # so does one the police relay ("Police said a suspect confessed / said he had been sent by X")
                _emit(ctx, si, "responsibility", _source_ref(aired), _subject_ref(named), "affirm",
                      has_hedge(modifiers(t)), t)
                used.add(t.i)
                continue
            is_claim = True  # the attackers naming their own group
            claimer_tok = side
        if not is_claim and t.pos_ == "VERB" and (shown := _confession_in_footage(ctx, t)) is not None:
            releaser, side = shown  # "Police released a video of the suspect confessing that he had been sent by X"
            _emit(ctx, si, "responsibility", _source_ref(releaser), _subject_ref(side), "affirm",
                  has_hedge(modifiers(t)), t)
            used.add(t.i)
            continue
        if not is_claim and t.pos_ == "VERB" and (shower := _own_footage(ctx, t)) is not None:
            is_claim = True  # "Al-Shabaab released a video showing its fighters attacking the base"
            claimer_tok = shower
        if not is_claim:
            continue
        if negated(t) or (claimer_tok is not None and any(c.lower_ == "no" for c in claimer_tok.children)):
            continue
        if _claims_earlier_acts(t):
            continue  # "JNIM claimed a similar ambush last year": the group's record, not this attack
        if _not_shown(t):
            continue  # "Video does not show X claiming the bombing": no claim made
        vehicle = _vehicle(t, claimer_tok)
        if claimer_tok is not None and claimer_tok.lower_ in cues.CLAIM_VEHICLE_NOUNS:
            claimer_tok = _named_in_vehicle(ctx, claimer_tok)  # "a statement in the name of the BLA claimed"
        claimer = actor_of(ctx, claimer_tok)
        if claimer is None and claimer_tok is not None and claimer_tok.dep_ == "nsubj":
            # "A previously unknown group calling itself the X Front claimed it", parsed with two subjects: the
            # named one claims, and no unnamed claimant beside it; only a group (a country the parser splits off
            # an unresolved group's name, "The X Group - Chile claimed", makes no state claim)
            claimer = next((r for c in claimer_tok.head.children if c.dep_ == "nsubj" and c.i != claimer_tok.i
                            and (r := actor_of(ctx, c)) is not None and r.type == "group"), None)
        if claimer is None and _claimed_for_another_act(t):
            continue  # "The rebels claimed responsibility for shooting down an army helicopter": not this act
        claimer = claimer or _unnamed_claimant(claimer_tok)
        if claimer is not None and vehicle is not None and (judge := _forged(ctx, si, vehicle, t)) is not None:
            if judge[0] is not None and speaks_for(judge[0]) != speaks_for(claimer):
                _emit(ctx, si, "responsibility", _source_ref(judge[0]), _subject_ref(claimer), "deny", False,
                      judge[1])
            continue  # "a statement in which the BLA claimed the attack was fake, police said": no claim by it
        if claimer is not None and vehicle is not None and (later := _called_fake_later(ctx, si, vehicle)):
            judge_ref, verdict, vi = later
            if judge_ref is not None and speaks_for(judge_ref) != speaks_for(claimer):
                _emit(ctx, vi, "responsibility", _source_ref(judge_ref), _subject_ref(claimer), "deny", False, verdict)
            if not _rival_claimant(ctx, vi, judge_ref, verdict):
                continue  # "A post claimed the attack. The group said the post was fake": no claim by it
        if claimer is None or (claimer.type == "organization" and claimer.affiliation is None):
            continue  # nobody named, or a body that speaks for no armed group (the UN does not claim attacks)
        hedged = has_hedge([t] + [c for c in t.children if c.dep_ in {"advmod", "aux"}])
        # "the Islamic State is said / reported / believed to have claimed it": the writer's distance, as "reportedly"
        hedged = hedged or (t.dep_ == "xcomp" and t.head.lemma_.lower() in cues.SUPPOSING_VERBS | {"report"}
                            and any(c.dep_ == "auxpass" for c in t.head.children))
        # "a post purportedly from X", "a statement allegedly issued by X": the writer's distance on whose it is
        hedged = hedged or (vehicle is not None and has_hedge([w for c in vehicle.children if c.dep_ in {
            "prep", "acl", "amod"} for w in c.subtree if w.dep_ == "advmod"]))
        if _hearsay(t):
            if _refuted(ctx, si):
                continue  # "Posts claim that X took responsibility ... This is false": a fabricated claim
            hedged = True  # "posts circulating online claim that X took responsibility": unverified
        subject = _subject_ref(claimer)
        _emit(ctx, si, "responsibility", _source_ref(claimer), subject, "affirm", hedged, t)
        used.add(t.i)
        disowned = _disowned_act(t, objs)
        if disowned is not None:
            # "X is taking credit for an attack it did not carry out, police said": the reporter denies X did it
            used.add(disowned.i)
            outer = frame_of(ctx, si, t)
            if outer.speaker is not None and speaks_for(outer.speaker) != claimer.actor:
                _emit(ctx, si, "responsibility", _source_ref(outer.speaker), subject, "deny", outer.hedged,
                      outer.verb or t)
            continue
        for c in claimer_tok.conjuncts if claimer_tok is not None else ():
            # "X and Y both claimed the attack": each group claims it
            other = actor_of(ctx, c)
            if other is not None and other.type == "group" and other.actor != claimer.actor:
                _emit(ctx, si, "responsibility", _source_ref(other), _subject_ref(other), "affirm", hedged, t)
        # Reported by someone else who is not a relay: corroboration.
        outer = frame_of(ctx, si, t)
        if outer.verb is not None and outer.speaker is not None and speaks_for(outer.speaker) != claimer.actor:
            verb = outer.verb.lemma_.lower()
            if verb in cues.CORROBORATE_VERBS and _verdict_given(outer.verb) or (
                    verb in cues.SAY_VERBS and verb not in cues.CORROBORATE_VERBS and in_quote(t)):
                _emit(ctx, si, "responsibility", _source_ref(outer.speaker), subject, "affirm", outer.hedged,
                      outer.verb)
    return used


def _disowned_act(claim: Token, objs: list[Token]) -> Token | None:
    """The negated relative clause on what a claim takes credit for ("credit for a bombing it did not carry out",
    "claiming an attack they had nothing to do with"): the clause's verb, or None."""
    acts = [o for o in objs if _names_an_act(o)]
    acts += [g for o in [claim, *objs] for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]
    for act in acts:
        for rel in act.children:
            if rel.dep_ == "relcl" and _disowning_clause(rel) and (negated(rel) or any(
                    c.dep_ == "dobj" and c.lower_ == "nothing" for c in rel.children)):
                return rel
    return None


def _disowning_clause(rel: Token) -> bool:
    """A restrictive clause (no comma before it) that tells who did the act: a doing verb ("it did not carry
    out", "they never committed") or the claimer as its subject ("it had nothing to do with"). ", which did not
    cause damage" only describes the act."""
    first = rel.left_edge
    if first.i > 0 and rel.doc[first.i - 1].text == ",":
        return False
    subj = subject_of(rel)
    return rel.lemma_.lower() in cues.AGENT_VERBS | {"do"} or (
        subj is not None and subj.lower_ in {"it", "they", "we", "he", "she", "i"})


_SHOWING_VERBS = frozenset({"show", "prove", "confirm", "indicate", "suggest", "mean", "depict", "reveal"})
_PROOF_NOUNS = frozenset({"evidence", "proof", "sign", "indication"})


def _not_shown(claim: Token) -> bool:
    """"FACT CHECK: Video does not show X claiming the bombing", "there is no evidence that X claimed it": a claim
    that the text says nothing shows was never made (a headline's parse hangs the claim on the negated verb)."""
    t = claim
    for _ in range(4):
        if t.dep_ not in {"ccomp", "xcomp", "acl", "dobj", "pcomp", "pobj", "prep", "relcl"} or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in _SHOWING_VERBS:
            return negated(t)
        if t.pos_ == "NOUN" and t.lemma_.lower() in _PROOF_NOUNS:
            return any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in cues.SAY_VERBS:
            return False
    return False


def _vehicle(claim: Token, claimer_tok: Token | None) -> Token | None:
    """The statement, video or message the claim is made in: the noun the claim clause describes ("a statement
    in which the BLA claimed", "a video claiming"), its subject ("a statement ... claimed the attack"), or the
    object of "in", "through" or "via" ("claimed the attack in a statement")."""
    if claim.dep_ in {"relcl", "acl"} and claim.head.lower_ in cues.CLAIM_VEHICLE_NOUNS:
        return claim.head
    if claimer_tok is not None and claimer_tok.lower_ in cues.CLAIM_VEHICLE_NOUNS:
        return claimer_tok
    holders = [claim, *(c for c in claim.children if c.dep_ == "dobj")]
    return next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"in", "through", "via"}
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in cues.CLAIM_VEHICLE_NOUNS), None)


def _named_in_vehicle(ctx: Context, vehicle: Token) -> Token | None:
    """"a statement in the name of the BLA", "a statement purporting to be from the BLA", "the BLA's statement":
    the group a statement that claims speaks for (the claimer), or None."""
    return next((t for t in vehicle.subtree if t.i in ctx.at and t.i != vehicle.i
                 and ctx.at[t.i].ref.type == "group"), None)


def _forged(ctx: Context, si: int, vehicle: Token, claim: Token) -> tuple[ActorRef | None, Token] | None:
    """The text says the claim's statement (video, message) is not the group's: "a forged statement", "a statement
    in which the BLA claimed the attack was fake", "in a statement that police later said was fabricated". None
    when it does not; else (who says so, or None for the outlet; the word on which the verdict hangs)."""
    def forged(t: Token) -> bool:
        return t.lower_ in cues.FORGED_WORDS or (t.pos_ == "VERB" and t.lemma_.lower() in cues.FORGED_WORDS)

    if any(c.dep_ in {"amod", "compound"} and forged(c) for c in vehicle.children):  # "a forged statement"
        frame = frame_of(ctx, si, claim)
        return frame.speaker, frame.verb or vehicle
    verdicts: list[Token] = []
    head = vehicle.head
    if vehicle.dep_ == "nsubj" and head.lemma_.lower() == "be":  # "the statement was fake"
        verdicts += [c for c in head.children if c.dep_ in {"acomp", "attr"} and forged(c)]
    if vehicle.dep_ == "nsubjpass" and forged(head):  # "the statement was forged"
        verdicts.append(head)
    if claim.dep_ in {"relcl", "acl"}:  # "a statement in which X claimed the attack was fake" read as X's words
        verdicts += [c for b in claim.children if b.dep_ == "ccomp" and b.lemma_.lower() == "be"
                     for c in b.children if c.dep_ in {"acomp", "attr"} and forged(c)]
    if verdicts:
        frame = frame_of(ctx, si, vehicle)
        if frame.verb is not None and vehicle.head.i == frame.verb.i and vehicle.dep_ == "nsubj":
            # "A statement ... claiming the attack is fake, police said", the statement parsed as a second subject
            other = next((c for c in frame.verb.children if c.dep_ == "nsubj" and c.i != vehicle.i), None)
            return actor_of(ctx, other), frame.verb
        return frame.speaker, frame.verb or verdicts[0]
    for rel in vehicle.children:  # "a statement that police later said was fabricated"
        if rel.dep_ != "relcl" or rel.i == claim.i:
            continue
        if any(forged(w) for w in rel.subtree if w.dep_ in {"acomp", "attr", "ccomp", "ROOT", "relcl"}):
            speaker = actor_of(ctx, subject_of(rel)) if rel.lemma_.lower() in cues.SAY_VERBS else None
            return speaker, rel
    return None


def _called_fake_later(ctx: Context, si: int, vehicle: Token) -> tuple[ActorRef | None, Token, int] | None:
    """The claim's statement (post, message) named again in one of the next two sentences as fake: "A post
    claimed the attack. The group said on Monday that the post was fake". (who says so, the verdict word, its
    sentence), else None."""
    def forged(t: Token) -> bool:
        return t.lower_ in cues.FORGED_WORDS or (t.pos_ == "VERB" and t.lemma_.lower() in cues.FORGED_WORDS)

    lemma = vehicle.lemma_.lower()
    if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in ctx.sents[si] if t.i > vehicle.i):
        return None  # "..., and another group put out a statement too": "the statement" may be that one
    for vi in range(si + 1, min(si + 3, len(ctx.sents))):
        for t in ctx.sents[vi]:
            if t.lemma_.lower() != lemma:
                continue
            if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} or c.dep_ == "poss"
                       for c in t.children):
                # "A second group also sent a statement ..., but police said the statement was fake": another
                # statement is named after the claim's, and "the statement" is then no longer surely the claim's
                if t.pos_ == "NOUN":
                    return None
                continue
            head = t.head
            verdict = None
            if t.dep_ == "nsubj" and head.lemma_.lower() == "be" and not negated(head):
                verdict = next((c for c in head.children if c.dep_ in {"acomp", "attr"} and forged(c)), None)
            elif t.dep_ == "nsubjpass" and forged(head) and not negated(head):
                verdict = head
            if verdict is not None:
                frame = frame_of(ctx, vi, head)
                return frame.speaker, frame.verb or verdict, vi
    return None


def _rival_claimant(ctx: Context, vi: int, judge: ActorRef | None, verdict: Token) -> bool:
    """The group that calls the claim's statement fake claims the attack itself in that sentence ("Hours later
    group Y said the statement was fake and that it had carried out the attack"): a rival's word, which leaves
    the first claim standing."""
    if judge is None or judge.type != "group":
        return False
    for t in ctx.sents[vi]:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or negated(t) or lemma not in cues.AGENT_VERBS | cues.GROUP_ACT_VERBS | {"claim"}:
            continue
        subj = subject_of(t)
        if subj is None:
            continue
        ref = actor_of(ctx, subj)
        if (ref is not None and ref.actor == judge.actor) or (
                subj.lower_ in {"it", "we"} and any(a.i == verdict.i for a in t.ancestors)):
            return True
    return False


_REFLEXIVES = frozenset({"themselves", "himself", "herself"})
_SELF_PRONOUNS = frozenset({"they", "he", "she", "we", "i"})


def _attackers_own_side(ctx: Context, verb: Token) -> Token | None:
    """"The gunmen introduced themselves as X fighters", "the kidnappers said they belonged to X / were X
    fighters": the attackers' own word on whose they are claims the act for that group."""
    subj = subject_of(verb)
    if subj is None or (subj.lower_ not in cues.ATTACKER_NOUNS and subj.lemma_.lower() not in cues.ATTACKER_NOUNS):
        return None
    lemma = verb.lemma_.lower()
    if lemma in {"identify", "introduce", "present", "describe"} and any(
            c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        side = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                     if g.dep_ == "pobj"), None)
    elif lemma in {"say", "tell", "claim", "declare", "announce"} | _CONFESSION_VERBS:
        # "the suspect confessed that he had been sent by X": a confession tells whom he acted for, as saying does
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if content is None or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _SELF_PRONOUNS
                                      for c in content.children):
            return None
        if content.lemma_.lower() == "belong":
            side = next((g for c in content.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                         if g.dep_ == "pobj"), None)
        elif content.lemma_.lower() == "be":
            side = next((c for c in content.children if c.dep_ == "attr"), None)
        else:
            # "the suspect said he acted on the orders of X / had been sent by X": whom he acted for, when a
            # group, claims through him as the group he says he belongs to does (a state hires, it does not claim)
            side = next((s for w in content.subtree if (s := _sender(ctx, w)) is not None
                         and not _held_back(w, content)), None)
            ref = actor_of(ctx, side)
            if ref is None or ref.type != "group":
                return None
    else:
        return None
    if side is None or negated(verb) or not any(n.i in ctx.at for n in np_tokens(side)):
        return None
    return side


def _relayed_by_officials(ctx: Context, verb: Token) -> ActorRef | None:
    """The state or body whose speaker tells what the attacker said ("Police said a suspect confessed that he had
    been sent by X"): the attacker's word reaches us as theirs, their accusation, as footage they air does."""
    for above in verb.ancestors:
        if above.pos_ == "VERB" and above.lemma_.lower() in cues.SAY_VERBS:
            subj = subject_of(above)
            ref = actor_of(ctx, subj) if subj is not None else None
            return ref if ref is not None and ref.type in {"state", "organization"} else None
    return None


def _held_back(word: Token, top: Token) -> bool:
    """A word said under a "not" or a doubt on its way up to the clause `top` ("he had not been sent by X", "did
    not know whether he was sent by X"): the suspect does not say it."""
    t = word
    while True:
        if negated(t) or t.lemma_.lower() in cues.DOUBT_VERBS or any(
                c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in t.children):
            return True
        if t.i == top.i or t.head.i == t.i:
            return False
        t = t.head


_ARMED_DOERS = frozenset(w + "s" for w in cues.ARMED_DOER_LEMMAS)


_OTHER_ACT_MARKS = frozenset({"separate", "another", "other", "earlier", "previous", "second", "different"})


def _claimed_for_another_act(verb: Token) -> bool:
    """What an unnamed claimant ("the rebels") claims "responsibility for" is another act than the one told: "a
    separate attack in Baidoa", or a deed whose object the text did not tell before ("for shooting down an army
    helicopter" after a market shelled). A named group is known by name; "the rebels" only by the act they claim."""
    fors = [g for o in [verb, *verb.children] for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    for g in fors:
        if g.pos_ == "NOUN" and (any(c.lower_ in _OTHER_ACT_MARKS for c in g.children) or g.tag_ == "NNS"
                                 or not _not_an_earlier_act(g)):
            return True
        if g.pos_ == "VERB":
            told = {w.lemma_.lower() for w in verb.doc[:verb.sent.start] if w.pos_ == "NOUN"}
            objs = [c for c in g.subtree if c.dep_ in {"dobj", "pobj"} and c.pos_ == "NOUN"]
            if objs and not any(o.lemma_.lower() in told for o in objs):
                return True
    return False


def _unnamed_claimant(token: Token | None) -> ActorRef | None:
    """"an unknown group", "unidentified individuals", "the assailant" taking credit: a claim by someone the text
    does not name is a claim all the same (GTD counts it)."""
    if token is None or token.pos_ != "NOUN":
        return None
    low, lemma = token.lower_, token.lemma_.lower()
    unnamed = lemma in cues.UNNAMED_CLAIMANT_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in cues.UNNAMED_MARKS for c in token.children)
    attacker = low in cues.ATTACKER_NOUNS and any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"}
                                                  for c in token.children)
    # "the militants claimed responsibility": the armed men told, unnamed, as "the gunmen" are (a group named for
    # them resolves before this: "Al-Shabaab militants stormed ... The militants claimed it" is Al-Shabaab's)
    attacker = attacker or low in _ARMED_DOERS and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if not unnamed and not attacker:
        return None
    span = token.doc[token.left_edge.i:token.i + 1]
    return ActorRef(text=span.text, actor=cues.UNNAMED_CLAIMANT, type="group", affiliation=cues.UNNAMED_CLAIMANT,
                    evidence=Span(start=span.start_char, end=span.end_char, text=span.text))


_HEARSAY_NOUNS = frozenset({"post", "posts", "message", "messages", "rumour", "rumours", "rumor", "rumors", "user",
                            "users", "account", "accounts", "video", "videos", "tweet", "tweets", "meme", "memes",
                            "claim", "claims", "report", "reports", "story", "stories"})


_EVIDENCE_NOUNS = frozenset({"intercept", "assessment", "report", "evidence", "intelligence", "investigation",
                             "inquiry", "probe", "finding", "analysis", "footage", "document", "data", "review",
                             "imagery", "forensics", "test", "communication", "recording"})


def _evidence_source(ctx: Context, subj: Token | None) -> ActorRef | None:
    """"Intelligence intercepts seen by Reuters confirm the group's claim": evidence that no named actor owns,
    confirming who did it, is a third party's corroboration (DESIGN); it is its own source ("Intelligence
    intercepts"), as an unlisted body is."""
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _EVIDENCE_NOUNS or any(
            c.dep_ == "det" and c.lower_ in {"no", "any"} for c in subj.children):
        return None
    mods = [c.i for c in subj.children if c.dep_ in {"compound", "amod"} and c.i < subj.i]
    span = ctx.doc[min(mods, default=subj.i): subj.i + 1]
    return ActorRef(text=span.text, actor=span.text, type="organization", affiliation=span.text,
                    evidence=make_span(doc_text(ctx.doc), span.start_char, span.end_char))


_FINDING_VERBS = cues.CORROBORATE_VERBS | {"show", "indicate", "reveal", "conclude", "suggest", "prove", "establish"}


def _evidence_frame(ctx: Context, pred: Token) -> Frame | None:
    """"An intelligence assessment confirms that al-Shabaab carried out the assault", "documents seen by a
    newspaper show that Iran supplied the drones", "..., according to intelligence documents": the evidence
    speaks when no actor does (conventions: evidence no actor owns is its own source)."""
    path = [pred]
    for t in pred.ancestors:
        path.append(t)
        # "Documents seen by X show that ...": the parser may take "show" for a noun, with its subject all the same
        finding = t.pos_ == "VERB" or (t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children))
        if finding and t.lemma_.lower() in _FINDING_VERBS:
            ref = _evidence_source(ctx, subject_of(t) or next((c for c in t.children if c.dep_ == "nsubj"), None))
            if ref is None or negated(t):
                return None
            return Frame(ref, t, False, has_hedge(path_tokens(path)), path)
        if t.dep_ not in {"ccomp", "conj", "xcomp"} and t is not pred.head:
            break
    according = according_to(pred.sent)
    ref = _evidence_source(ctx, according)
    if ref is not None and not _reported(pred):
        return Frame(ref, None, False, has_hedge(path_tokens(path)), path)
    return None


def _hearsay(claim: Token) -> bool:
    """"Posts shared on X claim that the group took responsibility": a claim relayed by anonymous posts or rumours,
    not by the group nor by anyone who speaks for a side."""
    t = claim
    while t.head.i != t.i:
        if t.dep_ not in {"ccomp", "conj", "xcomp", "acl"}:
            return False
        t = t.head
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in cues.SAY_VERBS | {"claim", "allege", "suggest", "read"}:
            subj = subject_of(t)
            if subj is None and t.lemma_.lower() == "read":  # '"X claims the attack," reads one post'
                subj = next((c for c in t.children if c.dep_ == "dobj"), None)
            return subj is not None and subj.lemma_.lower() in _HEARSAY_NOUNS
        if t.pos_ == "NOUN" and t.lemma_.lower() in _HEARSAY_NOUNS:
            # "claims that the group took responsibility circulated online" (also "Posts shared on X claim
            # that ...", where the parser reads "claim" as a noun): nobody owns the claim
            return not any(c.dep_ == "poss" or (c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"})
                           for c in t.children)
    return False


_OWN_TEXT_NOUNS = frozenset({"version", "story", "article", "report", "headline", "caption", "edition"})
_EARLIER_WORDS = frozenset({"earlier", "previous", "original", "initial", "first", "prior"})
_IN_ERROR = frozenset({"incorrectly", "wrongly", "erroneously", "mistakenly", "inaccurately"})
_CORRECTION_VERBS = cues.SAY_VERBS | {"report", "state", "attribute", "identify", "describe", "name", "list",
                                      "misstate", "misreport", "misidentify", "misattribute"}


def _owned_text(subj: Token) -> bool:
    """A text told as someone's ("the army's first report", "an initial report by the army", "the original version
    of the army statement"): a source's word, not the outlet's own ("an earlier version of this story")."""
    for c in subj.children:
        if c.dep_ == "poss" and c.lower_ not in {"our", "its"}:
            return True
        if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (c.lower_ != "of" or obj.lemma_.lower() not in _OWN_TEXT_NOUNS or not any(
                    d.dep_ == "det" and d.lower_ == "this" for d in obj.children)):
                return True
    return False


def corrected_text(cue: Token) -> bool:
    """A correction note's wrong statement: the outlet's own earlier text, taken back, says nothing of the sides
    ("An earlier version of this story said the BLA had claimed the bombing", "It previously stated incorrectly
    that the army blamed X", "misstated ..."), as its wrong figure is no toll (nlp/quantities). The outlet is no
    source (DESIGN.md), and what it wrongly told is no one's claim. A report by others ("a UN report said X did
    it") and a source's own words said wrongly ("police wrongly blamed X") stay claims."""
    for v in [cue, *cue.ancestors]:
        if v.pos_ not in {"VERB", "AUX"} or v.lemma_.lower() not in _CORRECTION_VERBS:
            continue
        subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            continue
        lemma = subj.lemma_.lower()
        if _owned_text(subj):
            continue  # "The army's first report wrongly said ...": a source's own earlier word, still its claim
        earlier = any(c.lower_ in _EARLIER_WORDS for c in subj.children if c.dep_ in {"amod", "compound"})
        own_text = lemma == "version" or (lemma in _OWN_TEXT_NOUNS and (earlier or any(
            c.dep_ == "det" and c.lower_ == "this" for c in subj.children)))
        in_error = v.lemma_.lower().startswith("mis") or any(
            c.dep_ == "advmod" and c.lower_ in _IN_ERROR for c in v.children)
        if own_text and (earlier or in_error) or in_error and lemma in {"it", "we"} | _OWN_TEXT_NOUNS:
            return True
    return False


_REFUTED_SUBJECTS = frozenset({"this", "that", "it", "claim", "claims", "post", "posts", "message", "messages",
                               "report", "reports", "rumour", "rumours", "rumor", "rumors", "story", "statement"})


def _refuted(ctx: Context, si: int) -> bool:
    """The text itself rejects a relayed claim in the sentence or the next two: "This is false", "the claim is
    fabricated", "no such claim appeared", "fact-checkers debunked the claim"."""
    for sent in ctx.sents[si:si + 3]:
        for t in sent:
            low = t.lower_
            if low in _NOT_CREDIBLE and t.dep_ in {"acomp", "attr"} and t.head.lemma_.lower() == "be" and any(
                    c.dep_ == "nsubj" and c.lower_ in _REFUTED_SUBJECTS for c in t.head.children):
                return True
            if low in {"claim", "claims", "statement"} and any(c.lower_ == "such" for c in t.children) and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                return True
            if t.pos_ == "VERB" and t.lemma_.lower() in {"debunk", "refute", "disprove"} and not negated(t) and any(
                    c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _REFUTED_SUBJECTS for c in t.children):
                return True
    return False


_PUBLISH_VERBS = cues.PUBLISH_VERBS
_FOOTAGE_NOUNS = cues.FOOTAGE_NOUNS
_SHOW_VERBS = frozenset({"show", "depict", "feature", "purport", "appear"})


_CONFESSING_WORDS = frozenset({"confessing", "admitting", "saying", "stating", "telling", "claiming", "confession"})


def _confession_in_footage(ctx: Context, verb: Token) -> tuple[ActorRef, ActorRef] | None:
    """(the state that releases it, the side named): "Taliban intelligence released a video of the suspect
    confessing that he had been sent by X". The parser reads "the suspect confessing" as a noun and hangs the
    clause on the video, so the confession verb that "in which the suspect confesses" gives (session 18: a suspect's
    word in footage a state releases is the state's accusation) is not there; the footage's own words are read: a
    suspect or attacker, a confessing word, and whom "he" was sent by or acted for, not held back by a "not"."""
    if verb.lemma_.lower() not in _PUBLISH_VERBS or negated(verb):
        return None
    footage = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _FOOTAGE_NOUNS), None)
    releaser = actor_of(ctx, subject_of(verb)) if footage is not None else None
    if releaser is None or releaser.type != "state":
        return None
    words = list(footage.subtree)
    confessing = [w for w in words if w.lower_ in _CONFESSING_WORDS]
    if not any(w.lower_ in cues.ATTACKER_NOUNS for w in words) or not confessing or any(
            w.pos_ in {"VERB", "AUX"} for w in confessing):
        return None  # a confessing verb the parser kept is read where the suspect's word is ("admitting that ...")
    # "he had been sent by X": the pronoun is the suspect the footage shows, whatever the story told before it
    side = next((s for w in words if (s := _sender(ctx, w) or (
        agent_of(w) if w.pos_ == "VERB" and w.lemma_.lower() in _SENDING_VERBS and any(
            c.dep_ == "nsubjpass" and c.lower_ in _SELF_PRONOUNS for c in w.children) else None)) is not None
                 and not _held_back(w, footage)), None)
    named = actor_of(ctx, side)
    return (releaser, named) if named is not None and named.type == "group" else None


def _own_footage(ctx: Context, verb: Token) -> Token | None:
    """"Al-Shabaab released a video showing its fighters attacking the base", "posted photos of its militants
    storming the town", "a video released by the group showed its fighters ...": a group that publishes its own
    men in the act claims the act. The publishing group's token, or None."""
    lemma = _pred_lemma(verb)
    if lemma in _PUBLISH_VERBS:
        group_tok = subject_of(verb)
        footage = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _FOOTAGE_NOUNS]
        shows = [c for f in footage for c in f.children if c.dep_ == "acl" and c.lemma_.lower() in _SHOW_VERBS]
        shown = [g for f in footage for c in f.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    elif lemma in _SHOW_VERBS:  # "a video released by Al-Shabaab showed its fighters storming the base"
        footage = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _FOOTAGE_NOUNS]
        group_tok = next((agent_of(c) for f in footage for c in f.children
                          if c.dep_ == "acl" and _pred_lemma(c) in _PUBLISH_VERBS and agent_of(c) is not None), None)
        shows, shown = [verb] if footage else [], []
    else:
        return None
    ref = actor_of(ctx, group_tok)
    if ref is None or _subject_ref(ref).type != "group":
        return None
    # the men shown and what they do: "showing its fighters attacking" (an object and its participle) or
    # "showed its fighters storming" (parsed as a clause with its subject)
    pairs = [(g, a) for c in shows for g in c.children if g.dep_ == "dobj" for a in g.children
             if a.dep_ in {"acl", "relcl"}]
    pairs += [(g, a) for g in shown for a in g.children if a.dep_ in {"acl", "relcl"}]
    pairs += [(g, a) for c in shows for a in c.children if a.dep_ == "ccomp" for g in a.children
              if g.dep_ == "nsubj"]
    for men, act in pairs:
        if men.lower_ not in cues.MEMBER_NOUNS or act.pos_ != "VERB" or negated(act) \
                or any(c.dep_ == "auxpass" for c in act.children):  # "its fighters being killed"
            continue
        owner = actor_of(ctx, men, speaker=ref)
        if owner is not None and speaks_for(owner) == speaks_for(_subject_ref(ref)) \
                and _pred_lemma(act) in cues.GROUP_ACT_VERBS | cues.AGENT_VERBS:
            return group_tok
    return None


_WEAPON_NOUNS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar",
                           "mortars", "projectile", "projectiles", "bomb", "bombs", "explosive", "explosives"})
_FIRED_WEAPONS = _WEAPON_NOUNS - cues.ACT_NOUNS - {"bomb", "bombs", "explosive", "explosives"} | {
    "grenade", "grenades", "rpg", "rpgs", "artillery"}
"""What is fired or launched at a target besides the act nouns "rockets", "missiles", "drones"."""
_POSSESSIVE_PRONOUNS = cues.POSSESSIVE_PRONOUNS


def _own_weapons_hit(ctx: Context, content: Token) -> bool:
    """"said four drones had hit military targets at the airport": a group that reports its weapons' strike
    (no other side named on the weapons, nothing of its own hit) reports its own attack."""
    if content.pos_ != "VERB" or content.lemma_.lower() not in cues.GROUP_ACT_VERBS or negated(content):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in content.children) or has_hedge(modifiers(content)):
        return False  # "drones could hit", "will strike": no report of a strike
    weapon = next((c for c in content.children if c.dep_ == "nsubj"), None)
    if weapon is None or (weapon.lower_ not in _WEAPON_NOUNS and weapon.lemma_.lower() not in _WEAPON_NOUNS):
        return False
    if any(w.i in ctx.at or w.ent_type_ in {"NORP", "GPE", "ORG"} for w in np_tokens(weapon)):
        return False  # "Israeli drones hit ...": another side's weapons
    hit = [c for c in content.children if c.dep_ == "dobj"]
    hit += [g for c in content.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return bool(hit) and not any(w.dep_ == "poss" and w.lower_ in _POSSESSIVE_PRONOUNS
                                 for h in hit for w in h.subtree)


def _operational_report(ctx: Context, raw: Raw) -> bool:
    """The group's claim is its report of what its weapons hit ("said four drones had hit military targets"):
    disputing that report disputes the damage, not who attacked."""
    content = next((c for c in raw.cue.children if c.dep_ == "ccomp"), None)
    return raw.cue.lemma_.lower() in cues.SAY_VERBS and content is not None and _own_weapons_hit(ctx, content)


def _own_reprisal(ctx: Context, content: Token, speaker: ActorRef) -> bool:
    """"the attack was retaliation for ...", "the bombing was in revenge for ...": a group that says why the
    attack was done says it did it. Not when the act is someone else's ("the Israeli strike was revenge")."""
    if content.lemma_.lower() != "be" or negated(content) or has_hedge(modifiers(content)):
        return False
    act = next((c for c in content.children if c.dep_ == "nsubj"), None)
    if act is None or not _names_an_act(act):
        return False
    for w in np_tokens(act):
        if w is act:
            continue
        ref = actor_of(ctx, w) if w.i in ctx.at else None
        if (ref is not None and speaks_for(ref) != speaks_for(speaker)) or w.ent_type_ in {"NORP", "GPE"}:
            return False
    reasons = [c for c in content.children if c.dep_ == "attr"]
    reasons += [g for c in content.children if c.dep_ == "prep" and c.lower_ in {"in", "as"} for g in c.children
                if g.dep_ == "pobj"]
    return any(r.lemma_.lower() in cues.RETALIATION_NOUNS for r in reasons)


def _names_an_act(tok: Token) -> bool:
    """The word names the violent act ("the attack", "the bombings"), by its lemma or as written."""
    return tok.lemma_.lower() in cues.ACT_NOUNS or tok.lower_ in cues.ACT_NOUNS


def _weapon_used(verb: Token) -> bool:
    """"The grenade was thrown by X", "the bomb had been planted by Y": a weapon of the act put to use by an agent,
    who did the act whether a group or a state's men."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in cues.WEAPON_USE_VERBS and agent_of(verb) is not None \
        and any(c.dep_ == "nsubjpass" and c.lower_ in cues.PLANTED_WEAPONS for c in verb.children)


def _response_operation(noun: Token) -> bool:
    """"The operation (against the TTP)", "the raid": a word for a side's operation, which may as well be the answer
    to the act as the act; planning or preparing one names no doer of the attack ("prepared the bombing" does)."""
    return noun.lower_ in cues.RESPONSE_OPERATIONS or any(
        c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)


def _told_act(noun: Token) -> bool:
    """An act noun that names a told act: "the attack", "Saturday's bombing", "the group's attack", a bare singular
    ("planned attack and carried it out"); not an indefinite or plural kind of act ("attacks", "an attack",
    "strikes around Beni", "more attacks") that planning or ordering looks ahead to, nor another act told by its
    time ("last year's attack", "the 2014 massacre", "previous attacks")."""
    dets = [c for c in noun.children if c.dep_ in {"det", "poss"}]
    if any(d.dep_ == "poss" and d.ent_type_ in {"DATE", "TIME"} for d in dets) and not _this_act(noun):
        return False
    if any(d.dep_ == "det" and d.lower_ in {"the", "this", "that", "these", "those"} or d.dep_ == "poss"
           for d in dets):
        return _not_an_earlier_act(noun)
    return not dets and noun.tag_ == "NN" and _not_an_earlier_act(noun)


def _group_fronted(ctx: Context, tok: Token) -> Token | None:
    """The side behind a group said to be its front: "the group was a front for the TTP", "X is a cover for Y",
    "a proxy of Z". The subject must be a group already said to have done the act (it claimed it, or was
    accused), so its act is laid on the one behind; of a group the story does not tie to the act ("X claimed the
    attack; officials said Y was a front for India"), it is background."""
    if tok.lower_ not in cues.FRONT_NOUNS:
        return None
    if tok.dep_ == "appos":
        subj_tok = tok.head  # "blamed X, a front for Y"
    elif tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
        subj_tok = subject_of(tok.head)
    elif (tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as")) and (
            verb := tok.head if tok.dep_ == "oprd" else tok.head.head).lemma_.lower() in cues.BRANDING_VERBS:
        subj_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)  # "which they called a proxy of Y"
    else:
        return None
    # "X, which police said is a front for Y, claimed it": the relative pronoun stands for X
    named = _reported_relative(subj_tok) if subj_tok is not None else None
    if named is None and subj_tok is not None and subj_tok.lower_ in {"which", "that"} \
            and subj_tok.head.dep_ == "relcl":
        named = subj_tok.head.head  # "X, which is a front for Y"
    named = named or subj_tok
    subj = actor_of(ctx, named) if named is not None else None
    if subj is None or subj.type != "group" or not (_charged_in_its_sentence(named) or any(
            r.kind == "responsibility" and r.polarity == "affirm" and r.subject is not None
            and r.subject.actor == subj.actor for r in ctx.raws)):
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} for g in c.children
                 if g.dep_ == "pobj" and any(n.i in ctx.at for n in np_tokens(g))), None)


def _charged_in_its_sentence(named: Token) -> bool:
    """The group is charged with the act in the sentence that calls it a front: "Police blamed X, which they said
    is a front for Y" (the blamed), "said X, a front for Y, carried out the attack" (the doer)."""
    verb = named.head
    lemma = verb.lemma_.lower()
    if named.dep_ == "dobj":
        return lemma in cues.ACCUSE_VERBS and verb.pos_ == "VERB"
    return named.dep_ == "nsubj" and verb.pos_ == "VERB" and lemma in cues.AGENT_VERBS and not negated(verb)


_FAULTS = frozenset({"failure", "failing", "negligence", "lapse", "laxity", "incompetence", "complacency", "mistake",
                     "error", "inaction", "weakness", "policy", "neglect", "oversight", "shortcoming"})
"""What is to blame when "X was to blame" names a fault, not a doer: "the government's failures were to blame"
charges negligence (no claim of who did it), though its possessor is a state."""


def _to_blame(tok: Token) -> Token | None:
    """The copula of "X was (not) to blame": the infinitive "to blame" after "be" says who is at fault, as
    "X was responsible" does (the verb "blame" with an object is an accuser's act, read elsewhere)."""
    if tok.lower_ != "blame" or tok.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in tok.children):
        return None
    if any(c.dep_ == "dobj" for c in tok.children):
        return None  # "I was wrong to blame the BLA": the verb with its object, someone's act of blaming
    holder = tok.head
    if holder.dep_ == "acomp" and holder.lower_ in cues.HEDGE_WORDS and holder.head.lemma_.lower() == "be":
        holder = holder.head  # "X was likely to blame": the hedge sits on the copula's complement
    return holder if holder.lemma_.lower() == "be" else None


def _caused_act(verb: Token) -> bool:
    """"the explosion was caused by X", "a blast believed to have been caused by X": what "caused" brings about
    is the act itself (not "the damage caused by the storm"), as its passive subject or the noun it describes."""
    if any(c.dep_ == "nsubjpass" and _names_an_act(c) for c in verb.children):
        return True
    t = verb
    while t.dep_ == "xcomp" and t.head.i != t.i:  # "believed to have been caused": up to the participle
        t = t.head
    return t.dep_ == "acl" and _names_an_act(t.head)


def _source_ref(ref: ActorRef) -> ActorRef:
    """The source as it speaks: a group for itself, an outlet (Amaq) for its group. Police or an army whose
    state the text does not give keep no affiliation: they speak for an unknown state, not for "police"."""
    if ref.type == "state" and ref.affiliation is None:
        return ref
    return ref.model_copy(update={"affiliation": speaks_for(ref)})


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


_PLOTTING_VERBS = frozenset({"plot", "prepare"})
"""Planning words besides the agent verbs "plan" / "organise": who plotted or prepared the act told did it (the time
spent on it, "for months", is no period of conduct: session 19's planning time)."""


_ROLE_WORDS = frozenset({"involvement", "role", "hand", "behind", "responsible", "responsibility", "link", "links",
                         "complicity", "culprit", "perpetrator", "perpetrators"})


def _ruled_in_as_doer(verb: Token, ruled: Token) -> bool:
    """"Did not rule out the TTP" names a possible doer only where the sentence speaks of the act or of a role in it
    ("did not rule out the TTP's involvement", "... in the bombing", "did not rule out that the TTP was behind it");
    not "did not rule out the TTP joining peace talks", "did not rule out Afghanistan as a venue for talks", nor the
    side bare with no act told ("did not rule out Qatar")."""
    if any(c.dep_ in {"acl", "relcl"} or c.tag_ == "VBG" for c in ruled.children):
        return False  # "the TTP joining peace talks"
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *ruled.children)):
        return False  # "Afghanistan as a venue for talks"
    return any(w.lower_ in _ROLE_WORDS or w.lemma_.lower() in cues.ACT_NOUNS for w in verb.sent)


_SERIES_NOUNS = frozenset({"string", "series", "spate", "wave", "number", "host", "campaign", "succession"})


def _behind_other_acts(behind: Token) -> bool:
    """"Behind a string of attacks", "behind attacks on polio teams": a side's record of acts, not the act told (a
    bare plural or a series); "behind the attacks", "behind it" may be this one."""
    obj = next((c for c in behind.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return False
    if obj.lemma_.lower() in _SERIES_NOUNS:
        return True
    return obj.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in obj.children)


def _agent_candidates(ctx: Context, sent: SpacySpan, used: set[int]) -> list[tuple[Token, Token, bool]]:
    """(predicate, agent token, negated) for responsibility predicates in a sentence."""
    out: list[tuple[Token, Token, bool]] = []
    for t in sent:
        if t.i in used:
            continue
        lemma, low = _pred_lemma(t), t.lower_
        if low == "behind" and _behind_other_acts(t):
            continue  # "widely believed to be behind a string of attacks on polio teams": its record, not this act
        if low == "behind" and t.head.pos_ in {"AUX", "VERB"}:
            # "forces were hunting the X fighters behind the killings": the parser hangs "behind" on the verb, but
            # with an object before it the object is who is behind, not the hunters
            objs = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i] + [
                g for c in t.head.children if c.dep_ == "prep" and c.i < t.i for g in c.children if g.dep_ == "pobj"
                and g.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}]
            obj = max(objs, key=lambda o: o.i) if objs else None  # "tracking down the X fighters behind it"
            if obj is not None and (t.head.lemma_.lower() == "be" or _sponsors_unnamed(ctx, t.head, obj)):
                obj = None  # "India armed the militants behind the attack": who sent or armed them is behind it
            subj = obj if obj is not None else subject_of(t.head)
            if subj is not None:  # "had not caught the X militants behind it": the "not" is the catching's
                out.append((t.head, subj, negated(t.head) and obj is None))
        elif low == "behind" and t.head.pos_ in {"NOUN", "PROPN"} and t.head.dep_ in {"dobj", "pobj"} and any(
                g.dep_ == "pobj" and g.lemma_.lower() in cues.ACT_NOUNS for g in t.children):
            if t.head.dep_ == "dobj" and _sponsors_unnamed(ctx, t.head.head, t.head):
                if (sponsor := subject_of(t.head.head)) is not None:
                    out.append((t.head.head, sponsor, negated(t.head.head)))  # "X armed the gunmen behind it"
            else:
                out.append((t, t.head, False))  # "a manhunt for the X cell behind the massacre": the cell is behind it
        elif low == "responsible" and t.head.pos_ in {"AUX", "VERB"}:
            holder = t.head
            subj = subject_of(holder)
            if holder.lemma_.lower() == "hold":
                subj = next((c for c in holder.children if c.dep_ == "dobj"), subj)
            # "vowed to find those responsible": the small clause has its own subject, not the finder
            subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), subj)
            if subj is not None:
                out.append((holder, subj, negated(holder)))
        elif (behind := _group_fronted(ctx, t)) is not None:
            out.append((t.head, behind, negated(t.head)))  # "police suspected the group was a front for the TTP"
        elif (holder := _to_blame(t)) is not None and _about_the_act(t, ctx):
            subj = subject_of(holder)  # "police said X was to blame (for the attack)", as "was responsible"
            if subj is not None and subj.lemma_.lower() not in _FAULTS:
                out.append((holder, subj, negated(holder) or negated(t)))  # "X was not to blame"
        elif (borne := _responsibility_borne(ctx, t)) is not None:
            out.append((borne[0], borne[1], negated(borne[0])))  # "the army said the M23 bears responsibility"
        elif lemma in _SUPPLY_VERBS and t.pos_ == "VERB" and _arms_the_act(t):
            subj = subject_of(t)  # "Iran supplied the drones used in the attack": the sponsor (CAMEO 112)
            if subj is not None:
                out.append((t, subj, negated(t)))
        elif lemma in {"involve", "involved"} and t.pos_ in {"VERB", "ADJ"}:
            subj = subject_of(t if t.pos_ == "VERB" else t.head)
            if subj is not None:
                out.append((t if t.pos_ == "VERB" else t.head, subj, negated(t) or negated(t.head)))
        elif lemma in cues.COVERT_VERBS and t.pos_ == "VERB" and (
                (agent := agent_of(t)) is not None or not any(c.dep_ == "auxpass" for c in t.children)):
            who = agent or next((c for c in t.children if c.dep_ == "nsubj"), None)
            if who is not None:
                out.append((t, who, negated(t)))
        elif lemma == "cause" and t.pos_ == "VERB" and (agent := agent_of(t)) is not None and _caused_act(t):
            out.append((t, agent, negated(t)))  # "a blast believed to have been caused by X"
        elif lemma == "operate" and t.pos_ == "VERB":
            agent = agent_of(t)  # "the drone may have been operated by X"
            if agent is not None and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in cues.ACT_NOUNS
                                         for c in t.children):
                out.append((t, agent, negated(t)))
        elif lemma in {"link", "tie", "connect"} and t.pos_ == "VERB":
            out.extend((t, agent, negated(t)) for agent in _linked_actors(ctx, t))
        elif lemma == "do" and t.pos_ == "VERB" and _does_the_act(t):
            who = agent_of(t) or next((c for c in t.children if c.dep_ == "nsubj"), None)
            if who is not None and not in_dateline(who):
                out.append((t, who, negated(t)))  # '"The M23 did it," the army said', "this was done by X"
        elif _weapon_used(t):
            # "the grenade had been thrown by Indian agents": whoever used the weapon did the act, a state too
            out.extend((t, doer, negated(t) != unsaid) for doer, unsaid in _agents(t))
        elif (lemma in cues.AGENT_VERBS or lemma in cues.GROUP_ACT_VERBS or lemma in _PLOTTING_VERBS) \
                and t.pos_ == "VERB":
            agent = agent_of(t)
            if _place_taken(t) or _threatened_act(t):
                continue  # "Goma, the city seized by the M23 rebels": who holds a place, not who did the attack
            if agent is not None:
                if lemma in _PLOTTING_VERBS and not any(
                        c.dep_ == "nsubjpass" and _names_an_act(c) and _told_act(c) and not _response_operation(c)
                        for c in t.children):
                    continue  # "the bombing was plotted by X"; not "a new offensive is being prepared by X"
                for doer, unsaid in _agents(t):  # "carried out by ISWAP, not by Boko Haram"
                    if lemma in cues.AGENT_VERBS | _PLOTTING_VERBS or (
                            doer.i in ctx.at and ctx.at[doer.i].ref.type == "group"):
                        out.append((t, doer, negated(t) != unsaid))
                continue
            subjs = [c for c in t.children if c.dep_ == "nsubj"]  # "the jihadist group Hurras al-Din" parsed as two
            # "BAMAKO, Mali — Its fighters attacked": the dateline's city is no subject of the act
            subjs = [c for c in subjs if not in_dateline(c)] or subjs
            subj = next((c for c in subjs if any(n.i in ctx.at for n in np_tokens(c))), subjs[0] if subjs else None)
            if subj is None and t.dep_ == "ccomp":
                subj = subject_of(t)  # "said jihadists linked to X carried out the attack", parsed as two clauses
            if subj is None and t.dep_ == "conj" and lemma in _CHARGED_HARM_VERBS and t.head.pos_ == "VERB":
                subj = subject_of(t.head)  # '"The soldiers came and killed 15 herders," an elder said'
            if subj is None and t.tag_ == "VBG" and t.dep_ in {"xcomp", "pcomp", "ccomp"}:
                subj = subject_of(t.head) if t.dep_ == "xcomp" else None  # "denied firing the rockets"
            if subj is None and t.dep_ == "xcomp" and t.head.dep_ == "acomp":
                subj = subject_of(t.head.head)  # "X is (un)likely to have carried out the attack"
            if subj is None and t.dep_ == "xcomp" and t.head.lemma_.lower() in cues.SUPPOSING_VERBS:
                # "police said the TTP was thought to have carried out the bombing": the one supposed to have done it
                subj = next((c for c in t.head.children if c.dep_ == "nsubjpass"), None)
            if subj is None and (gapped := _gapped_denial(t)) is not None:
                out.append((t, gapped, True))  # "it had not and would never attack the police"
                continue
            if subj is None or t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
                continue
            objs = [c for c in t.children if c.dep_ == "dobj"]
            # "its fighters had carried it out", "we staged it": the pronoun is the act the story tells
            act_obj = not objs or any(o.lemma_.lower() in cues.ACT_NOUNS or _act_pronoun(ctx, t, o) for o in objs)
            if lemma in {"fire", "launch"} and any(o.lemma_.lower() in _FIRED_WEAPONS for o in objs) and (
                    subj.lemma_.lower() in _CLAIMING_DOERS
                    or ((doer := actor_of(ctx, subj)) is not None and doer.type == "group")):
                # "its fighters fired the mortars", "launched the shells": a group's weapons fired are the act, as
                # "fired the rockets" is (rockets are act nouns); a state's mortars fired are its operation, and
                # "fired shots" stays the forces' answer
                act_obj = True
            if lemma in {"order", "direct", "plan"} | _PLOTTING_VERBS:
                # "ordered the bombing", "planned Saturday's attack", "had plotted the bombing for months"; "was
                # planning attacks around Beni", "prepared an offensive" look ahead to acts to come, no word on this one
                act_obj = bool(objs) and any(o.lemma_.lower() in cues.ACT_NOUNS and _told_act(o) for o in objs)
                if lemma in _PLOTTING_VERBS and act_obj and all(_response_operation(o) for o in objs):
                    act_obj = False  # "said it had prepared the operation against the TTP that followed the attack"
            if (lemma in cues.AGENT_VERBS or lemma in _PLOTTING_VERBS) and act_obj:
                out.append((t, subj, negated(t)))
            elif lemma in cues.GROUP_ACT_VERBS and t.dep_ != "relcl":
                out.append((t, subj, negated(t)))  # kept only when the agent resolves to a group
        elif (sender := _sender(ctx, t)) is not None:
            out.append((t if t.pos_ == "VERB" else t.head.head, sender, negated(t) or negated(t.head.head)))
        elif t.pos_ == "NOUN" and (low in cues.HALLMARK_NOUNS or (
                low in cues.MARK_NOUNS and t.dep_ == "dobj" and t.head.lemma_.lower() in {"bear", "carry", "have"})):
            for c in t.children if not _mark_withheld(t) else ():
                if c.dep_ == "prep" and c.lower_ == "of":
                    out.extend((t, g, False) for g in c.children if g.dep_ == "pobj" and g.i in ctx.at)
                elif c.dep_ == "poss" and c.i in ctx.at:
                    out.append((t, c, False))  # "bore Hezbollah's signature", as "the signature of Hezbollah"
        elif lemma == "suspect" and t.pos_ == "VERB":
            target = next((c for c in t.children if c.dep_ == "dobj"), None)
            if (member := _suspected_membership(ctx, t)) is not None:
                out.append((t, member, negated(t)))  # "the gunmen were suspected JNIM members, police said"
                continue
            if target is not None and target.lemma_.lower() in cues.SUSPECTED_INVOLVEMENT:
                # "officials suspected the involvement of herder militias"
                target = next((g for c in target.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"), target)
            if target is not None and target.i not in ctx.at and (
                    target.lower_ in cues.GENERIC_PERPETRATORS or target.lower_ in cues.MEMBER_NOUNS):
                target = _backer(ctx, target) or target  # "suspected insurgents from X"
            if target is not None and target.i not in ctx.at:
                # "suspected a local sectarian outfit, Lashkar-e-Jhangvi,": the name in apposition to the kind
                target = next((c for c in target.children if c.dep_ == "appos" and c.i in ctx.at), target)
            if target is not None and target.i in ctx.at:
                out.append((t, target, negated(t)))
        elif lemma in cues.RELEASE_VERBS and t.pos_ == "VERB" and t.dep_ in {"ccomp", "xcomp"}:
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            subj = subject_of(t)
            if obj is not None and subj is not None and (
                    obj.lemma_.lower() in cues.CAPTIVE_NOUNS or obj.ent_type_ == "PERSON"):
                out.append((t, subj, negated(t)))  # kept only when the agent resolves to a group
        elif (unlike := _counterfactual_side(ctx, t)) is not None:
            out.append((t, unlike, True))  # "If he were ISIS, he would have ...": the speaker denies it
        elif t.pos_ == "NOUN" and (own := _own_work(t)) is not None:
            out.append((t.head, own, negated(t.head)))  # "That was our work": the speaker's side did it
            out.extend((t.head, g, negated(t.head)) for g in _partners(t))
        elif low in _WORK_NOUNS and t.pos_ == "NOUN" and not _praised_work(t):
            # "was (not) the work / handiwork of X", "attributed it to the work of X", "looked like the work of X";
            # not work praised ("Thanks to the work of our investigators, an attack was prevented")
            namer = t.head if t.dep_ == "oprd" else t.head.head if t.head.lower_ == "as" else t.head
            if namer.lemma_.lower() in cues.BRANDING_VERBS and negated(namer):
                continue  # "would not call / did not call the bombing the work of X": a refusal to name, no denial
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":  # "was not the work of X" denies it
                    out.extend((t.head if t.head.pos_ in {"AUX", "VERB"} else t, g, negated(t.head))
                               for g in c.children if g.dep_ == "pobj")
        elif lemma in cues.EXCLUDE_VERBS and t.pos_ == "VERB" and negated(t) and (
                ruled := next((c for c in t.children if c.dep_ == "dobj"), None)) is not None \
                and ruled.i in ctx.at and ctx.at[ruled.i].ref.type in {"group", "state"} \
                and _ruled_in_as_doer(t, ruled):
            out.append((t, ruled, False))  # "did not rule out the TTP": a hedged accusation, as "a role for X" is
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
            if lemma == "hold" and not holds_responsible(t):
                continue
            if target is not None and _about_the_act(t, ctx):
                out.append((t, target, negated(t)))
                out.extend((t, c, negated(t)) for c in target.children
                           if c.dep_ == "conj" and any(n.i in ctx.at for n in np_tokens(c)))
        elif lemma in {"come", "originate", "launch", "fire"} and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    out.extend((t, g, negated(t)) for g in c.children if g.dep_ == "pobj")
        elif low == "nothing" and t.head.lemma_.lower() == "have" and t.head.i not in used:
            subj = subject_of(t.head)
            if subj is not None:
                out.append((t.head, subj, True))
        elif (unaware := _knew_nothing_of_the_act(t)) is not None:
            subj = subject_of(unaware)
            if subj is not None:
                out.append((unaware, subj, True))  # "the group said it had no knowledge of the attack"
        elif (_involvement(t) or (t.lemma_.lower() in {"relation", "relationship"} and t.pos_ == "NOUN")) \
                and t.dep_ == "dobj" and t.head.lemma_.lower() in {"have", "play"}:
            # "it had no involvement in", "Y played a role in the attack", "our forces have no relation to the blast"
            subj = subject_of(t.head)
            no = any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
            about = [g for c in [*t.children, *t.head.children] if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pobj"]
            if subj is not None and (no or any(g.lemma_.lower() in cues.ACT_NOUNS for g in about)):
                out.append((t.head, subj, no != negated(t.head)))
            elif (tied := _attacker_links(ctx, t)):
                out.extend((t, g, False) for g in tied)  # "the bomber had links to the TTP"
        elif (clue := _clue_points_to(ctx, t)) is not None:
            out.append((t, clue, negated(t)))  # "initial evidence points to ADF collaborators"
        elif lemma == "finger" and t.pos_ == "NOUN" and t.head.lemma_.lower() == "point":
            for c in t.head.children:  # "pointed the finger at Y"
                if c.dep_ == "prep" and c.lower_ == "at":
                    out.extend((t.head, g, negated(t.head)) for g in c.children if g.dep_ == "pobj")
        elif t.dep_ == "nsubj" and (suspected := suspicion_targets(t.head)) and t.lower_ in cues.SUSPICION_NOUNS:
            # "suspicion fell on Boko Haram", "suspicions centred on the group": a hedged attribution
            out.extend((t, g, negated(t.head)) for g in suspected)
        elif (planner := _planner_of(t)) is not None:
            if not negated(planner[0]):  # "Wali, a TTP commander, was the mastermind"; "was not" names no side
                out.append((planner[0], planner[1], False))
        elif (convicted := _convicted_side(ctx, t)):
            out.extend((t, g, False) for g in convicted)
        elif (backers := _supported_by(ctx, t)):
            out.extend((t.head.head, g, negated(t.head.head)) for g in backers)
        elif (patron := _support_given_to_the_doers(ctx, t)) is not None:
            out.append((t, patron, False))  # "what it called Tehran's support for the attackers"
        elif (culprit := _culprit_of(ctx, t)) is not None:
            # "X are not the culprits": the walk up from the predicate noun counts the copula's "not" itself
            out.append((t, culprit, negated(t.head) and t.dep_ != "attr"))
        elif (members_of := _suspects_side(ctx, t)):
            out.extend((t, g, negated(t)) for g in members_of)
        elif (between := _attacker_links(ctx, t)):
            out.extend((t, g, False) for g in between)
        elif (absent := _alibi(ctx, t)) is not None:
            out.append((t, absent, True))  # "none of its fighters had been in Daquq": not there, so not its act
        elif (outside := _membership_denied(ctx, t)) is not None:
            out.append((t, outside, True))
        elif (side := _attackers_side(ctx, t)) is not None:
            out.append((t, side, negated(t)))
        elif _involvement(t) and t.dep_ != "compound":
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            # "did not exclude a role for X", "suspected a role for X": "for" names the doer only under a verb
            # that weighs who did it ("called for a bigger role for the UN" names none)
            by = {"of", "by", "for"} if t.head.lemma_.lower() in cues.EXCLUDE_VERBS | {"suspect", "see"} \
                else {"of", "by"}
            if t.lemma_.lower() == "part" and t.dep_ in {"attr", "acomp"} and t.head.lemma_.lower() == "be":
                by -= {"of"}  # "X, which is part of the JNIM coalition": the whole X belongs to, no doer
            of = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in by for g in c.children
                       if g.dep_ == "pobj"), None)
            if poss is not None or of is not None:
                out.append((t, poss or of, False))
        elif (lemma in cues.ACT_NOUNS or lemma == "job") and t.pos_ == "NOUN" and t.tag_ == "NN" \
                and not _hypothetical(t):
            # "the TTP attack" names a group's act; a state or its agency only as what the act told is called:
            # 'called the bombing "a RAW operation"', "said this was an ISI job", "described the attack as an
            # Indian operation" (not "the Pakistani operation against militants", a state's own operation)
            named_as = act_named_as(t)
            if lemma == "job" and not named_as:
                continue
            for c in t.children:
                # "a Research and Analysis Wing operation": a long name the parser hangs on as a nominal modifier
                if (c.dep_ in {"compound", "amod"} or (named_as and c.dep_ == "nmod")) and c.i in ctx.at and (
                        ctx.at[c.i].ref.type == "group" or (named_as and ctx.at[c.i].ref.type == "state")):
                    out.append((t, c, False))
    return _with_coordinated_doers(ctx, out)



def _suspected_membership(ctx: Context, verb: Token) -> Token | None:
    """"The gunmen were suspected JNIM members", "the attackers were suspected members of JNIM": the attackers said
    to be suspected members of a group lay the act on it (hedged), as "suspected to be X" does. The parser hangs the
    passive on the members noun or gives it a complement; returns the group's token."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" and (c.lower_ in _ATTACKER_PEOPLE
                                                               or c.lower_ in cues.GENERIC_PERPETRATORS)
                                     for c in verb.children):
        return None
    members = [verb.head] if verb.dep_ == "amod" else [c for c in verb.children if c.dep_ in {"attr", "oprd", "dobj"}]
    for m in members:
        if m.lower_ not in cues.MEMBER_NOUNS:
            continue
        named = [t for t in np_tokens(m) if t.i in ctx.at and ctx.at[t.i].ref.type == "group"]
        named += [g for c in m.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.i in ctx.at]
        if named:
            return named[0]
    return None


def _sponsors_unnamed(ctx: Context, verb: Token, obj: Token) -> bool:
    """"India armed the militants behind the attack", "sent the gunmen behind it": the doers behind the act are
    unnamed, and the one who sent, armed or paid them is named behind it (not "hunting the X fighters behind it")."""
    return verb.lemma_.lower() in _SPONSORING_VERBS and obj.i not in ctx.at and not any(w.i in ctx.at
                                                                                       for w in obj.lefts)


def _knew_nothing_of_the_act(t: Token) -> Token | None:
    """"X said it had no knowledge of the attack", "knew nothing about the bombing": a side that did not even know of
    the act says it had no part in it, a denial as "had nothing to do with it" is. Not knowledge before the act ("no
    prior knowledge of the attack", "knew nothing of it until residents called"): that is not having seen it coming.
    Returns the verb (whose side it denies for is checked in _unaware_side)."""
    verb = t.head
    if t.dep_ != "dobj" or not ((t.lower_ == "knowledge" and verb.lemma_.lower() == "have" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in t.children))
            or (t.lower_ == "nothing" and verb.lemma_.lower() == "know")
            # "we don't know anything about this attack", as "we know nothing about it"
            or (t.lower_ == "anything" and verb.lemma_.lower() == "know" and negated(verb))):
        return None
    if any(m.lower_ in cues.FOREKNOWLEDGE_MARKS and m.dep_ in {"amod", "advmod", "mark", "prep"}
           for c in [*t.children, *verb.children] for m in [c, *c.children]):  # "prior", "before it happened"
        return None
    about = [g for c in [*t.children, *verb.children] if c.dep_ == "prep" and c.lower_ in {"of", "about"}
             for g in c.children if g.dep_ == "pobj"]
    return verb if any(_names_an_act(g) for g in about) else None


def _mark_withheld(mark: Token) -> bool:
    """"did not bear X's signature", "lacked the hallmarks of X", "bore no hallmarks of X", "had none of X's
    hallmarks": the speaker finds the group's mark missing, which names no doer."""
    if any(c.dep_ == "det" and c.lower_ in cues.NEGATION_WORDS for c in mark.children):
        return True
    holder = mark.head
    if mark.dep_ == "pobj" and holder.lower_ == "of":
        holder = holder.head  # "none of X's hallmarks", "any of the hallmarks of X"
        if holder.lower_ in cues.NEGATION_WORDS:
            return True
        holder = holder.head
    return holder.pos_ in {"VERB", "AUX"} and (negated(holder) or holder.lemma_.lower() in cues.LACKING_VERBS)


def _unaware_side(ctx: Context, verb: Token, agent: ActorRef) -> bool:
    """Whose "no knowledge of the attack" is a denial: a group's (who may have done it), or a state's already accused
    in the text; a government or police that had no knowledge of an act others claimed deny nothing no one said.
    True for any other predicate."""
    if not any((v := _knew_nothing_of_the_act(c)) is not None and v.i == verb.i for c in verb.children):
        return True
    side = _subject_ref(agent)
    return side.type == "group" or (side.type == "state" and any(
        r.kind == "responsibility" and r.polarity == "affirm" and r.subject.actor == side.actor
        and speaks_for(r.source) != side.actor for r in ctx.raws))


def _act_pronoun(ctx: Context, verb: Token, obj: Token) -> bool:
    """"carried it out", "committed it", "the BLA claimed the bombing ... planned it": the pronoun is the act only
    with a verb that takes no other object, or when the nearest noun before it is an attack word; "released a
    video ... staged it", "called a strike ... organised it", "announced a ceasefire ... launched it" are not."""
    if obj.lower_ not in {"it", "this"}:
        return False
    if verb.lemma_.lower() in {"perpetrate", "commit"} or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return True
    ante = _nearest_noun_before(ctx, obj, {w.i for c in verb.children if c.dep_ == "nsubj" for w in c.subtree})
    # "called a strike": a stoppage of work, not an attack
    return ante is not None and _names_an_act(ante) and not (
        ante.lemma_.lower() == "strike" and ante.head.lemma_.lower() == "call")


# the violent verbs whose weapon, doer or target "it" may stand for; taking a place ("captured the hill ... claimed
# it") is a claim to the place
_BLAST_VERBS = (cues.GROUP_ACT_VERBS - {"seize", "capture", "overrun"}) | cues.HARM_VERBS | {"explode"}


_CLAIMING_DOERS = {w.lower() for w in cues.ATTACKER_NOUNS} | cues.ARMED_DOER_LEMMAS
"""Unnamed doers who may claim "it" ("the militants claimed it"), besides a named group."""


def _claimed_pronoun(ctx: Context, verb: Token, obj: Token) -> bool:
    """"A car bomb killed 20 people in Raqqa. ISIS claimed it": "it" claimed is the act the text just told, as "the
    attack" is. The nearest noun before it must name the act, or take part in it as the weapon, doer or target of
    a violent verb ("a roadside bomb killed", "gunmen attacked a checkpoint", "a bomb went off at a mosque");
    "claimed it as part of its caliphate" (a place held) and a pronoun after no violence ("the body ... no one has
    claimed it") are no claim of an act. Only a group, or the act's doers, claim an act so: "Vietnam claimed it"
    after rockets hit an island, "his family claimed it at the morgue" after a shooting, or two states that "have
    long claimed it" after a village shelled claim the place, the island or the body, never the act."""
    if obj.dep_ != "dobj" or obj.lower_ not in {"it", "this"} or any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    claimer_tok = subject_of(verb)
    claimer = actor_of(ctx, claimer_tok) if claimer_tok is not None else None
    if not (claimer is not None and claimer.type == "group") and not (
            claimer_tok is not None and claimer_tok.lemma_.lower() in _CLAIMING_DOERS):
        return False
    ante = _nearest_noun_before(ctx, obj, {w.i for c in verb.children if c.dep_ == "nsubj" for w in c.subtree})
    if ante is None:
        return False
    if _names_an_act(ante) or ante.lower_ in cues.PLANTED_WEAPONS:
        return True
    head = ante.head
    while head.dep_ == "prep" or head.pos_ == "ADP":  # "at a mosque": the verb the place hangs on
        head = head.head
    if ante.dep_ not in {"nsubj", "dobj", "pobj"} or head.pos_ != "VERB":
        return False
    # "tore through a minibus, killing six": the verb the noun hangs on, or its participle of harm
    verbs = [head, *(c for c in head.children if c.dep_ in {"advcl", "conj", "xcomp"} and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in _BLAST_VERBS or (v.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in v.children)) for v in verbs)


def _nearest_noun_before(ctx: Context, tok: Token, skip: set[int]) -> Token | None:
    """The nearest singular common noun before the token in its sentence or the one before, past actors' names,
    dates and the words skipped (the verb's subject): what "it" most likely stands for."""
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    for w in reversed(tok.doc[start:tok.i]):
        if w.pos_ == "NOUN" and w.tag_ == "NN" and w.dep_ != "compound" and w.i not in ctx.at and w.i not in skip \
                and w.ent_type_ not in {"DATE", "TIME"}:
            return w
    return None


def _with_coordinated_doers(ctx: Context, found: list[tuple[Token, Token, bool]]) -> list[tuple[Token, Token, bool]]:
    """"X and Iran were behind the attack", "held X and Iran responsible", "X and Y carried it out": each actor
    coordinated with a named doer is named too ("X, not Y" clears Y)."""
    # a patron the predicate reached as a doer of its own ("X and its Iranian backers planted it") is its state
    found = [(pred, _patron_state(ctx, agent) or agent, neg) for pred, agent, neg in found]
    out = list(found)
    seen = {(pred.i, agent.i) for pred, agent, _ in found}
    for pred, agent, neg in found:
        for c in agent.conjuncts:
            c = _patron_state(ctx, c) or c
            if (pred.i, c.i) in seen or not any(n.i in ctx.at for n in np_tokens(c)):
                continue
            seen.add((pred.i, c.i))
            unsaid = any(n.dep_ == "neg" or n.lower_ == "not" for n in c.children) \
                or (c.i > 0 and c.doc[c.i - 1].lower_ == "not")  # "X, not Y"; no token before the first
            out.append((pred, c, neg != unsaid))
        for c in _set_against(ctx, agent):
            if (pred.i, c.i) not in seen:
                seen.add((pred.i, c.i))
                out.append((pred, c, not neg))
    return out


def _patron_state(ctx: Context, noun: Token) -> Token | None:
    """"X and its backers in Tehran", "X and its handlers from Kabul", "X and its Iranian sponsors": the state the
    patrons are named by (a place of it after "in" or "from", or a state mention on the noun: `nlp.actors` reads a
    demonym on a backer's, sponsor's, patron's or paymaster's noun as its state), which is the doer named beside X.
    "Their Afghan handlers" carry no state mention, so they name none."""
    if noun.lower_ not in cues.PATRON_NOUNS:
        return None
    named = [g for c in noun.children for g in c.children if patron_seat(g)] + [
        c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
    # "blamed the attackers' handlers in Pakistan", the seat hung on the verb right after the patrons; "Pakistan-based
    # handlers", the seat on "based"
    if noun.dep_ == "dobj":
        named += [g for c in noun.head.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}
                  and c.i == noun.right_edge.i + 1 for g in c.children if g.dep_ == "pobj"]
    named += [g for c in noun.children if c.lower_ == "based" and c.i < noun.i for g in c.children
              if g.dep_ in {"npadvmod", "compound", "nmod"}]
    return next((t for t in named if t.i in ctx.at and ctx.at[t.i].ref.type == "state"), None)


def _set_against(ctx: Context, agent: Token) -> list[Token]:
    """"X, not Y, was behind it": the parser hangs Y on X as an apposition, the "not" on X; Y is the one the
    speaker clears (a denial of Y beside the accusation of X), as a conjunct after "not" is."""
    return [c for c in _set_aside(agent) if any(n.i in ctx.at for n in np_tokens(c))]


def _set_aside(agent: Token) -> list[Token]:
    """The appositions of `agent` that "not" sets against it ("X, not Y", "bandits, not Boko Haram"), the "not"
    hung on either noun."""
    out = []
    for c in agent.children:
        if c.dep_ != "appos" or c.i < agent.i:
            continue
        before = c.doc[c.left_edge.i - 1] if c.left_edge.i > agent.i else None
        if (before is not None and before.lower_ == "not" and before.head.i in {agent.i, c.i}) or any(
                n.dep_ == "neg" and n.i < c.i for n in c.children):
            out.append(c)
    return out


def _blame_taken_back(verb: Token) -> bool:
    """An accusation its own wording calls wrong: "I was wrong to blame the BLA", "admitted he had wrongly blamed
    the group", "apologised for blaming X", "regretted accusing X". The accuser takes it back, a denial of X (as
    a retraction is, docs/conventions.md); "blamed X for the wrong attack" is none of these."""
    if any(c.dep_ == "advmod" and c.lower_ in cues.WRONG_ADVERBS for c in verb.children):
        # the accuser's own word of himself ("he admitted he had wrongly blamed"), not another's charge that
        # a named accuser blamed wrongly ("the BLA said the government had unfairly blamed it")
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lower_ in {"i", "we", "he", "she", "they"}
    head = verb.head
    if verb.dep_ == "xcomp" and (head.lower_ in cues.WRONG_ADJECTIVES or head.lemma_.lower() == "be" and any(
            c.dep_ == "acomp" and c.lower_ in cues.WRONG_ADJECTIVES for c in head.children)):
        # "I was wrong to blame X"; not "he was not wrong to blame X", nor "it would be wrong to blame X" (a
        # caution about blaming, said of no one's own accusation)
        be = head.head if head.lower_ in cues.WRONG_ADJECTIVES and head.head.lemma_.lower() == "be" else head
        wrong = [head, be, *(c for c in be.children if c.dep_ == "acomp")]
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        # "it" only of a side that says so ("the army said it had been wrong to blame X"), not the caution "it
        # would be wrong to blame X", which hangs a modal on the verb
        own_it = subj is not None and subj.lower_ == "it" and not any(
            c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "may", "will"} for c in be.children)
        return not any(negated(w) for w in wrong) and subj is not None and (subj.lower_ in _SELF_PRONOUNS or own_it)
    if verb.dep_ == "pcomp" and head.lower_ == "for":
        head = head.head  # "apologised for blaming X", "an apology for accusing X"
    if verb.dep_ not in {"pcomp", "xcomp", "ccomp"} or head.lemma_.lower() not in cues.REGRET_LEMMAS:
        return False
    # "did not regret blaming X", "refused to apologise for blaming X", "demanded that he apologise for ...":
    # the regret is denied or asked for, and the accusation stands
    return not negated(head) and not negated(head.head) and head.head.lemma_.lower() not in _REGRET_REFUSED


_REGRET_REFUSED = frozenset({"refuse", "decline", "demand", "urge", "call", "insist", "press"})


def _planner_of(noun: Token) -> tuple[Token, Token] | None:
    """"X was the mastermind of the bombing", "killed X, describing him as the mastermind of the attack", "killed
    the mastermind of the attack, commander X", "X, the planner of the attack": (the predicate, the person named
    as the attack's planner), whose side (a group's commander) is then the accused; None elsewhere ("the
    mastermind of the peace deal")."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ not in cues.PLANNER_NOUNS or not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _names_an_act(g) and _this_act(g)
                                                          for g in c.children)
            for c in noun.children):
        return None
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() == "be":
        person = subject_of(head)
        return (head, person) if person is not None else None
    if noun.dep_ == "pobj" and head.lower_ == "as":  # "describing / identified him as the mastermind of ..."
        verb = head.head
        person = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        return (verb, person) if person is not None else None
    appos = next((c for c in noun.children if c.dep_ == "appos"), None)
    if appos is None and noun.dep_ == "dobj" and noun.right_edge.i + 1 < len(noun.doc) \
            and noun.doc[noun.right_edge.i + 1].text == ",":
        appos = _name_after(noun)
    if appos is not None:
        return (head if head.pos_ in {"VERB", "AUX"} else noun, appos)
    if noun.dep_ == "appos":
        return (head.head if head.head.pos_ in {"VERB", "AUX"} else noun, head)
    return None


_DAYS_OF_THE_ACT = frozenset(WEEKDAYS) | {"yesterday", "today", "tonight"}


def _this_act(act: Token) -> bool:
    """"the bombing", "this attack": the act told, not "a 2014 attack on a school" nor "the 2014 massacre" nor
    "previous attacks" (the planner of another act lays nothing on this one)."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"}
               or c.dep_ == "poss" and (c.lower_ in _DAYS_OF_THE_ACT or _recent_period(c)) for c in act.children):
        return False  # "Saturday's attack", "yesterday's bombing", "last month's attack" are the act told too
    return _not_an_earlier_act(act)


def _not_an_earlier_act(act: Token) -> bool:
    """No year ("the 2014 massacre") nor word of an earlier act ("previous attacks") in the act's phrase."""
    return not any((w.like_num and len(w.text) == 4 and w.text[:2] in {"19", "20"})
                   or (w.head.i == act.i and w.lower_ in _EARLIER_ACTS) for w in act.subtree)


def _name_after(noun: Token) -> Token | None:
    """"killed the mastermind of the attack, commander X of Y, the army said": the name right after the comma the
    parser made a second object of the verb, or a second subject of the speech verb beside the speaker."""
    start = noun.right_edge.i + 2
    for t in noun.doc[start:min(start + 6, len(noun.doc))]:
        if t.left_edge.i != start or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        if t.dep_ == "dobj" and t.head.i == noun.head.i:
            return t
        if t.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in t.head.children) > 1:
            return t
    return None


def _recent_period(word: Token) -> bool:
    """"last month's", "last week's": a period just before the story, as a weekday is."""
    return word.lower_ in {"week", "month", "weekend"} and any(c.lower_ == "last" for c in word.children)


def _counterfactual_side(ctx: Context, be: Token) -> Token | None:
    """ "If he was ISIS, he would have gunned down people", "if the gunman were a member of X, he would have
    blown himself up": an if-clause naming a group as the attacker's side, under a main clause of what
    would (should, could) have happened, argues the attack was not that group's (a denial by the speaker)."""
    if be.lemma_ != "be" or be.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in be.children):
        return None
    main = be.head
    if main.tag_ != "VBN" or not {"would", "should", "could", "might"} & {c.lower_ for c in main.children
                                                                         if c.dep_ == "aux"} \
            or not any(c.dep_ == "aux" and c.lower_ == "have" for c in main.children):
        return None
    attr = next((c for c in be.children if c.dep_ in {"attr", "acomp"}), None)  # "if he was ISIS" (acomp)
    if attr is None or negated(be):
        return None
    if attr.lower_ in cues.MEMBER_NOUNS or attr.lemma_.lower() in cues.MEMBER_NOUNS:
        attr = next((g for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"), attr)
    return attr if any(n.i in ctx.at and ctx.at[n.i].ref.type == "group" for n in np_tokens(attr)) else None


_OWN_DEEDS = frozenset({"work", "operation", "doing", "job", "deed"})
_JOINT = frozenset({"combined", "joint", "common", "shared"})


def _own_work(noun: Token) -> Token | None:
    """ "That was our work", "The bombing was our joint operation": a first-person possessive on a deed noun
    that is the predicate of 'be' whose subject is the act or a pointer to it; the possessive (resolved to the
    speaker's side), else None."""
    if noun.lower_ not in _OWN_DEEDS or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"our", "my"}), None)
    subj = subject_of(noun.head)
    if poss is None or subj is None or not (
            subj.lower_ in {"that", "this", "it"} or subj.lemma_.lower() in cues.ACT_NOUNS):
        return None
    return poss


def _partners(noun: Token) -> list[Token]:
    """ "our combined work with X", "our joint operation with X and Y": the groups named as partners in the
    deed, each claimed with the speaker's side (not a self-claim of theirs)."""
    if not any(c.dep_ == "amod" and c.lower_ in _JOINT for c in noun.children):
        return []
    out = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "alongside"}:
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(_owner_of_unit(g))
                    out.extend(_owner_of_unit(x) for x in g.children if x.dep_ == "conj")
    return out


def _owner_of_unit(tok: Token) -> Token:
    """ "X group of the Mehsud Taliban", "a faction of Y": a unit word with 'of' stands for the group it is of."""
    if tok.lemma_.lower() not in cues.UNIT_NOUNS | {"group", "faction"}:
        return tok
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"), tok)


_ACT_PRONOUNS = frozenset({"it", "this", "that"})


def _does_the_act(verb: Token) -> bool:
    """"X did it / this", "this was done by X", "X did this attack": "do" whose object (or passive subject) is
    the act, by a pronoun or an act noun; "did nothing", "did its job" are no act."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and (c.lower_ in _ACT_PRONOUNS or c.lemma_.lower() in cues.ACT_NOUNS)
               for c in verb.children)


_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "area", "territory", "province", "district", "base",
                          "capital", "stronghold", "hub", "port"})


def _place_taken(pred: Token) -> bool:
    """"the eastern city seized by the M23", "a town captured by the rebels": a participle describing a place
    as taken tells who controls it."""
    if pred.lemma_.lower() not in {"seize", "capture", "overrun"} or pred.dep_ not in {"acl", "relcl"}:
        return False
    head = pred.head
    return head.lower_ in _PLACE_NOUNS or head.ent_type_ in {"GPE", "LOC"}


_HYPOTHETICAL = frozenset({"possible", "potential", "planned", "future", "further", "imminent", "new", "fresh",
                           "likely", "another", "next", "feared", "expected", "impending", "retaliatory"})


def _threatened_act(verb: Token) -> bool:
    """"The letter warned that the group would strike the police": an act a warning or threat says will come is the
    warning's content, not the act the story tells (a warning, not an accusation; session 16 "plans ahead")."""
    if not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in verb.children):
        return False
    return any(a.lemma_.lower() in cues.WARNING_LEMMAS for a in verb.ancestors)


def _hypothetical(act: Token) -> bool:
    """"a possible al-Shabaab attack", "warned of an imminent ISIS attack": an attack that may come is not
    the incident, and naming its author is a warning, not an attribution."""
    if any(c.dep_ in {"amod", "det"} and c.lower_ in _HYPOTHETICAL for c in act.children):
        return True
    i = act.i - 1  # the words before it, however the parser attached them ("a possible al-Shabaab attack")
    while i >= max(act.sent.start, act.i - 6) and act.doc[i].pos_ in {"PROPN", "ADJ", "NOUN", "PUNCT"} \
            and act.doc[i].text not in {",", ";", ":", "."}:
        if act.doc[i].lower_ in _HYPOTHETICAL:
            return True
        i -= 1
    return False


def _linked_actors(ctx: Context, verb: Token) -> list[Token]:
    """"evidence linking X to the attack", "police linked the bombing to X", "the attack was tied to X"."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    pobjs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"} for g in c.children
             if g.dep_ == "pobj"]

    def is_actor(tok: Token) -> bool:
        return any(n.i in ctx.at for n in np_tokens(tok))

    if any(_names_an_act(p) for p in pobjs):
        return [o for o in objs if is_actor(o)]
    if any(_names_an_act(o) for o in objs):
        return [p for p in pobjs if is_actor(p)]
    # "the gunmen were (believed to be) linked to X": the act's doers tied to X tie the act to it, as "gunmen
    # linked to X killed ..." does
    doers = objs or [s for s in [subject_of(verb)] if s is not None]
    if any(d.lower_ in _ATTACKER_PEOPLE and any(c.dep_ == "det" and c.lower_ == "the" for c in d.children)
           for d in doers):
        return [p for p in pobjs if is_actor(p)]
    return []


_ATTACKER_NOUNS = cues.ATTACKER_NOUNS | {"attack", "attacks", "bombing", "stabbing", "shooting", "assault"}


def _attacker_links(ctx: Context, token: Token) -> list[Token]:
    """"no evidence of direct links between the attacker and Islamic State": the actors a link noun ties to
    the attacker or the attack (the frame's "no evidence" makes it a denial)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in {"link", "connection", "tie", "contact"}:
        return []
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "have":
        # "the bomber had links to the TTP", "was believed to have ties with X": the act's doer tied to X ties the act
        # to it, as "the gunmen were linked to X" does (session 19); "no links" denies through the frame's "no"
        holder = subject_of(token.head)
        if holder is None or holder.lower_ not in _ATTACKER_PEOPLE or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in holder.children):
            return []
        return [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "with"} for g in c.children
                if g.dep_ == "pobj" and g.i in ctx.at]
    ends = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
            if g.dep_ == "pobj"]
    ends += [c for g in ends for c in g.children if c.dep_ == "conj"]
    if not any(e.lower_ in _ATTACKER_NOUNS or e.lemma_.lower() in _ATTACKER_NOUNS for e in ends):
        return []
    return [e for e in ends if e.i in ctx.at]


_CLUE_NOUNS = frozenset({"evidence", "clue", "clues", "sign", "signs", "indication", "indications", "trail",
                         "finding", "findings", "investigation", "intelligence", "information",
                         "everything", "all"})  # "everything points to X", "it all points to X"


def _clue_points_to(ctx: Context, verb: Token) -> Token | None:
    """"initial evidence points to ADF collaborators", "the clues pointed towards X": evidence said to lead to
    an actor is an attribution, tentative by nature (hedged)."""
    if verb.pos_ == "NOUN" and verb.lower_ == "points":  # "evidence points to X" tagged as a compound noun
        subj = next((c for c in verb.children if c.dep_ == "compound"), None)
    elif verb.pos_ != "VERB" or verb.lemma_.lower() not in {"point", "lead"}:
        return None
    else:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _CLUE_NOUNS:
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "towards", "toward", "at"}
                 for g in c.children if g.dep_ == "pobj" and any(n.i in ctx.at for n in np_tokens(g))), None)


_ATTACKER_PEOPLE = frozenset(n for n in _ATTACKER_NOUNS if n not in cues.ACT_NOUNS)


_ORDER_NOUNS = frozenset({"order", "orders", "instruction", "instructions", "behest", "direction", "directions",
                          "behalf"})
_SENDING_VERBS = frozenset({"send", "dispatch", "hire", "pay"})
# Who sends or keeps the doers ("India armed the militants behind the attack"): behind the act with them.
_SPONSORING_VERBS = _SENDING_VERBS | {"arm", "fund", "finance", "train", "sponsor"}


def _attacker_person(tok: Token | None) -> bool:
    """The attacker or a suspect held for the act: the noun ("the bomber", "the suspect"), or "he" / "they" for
    the attacker named just before or for the attacker who speaks ("the suspect said he ...")."""
    if tok is None:
        return False
    if tok.lower_ in _ATTACKER_PEOPLE or tok.lemma_.lower() in _ATTACKER_PEOPLE | _DEFENDANT_NOUNS:
        return True
    if tok.lower_ not in {"he", "she", "they"}:
        return False
    speech = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in cues.SAY_VERBS | {"confess"}),
                  None)  # "the suspect said / confessed that he ..."
    speaker = subject_of(speech) if speech is not None else None
    if speaker is not None and speaker.pos_ in {"NOUN", "PROPN"}:
        return speaker.lower_ in _ATTACKER_PEOPLE or speaker.lemma_.lower() in _ATTACKER_PEOPLE | _DEFENDANT_NOUNS
    return _attacker_pronoun(tok)


def _sender(ctx: Context, t: Token) -> Token | None:
    """"the bomber acted on the orders of X", "he struck on X's instructions", "the gunmen were sent / paid by X":
    whoever the attackers did it for is said to be behind it. The sender's token, or None."""
    if t.pos_ == "NOUN" and t.lower_ in _ORDER_NOUNS and t.dep_ == "pobj" and t.head.lower_ in {"on", "at", "under"}:
        verb = t.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and _names_an_act(verb):
            verb = verb.head  # "carried out the bombing on the orders of X": the parser hangs it on the act
        if verb.pos_ not in {"VERB", "AUX"} or not _attacker_person(subject_of(verb)):
            return None
        owner = next((c for c in t.children if c.dep_ == "poss"), None) or next(
            (g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            None)
    elif t.pos_ == "VERB" and t.lemma_.lower() in _SENDING_VERBS:
        held = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        owner = agent_of(t) if _attacker_person(held) else None
    elif t.pos_ == "VERB" and t.lemma_.lower() == "act" and _attacker_person(subject_of(t)):
        # "the bomber acted for X": whom he acted for (not "acted alone", "acted in revenge")
        owner = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                      if g.dep_ == "pobj"), None)
    else:
        return None
    return owner if owner is not None and any(n.i in ctx.at for n in np_tokens(owner)) else None


_DEFENDANT_NOUNS = cues.DEFENDANT_NOUNS
_PEOPLE_NOUNS = frozenset({"man", "men", "woman", "women", "pair", "brother", "brothers", "youth", "youths", "person",
                           "people", "teenager", "teenagers"})
_COURTROOM_VERBS = frozenset({"argue", "allege", "contend", "testify", "establish", "prove", "conclude", "find"})


def _courtroom_claim(verb: Token) -> bool:
    """"Prosecutors argued that the two men belonged to X": a case made against the accused, whom the clause
    names as plain people."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _COURTROOM_VERBS


_HELD_VERBS = cues.ARREST_VERBS | cues.COURT_VERBS | {"capture"}
"""The people arrested, charged or captured by troops, whose side the state names ("a member of X"). No "seize":
goods seized ("weapons belonging to X") accuse nobody of the act."""
_DESCRIBING_VERBS = frozenset({"describe", "identify", "name", "call", "believe", "suspect"})
_WORK_NOUNS = frozenset({"work", "handiwork"})
_PRAISE_WORDS = frozenset({"thanks", "thank", "praise", "grateful", "gratitude", "commend", "credit", "laud",
                           "applaud", "hail", "salute", "tribute", "honour", "honor", "reward", "appreciation",
                           "appreciative", "thankful", "recognition", "recognise", "recognize"})


def _praised_work(work: Token) -> bool:
    """Work a preposition ties to praise or thanks ("thanks to the work of our detectives", "praised police for
    the work of its officers", "grateful for the work of the rescuers"): good work, no act done. Work under any
    other preposition still names the doer ("attributed the bombing to the work of X", "blamed it on the work of
    X", "looked like the work of X", "bore the hallmarks of the handiwork of X", "consistent with the work of X")."""
    if work.dep_ != "pobj" or work.head.lower_ not in {"to", "for"}:
        return False
    head = work.head.head
    return head.lemma_.lower() in _PRAISE_WORDS or head.lower_ in _PRAISE_WORDS


def _act_called_work(verb: Token) -> bool:
    """'called the bombing "the work of X"', "described the attack as the handiwork of X": the act named someone's
    work by the one who calls it so, who is then the speaker (as "said the bombing was the work of X")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.BRANDING_VERBS or not any(
            c.dep_ == "dobj" and _names_an_act(c) for c in verb.children):
        return False
    named = [c for c in verb.children if c.dep_ == "oprd"]
    named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(n.lower_ in _WORK_NOUNS for n in named)


_MEMBER_LINK_NOUNS = frozenset({"member", "members", "membership", "operative", "operatives", "agent", "agents",
                                "behalf"})


def _share_of_members(token: Token) -> bool:
    """"three members of X and two of Y": a count coordinated with a member noun stands for more members."""
    return token.dep_ == "conj" and token.head.lower_ in _MEMBER_LINK_NOUNS and (
        token.like_num or token.lower_ in {"others", "some", "several", "one"})


def _member_links(ctx: Context, token: Token) -> list[Token]:
    """`_member_link`, and a second "of" the parser hangs on the same noun ("members of X and of Y")."""
    first = _member_link(ctx, token)
    if first is None or token.lower_ not in _MEMBER_LINK_NOUNS:
        return [first] if first is not None else []
    return [first, *(g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.i != first.i and any(n.i in ctx.at for n in np_tokens(g)))]


def _member_link(ctx: Context, token: Token) -> Token | None:
    """The actor "a member of X", "acting on behalf of X", "belonging to X", "linked to X" ties a person to."""
    low = token.lower_
    if low in _MEMBER_LINK_NOUNS or _share_of_members(token):
        return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and any(n.i in ctx.at for n in np_tokens(g))), None)
    if token.pos_ == "VERB" and token.lemma_.lower() in {"belong"} | _BACKING_VERBS and not negated(token):
        return next((g for c in token.children if (c.dep_ == "prep" and c.lower_ in {"to", "with"})
                     or c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj" and any(n.i in ctx.at for n in np_tokens(g))), None)
    return None


_VERDICT_VERBS = frozenset({"convict", "sentence", "jail", "imprison"})
_COURT_NOUNS = frozenset({"court", "tribunal", "judge", "judges", "jury"})


def _convicted_side(ctx: Context, word: Token) -> list[Token]:
    """"a court convicted a JNIM commander of organising the attack", "a court found two Hezbollah members guilty
    of firing the rocket", "sentenced Ali Maiga, a JNIM member, to life for the attack": a court that convicts
    a group's men of the act affirms the group did it. The group tokens, on the verdict word ("convicted", or
    "guilty" whose "found" the court says)."""
    if word.lemma_.lower() in _VERDICT_VERBS and word.pos_ == "VERB" and not negated(word):
        court = agent_of(word) if any(c.dep_ == "auxpass" for c in word.children) else subject_of(word)
        men = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif word.lower_ == "guilty" and word.head.lemma_.lower() == "find" and not negated(word.head):
        court = subject_of(word.head)
        men = [c for c in [*word.children, *word.head.children] if c.dep_ in {"nsubj", "dobj"}]
    elif word.lower_ == "guilty" and word.dep_ == "amod" and word.head.dep_ == "dobj" \
            and word.head.head.lemma_.lower() == "find" and not negated(word.head.head):
        court = subject_of(word.head.head)  # "found three members of X guilty": parsed as the men's adjective
        men = [word.head]
    else:
        return []
    if court is None or court.lemma_.lower() not in _COURT_NOUNS or not any(
            (t.lemma_.lower() in cues.ACT_NOUNS and t.pos_ == "NOUN")
            or (t.tag_ == "VBG" and t.lemma_.lower() in cues.GROUP_ACT_VERBS | cues.AGENT_VERBS) for t in word.sent):
        return []  # convicted of the act ("of planting the bomb"), not of some other crime
    men += [a for m in men for a in m.children if a.dep_ == "appos"]  # "Ali Maiga, a JNIM member"
    named = [c for m in men if m.lower_ in cues.MEMBER_NOUNS or m.lemma_.lower() in cues.MEMBER_NOUNS
             for c in m.children if c.dep_ in {"compound", "poss"} and c.i in ctx.at]
    # "convicted four members of al Shabaab", "found three members of the militant group X guilty"
    return named + [g for m in men if (g := _member_link(ctx, m)) is not None]


def _suspects_side(ctx: Context, verb: Token) -> list[Token]:
    """"Police arrested a suspect ..., whom they described as a member of the Barrio 18 gang", "Prosecutors charged
    three people acting on behalf of Russian military intelligence over an arson attack": the side the arrested or
    charged people are said to belong to is accused of the act they are held for."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HELD_VERBS or negated(verb):
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    obj = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if obj is not None and obj.i in ctx.at:
        # "X and Y members were arrested over the bombing": the parser makes X the object, "Y members" its conjunct
        members = next((c for c in obj.conjuncts if c.lemma_.lower() in {"member", "operative"}), None)
        other = next((c for c in members.children if c.dep_ in {"compound", "nmod"} and c.i in ctx.at), None) \
            if members is not None else None
        if other is None or not _held_over_the_act(verb):
            return []
        return [g for g in (obj, other) if (ref := actor_of(ctx, g)) is not None and ref.type == "group"]
    if obj is None:
        return []
    sent = verb.sent
    held_over = _held_over_the_act(verb)
    if obj.lemma_.lower() not in _DEFENDANT_NOUNS and not held_over and not any(_held_act(t) for t in sent):
        return []  # an arrest with no act in view: a crackdown, not an attribution
    out: list[Token] = []
    for t in sent:
        if t.i < obj.i:
            continue
        groups = _member_links(ctx, t)  # "members of X and of Y": each
        group = groups[0] if groups else None
        if group is None and t.i == obj.i and t.lemma_.lower() in {"member", "operative"}:
            # "charged two Islamic State members with murder over the bombing"; "X and Y members" (every owner)
            groups = [c for c in t.children if c.dep_ in {"compound", "poss", "nmod"} and c.i in ctx.at]
            group = groups[0] if groups else None
        if group is None:
            continue
        # the arrested people themselves ("arrested two members of X over the bombing"), or on an "acting ..."
        # clause the parser hung on the verb, or in a relative clause of description ("whom they described as a
        # member of X") wherever it attached, or the charge itself ("charged two men with membership of X")
        path = [a for a in t.ancestors if a.i >= obj.i or a.i == verb.i]
        # the members held themselves, or their charge, only when held over the act: "arrested two members of X
        # over the bombing", not "in raids across the province" nor "..., but said they were not linked to it";
        # of an armed group, not a party whose members are held ("two members of the ruling party")
        armed = held_over and (ref := actor_of(ctx, group)) is not None and ref.type == "group"
        on_obj = (t.i == obj.i and armed) or obj in t.ancestors
        acting = any(a.dep_ in {"advcl", "acl"} and a.head.i in {verb.i, obj.i} and a.tag_ in {"VBG", "VBN"}
                     for a in [t, *path])
        described = any(a.dep_ == "relcl" and a.lemma_.lower() in _DESCRIBING_VERBS | _CONFESSION_VERBS
                        for a in [t, *path])  # "..., who confessed to being members of X"
        charged = armed and verb.lemma_.lower() in cues.COURT_VERBS and any(
            a.lower_ == "with" and a.head.i == verb.i for a in path)
        if on_obj or acting or described or charged:
            out.extend(groups or [group])
    return out


def _held_act(noun: Token, over: bool = False) -> bool:
    """An act people can be held over: not the forces' own raid or operation ("arrested in raids"), unless they
    are held over it (`over`: "detained two men over the raid"), nor an act they are said to have no link to
    ("were not linked to the bombing")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.ACT_NOUNS or not over and (
            noun.lower_ in cues.RESPONSE_OPERATIONS or noun.lemma_.lower() in cues.RESPONSE_OPERATIONS):
        return False
    link = noun.head.head if noun.dep_ == "pobj" else None
    return link is None or link.lemma_.lower() not in {"link", "tie", "connect", "relate"} or not negated(link)


def _held_over_the_act(verb: Token) -> bool:
    """"arrested ... over the bombing", "charged ... with murder over the attack", "held for the blast", "in
    connection with the attack": the act named under the holding verb or its charge, not in another clause
    ("..., but said they were not linked to the bombing")."""
    for p in verb.subtree:
        charge = p.lower_ == "with" and p.head.i == verb.i and verb.lemma_.lower() in cues.COURT_VERBS
        if p.dep_ not in {"prep", "conj"} or not (p.lower_ in {"over", "for"} or (
                p.lower_ == "with" and p.head.lower_ == "connection") or charge):
            # "charged with the bombing": the act is the charge
            continue
        # a gerund of the charge is no clause of its own ("charged with belonging to X in connection with ...")
        clause = next((a for a in p.ancestors if a.pos_ in {"VERB", "AUX"} and a.dep_ != "pcomp"), None)
        # the charge names the act told only as a definite one ("with the attack", "with Sunday's bombing"):
        # "charged with murder" is any murder
        if clause is not None and clause.i == verb.i and any(
                g.dep_ == "pobj" and _held_act(g, over=True) and (not charge or _told_act(g) and any(
                    c.dep_ in {"det", "poss"} for c in g.children)) for g in p.children):
            return True
    return False


def _agents(verb: Token) -> list[tuple[Token, bool]]:
    """Every "by" agent of a passive act and whether the text negates it: "carried out by ISWAP, not by Boko
    Haram" (a second agent phrase) and "by ISWAP and not Boko Haram" (a coordinated one)."""
    out: list[tuple[Token, bool]] = []
    for c in verb.children:
        if c.dep_ != "agent":
            continue
        neg = any(n.dep_ == "neg" or n.lower_ == "not" for n in c.children)
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            out.append((g, neg))
            out.extend((j, neg or any(n.dep_ == "neg" or n.lower_ == "not" for n in j.children)
                        or j.nbor(-1).lower_ == "not") for j in g.children if j.dep_ == "conj")
    return out


_PRESENT_MEN = cues.MEMBER_NOUNS | {"forces", "men", "troops", "soldiers", "cadres", "personnel", "units", "people",
                                     "members"}
_PLACE_WORDS = _PLACE_NOUNS | {"vicinity", "neighbourhood", "neighborhood", "locality", "market", "scene"}


def _other_doer_in_sentence(ctx: Context, verb: Token, side: Token) -> bool:
    """The sentence of `verb`, or the narration right after it, has attackers or another named actor as the
    subject of a verb other than a word of speech or blame ("when the rebels struck", "as M23 fighters advanced";
    "The army said it had no troops there. Rebels struck at dawn")."""
    if _other_doer_in(ctx, verb.sent, verb, side):
        return True
    after = verb.sent.end
    if after >= len(ctx.doc):
        return False
    # the next sentence names a doer only by attackers' nouns or an actor's attack ("Rebels struck at dawn"),
    # never by the side's own men nor by what others do after it ("Police cordoned off the market")
    say = verb.head if verb.dep_ == "ccomp" else None
    own = {r.actor for r in (actor_of(ctx, side), actor_of(ctx, subject_of(say)) if say is not None else None)
           if r is not None}
    return _other_doer_in(ctx, ctx.doc[after].sent, verb, side, own)


_DOER_VERBS = cues.AGENT_VERBS | cues.GROUP_ACT_VERBS | cues.HARM_VERBS


def _other_doer_in(ctx: Context, sent: SpacySpan, verb: Token, side: Token, after: set[str] | None = None) -> bool:
    speech = cues.SAY_VERBS | cues.ACCUSE_VERBS
    for t in sent:
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.i == side.i or t.pos_ not in {"NOUN", "PROPN"} \
                or t.head.lemma_.lower() in speech or t.head.i == verb.i:
            continue
        low, lemma = t.lower_, t.lemma_.lower()
        if low in cues.GENERIC_PERPETRATORS or low in _ATTACKER_PEOPLE or lemma in _ATTACKER_PEOPLE \
                or (after is not None and low in {"fighters", "militants", "rebels"}
                    and not any(c.dep_ == "poss" for c in t.children)):
            return True
        own = ctx.at[side.i].ref.actor if side.i in ctx.at else None
        if after is not None and (t.head.lemma_.lower() not in _DOER_VERBS or any(
                c.dep_ == "dobj" and c.lower_ in cues.RESPONSE_OPERATIONS for c in t.head.children)):
            continue  # "The army launched a search operation": an answer to the attack
        if any(n.i in ctx.at and ctx.at[n.i].ref.actor != own and ctx.at[n.i].ref.actor not in (after or ())
               for n in np_tokens(t)):
            return True
    return False


def _alibi(ctx: Context, verb: Token) -> Token | None:
    """"The PKK said none of its fighters had been in Daquq on Monday", '"Our fighters were not in Kibirizi"',
    "its fighters had no presence in the area": a side's own men said not to have been at the place clears it
    (a denial). The token of the men, whose owner is the side."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"AUX", "VERB"} or lemma not in {"be", "have"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if lemma == "have":
        absent = any(c.dep_ == "dobj" and c.lower_ in _PRESENT_MEN | {"presence"} and (negated(verb) or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)
        where = [g for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
                 for g in p.children if g.dep_ == "pobj"]
        where += [c for d in verb.children if d.dep_ == "dobj" for c in (d, *d.children)
                  if c.dep_ == "advmod" and c.lower_ == "there"]  # "it had no troops there": at the place
        where += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    else:
        absent = negated(verb) or subj.lower_ == "none"
        where = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "at", "near", "inside", "around"}
                 for g in p.children if g.dep_ == "pobj"]
    if not absent or not any(g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN"
                             or g.lower_ in _PLACE_WORDS | {"there"} for g in where):
        return None
    if lemma == "have" and (subj.i in ctx.at or subj.lower_ in {"it", "we"}) and any(
            c.dep_ == "dobj" and c.lower_ in _PRESENT_MEN and (negated(verb) or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children):
        # "Rwanda said it had no troops in the area": the side itself has no men there; "... when the rebels
        # struck" names the doer, so the side only tells where its men were, it denies nothing
        return None if _other_doer_in_sentence(ctx, verb, subj) else subj
    men = subj
    if subj.lower_ in {"none", "any"}:
        men = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj"), None)
    if men is None or men.lower_ not in _PRESENT_MEN or not any(
            c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS - {"his", "her", "my"} for c in men.children):
        return None
    return men


def _gapped_denial(verb: Token) -> Token | None:
    """"it had not and would never attack the police", "the group did not and would never bomb a church": the
    act's first, elided instance is a bare negated auxiliary ("had not", "did not") coordinated before it; that
    auxiliary's subject denies it. Read from the words, since the parser hangs the act on the auxiliary or on
    the speech verb above. The subject token, or None."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    doc, i = verb.doc, verb.i - 1
    while i > verb.sent.start and doc[i].dep_ in {"aux", "neg", "advmod"} and doc[i].head.i == verb.i:
        i -= 1
    if i - 2 < verb.sent.start or doc[i].lower_ not in {"and", "or"} \
            or doc[i - 1].lower_ not in {"not", "n't", "never"}:
        return None
    aux = doc[i - 2]
    if aux.lemma_.lower() not in {"do", "have"} \
            or any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for c in aux.children):
        return None
    return next((c for c in aux.children if c.dep_ == "nsubj"), None)


_TIE_NOUNS = frozenset({"link", "links", "connection", "connections", "tie", "ties", "affiliation", "affiliations",
                        "relation", "relations", "relationship", "association"})


def _membership_denied(ctx: Context, verb: Token) -> Token | None:
    """"the man was not one of its members", "he has no connection whatsoever to the group", "the suspect did not
    belong to X": a person (the attacker in view) said not to be of a group, which the statement clears. The
    group's token, or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"AUX", "VERB"} or lemma not in {"be", "belong", "have"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in ctx.at or not (
            subj.lower_ in {"he", "she", "they"} or subj.lemma_.lower() in _PEOPLE_NOUNS | _DEFENDANT_NOUNS
            or subj.lower_ in _ATTACKER_PEOPLE):
        return None
    if lemma == "have":
        ties = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TIE_NOUNS
                and (negated(verb) or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))]
        # "has no connection whatsoever to it": the parser may hang "to" on the verb instead of the tie noun
        ends = [g for h in (ties + [verb] if ties else []) for p in h.children
                if p.dep_ == "prep" and p.lower_ in {"to", "with"} for g in p.children if g.dep_ == "pobj"]
    elif not negated(verb):
        return None
    elif lemma == "belong":
        ends = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                if g.dep_ == "pobj"]
    else:
        ends = [g for a in verb.children if a.dep_ == "attr" and a.lower_ in cues.MEMBER_NOUNS
                for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return next((g for g in ends if any(n.i in ctx.at for n in np_tokens(g)) or g.lower_ in {"it", "us"} or any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in g.children)), None)


def _attackers_side(ctx: Context, verb: Token) -> Token | None:
    """"the attackers were Indian-sponsored proxies", "the gunmen were terrorist elements affiliated with X",
    "the gunmen belonged to the Sinaloa Cartel": who the attackers are, or whose side they were on, names the
    actor behind the attack."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    verb = _confessed(verb) or verb  # "the attackers confessed to being members of X": what they confessed
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"AUX", "VERB"} or lemma not in {"be", "belong"}:
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in verb.children):
        return None  # "if the gunman was a member of the group, he would have ...": a condition, no statement
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or subj
    if subj is None and lemma == "be" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.SUPPOSING_VERBS:
        # "the attackers were suspected to be Fulani herdsmen", "gunmen believed to be X" (its hedge is on the path);
        # an aside "The assailants, believed to be X fighters, fled" parses as a clause on the noun or as the
        # sentence's own verb with the noun its active subject
        supposed = verb.head
        subj = supposed.head if supposed.dep_ == "acl" else next(
            (c for c in supposed.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subj is None or subj.i in ctx.at or not (
            subj.lower_ in _ATTACKER_PEOPLE or subj.lemma_.lower() in _ATTACKER_PEOPLE
            or subj.lemma_.lower() in _DEFENDANT_NOUNS
            or (subj.lemma_.lower() in _PEOPLE_NOUNS and _courtroom_claim(verb)) or _attacker_pronoun(subj)):
        return None
    if lemma == "belong":
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                     if g.dep_ == "pobj" and any(n.i in ctx.at for n in np_tokens(g))), None)
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None:
        return None
    if (own := _own_members(attr)) is not None and _group_says(ctx, verb):
        # "the bomber was its martyr, Abu Hamza": the speaker's own man, though a name follows (read through the
        # possessive, not the name)
        return next((c for c in own.children if c.dep_ == "poss"), own) if own.ent_type_ == "PERSON" or any(
            c.dep_ == "appos" for c in own.children) else own
    if any(n.i in ctx.at for n in np_tokens(attr)):
        # "the gunmen were members of X (and Y)": the group itself, so each conjunct is read; "the attackers were
        # Boko Haram fighters": the phrase
        return _member_link(ctx, attr) or attr
    return _backer(ctx, attr)


_CONFESSION_VERBS = frozenset({"confess", "admit"})


def _confessed(verb: Token) -> Token | None:
    """"confessed to being members of X", "admitted to belonging to X": the membership clause confessed (a
    confession the captors report is their word: conventions, "The attackers' own word")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CONFESSION_VERBS or negated(verb):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pcomp" and g.lemma_.lower() in {"be", "belong"}), None)


def _group_says(ctx: Context, verb: Token) -> bool:
    """The nearest speech verb above `verb` has no speaker, or a group for speaker: "the bomber was its martyr"
    is a group's own man only in a group's mouth ("Police said the bomber was one of its members" claims
    nothing for the police)."""
    say = next((a for a in verb.ancestors if a.lemma_.lower() in cues.SAY_VERBS), None)
    speaker = actor_of(ctx, subject_of(say)) if say is not None else None
    return speaker is None or speaker.type == "group"


def _own_members(attr: Token) -> Token | None:
    """"the attacker was one of its fighters", "the bombers were our members": the speaker's own men (read
    through the possessive as the speaker), a self-claim when a group says it."""
    own_men = cues.MEMBER_NOUNS | cues.MARTYR_NOUNS

    def own(t: Token) -> bool:  # 'its "martyr" Abu Hamza': the title the parser hangs on the name counts
        return t.lower_ in own_men or t.lemma_.lower() in own_men or any(
            c.dep_ in {"nmod", "compound"} and c.lower_ in cues.MARTYR_NOUNS for c in t.children)

    if not own(attr):
        return None
    ends = [attr, *(g for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj")]
    return next((g for g in ends if own(g) and any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS - {"his", "her", "my"} for c in g.children)), None)


def _attacker_pronoun(subj: Token) -> bool:
    """"A suicide bomber struck ... Police said he belonged to X": "he" or "they" stands for the attacker when
    the nearest earlier subject noun (the salient referent) in this or the sentence before is an attacker."""
    if subj.lower_ not in {"he", "she", "they"}:
        return False
    start = sents_back(subj.doc, subj.sent.start, 1)
    governing = {a.i for a in subj.ancestors}  # "Police said he ...": the speaker is no antecedent
    for t in reversed(subj.doc[start:subj.i]):
        if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"} and t.head.i not in governing:
            return t.lower_ in _ATTACKER_PEOPLE or t.lemma_.lower() in _ATTACKER_PEOPLE
    return False


def _culprit_of(ctx: Context, noun: Token) -> Token | None:
    """"Daesh cells are the most likely culprits", "the army said JNIM was the prime suspect", "the main suspect
    is JNIM": whom a copula names as the doer (the subject, or a named actor as the predicate)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.CULPRIT_NOUNS:
        return None
    if noun.lemma_.lower() == "author" and not any(  # "the authors of this massacre", not "the author of the report"
            c.dep_ == "prep" and c.lower_ == "of" and any(_names_an_act(g) for g in c.children) for c in noun.children):
        return None
    verb = noun.head
    if verb.lemma_.lower() != "be" or verb.pos_ not in {"AUX", "VERB"}:
        return None
    if noun.dep_ == "attr":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues.SAY_VERBS:
            # "said cells of X, which remain active in the desert, were the main suspects": the parser makes the
            # subject the speech verb's object when a relative clause stands between
            subj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        return subj
    if noun.dep_ == "nsubj":  # only an actor named right there: "the suspect was a member of X" is a person
        return next((c for c in verb.children if c.dep_ == "attr" and c.i in ctx.at), None)
    return None


def _patron_help(token: Token) -> bool:
    """"the support of India", "India's backing": the token names whose help it was."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    return token.dep_ in {"pobj", "poss"} and noun.lemma_.lower() in cues.SUPPORT_NOUNS


_KNOWING_NOUNS = frozenset({"knowledge", "acquiescence"})
"""A party's knowing leave for the act ("organised with the knowledge of X's security services"): a charge of
involvement, as "with the support of X" is (only after "with" on a verb of preparing the act, not "to our
knowledge"). Not "approval" / "consent": a strike "carried out with the approval of the Iraqi government" told
by the striker's side is no charge; "connivance" is a support noun (cues.SUPPORT_NOUNS) and takes that path."""
_PREPARING_VERBS = frozenset({"prepare", "organise", "organize", "plan", "plot", "orchestrate", "mastermind",
                              "arrange", "coordinate"})


def _supported_by(ctx: Context, noun: Token) -> list[Token]:
    """"the attack was planned with the support of India", "the bombers acted with Iran's backing": whose help
    the act (or its doers) had is accused of sponsoring it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.SUPPORT_NOUNS | _KNOWING_NOUNS or noun.dep_ != "pobj" \
            or noun.head.lower_ != "with" or noun.head.head.pos_ != "VERB":
        return []
    verb = noun.head.head
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not (_pred_lemma(verb) in cues.AGENT_VERBS or any(
            d.lemma_.lower() in _ATTACKER_NOUNS or d.lower_ in _ATTACKER_NOUNS for d in doers)):
        return []
    named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"] + [c for c in noun.children if c.dep_ == "poss"]
    if noun.lemma_.lower() in _KNOWING_NOUNS:
        # "acted alone, with no knowledge of the authorities": a denial of their part, not a charge; and only the
        # preparing of the act ("organised with the knowledge of"), not a strike carried out with it
        prepared = {verb.lemma_.lower()} | {v.lemma_.lower() for v in verb.conjuncts}
        if any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not", "little"} for c in noun.children) \
                or not prepared & _PREPARING_VERBS:
            return []
        # whose knowledge: a party named by the phrase's own words ("of Iranian security services"), not one
        # owning what was known ("knowledge of the embassy's layout")
        return [g for g in named if g.i in ctx.at or any(
            c.i in ctx.at for c in g.children if c.dep_ in {"amod", "compound"})]
    return [g for g in named if any(n.i in ctx.at for n in np_tokens(g))]


_BEAR_FORMS = frozenset({"bear", "bears", "bore", "borne", "bearing"})
_RESPONSIBILITY_DEGREES = frozenset({"full", "sole", "primary", "ultimate", "direct", "overall", "entire", "the",
                                     "moral", "collective", "main", "principal", "chief", "any", "no"})


def _responsibility_borne(ctx: Context, noun: Token) -> tuple[Token, Token] | None:
    """"The army said the M23 bore full responsibility", "Iran bears responsibility for arming the Houthis": who
    bears the responsibility for the act (or for backing its doers) is accused of it, as "was responsible" is.
    (predicate, bearer). Read from the words, since the parser often takes "bore" for a noun or a modifier."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "responsibility":
        return None
    doc, i = noun.doc, noun.i - 1
    while i > noun.sent.start and doc[i].lower_ in _RESPONSIBILITY_DEGREES:
        i -= 1
    bear = doc[i]
    if bear.lower_ not in _BEAR_FORMS or i <= noun.sent.start:
        return None
    bearer = next((c for c in bear.children if c.dep_ == "nsubj"), None)
    if bearer is None:  # "the M23 bore ...": the name just before, past an auxiliary or an adverb
        j = i - 1
        while j > noun.sent.start and doc[j].pos_ in {"AUX", "ADV", "PART"}:
            j -= 1
        bearer = doc[j] if j in ctx.at else None
    if bearer is None or actor_of(ctx, bearer) is None:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:  # "for the killings", "for it"; "for arming the Houthis"; not "for the crisis"
                if g.dep_ == "pobj" and not (_names_an_act(g) or g.pos_ == "PRON"):
                    return None
                if g.dep_ == "pcomp" and not (_pred_lemma(g) in cues.AGENT_VERBS | cues.GROUP_ACT_VERBS
                                              or _backs_the_doers(g, ctx)):
                    return None
    return (bear if bear.pos_ in {"VERB", "AUX"} else noun), bearer


_SUPPLY_VERBS = frozenset({"supply", "provide", "send", "deliver", "give", "smuggle", "furnish", "ship"})


def _arms_the_act(verb: Token) -> bool:
    """"supplied the drones used in the attack", "the drones that hit the tanker", "had sent him the explosives":
    the weapons handed over are this attack's (tied to the act, or given to the attacker), so the giver sponsors
    it (conventions: sponsors); "supplied drones to the army" is trade or war, no attribution."""
    weapons = [c for c in verb.children if c.dep_ == "dobj"
               and (c.lower_ in _WEAPON_NOUNS | _EXPLOSIVE_NOUNS or c.lemma_.lower() in _WEAPON_NOUNS)]
    for w in weapons:
        for c in w.children:
            if c.dep_ in {"acl", "relcl"} and (
                    (c.lemma_.lower() == "use" and any(_names_an_act(g) for p in c.children if p.dep_ == "prep"
                                                       for g in p.children if g.dep_ == "pobj"))
                    or (c.lemma_.lower() in cues.GROUP_ACT_VERBS and not negated(c))):
                return True
        if any(d.lower_ == "the" for d in w.children) and any(
                c.dep_ == "dative" and c.lower_ in {"him", "them", "her"} for c in verb.children):
            return True  # "had sent him the explosives", said of the attacker
    helps = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.SUPPORT_NOUNS]
    if not helps:
        return False
    # "provided direct support to the rebels during the attacks": help given in the act itself
    takers = [g for c in [*verb.children, *helps[0].children] if c.lower_ == "to" for g in c.children
              if g.dep_ == "pobj"]
    return any(p.dep_ == "prep" and p.lower_ in {"during", "in", "for"} and any(
        g.dep_ == "pobj" and _names_an_act(g) for g in p.children)
        for h in [*helps, verb, *takers] for p in h.children)


def _hedged_doer(agent: Token) -> bool:
    """"Suspected Boko Haram fighters killed six farmers, the army said", "the alleged attackers": a doer named
    with the writer's distance (DESIGN's "suspected") is a hedged attribution, however the tagger read the
    word ("Suspected" as part of a name). "The gunmen were suspected members of X (and Y)": the group is read
    through the members the copula names, which carry the hedge."""
    members = agent
    while members.dep_ == "conj":
        members = members.head
    # "were suspected members of X", and "arrested three suspected members of X" (the members the arrest names)
    if members.dep_ == "pobj" and members.head.lower_ == "of" and members.head.head.dep_ in {"attr", "dobj"} \
            and members.head.head.lower_ in _MEMBER_LINK_NOUNS:
        agent = members.head.head
    return any(w.lower_ in cues.DOER_HEDGES for w in agent.subtree if w.i < agent.i)


_TENTATIVE_INVOLVEMENT = cues.TENTATIVE_INVOLVEMENT_MODIFIERS


def _tentative_role(pred: Token) -> bool:
    """A suspect, or a "likely" or "main" culprit, is a hedged attribution; "X were the culprits" is firm. So is a
    "possible" or "suspected" role ("looking into the possible involvement of X", "X's suspected role"); "X's role"
    alone is firm."""
    if _involvement(pred):
        return any(c.dep_ == "amod" and c.lower_ in _TENTATIVE_INVOLVEMENT for c in pred.children)
    if pred.pos_ != "NOUN" or pred.lemma_.lower() not in cues.CULPRIT_NOUNS:
        return False
    return pred.lemma_.lower() == "suspect" or any(
        c.dep_ == "amod" and c.lower_ in cues.TENTATIVE_ROLE_MODIFIERS for c in pred.children)


def _involvement(token: Token) -> bool:
    """"Iran's role", "Israel's hand in": not "their own hands" ("take the law into their own hands"), nor "parts"
    (pieces or areas: "the busiest parts of our city", "parts of the detonator"; a role is "a part in")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.INVOLVEMENT_NOUNS or token.lower_ in {"hands", "parts"}:
        return False
    return not any(c.dep_ == "amod" and c.lower_ == "own" for c in token.children)


_CHARGED_HARM_VERBS = cues.CHARGED_HARM_VERBS
_UNARMED_VICTIMS = cues.CAPTIVE_NOUNS | cues.KIN_SPEAKERS | _PEOPLE_NOUNS | cues.LIVELIHOOD_NOUNS | {
    "protester", "protestor", "demonstrator", "worker", "child"}


def _forces_charged(speaker: ActorRef | None, agent: ActorRef, pred: Token) -> bool:
    """'"The army killed my son," his mother said', "villagers said soldiers shot dead three civilians": a private
    person (kin, residents, witnesses) who says a state's forces harmed unarmed people accuses that state
    (DESIGN: the source says the subject did it). Its own officials' word of an operation stays none."""
    if speaker is None or speaker.type != "person" or speaker.affiliation not in {None, speaker.actor} \
            or agent.type != "state" or pred.lemma_.lower() not in _CHARGED_HARM_VERBS:
        return False
    victim = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if victim is None or not (victim.lower_ in {"him", "her"} or victim.lemma_.lower() in _UNARMED_VICTIMS
                              or victim.lower_.removesuffix("men") + "man" in _UNARMED_VICTIMS):
        return False  # "herdsmen", "fishermen" the tagger may leave unlemmatised
    # the story tells the forces' act itself ("Soldiers opened fire on protesters"); after an attack by others the
    # charge is over another killing (conventions: a charge against the forces is not the toll)
    return _forces_act_told(pred)


def _forces_act_told(pred: Token) -> bool:
    """The sentences before tell the forces harming people ("Soldiers opened fire on protesters", "he was shot
    dead by police at a checkpoint")."""
    for t in pred.doc[:pred.sent.start]:
        if not cues.SECURITY_FORCE_NOUNS & {t.lower_, t.lemma_.lower()}:
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else t.head if t.dep_ == "nsubj" else None
        if verb is not None and verb.lemma_.lower() in _CHARGED_HARM_VERBS | {"open", "fire"} \
                and not _on_armed_men(verb):
            return True
    return False


def _failure_charged(speaker: ActorRef | None, agent: ActorRef, pred: Token) -> bool:
    """'"The police ignored the warnings. They are responsible for my brother's death," his sister said': a private
    person (kin, residents, witnesses) who holds the state's police or forces responsible for a loss or a failure
    (a "for" object that names no act: "my brother's death", "the lapse"), in a story that tells no act of theirs,
    charges them with failing to protect, not with the attack. Responsible "for the massacre" (or with no "for")
    still accuses them."""
    if speaker is None or speaker.type != "person" or speaker.affiliation not in {None, speaker.actor} \
            or agent.type != "state" or not cues.SECURITY_FORCE_NOUNS & set(agent.text.lower().split()):
        return False
    if pred.lemma_.lower() not in {"be", "hold"}:
        return False  # "his family accused police of killing him" charges them with the killing itself (session 14)
    held_for = next((g for h in [pred, *(c for c in pred.children if c.dep_ in {"acomp", "oprd"})]
                     for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if g.dep_ == "pobj"), None)  # on "responsible" or on "held"
    if held_for is None or _names_an_act(held_for) or held_for.pos_ == "PRON" or _the_violence_told(held_for):
        return False
    return not _forces_act_told(pred)


_ARMED_MEN = cues.ARMED_FIGHTER_NOUNS | cues.GENERIC_PERPETRATORS | {"commander", "commanders", "militant", "fighter",
                                                                     "insurgent", "jihadist", "terrorist", "gunman"}


def _on_armed_men(verb: Token) -> bool:
    """"Troops killed a senior militant commander": the forces' act on armed men is an operation, which tells no
    act on civilians a private charge could be about."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and any(w.lower_ in _ARMED_MEN for w in c.subtree)
               for c in verb.children)  # "two militants were shot dead by troops"


def _security_operation(pred: Token, agent_tok: Token) -> bool:
    """"Our special forces carried out the final operation": security forces' response (a raid, a rescue,
    a counter-attack) is not the attack it answers."""
    forces = cues.SECURITY_FORCE_NOUNS
    if agent_tok.lemma_.lower() not in forces and agent_tok.lower_ not in forces:
        return False
    ops = cues.RESPONSE_OPERATIONS
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in ops or c.lower_ in ops) for c in pred.children)


def _answering_fire(pred: Token) -> bool:
    """'"Our officers fired in self-defence," the police said', "troops fired back": a state's forces owning their
    answer to the attackers claim no part of the attack. Only shooting answers so: "carried out the strikes in
    response to the attack" or "fired missiles in retaliation" owns the strikes."""
    if pred.lemma_.lower() not in cues.ANSWERING_FIRE_VERBS or any(
            c.dep_ == "dobj" and c.lower_ not in cues.FIRE_OBJECTS for c in pred.children):
        return False
    for c in pred.children:
        if c.dep_ in {"prt", "advmod"} and c.lower_ == "back":
            return True
        if c.dep_ == "prep" and c.lower_ in {"in", "out"} and any(
                _response_marker(g) for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _response_marker(token: Token) -> bool:
    """"in response", "in retaliation", "in self-defence" (read as "defence" with "self" before it), not bare
    "in defence" (of a town, of its people)."""
    if token.lower_ in cues.RESPONSE_MARKERS:
        return True
    return token.lower_ in {"defence", "defense"} and any(c.lower_ == "self" for c in token.children)


_EXPLOSIVE_NOUNS = frozenset({"bomb", "bombs", "device", "devices", "explosive", "explosives", "ied", "ieds",
                              "charge", "charges", "mine", "mines"})


def _pred_lemma(token: Token) -> str:
    """The predicate's lemma, with the tagger's slips mended ("staging" -> "stag") and "placed the bomb"
    read as "planted the bomb"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return lemma
    if token.lower_ in {"staging", "staged", "stages"}:
        return "stage"
    if lemma == "place" and any(c.dep_ == "dobj" and c.lower_ in _EXPLOSIVE_NOUNS for c in token.children):
        return "plant"
    return _phrasal_act(token, lemma)


_PEOPLE_OBJECTS = frozenset({"people", "civilians", "soldiers", "hostages", "captives", "prisoners", "men", "women",
                             "villagers", "christians", "muslims", "workers", "officers", "policemen", "troops"})


def _phrasal_act(token: Token, lemma: str) -> str:
    """Attack verbs wire copy writes as a phrase or with a sense of their own: "set off a bomb" detonates it,
    "blew up a bridge" bombs it, "set fire to a church" torches it, "executed 11 hostages" kills them
    ("executed the attack" stays "execute")."""
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    objs = [c for c in token.children if c.dep_ == "dobj"]
    if lemma == "set" and "off" in particles and any(o.lower_ in _EXPLOSIVE_NOUNS for o in objs):
        return "detonate"
    if lemma == "blow" and "up" in particles and objs:
        return "bomb"
    if lemma == "set" and _sets_on_fire(token):
        return "torch"
    if lemma == "burn" and any(o.lower_ in _BURNT_BRIDGES and any(c.dep_ == "poss" for c in o.children) for o in objs):
        return "burn-bridges"  # "said it had burned its bridges with the government": an idiom, no arson
    if lemma == "execute" and any(o.lower_ in _PEOPLE_OBJECTS or o.ent_type_ in {"PERSON", "NORP"}
                                  or any(n.dep_ == "nummod" for n in o.children) for o in objs):
        return "kill"
    return lemma


_BLAZE_WORDS = frozenset({"ablaze", "alight", "aflame"})
_BURNT_BRIDGES = frozenset({"bridges", "boats"})


def _sets_on_fire(token: Token) -> bool:
    """"set fire to a church", "set the church on fire", "set a market ablaze / alight": arson in its phrase
    form (the parser hangs "ablaze" and "alight" on "set" as an object or an adverb)."""
    for c in token.children:
        if c.lower_ in _BLAZE_WORDS or (c.dep_ == "dobj" and c.lower_ == "fire"):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children):
            return True
    return False


def _about_the_act(verb: Token, ctx: Context | None = None) -> bool:
    """"blamed X for the attack" yes; "blamed X for the insecurity" / "for ignoring warnings" no. The parser may
    hang the charge on the accused ("accused the police of negligence"); a name there ("members of X") is none."""
    accused = [c for c in verb.children if c.dep_ == "dobj"]
    # "held the forces responsible for failing to protect them": a failure named on "responsible" (on the verb or
    # on its object) is negligence, as "blamed them for failing" is; "responsible for the deaths" still accuses
    held = [r for h in [verb, *accused] for r in h.children if r.lower_ == "responsible"]
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(
            (g.dep_ == "pcomp" and g.lemma_.lower() in _FAILING_VERBS) or (g.dep_ == "pobj" and g.lower_ in _FAULTS)
            for g in c.children) for r in held for c in r.children):
        return False
    for c in [*verb.children, *(p for o in accused for p in o.children)]:
        if c.dep_ == "prep" and c.lower_ in {"for", "of"}:
            if c.head.i != verb.i and (ctx is None or any(
                    g.pos_ == "PROPN" or any(w.i in ctx.at for w in g.subtree) or g.lemma_.lower() in cues.MEMBER_NOUNS
                    for g in c.children)):  # "a faction of the former FARC rebels": a name, not a charge
                continue
            for g in c.children:
                if g.dep_ == "pobj":
                    return _names_an_act(g) or g.pos_ == "PRON" or _backs_the_doers(g, ctx) or _the_violence_told(g)
                if g.dep_ == "pcomp":
                    return _pred_lemma(g) in cues.AGENT_VERBS | cues.GROUP_ACT_VERBS | {"be"} \
                        or _backs_the_doers(g, ctx)
    return True


_FAILING_VERBS = frozenset({"fail", "neglect", "ignore", "allow", "let"})
"""What a party held responsible "for failing / neglecting / ignoring / allowing" did: a failure, not the act."""

_VIOLENCE_TOLD = frozenset({"violence", "bloodshed", "carnage"})


def _the_violence_told(noun: Token) -> bool:
    """"blamed Fulani herdsmen for the violence", "for Sunday's bloodshed": the definite violence of a story about
    an attack is that attack; not violence placed or spread wider ("the violence in the region", "years of
    violence", "the violence that has plagued the state")."""
    if noun.lower_ not in _VIOLENCE_TOLD:
        return False
    if not any(c.dep_ in {"det", "poss"} and (c.lower_ in {"the", "this", "that"} or c.dep_ == "poss")
               for c in noun.children):
        return False
    if any(t.lower_ == "since" for t in noun.subtree):
        return False  # "the violence that has killed 35,000 people since 2009": a span of years, not the attack
    return not any(c.dep_ == "prep" and c.lower_ in {"in", "across", "over", "since", "throughout", "between",
                                                     "against", "among"}
                   or c.dep_ == "relcl" and (c.lemma_.lower() in {"plague", "grip", "rock", "engulf", "ravage"}
                                             or _tells_a_running_toll(c))
                   or c.dep_ == "amod" and c.lower_ in {"recent", "ongoing", "continuing", "sectarian", "ethnic",
                                                       "communal", "political", "widespread"}
                   for c in noun.children)


def _tells_a_running_toll(verb: Token) -> bool:
    """ "the violence, which has claimed hundreds of lives": a relative clause in the perfect, or one that counts
    the dead, tells violence running over time (not "which they said was linked to land", a cause of this one)."""
    return any(t.pos_ in {"VERB", "AUX"} and (t.lemma_.lower() in {"kill", "claim", "cost", "displace", "leave"}
                                            and t.dep_ not in {"aux", "auxpass"}
                                            or any(a.dep_ == "aux" and a.lower_ in {"has", "have", "had"}
                                                   for a in t.children))
               for t in verb.subtree)


def _backs_the_doers(verb: Token, ctx: Context | None = None) -> bool:
    """"accused India of backing the attackers", "of financing the bombers", "of supporting the group" (the one
    just named), "of arming the Houthis" (a group the text has said did it): sponsoring this attack's doers (not
    "of backing terrorism" at large)."""
    if _backing_lemma(verb) not in _BACKING_VERBS:
        return False
    # "of arming and training the attackers": the last of coordinated gerunds carries the shared object
    objects = [c for v in [verb, *verb.conjuncts] if _backing_lemma(v) in _BACKING_VERBS for c in v.children]
    return any(c.dep_ == "dobj" and _this_acts_doers(c, ctx) for c in objects)


def _this_acts_doers(c: Token, ctx: Context | None) -> bool:
    """"the attackers", "the gunmen", "the group" named before, a group the text has said did it: this attack's
    doers, whom a sponsor backed (not "terrorism" or "the Houthis" at large)."""
    return c.lower_ in _ATTACKER_NOUNS or c.lemma_.lower() in _ATTACKER_NOUNS \
        or (c.lower_ in cues.GENERIC_PERPETRATORS and any(d.lower_ == "the" for d in c.children)) \
        or (ctx is not None and _named_group_before(ctx, c)) or (ctx is not None and _said_doer(ctx, c))


def _support_given_to_the_doers(ctx: Context, noun: Token) -> Token | None:
    """"Tehran's support for the attackers", "the backing of Kabul for the bombers", "Kabul's backing of the
    gunmen": help named as a noun, given to this attack's doers, accuses its giver as the sponsor (CAMEO 112), as
    "accused Iran of backing the attackers" does; the reporting verb above gives the speaker."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.SUPPORT_NOUNS:
        return None
    named = noun.head if noun.dep_ in {"oprd", "dobj"} and noun.head.lemma_.lower() in cues.BRANDING_VERBS else noun
    # "what they called Kabul's help to the gunmen": the parser may hang the helped on the naming verb
    preps = {c.lower_: g for h in {noun, named} for c in h.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj"}
    giver = next((c for c in noun.children if c.dep_ == "poss"), None)
    helped = [preps.get("for"), preps.get("to")] + ([preps.get("of")] if giver is not None else [])
    if giver is None:
        giver = preps.get("of") if preps.get("for") is not None or preps.get("to") is not None else None
    if giver is None or not any(n.i in ctx.at for n in np_tokens(giver)):
        return None
    return giver if any(h is not None and _this_acts_doers(h, ctx) for h in helped) else None


def _backing_lemma(token: Token) -> str:
    """The verb of a gerund the parser may tag as a noun ("of training and financing the gunmen": "training")."""
    lemma = token.lemma_.lower()
    if token.tag_ in {"NN", "VBG"} and lemma.endswith("ing") and lemma not in _BACKING_VERBS:
        stem = lemma[:-3]
        return stem if stem in _BACKING_VERBS else stem + "e"
    return lemma


def _named_group_before(ctx: Context, token: Token) -> bool:
    """"the group", "the militants" pointing back to an armed group the text named before."""
    return token.lower_ in cues.GROUP_ANAPHORS and any(d.lower_ == "the" for d in token.children) and any(
        m.ref.type == "group" and m.ref.evidence.start < token.idx for m in ctx.mentions)


def _said_doer(ctx: Context, token: Token) -> bool:
    """The token names a group that an earlier statement of the text says did (or claims) the attack."""
    m = ctx.at.get(token.i)
    if m is None or m.ref.type != "group":
        return False
    return any(r.kind == "responsibility" and r.polarity == "affirm" and r.subject is not None
               and r.subject.actor == m.ref.actor for r in ctx.raws)


_SPAN_WORDS = frozenset({"year", "years", "month", "months", "decade", "decades", "century"})
_SPEECH_LEMMAS = cues.SAY_VERBS | cues.DENY_VERBS | cues.ACCUSE_VERBS | cues.CLAIM_VERBS | {"be", "have", "do"}


def _over_a_period(pred: Token) -> bool:
    """"has killed more than 1,000 civilians since 2019", "over the past decade", "in recent years": a tally
    of the actor's conduct over a period that holds many attacks is no statement about this one. The time spent
    plotting one act is not such a period: "had planned the assault for months" is about this assault."""
    if pred.lemma_.lower() in cues.PLOT_VERBS and any(
            c.dep_ == "dobj" and _names_an_act(c) and c.tag_ == "NN" and any(
                d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in {"the", "this", "that"}) for d in c.children)
            for c in pred.children):
        return False
    for c in pred.children:
        low = c.lower_
        if c.dep_ == "prep" and low in {"since", "over", "in", "during", "for"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                continue
            words = {w.lower_ for w in obj.subtree}
            if low == "since" and any(w.isdigit() and len(w) == 4 for w in words):
                return True
            if obj.lower_ in _SPAN_WORDS and (low == "for" or words & {"past", "last", "recent"}):
                return True
    return False


def _habitual(pred: Token) -> bool:
    """"Analysts said the group uses front names to distance itself from attacks": conduct told in the present
    simple of a verb that reports no statement is a habit, not this attack. Not in a headline (the first
    sentence), where the present tells past news ("Taliban storm base")."""
    t = pred
    while True:
        if t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBZ", "VBP"} and not any(
                c.dep_ in {"aux", "auxpass"} for c in t.children):
            # "The government holds X responsible": a present statement, not a habit
            # "We know nothing about this attack": knowing is a state the speaker is in, no habit
            return t.lemma_.lower() not in _SPEECH_LEMMAS | {"know"} and not holds_responsible(t) \
                and t.sent.start > 0 \
                and not (t.lemma_.lower() == "bear" and any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"
                                                            for c in t.children))  # "X bears responsibility"
        if any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "MD", "VBZ", "VBP"} for c in t.children) \
                or t.tag_ == "VBD":
            return False  # a finite verb in another tense decides
        if t.dep_ not in {"xcomp", "advcl", "conj"} or t.head.i == t.i:
            return False
        t = t.head


_FREQUENCY_WORDS = cues.HABITUAL_ADVERBS | {"repeatedly", "previously", "before"}
_EARLIER_ACTS = frozenset({"similar", "previous", "past", "earlier", "such", "numerous", "frequent", "repeated",
                           "countless", "other", "many", "prior"})


def background_conduct(pred: Token) -> bool:
    """"Boko Haram often attacks crowded places", "has carried out similar attacks in the past", "has killed
    1,000 people since 2019": the actor's record or habits, told as background, are no statement that it did
    this attack."""
    if _over_a_period(pred) or _habitual(pred) or _past_in_coordination(pred):
        return True
    for c in pred.children:
        if c.dep_ in {"advmod", "npadvmod"} and c.lower_ in _FREQUENCY_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ == "past" for g in c.children):
            return True  # "in the past"
        if c.dep_ in {"dobj", "nsubjpass"} and _names_an_act(c) and any(
                m.dep_ in {"amod", "det", "predet"} and m.lower_ in _EARLIER_ACTS for m in c.children):
            return True  # "similar attacks", "such attacks", "other bombings"
    return False


def _practice_denied_before(verb: Token | None, act: Token) -> bool:
    """"The group has previously denied targeting civilians", "has in the past denied attacking aid workers": a
    denial said before, of a practice (a gerund over bare plurals), is the group's record, not a denial of this
    attack ("has repeatedly denied carrying out the bombing" still denies it)."""
    if verb is None or verb.lemma_.lower() not in cues.DENY_VERBS or not background_conduct(verb):
        return False
    if act.tag_ != "VBG" or act.head.i != verb.i:
        return False
    objects = [c for c in act.children if c.dep_ in {"dobj", "pobj"}]
    return bool(objects) and all(o.tag_ == "NNS" and not any(
        c.dep_ in {"det", "poss", "nummod", "predet"} for c in o.children) for o in objects)


def _past_in_coordination(pred: Token) -> bool:
    """"The Taliban have in the past accused vaccinators of spying and have claimed attacks on them": "in the past"
    (or "previously", "repeatedly") said of the first of coordinated verbs that share a subject holds for the
    second too, however the parser attached the phrase."""
    t = pred
    while t.dep_ == "conj" and t.head.i != t.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
        t = t.head
    if t is pred:
        return False
    own = {w.i for w in pred.subtree}
    words = [w for w in t.subtree if w.i not in own and w.i < pred.i]
    for w in words:
        if w.lower_ in _FREQUENCY_WORDS and w.pos_ == "ADV":
            return True
        if w.lower_ == "past" and w.i >= 2 and w.nbor(-1).lower_ == "the" and w.nbor(-2).lower_ == "in":
            return True
    return False


def _bare_record(verb: Token, act: Token) -> bool:
    """"The BLA has claimed attacks on them": a bare plural of acts (no article, count or date) after a perfect
    names the group's record of such attacks, not this one."""
    if act.tag_ != "NNS" or not _names_an_act(act) or any(
            c.dep_ in {"det", "poss", "nummod", "predet"} for c in act.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    return not any(w.ent_type_ in {"DATE", "TIME"} for w in verb.subtree)


def _claims_earlier_acts(verb: Token) -> bool:
    """"claimed a similar ambush in the region last year", "claimed responsibility for previous attacks", "a
    similar bombing claimed by X", "has claimed numerous attacks": the acts claimed are others than this one."""
    if verb.pos_ == "NOUN":
        return False
    if background_conduct(verb):
        return True
    acts = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    if verb.dep_ == "acl":
        acts.append(verb.head)
    acts += [g for h in [verb, *acts] for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]
    return any(_names_an_act(a) and any(m.dep_ in {"amod", "det", "predet"} and m.lower_ in _EARLIER_ACTS
                                        for m in a.children) for a in acts) \
        or any(_bare_record(verb, a) for a in acts if a.dep_ in {"dobj", "nsubjpass"} or a.head.lower_ == "for")


def _reported_relative(token: Token) -> Token | None:
    """"blamed al-Shabaab, which he said was behind a bombing", "members of JNIM, which they said carried out
    an ambush": a relative pronoun that is the subject of a clause reported inside the relative clause stands
    for the noun the relative clause hangs on."""
    if token.lower_ not in {"which", "who", "that"} or token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    t = token.head
    while t.dep_ == "ccomp" and t.head.i != t.i:
        t = t.head
        if t.dep_ == "relcl" and t.pos_ == "VERB" and t.lemma_.lower() in cues.SAY_VERBS:
            return t.head
    return None


def _outer_speaker(ctx: Context, antecedent: Token, frame: Frame) -> Frame | None:
    """"Police arrested members of JNIM, which they said carried out an ambush": the pronoun that reports about
    the antecedent is not the antecedent itself but the subject of the clause the antecedent belongs to."""
    t = antecedent
    while t.head.i != t.i and t.pos_ not in {"VERB", "AUX"}:
        t = t.head
    ref = actor_of(ctx, subject_of(t))
    if ref is None or speaks_for(ref) == speaks_for(frame.speaker):
        return None
    return Frame(ref, frame.verb, frame.deny, frame.hedged, frame.path)


def _from_origin(ctx: Context, agent: ActorRef, pred: Token) -> ActorRef | None:
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


_CONDUCT_WORDS = frozenset({"armed", "terrorist", "militant", "jihadist", "extremist", "criminal", "insurgent"})


def _responsibility(ctx: Context, si: int, sent: SpacySpan, used: set[int]) -> None:
    for pred, agent_tok, is_negated in _agent_candidates(ctx, sent, used):
        generic = agent_tok.lemma_.lower() in cues.GENERIC_PERPETRATORS or agent_tok.lower_ in cues.GENERIC_PERPETRATORS
        # "terrorist elements affiliated with X", "a cell linked to the PKK", "a PKK-linked cell", and a group named
        # by its conduct ("armed groups affiliated with JNIM", "the armed terrorist groups linked to X")
        generic = generic or agent_tok.lemma_.lower() in {"element", "cell"} or (
            agent_tok.lemma_.lower() == "group" and any(
                c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _CONDUCT_WORDS for c in agent_tok.children))
        if generic and agent_tok.i not in ctx.at and (backer := _backer(ctx, agent_tok)) is not None:
            agent_tok = backer  # "terrorists linked to X": an accusation of X
        if agent_tok.lemma_.lower() in cues.GENERIC_PERPETRATORS and agent_tok.i not in ctx.at:
            continue
        if agent_tok.lower_ in cues.SUPPORTER_NOUNS and agent_tok.i not in ctx.at:
            agent_tok = _backed_side(ctx, agent_tok) or agent_tok  # "supporters of the ruling party": the party
        phrase = agent_tok  # the doer's whole phrase, which carries its hedge ("suspected X fighters, not Y")
        if agent_tok.i not in ctx.at and _set_aside(agent_tok):
            # "bandits, not Boko Haram, did it": the one set aside is cleared (its own candidate), and the phrase
            # names no one else; "Boko Haram fighters, not bandits": the phrase's own named modifier is the doer
            agent_tok = next((c for c in phrase.lefts if c.dep_ in {"compound", "nmod", "poss", "amod"}
                              and c.i in ctx.at), None)
            if agent_tok is None:
                continue
        antecedent = _reported_relative(agent_tok)
        agent_tok = antecedent or agent_tok
        accusation = agent_tok.i != pred.i and agent_tok.head.dep_ in {"prep", "agent"} and \
            agent_tok.head.head.lemma_.lower() in _BACKING_VERBS and agent_tok.head.head.dep_ == "acl"
        # "its backers in Tehran", "its Iranian backers": a patron named beside the doers is accused as one
        accusation = accusation or _patron_help(agent_tok) or patron_seat(agent_tok) or (
            agent_tok.dep_ in {"amod", "compound"} and agent_tok.head.lower_ in cues.PATRON_NOUNS)
        lemma = _pred_lemma(pred)
        accuse = pred.pos_ == "VERB" and (lemma in {"accuse", "blame", "implicate", "attribute", "finger", "hold",
                                                    "suspect", "point", "link"}
                                          or (lemma in cues.EXCLUDE_VERBS and agent_tok.head.i == pred.i))
        frame = frame_of(ctx, si, pred, include_start=accuse)
        if pred.pos_ == "VERB" and lemma in _HELD_VERBS and frame.verb is None:
            arrester = actor_of(ctx, subject_of(pred))  # "Police arrested a member of X": the police accuse X
            if arrester is not None:
                frame = Frame(arrester, pred, False, has_hedge(modifiers(pred)), [pred])
        if frame.speaker is None:
            frame = _evidence_frame(ctx, pred) or frame
        if frame.speaker is None:
            frame = _analysts_blame(ctx, pred) or frame
        if frame.speaker is None and lemma in _DESCRIBING_VERBS and pred.pos_ == "VERB" and any(
                g.lower_ in cues.PLANNER_NOUNS for c in pred.children if c.lower_ == "as" for g in c.children):
            namer = actor_of(ctx, subject_of(pred))  # "Police identified X, a TTP commander, as the planner of ..."
            if namer is not None:
                frame = Frame(namer, pred, False, has_hedge(modifiers(pred)), [pred])
        if frame.speaker is None and _act_called_work(pred):
            namer = actor_of(ctx, subject_of(pred))  # 'The police chief called the bombing "the work of X"'
            if namer is not None:
                frame = Frame(namer, pred, False, has_hedge(modifiers(pred)), [pred])
        if frame.speaker is None and pred.pos_ == "NOUN" and act_named_as(pred):
            caller = next((h for h in (pred.head, pred.head.head) if h.pos_ == "VERB"
                           and h.lemma_.lower() in cues.BRANDING_VERBS), None)
            namer = actor_of(ctx, subject_of(caller)) if caller is not None else None
            if namer is not None:  # 'The minister called the bombing "a RAW operation"', parsed as an apposition
                frame = Frame(namer, caller, False, has_hedge(modifiers(caller)), [pred, caller])
        called_wrong = accuse and _blame_taken_back(pred)
        if frame.speaker is None and called_wrong:
            regret = pred.head.head if pred.head.lower_ == "for" else pred.head  # "he apologised for blaming X"
            sorry = actor_of(ctx, subject_of(regret))
            if sorry is not None:
                frame = Frame(sorry, regret, False, False, [regret])
        if frame.speaker is None:
            continue
        agent = actor_of(ctx, agent_tok, speaker=frame.speaker)
        if agent is None:
            continue
        if antecedent is not None and speaks_for(frame.speaker) == speaks_for(agent):
            frame = _outer_speaker(ctx, antecedent, frame)
            if frame is None:
                continue
        if lemma in {"come", "originate"} or (lemma in {"launch", "fire"} and any(
                c.lower_ == "from" for c in pred.children)):
            agent = _from_origin(ctx, agent, pred)
            if agent is None:
                continue
        if agent.type == "person" and agent.affiliation == agent.actor:
            continue
        if lemma in _HELD_VERBS and pred.pos_ == "VERB" and speaks_for(frame.speaker) == _subject_ref(agent).actor:
            continue  # "three X members were arrested over the raid", told by no one: X claims nothing by it
        if _failure_charged(frame.speaker, agent, pred):
            continue
        if not _unaware_side(ctx, pred, agent):
            continue
        if unnamed_voice(agent):
            continue  # "sources" or "media reports" report an act, they do none ("... targeted for their links")
        if agent.type == "person" and speaks_for(frame.speaker) == _subject_ref(agent).actor and any(
                w.lower_ in cues.PLANNER_NOUNS for w in pred.subtree):
            continue  # a planner's own side naming him ("It described him as the mastermind"): no one else's word
        if _subject_ref(agent).type == "state" and pred.pos_ == "VERB" and lemma in cues.AGENT_VERBS \
                and (_security_operation(pred, agent_tok) or _answering_fire(pred)):
            continue
        own_side = speaks_for(frame.speaker) == _subject_ref(agent).actor
        if (lemma in cues.GROUP_ACT_VERBS or lemma in cues.RELEASE_VERBS) and pred.pos_ == "VERB" \
                and _subject_ref(agent).type != "group" and not accusation and not _weapon_used(pred) \
                and not _forces_charged(frame.speaker, agent, pred) \
                and not (frame.deny != is_negated and own_side and not _intent_only(pred)) \
                and not (frame.deny == is_negated and own_side and _subject_ref(agent).type == "state"
                         and _strikes_the_told_target(pred)):
            # a state "struck" is its own war; "militants backed by X struck" accuses X; a state denying its own
            # side did it ("Israel denied striking the hospital", "the army said it had not shelled the village")
            # denies the act laid on it, as "denied any involvement" does; a group's outlet: "Amaq ... its fighters".
            # "Had not struck the hospital deliberately" denies the intent and grants the strike: no denial, and no
            # claim either (its war, as "struck" is); but a state that says it struck the very target the story
            # tells ("The Israeli military said it struck the clinic because ...") owns that act: its self-claim,
            # as "we fired the rockets" is
            continue
        if pred.pos_ == "VERB" and background_conduct(pred):
            continue
        if _practice_denied_before(frame.verb, pred):
            continue
        # the accusation called wrong by its speaker (not by the writer: "police wrongly blamed X" still blamed)
        taken_back = called_wrong and pred.dep_ != "ROOT"
        deny = frame.deny != (is_negated != taken_back)
        hedged = frame.hedged or has_hedge(modifiers(pred)) or _clue_points_to(ctx, pred) is not None \
            or (_tentative_role(pred) and not (deny and _involvement(pred))) or _hedged_doer(agent_tok) \
            or _hedged_doer(phrase)
        # ("ruled out the possible involvement of India", "there was no possible involvement of X": a firm denial)
        if _counterfactual_side(ctx, pred) is not None:
            hedged = False  # the argument's "if" and "would" hedge nothing: the speaker rules the group out
        if pred.pos_ == "NOUN" and pred.lemma_.lower() in cues.ACT_NOUNS and frame.verb is None \
                and according_to(ctx.sents[si]) is None and not _reported(pred):
            continue
        for speaker in [frame.speaker, *frame.also]:
            if not deny and (accusation or lemma not in cues.AGENT_VERBS | cues.GROUP_ACT_VERBS):
                speaker = _not_the_accused(ctx, speaker, _subject_ref(agent))
            _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(agent),
                  "deny" if deny else "affirm", hedged, frame.verb or pred)
        # "rejected India's allegation that Pakistan was behind": the allegation itself is a claim too.
        for t in frame.path:
            if t.pos_ == "NOUN" and t.lower_ in cues.STATEMENT_NOUNS and t is not frame.verb:
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                inner = actor_of(ctx, poss)
                if inner is not None:
                    _emit(ctx, si, "responsibility", _source_ref(inner), _subject_ref(agent), "affirm",
                          has_hedge(modifiers(pred)), t)
        # Self-denial phrased with a role noun: "Iran denied any involvement".
    for t in sent:
        lemma = t.lemma_.lower()
        if verbal(t) and lemma in cues.DENY_VERBS and not negated(t):
            objs = [c for c in t.children if c.dep_ == "dobj"]
            for o in objs:
                # "in the land case" hung on the object or on the verb
                about = [g for c in [*o.children, *t.children] if c.dep_ == "prep" and c.lower_ in {"in", "for", "with"}
                         for g in c.children if g.dep_ == "pobj" and not _medium(g)]
                if about and not any(g.lemma_.lower() in cues.ACT_NOUNS or g.pos_ == "PRON" for g in about):
                    continue  # "denied any wrongdoing in the corruption case"
                if o.lemma_.lower() in cues.INVOLVEMENT_NOUNS and not any(
                        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "by"}) for c in o.children):
                    speaker = _denier(ctx, t)
                    if speaker is not None:
                        _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(speaker), "deny",
                              False, t)
            if not objs and not any(c.dep_ in {"ccomp", "xcomp"} for c in t.children) and t.dep_ != "relcl":
                # "Ukraine denies involvement" parsed without an object, or "denies." after a charge.
                nxt = [c for c in t.children if c.dep_ in {"npadvmod", "advmod", "attr"}
                       and c.lemma_.lower() in cues.INVOLVEMENT_NOUNS]
                if nxt:
                    speaker = _denier(ctx, t)
                    if speaker is not None:
                        _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(speaker), "deny",
                              False, t)
        if verbal(t) and (lemma in cues.DENY_VERBS or _charge_called_groundless(t)) and not negated(t):
            _deny_statement(ctx, si, t)
        elif t.pos_ == "VERB" and (charge := _charge_said_groundless(t)) is not None:
            _deny_statement(ctx, si, t, charge)
        if t.pos_ == "VERB" and lemma in cues.RETRACT_VERBS and not negated(t):
            _retract_claim(ctx, si, t)
        if t.pos_ == "NOUN" and (frame := _act_said_not_to_have_happened(ctx, si, t)) is not None:
            side = _subject_ref(frame.speaker)
            _emit(ctx, si, "responsibility", _source_ref(frame.speaker), side, "deny", frame.hedged,
                  frame.verb or t.head)


_HAPPEN_VERBS = frozenset({"occur", "happen"})


def _act_said_not_to_have_happened(ctx: Context, si: int, noun: Token) -> Frame | None:
    """'"There was no attack," the army said', "the group said no shelling took place", "denied that any strike
    occurred": a side saying the act did not happen denies that it did it (responsibility, deny, self: DESIGN has
    no kind for a denial of the facts, and this one answers the charge). A group's word always (as its "no
    knowledge of the attack" is); a state's only when someone else laid the act on it, since police saying "there
    was no attack" on a post militants were said to raid deny nothing anyone charged them with. The frame of the
    speaker who says so, or None."""
    if not _names_an_act(noun):
        return None
    head = noun.head
    there = head.lemma_.lower() == "be" and noun.dep_ in {"attr", "nsubj"} and any(
        c.dep_ == "expl" for c in head.children)
    took_place = noun.dep_ == "nsubj" and (head.lemma_.lower() in _HAPPEN_VERBS or (
        head.lemma_.lower() == "take" and any(c.lower_ == "place" for c in head.children)))
    # "no strike was carried out / conducted in the area", told with no doer
    took_place = took_place or (noun.dep_ == "nsubjpass" and agent_of(head) is None and (
        head.lemma_.lower() == "conduct" or (head.lemma_.lower() == "carry" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in head.children))))
    if not (there or took_place) or any(c.dep_ == "prep" and c.lower_ == "since" for c in [*noun.children,
                                                                                        *head.children]):
        return None  # "there has been no attack in the district since 2019": a record, not this act
    if _not_a_plain_fact(head) or _partly_denied(noun):
        return None
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or negated(head)
    frame = frame_of(ctx, si, head)
    if frame.speaker is None or no == frame.deny:
        return None
    side = _subject_ref(frame.speaker)
    if side.type == "group" or (side.type == "state" and any(
            r.kind == "responsibility" and r.polarity == "affirm" and r.subject is not None
            and r.subject.actor == side.actor and speaks_for(r.source) != side.actor for r in ctx.raws)):
        return frame
    return None


_TARGET_HIT_VERBS = _BLAST_VERBS | {"destroy", "damage", "demolish", "flatten", "level", "raze", "explode", "wreck",
                                     "gut"}


def _strikes_the_told_target(pred: Token) -> bool:
    """The verb's object is the target the story told hit before: "A missile hit a clinic ... The military said it
    struck the clinic" (the same noun, definite, after it was the object or passive subject of a verb of hitting,
    or the place of an act: "an explosion at the clinic"); not other targets ("struck rocket launchers in Rafah",
    "struck a clinic", "struck Hamas positions")."""
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"}
                                                     for c in obj.children):
        return False
    if any(c.dep_ in {"compound", "amod", "poss"} and c.ent_type_ in {"NORP", "ORG", "GPE"} for c in obj.children):
        return False  # "the Hamas positions": the other side's, not the target told
    if any(c.dep_ in {"relcl", "acl"} and any(g.lower_ == "from" for g in c.subtree) for c in obj.children):
        return False  # "struck the house from which the rocket had been fired": the launch site, not the target
    places = _places_named(obj) | _places_named(pred)
    for t in obj.doc[:pred.sent.start]:
        if t.lemma_.lower() != obj.lemma_.lower() or t.pos_ != "NOUN":
            continue
        if places and not places & {w.lower_ for w in t.sent if w.ent_type_ in _PLACE_ENTS or w.pos_ == "PROPN"}:
            continue  # "Ukraine said it struck the plant in Belgorod" after "a power plant in Kharkiv": another plant
        head = t.head
        if t.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"at", "on", "in", "near", "outside"}:
            head = head.head
            if head.pos_ == "NOUN" and _names_an_act(head):
                return True  # "an explosion at the clinic", "a strike on a clinic"
        elif t.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if head.pos_ == "VERB" and head.lemma_.lower() in _TARGET_HIT_VERBS:
            return True
    return False


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _places_named(word: Token) -> set[str]:
    """The lower-cased words of the places a noun or verb is said to be at ("the plant in Belgorod", "struck the
    base in Nabatieh")."""
    return {w.lower_ for c in word.children if c.dep_ == "prep" and c.lower_ in {"in", "near", "at", "outside"}
            for g in c.children if g.dep_ == "pobj" for w in g.subtree
            if w.ent_type_ in _PLACE_ENTS or w.pos_ == "PROPN"}


def _intent_only(pred: Token) -> bool:
    """"Had not struck the hospital deliberately", "denied targeting civilians on purpose": the negation bears on
    the intent, not on the act."""
    return any((c.dep_ == "advmod" and c.lower_ in cues.ON_PURPOSE_ADVERBS | {"knowingly"}) or (
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "purpose" for g in c.children))
        for c in pred.children)


_CONDITION_MARKS = frozenset({"if", "unless", "while", "until", "as", "once"})


def _not_a_plain_fact(verb: Token) -> bool:
    """"No attack would take place while talks continue", "there would (have) be(en) no attack if ...": a modal or a
    condition on the verb speaks of what may or might have been, not of whether this act happened."""
    return any(c.tag_ == "MD" for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in verb.children)


def _partly_denied(noun: Token) -> bool:
    """"There was no attack on civilians, only on soldiers": the act denied against some targets and granted
    against others is no denial of the act ("there was no attack on the camp" is)."""
    if not any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in noun.children):
        return False
    return any(t.lower_ in {"only", "except", "but"} for t in noun.sent if t.i > noun.i)


_MEDIUM_NOUNS = cues.STATEMENT_NOUNS | frozenset({
    "message", "messages", "post", "posts", "video", "videos", "interview", "interviews", "communique",
    "communiqué", "broadcast", "letter", "tweet", "speech", "briefing", "conference", "recording", "audio",
    "release", "announcement", "channel", "website"})


def _medium(token: Token) -> bool:
    """"denied any involvement in a statement sent to reporters": the statement is how the denial was made,
    not what is denied ("denied any wrongdoing in the corruption case")."""
    return token.lower_ in _MEDIUM_NOUNS or token.lemma_.lower() in _MEDIUM_NOUNS


def _denier(ctx: Context, verb: Token) -> ActorRef | None:
    """Who denies: the verb's subject; for "X said the allegation was false and denied any link", where the
    parser hangs "denied" on the reported clause, the subject of the speech verb above it."""
    ref = actor_of(ctx, subject_of(verb))
    if ref is None and verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        clause = verb.head
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues.SAY_VERBS:
            ref = actor_of(ctx, subject_of(clause.head))
    return ref


_BACKING_VERBS = frozenset({"link", "tie", "connect", "affiliate", "back", "sponsor", "support", "arm", "fund",
                            "finance", "direct", "train", "ally"})


def _backed_side(ctx: Context, supporters: Token) -> Token | None:
    """The party or group "supporters / loyalists of X" back, when the text names it as an actor."""
    for prep in supporters.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                if g.dep_ == "pobj" and any(n.i in ctx.at for n in np_tokens(g)):
                    return g
    return None


def _backer(ctx: Context, generic: Token) -> Token | None:
    """The actor generic perpetrators are tied to: "terrorists linked to X", "militants backed by X",
    "gunmen affiliated with X"; the same in front ("Iran-backed militants", "al-Qaeda-linked gunmen"); and
    "insurgents from X", "fighters of X" when X is a group."""
    verbs = list(generic.children)
    head = generic.head
    if generic.dep_ == "nsubj" and head.tag_ == "VBN" and not any(
            c.dep_ in {"aux", "auxpass", "dobj"} for c in head.children):
        verbs.append(head)  # "terrorists linked to X were behind it": the parser made the participle the verb
    for verb in verbs:
        if verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.lemma_.lower() in _BACKING_VERBS and verb.i < generic.i:
            named = [c for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < verb.i
                     and any(n.i in ctx.at for n in np_tokens(c))]
            if named:
                return named[0]
        if verb.dep_ == "prep" and verb.lower_ in {"from", "of"}:
            for g in verb.children:
                if g.dep_ == "pobj" and g.i in ctx.at and ctx.at[g.i].ref.type == "group":
                    return g
        if (verb.dep_ != "acl" and verb.i != head.i) or verb.tag_ != "VBN" \
                or verb.lemma_.lower() not in _BACKING_VERBS or negated(verb):
            continue
        for c in verb.children:
            if (c.dep_ == "prep" and c.lower_ in {"to", "with"}) or c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj" and any(n.i in ctx.at for n in np_tokens(g)):
                        return g
    return None


_TENTATIVE_VERDICTS = frozenset({"plausible", "possible"})
"""A verdict that the claim may be true ("the claim was plausible") is a hedged one."""
_CREDIBLE = frozenset({"credible", "authentic", "genuine", "true", "accurate", "valid", "legitimate", "plausible",
                       "real", "reliable"})
_NOT_CREDIBLE = cues.UNTRUE_WORDS | cues.SCORN_WORDS


_NOT_CREDIBLE_NOUNS = cues.UNTRUE_NOUNS
_BRANDING_VERBS = cues.BRANDING_VERBS
_SEEMING_VERBS = frozenset({"appear", "seem", "look"})
"""A verdict that only seems ("the claim appeared authentic") is a hedged one."""
_DEEMING_VERBS = frozenset({"consider", "deem", "judge", "find"})


def _charge_called_groundless(verb: Token) -> bool:
    """"Iran called the accusation baseless", "described the U.S. allegation as absurd": branding a charge as
    groundless rejects it, as "rejected the accusation" does (a group's own claim so called is read by
    _claim_judged)."""
    if verb.lemma_.lower() not in _BRANDING_VERBS:
        return False
    charge = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CHARGE_NOUNS), None)
    if charge is None:
        return False
    called = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "attr", "ccomp", "acomp"}]
    called += [g for h in [verb, charge] for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
               for g in c.children]
    called += [j for c in called for j in c.conjuncts]  # "as reckless and absurd"
    return _any_groundless(called)


def _any_groundless(called: list[Token]) -> bool:
    """One of the words a charge is called brands it groundless ("baseless", "a lie")."""
    return any(c.lower_ in _NOT_CREDIBLE or c.lemma_.lower() in _NOT_CREDIBLE_NOUNS for c in called)


def _charge_said_groundless(verb: Token) -> Token | None:
    """"The group said the charge was baseless", 'the ministry said the accusations were "absurd"': the charge a
    speaker's own clause calls groundless, as "called the accusation baseless" does; None otherwise."""
    if verb.lemma_.lower() not in cues.SAY_VERBS or negated(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or negated(clause):
            continue
        charge = next((c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() in _CHARGE_NOUNS), None)
        called = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
        called += [j for c in called for j in c.conjuncts]
        if charge is not None and _any_groundless(called):
            return charge
    return None


_CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge"})
_CLAIM_CARRIERS = frozenset({"claim", "statement"})
"""What a group's claim judged false is called: "the claim", or "the BLA statement" of a group that claimed."""


def _claim_judged(ctx: Context, si: int, sent: SpacySpan) -> None:
    """"US officials said the group's claim was credible": a third party affirms (or, "was false", "was a
    lie", "called the claim a fabrication", rejects) a group's own claim."""
    for claim, verb, rejects, held, tentative in [*((c, v, r, False, False) for c, v, r in _claim_verdicts(sent)),
                                                  *_claim_beliefs(sent)]:
        poss = next((c for c in claim.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.i in ctx.at)), None)
        claimer = actor_of(ctx, poss) if poss is not None else _latest_claimer(ctx, si, claim, verb)
        if claim.lemma_.lower() != "claim" and (claimer is None or claimer.type != "group" or not any(
                r.kind == "responsibility" and r.polarity == "affirm" and r.subject is not None
                and r.subject.actor == speaks_for(claimer) == speaks_for(r.source) for r in ctx.raws)):
            continue  # "the BLA statement was false": only the statement of a group that claimed the attack
        if verb.lemma_.lower() in _BRANDING_VERBS or held:  # "the army called the claim a fabrication"
            frame = Frame(actor_of(ctx, subject_of(verb)), verb, False, has_hedge(modifiers(verb)), [verb])
            if frame.speaker is None:
                frame = frame_of(ctx, si, verb)
        else:
            frame = frame_of(ctx, si, verb)
        if frame.speaker is None and frame.verb is None:
            frame = _analysts_frame(ctx, verb) or frame
        if claimer is None or frame.speaker is None or speaks_for(frame.speaker) == speaks_for(claimer):
            continue
        deny = rejects != (negated(verb) != frame.deny)
        hedged = frame.hedged or tentative or verb.lemma_.lower() in _SEEMING_VERBS or any(
            c.lower_ in _TENTATIVE_VERDICTS for c in verb.children if c.dep_ in {"acomp", "oprd", "attr", "ccomp"})
        _emit(ctx, si, "responsibility", _source_ref(frame.speaker), _subject_ref(claimer),
              "deny" if deny else "affirm", hedged, frame.verb or verb)


_STATING_LEMMAS = frozenset({"claim", "allege", "report", "assert", "insist", "testify"})


def _latest_claimer(ctx: Context, si: int, claim: Token, verb: Token) -> ActorRef | None:
    """Who made "the claim" judged with no owner named: the side whose claim of the act is the latest told in this
    sentence or the two before, and only when no one else's statement was told after it ("IS claimed the attack.
    Families said the hospital had turned away the wounded; the health minister confirmed the claim": the claim
    confirmed is the families', not the group's). The judge's own speech verb above the judging word is no other
    statement ("officials said they confirmed the claim")."""
    last = next((r for r in reversed(ctx.raws) if r.kind == "responsibility" and r.polarity == "affirm"
                 and r.subject is not None and r.subject.actor == speaks_for(r.source) and r.sent >= si - 2
                 and r.cue.i < claim.i), None)
    if last is None:
        return None
    # a denial told in between is no claim ("The TTP said they had nothing to do with it. The army confirmed the
    # claim": the group's claim still)
    own, up = {verb.i} | {r.cue.i for r in ctx.raws if r.polarity == "deny"}, verb
    # "said they had confirmed": the judge's own saying; not over a subject of its own ("Families said ...; the
    # minister confirmed the claim", parsed as the families' report)
    while up.dep_ in {"ccomp", "xcomp"} and up.head.i != up.i and (
            (subj := subject_of(up)) is None or subj.pos_ == "PRON" or subj.i == claim.i):
        up = up.head
        own.add(up.i)
    for w in ctx.doc[last.cue.i + 1:claim.i]:
        if w.i in own or w.sent == last.cue.sent or w.pos_ != "VERB" or not (
                w.lemma_.lower() in cues.SAY_VERBS and any(c.dep_ == "ccomp" for c in w.children)
                or w.lemma_.lower() in _STATING_LEMMAS):
            continue  # a statement told ("Families said the hospital had ..."), not "the army confirmed the toll"
        speaker = actor_of(ctx, subject_of(w))
        if speaker is None or speaks_for(speaker) != speaks_for(last.source):
            return None
    return last.source


_DENIAL_NOUNS = frozenset({"denial", "denials"})
_DENIAL_REJECTING_VERBS = frozenset({"reject", "dismiss", "refute", "rebuff", "debunk", "dispute", "contradict"})
_DENIAL_CREDITING_VERBS = frozenset({"accept", "believe", "credit"})


def _denial_judged(ctx: Context, si: int, sent: SpacySpan) -> None:
    """"The TTP denied involvement. Police rejected the denial": a third party that rejects a side's denial of the
    act lays the act on that side (an accusation, firm), one that doubts it ("did not believe the denial", "doubted
    the group's denial", "cast doubt on the denial") does so hedged (session 12: doubt is a hedged denial, here of a
    denial); one that accepts it clears the side ("accepted the denial": a denial by the third party; "believed the
    denial": hedged). The denier is the owner named ("the group's denial") or the side that denied in this sentence or
    the two before; nothing when no such denial was told ("rejected the denial of visas")."""
    for t in sent:
        if t.pos_ != "NOUN" or t.lower_ not in _DENIAL_NOUNS:
            continue
        verb = t.head
        if t.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "on" and any(
                c.dep_ == "dobj" and c.lower_ in _DOUBT_NOUNS for c in verb.head.children):
            verb, lemma = verb.head, "doubt"  # "cast doubt on the denial"
        elif t.dep_ == "dobj" and verb.pos_ == "VERB":
            lemma = verb.lemma_.lower()
        else:
            continue
        if lemma in _DENIAL_REJECTING_VERBS:
            affirms, tentative = True, False
        elif lemma in _DOUBTING_VERBS:
            affirms, tentative = True, True
        elif lemma in _DENIAL_CREDITING_VERBS:
            affirms, tentative = False, lemma != "accept"
        else:
            continue
        if any(g.dep_ == "pobj" for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            continue  # "rejected the denial of visas": some other denial
        if any(c.dep_ in {"acl", "ccomp", "relcl"} and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
               for c in t.children):
            continue  # "disputed the army's denial that civilians had died": what was denied is something else
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        denier = _denial_told(ctx, si, t, poss)
        if denier is None:
            continue
        judge = actor_of(ctx, subject_of(verb))
        frame = Frame(judge, verb, False, has_hedge(modifiers(verb)), [verb]) if judge is not None \
            else frame_of(ctx, si, verb)
        if judge is None and frame.speaker is not None:
            frame = frame_of(ctx, si, verb)
        if frame.speaker is None or speaks_for(frame.speaker) == speaks_for(denier):
            continue
        if negated(verb):  # "did not believe the denial", "did not reject the denial"
            affirms, tentative = not affirms, True
        if frame.deny:
            affirms = not affirms
        _emit(ctx, si, "responsibility", _source_ref(frame.speaker), _subject_ref(denier),
              "affirm" if affirms else "deny", frame.hedged or tentative, frame.verb or verb)


def _denial_told(ctx: Context, si: int, noun: Token, owner: Token | None) -> ActorRef | None:
    """The side whose denial of responsibility for the act the text told before a judged "denial": the owner named
    ("the army's denial") only when that owner denied it ("Pakistan rejected India's denial" with no Indian denial
    told judges nothing), as the side that denied it ("the Taliban's denial" after "The Pakistani Taliban denied
    involvement" is the TTP's); with no owner, the latest denial told in this sentence or the two before, and only
    when it is a denial of the act ("The TTP denied involvement. The group also denied reports that its leader had
    been killed. Police rejected the denial": the latest denial is not of the act)."""
    denials = [r for r in ctx.raws if r.kind == "responsibility" and r.polarity == "deny" and r.subject is not None
               and r.subject.actor == speaks_for(r.source) and r.sent <= si and r.cue.i < noun.i]
    if owner is not None:
        ref = actor_of(ctx, owner)
        word = owner.lower_
        return next((r.subject for r in reversed(denials)
                     if ref is not None and speaks_for(r.source) == speaks_for(ref)
                     or word in r.source.text.lower().split()), None)
    denials = [r for r in denials if si - 2 <= r.sent]
    if not denials:
        return None
    start = ctx.sents[max(0, si - 2)].start
    latest = max((w.i for w in ctx.doc[start:noun.i] if (  # a verb judging a denial is none ("rejected the denial")
        w.pos_ == "VERB" and w.lemma_.lower() in cues.DENY_VERBS and not any(c.lower_ in _DENIAL_NOUNS
                                                                             for c in w.children)
        or w.lower_ in _DENIAL_NOUNS)), default=-1)
    last = denials[-1]
    if latest > last.cue.i and latest not in {r.cue.i for r in denials}:
        return None
    return last.subject


_ANALYST_NOUNS = frozenset({"analyst", "analysts", "expert", "experts", "researcher", "researchers"})


def _analysts_frame(ctx: Context, verb: Token) -> Frame | None:
    """"Analysts at the monitoring group Cabo Ligado said the claim was credible", "the International Crisis
    Group said ...": a third party no list knows that judges a group's claim (DESIGN: corroboration) is the body
    named, or the body its analysts work at."""
    t = verb
    while t.dep_ in {"ccomp", "conj"} and t.head.i != t.i:
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in cues.SAY_VERBS:
            break
    else:
        return None
    subj = subject_of(t)
    if subj is not None and subj.lower_ in _ANALYST_NOUNS:
        body = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in {"at", "with", "from", "of"}
                     for g in c.children if g.dep_ == "pobj"), None)
        name = next((c for c in (body.children if body is not None else []) if c.dep_ == "appos"), None)
        if name is None and body is not None:  # the name parsed as a second subject of "said", or on the analysts
            name = next((c for c in [*t.children, *subj.children] if c.dep_ in {"nsubj", "appos"}
                         and c.left_edge.i == body.i + 1), None)
        ref = unlisted_body(ctx, name) if name is not None else None
        if ref is None and name is not None and name.pos_ == "PROPN" and unlisted_body(ctx, body) is not None:
            # "the monitoring group Cabo Ligado": a civil body glossed by its name, which the tagger did not tag
            span = ctx.doc[name.left_edge.i:name.i + 1]
            ref = actor_ref(span, span.text, "organization", span.text)
        subj = body if ref is None else subj
    else:
        ref = None
    ref = ref or unlisted_body(ctx, subj)
    if ref is None or negated(t):
        return None
    return Frame(ref, t, False, has_hedge(path_tokens([verb, t])), [verb, t])


def _analysts_blame(ctx: Context, pred: Token) -> Frame | None:
    """"Analysts at the Meridian Center said the group was likely behind it": unnamed analysts of a body no list
    knows speak for the body they work at when they name a doer, as when they judge a claim (session 13); not a
    bare "analysts" or "experts" with no body."""
    clause = pred
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head  # "said the attack bore the trademarks of X": the noun's clause
    frame = _analysts_frame(ctx, clause)
    if frame is None or frame.verb is None:
        return None
    subj = subject_of(frame.verb)
    return frame if subj is not None and subj.lower_ in _ANALYST_NOUNS else None


def _claim_verdicts(sent: SpacySpan) -> list[tuple[Token, Token, bool]]:
    """(the claim noun, the verb that judges it, whether the verdict rejects it): "the claim was credible /
    false / a lie", "called (described) the claim a fabrication (as propaganda)", and a pronoun judged of the
    claim the speech verb names ('"It is pure propaganda," the army said of the claim')."""
    out: list[tuple[Token, Token, bool]] = []
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma == "be" and t.pos_ in {"AUX", "VERB"} and not any(c.dep_ == "ccomp" for c in t.children):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            said = [c for c in t.children if c.dep_ in {"acomp", "attr"}]
            said += [g for c in said for p in c.children if p.dep_ == "prep" and p.lower_ == "but"
                     for g in p.children if g.dep_ == "pobj"]  # "nothing but propaganda"
            # "the claim was (more) likely to be true": the verdict of the clause the likelihood weighs (hedged by it)
            said += [a for c in said if c.dep_ == "acomp" and c.lower_ in cues.HEDGE_WORDS for x in c.children
                     if x.dep_ == "xcomp" and x.lemma_.lower() == "be" for a in x.children if a.dep_ == "acomp"]
            verdict = next((c for c in said if (c.dep_ == "acomp" and c.lower_ in _CREDIBLE | _NOT_CREDIBLE)
                            or (c.dep_ != "acomp" and c.lemma_.lower() in _NOT_CREDIBLE_NOUNS)), None)
            if subj is None or verdict is None:
                continue
            rejects = verdict.lower_ not in _CREDIBLE
            if subj.lemma_.lower() in _CLAIM_CARRIERS and any(c.dep_ in {"det", "poss"} for c in subj.children):
                out.append((subj, t, rejects))
            elif subj.lower_ in {"it", "this", "that"} and t.dep_ == "ccomp":
                out.extend((g, t, rejects) for c in t.head.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "claim")
        elif lemma in _SEEMING_VERBS and t.pos_ == "VERB":
            # "the claim appeared to be authentic", "seemed credible": a verdict given as an impression
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            said = [c for c in t.children if c.dep_ in {"acomp", "oprd"}]
            said += [a for c in t.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be" for a in c.children
                     if a.dep_ == "acomp"]
            verdict = next((c for c in said if c.lower_ in _CREDIBLE | _NOT_CREDIBLE), None)
            if subj is not None and verdict is not None and subj.lemma_.lower() == "claim" \
                    and any(c.dep_ in {"det", "poss"} for c in subj.children):
                out.append((subj, t, verdict.lower_ not in _CREDIBLE))
        elif lemma in _DEEMING_VERBS and t.pos_ == "VERB":
            # "they considered the claim genuine": the claim is the subject of the small clause
            for c in t.children:
                subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if c.dep_ in {"ccomp", "oprd", "xcomp"} and c.lower_ in _CREDIBLE | _NOT_CREDIBLE and subj is not None \
                        and subj.lemma_.lower() == "claim" and any(g.dep_ in {"det", "poss"} for g in subj.children):
                    out.append((subj, t, c.lower_ not in _CREDIBLE))
        elif lemma in _BRANDING_VERBS and t.pos_ == "VERB":
            claim = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() == "claim"), None)
            called = [c for c in t.children if c.dep_ in {"oprd", "xcomp", "attr"}]
            called += [g for h in [t, *[c for c in t.children if c.dep_ == "dobj"]] for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
            if claim is not None:  # 'called the group's claim "pure propaganda"': the verdict parsed as apposition
                called += [c for c in claim.children if c.dep_ == "appos"]
            verdict = next((c for c in called if c.lemma_.lower() in _NOT_CREDIBLE_NOUNS
                            or c.lower_ in _NOT_CREDIBLE | _CREDIBLE), None)
            if claim is not None and verdict is not None:
                out.append((claim, t, verdict.lower_ not in _CREDIBLE))
    return out


_ATTEMPT_VERBS = frozenset({"try", "seek", "attempt", "work", "hope", "want", "need", "plan", "aim", "struggle",
                            "wait", "expect", "intend", "refuse", "decline", "yet", "early", "premature", "soon",
                            "unable", "able"})
"""Words a confirming verb hangs on that keep its verdict ungiven ("hoped to confirm", "refused to confirm", "had yet
to verify", "too early to confirm", "were expected to confirm"), matched on the lemma and on the lower-cased word
with its inflections cut: the tagger's lemma of "hoped" is "hop"."""


def _word_stem(tok: Token) -> set[str]:
    """The lemma and the lower-cased form with a regular ending cut ("hoped" -> "hope", "declining" -> "decline")."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    for end, add in (("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("d", "")):
        if low.endswith(end) and len(low) > len(end) + 2:
            forms.add(low[:-len(end)] + add)
    return forms


def _verdict_given(verb: Token) -> bool:
    """A verb of confirming that gives its verdict: "confirmed the claim", "have verified the group's claim"; not one
    still under way or out of reach ("were verifying the claim", "were trying to verify", "could not / were unable
    to verify the claim", "would confirm"): no verdict, so neither corroboration nor denial."""
    if negated(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children):
        return False  # "were verifying"
    head = verb.head
    if verb.dep_ in {"xcomp", "ccomp", "advcl"} and (_word_stem(head) & _ATTEMPT_VERBS or negated(head) or any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)):
        return False  # "trying to verify", "were unable to confirm", "did not manage to verify", "had yet to verify"
    return True


_DOUBTING_VERBS = cues.DISBELIEF_VERBS
_CREDITING_VERBS = frozenset({"believe", "credit", "trust"})
_DOUBT_NOUNS = frozenset({"doubt", "doubts", "question", "questions", "scepticism", "skepticism"})
_CLAIM_MERITS = frozenset({"credibility", "credence", "evidence", "proof", "basis", "substance", "foundation"})
_DOUBTING_ADJECTIVES = frozenset({"sceptical", "skeptical", "doubtful", "suspicious", "wary"})


def _claim_beliefs(sent: SpacySpan) -> list[tuple[Token, Token, bool, bool, bool]]:
    """(the claim noun, the verb whose subject judges it, whether the judgement rejects it, True, whether it is
    tentative): a claim a third party doubts, believes or confirms. DESIGN makes a tentative statement hedged and a
    third party's affirmation of a group's own claim a corroboration, and session 12 reads a doubt as a hedged
    denial; so "the Kremlin said it doubted the claim", "officials questioned the group's claim", "cast doubt on the
    claim", "were sceptical of the claim" are hedged denials, and "US officials said they had no reason to doubt the
    Islamic State's claim", "believed the claim" hedged corroborations (a belief, or a doubt the speaker has no
    ground for, is no firm confirmation); "had no doubt(s) about the claim" is a firm one, and "no reason to believe
    the claim" rejects it, hedged. The judging word returned is the one whose subject (or speech act above it)
    speaks: the verb of doubting or believing, or the verb "no reason" / "doubt" / "sceptical" hangs on. "Confirmed /
    backed the claim" with no owner named ("the group's claim" is read with the group's own claim) is a firm
    corroboration of the latest claim, as "the claim was credible" is."""
    out: list[tuple[Token, Token, bool, bool, bool]] = []

    def claim_noun(tok: Token | None) -> Token | None:
        return tok if tok is not None and tok.lemma_.lower() == "claim" and tok.pos_ == "NOUN" and any(
            c.dep_ in {"det", "poss"} for c in tok.children) else None

    def about(head: Token, preps: frozenset[str]) -> Token | None:
        return next((claim_noun(g) for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                     for g in c.children if g.dep_ == "pobj" and claim_noun(g) is not None), None)

    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in _DOUBTING_VERBS | _CREDITING_VERBS:
            claim = claim_noun(next((c for c in t.children if c.dep_ == "dobj"), None))
            if claim is None:
                continue
            rejects = lemma in _DOUBTING_VERBS
            reason = t.head if t.dep_ in {"relcl", "acl"} and t.head.lemma_.lower() == "reason" else None
            if reason is not None:
                if not any(c.dep_ == "det" and c.lower_ == "no" for c in reason.children):
                    continue  # "gave reasons to doubt the claim": whose doubt is not said
                # "had no reason to doubt the claim": the doubt is denied, so the claim is granted (and v.v.)
                out.append((claim, reason.head, not rejects, True, True))
            else:
                out.append((claim, t, rejects, True, True))
        elif t.pos_ == "VERB" and lemma in cues.CORROBORATE_VERBS and _verdict_given(t):
            claim = claim_noun(next((c for c in t.children if c.dep_ == "dobj"), None))
            if claim is not None and not any(c.dep_ == "poss" for c in claim.children):
                out.append((claim, t, False, True, False))
        elif t.pos_ == "VERB" and lemma == "lack" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_MERITS for c in t.children):
            claim = claim_noun(next((c for c in t.children if c.dep_ == "nsubj"), None))
            if claim is not None:  # "the claim lacked credibility": a verdict, firm, that the claim is not true
                out.append((claim, t, True, False, False))
        elif t.pos_ == "NOUN" and t.lower_ in _DOUBT_NOUNS | {"suspicion"} and t.dep_ == "pobj" \
                and t.head.lower_ == "with":
            # "treated / greeted / viewed the claim with scepticism" ("with" on the verb or on the claim): hedged doubt
            verb = t.head.head.head if t.head.head.dep_ == "dobj" else t.head.head
            claim = claim_noun(next((c for c in verb.children if c.dep_ == "dobj"), None)) \
                if verb.pos_ == "VERB" else None
            if claim is not None:
                out.append((claim, verb, True, True, True))
        elif t.pos_ == "NOUN" and t.lower_ in _DOUBT_NOUNS and t.dep_ == "dobj" and t.head.pos_ == "VERB":
            # "cast doubt on the claim", "raised questions about the claim", "had no doubts about the group's claim"
            claim = about(t, frozenset({"on", "about", "over"})) or about(t.head, frozenset({"on", "about", "over"}))
            if claim is not None:
                no = any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
                out.append((claim, t.head, not no, True, not no))  # "had no doubt about it": a firm belief
        elif t.lower_ in _DOUBTING_ADJECTIVES and t.dep_ == "acomp":
            claim = about(t, frozenset({"of", "about", "over"}))
            if claim is not None:  # "officials were sceptical of the claim"
                out.append((claim, t.head, True, True, True))
    return out


def _not_the_accused(ctx: Context, speaker: ActorRef, subject: ActorRef) -> ActorRef:
    """An official who blames a state does not speak for it unless the text says so: "Interior Minister X
    said India was behind the attack" in a story that names India most. Untitled by country, the
    official took the story's main country, which here is the accused; X then speaks for himself."""
    if speaker.type != "person" or subject.type != "state" or speaks_for(speaker) != subject.actor:
        return speaker
    for m in ctx.mentions:
        if m.ref.type != "person" or m.ref.actor != speaker.actor:
            continue
        span = ctx.doc.char_span(m.ref.evidence.start, m.ref.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        window = title_window(ctx.doc, span.start, span.end)
        if subject.actor in states_named_in(window) or any(
                t.i in ctx.at and ctx.at[t.i].ref.type == "state" and ctx.at[t.i].ref.actor == subject.actor
                for t in window):
            return speaker
    return speaker.model_copy(update={"affiliation": speaker.actor})


def _deny_statement(ctx: Context, si: int, verb: Token, charge: Token | None = None) -> None:
    """"PIJ denied it", "X denied the government's claims", "distanced themselves from the attack",
    "the claim was dismissed by X"; with `charge`, the charge the speaker's clause calls groundless ("X said the
    accusation was baseless")."""
    passive = charge is None and any(c.dep_ == "auxpass" for c in verb.children)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ in _ATTRIBUTION_NOUNS \
        and agent_of(verb) is not None  # "a charge denied by the group"
    speaker = actor_of(ctx, agent_of(verb) if passive or reduced else subject_of(verb))
    contact = _contact_clause_speaker(verb) if speaker is None and not passive else None
    if contact is not None:  # "an accusation India's foreign ministry dismissed", its subject parsed astray
        speaker = actor_of(ctx, contact)
    if speaker is None:
        return
    obj = charge or next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    same_sentence = reduced or contact is not None or (verb.dep_ == "relcl" and obj is None)
    if reduced or contact is not None:
        obj = verb.head
    elif obj is None and not passive and verb.dep_ == "relcl" and verb.head.lower_ in _ATTRIBUTION_NOUNS:
        # "X blamed Boko Haram, a charge the group denies": the relative clause's gap is the charge
        obj = verb.head
        if any(c.dep_ in {"acl", "ccomp"} or (c.dep_ == "relcl" and c.i != verb.i) for c in obj.children):
            return
    elif verb.lemma_.lower() == "distance" and obj is not None:
        if _habitual(verb):
            return  # "the group uses front names to distance itself from attacks": a habit, no denial
        if any(g.lemma_.lower() in cues.ACT_NOUNS for c in verb.children if c.dep_ == "prep" for g in c.subtree):
            # "distanced themselves from the attack"; "distanced the group from the bombing"
            subject = speaker if obj.lower_ in {"themselves", "itself", "himself"} else actor_of(ctx, obj)
            if subject is not None:
                _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(subject), "deny", False, verb)
        return
    elif obj is None or any(c.dep_ in {"acl", "ccomp", "relcl"} for c in obj.children):
        return  # a content clause is read by the responsibility rules
    if not (obj.lower_ in {"it", "this", "that"} or obj.lower_ in cues.STATEMENT_NOUNS):
        return
    # "the police's claim", "the police account", "the army version": whose account it is
    owner_tok = next((c for c in obj.children if c.dep_ == "poss"), None) or next(
        (c for c in obj.children if c.dep_ in {"compound", "amod"} and (
            c.i in ctx.at or c.lower_ in cues.OFFICIAL_NOUNS)), None)
    owner = actor_of(ctx, owner_tok)
    earlier: list[Raw] = []
    for raw in reversed(ctx.raws):
        if raw.kind != "responsibility" or raw.polarity != "affirm" or raw.subject is None:
            continue
        if speaks_for(raw.source) == speaks_for(speaker):
            continue
        if owner is not None and speaks_for(raw.source) != speaks_for(owner):
            continue
        earlier.append(raw)
    if owner_tok is not None and owner_tok.pos_ != "PRON":
        # the police's account, not the army's, though both speak for one state: the voice named by its word
        earlier = [r for r in earlier if owner_tok.lower_ in r.source.text.lower()] or earlier
    if same_sentence:  # "X blamed Y, a charge Z rejected": the charge is the one this sentence makes
        earlier = [r for r in earlier if r.sent == si]
        if obj.dep_ == "dobj" and obj.head.pos_ == "VERB" and obj.head.lemma_.lower() in _CHARGE_SPEECH:
            # "X claimed the killings, alleging that the workers were informers, a charge their families
            # rejected": the charge is what the verb it hangs on said, a claim only when that holds the claim
            inside = {t.i for t in obj.head.subtree}
            earlier = [r for r in earlier if r.cue.i in inside]
    # "Rwanda's foreign ministry dismissed the accusation": the accusation made against its own side, else the
    # latest one made in the last sentences
    raw = next((r for r in earlier if r.subject is not None and speaks_for(r.subject) == speaks_for(speaker)),
               next((r for r in earlier if r.sent >= si - 2), None))
    if raw is None or raw.subject is None:
        return
    if obj.lower_ not in _ATTRIBUTION_NOUNS and obj.lower_ != "it" and _said_more_after(raw):
        return  # "claimed responsibility, saying the men were spies. X rejected that assertion": the spies
    if _operational_report(ctx, raw):
        return  # "X said its drones hit military targets. Officials dismissed the claim": what was hit, not who
    _emit(ctx, si, "responsibility", _source_ref(speaker), raw.subject, "deny", False, verb)


_CHARGE_SPEECH = frozenset({"allege", "say", "assert", "insist", "add", "contend", "claim"})
"""Verbs whose object a charge noun in apposition can be ("alleging that ..., a charge X rejected")."""


_RETRACTED_NOUNS = cues.STATEMENT_NOUNS | cues.RESPONSIBILITY_NOUNS


def _retract_claim(ctx: Context, si: int, verb: Token) -> None:
    """"Hezbollah claimed the attack. On Saturday it withdrew its claim", "claimed the attack, then retracted
    the statement", "later disowned the claim": a group that takes back its own claim of the attack denies
    it (the claim stays, so the two contest it)."""
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "dep" and verb.head.pos_ == "VERB":
        subj = subject_of(verb.head)  # "claimed the attack, then retracted the statement": a loose second verb
    speaker = actor_of(ctx, subj)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if speaker is None or obj is None or not {obj.lower_, obj.lemma_.lower()} & _RETRACTED_NOUNS:
        return
    side = speaks_for(speaker)
    raw = next((r for r in reversed(ctx.raws) if r.kind == "responsibility" and r.polarity == "affirm"
                and r.subject is not None and speaks_for(r.source) == side and r.subject.actor == side), None)
    if raw is None and {obj.lower_, obj.lemma_.lower()} & (_ATTRIBUTION_NOUNS | {"statement", "statements"}):
        raw = _own_accusation(ctx, si, side)  # "the police chief blamed X, but later retracted the accusation"
    if raw is not None:
        _emit(ctx, si, "responsibility", _source_ref(speaker), raw.subject, "deny", False, verb)


def _own_accusation(ctx: Context, si: int, side: str) -> Raw | None:
    """The latest firm accusation a side made of another in the last few sentences, which it now takes back."""
    return next((r for r in reversed(ctx.raws) if r.kind == "responsibility" and r.polarity == "affirm"
                 and r.subject is not None and speaks_for(r.source) == side and r.subject.actor != side
                 and r.sent >= si - 4), None)


_MISTAKEN = frozenset({"wrong", "mistaken", "incorrect", "inaccurate", "erroneous", "false", "untrue"})
_EARLIER = frozenset({"earlier", "previous", "initial", "first", "original", "prior"})


def _own_word_corrected(ctx: Context, si: int, sent: SpacySpan) -> None:
    """"On Saturday the police chief said his earlier statement had been wrong", '"I was mistaken," he said': a
    side that says its own earlier word (or itself) was wrong takes back the accusation it made, a denial by
    analogy with a retracted claim (docs/conventions.md)."""
    for t in sent:
        if t.lemma_.lower() != "be" or t.pos_ not in {"AUX", "VERB"} or negated(t):
            continue
        if not any(c.dep_ == "acomp" and c.lower_ in _MISTAKEN for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        own_word = subj.lower_ in {"statement", "accusation", "claim", "assessment", "allegation", "account"} and (
            any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in subj.children)
            or any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in subj.children))
        if not (own_word or (subj.lower_ in {"i", "we"} and in_quote(subj))):
            continue
        frame = frame_of(ctx, si, t)
        if frame.speaker is None or frame.deny or frame.hedged:
            continue
        raw = _own_accusation(ctx, si, speaks_for(frame.speaker))
        if raw is not None and raw.sent < si:
            _emit(ctx, si, "responsibility", _source_ref(frame.speaker), raw.subject, "deny", False, frame.verb or t)


def _mutual_blame(ctx: Context, si: int, sent: SpacySpan) -> None:
    """"Armenia and Azerbaijan accused each other of opening fire first", "blamed one another for the shooting":
    each side accuses the other (two accusations, CAMEO 112)."""
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in {"accuse", "blame"} or negated(t):
            continue
        opened_fire = any(g.dep_ == "pcomp" and g.lemma_.lower() == "open" and any(
            o.dep_ == "dobj" and o.lower_ == "fire" for o in g.children)
            for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
        if not (opened_fire or _about_the_act(t, ctx)):
            continue  # "of opening fire (first)" is the shooting itself
        if not any(c.dep_ == "dobj" and {c.lower_, *(d.lower_ for d in c.children)} in (
                {"each", "other"}, {"one", "another"}) for c in t.children):
            continue  # "each other", "one another" (either word may head the parse)
        subj = subject_of(t)
        sides = [r for tok in ([subj, *subj.conjuncts] if subj is not None else []) if (r := actor_of(ctx, tok))]
        if len(sides) != 2 or speaks_for(sides[0]) == speaks_for(sides[1]):
            continue
        hedged = has_hedge(modifiers(t))
        for speaker, accused in (sides, sides[::-1]):
            _emit(ctx, si, "responsibility", _source_ref(speaker), _subject_ref(accused), "affirm", hedged, t)


def _first_word(cue: Token) -> bool:
    """The accusation's verb is marked as the speaker's first word: "initially blamed", "at first said"."""
    return any((c.dep_ == "advmod" and c.lower_ in cues.FIRST_WORD_ADVERBS)
               or (c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "first" for g in c.children))
               for c in cue.children)


def _other_doer_named(ctx: Context, verb: Token, accused: str) -> bool:
    """The statement under `verb` says who did it ("a criminal gang was responsible", "was carried out by
    robbers", "blamed a rival faction") and it is not the accused named again, nor a pronoun that may be."""
    clause = list(verb.subtree)
    if any(t.i in ctx.at and ctx.at[t.i].ref.actor == accused for t in clause):
        return False
    for t in clause:
        lemma = t.lemma_.lower()
        if lemma in {"responsible", "behind"} and t.head.lemma_.lower() == "be":
            doer = subject_of(t.head)
        elif lemma in cues.AGENT_VERBS and t.pos_ == "VERB":
            doer = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                        None) or subject_of(t)
        elif t is verb and lemma in cues.ACCUSE_VERBS:
            doer = next((c for c in t.children if c.dep_ == "dobj"), None)
        else:
            continue
        if doer is None or doer.pos_ not in {"NOUN", "PROPN"} or doer.lemma_.lower() in cues.ACT_NOUNS:
            continue
        # "a suicide bomber carried out the attack" tells the act's role, not another doer, unless a named
        # actor qualifies it ("Boko Haram gunmen").
        if _attacker_person(doer) and not any(n.i in ctx.at for n in np_tokens(doer)):
            continue
        return True
    return False


def _first_word_revised(ctx: Context, si: int, sent: SpacySpan) -> None:
    """"Police initially blamed X but later said a criminal gang was responsible": a side that names another doer
    after an accusation the text marks as its first word takes the accusation back, a denial beside it (X is
    contested, docs/conventions.md: an accuser who takes its word back denies)."""
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in cues.SAY_VERBS | cues.ACCUSE_VERBS or negated(t) \
                or t.lemma_.lower() in cues.DENY_VERBS:
            continue
        speaker = actor_of(ctx, subject_of(t))
        if speaker is None:
            continue
        side = speaks_for(speaker)
        old = next((r for r in reversed(ctx.raws) if r.kind == "responsibility" and r.polarity == "affirm"
                    and r.subject is not None and speaks_for(r.source) == side and r.subject.actor != side
                    and si - 3 <= r.sent <= si and r.cue.i < t.i and _first_word(r.cue)), None)
        if old is None or old.cue in t.subtree or t in old.cue.subtree and t.dep_ != "conj":
            continue
        if _other_doer_named(ctx, t, old.subject.actor):
            _emit(ctx, si, "responsibility", _source_ref(speaker), old.subject, "deny",
                  has_hedge(list(t.subtree)), t)


def _contact_clause_speaker(verb: Token) -> Token | None:
    """"an accusation India's foreign ministry dismissed as absurd": a clause on a charge noun whose subject the
    parser hung on the noun (as an apposition) between the noun and the verb."""
    head = verb.head
    if verb.dep_ not in {"acl", "relcl"} or head.lower_ not in _ATTRIBUTION_NOUNS or subject_of(verb) is not None:
        return None
    return next((c for c in head.children if c.dep_ in {"appos", "nsubj", "compound"} and head.i < c.i < verb.i),
                None)


_ATTRIBUTION_NOUNS = frozenset({"claim", "claims", "allegation", "allegations", "accusation", "accusations",
                                "charge", "charges"})


def _said_more_after(raw: Raw) -> bool:
    """The claim's sentence goes on to state something else ("..., saying the men were spies")."""
    for t in raw.sentence:
        if t.i > raw.cue.i and t.pos_ == "VERB" and t.lemma_.lower() in {"say", "add", "insist", "allege", "assert"} \
                and raw.cue not in t.subtree:
            return True
    return False


def _reported(token: Token) -> bool:
    """Inside a clause under a speech verb (", U.S. officials said")."""
    t = token
    while t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in cues.SAY_VERBS and t.pos_ == "VERB":
            return True
    return False


def _speaker_up(ctx: Context, si: int, token: Token) -> ActorRef | None:
    """The actor performing a speech act at or above a token (the subject of the nearest verb with one)."""
    t = token
    for _ in range(8):
        if t.pos_ in {"VERB", "AUX"}:
            ref = actor_of(ctx, subject_of(t))
            if ref is not None:
                return ref
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is not None and (ref := actor_of(ctx, poss)) is not None:
            return ref
        frm = next((g for c in t.children if (c.dep_ == "prep" and c.lower_ in {"from", "by"}) or c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"), None)
        if frm is not None and (ref := actor_of(ctx, frm)) is not None:
            return ref
        if t.head.i == t.i:
            break
        t = t.head
    return actor_of(ctx, according_to(ctx.sents[si]))


def _branded(token: Token) -> Token | None:
    """"This is a cowardly terrorist attack", "it was an act of terrorism", "called it an Islamist terrorist
    act", "described the stabbing as a barbaric act": the attack itself branded as terrorism or an outrage,
    in a firm copular or calling frame. Returns the frame's verb."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.BRANDED_NOUNS:
        return None
    if token.dep_ in {"attr", "oprd"}:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
        verb = token.head.head
    else:
        return None
    words = [c for c in token.children if c.dep_ in {"amod", "compound", "advmod"}]
    words += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    words += [w for c in words if c.dep_ in {"amod", "compound"} for w in c.children if w.dep_ in {"advmod", "conj"}]
    moral = any(w.lower_ in cues.CONDEMN_QUALIFIERS for w in words) or _quoted_assault(token)
    terror = any(w.lower_ in cues.TERROR_QUALIFIERS or w.lemma_.lower() in {"terrorism", "terror"} for w in words)
    if not (moral or (terror and in_quote(token))):
        return None  # "labeled the incident as a terror attack": a classification, unless said in the speaker's words
    if verb.pos_ not in {"VERB", "AUX"} or negated(verb) or has_hedge(modifiers(verb)):
        return None
    lemma = verb.lemma_.lower()
    deps = {"nsubj"} if lemma == "be" else {"dobj"}
    about = next((c for c in verb.children if c.dep_ in deps), None)
    if lemma not in {"be", "call", "describe", "label", "brand", "term", "denounce", "condemn", "decry"} \
            or about is None:
        return None
    if about.lower_ in {"this", "it", "that"} or about.lemma_.lower() in cues.ACT_NOUNS:
        return verb
    return None


def _quoted_assault(token: Token) -> bool:
    """'called the attack "an assault on the entire justice system"': an attack on something, in the speaker's
    own quoted words, brands the act as a moral qualifier does."""
    return in_quote(token) and any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in token.children)


_CALLING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "denounce", "condemn", "decry"})


def _called_outrage(verb: Token) -> bool:
    """"called the attack cowardly", "described it as barbaric": the act itself given a moral qualifier, the
    adjective parsed as an adverb, a complement or the object of "as"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CALLING_VERBS or negated(verb) \
            or has_hedge(modifiers(verb)):
        return False
    words = [c for c in verb.children if c.dep_ in {"advmod", "acomp", "oprd", "xcomp", "ccomp"}]
    about = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if about is None:  # "called the bombing barbaric" parsed as one noun phrase, "bombing" its compound
        about = next((g for c in words if c.dep_ == "oprd" for g in c.children if g.dep_ == "compound"), None)
    if about is None or not (about.lower_ in {"this", "it", "that"} or about.lemma_.lower() in cues.ACT_NOUNS):
        return False
    words += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    words += [w for c in words for w in c.children if w.dep_ == "conj"]
    return any(w.lower_ in cues.CONDEMN_QUALIFIERS for w in words)


def _rejects_an_act(verb: Token) -> bool:
    """"The Minister of Defense rejected the attack": in Latin American English (rechazar) rejecting an act of
    violence condemns it; rejecting a claim or a charge is a denial, read elsewhere."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "reject" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in _CONDEMN_OBJECTS for c in verb.children)


def _in_an_outrage(token: Token) -> Token | None:
    """"In a cowardly act, terrorists attacked the police station": the attack told as an outrage in the
    speaker's own words brands it as "this was a cowardly act" does. Returns the attack's verb."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.BRANDED_NOUNS or token.dep_ != "pobj" \
            or token.head.lower_ != "in" or token.head.head.pos_ != "VERB":
        return None
    words = [c for c in token.children if c.dep_ == "amod"]
    words += [w for c in words for w in c.children if w.dep_ == "conj"]
    if not any(w.lower_ in cues.CONDEMN_QUALIFIERS for w in words):
        return None
    verb = token.head.head
    return verb if verb.lemma_.lower() in cues.GROUP_ACT_VERBS | cues.AGENT_VERBS else None


_VOWING_VERBS = frozenset({"vow", "pledge", "promise", "swear"})


def _outrage_named(token: Token) -> Token | None:
    """'"This cowardly act will not go unpunished," the president wrote', '"This barbaric attack will not break us"':
    the told act (this / that) named with a moral qualifier in the speaker's own words brands it, as "this is a
    cowardly act" does (with no speaker above it, the writer's words are no claim). Returns the clause's verb."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.BRANDED_NOUNS or token.dep_ not in {"nsubj",
                                                                                                   "nsubjpass"} \
            or not any(c.dep_ == "det" and c.lower_ in {"this", "that"} for c in token.children):
        return None
    words = [c for c in token.children if c.dep_ in {"amod", "advmod"}]  # "cowardly" is often tagged an adverb
    words += [w for c in words for w in c.children if w.dep_ == "conj"]
    verb = token.head  # the clause a speech verb reports ("X said"), not one a feeling hangs ("regrets that ...")
    # a vow reports the speaker's words too ("vowed that this cowardly attack would not go unpunished")
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in cues.SAY_VERBS | _VOWING_VERBS:
        return None
    return verb if any(w.lower_ in cues.CONDEMN_QUALIFIERS for w in words) else None


def _withheld(t: Token) -> bool:
    """The act of "t" is left undone by the clause above it: "declined to condemn the attack", "has yet to
    condemn it", "stopped short of condemning", "refrained from condemning", "declined to offer condolences" (a
    noun cue through its verb); "did not refuse to condemn" condemns."""
    if t.pos_ == "NOUN" and t.dep_ == "dobj":
        t = t.head
    head = t.head
    if t.dep_ == "pcomp" and head.lower_ in {"of", "from"}:
        head = head.head  # "stopped short of condemning": "short"; "refrained from condemning": the verb
    elif t.dep_ != "xcomp":
        return False
    if head.lemma_.lower() in cues.WITHHOLDING_HEADS or head.lower_ in cues.WITHHOLDING_HEADS:
        return not negated(head) and not (head.lower_ == "short" and negated(head.head))
    # "has / is yet to condemn"
    return head.lemma_.lower() in {"have", "be"} and any(c.lower_ == "yet" for c in head.children)


def _condemn_sympathy_warning(ctx: Context, si: int, sent: SpacySpan) -> None:
    for t in sent:
        lemma, low = t.lemma_.lower(), t.lower_
        if (verb := _branded(t)) is not None:
            if verb.lemma_.lower() == "be":
                frame = frame_of(ctx, si, verb)  # "'This is a cowardly attack,' X said"; "X said it was terrorism"
                sources = [] if frame.speaker is None or frame.deny or frame.hedged else [frame.speaker, *frame.also]
            else:
                sources = _speakers(ctx, si, verb)  # "X called it an act of terrorism"
            for source in sources:
                _emit(ctx, si, "condemnation", _source_ref(source), None, "affirm", False, t)
            continue
        if _called_outrage(t):
            for source in _speakers(ctx, si, t):  # "X called the attack cowardly"
                _emit(ctx, si, "condemnation", _source_ref(source), None, "affirm", False, t)
            continue
        if (said := _outrage_named(t)) is not None:
            # '"This cowardly act will not go unpunished," the president wrote'
            if said.head.lemma_.lower() in _VOWING_VERBS:  # "the president vowed that this cowardly act ..."
                for source in _speakers(ctx, si, said.head):
                    _emit(ctx, si, "condemnation", _source_ref(source), None, "affirm", False, t)
            else:
                _emit_for_speakers(ctx, si, frame_of(ctx, si, said), "condemnation", t)
            continue
        if (act := _in_an_outrage(t)) is not None:
            # '"In a cowardly act, terrorists attacked ...," the ministry said'
            _emit_for_speakers(ctx, si, frame_of(ctx, si, act), "condemnation", t)
            continue
        if _promised_reprisal(t):
            # "the ministry said the perpetrators would receive a decisive response"
            _emit_for_speakers(ctx, si, frame_of(ctx, si, t), "warning", t)
            continue
        if (plotter := _plot_foretold(t)) is not None:
            # "X told us last week that Y was planning strikes": a warning by X before the attack (DESIGN gives
            # a subject to responsibility claims only, so Y stays in the evidence, as in the news gold); the
            # police telling of the government's plans tell of their own side's ("the government was preparing
            # to hit X"), no warning
            for source in _speakers(ctx, si, t):
                own = actor_of(ctx, plotter, speaker=source)
                if own is None or speaks_for(own) != speaks_for(source):
                    _emit(ctx, si, "warning", _source_ref(source), None, "affirm", False, t)
            continue
        if lemma in cues.CONDEMN_LEMMAS or low in cues.CONDEMN_LEMMAS or _rejects_an_act(t):
            if negated(t) or _withheld(t):
                continue
            if t.pos_ == "VERB":
                objs = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
                if objs and not any(o.lemma_.lower() in _CONDEMN_OBJECTS or o.lower_ in _CONDEMN_OBJECTS
                                    for o in objs):
                    continue
            for source in _speakers(ctx, si, t):
                _emit(ctx, si, "condemnation", _source_ref(source), None, "affirm", False, t)
                _condemned_doers(ctx, si, t, source)
        elif lemma in cues.SYMPATHY_LEMMAS or low in cues.SYMPATHY_LEMMAS or _prays_for_victims(t) or (
                lemma == "thought" and any(c.lower_ == "with" for c in [*t.children, *t.head.children])):
            if negated(t) or _withheld(t) or (lemma == "prayer" and not _prayers_for_victims(t)):
                continue
            for source in _speakers(ctx, si, t):
                _emit(ctx, si, "sympathy", _source_ref(source), None, "affirm", False, t)
        elif lemma in cues.WARNING_LEMMAS or low in cues.WARNING_LEMMAS:
            if negated(t) or any(c.lower_ in cues.WARNING_NON_CONTEXT for c in t.children):
                continue
            if not any(w.lower_ in _VIOLENCE or w.lemma_.lower() in _VIOLENCE for w in t.subtree) and not any(
                    w.lower_ in _VIOLENCE and not _on_the_attack(w) for w in t.head.subtree) \
                    and not _warned_about_someone(ctx, t):
                continue
            if lemma in {"vow", "threaten", "threat"} and not any(
                    w.lemma_.lower() in cues.THREAT_OBJECTS or w.lower_ in cues.THREAT_OBJECTS for w in t.subtree):
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                continue
            if _warned_by_no_one(t) or _alert_level(t) or _travel_advice(t) or _trend_warned(t):
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


def _on_the_attack(word: Token) -> bool:
    """"The opposition went on the attack, warning that the budget ...": the idiom of a speaker who starts to criticise
    names no violence."""
    return word.lower_ in {"attack", "offensive"} and word.head.lower_ == "on" \
        and word.head.head.lemma_.lower() in {"go", "be", "come"}


def _condemned_doers(ctx: Context, si: int, verb: Token, source: ActorRef) -> None:
    """"The United States condemns Boko Haram's barbaric attack", "condemned the attack by the ADF", "condemned
    the Boko Haram attack": a condemnation that names the doer of the attack (one attack, singular) affirms,
    unhedged, that the doer did it (docs/conventions.md)."""
    if verb.pos_ != "VERB":
        return
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "nsubjpass"} or obj.tag_ != "NN" or obj.lemma_.lower() not in cues.ACT_NOUNS:
            continue
        doers = [c for c in obj.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.i in ctx.at)]
        doers += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                  if g.dep_ == "pobj"]
        for doer in doers:
            ref = actor_of(ctx, doer)
            if ref is None or ref.type == "person" or doer.pos_ == "PRON" \
                    or speaks_for(_subject_ref(ref)) == speaks_for(source):
                continue
            _emit(ctx, si, "responsibility", _source_ref(source), _subject_ref(ref), "affirm", False, verb)


_TREND_VERBS = frozenset({"rise", "increase", "grow", "spread", "worsen", "deteriorate", "escalate", "mount", "surge",
                          "intensify", "multiply", "soar"})


def _trend_warned(cue: Token) -> bool:
    """"Aid agencies warn that attacks in rural areas are rising", "the UN warned that violence was getting worse":
    a trend told as it stands is no warning of an attack (with "would / could" it may be a threat, kept)."""
    if cue.pos_ != "VERB":
        return False
    # every clause the warning (or a speech verb joined to it) says: "warned that its operations are increasing
    # and that more attacks would follow" warns of the attacks to come
    verbs = [cue, *(v for v in cue.children if v.dep_ == "conj" and v.lemma_.lower() in cues.SAY_VERBS)]
    clauses = [c for v in verbs for c in v.children if c.dep_ == "ccomp"]
    clauses += [c for clause in clauses for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    return bool(clauses) and all(_a_trend(clause) for clause in clauses)


def _a_trend(clause: Token) -> bool:
    """A clause telling a trend as it stands ("attacks are rising", "violence was getting worse"), with no modal."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    return lemma in _TREND_VERBS or (lemma in {"get", "grow", "become"} and any(
        c.dep_ == "acomp" and c.lower_ in {"worse", "deadlier", "bloodier"} for c in clause.children))


def _alert_level(cue: Token) -> bool:
    """"raised its terrorism alert to the highest level", "the threat level", "placed on high alert",
    "a state of alert": a grade of danger a state sets, not a warning."""
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in {"alert", "threat", "warning"}:
        return False
    levels = cues.ALERT_LEVEL_NOUNS
    if cue.head.lower_ in levels or (cue.dep_ == "pobj" and cue.head.head.lower_ in levels):
        return True  # "the threat level", "a state of alert"
    if any(g.lower_ in levels for c in cue.children if c.dep_ == "prep" for g in c.children):
        return True  # "the alert to the highest level"
    if cue.lemma_.lower() != "alert":
        return False
    if cue.dep_ == "pobj" and cue.head.lower_ == "on":
        return True  # "on high alert"
    return cue.dep_ in {"dobj", "nsubjpass"} and cue.head.lemma_.lower() in cues.ALERT_LEVEL_VERBS


_ADVICE_NOUNS = frozenset({"advice", "advisory", "advisories", "guidance", "warning", "warnings", "alert"})
_ADVISED_TRAVEL = frozenset({"all", "non-essential", "nonessential", "essential", "unnecessary"})
_ADVICE_PREPS = frozenset({"for", "on", "against", "about"})
_STANDING_ADVICE = frozenset({"advice", "advisory", "advisories", "guidance"})
"""Standing advice ("an advisory for travel to Azerbaijan"), unlike "a warning / an alert about travel to X"."""
_CITED_THREATS = frozenset({"threat", "plan", "plot", "imminent", "target", "attack", "intelligence"})


def _travel_advice(cue: Token) -> bool:
    """"updated its travel advice, warning against all travel to the state", "advises against all but essential
    travel": a government's standing advice to its citizens about a country, which it updates after an attack,
    is no warning of the attack (DESIGN: warned before it, or threatens more). A warning to avoid one place
    ("to avoid traveling to the airport") can be one."""
    t = cue
    for _ in range(3):
        for c in [t, *t.children]:
            if c.lemma_.lower() in _ADVICE_NOUNS and c.pos_ == "NOUN" and any(
                    g.dep_ in {"compound", "amod"} and g.lower_ == "travel" for g in c.children):
                return True  # "its travel advice", "a travel warning"
            if c.lemma_.lower() in _STANDING_ADVICE and c.pos_ == "NOUN" and any(
                    p.dep_ == "prep" and p.lower_ in _ADVICE_PREPS
                    and any(g.lower_ in _TRAVEL_WORDS | {"trips"} for g in p.children) for p in c.children) \
                    and not any(w.lemma_.lower() in _CITED_THREATS for w in cue.sent):
                # "issued a similar advisory for travel to Azerbaijan", "guidance on travel"; not one citing a
                # threat ("an advisory against travel to concerts, citing imminent plans by extremists")
                return True
        if t.dep_ not in {"advcl", "xcomp", "conj", "acl"} or t.head.i == t.i:
            break
        t = t.head
    return any(w.lower_ == "travel" and any(m.lower_ in _ADVISED_TRAVEL for m in w.children)
               for w in cue.subtree)


_REPRISAL_VERBS = frozenset({"receive", "face", "get", "pay", "suffer", "meet"})
_REPRISALS = frozenset({"response", "retaliation", "revenge", "retribution", "reprisal", "vengeance", "answer",
                        "price"})
_THREATENED = _ATTACKER_NOUNS | cues.GENERIC_PERPETRATORS | {"those", "whoever", "anyone", "enemy", "enemies"}


def _promised_reprisal(verb: Token) -> bool:
    """"the perpetrators will receive a decisive response", "the attackers will pay a heavy price": a side that
    promises to strike back threatens more violence, a warning as "vowed revenge" is (DESIGN: threatens more
    attacks). "The wounded would receive treatment" names no attacker."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _REPRISAL_VERBS or negated(verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return subj is not None and obj is not None and obj.lemma_.lower() in _REPRISALS \
        and (subj.lemma_.lower() in _THREATENED or subj.lower_ in _THREATENED)


def _prayers_for_victims(token: Token) -> bool:
    """"Our thoughts and prayers are with", "offered prayers for the victims": sympathy; "during Friday
    prayers", "gathered for evening prayers": a religious service."""
    near = [*token.children, *token.head.children] if token.dep_ in {"nsubj", "conj"} else list(token.children)
    if any(c.dep_ == "prep" and c.lower_ in {"with", "for", "to"} for c in near):
        return True
    if token.dep_ == "conj" and token.head.lemma_.lower() in {"thought", "condolence", "sympathy"}:
        return True
    return token.dep_ == "dobj" and token.head.lemma_.lower() in {"offer", "send", "extend", "express"} and any(
        c.dep_ == "poss" for c in token.children)


_MOURNED = frozenset({"victim", "family", "families", "injured", "wounded", "dead", "deceased", "people", "those",
                      "survivor", "community", "nation", "country", "city", "relative", "loved", "one", "ones",
                      "child", "children", "student", "officer", "soldier", "everyone", "all", "them", "recovery",
                      "peace"})


def _prays_for_victims(token: Token) -> bool:
    """"said he was praying for the families", "we pray for the victims": the verb is sympathy as the noun
    "prayers" is; "prayed for rain", "prayed at the mosque" are not."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "pray" or negated(token):
        return False
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in _MOURNED or g.lower_ in _MOURNED)
               for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "with"} for g in c.children)


_SUSPECT_NOUNS = frozenset({"man", "woman", "suspect", "attacker", "assailant", "gunman", "driver", "individual",
                            "person", "perpetrator", "him", "her", "bomber"})


_EARLIER_WORDS = frozenset({"ago", "previously", "earlier", "before"})
# bare "Earlier, police said" is wire copy's word for a report after the attack: it dates only a period
_EARLIER_ALONE = _EARLIER_WORDS - {"earlier"}


def _said_earlier(verb: Token) -> bool:
    """The speech verb is dated before the report: "last week", "two weeks ago", "days before the attack",
    "earlier this month", "previously" (not a bare "earlier")."""
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "npadvmod" and _recent_period(c):
            return True  # "told us last week"
        if low in _EARLIER_ALONE and c.dep_ in {"advmod", "prep"}:
            return True  # "two weeks ago", "said days before the bombing"
        if c.dep_ == "npadvmod" and any(g.lower_ in _EARLIER_WORDS for g in c.children):
            return True  # "Days before the bombing, the police said"
    return False


def _plot_foretold(verb: Token) -> Token | None:
    """"X told us last week that Y was planning strikes", "two weeks ago the army said Y was plotting to attack
    hotels": a speaker who, before the attack, said a side was planning attacks warned of them (DESIGN: the
    source warned before the attack); the plotter (returned) is whom the warning is about. Said after the act,
    with no earlier date, the words are no warning (session 16 reads them as no accusation either)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"say", "tell", "warn", "report", "inform", "disclose"} \
            or negated(verb) or not _said_earlier(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in cues.PLOT_VERBS or negated(clause):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in {"was", "were", "is", "are", "would"} for c in clause.children):
            continue  # "was planning", "would prepare": an act ahead, not one done
        acts = [c for c in clause.children if c.dep_ == "dobj" and c.lower_ in cues.ACT_NOUNS] + [
            c for c in clause.children if c.dep_ == "xcomp" and c.lemma_.lower() in cues.PLOTTED_VERBS]
        plotter = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        # "the army said it was planning strikes on X": the speaker's own plans are no warning of an attack
        if acts and plotter is not None and plotter.pos_ != "PRON":
            return plotter
    return None


def _warned_about_someone(ctx: Context, cue: Token) -> bool:
    """"Saudi Arabia had warned German authorities about the man": a warning to a state or body about a
    person (the attacker) is a warning before the attack."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() != "warn":
        return False
    warned = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if warned is None or actor_of(ctx, warned) is None:
        return False
    return any(g.dep_ == "pobj" and (g.lower_ in _SUSPECT_NOUNS or g.ent_type_ == "PERSON")
               for c in cue.children if c.dep_ == "prep" and c.lower_ in {"about", "of", "against"}
               for g in c.children)


def _warned_by_no_one(cue: Token) -> bool:
    """'the authorities had been warned of an attack': a passive warning names who was warned, not who
    warned; without a 'by ...' agent the warner is unnamed, and neither the warned nor the reporter
    of the warning made one."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in cue.children)
    return cue.pos_ == "VERB" and passive and agent_of(cue) is None


def _speaker_prep(ctx: Context, token: Token) -> ActorRef | None:
    frm = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                for g in c.children if g.dep_ == "pobj"), None)
    return actor_of(ctx, frm)


def _with_conjuncts(ctx: Context, head: Token, refs: list[ActorRef]) -> list[ActorRef]:
    """`refs` with the actor of every conjunct of `head` not already in it: the whole chain, since "Ethiopia,
    Djibouti and Kenya" nests Kenya under Djibouti and "by Germany, France and Qatar" likewise."""
    for r in [actor_of(ctx, c) for c in head.conjuncts] + coordinated_states(head) + coordinated_of(ctx, head):
        if r is not None and all(r.actor != x.actor for x in refs):
            refs.append(r)
    return refs


def _speakers(ctx: Context, si: int, token: Token) -> list[ActorRef]:
    """The source(s) of a condemnation/sympathy/warning cue, with coordinated subjects ("The U.S. and Britain")."""
    if token.pos_ == "NOUN":
        ref = _speaker_prep(ctx, token)
        if ref is None:
            poss = next((c for c in token.children if c.dep_ == "poss"), None)
            own = poss is not None and poss.lower_ in {"its", "their", "his", "her"}
            ref = actor_of(ctx, poss) if poss is not None and not own else None
        if ref is not None:
            return [ref]
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    agent = agent_of(verb)
    if agent is not None and (ref := actor_of(ctx, agent)) is not None:
        # "was condemned by the European Union"; "by Germany, France and Qatar": every conjunct
        return _with_conjuncts(ctx, agent, [ref])
    subj = _reporter(subject_of(verb))
    refs: list[ActorRef] = []
    if subj is not None:
        ref = actor_of(ctx, subj) or _signer(ctx, subj)
        if ref is not None:
            refs.append(ref)
        _with_conjuncts(ctx, subj, refs)
    if not refs and subj is not None and subj.head.i == verb.i and subj.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in {"a", "an", "another", "some"} for c in subj.children):
        return []  # "after a caller warned that a bomb had been placed, police said": the caller's, unnamed
    unlisted = subj is not None and token.lemma_.lower() not in cues.WARNING_LEMMAS
    if not refs and _unknown_nominal(subj):
        # "The company condemned the attack and extended its condolences": the company's, unlisted
        ref = _unlisted_speaker(ctx, subj) if subj is not None and unlisted else None
        return [ref] if ref is not None else []
    if not refs and subj is None and _unknown_nominal(reporter := _reporting_subject(verb)) \
            and actor_of(ctx, reporter) is None:
        return []  # "The company said it was shocked and extended its condolences"
    if not refs and subj is not None and subj.lower_ in {"i", "we"}:
        ref = turn_speaker(ctx, si)  # "Lukusa: I condemn this cowardly attack": the transcript turn's speaker
        if ref is not None:
            refs.append(ref)
    if not refs:
        ref = _speaker_up(ctx, si, token)
        if ref is not None:
            refs.append(ref)
    if not refs and unlisted:
        ref = _unlisted_speaker(ctx, subj)
        if ref is not None:
            refs.append(ref)
    return refs


def _signer(ctx: Context, medium: Token) -> ActorRef | None:
    """"The letter, signed by the X front, warned ...", "a pamphlet from the ELN threatened ...": a letter or
    message speaks for whoever signed or sent it."""
    if not _medium(medium) and medium.lemma_.lower() not in {"pamphlet", "leaflet", "note", "flyer"}:
        return None
    for c in medium.children:
        by = [g for a in c.children if a.dep_ in {"agent", "prep"} and a.lower_ == "by" for g in a.children
              if g.dep_ == "pobj"] if c.dep_ == "acl" else []
        by += [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "from" else []
        for g in by:
            ref = actor_of(ctx, g)
            if ref is not None:
                return ref
    return None


def _reporter(subj: Token | None) -> Token | None:
    """"The operator said it was shocked and offered its condolences": a pronoun subject of what a speaker
    says of itself is that speaker, named by a noun, whoever was named before."""
    if subj is None or subj.lower_ not in {"it", "they", "we"} or subj.head.dep_ != "ccomp":
        return subj
    say = subj.head.head
    if say.pos_ != "VERB" or say.lemma_.lower() not in cues.SAY_VERBS:
        return subj
    speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
    return speaker if speaker is not None and speaker.pos_ in {"NOUN", "PROPN"} else subj


def _reporting_subject(verb: Token) -> Token | None:
    """The subject of the nearest speech verb above a clause that has none of its own."""
    t = verb
    while t.head.i != t.i:
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in cues.SAY_VERBS:
            return next((c for c in t.children if c.dep_ == "nsubj"), None)
    return None


def _unknown_nominal(subj: Token | None) -> bool:
    """"the company", "the club", "the chairperson of a commission no list knows": a definite noun that names a
    speaker no actor stands for. Its own "its" or "his" refers to it, not to the last actor named."""
    return subj is not None and subj.pos_ == "NOUN" and subj.lower_ not in cues.GENERIC_PERPETRATORS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def _unlisted_speaker(ctx: Context, subj: Token) -> ActorRef | None:
    """A body or a cleric no list knows who condemns or mourns: "The Central Board of Jewish Communities
    condemned the attack", "The archbishop condemned the attack". They speak for themselves."""
    doc = ctx.doc
    subj = named_in_apposition(subj)  # "The main opposition party, the Y Alliance, condemned the attack"
    ent = next((e for e in doc_ents(doc) if e.start <= subj.i < e.end), None)
    if ent is not None and ent.label_ == "ORG" and ent.root.i == subj.i:
        # "The National Union of Journalists of the Philippines": the name goes on past the tagger's cut
        span = doc[ent.start + (ent[0].lower_ == "the") : organisation_end(doc, ent.start, ent.end)]
        if len(span) == 0 or _is_place_name(span.text):
            return None
        return actor_ref(span, span.text, "organization", span.text)
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in cues.CLERIC_TITLES and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        mods = [c for c in subj.lefts if c.dep_ in {"amod", "compound"}]
        span = doc[(mods[0] if mods else subj).i : subj.i + 1]
        return actor_ref(span, span.text, "person", span.text)
    return None


def _is_place_name(name: str) -> bool:
    return bool(load_gazetteer().cities_named(name_key(name)))


# ---------------------------------------------------------------------------------------- main


def _evidence(text: str, sent: SpacySpan, cue: Token) -> Span:
    """The sentence, or a window of at most ~200 characters around the cue in a long sentence; a wire dateline
    opening it ("KABUL (Reuters) -") says where the report was filed, no word of the statement, and is left out."""
    start, end = sent.start_char, sent.end_char
    dash = sentence_dash(sent[0])  # read once per Doc; `sent` is one of its sentences
    if dash is not None and dash.i + 1 < sent.end and cue.i > dash.i:
        start = sent.doc[dash.i + 1].idx
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
    return make_span(text, start, end)


def _cameo(kind: str, is_self: bool, polarity: str, source: ActorRef, cue: Token) -> str | None:
    threat = kind == "warning" and source.type == "group" and cue.lemma_.lower() in {"threaten", "threat", "vow"}
    return claim_code(kind, is_self, polarity, threat_by_group=threat)


def _firm_self_claims(ctx: Context) -> None:
    """A group's own claim reported once with distance ("reportedly claimed") and once plainly is one claim."""
    firm = {(r.source.actor, r.polarity) for r in ctx.raws
            if r.kind == "responsibility" and not r.hedged and r.subject and r.subject.actor == r.source.actor}
    for r in ctx.raws:
        if r.kind == "responsibility" and r.hedged and r.subject and r.subject.actor == r.source.actor \
                and (r.source.actor, r.polarity) in firm:
            r.hedged = False


_ACCUSING = frozenset({"accuse", "blame", "implicate", "finger", "point", "attribute", "link", "tie", "pin"})


def _self_accusation(raw: Raw) -> bool:
    """"The government accused Rwanda of organising the attack", "the governor attributed the shooting to
    separatists" (even where the parse hangs an earlier "No group said it carried out ..." on the cue): whoever
    the bare nominal stands for, the accused is never the speaker of its own accusation."""
    return raw.kind == "responsibility" and raw.polarity == "affirm" and raw.subject is not None \
        and raw.cue.lemma_.lower() in _ACCUSING and speaks_for(raw.source) == raw.subject.actor


_STATE_VOICES = frozenset({"minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "diplomat", "envoy",
                           "ambassador"})
"""Who answers for a state abroad: unnamed, they deny for the state accused, not for the story's country."""


def _own_side_denials(ctx: Context, assumed: set[int]) -> None:
    """'"Rwanda had no part in this," ministry spokeswoman X said', 'A deputy foreign minister said Iran had
    nothing to do with the attack': an official whose side the text does not state, denying a state's
    involvement, speaks for that state (not for the story's country)."""
    for raw in ctx.raws:
        unnamed_office = raw.source.type == "state" and raw.source.text.islower() \
            and bool(set(raw.source.text.split()) & _STATE_VOICES)  # "a deputy foreign minister": no state named
        if raw.kind == "responsibility" and raw.polarity == "deny" and raw.source.type in {"person", "state"} \
                and (raw.source.evidence.start in assumed or unnamed_office) and raw.subject is not None \
                and raw.subject.type == "state" and speaks_for(raw.source) != raw.subject.actor \
                and not _named_in_the_act(ctx, raw.subject):
            update = {"affiliation": raw.subject.actor}
            if raw.source.type == "state":  # an unnamed office stands for its state
                update["actor"] = raw.subject.actor
            raw.source = raw.source.model_copy(update=update)


def _named_in_the_act(ctx: Context, subject: ActorRef) -> bool:
    """The state is named only by a word in what the act is called ("the bombing was not an Indian operation"): the
    official who says so is no voice of that state (the story's minister clears it)."""
    span = ctx.doc.char_span(subject.evidence.start, subject.evidence.end, alignment_mode="expand")
    return span is not None and names_the_act(span.root)


def _governing_group_denials(ctx: Context) -> None:
    """"Pakistan blamed the Taliban. The Taliban government denied involvement": the group's government speaks for
    the state it governs, but a denial that answers a charge laid on the group (and none on the state) denies for
    the group, so the denial meets the charge (contested), not a self-denial of the state no one accused."""
    charged = {r.subject.actor: r.subject for r in ctx.raws if r.kind == "responsibility" and r.polarity == "affirm"
               and r.subject is not None}
    for raw in ctx.raws:
        if raw.kind != "responsibility" or raw.polarity != "deny" or raw.source.type != "state" \
                or raw.subject is None or raw.subject.actor != speaks_for(raw.source) or raw.subject.actor in charged:
            continue
        span = ctx.doc.char_span(raw.source.evidence.start, raw.source.evidence.end, alignment_mode="expand")
        group = next(((t, e) for t in span or [] if (e := group_gazetteer().lookup(t.text)) is not None
                      and e.name in cues.GOVERNING_GROUPS and e.name in charged), None)
        if group is not None:
            tok, entry = group
            raw.subject = charged[entry.name].model_copy(update={
                "text": tok.text, "evidence": make_span(doc_text(ctx.doc), tok.idx, tok.idx + len(tok.text))})


def _not_own_side(ctx: Context, assumed: set[int]) -> None:
    """'Mayor X said Russia fired the missiles' in a story that names Russia most: a speaker whose side the
    text does not state and who names a state as the doer does not speak for that state. A titled person
    then speaks for himself; an unnamed nominal ("officials said Russia ...") stands for no known side."""
    keep = []
    for raw in ctx.raws:
        if raw.kind == "responsibility" and raw.polarity == "affirm" and raw.subject is not None \
                and raw.subject.type == "state" and speaks_for(raw.source) == raw.subject.actor \
                and raw.subject.evidence.start != raw.source.evidence.start \
                and raw.sentence.start_char <= raw.subject.evidence.start < raw.sentence.end_char:
            if raw.source.type == "person" and raw.source.evidence.start in assumed:
                raw.source = raw.source.model_copy(update={"affiliation": raw.source.actor})
            elif _bare_nominal(ctx, raw.source):
                continue
        keep.append(raw)
    ctx.raws = keep


def _bare_nominal(ctx: Context, ref: ActorRef) -> bool:
    """"officials", "the police": a state nominal that names no state ("Russian officials", "the Kremlin")."""
    span = ctx.doc.char_span(ref.evidence.start, ref.evidence.end, alignment_mode="expand")
    if ref.type != "state" or span is None or span[-1].lower_ not in cues.OFFICIAL_NOUNS:
        return False
    return not states_named_in(list(span)) and not any(
        m.ref.type == "state" and m.ref.evidence.start != ref.evidence.start
        for t in span if (m := ctx.at.get(t.i)) is not None)


def _narrow(ctx: Context) -> None:
    """A movement's name in a story about exactly one of its branches means that branch. A branch carries the
    movement's name ("Islamic State West Africa Province", "New IRA"); a group with a name of its own that
    pledged allegiance to it ("the ADF, which has pledged allegiance to Islamic State") is another actor, and
    the movement's own claim stays the movement's."""
    children: dict[str, dict[str, ActorRef]] = {}
    for m in ctx.mentions:
        if m.ref.type == "group" and m.ref.affiliation in cues.NARROWING_PARENTS \
                and _namesake_branch(m.ref.actor, m.ref.affiliation):
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


def _namesake_branch(branch: str, parent: str) -> bool:
    """The branch's name holds the movement's, or its acronym's last letters ("New IRA")."""
    acronym = "".join(w[0] for w in parent.split() if w[:1].isupper())
    words = branch.split()
    return parent in branch or acronym in words


def _headline_gives_way(ctx: Context, body: int) -> None:
    """A headline drops hedges as it drops a toll's qualifiers ("Police blame X for market blast" over "police said
    X may have been behind the blast"): a headline's claim the body repeats with another hedge takes the body's,
    so it is one claim whose evidence the headline adds to. One the body does not repeat stands as worded."""
    if not body:
        return
    in_body = {(speaks_for(r.source), r.kind, r.subject.actor if r.subject else None, r.polarity): r.hedged
               for r in sorted(ctx.raws, key=lambda r: r.cue.idx, reverse=True) if r.cue.idx >= body}
    firm = {k for k, hedged in in_body.items() if not hedged}  # the body's firm word wins over its hedged one
    for raw in ctx.raws:
        key = (speaks_for(raw.source), raw.kind, raw.subject.actor if raw.subject else None, raw.polarity)
        if raw.cue.idx < body and key in in_body:
            raw.hedged = key not in firm


def find_claims(doc: Doc, actors: list[ActorMention]) -> list[ClaimMention]:
    """Every claim in the document, one per (affiliation, kind, subject, polarity, hedged), in text order."""
    original = doc
    text = doc_text(doc)
    doc = analysis_doc(doc)
    sents = list(doc.sents)
    at: dict[int, ActorMention] = {}
    for m in actors:
        span = doc.char_span(m.ref.evidence.start, m.ref.evidence.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                at.setdefault(t.i, m)
    ctx = Context(doc, at, sorted(actors, key=lambda m: m.ref.evidence.start), sents)
    for t in doc:  # "A man who said he spoke for X called a reporter": known before "the caller" speaks
        if t.pos_ == "NOUN" and t.lemma_.lower() in cues.SELF_NAMED_PERSON_NOUNS and not any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children):
            described(ctx, t)
    for si, sent in enumerate(sents):
        used = _self_claims(ctx, si, sent)
        _responsibility(ctx, si, sent, used)
        _claim_judged(ctx, si, sent)
        _denial_judged(ctx, si, sent)
        _own_word_corrected(ctx, si, sent)
        _first_word_revised(ctx, si, sent)
        _mutual_blame(ctx, si, sent)
        _condemn_sympathy_warning(ctx, si, sent)

    _narrow(ctx)
    assumed = {m.ref.evidence.start for m in actors if m.assumed}
    _own_side_denials(ctx, assumed)
    _governing_group_denials(ctx)
    _not_own_side(ctx, assumed)
    ctx.raws = [r for r in ctx.raws if not _self_accusation(r) and not corrected_text(r.cue)]
    _firm_self_claims(ctx)
    _headline_gives_way(ctx, headline_end(text))
    merged: dict[tuple, tuple[Raw, list[Span]]] = {}
    for raw in sorted(ctx.raws, key=lambda r: r.cue.idx):
        subject = raw.subject.actor if raw.subject else None
        key = (speaks_for(raw.source), raw.kind, subject, raw.polarity, raw.hedged)
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
            hedged=hedged, cue=make_span(text, cue.idx, cue.idx + len(cue.text)),
            cameo=_cameo(kind, is_self, polarity, raw.source, cue), incident=None,
            evidence=spans[0], also=spans[1:],
        )
        out.append(ClaimMention(claim=claim, sent=sent_index(raw.cue.idx)))
    return out
