"""Contextual vectors of a passage's lead act for the GTD type model: who did what to whom, with what.

A bag of hashed words cannot tell that "a district governor" and "a provincial council member" are
the same kind of victim (prominent: Assassination) while "passers-by" are not (Armed Assault), unless
both phrases were seen in training. spaCy's tok2vec vectors (`nlp._dense.token_vectors`, already
computed by the parser, so free at run time) place similar phrases near each other. We read them at
the roles the codebook decides on, in the passage's lead sentence (where a GTD summary tells the
attack): the main verb, its subject (the attacker or the device), its object or the passive subject
(the victim or the thing hit), the instrument ("with knives"), and the lead sentence as a whole.
A role the parse does not fill gives zeros.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.tokens import Doc, Token

from ..nlp._dense import mean_vector, token_vectors

ROLES: tuple[str, ...] = ("verb", "subject", "object", "instrument", "lead")
WIDTH = 96
"""Width of the small English pipeline's tok2vec vectors."""
N_DENSE = WIDTH * len(ROLES)

_OBJECT_DEPS = ("dobj", "nsubjpass", "attr")
_LIGHT_OBJECTS = frozenset({"fire", "attack", "assault", "raid", "ambush", "control"})
"""Objects that name the act, not its target: "opened fire on X", "launched an attack on X"."""
_TARGET_PREPS = frozenset({"on", "at", "against", "upon", "into", "near", "inside"})
_INSTRUMENT_PREPS = frozenset({"with", "using"})
_SUBJECT_DEPS = ("nsubj", "csubj")


def _lead(tokens: Sequence[Token]) -> list[Token]:
    """The passage's tokens in its first sentence with a word (a "01/04/2021:" dateline alone is none)."""
    for t in tokens:
        if t.is_alpha:
            sent = t.sent
            return [u for u in tokens if sent.start <= u.i < sent.end]
    return []


def _lead_root(lead: Sequence[Token]) -> Token | None:
    """The main verb of the lead sentence (its root, or its first verb)."""
    if not lead:
        return None
    root = lead[0].sent.root
    if root in lead and root.pos_ in ("VERB", "AUX"):
        return root
    return next((t for t in lead if t.pos_ == "VERB"), root if root in lead else lead[0])


def _phrase(head: Token) -> tuple[int, int]:
    """Token range of a noun phrase up to its head (determiners and modifiers, not its prepositions)."""
    return head.left_edge.i, head.i + 1


def _object(verb: Token) -> Token | None:
    for dep in _OBJECT_DEPS:
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None and found.lemma_.lower() not in _LIGHT_OBJECTS:
            return found
    # "opened fire on a patrol", "fired at the convoy": the target is the object of a preposition.
    for prep in verb.subtree:
        if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS and prep.head in (verb, *verb.children):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _instrument(verb: Token) -> Token | None:
    for prep in verb.subtree:
        if prep.dep_ == "prep" and prep.lower_ in _INSTRUMENT_PREPS:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def passage_features(doc: Doc, spans: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
    """The role vectors (`ROLES` order, `WIDTH` each) of the passage made of `spans` (character
    ranges of `doc`; the whole doc when None); zeros when the pipeline computed no vectors."""
    vectors = token_vectors(doc)
    out = np.zeros(N_DENSE, dtype=np.float32)
    if vectors.shape[1] != WIDTH or not len(doc):
        return out
    if spans is None:
        tokens = [t for t in doc if not t.is_space]
    else:
        tokens = [t for t in doc if not t.is_space and any(s <= t.idx < e for s, e in spans)]
    lead = _lead(tokens)
    verb = _lead_root(lead)
    if verb is None:
        return out
    parts: dict[str, tuple[int, int]] = {"verb": (verb.i, verb.i + 1)}
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is not None:
        parts["subject"] = _phrase(subject)
    obj = _object(verb)
    if obj is not None:
        parts["object"] = _phrase(obj)
    inst = _instrument(verb)
    if inst is not None:
        parts["instrument"] = _phrase(inst)
    parts["lead"] = (lead[0].i, lead[-1].i + 1)
    for k, role in enumerate(ROLES):
        if role in parts:
            out[k * WIDTH : (k + 1) * WIDTH] = mean_vector(vectors, *parts[role])
    return out
