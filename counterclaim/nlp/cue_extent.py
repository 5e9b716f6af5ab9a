"""Which words around a cue head belong to the cue: "has said", "did not say", "told reporters",
"according to" — but not "said Saturday" or "said via email".

Annotators' extents depend on the word, its relation to the head and the head itself in ways a
per-lemma count of children captures only in part, so a logistic regression decides, per token in
a small window on either side of the head, whether it is inside the cue; the extent is the head
plus the contiguous run of accepted tokens on each side. Features are hashed (CRC-32, stable
across runs and machines); the artifact is an `.npz` of weights and the threshold (chosen by
2-fold cross-validation on PolNeAR train), loaded without pickle. Built by `counterclaim train cues`.

Deciding word by word cuts phrases: whether "in a statement" or "to reporters" joins a cue is one
decision about the phrase, not three. So a second model (`SpanRanker`) scores every contiguous
span around the head as a whole — the word model's log-odds of what it takes in and leaves out,
where the span ends and with which words, whether it cuts one of the head's phrases — and the
extent is the best-scored span (PolNeAR train, 2-fold: exact extents of gold heads 0.828 -> 0.840).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

import numpy as np
from spacy.tokens import Token

from ._hashed import HashedLogistic

EXTENT_PATH = Path(__file__).resolve().parent.parent / "artifacts" / "cue_extent.npz"
RANKER_PATH = EXTENT_PATH.with_name("cue_span.npz")
EXTENT_BITS = 16
RANKER_BITS = 18
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
class SpanRanker(HashedLogistic):
    """Hashed-feature logistic regression over whole candidate spans of one cue; numeric features
    (the word model's log-odds, see `span_features`) have their weights in `meta["numeric"]`."""

    KIND: ClassVar[str] = "cue span ranker"
    REBUILD: ClassVar[str] = "counterclaim train cues"

    def score(self, names: Sequence[str], numeric: Sequence[float]) -> float:
        w = self.meta.get("numeric", [])
        return self.bias + float(self.weights[self.indices(names)].sum()) + float(np.dot(w, numeric))  # type: ignore[arg-type]


@dataclass(frozen=True)
class CueExtent(HashedLogistic):
    """Hashed-feature logistic regression over (head, neighbour) pairs; `threshold` is on the
    probability. With a `ranker`, `span` is the best whole span instead of the word-by-word one."""

    ranker: SpanRanker | None = None

    KIND: ClassVar[str] = "cue extent model"
    REBUILD: ClassVar[str] = "counterclaim train cues"

    def probability(self, head: Token, tok: Token) -> float:
        return self.prob_of(extent_features(head, tok))

    def logit(self, head: Token, tok: Token) -> float:
        return self.bias + float(self.weights[self.indices(extent_features(head, tok))].sum())

    def span(self, head: Token, threshold: float | None = None) -> tuple[int, int]:
        """Token range [start, end) of the cue: the ranker's best span when there is a ranker (and
        no `threshold` is asked for), else the head and the accepted tokens contiguous with it
        (never across a line break or out of the head's sentence)."""
        if self.ranker is not None and threshold is None:
            return self.ranked_span(head, self.ranker)
        return self.spans(head, (self.threshold if threshold is None else threshold,))[0]

    def window(self, head: Token) -> dict[int, float]:
        """Log-odds of every token the cue may grow into (contiguous with the head, no line break)."""
        sent, doc = head.sent, head.doc
        out: dict[int, float] = {}
        j = head.i - 1
        while j >= max(sent.start, head.i - WINDOW) and _open(doc[j]):
            out[j] = self.logit(head, doc[j])
            j -= 1
        j = head.i + 1
        while j < min(sent.end, head.i + WINDOW + 1) and _open(doc[j]):
            out[j] = self.logit(head, doc[j])
            j += 1
        return out

    def ranked_span(self, head: Token, ranker: SpanRanker) -> tuple[int, int]:
        """The candidate span (`candidate_spans`) the ranker scores highest (the first on ties)."""
        z = self.window(head)
        th = math.log(self.threshold / (1.0 - self.threshold))
        best, best_score = (head.i, head.i + 1), -math.inf
        for start, end in candidate_spans(head, z):
            score = ranker.score(*span_features(head, start, end, z, th))
            if score > best_score:
                best, best_score = (start, end), score
        return best

    def spans(self, head: Token, thresholds: Sequence[float]) -> list[tuple[int, int]]:
        """The word-by-word span at each of `thresholds` (each neighbour scored once): the narrower
        and wider readings of one cue that a second stage can choose between."""
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


def candidate_spans(head: Token, window: dict[int, float]) -> list[tuple[int, int]]:
    """Every contiguous token range around `head` inside its `window`, narrowest first."""
    lo, hi = head.i, head.i + 1
    while lo - 1 in window:
        lo -= 1
    while hi in window:
        hi += 1
    return [(s, e) for s in range(head.i, lo - 1, -1) for e in range(head.i + 1, hi + 1)]


def _lem(tok: Token) -> str:
    return tok.lower_ if tok.is_punct else tok.lemma_.lower()


def span_features(head: Token, start: int, end: int, window: dict[int, float], th: float
                  ) -> tuple[list[str], list[float]]:
    """Feature names and numeric features of the span [start, end) as the cue of `head`: the word
    model's log-odds (`window`, relative to its threshold `th`) of the words taken in and of the
    two left out at the edges; which words end it and follow it; whether it cuts a head's phrase."""
    doc, h = head.doc, head.i
    inside = [window[j] - th for j in range(start, end) if j != h]
    word_span = (start, end) == _word_span(head, window, th)
    numeric = [sum(min(v, 0.0) for v in inside), window.get(start - 1, th - 5.0) - th,
               window.get(end, th - 5.0) - th, min(inside) if inside else 0.0, float(len(inside)),
               float(word_span), sum(inside)]
    hl, left, right = _lem(head), h - start, end - h - 1
    names = [f"L={left}|R={right}", f"hl|R={hl}|{right}", f"hl|L={hl}|{left}", f"model={word_span}"]
    if right:
        rb = doc[end - 1]
        names += [f"rb={_lem(rb)}", f"hl|rb={hl}|{_lem(rb)}", f"rbp={rb.pos_}|{rb.dep_}",
                  f"rtext={hl}|" + " ".join(_lem(doc[j]) for j in range(h + 1, end)) if right <= 4 else "rtext=long"]
    nxt = doc[end] if end < len(doc) else None
    nl = _lem(nxt) if nxt is not None else "</s>"
    np_ = nxt.pos_ if nxt is not None else "-"
    names += [f"next={nl}", f"rbp|nextp={doc[end - 1].pos_}|{np_}", f"hl|next={hl}|{nl}"]
    if left:
        lb = doc[start]
        names += [f"lb={_lem(lb)}", f"hl|lb={hl}|{_lem(lb)}",
                  f"ltext={hl}|" + " ".join(_lem(doc[j]) for j in range(start, h)) if left <= 3 else "ltext=long"]
    cut = any(c.left_edge.i < end <= c.right_edge.i for c in head.children if c.i > h) or \
        any(c.left_edge.i < start <= c.right_edge.i for c in head.children if c.i < h)
    names += [f"cut={cut}", f"hl|cut={hl}|{cut}"]
    return names, numeric


def _word_span(head: Token, window: dict[int, float], th: float) -> tuple[int, int]:
    """The word-by-word reading: the head and the contiguous words at or above the threshold."""
    start, end = head.i, head.i + 1
    while start - 1 in window and window[start - 1] >= th:
        start -= 1
    while end in window and window[end] >= th:
        end += 1
    return start, end


def span_rows(head: Token, window: dict[int, float], th: float, bits: int = RANKER_BITS
              ) -> list[tuple[tuple[int, int], list[int], list[float]]]:
    """(span, hashed feature indices, numeric features) of every candidate span: the ranker's rows."""
    mask = (1 << bits) - 1
    out = []
    for start, end in candidate_spans(head, window):
        names, numeric = span_features(head, start, end, window, th)
        out.append(((start, end), sorted({zlib.crc32(n.encode("utf-8")) & mask for n in names}), numeric))
    return out


def _open(tok: Token) -> bool:
    """A token the cue may run through: not a line break."""
    return "\n" not in tok.text


@lru_cache(maxsize=4)
def load_extent(path: str | Path | None = None) -> CueExtent | None:
    """The shipped extent model (or `path`) with its span ranker beside it when that is built;
    None when the extent model has not been built."""
    path = Path(path) if path is not None else EXTENT_PATH
    extent = CueExtent.load_if_built(path)
    if extent is None:
        return None
    ranker = SpanRanker.load_if_built(path.with_name(RANKER_PATH.name))
    return replace(extent, ranker=ranker) if ranker is not None else extent
