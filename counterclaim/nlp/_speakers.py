"""Who speaks: actor resolution for tokens and the speech-act frame above a statement.

Shared by the claim rules in attribution.py. `actor_of` maps a token to the actor it stands for
(a mention on it or in its noun phrase, a pronoun's antecedent, "a man claiming to be the leader of
X"); `frame_of` walks up the parse from a content predicate to the verb or noun that reports it and
collects the speaker, deny verbs and hedges on the way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..codebooks.gazetteer import load_gazetteer, name_key
from ..codebooks.groups import gazetteer
from ..models import ActorRef, Span
from . import _cues as cues
from ._dateline import DASHES, in_dateline, past_dateline, sentence_dash
from ._org_names import organisation_end
from ._text import described_noun, doc_ents, doc_text, in_quote, sents_back, span_ents
from .actors import actor_ref, country_of_token, holds_responsible, is_title
from .mentions import ActorMention

_PERSON_PRON = {"he", "she", "him", "her", "his", "hers"}
_GROUP_PRON = {"it", "its", "they", "their", "them", "we", "our", "us", "itself", "themselves"}
_FIRST_PERSON = {"i", "we", "our", "us", "me", "my"}
_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "det", "nummod", "flat", "case", "punct", "conj", "cc"}

@dataclass
class Raw:
    kind: str
    source: ActorRef
    subject: ActorRef | None
    polarity: str
    hedged: bool
    cue: Token
    sent: int
    sentence: SpacySpan


@dataclass
class Context:
    doc: Doc
    at: dict[int, ActorMention]
    mentions: list[ActorMention]
    sents: list[SpacySpan]
    raws: list[Raw] = field(default_factory=list)
    nominals: dict[str, ActorRef] = field(default_factory=dict)
    asker_turn: bool | None = None  # the text has an asker's turn ("Q: ..."): known once asked


# ------------------------------------------------------------------------------------------ helpers


def make_span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def last_before(ctx: Context, i: int, types: set[str], sex: str | None = None,
                plural: bool = False) -> ActorMention | None:
    """The last actor mention of one of `types` before token i (pronoun antecedents). A pronoun outside the
    quotation of its own sentence does not refer into it ('"The RSF shelled us," it said': not the RSF). With
    `sex`, a person whose sex the text tells otherwise is passed over ("Ms Aisha Bello ... he said"); with
    `plural` ("they"), one official named by a singular noun ("the minister") is. A wire dateline's names say where
    the report was filed, and no pronoun points back to them ("LAHORE, Pakistan - A group ... said it had not")."""
    quoted = _quoted_in_sentence(ctx.doc[i])
    found = []
    for m in ctx.mentions:
        if m.ref.evidence.start >= ctx.doc[i].idx:
            break
        if m.ref.type in types and not _patron_mention(ctx, m) and m.ref.evidence.start not in quoted \
                and not (plural and _one_official(ctx, m.ref)) and not _dateline_mention(ctx, m):
            found.append(m)
    # the sex is read only from the last mention back until one fits, not for every earlier one
    for m in reversed(found):
        span = ctx.doc.char_span(m.ref.evidence.start, m.ref.evidence.end, alignment_mode="expand") \
            if sex is not None else None
        if span is None or _sex_of_speaker(span.root) in {None, sex}:
            return m
    return None


def _dateline_mention(ctx: Context, m: ActorMention) -> bool:
    """The mention is a name of the wire dateline that opens its sentence ("KABUL, Afghanistan -")."""
    span = ctx.doc.char_span(m.ref.evidence.start, m.ref.evidence.end, alignment_mode="expand")
    return span is not None and in_dateline(span[0])


def _sex_of_pronoun(token: Token) -> str | None:
    """"he" -> "m", "she" -> "f" (spaCy's morphology, or the word itself), else None."""
    gender = token.morph.get("Gender")
    if gender:
        return {"Masc": "m", "Fem": "f"}.get(gender[0])
    return "m" if token.lower_ in {"he", "him", "his"} else "f" if token.lower_ in {"she", "her", "hers"} else None


def _sex_of_speaker(subj: Token) -> str | None:
    """A speaker's sex where the text gives it: an honorific or gendered title or noun in the name's phrase ("Mr
    Ibrahim Musa", "Ms Aisha Bello", "a police spokeswoman"), or a "he" / "she" that is the subject of what the
    speaker says ("Amina Yusuf said she saw the bomber"). None when the text does not tell."""
    words = [t for t in subj.subtree if t.i <= subj.i or t.dep_ in {"flat", "compound", "appos"}]
    first = subj.doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    for t in [*([first] if first is not None else []), *words]:
        low = t.lower_
        if low in cues.MALE_WORDS:
            return "m"
        if low in cues.FEMALE_WORDS:
            return "f"
    head = subj.head
    if subj.dep_ == "nsubj" and head.lemma_.lower() in cues.SAY_VERBS:
        for c in head.children:
            if c.dep_ == "ccomp":
                pron = next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}
                             and g.lower_ in {"he", "she"}), None)
                if pron is not None:
                    return _sex_of_pronoun(pron)
    return None


def _quoted_in_sentence(token: Token) -> set[int]:
    """Character offsets of the quoted tokens of the token's sentence, when the token itself is outside them."""
    sent = token.sent
    if in_quote(token) or not any(t.text in _QUOTE_MARKS for t in sent):
        return set()
    return {t.idx for t in sent if in_quote(t)}


def _patron_mention(ctx: Context, m: ActorMention) -> bool:
    """"an umbrella group of Iran-backed militias", "a militia backed by Iran": the patron is named to describe
    another actor, and "it" or "its" after it refers to the group described."""
    span = ctx.doc.char_span(m.ref.evidence.start, m.ref.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in {"npadvmod", "compound", "nmod"} and root.head.tag_ == "VBN" and root.head.i > root.i:
        return root.head.lemma_.lower() in cues.PATRON_VERBS  # "Iran-backed"
    if root.dep_ == "pobj" and root.head.dep_ in {"agent", "prep"} and root.head.head.tag_ == "VBN":
        return root.head.head.lemma_.lower() in cues.PATRON_VERBS  # "backed by Iran"
    return False


def np_tokens(token: Token) -> list[Token]:
    """The token and its noun-phrase modifiers (no relative clauses or prepositional attachments).

    A phrase never runs across a wire dateline's dash: after a plain hyphen the parser may hang the country on
    the story's subject ("PESHAWAR, Pakistan - A militant group claimed ...": "Pakistan" a compound of the group,
    the group an apposition of the city), which made the state the claimant."""
    dash = sentence_dash(token)
    if dash is not None and token.i < dash.i and in_dateline(token):
        # a dateline word the parse takes for the head, the story's subject hung on it ("MOGADISHU — Al-Shabaab
        # militants detonated ..."): the phrase is the subject's, after the dash
        after = [c for c in token.children if c.i > dash.i and c.pos_ in {"NOUN", "PROPN", "PRON"}]
        if after:
            return np_tokens(after[0])
    out = [token]
    stack = [token]
    while stack:
        t = stack.pop()
        for c in t.children:
            if dash is not None and (c.i < dash.i) != (token.i < dash.i):
                continue
            if c.dep_ in _NP_DEPS or (c.dep_ == "prep" and c.lower_ in {"of", "for"} and (
                    t.lower_ in cues.TITLE_WORDS or t.lower_ in cues.MEMBER_NOUNS or t.lower_ in cues.CLERIC_TITLES
                    or t.lower_ in cues.UNIT_NOUNS
                    # "the government of Kenya", "the embassies of France and Italy": a state's body named after it
                    or t.lemma_.lower() in cues.REGIME_NOUNS | {"ministry", "embassy"}
                    # "Foreign ministers of the Group of Seven", "officials of the EU": titles in the plural
                    or (t.tag_ == "NNS" and t.lemma_.lower() in cues.TITLE_WORDS))):
                out.append(c)
                stack.append(c)
            elif c.dep_ == "pobj" and t.dep_ == "prep":
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


_TYPE_RANK = {"group": 0, "person": 1, "organization": 2, "state": 3}
_RELATIVE = {"that", "which", "who", "whom", "whose"}


_LABEL_SPEECH_VERBS = cues.SAY_VERBS | cues.DENY_VERBS | cues.ACCUSE_VERBS | {"claim"}


def _labelled_group(ctx: Context, m: ActorMention) -> ActorRef | None:
    """"The Katiba Serma Brigade (KSB) - Mali claimed the attack": a country after a group's name (and its acronym
    in brackets) and a dash is the group's label, as a listing gives it, whatever the parse makes the subject: the
    group so labelled speaks, not the country. "The government of Mali - a close ally of France - said" has no group
    before a dash."""
    if m.ref.type != "state" or doc_text(ctx.doc)[max(0, m.ref.evidence.start - 3):m.ref.evidence.start].strip() \
            not in DASHES:
        return None  # the cheap test first: actor_of asks this of every state mention
    doc = ctx.doc
    first = doc.char_span(m.ref.evidence.start, m.ref.evidence.end, alignment_mode="expand")
    k = (first.start if first is not None else 0) - 1
    if k < 1 or doc[k].text not in DASHES:
        return None
    k -= 1
    bracketed = doc[k].text == ")"
    if bracketed:  # past the acronym in brackets
        k = next((j for j in range(k - 1, max(k - 6, -1), -1) if doc[j].text == "("), 0) - 1
    before = ctx.at.get(k) if k >= 0 else None
    if before is None or before.ref.type != "group" or first is None:
        return None
    if not bracketed and first.root.dep_ in {"nsubj", "nsubjpass"} \
            and first.root.head.lemma_.lower() in _LABEL_SPEECH_VERBS:
        # with no acronym in brackets, a country the parse makes the subject of a speech verb speaks itself: "Who is
        # behind it? JNIM - Mali said the group had carried out the attack" is Mali's word (with brackets, "X (XG) -
        # Mali claimed", the listing's label)
        return None
    # the name and its label in one phrase (the name hung on the country, or both subjects of one verb), not two
    # clauses ("Police blamed the TTP - Pakistan says the group shelters in Afghanistan")
    name = doc[k]
    while name.head.i != name.i and name.head.i < first.start and name.dep_ in {"compound", "appos", "flat", "nmod"}:
        name = name.head
    # or the name left a verbless fragment of its own ("X (XG) - Mali claimed" parsed as two sentences' roots)
    return before.ref if name.head.i in range(first.start, first.end) or (
        name.dep_ == "nsubj" and first.root.dep_ == "nsubj" and name.head.i == first.root.head.i) or (
        name.dep_ == "ROOT" and name.pos_ in {"PROPN", "NOUN"}) else None


def actor_of(ctx: Context, token: Token | None, speaker: ActorRef | None = None) -> ActorRef | None:
    """The actor a token stands for: a mention on it, in its noun phrase, or a pronoun's antecedent."""
    if token is None:
        return None
    m = ctx.at.get(token.i)
    if m is not None and not indefinite_modifier(token):
        return _labelled_group(ctx, m) or m.ref
    low = token.lower_
    if low in _RELATIVE and token.head.dep_ == "relcl":
        antecedent = token.head.head
        if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" and \
                _splinter_parent(ctx, antecedent.head.head) is not None:
            antecedent = antecedent.head.head  # "a dissident faction of the former FARC rebels, which denied it"
        return actor_of(ctx, antecedent, speaker)
    if token.pos_ == "PRON" or low in _PERSON_PRON | _GROUP_PRON:
        return pronoun(ctx, token, speaker)
    if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in token.children):
        return None
    found = described(ctx, token)
    if found is not None:
        return found
    named = _branch_named_after_its_parent(ctx, token)
    if named is not None:
        return named
    parent = _splinter_parent(ctx, token)
    if parent is not None:
        return _splinter_ref(token, parent) or _faction_voice(token, parent)
    nps = np_tokens(token)
    if _rival_of(token):  # "the group's rival faction", "rivals of JNIM": another actor than the one named
        other = {t.i for c in token.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                 for t in c.subtree}
        nps = [t for t in nps if t.i not in other]
    found = [ctx.at[t.i] for t in nps if t.i in ctx.at and not indefinite_modifier(t)]
    if not found:
        # "the attackers and their handlers": a conjunct's pronoun points back to the head, not past it
        poss = next((t for t in nps if t.dep_ == "poss" and t.pos_ == "PRON" and t.head.dep_ != "conj"), None)
        if poss is not None:
            return pronoun(ctx, poss, speaker)
        return None
    found.sort(key=lambda m: (_TYPE_RANK.get(m.ref.type, 9), -m.ref.evidence.start))
    return found[0].ref


_APPOSED_KIN = cues.BRANCH_NOUNS | {"ally"}
"""A branch (the shared table) or an ally of a group, whose own name the apposition sets: "A regional ally of
al-Qaeda, Ansarul Islam, said" speaks as Ansarul Islam, as a branch does."""


def _branch_named_after_its_parent(ctx: Context, token: Token) -> ActorRef | None:
    """ "The Mali-based affiliate of al-Qaeda, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), said ...": the parser
    hangs the branch's name on its parent's ("al-Qaeda, JNIM"), but the apposition names the branch, which is the
    one that speaks; None when no group is set in apposition there ("an affiliate of al-Qaeda said")."""
    if token.lower_ not in _APPOSED_KIN and token.lemma_.lower() not in _APPOSED_KIN:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for parent in (g for g in prep.children if g.dep_ == "pobj"):
            for name in (c for c in parent.children if c.dep_ == "appos" and c.i > parent.i):
                m = ctx.at.get(name.i)
                if m is not None and m.ref.type == "group":
                    return m.ref
    return None


_RIVALS = frozenset({"rival", "rivals", "enemy", "enemies", "opponent", "opponents", "foe", "foes", "adversary",
                     "adversaries"})


def _rival_of(token: Token) -> bool:
    return token.lower_ in _RIVALS or any(c.dep_ in {"amod", "compound"} and c.lower_ in _RIVALS
                                         for c in token.children)


_SPLINTER_HEADS = frozenset({"faction", "factions", "splinter", "splinters", "offshoot", "offshoots"})
_SPLINTER_MODIFIERS = frozenset({"splinter", "breakaway", "dissident", "renegade", "rogue"})


def _splinter_parent(ctx: Context, token: Token) -> ActorRef | None:
    """"a dissident faction of the former FARC", "a splinter group of the TTP": the group split from (or a part
    of) the one named after "of"; None when the phrase is no such split."""
    low = token.lower_
    split = any(c.dep_ in {"amod", "compound"} and c.lower_ in _SPLINTER_MODIFIERS for c in token.children)
    if low not in _SPLINTER_HEADS and not (low in {"group", "groups", "cell", "wing", "movement"} and split):
        return None
    if any(c.dep_ in {"compound", "appos", "nmod"} and c.pos_ == "PROPN" for c in token.children):
        return None  # "the Al-Barnawi faction (ISWAP) of Boko Haram": a named faction, read by the name
    if not split and not any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "one"} for c in token.children):
        return None  # "the faction of X" said of a group already named: that group
    of = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for g in c.children
          if g.dep_ == "pobj"]
    found = [ctx.at[t.i] for g in of for t in np_tokens(g) if t.i in ctx.at]
    group = next((m.ref for m in found if m.ref.type == "group"), None)
    return group


def _splinter_ref(token: Token, parent: ActorRef) -> ActorRef | None:
    """A faction split from a group is its own actor (GTD codes "FARC dissidents" apart from the FARC): the
    gazetteer's dissident entry for the parent when it has one, else no actor the text names."""
    entry = gazetteer().lookup(f"{parent.actor} dissidents")
    if entry is None or entry.type != "group":
        return None
    span = _split_phrase(token)
    return ActorRef(text=span.text, actor=entry.name, type="group", affiliation=entry.affiliation or parent.actor,
                    evidence=Span(start=span.start_char, end=span.end_char, text=span.text))


def _faction_voice(token: Token, parent: ActorRef) -> ActorRef | None:
    """"A faction of the Niger Delta Avengers claimed the attack / said its fighters did it": a plain faction (no
    dissident or splinter word) that speaks speaks for its group, as a named unit does (docs/conventions.md); blamed
    ("police blamed a faction of X") it stays no actor, since part of a group is not the whole of it. A rival
    faction ("a rival faction of X said the group's leaders ordered it") speaks against X, never for it. The source
    is grounded on the whole phrase ("a faction of X"), which says who speaks."""
    if token.dep_ != "nsubj" or _rival_of(token) or any(
            c.dep_ in {"amod", "compound"} and c.lower_ in _SPLINTER_MODIFIERS for c in token.children):
        return None
    verb = token.head
    if verb.lemma_.lower() not in cues.CLAIM_VERBS | cues.SAY_VERBS | cues.DENY_VERBS:
        return None
    span = _split_phrase(token)
    return parent.model_copy(update={"text": span.text, "evidence": Span(start=span.start_char, end=span.end_char,
                                                                         text=span.text)})


def _split_phrase(token: Token) -> SpacySpan:
    """"a dissident faction of the former FARC rebels": the phrase up to the parent's name (no relative clause)."""
    of = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for g in c.children
          if g.dep_ == "pobj"]
    end = max([t.i for g in of for t in np_tokens(g) if not t.is_punct] + [token.i])
    return token.doc[token.left_edge.i:end + 1]


def described(ctx: Context, token: Token) -> ActorRef | None:
    """A described speaker who names his group ("a man claiming to lead X", "a caller who identified himself as
    X's spokesman") -> the group; later "the man" -> the same."""
    if token.pos_ != "NOUN":
        return None
    lemma = token.lemma_.lower()
    person = lemma in cues.SELF_NAMED_PERSON_NOUNS
    for c in _self_namings(token, person):
        for t in c.subtree:
            m = ctx.at.get(t.i)
            if m is not None and m.ref.type in {"group", "organization"}:
                ctx.nominals[lemma] = m.ref
                if person:  # "A man who said he spoke for X called ... the caller said": one person
                    ctx.nominals["_person"] = m.ref
                return m.ref
    if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
        return ctx.nominals.get(lemma) or (ctx.nominals.get("_person") if person else None) \
            or _earlier_body(ctx, token) or _earlier_company(ctx, token)
    return None


_SELF_NAMING_VERBS = frozenset({"claim", "identify", "purport", "say", "call", "name"})


def _self_namings(token: Token, person: bool) -> list[Token]:
    """The phrases in which a described speaker names his own side: "a man claiming to lead X", "a caller who
    identified himself as X's spokesman", "a man who said he spoke for X"; not what a witness says he saw or whom
    he spoke to ("a man who said he had spoken to X fighters")."""
    out: list[Token] = []
    for c in token.children:
        if (c.dep_ in {"acl", "advcl"} or (c.dep_ == "relcl" and c.lemma_.lower() in {"identify", "purport"})) \
                and c.lemma_.lower() in _SELF_NAMING_VERBS:
            out.append(c)
        elif person and c.dep_ == "relcl" and c.lemma_.lower() in {"say", "claim"}:
            out.extend(_side_spoken_for(c))
    return out + _self_naming_beside(token, person)


def _side_spoken_for(clause: Token) -> list[Token]:
    """"who said he spoke for X" / "on behalf of X", "who claimed to represent X", "who said he was a spokesman for
    X" (or "X's spokesman"): the phrases that hold the side he speaks for."""
    out: list[Token] = []
    for t in clause.subtree:
        spokesman = t.lower_ in cues.SPOKESPERSON_WORDS
        if not spokesman and t.lemma_.lower() not in {"speak", "represent"}:
            continue
        if spokesman:
            out.extend(c for c in t.children if c.dep_ in {"poss", "compound"})
        if t.lemma_.lower() == "represent":
            out.extend(c for c in t.children if c.dep_ == "dobj")
        for p in t.children:
            if p.dep_ != "prep":
                continue
            objs = [g for g in p.children if g.dep_ == "pobj"]
            if p.lower_ == "for" or (spokesman and p.lower_ == "of"):
                out.extend(objs)
            elif p.lower_ == "on":  # "on behalf of X"
                out.extend(g2 for g in objs if g.lower_ == "behalf" for q in g.children
                           if q.dep_ == "prep" and q.lower_ == "of" for g2 in q.children if g2.dep_ == "pobj")
    return out


def _self_naming_beside(token: Token, person: bool) -> list[Token]:
    """'"We did it," the caller said, identifying himself as a spokesman for X' (or "claiming to be X's commander",
    "claiming to speak for X"): the participle that names the caller's side hangs on the speech verb whose subject
    he is. "Identify" counts only with "himself as", "claim" only with "to be" / "to speak for": "..., claiming that
    X planted the bomb" is what he says of X, not whom he is."""
    if not person or token.dep_ != "nsubj":
        return []
    out: list[Token] = []
    for c in token.head.children:
        if c.dep_ != "advcl":
            continue
        if c.lemma_.lower() == "identify" and any(r.lower_ in {"himself", "herself"} for r in c.children) and any(
                p.dep_ == "prep" and p.lower_ == "as" for p in c.children):
            out.extend(p for p in c.children if p.dep_ == "prep" and p.lower_ == "as")
        elif c.lemma_.lower() == "claim":
            for x in c.children:
                if x.dep_ == "xcomp" and x.lemma_.lower() == "be":
                    out.append(x)
                elif x.dep_ == "xcomp" and x.lemma_.lower() in {"speak", "represent"}:
                    out.extend(_side_spoken_for(x))
    return out


_COMPANY_NOUNS = cues.COMPANY_NOUNS
_OWNING_VERBS = frozenset({"own", "run", "operate", "manage", "employ"})


def _earlier_company(ctx: Context, token: Token) -> ActorRef | None:
    """"A mine run by Kibali Mining ... The company blamed X": "the company" (firm, operator) points back to the
    company last named in the few sentences before, which speaks for itself (its own affiliation): a name the
    tagger calls an organisation, or any name said to own or run the target or glossed as the company ("X, the
    mine's operator")."""
    if token.lemma_.lower() not in _COMPANY_NOUNS or token.pos_ != "NOUN":
        return None
    doc = ctx.doc
    start = sents_back(doc, token.sent.start, 3)
    for ent in reversed(span_ents(doc[start : token.i])):
        if ent.label_ not in {"ORG", "PERSON"}:
            continue
        root = ent.root
        m = ctx.at.get(root.i)
        if m is not None and m.ref.type in {"group", "state"}:
            continue
        owner = root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in _OWNING_VERBS
        glossed = any(c.dep_ == "appos" and c.lemma_.lower() in _COMPANY_NOUNS for c in root.children)
        if ent.label_ == "PERSON" and not (owner or glossed):
            continue
        span = doc[ent.start + (ent[0].lower_ == "the"): ent.end]
        if len(span) == 0 or load_gazetteer().cities_named(name_key(span.text)):
            continue
        ref = ActorRef(text=span.text, actor=span.text, type="organization", affiliation=span.text,
                       evidence=Span(start=span.start_char, end=span.end_char, text=span.text))
        ctx.nominals.setdefault(token.lemma_.lower(), ref)
        return ref
    return None


def _earlier_body(ctx: Context, token: Token) -> ActorRef | None:
    """"..., a medical group said. ... the group said", "The Kordofan Medical Network said ... The group blamed":
    a civil body described with the same noun, or a civil body's name speaking, in the last few sentences."""
    start = sents_back(ctx.doc, token.sent.start, 3)
    generic = token.lemma_.lower() in {"group", "organisation", "organization"}
    for t in reversed(ctx.doc[start:token.i]):
        if t.i in ctx.at and ctx.at[t.i].ref.type in {"group", "organization"}:
            return None
        if t.lemma_.lower() == token.lemma_.lower() and t.i not in ctx.at:
            return unlisted_body(ctx, t, civil_only=True)
        if generic and t.dep_ == "nsubj" and t.ent_type_ == "ORG" and t.i not in ctx.at \
                and (ref := unlisted_body(ctx, t, civil_only=True)) is not None:
            return ref
    return None


_THEY = frozenset({"they", "them", "their", "themselves"})


def _one_official(ctx: Context, ref: ActorRef) -> bool:
    """A state's or group's voice named by a singular noun for one person ("the minister", "a police
    spokesman"): "they" does not agree with it, as it does with a body ("the army", "police") or a name."""
    span = ctx.doc.char_span(ref.evidence.start, ref.evidence.end, alignment_mode="expand")
    return span is not None and _human(ctx, span.root) and ref.type != "person"


def pronoun(ctx: Context, token: Token, speaker: ActorRef | None) -> ActorRef | None:
    low = token.lower_
    if speaker is not None and low in _GROUP_PRON | _FIRST_PERSON and speaker.type != "person" \
            and not (low in _THEY and _one_official(ctx, speaker) and not _reported_view(token)):
        return speaker
    if speaker is not None and _own_ranks(token) and _group_voice(speaker):
        return speaker
    if (previous := _previous_speaker(ctx, token)) is not None:
        return actor_of(ctx, previous) or unlisted_body(ctx, previous)
    if low in _FIRST_PERSON:
        return _own_side(ctx, speaker) if low in {"we", "our", "us"} else speaker
    if low in _PERSON_PRON:
        prev = last_before(ctx, token.i, {"person"}, sex=_sex_of_pronoun(token))
        return prev.ref if prev else None
    if low in _THEY and (teller := _teller_around_a_relative(ctx, token)) is not None:
        return teller
    if low in _GROUP_PRON:
        official = _official_voice(ctx, token) if low in _THEY else None
        if official is not None and _reported_view(token):
            return official
        prev = last_before(ctx, token.i, {"group", "organization", "state"}, plural=low in _THEY)
        if prev is not None and low in {"they", "them", "their"} and (
                _unnamed_attackers_since(ctx, token, prev) or _said_to_be(ctx, prev)):
            return None
        if prev is not None and official is not None and prev.ref.type == "state" \
                and prev.ref.actor != official.affiliation:
            return None  # "The US condemned it. A Somali police spokesman said they ...": not the US
        return prev.ref if prev else None
    return None


def _teller_around_a_relative(ctx: Context, token: Token) -> ActorRef | None:
    """"Police blamed X, which they said is a front for Y", "Police said X, which they described as a front for Y,
    carried it out": "they" telling something inside a relative clause on X is whoever speaks (or accuses) in the
    clause around it, never X itself."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.lemma_.lower() not in cues.SAY_VERBS:
        return None
    noun = verb.head
    for outer in noun.ancestors:
        if outer.pos_ == "VERB" and (outer.lemma_.lower() in cues.SAY_VERBS | cues.ACCUSE_VERBS):
            subj = subject_of(outer)
            m = ctx.at.get(subj.i) if subj is not None and subj.i != noun.i else None
            return m.ref if m is not None and m.ref.type in {"state", "group", "organization"} else None
    return None


def _official_voice(ctx: Context, token: Token) -> ActorRef | None:
    """The one official ("a police spokesman", "the minister") in whose words the pronoun stands, if any."""
    for verb in token.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in cues.SAY_VERBS and verb.i != token.head.i:
            subj = subject_of(verb)
            if subj is None or subj.i == token.i:
                return None
            m = ctx.at.get(subj.i)
            ref = m.ref if m is not None else None
            return ref if ref is not None and _one_official(ctx, ref) else None
    return None


def _reported_view(token: Token) -> bool:
    """"A police spokesman said they believed X was behind it", "... said they had no doubt X did it": "they"
    holding a view within an official's words is the official's own side (the plural of office), not another
    actor named before."""
    if token.dep_ != "nsubj" or not any(a.lemma_.lower() in cues.SAY_VERBS for a in token.head.ancestors):
        return False
    verb = token.head
    if verb.lemma_.lower() in cues.BELIEF_VERBS:
        return True
    return verb.lemma_.lower() == "have" and any(c.dep_ == "dobj" and c.lower_ == "doubt" for c in verb.children)


def _said_to_be(ctx: Context, m: ActorMention) -> bool:
    """'"If they were Islamic State, they should have shot everyone"': a name a pronoun is said to be is what
    "they" may be, not whom a later "they" refers to."""
    span = ctx.doc.char_span(m.ref.evidence.start, m.ref.evidence.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "attr":
        return False
    head = span.root.head
    # only a supposition ("if"/"whether" they were, they would be): '"It was X," a resident said. They have
    # claimed it' names X, whom the later "they" does refer to
    conditional = any((c.dep_ == "mark" and c.lower_ in {"if", "whether"}) or (c.dep_ == "aux" and c.lower_ == "would")
                      for c in head.children)
    return conditional and any(c.dep_ == "nsubj" and c.lower_ in {"they", "them"} for c in head.children)


def _own_side(ctx: Context, speaker: ActorRef | None) -> ActorRef | None:
    """"We" said by a person who speaks for a group ("Kazadi, a Wazalendo commander: 'We did not do this'"): the
    group (or a party: "PPP leader X: 'We had nothing to do with it'"), as the text names it; the person himself
    when he speaks for no group the text names."""
    if speaker is None or speaker.type != "person" or speaker.affiliation in {None, speaker.actor}:
        return speaker
    return next((m.ref for m in ctx.mentions if m.ref.type in {"group", "organization"}
                 and m.ref.actor == speaker.affiliation),
                speaker)


def _unnamed_attackers_since(ctx: Context, token: Token, prev: ActorMention) -> bool:
    """'RSF officers denied any role. A survivor said the raiders came at dawn. "They shot everyone," he said':
    "they" refers to the unnamed attackers told of since the group was named, not to the group."""
    for t in reversed(ctx.doc[:token.i]):
        if t.idx <= prev.ref.evidence.start:
            return False
        if t.tag_ == "NNS" and t.lower_ in cues.ATTACKER_NOUNS and t.i not in ctx.at \
                and not any(n.i in ctx.at for n in np_tokens(t)):
            return True
    return False


def _own_ranks(token: Token) -> bool:
    """"his group", "her fighters": a spokesman's possessive before his group's ranks stands for the group."""
    return token.lower_ in {"his", "her"} and token.dep_ == "poss" and (
        token.head.lower_ in cues.GROUP_ANAPHORS or token.head.lower_ in cues.MEMBER_NOUNS)


def _group_voice(ref: ActorRef) -> bool:
    """A group, or someone who speaks for one ("a JNIM spokesman", "Taliban spokesman Zabihullah Mujahid")."""
    if ref.type == "group":
        return True
    entry = gazetteer().lookup(ref.affiliation) if ref.affiliation and ref.affiliation != ref.actor else None
    return entry is not None and entry.type == "group"


_BODY_NOUNS = cues.GROUP_ANAPHORS | cues.CIVIL_BODY_NOUNS | cues.CIVIL_BODY_HEADS | cues.REGIME_NOUNS | \
    cues.SECURITY_FORCE_NOUNS | {"ministry", "office", "court", "agency", "department", "council", "company",
                                 "embassy", "party", "presidency", "commission"}


def _previous_speaker(ctx: Context, token: Token) -> Token | None:
    """"A local chief said the raiders wore fatigues. 'They came shooting,' he said": "he" or "it" speaking
    right after someone spoke refers to that speaker (named or not), not to the last person or group named
    before it; "they" to plural speakers ("Police blamed X. They later said ..."). The subject of the previous
    sentence's speech act, when its kind fits the pronoun. So does one who takes the word back right after ("The
    governor blamed X. He later apologised for blaming the group", "They withdrew the accusation")."""
    low = token.lower_
    if low not in {"he", "she", "it", "they"} or token.dep_ != "nsubj" \
            or token.head.lemma_.lower() not in cues.SAY_VERBS | cues.REGRET_LEMMAS | cues.RETRACT_VERBS:
        return None
    si = next((k for k, sent in enumerate(ctx.sents) if sent.start <= token.i < sent.end), None)
    if not si:
        return None
    acts = [t for t in ctx.sents[si - 1] if t.pos_ == "VERB" and (
        t.lemma_.lower() in cues.SAY_VERBS or t.lemma_.lower() in cues.CONDEMN_LEMMAS)]
    acts.sort(key=lambda t: len(list(t.ancestors)))
    subj = next((s for t in acts if (s := subject_of(t)) is not None and s.pos_ in {"NOUN", "PROPN"}), None)
    if subj is None:
        return None
    if low == "they":  # "Police blamed X. Later they said ...": plural speakers (police, officials), not X
        return subj if (subj.tag_ == "NNS" or subj.lower_ == "police") and subj.i in ctx.at else None
    if low != "it" and _sex_of_speaker(subj) not in {None, _sex_of_pronoun(token)}:
        return None  # "Amina Yusuf said she saw the bomber. He said ...": not her
    return subj if _human(ctx, subj) == (low != "it") else None


def _human(ctx: Context, subj: Token) -> bool:
    """A speaker who is a person: a person named, or a singular common noun for no body ("a local chief", "the
    researcher", "the minister"), not an organisation, a ministry or the police."""
    m = ctx.at.get(subj.i)
    if m is not None and m.ref.type == "person":
        return True
    return subj.pos_ == "NOUN" and subj.tag_ == "NN" and subj.lemma_.lower() not in _BODY_NOUNS \
        and subj.ent_type_ not in {"ORG", "GPE", "NORP"}


def civil_body(token: Token) -> bool:
    """"the war monitor", "a local rights group", "a medical network": a civil body described by its noun."""
    return described_noun(token, cues.CIVIL_BODY_NOUNS, cues.CIVIL_BODY_HEADS, cues.CIVIL_BODY_MODIFIERS)


def named_in_apposition(noun: Token) -> Token:
    """"The ruling party, the National Unity Congress, accused ...": a common noun whose apposition gives a
    proper name speaks under that name (the name's head); any other token is itself."""
    if noun.pos_ != "NOUN":
        return noun
    return next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), noun)


def unlisted_body(ctx: Context, subj: Token | None, *, civil_only: bool = False) -> ActorRef | None:
    """A body no list knows that speaks for itself: an organisation the tagger names ("The Afrin Human
    Rights Centre"), or a civil body described by its noun ("a local rights group"). With `civil_only`,
    only a civil body (a company or a newspaper does not accuse by "said"). Remembered by its head noun, so a
    later "the group" or "the network" is the same body."""
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or any(
            c.dep_ == "det" and c.lower_ in {"no", "any"} for c in subj.children):
        return None
    subj = named_in_apposition(subj)
    doc = ctx.doc
    ent = next((e for e in doc_ents(doc) if e.start <= subj.i < e.end), None)
    if ent is not None and ent.label_ == "ORG" and ent.root.i == subj.i:
        span = doc[ent.start + (ent[0].lower_ == "the"): organisation_end(doc, ent.start, ent.end)]
        words = {t.lower_ for t in span}
        if len(span) == 0 or load_gazetteer().cities_named(name_key(span.text)) or (civil_only and not (
                words & (cues.CIVIL_BODY_NOUNS | cues.CIVIL_BODY_MODIFIERS))):
            return None
    elif civil_body(subj):
        mods = [t.i for t in subj.subtree if t.i < subj.i and t.dep_ not in {"det", "punct", "poss"}]
        span = doc[min(mods, default=subj.i): subj.i + 1]  # "a local rights group": the whole description
    else:
        return None
    ref = ActorRef(text=span.text, actor=span.text, type="organization", affiliation=span.text,
                   evidence=Span(start=span.start_char, end=span.end_char, text=span.text))
    ctx.nominals.setdefault(subj.lemma_.lower(), ref)
    return ref


_MEDIA_HEADS = frozenset({"media", "press"})
_MEDIA_REPORTS = frozenset({"report", "outlet", "newspaper", "account"})


def unnamed_media(ctx: Context, subj: Token | None) -> ActorRef | None:
    """"Media reports said", "local media reported", "news outlets said": an unnamed medium is still the source
    of what it reports (it speaks for itself, as an unlisted body does); no outlet or speaker is named behind it,
    so the claim is reported at a distance, hedged as "reportedly" is (decision in docs/conventions.md)."""
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or any(
            c.dep_ == "det" and c.lower_ in {"no", "any"} for c in subj.children):
        return None
    mods = [c for c in subj.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < subj.i]
    low = subj.lemma_.lower()
    if _bare_sources(subj, mods):
        span = ctx.doc[min([c.left_edge.i for c in mods], default=subj.i): subj.i + 1]
        name = span.text.lower()  # one voice however it is cased or repeated
        return ActorRef(text=span.text, actor=name, type="organization", affiliation=name,
                        evidence=Span(start=span.start_char, end=span.end_char, text=span.text))
    if subj.lower_ not in _MEDIA_HEADS and not (low in _MEDIA_REPORTS and any(
            c.lower_ in cues.MEDIUM_NOUNS | _MEDIA_HEADS for c in mods)):
        return None
    span = ctx.doc[min([c.left_edge.i for c in mods], default=subj.i): subj.i + 1]
    return ActorRef(text=span.text, actor=span.text, type="organization", affiliation=span.text,
                    evidence=Span(start=span.start_char, end=span.end_char, text=span.text))


def unnamed_voice(ref: ActorRef) -> bool:
    """A voice `unnamed_media` made ("sources", "media reports", "local press"): it reports, and is never the doer
    its own words name ("sources said the victims were targeted for their links to X": "their" is the victims')."""
    words = ref.actor.lower().split()
    return ref.type == "organization" and bool(words) and ref.affiliation is not None \
        and ref.affiliation.lower() == ref.actor.lower() and (
            words[-1] in {"sources", "source"} | _MEDIA_HEADS or words[-1].rstrip("s") in _MEDIA_REPORTS)


_VAGUE_SOURCE_WORDS = frozenset({"unnamed", "anonymous", "informed", "reliable", "credible", "local", "several",
                                 "other", "multiple", "knowledgeable", "some", "many", "various"})


def _bare_sources(subj: Token, mods: list[Token]) -> bool:
    """"Sources said X was behind it", "informed sources", "sources, who asked not to be named, said", "sources
    familiar with the investigation said": sources the text ties to no body or place (not "security sources",
    "sources close to the group", "sources in the army") are as unnamed as "media reports": they speak for
    themselves, hedged (decision in docs/conventions.md)."""
    if subj.lower_ not in {"sources", "source"} or subj.dep_ == "compound":
        return False
    if any(m.lower_ not in _VAGUE_SOURCE_WORDS for m in mods):
        return False
    return not any((c.dep_ in {"prep", "acl", "relcl", "poss", "appos"} or (c.i > subj.i and c.dep_ == "amod"))
                   and not _anonymity_clause(c) for c in subj.children)


_ANONYMITY_WORDS = frozenset({"named", "identified", "anonymity"})


# What unnamed sources are "close to" when it is no body: a process they know of ("sources close to the
# investigation"), as "familiar with the investigation" is.
_PROCESS_NOUNS = frozenset({"investigation", "investigations", "inquiry", "probe", "case", "matter", "talks",
                            "negotiations", "situation", "file"})


def _anonymity_clause(token: Token) -> bool:
    """"who asked not to be named", "speaking on condition of anonymity", "familiar with the investigation", "close
    to the investigation": a clause that keeps the sources unnamed ties them to no body."""
    if token.dep_ == "amod" and token.lower_ == "familiar":
        return True
    if token.dep_ == "amod" and token.lower_ == "close":  # not "close to the group", "close to the army"
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ in _PROCESS_NOUNS
                                                                  for g in c.children) for c in token.children)
    return token.dep_ in {"relcl", "acl"} and any(t.lower_ in _ANONYMITY_WORDS for t in token.subtree)


def indefinite_modifier(token: Token) -> bool:
    """"a Pakistani Taliban group": a name used to describe an unnamed group does not name it."""
    head = token
    while head.dep_ in {"compound", "amod"} and head.head.i != head.i:
        head = head.head
    if head.i == token.i or head.lower_ not in {"group", "faction", "offshoot", "splinter", "outfit", "affiliate"}:
        return False
    if any(c.dep_ == "appos" for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "some"} for c in head.children)


def speaks_for(ref: ActorRef) -> str:
    """The affiliation a source speaks for: a group speaks for itself, an outlet of a group for the group."""
    if ref.type == "group":
        return ref.actor
    return ref.affiliation or ref.actor


def _speaker_beside_a_name(subj: Token, verb: Token) -> Token:
    """"Troops killed the mastermind, commander X of Y, the army said": the parser may take the name closing the
    reported clause for a first subject of the speech verb; the subject right before the verb, after a comma that
    closes the name, is the speaker."""
    if verb.lemma_.lower() not in cues.SAY_VERBS or subj.i > verb.i or subj.pos_ != "PROPN":
        return subj  # a statement or post as first subject is the forged-claim rules' (session 13)
    later = [c for c in verb.children if c.dep_ == "nsubj" and subj.i < c.i < verb.i]
    if not later or not any(t.text == "," for t in subj.doc[subj.i + 1:later[-1].left_edge.i]):
        return subj
    return later[-1]


def _past_dateline(subj: Token, verb: Token) -> Token:
    """"KIRKUK, Iraq — The Islamic State said": the parser takes the dateline's city for the subject and hangs
    the real one on it (an apposition) or on the verb (a second subject) after the dash. With a city of two
    words ("PORT SUDAN, Sudan — The RSF said") the apposition may hang on another dateline word, the country."""
    dash = sentence_dash(subj)
    if dash is None or subj.i > dash.i or dash.i > verb.i:
        return subj
    after = [c for c in verb.children if dash.i < c.i < verb.i and c.dep_ in _SUBJ_DEPS]
    apposed = past_dateline(subj, verb.i)  # the apposition _dateline reads (a noun first), else subj itself
    if apposed.i != subj.i:
        after.append(apposed)
    # a noun first: "The paramilitary Rapid Support Forces" may leave "paramilitary" an apposition of its own
    return min(after, key=lambda c: (c.pos_ not in {"NOUN", "PROPN", "PRON"}, c.i)) if after else subj


def subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in _SUBJ_DEPS:
            subj = _past_dateline(c, verb)
            return _speaker_beside_a_name(subj, verb) if subj.i == c.i else subj
    if verb.dep_ in {"ccomp", "advcl"} and (reduced := _reduced_relative_before(verb)) is not None:
        return reduced
    if verb.dep_ in {"xcomp", "conj", "advcl", "acl"} and verb.head.i != verb.i:
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            # "issued a statement refuting ...": the statement's issuer speaks
            if verb.head.lower_ in cues.STATEMENT_NOUNS and verb.head.head.pos_ in {"VERB", "AUX"}:
                return subject_of(verb.head.head)
            return None
        return subject_of(verb.head)
    return None


def _reduced_relative_before(verb: Token) -> Token | None:
    """"said jihadists linked to X carried out the attack": the parser may make "linked" the verb of "jihadists"
    and leave the real verb subjectless beside it (or under it); the participle's subject is then the verb's."""
    for sib in [verb.head, *(c for c in verb.head.children if c.i < verb.i and c.dep_ == "ccomp")]:
        if sib.tag_ == "VBN" and sib.lemma_.lower() in cues.PATRON_VERBS and sib.i < verb.i and not any(
                c.dep_ in {"aux", "auxpass", "dobj"} for c in sib.children):
            subj = next((c for c in sib.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def suspicion_targets(verb: Token) -> list[Token]:
    """"Suspicion fell on X", "blame rested upon X", "suspicion turned on X" (parsed as the particle verb "turn
    on" with X its object, or the particle's): whom a suspicion noun's verb points to; empty for any other verb."""
    if verb.lemma_.lower() not in cues.SUSPICION_FALL_VERBS or not any(
            c.dep_ == "nsubj" and c.lower_ in cues.SUSPICION_NOUNS for c in verb.children):
        return []
    out = [g for c in verb.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "to", "at"}
           for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prt" and c.lower_ in {"on", "upon"} for c in verb.children):
        out += [c for c in verb.children if c.dep_ == "dobj"]
    return out


def _pobj(prep: Token) -> Token | None:
    """The first object of a preposition ("by the army", "according to police")."""
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent" and (g := _pobj(c)) is not None:
            return g
    return None


def verbal(token: Token) -> bool:
    """A verb, or a present-tense verb the tagger took for a plural noun and still gave a subject: 'his country
    "categorically rejects" accusations' (quote marks around the verb make "rejects" NNS). A noun has no
    subject of its own in the parse, so one with a subject is the clause's verb."""
    return token.pos_ in {"VERB", "AUX"} or (token.tag_ == "NNS" and token.dep_ in {"ROOT", "ccomp", "conj"}
                                             and any(c.dep_ == "nsubj" for c in token.children))


def negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in token.children)


def has_hedge(tokens: list[Token]) -> bool:
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
        if lemma in cues.EXCLUDE_VERBS and t.pos_ == "VERB" and negated(t):
            return True  # "did not rule out": a possibility left open, not a finding
    return False


def modifiers(token: Token) -> list[Token]:
    """A predicate with its auxiliaries and adverbs, where hedges sit ("could be behind", "probably")."""
    return [c for c in token.children if c.dep_ in {"aux", "auxpass", "advmod", "neg", "mark", "acomp"}] + [token]


def according_to(sent: SpacySpan) -> Token | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            if (c := _pobj(t.nbor(1))) is not None:
                return c
            for c in t.children:
                if c.dep_ == "prep" and (g := _pobj(c)) is not None:
                    return g
    return None


def say_speaker(ctx: Context, sent: SpacySpan) -> ActorRef | None:
    """The speaker of a sentence's main speech verb ("..., X said"), if any."""
    for t in sent:
        if t.lemma_.lower() in {"say", "add", "tell", "state", "write", "declare", "explain", "insist"} \
                and t.pos_ in {"VERB", "AUX"}:
            ref = actor_of(ctx, subject_of(t))
            if ref is not None:
                return ref
    return None


_QUOTE_MARKS = {"“", '"', "'", "‘"}


def quote_speaker(ctx: Context, si: int, token: Token) -> ActorRef | None:
    """Speaker of a quotation without attribution in its own sentence: the adjacent "X said", or for a
    quotation of several sentences the line that introduces it ("a statement carried by X:")."""
    sent = ctx.sents[si]
    if sent.text.lstrip()[:1] not in _QUOTE_MARKS:
        opener = _quote_opener(ctx, si)
        return _colon_speaker(ctx, opener - 1) if opener is not None else None
    for j in (si + 1, si - 1):
        if 0 <= j < len(ctx.sents):
            ref = say_speaker(ctx, ctx.sents[j])
            if ref is not None:
                return ref
    return _colon_speaker(ctx, si - 1)


def _quote_opener(ctx: Context, si: int) -> int | None:
    """The sentence that opens a quotation sentence si is still inside (a few sentences back), if any."""
    for k in range(si - 1, max(si - 6, -1), -1):
        text = ctx.sents[k].text
        marks = sum(text.count(m) for m in ("“", "”", '"'))
        if text.lstrip()[:1] in {"“", '"'}:
            return k if marks % 2 == 1 or text.count("“") > text.count("”") else None
        if marks:
            return None
    return None


def _colon_speaker(ctx: Context, j: int) -> ActorRef | None:
    """"The following is a translation of a statement carried by the IRNA news agency:", "X said:": the
    speaker a line ending in a colon hands its quotation to."""
    if j < 0 or not ctx.sents[j].text.rstrip().endswith(":"):
        return None
    ref = say_speaker(ctx, ctx.sents[j])
    if ref is not None:
        return ref
    for t in ctx.sents[j]:
        if t.lower_ not in cues.STATEMENT_NOUNS:
            continue
        owners = [c for c in t.children if c.dep_ == "poss"]
        owners += [g for c in t.children if c.dep_ == "acl" for a in c.children if a.dep_ in {"agent", "prep"}
                   and a.lower_ in {"by", "from"} for g in a.children if g.dep_ == "pobj"]
        owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ in {"by", "from"} for g in c.children
                   if g.dep_ == "pobj"]
        for owner in owners:
            ref = actor_of(ctx, owner)
            if ref is not None:
                return ref
    return None


_TURN_LABEL = re.compile(r"[ \t\"“']*([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]*:[ \t]")
_ASKER_LABELS = frozenset({"q", "question", "interviewer", "reporter", "host", "a", "answer"})


def turn_speaker(ctx: Context, si: int) -> ActorRef | None:
    """The speaker of a transcript turn ("Q: Were your fighters involved?" / "Kazadi: No. ... This was done by
    X."): a line opened by a name and a colon is that person's answer, every sentence of the line. The name
    must be a person the text names elsewhere ("Colonel Jean-Baptiste Kazadi" for "Kazadi:" or "KAZADI:"), so
    a headline ("FACT CHECK: ...") or a digest's "KENYA:" gives no speaker; the asker's label none either."""
    text = doc_text(ctx.doc)  # cached: this runs per sentence and `Doc.text` joins every token
    sent = ctx.sents[si]
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    m = _TURN_LABEL.match(text, line_start)
    if m is None or m.end() > sent.end_char or text.find("\n", line_start, m.end()) >= 0:
        return None
    label = m.group(1).casefold()
    if label in _ASKER_LABELS:
        return None
    last = label.split()[-1]
    for mention in ctx.mentions:
        ref = mention.ref
        if ref.type == "person" and (ref.actor.casefold() == label or ref.actor.casefold().split()[-1] == last):
            return ref
    return _unintroduced_answerer(ctx, text, m)


def _unintroduced_answerer(ctx: Context, text: str, m: re.Match[str]) -> ActorRef | None:
    """A turn label the text names nowhere else ("Kazadi:" after "Q: ..."): a person speaking for himself, but
    only in a text with an asker's turn (so a dateline "PESHAWAR: ..." is no speaker), and only a name: no
    English words, no place, no actor the text reads there."""
    if ctx.asker_turn is None:  # once per text, not per sentence
        ctx.asker_turn = any(a.group(1).casefold() in _ASKER_LABELS - {"a", "answer"}
                             for a in _TURN_LABEL.finditer(text) if a.start() == 0 or text[a.start() - 1] == "\n")
    if not ctx.asker_turn:
        return None
    from .actors import _english, name_case  # a late import: actors reads no speakers
    words = m.group(1).split()
    span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None or any(_english(w.casefold()) for w in words) or any(
            t.i in ctx.at or t.ent_type_ in {"GPE", "LOC", "NORP", "ORG"} for t in span) \
            or load_gazetteer().cities_named(name_key(span.text)):
        return None
    name = name_case(span.text.casefold()) if span.text.isupper() else span.text
    return ActorRef(text=span.text, actor=name, type="person", affiliation=name,
                    evidence=Span(start=span.start_char, end=span.end_char, text=span.text))


# --------------------------------------------------------------------------------- speaker search


_AIRING_VERBS = frozenset({"air", "broadcast", "show", "televise", "screen", "run", "carry", "release", "publish"})


def state_medium(ctx: Context, verb: Token) -> ActorRef | None:
    """The state whose broadcaster carries a statement: "said on state television", "told state TV", "in a video
    aired by state television, the suspect said", "state TV showed him saying". Whoever speaks there reaches us
    through the state (conventions: a confession in custody is the captors' word)."""
    def state_media(tok: Token | None) -> ActorRef | None:
        m = ctx.at.get(tok.i) if tok is not None else None
        return m.ref if m is not None and m.ref.type == "state" and tok.lower_ in cues.MEDIUM_NOUNS else None

    def state_footage(airing: Token) -> ActorRef | None:
        """"Police released a video in which a suspect says ...", "a video released by police": footage any arm of
        a state releases carries the suspect's word in the state's, as its broadcaster does."""
        footage = [w for w in [airing.head, *airing.children] if w.lower_ in cues.FOOTAGE_NOUNS]
        if not footage:
            return None
        # "a video released by Taliban intelligence showed the suspect saying ...": the releaser of the footage that
        # shows it, as much as the one who airs it
        releasers = [subject_of(airing), agent_of(airing), *(agent_of(c) for f in footage if f.dep_ == "nsubj"
                                                             for c in f.children if c.dep_ == "acl")]
        m = next((ctx.at[w.i] for w in releasers if w is not None and w.i in ctx.at), None)
        return m.ref if m is not None and m.ref.type == "state" else None

    for c in verb.children:
        if c.dep_ in {"ccomp", "xcomp", "nsubj", "nsubjpass", "conj", "advcl"}:
            continue
        for tok in c.subtree:
            if (ref := state_media(tok)) is not None:
                return ref
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _AIRING_VERBS and (ref := state_footage(tok)) is not None:
                return ref
    for a in verb.ancestors:
        if a.pos_ == "VERB" and a.lemma_.lower() in _AIRING_VERBS:
            return state_media(subject_of(a)) or state_media(agent_of(a)) or state_footage(a)
    return None


_CARRYING_VERBS = frozenset({"carry", "issue", "publish", "release", "post", "distribute", "circulate", "send"})


def _carried_by(ctx: Context, subj: Token | None) -> ActorRef | None:
    """"A claim carried by the Islamic State's Amaq news agency said ...", "a statement issued through Amaq said":
    a statement that speaks is the word of whoever issued or carried it (an outlet for its group, as DESIGN has it)."""
    if subj is None or subj.lower_ not in cues.STATEMENT_NOUNS | cues.CLAIM_VEHICLE_NOUNS:
        return None
    for verb in subj.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _CARRYING_VERBS:
            continue
        for c in verb.children:
            if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "through", "via"}:
                for g in c.children:
                    if g.dep_ == "pobj" and (ref := actor_of(ctx, g)) is not None:
                        return ref
    return None


@dataclass
class Frame:
    speaker: ActorRef | None
    verb: Token | None
    deny: bool
    hedged: bool
    path: list[Token]
    also: list[ActorRef] = field(default_factory=list)


def frame_of(ctx: Context, si: int, start: Token, *, include_start: bool = False) -> Frame:
    """Walk up from a content predicate to the speech act that reports it."""
    path: list[Token] = []
    deny = False
    doubt = False  # a doubt or a negated likeness on the way up: a denial, hedged unless plainly "is not"
    inner: Frame | None = None
    t = start
    first = True
    if include_start and (lifted := _stray_conjunct(ctx, start)) is not None:
        subj = subject_of(lifted) or agent_of(lifted)
        ref = actor_of(ctx, subj)
        if ref is not None:
            return Frame(ref, start, False, has_hedge(path_tokens([start, lifted])), [start, lifted],
                         conj_actors(ctx, subj, ref))
    while True:
        if path and _no_clue_beside(t, path[-1]):
            deny = not deny
        path.append(t)
        lemma = t.lemma_.lower()
        if _no_clue(t):
            deny = not deny
        judged = _doubt_or_unlike(t, path[-2]) if not first else None
        if judged is not None:
            deny, doubt = not deny, doubt or judged
        is_act = verbal(t) and (lemma in cues.SAY_VERBS or lemma in cues.DENY_VERBS
                                               or lemma in cues.ACCUSE_VERBS or holds_responsible(t)
                                               or (judged is not None and lemma in cues.DOUBT_VERBS)
                                               # "what it called Iran's role in the attack": the speaker's word
                                               or (lemma in cues.BRANDING_VERBS and len(path) > 1
                                                   and _named_by(t, path[-2])))
        if is_act and lemma == "claim" and any(c.dep_ == "dobj" and c.lower_ in cues.CLAIM_NON_OBJECTS
                                               for c in t.children):
            is_act = False  # "Al-Shabaab attack claims 12 lives": a count (DESIGN), no one speaking of the act
        supposed = is_act and lemma in cues.SUPPOSING_VERBS and any(c.dep_ == "auxpass" for c in t.children)
        if supposed and agent_of(t) is None:
            # "The TTP is (widely) believed / thought / said to be behind the attack": the passive's subject is who is
            # supposed to have done it, never who supposes it; the speaker is further up ("..., police said"), and the
            # supposing verb hedges on the way
            is_act = False
            if negated(t):
                deny = not deny  # "The TTP is not believed to be behind it": a (hedged) clearing, not an accusation
            if any(c.dep_ == "nsubjpass" and c.lower_ in {"we", "i"} for c in t.children) and _supposed_clause(t, path):
                # '"We are said to be behind the bombing," a TTP spokesman said': others' word, no one's claim
                return Frame(None, t, deny, True, path + [t], [])
        if (not first or include_start) and is_act:
            if lemma in cues.DENY_VERBS and not negated(t):
                deny = not deny
            # "is believed by police to be behind it": the agent supposes
            subj = agent_of(t) if supposed else _free_relative_namer(subject_of(t)) or agent_of(t)
            ref = actor_of(ctx, subj)
            if ref is None and not supposed:  # "a group calling itself X posted": two subjects parsed, the named one
                # speaks; never the passive's subject of a supposing verb ("The TTP is believed by analysts to be ...")
                subj = next((c for c in t.children if c.dep_ in _SUBJ_DEPS and actor_of(ctx, c) is not None), subj)
                ref = actor_of(ctx, subj)
            if ref is None and supposed and _supposed_clause(t, path):
                # "The TTP said it was believed by many to be behind the bombing": the supposers are no side the
                # ledger knows, and whoever reports their belief makes no claim of it
                return Frame(None, t, deny, True, path, [])
            if ref is None and subj is not None and (states := coordinated_states(subj) or coordinated_of(ctx, subj)):
                ref = states[0]  # "The American and British governments blamed X": no state named by a noun
            if ref is None:  # "a claim carried by the group's Amaq agency said ...": the carrier's side speaks
                ref = _carried_by(ctx, subj)
            if ref is None:  # "The Afrin Human Rights Centre blamed X": a body no list knows
                ref = unlisted_body(ctx, subj, civil_only=lemma not in cues.ACCUSE_VERBS)
            media = unnamed_media(ctx, subj)
            ref = ref or media
            if ref is None and lemma in cues.SAY_VERBS:
                ref = state_medium(ctx, t)  # "In a video aired by state television, the suspect said ..."
            if ref is not None and media is not None:
                doubt = True  # "Media reports said ...", "Somali media said": hedged, as "reportedly"
            if ref is not None:
                if inner is not None and lemma not in cues.DENY_VERBS:
                    return inner
                return Frame(ref, t, deny, doubt or has_hedge(path_tokens(path)), path, conj_actors(ctx, subj, ref))
        if (not first or include_start) and t.pos_ in {"NOUN", "PROPN"} and t.lower_ in cues.STATEMENT_NOUNS \
                and inner is None:
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            ref = actor_of(ctx, poss)
            if ref is not None:
                inner = Frame(ref, t, deny, doubt or has_hedge(path_tokens(path)), list(path), [])
        if not first and lemma == "be" and t.pos_ == "AUX":
            subj = subject_of(t)
            if subj is not None and subj.lemma_.lower() in cues.FINDING_NOUNS:
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                ref = actor_of(ctx, owner)
                if ref is not None:
                    hedged = doubt or has_hedge(path_tokens(path)) or subj.lemma_.lower() != "finding"
                    return Frame(ref, t, deny, hedged, path, [])
        first = False
        if t.head.i == t.i or t.dep_ == "ROOT":
            break
        t = t.head
    if inner is not None:
        return inner
    ref = according_actor(ctx, ctx.sents[si]) or quote_speaker(ctx, si, start) or turn_speaker(ctx, si)
    if (media := unnamed_media(ctx, according_to(ctx.sents[si]))) is not None:
        ref, doubt = ref or media, True  # "according to media reports"
    return Frame(ref, None, deny, doubt or has_hedge(path_tokens(path)), path, [])


def _supposed_clause(verb: Token, path: list[Token]) -> bool:
    """The walk came up to the supposing verb from what is supposed ("said to be behind the bombing"), not from a
    clause beside it ("..., but we had nothing to do with it")."""
    return len(path) >= 2 and path[-2].head.i == verb.i and path[-2].dep_ in {"xcomp", "ccomp", "prep", "acomp"}


def _free_relative_namer(subj: Token | None) -> Token | None:
    """"The ministry summoned Iran's envoy over what it called Tehran's support": the pronoun that names the thing
    in a free relative ("what it called", "what they described as") is the subject of the clause it hangs on, not
    the last actor named before it (the envoy). "He" or "she" is a person's: a body's subject in between is passed
    over up to the one who speaks ("X said the government failed to stop what he called Y's support": X)."""
    if subj is None or subj.lower_ not in {"it", "they", "he", "she"}:
        return subj
    verb = subj.head
    if verb.lemma_.lower() not in cues.BRANDING_VERBS or not any(
            c.lower_ == "what" and c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return subj
    personal = subj.lower_ in {"he", "she"}
    for above in verb.ancestors:  # "Pakistan summoned the envoy to protest what it termed ...": the first subject
        main = next((c for c in above.children if c.dep_ == "nsubj"), None) if above.pos_ in {"VERB", "AUX"} else None
        if main is None:
            continue
        if personal and not _a_person(main) and above.lemma_.lower() not in cues.SAY_VERBS | cues.ACCUSE_VERBS:
            continue
        return main if main.pos_ in {"NOUN", "PROPN"} else subj
    return subj


def _a_person(token: Token) -> bool:
    """A subject "he" or "she" can stand for: a person's name, a title ("the minister") or a person noun."""
    low = token.lemma_.lower()
    return token.ent_type_ == "PERSON" or is_title(token.text) or low in cues.KIN_SPEAKERS \
        or low in cues.WITNESS_SPEAKERS or token.lower_ in cues.MALE_WORDS | cues.FEMALE_WORDS


def _named_by(verb: Token, word: Token) -> bool:
    """The branding verb gives `word` its name: its object complement ("called the claim a lie"), or the second
    object of a free relative the parser leaves as a direct object ("what it termed Kabul's role")."""
    return word.dep_ == "oprd" or (word.dep_ in {"dobj", "attr"} and any(
        c.lower_ == "what" and c.i != word.i for c in verb.children))


def _doubt_or_unlike(t: Token, below: Token) -> bool | None:
    """What a word on the way up from the act does to it: None when nothing; else it turns an affirmation
    into a denial, and the value says whether that denial is hedged. "said he doubted X was behind it",
    "it was unlikely that X carried out the attack", "X is unlikely to have done it" (doubt: hedged);
    "this does not look like an X operation" (negated likeness, hedged), "it was not an X attack" (plain)."""
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma in cues.DOUBT_VERBS and below.dep_ == "ccomp" and not negated(t):
        return True
    if t.lower_ in cues.DOUBT_ADJECTIVES and t.dep_ == "acomp" and below.dep_ in {"xcomp", "ccomp"}:
        return True
    if lemma == "be" and below.dep_ in {"ccomp", "xcomp"} and not negated(t) and any(
            c.dep_ == "acomp" and c.lower_ in cues.DOUBT_ADJECTIVES for c in t.children):
        return True
    if lemma in cues.LIKENESS_VERBS and negated(t) and (
            below.dep_ == "attr" or (below.dep_ == "prep" and below.lower_ == "like")):
        return lemma != "be"
    return None


_CLUE_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "link", "involvement", "role"})


def _no_clue(token: Token) -> bool:
    """"no evidence", "no sign": a clue noun the text says is missing."""
    return token.lower_ in _CLUE_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _no_clue_beside(verb: Token, below: Token) -> bool:
    """"there was no evidence yet to link X to the blast": the parser hangs the linking clause on the verb beside
    "no evidence", not on the noun; the clause is as unsupported."""
    return below.dep_ in {"advcl", "xcomp", "ccomp"} and any(
        c.dep_ in {"attr", "dobj"} and c.i != below.i and _no_clue(c) for c in verb.children)


def _stray_conjunct(ctx: Context, verb: Token) -> Token | None:
    """"X said there was no evidence the attack came from Yemen and accused Tehran": the parser hangs the
    speaker's second act on the reported clause. An accusing verb with no subject of its own, coordinated
    with a clause whose subject is no actor (an attack cannot accuse), is the speaker's: the speech verb above
    is returned, and the negation or denial of the clause in between does not reach it."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.ACCUSE_VERBS:
        return None
    if any(c.dep_ in _SUBJ_DEPS for c in verb.children) or actor_of(ctx, subject_of(verb)) is not None:
        return None
    t = verb.head
    if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in cues.SAY_VERBS | cues.DENY_VERBS | cues.ACCUSE_VERBS:
        return None  # coordinated with the speech act itself: the ordinary walk finds the speaker
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in cues.SAY_VERBS \
                and actor_of(ctx, subject_of(t)) is not None:
            return t
    return None


def conj_actors(ctx: Context, subj: Token | None, first: ActorRef) -> list[ActorRef]:
    """Coordinated speakers: "The United States, the United Kingdom and Israel accused Iran"."""
    out: list[ActorRef] = []
    if subj is None:
        return out
    seen = {first.actor}
    stack = [c for c in subj.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        ref = actor_of(ctx, c)
        if ref is not None and ref.actor not in seen:
            out.append(ref)
            seen.add(ref.actor)
        stack.extend(g for g in c.children if g.dep_ == "conj")
    for ref in coordinated_states(subj) + coordinated_of(ctx, subj):
        if ref.actor not in seen:
            out.append(ref)
            seen.add(ref.actor)
    return out


def coordinated_of(ctx: Context, head: Token) -> list[ActorRef]:
    """"Foreign ministers of France and Italy", "the embassies of Kenya and Uganda": a plural title or body noun
    "of" several coordinated actors speaks for each of them (the noun phrase gives the title to one only)."""
    if head.tag_ not in {"NNS", "NNPS"} or head.lemma_.lower() not in cues.TITLE_WORDS | cues.OFFICIAL_NOUNS:
        return []
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or not pobj.conjuncts:
        return []
    refs: dict[str, ActorRef] = {}
    for t in (pobj, *pobj.conjuncts):
        ref = actor_of(ctx, t)
        if ref is not None and ref.actor not in refs:
            refs[ref.actor] = ref
    return list(refs.values()) if len(refs) > 1 else []


def coordinated_states(head: Token) -> list[ActorRef]:
    """"The US, British and French embassies", "the Kenyan and Somali governments": a plural body noun whose
    modifiers name several states speaks for each of them (the actor list gives the phrase to its first state
    only, the one mention a token can carry)."""
    if head.tag_ not in {"NNS", "NNPS"} or head.lemma_.lower() not in cues.OFFICIAL_NOUNS:
        return []
    mods = [c for c in head.lefts if c.dep_ in {"amod", "nmod", "compound", "poss"}]
    words = sorted({t.i: t for m in mods for t in (m, *m.conjuncts)}.values(), key=lambda t: t.i)
    refs: dict[str, ActorRef] = {}
    for t in words:
        country = country_of_token(t)
        if country is not None and country not in refs:
            refs[country] = actor_ref(t.doc[t.i:t.i + 1], country, "state", country)
    return list(refs.values()) if len(refs) > 1 else []


def according_actor(ctx: Context, sent: SpacySpan) -> ActorRef | None:
    """"According to the commander of the armed forces, Admiral X, ...": the actor named there."""
    pobj = according_to(sent)
    if pobj is None:
        return None
    ref = actor_of(ctx, pobj) or _carried_by(ctx, pobj)  # "according to a statement carried by Amaq"
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


def path_tokens(path: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in path:
        out.append(t)
        out.extend(c for c in t.children if c.dep_ in {"aux", "auxpass", "advmod", "neg", "mark", "acomp", "amod"})
        if t.dep_ == "xcomp" or t.dep_ == "ccomp":
            continue
    return out


