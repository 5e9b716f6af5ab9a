"""Which words around a cue head belong to the cue: "has said", "did not say", "told reporters",
"according to" — but not "said Saturday" or "said via email".

Annotators' extents depend on the word, its relation to the head and the head itself in ways a
per-lemma count of children captures only in part, so a logistic regression decides, per token in
a small window on either side of the head, whether it is inside the cue; the extent is the head
plus the contiguous run of accepted tokens on each side. Features are hashed (CRC-32, stable
across runs and machines); the artifact is an `.npz` of weights and the threshold (chosen by
2-fold cross-validation on PolNeAR train), loaded without pickle. Built by `counterclaim train cues`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from spacy.tokens import Token

from ._hashed import HashedLogistic

EXTENT_PATH = Path(__file__).resolve().parent.parent / "artifacts" / "cue_extent.npz"
EXTENT_BITS = 16
WINDOW = 5
_COMP = ("ccomp", "xcomp", "parataxis")
_SUBJ = ("nsubj", "nsubjpass", "csubj", "agent")


def _rel(head: Token, tok: Token) -> str:
    """The token's place in the parse relative to the cue head."""
    if tok.head.i == head.i:
        return "child"
    if head.head.i == tok.i:
        return "parent"
    if tok.head.i == head.head.i:
        return "sibling"
    if tok.head.head.i == head.i:
        return "grandchild"
    if any(a.i == head.i for a in tok.ancestors):
        return "descendant"
    return "other"


def _branch(head: Token, tok: Token) -> tuple[str, str]:
    """Which of the head's child phrases the token lies in (its dependency, or `-` when none), and
    that phrase's gist: its word and its object's ("in|statement", "of|plan")."""
    for child in head.children:
        if child.left_edge.i <= tok.i <= child.right_edge.i:
            kind = "comp" if child.dep_ in _COMP else "subj" if child.dep_ in _SUBJ else child.dep_
            obj = next((c.lemma_.lower() for c in child.children if c.dep_ in ("pobj", "dobj")), "-")
            size = min(child.right_edge.i - child.left_edge.i + 1, 6)
            return (kind if child.i != tok.i else f"{kind}*"), f"{child.lemma_.lower()}|{obj}|{size}"
    return "-", "-"


def extent_features(head: Token, tok: Token) -> list[str]:
    """Feature names for `tok` as a possible part of the cue headed by `head`."""
    side = "L" if tok.i < head.i else "R"
    dist = min(abs(tok.i - head.i), WINDOW)
    hl, hp = head.lemma_.lower(), head.pos_
    lemma = tok.lower_ if tok.is_punct else tok.lemma_.lower()
    rel, (branch, gist) = _rel(head, tok), _branch(head, tok)
    step = -1 if side == "L" else 1
    j = tok.i + step
    beyond = tok.doc[j] if 0 <= j < len(tok.doc) else None
    bl = (beyond.lower_ if beyond.is_punct else beyond.lemma_.lower()) if beyond is not None else "<edge>"
    return [
        "bias", f"s={side}", f"s|d={side}|{dist}", f"l={lemma}", f"s|l={side}|{lemma}", f"s|l|d={side}|{lemma}|{dist}",
        f"s|p={side}|{tok.pos_}", f"s|t={side}|{tok.tag_}", f"s|dep={side}|{tok.dep_}", f"s|rel={side}|{rel}",
        f"s|rel|dep={side}|{rel}|{tok.dep_}", f"s|rel|dep|l={side}|{rel}|{tok.dep_}|{lemma}",
        f"s|br={side}|{branch}", f"s|br|l={side}|{branch}|{lemma}", f"s|br|p={side}|{branch}|{tok.pos_}",
        f"hl={hl}", f"hp={hp}", f"s|hl|l={side}|{hl}|{lemma}", f"s|hl|dep={side}|{hl}|{tok.dep_}",
        f"s|hl|rel|d={side}|{hl}|{rel}|{dist}", f"s|hp|rel|dep={side}|{hp}|{rel}|{tok.dep_}",
        f"s|hl|br={side}|{hl}|{branch}", f"s|b={side}|{bl}", f"s|l|b={side}|{lemma}|{bl}",
        f"s|hl|l|b={side}|{hl}|{lemma}|{bl}", f"s|ent={side}|{tok.ent_type_ or '-'}",
        f"s|p|d={side}|{tok.pos_}|{dist}", f"s|hd={side}|{head.dep_}", f"sp={tok.is_space}",
        f"s|br|g={side}|{branch}|{gist}", f"s|hl|br|g={side}|{hl}|{branch}|{gist}",
    ]


@dataclass(frozen=True)
class CueExtent(HashedLogistic):
    """Hashed-feature logistic regression over (head, neighbour) pairs; `threshold` is on the probability."""

    KIND: ClassVar[str] = "cue extent model"
    REBUILD: ClassVar[str] = "counterclaim train cues"

    def probability(self, head: Token, tok: Token) -> float:
        return self.prob_of(extent_features(head, tok))

    def span(self, head: Token, threshold: float | None = None) -> tuple[int, int]:
        """Token range [start, end) of the cue: the head and the accepted tokens contiguous with it
        (never across a line break or out of the head's sentence)."""
        return self.spans(head, (self.threshold if threshold is None else threshold,))[0]

    def spans(self, head: Token, thresholds: Sequence[float]) -> list[tuple[int, int]]:
        """`span` at each of `thresholds` (each neighbour scored once): the narrower and wider
        readings of one cue that a second stage can choose between."""
        sent, doc = head.sent, head.doc
        probs: dict[int, float] = {}

        def accepted(j: int, th: float) -> bool:
            if j not in probs:
                probs[j] = self.probability(head, doc[j])
            return probs[j] >= th

        out = []
        for th in thresholds:
            start, end = head.i, head.i + 1
            while start > max(sent.start, head.i - WINDOW) and _open(doc[start - 1]) and accepted(start - 1, th):
                start -= 1
            while end < min(sent.end, head.i + WINDOW + 1) and _open(doc[end]) and accepted(end, th):
                end += 1
            out.append((start, end))
        return out


def _open(tok: Token) -> bool:
    """A token the cue may run through: not a line break."""
    return "\n" not in tok.text


@lru_cache(maxsize=4)
def load_extent(path: str | Path | None = None) -> CueExtent | None:
    """The shipped extent model (or `path`); None when it has not been built."""
    return CueExtent.load_if_built(path if path is not None else EXTENT_PATH)
