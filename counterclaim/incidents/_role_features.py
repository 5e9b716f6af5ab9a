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
    tokens = list(doc)
    # content[i]: words before i that are neither punctuation nor stop words; a range holds one when the
    # counts at its ends differ (a new Span and its Token objects per tested range cost more than the rest)
    content = [0]
    for t in tokens:
        content.append(content[-1] + (not (t.is_punct or t.is_stop)))

    def add(a: int, b: int, origin: str) -> None:
        if b > a and (a, b) not in found and content[b] != content[a]:
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
    nominal = [_nominal(t) for t in tokens]
    joiner = [t.text in _JOINERS for t in tokens]
    while i < n:
        if nominal[i]:
            j = i
            while j < n and (nominal[j] or (joiner[j] and j + 1 < n and nominal[j + 1])):
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


class SpanRoots:
    """`Span.root` of any token range of one parse, from per-token arrays instead of a new Span per range.

    The same rule as spaCy's: a sentence root inside the range wins; otherwise, among the tokens whose
    head lies outside the range, the first with the fewest steps to its sentence root, a childless
    space or punctuation token counting as far away (length of the document minus one); the range's
    first token when none qualifies."""

    def __init__(self, tokens: Sequence, heads: Sequence[int]) -> None:
        n = len(tokens)
        self.heads = heads
        depth = [-1] * n
        for i in range(n):
            path = []
            j = i
            while depth[j] < 0 and heads[j] != j:
                path.append(j)
                j = heads[j]
                if len(path) > n:
                    raise RuntimeError("the parse's heads form a cycle")
            if depth[j] < 0:
                depth[j] = 0
            d = depth[j]
            for k in reversed(path):
                d += 1
                depth[k] = d
        self.steps = [
            n - 1 if (t.is_space or t.is_punct) and t.n_lefts == 0 and t.n_rights == 0 else depth[i]
            for i, t in enumerate(tokens)
        ]
        self.n = n

    def __call__(self, a: int, b: int) -> int:
        heads = self.heads
        for i in range(a, b):
            if heads[i] == i:
                return i
        best, root = self.n, -1
        for i in range(a, b):
            if a <= heads[i] < b:
                continue
            if self.steps[i] < best:
                best, root = self.steps[i], i
        return a if root == -1 else root


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
        self._heads: dict[int, tuple | None] = {}
        spans = list(spans)
        text = doc.text
        starts = [t.idx for t in tokens]
        ends = [t.idx + len(t) for t in tokens]
        heads = [t.head.i for t in tokens]
        deps = [t.dep_ for t in tokens]
        root_of = SpanRoots(tokens, heads)
        for a, b, _ in spans:
            key = normalise(text[starts[a] : ends[b - 1]])
            self.norms[(a, b)] = key
            self.roots[(a, b)] = root_of(a, b)
            self.counts[key] += 1
            self.first.setdefault(key, a)
        self.ents = {(e.start, e.end): e.label_ for e in doc.ents}
        self.contexts: dict[str, set[str]] = {}
        """Per normalised string, the governing-verb relations of all its occurrences: a name's role
        shows in whichever mention sits next to the verb ("the FMLN claimed", "attacked by the FMLN")."""
        for a, b, _ in spans:
            r = self.roots[(a, b)]
            root = tokens[r]
            bag = self.contexts.setdefault(self.norms[(a, b)], set())
            verb, path = self.verb_above(root)
            if verb is not None:
                bag.add(f"v:{path[-1]}|{self.lemma[verb.i]}")
            anchor = self.anchor(root)
            if anchor is not None:
                bag.add(f"c:{anchor[0]}|{anchor[1]}")
            pobj = deps[r] == "pobj"
            head = heads[heads[r]] if pobj else heads[r]
            if head != r:
                bag.add(f"h:{deps[r]}|{self.lower[heads[r]] if pobj else ''}|{self.lemma[head]}")
        self.relevance = relevance
        self.n_tokens = len(doc)
        self._features = _SharedFeatures(self)

    def verb_above(self, tok):
        """`_verb_above`, once per token."""
        found = self._verbs.get(tok.i)
        if found is None:
            found = self._verbs[tok.i] = _verb_above(tok)
        return found

    def clause_head(self, tok):
        """`clause_head`, once per token."""
        if tok.i not in self._heads:
            self._heads[tok.i] = clause_head(tok)
        return self._heads[tok.i]

    def anchor(self, tok) -> tuple[str, str] | None:
        """`clause_anchor`, once per token."""
        if tok.i not in self._anchors:
            found = self.clause_head(tok)
            self._anchors[tok.i] = None if found is None else (found[0], found[1].lemma_.lower())
        return self._anchors[tok.i]


class _SharedFeatures:
    """The feature strings that candidates share, built once per document: those of a token (as a word,
    a left or right neighbour, an edge's vector class), of a span root (its relations and predicate), of
    a sentence (its verbs) and of a normalised string (gazetteer, verb contexts). `span_features`
    assembles a candidate's list from them in the same order as it would write each string itself."""

    def __init__(self, ctx: DocContext) -> None:
        n, lower, lemma = ctx.n_tokens, ctx.lower, ctx.lemma
        self.like_num = [t.like_num for t in ctx.tokens]
        self.word = ["w=" + w for w in lower]
        self.lem = [None if ctx.stop[i] else "lem=" + lemma[i] for i in range(n)]
        keep = [not ctx.stop[i] and not ctx.punct[i] for i in range(n)]
        self.left = [f"L={lemma[i]}" if keep[i] else None for i in range(n)]
        self.right = [f"R={lemma[i]}" if keep[i] else None for i in range(n)]
        pad = [*lower, *["</s>"] * 3]
        # p{k} of a span starting at a, n{k} of a span ending at b (a in 0..n-1, b in 1..n)
        self.prev = {k: [f"p{k}={lower[a - k] if a - k >= 0 else '<s>'}" for a in range(n + 1)] for k in (1, 2, 3)}
        self.next = {k: [f"n{k}={pad[b + k - 1]}" for b in range(n + 1)] for k in (1, 2, 3)}
        self.prev12 = [f"p12={lower[a - 2] if a >= 2 else '<s>'}_{lower[a - 1] if a >= 1 else '<s>'}"
                       for a in range(n + 1)]
        self.next12 = [f"n12={pad[b] if b < n else '</s>'}_{pad[b + 1] if b + 1 < n else '</s>'}"
                       for b in range(n + 1)]
        self.sent_verbs = [[f"sv={v}" for v in verbs[:40]] for verbs in ctx.sent_verbs]
        self.lefts: dict[int, list[str]] = {}
        self.rights: dict[int, list[str]] = {}
        self.roots: dict[int, list[str]] = {}
        self.norms: dict[str, tuple[str | None, list[str]]] = {}
        rel = min(int(ctx.relevance * 10), 9)
        self.rel = f"rel={rel}"
        self.rel_origin = {o: f"rel_o={rel}|{o}" for o in ("nc", "nc_suffix", "nc_pp", "run")}
        self.clusters: dict[str, list[str]] | None = None
        self.cluster_names: list[str] = []
        if ctx.clusters is not None:
            c = [str(x) for x in ctx.clusters[:n]]  # str of a numpy integer: its f-string form, made once
            self.cluster_names = c
            self.clusters = {
                "hc": ["hc=" + x for x in c], "fc": ["fc=" + x for x in c], "lc": ["lc=" + x for x in c],
                "pc": ["pc=<s>", *("pc=" + x for x in c)], "nc": [*("nc=" + x for x in c), "nc=</s>"],
            }

    def left_of(self, a: int) -> list[str]:
        found = self.lefts.get(a)
        if found is None:
            found = self.lefts[a] = [f for f in self.left[max(0, a - 6) : a] if f is not None]
        return found

    def right_of(self, b: int, n: int) -> list[str]:
        found = self.rights.get(b)
        if found is None:
            found = self.rights[b] = [f for f in self.right[b : min(n, b + 6)] if f is not None]
        return found

    def of_root(self, root, ctx: DocContext) -> list[str]:
        """The relation, predicate and anchor features of a span's root (`span_features`' order)."""
        found = self.roots.get(root.i)
        if found is not None:
            return found
        lemma = ctx.lemma
        head = root.head
        dep = root.dep_
        feats = [f"dep={dep}", f"dep_head={dep}|{lemma[head.i]}"]
        if dep == "pobj":
            feats += [f"prep={head.lower_}", f"prep_head={head.lower_}|{lemma[head.head.i]}"]
        if dep in ("appos", "compound", "conj"):
            feats.append(f"dep2={dep}|{head.dep_}|{lemma[head.head.i]}")
        verb, path = ctx.verb_above(root)
        if verb is not None:
            v = lemma[verb.i]
            feats += [f"verb={v}", f"vpath={'>'.join(path)}|{v}", f"vp1={path[-1]}|{v}"]
            if any(c.dep_ == "auxpass" for c in verb.children):
                feats.append(f"vpass={path[-1]}|{v}")
        anchor = ctx.anchor(root)
        if anchor is not None:
            feats.append(f"cv={anchor[0]}|{anchor[1]}")
        self.roots[root.i] = feats
        return feats

    def of_norm(self, norm: str, ctx: DocContext) -> tuple[str | None, list[str]]:
        """(gazetteer feature if the string has more than one word, verb-context features) of a string."""
        found = self.norms.get(norm)
        if found is not None:
            return found
        aliases = group_aliases()
        if norm in aliases:
            gaz: str | None = "gaz=group"
        elif any(w in aliases for w in norm.split() if len(w) > 2):
            gaz = "gaz=part"
        else:
            gaz = None
        contexts = sorted(ctx.contexts.get(norm, ()))
        # verb contexts and head contexts capped separately, so long lists of one kind never crowd out the other
        ov: list[str] = []
        for kind in ("v:", "h:", "c:"):
            ov += [f"ov={c}" for c in [c for c in contexts if c.startswith(kind)][:16]]
        found = self.norms[norm] = (gaz, ov)
        return found


def span_features(doc: Doc, a: int, b: int, origin: str, ctx: DocContext) -> list[str]:
    """Feature strings of one candidate span (binary, presence-only)."""
    lower, lemma, pos, n, shared = ctx.lower, ctx.lemma, ctx.pos, ctx.n_tokens, ctx._features
    r = ctx.roots.get((a, b))
    root = ctx.tokens[r] if r is not None else doc[a:b].root
    ri = root.i
    norm = ctx.norms.get((a, b)) or normalise(doc[a:b].text)
    sent = ctx.sent_of[a]
    words = lower[a:b]
    feats = [
        "bias",
        f"o={origin}",
        f"len={min(b - a, 7)}",
        f"first={lower[a]}",
        f"last={lower[b - 1]}",
        f"root={lemma[ri]}",
        f"fpos={pos[a]}",
        f"lpos={pos[b - 1]}",
        f"rootpos={pos[ri]}",
        f"shape={'|'.join(pos[a:b])[:40]}",
        f"sent={min(sent, 6)}",
        shared.rel,
        shared.rel_origin.get(origin) or f"rel_o={shared.rel[4:]}|{origin}",
        f"cnt={min(ctx.counts[norm], 4)}",
        f"rootlast={ri == b - 1}",
        f"norm={norm}" if len(words) <= 4 else "norm=long",
    ]
    gaz, contexts = shared.of_norm(norm, ctx)
    if gaz == "gaz=group" or (gaz is not None and len(words) > 1):
        feats.append(gaz)
    label = ctx.ents.get((a, b))
    feats.append(f"ent={label}" if label else f"rent={root.ent_type_ or '-'}")
    feats.append(f"firstocc={ctx.first.get(norm) == a}")
    feats.append(f"pos={min(int(10 * a / max(n, 1)), 9)}")
    feats += shared.word[a:b]
    feats += [f for f in shared.lem[a:b] if f is not None]
    prev, nxt = shared.prev, shared.next
    feats += [prev[1][a], nxt[1][b], prev[2][a], nxt[2][b], prev[3][a], nxt[3][b], shared.prev12[a], shared.next12[b]]
    feats += shared.left_of(a)
    feats += shared.right_of(b, n)
    if a > 0 and ctx.text[a - 1] == "(":
        feats.append("in_paren")
    if any(shared.like_num[a:b]):
        feats.append("has_num")
    for w in ("of", "and", ",", "-"):
        if w in words:
            feats.append(f"has={w}")
    feats += shared.of_root(root, ctx)
    feats += shared.sent_verbs[sent]
    if shared.clusters is not None:
        c = shared.clusters
        found = ctx.clause_head(root)
        feats += [c["hc"][ri], c["fc"][a], c["lc"][b - 1], c["pc"][a], c["nc"][b],
                  f"vc={found[0]}|{shared.cluster_names[found[1].i]}" if found is not None else "vc=-"]
    feats += contexts
    return feats
