"""Candidate phrases and their features for the role-filler classifier (`incidents.roles`).

Both training and inference go through these functions, so the model sees the same candidates and
the same feature strings in both. Every feature is computed from lower-cased words, lemmas and the
parse of a case-normalised document, never from capitalisation: MUC-4 wire copy is all upper case,
news is not, and the same model has to read both.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from ..scoring.muc4 import normalise

MAX_RUN = 6
"""Longest token n-gram taken from a run of nominal words (names run up to five or six words)."""
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "X", "NUM"})
_JOINERS = frozenset({"-", "'s", "."})


def candidates(doc: Doc) -> list[tuple[int, int, str]]:
    """Token ranges (start, end, origin) that could fill a role, in document order.

    Noun chunks with every start between the chunk and its root, the same extended by the root's
    prepositional phrase ("members of the army"), and every short n-gram inside a run of nominal
    words, which catches names the parser splits on lower-cased text.
    """
    found: dict[tuple[int, int], str] = {}

    def add(a: int, b: int, origin: str) -> None:
        if b > a and (a, b) not in found and not all(t.is_punct or t.is_stop for t in doc[a:b]):
            found[(a, b)] = origin

    for chunk in doc.noun_chunks:
        root = chunk.root
        add(chunk.start, chunk.end, "nc")
        for a in range(chunk.start, root.i + 1):
            add(a, root.i + 1, "nc_suffix")
        for child in root.rights:
            if child.dep_ == "prep" and child.lower_ in {"of", "from", "in", "with", "loaded", "on"}:
                last = max(t.i for t in child.subtree)
                if last - chunk.start < 14:
                    for a in range(chunk.start, root.i + 1):
                        add(a, last + 1, "nc_pp")
    i, n = 0, len(doc)
    while i < n:
        if _nominal(doc[i]):
            j = i
            while j < n and (_nominal(doc[j]) or (doc[j].text in _JOINERS and j + 1 < n and _nominal(doc[j + 1]))):
                j += 1
            for a in range(i, j):
                for b in range(a + 1, min(j, a + MAX_RUN) + 1):
                    add(a, b, "run")
            i = j
        else:
            i += 1
    return sorted((a, b, o) for (a, b), o in found.items())


@lru_cache(maxsize=1)
def group_aliases() -> frozenset[str]:
    """Normalised names and aliases of the armed groups in the shipped gazetteer (`codebooks/data/groups.json`).

    Read directly from the packaged file, not through `codebooks.groups`, which may extend the
    table from ../shared at run time: the model's features must not depend on what data is nearby.
    """
    raw = resources.files("counterclaim.codebooks").joinpath("data/groups.json").read_text(encoding="utf-8")
    names = {
        normalise(a)
        for g in json.loads(raw).get("groups", [])
        for a in (g["name"], *g.get("aliases", []), *g.get("cs", []))
    }
    return frozenset(n for n in names if n)


def _nominal(tok) -> bool:
    return tok.pos_ in _NOMINAL and not tok.is_punct and not tok.is_space


def _verb_above(tok, limit: int = 4):
    """The nearest verb governing `tok` (its clause's predicate), with the path of relations."""
    path = [tok.dep_]
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return None, path
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur, path
        path.append(cur.dep_)
    return None, path


_THROUGH = frozenset({"conj", "appos", "compound", "nmod", "amod", "nummod", "poss"})
"""Relations by which a word is part of a larger noun phrase: its role is that phrase's role."""


def clause_anchor(tok, limit: int = 8) -> tuple[str, str] | None:
    """(relation, verb lemma) of the whole noun phrase `tok` belongs to, seen through coordination,
    apposition and prepositional attachments to nouns, or None.

    The third of three coordinated victims ("A, B and C were taken hostage") hangs off its neighbour,
    not the verb, so its own governing path says nothing; the phrase it belongs to is the verb's subject.
    """
    found = clause_head(tok, limit)
    return None if found is None else (found[0], found[1].lemma_.lower())


def clause_head(tok, limit: int = 8):
    """(relation, verb token) behind `clause_anchor`: the predicate the noun phrase of `tok` fills a slot of."""
    cur = tok
    for _ in range(limit):
        if cur.dep_ in _THROUGH and cur.head.i != cur.i:
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            cur = cur.head.head
        else:
            break
    head = cur.head
    if head.i == cur.i:
        return None
    if cur.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.pos_ in ("VERB", "AUX"):
        return f"{head.lower_}", head.head
    if head.pos_ in ("VERB", "AUX"):
        return cur.dep_, head
    return None


class DocContext:
    """Per-document facts the span features share: sentence ids, string counts, relevance bucket, and
    the token attributes and parse paths every span reads, computed once per token (`spaCy`'s Token
    objects are rebuilt on every `doc[i]`, which made feature extraction the pipeline's largest cost)."""

    def __init__(
        self, doc: Doc, spans: Iterable[tuple[int, int, str]], relevance: float, clusters: Sequence[int] | None = None,
    ) -> None:
        self.clusters = clusters
        """Per token, the class of its contextual vector (`_role_dense.VectorClusters`), or None."""
        tokens = list(doc)
        self.tokens = tokens
        self.lower = [t.lower_ for t in tokens]
        self.lemma = [t.lemma_.lower() for t in tokens]
        self.pos = [t.pos_ for t in tokens]
        self.stop = [t.is_stop for t in tokens]
        self.punct = [t.is_punct for t in tokens]
        self.text = [t.text for t in tokens]
        self.sent_of = [0] * len(doc)
        self.sent_verbs: list[list[str]] = []
        for k, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
            verbs = {self.lemma[i] for i in range(sent.start, sent.end) if self.pos[i] == "VERB"}
            self.sent_verbs.append(sorted(verbs))
        self.n_sents = len(self.sent_verbs)
        self.counts: Counter[str] = Counter()
        self.first: dict[str, int] = {}
        self.norms: dict[tuple[int, int], str] = {}
        self.roots: dict[tuple[int, int], int] = {}
        self._verbs: dict[int, tuple] = {}
        self._anchors: dict[int, tuple[str, str] | None] = {}
        spans = list(spans)
        text = doc.text
        for a, b, _ in spans:
            key = normalise(text[tokens[a].idx : tokens[b - 1].idx + len(tokens[b - 1])])
            self.norms[(a, b)] = key
            self.roots[(a, b)] = doc[a:b].root.i
            self.counts[key] += 1
            self.first.setdefault(key, a)
        self.ents = {(e.start, e.end): e.label_ for e in doc.ents}
        self.contexts: dict[str, set[str]] = {}
        """Per normalised string, the governing-verb relations of all its occurrences: a name's role
        shows in whichever mention sits next to the verb ("the FMLN claimed", "attacked by the FMLN")."""
        for a, b, _ in spans:
            root = tokens[self.roots[(a, b)]]
            bag = self.contexts.setdefault(self.norms[(a, b)], set())
            verb, path = self.verb_above(root)
            if verb is not None:
                bag.add(f"v:{path[-1]}|{verb.lemma_.lower()}")
            anchor = self.anchor(root)
            if anchor is not None:
                bag.add(f"c:{anchor[0]}|{anchor[1]}")
            head = root.head.head if root.dep_ == "pobj" else root.head
            if head.i != root.i:
                bag.add(f"h:{root.dep_}|{root.head.lower_ if root.dep_ == 'pobj' else ''}|{head.lemma_.lower()}")
        self.relevance = relevance
        self.n_tokens = len(doc)

    def verb_above(self, tok):
        """`_verb_above`, once per token."""
        found = self._verbs.get(tok.i)
        if found is None:
            found = self._verbs[tok.i] = _verb_above(tok)
        return found

    def anchor(self, tok) -> tuple[str, str] | None:
        """`clause_anchor`, once per token."""
        if tok.i not in self._anchors:
            self._anchors[tok.i] = clause_anchor(tok)
        return self._anchors[tok.i]


def span_features(doc: Doc, a: int, b: int, origin: str, ctx: DocContext) -> list[str]:
    """Feature strings of one candidate span (binary, presence-only)."""
    lower, lemma, pos, stop, n = ctx.lower, ctx.lemma, ctx.pos, ctx.stop, ctx.n_tokens
    r = ctx.roots.get((a, b))
    root = ctx.tokens[r] if r is not None else doc[a:b].root
    norm = ctx.norms.get((a, b)) or normalise(doc[a:b].text)
    sent = ctx.sent_of[a]
    rel = min(int(ctx.relevance * 10), 9)
    words = lower[a:b]
    feats = [
        "bias",
        f"o={origin}",
        f"len={min(b - a, 7)}",
        f"first={lower[a]}",
        f"last={lower[b - 1]}",
        f"root={lemma[root.i]}",
        f"fpos={pos[a]}",
        f"lpos={pos[b - 1]}",
        f"rootpos={pos[root.i]}",
        f"shape={'|'.join(pos[a:b])[:40]}",
        f"sent={min(sent, 6)}",
        f"rel={rel}",
        f"rel_o={rel}|{origin}",
        f"cnt={min(ctx.counts[norm], 4)}",
        f"rootlast={root.i == b - 1}",
        f"norm={norm}" if len(words) <= 4 else "norm=long",
    ]
    if norm in group_aliases():
        feats.append("gaz=group")
    elif len(words) > 1 and any(w in group_aliases() for w in norm.split() if len(w) > 2):
        feats.append("gaz=part")
    label = ctx.ents.get((a, b))
    feats.append(f"ent={label}" if label else f"rent={root.ent_type_ or '-'}")
    feats.append(f"firstocc={ctx.first.get(norm) == a}")
    feats.append(f"pos={min(int(10 * a / max(n, 1)), 9)}")
    feats += [f"w={w}" for w in words]
    feats += [f"lem={lemma[i]}" for i in range(a, b) if not stop[i]]
    for k in (1, 2, 3):
        feats.append(f"p{k}={lower[a - k] if a - k >= 0 else '<s>'}")
        feats.append(f"n{k}={lower[b + k - 1] if b + k - 1 < n else '</s>'}")
    feats.append(f"p12={lower[a - 2] if a >= 2 else '<s>'}_{lower[a - 1] if a >= 1 else '<s>'}")
    feats.append(f"n12={lower[b] if b < n else '</s>'}_{lower[b + 1] if b + 1 < n else '</s>'}")
    feats += [f"L={lemma[i]}" for i in range(max(0, a - 6), a) if not stop[i] and not ctx.punct[i]]
    feats += [f"R={lemma[i]}" for i in range(b, min(n, b + 6)) if not stop[i] and not ctx.punct[i]]
    if a > 0 and ctx.text[a - 1] == "(":
        feats.append("in_paren")
    if any(ctx.tokens[i].like_num for i in range(a, b)):
        feats.append("has_num")
    for w in ("of", "and", ",", "-"):
        if w in words:
            feats.append(f"has={w}")
    head = root.head
    feats += [f"dep={root.dep_}", f"dep_head={root.dep_}|{lemma[head.i]}"]
    if root.dep_ == "pobj":
        feats += [f"prep={head.lower_}", f"prep_head={head.lower_}|{lemma[head.head.i]}"]
    if root.dep_ in ("appos", "compound", "conj"):
        feats.append(f"dep2={root.dep_}|{head.dep_}|{lemma[head.head.i]}")
    verb, path = ctx.verb_above(root)
    if verb is not None:
        v = lemma[verb.i]
        feats += [f"verb={v}", f"vpath={'>'.join(path)}|{v}", f"vp1={path[-1]}|{v}"]
        if any(c.dep_ == "auxpass" for c in verb.children):
            feats.append(f"vpass={path[-1]}|{v}")
    anchor = ctx.anchor(root)
    if anchor is not None:
        feats.append(f"cv={anchor[0]}|{anchor[1]}")
    feats += [f"sv={v}" for v in ctx.sent_verbs[sent][:40]]
    if ctx.clusters is not None:
        feats += _cluster_features(doc, a, b, root, ctx.clusters)
    contexts = sorted(ctx.contexts.get(norm, ()))
    # verb contexts and head contexts capped separately, so long lists of one kind never crowd out the other
    for kind in ("v:", "h:", "c:"):
        feats += [f"ov={c}" for c in [c for c in contexts if c.startswith(kind)][:16]]
    return feats


def _cluster_features(doc: Doc, a: int, b: int, root, clusters: Sequence[int]) -> list[str]:
    """Vector classes of the span's head, edges and neighbours, and of its predicate with the relation."""
    feats = [f"hc={clusters[root.i]}", f"fc={clusters[a]}", f"lc={clusters[b - 1]}",
             f"pc={clusters[a - 1] if a else '<s>'}", f"nc={clusters[b] if b < len(doc) else '</s>'}"]
    found = clause_head(root)
    feats.append(f"vc={found[0]}|{clusters[found[1].i]}" if found is not None else "vc=-")
    return feats
