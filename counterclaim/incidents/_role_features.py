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
        keys: FeatureKeys | None = None,
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
        of_root: dict[int, list[str]] = {}  # the relations depend on the root only; many spans share one
        for a, b, _ in spans:
            r = self.roots[(a, b)]
            found = of_root.get(r)
            if found is None:
                found = of_root[r] = []
                root = tokens[r]
                verb, path = self.verb_above(root)
                if verb is not None:
                    found.append(f"v:{path[-1]}|{self.lemma[verb.i]}")
                anchor = self.anchor(root)
                if anchor is not None:
                    found.append(f"c:{anchor[0]}|{anchor[1]}")
                pobj = deps[r] == "pobj"
                head = heads[heads[r]] if pobj else heads[r]
                if head != r:
                    found.append(f"h:{deps[r]}|{self.lower[heads[r]] if pobj else ''}|{self.lemma[head]}")
            bag = self.contexts.get(self.norms[(a, b)])
            if bag is None:
                bag = self.contexts[self.norms[(a, b)]] = set()
            bag.update(found)
        self.relevance = relevance
        self.n_tokens = len(doc)
        self.ents_of = [t.ent_type_ for t in tokens]
        self._features = _SharedFeatures(self, keys or STRINGS)

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


_WORD = ("w=", "p1=", "p2=", "p3=", "n1=", "n2=", "n3=", "first=", "last=")
"""Features named after one lower-cased word, in the order of `FeatureKeys.word`'s tuple."""
_LEMMA = ("lem=", "L=", "R=", "root=", "sv=")
_TAG = ("fpos=", "lpos=", "rootpos=")
_CLUSTER = ("hc=", "fc=", "lc=", "pc=", "nc=")
_RENT = ("rent=",)
_ORIGINS = ("nc", "nc_suffix", "nc_pp", "run")
_HAS = ("of", "and", ",", "-")
_CACHE_LIMIT = 100_000
"""Words, lemmas and tags remembered per kind; the memory is cleared beyond that (a long run meets new names)."""


class FeatureKeys:
    """What `span_features` writes for a feature name: the string itself (training builds its vocabulary
    from the strings), or, given a model's vocabulary, the name's column (-1 when the model has none), so
    that scoring a document formats and hashes each word's names once instead of once per candidate.

    The names made from one word, lemma, tag or vector class are remembered across documents, a tuple
    per word; those of a span root, a sentence or a normalised string are written per document."""

    def __init__(self, index: dict[str, int] | None = None) -> None:
        self.index = index
        self.ids = index is not None
        self.absent = -1 if self.ids else None
        """What a table holds where a token has no such feature (a stop word's lemma)."""
        self._memo: dict[tuple[str, ...], dict[str, tuple]] = {}
        k = self.key
        self.bias = k("bias")
        self.len = [k(f"len={i}") for i in range(8)]
        self.sent = [k(f"sent={i}") for i in range(7)]
        self.cnt = [k(f"cnt={i}") for i in range(5)]
        self.pos = [k(f"pos={i}") for i in range(10)]
        self.rootlast = {v: k(f"rootlast={v}") for v in (False, True)}
        self.firstocc = {v: k(f"firstocc={v}") for v in (False, True)}
        self.origin = {o: k(f"o={o}") for o in _ORIGINS}
        self.has = [(w, k(f"has={w}")) for w in _HAS]
        self.norm_long, self.in_paren, self.has_num = k("norm=long"), k("in_paren"), k("has_num")
        self.gaz = {"group": k("gaz=group"), "part": k("gaz=part")}
        self.prev_start = [k(f"p{i}=<s>") for i in (1, 2, 3)]
        self.next_end = [k(f"n{i}=</s>") for i in (1, 2, 3)]
        self.pc_start, self.nc_end, self.no_vc = k("pc=<s>"), k("nc=</s>"), k("vc=-")

    def key(self, name: str):
        return name if self.index is None else self.index.get(name, -1)

    def memo(self, prefixes: tuple[str, ...]) -> dict[str, tuple]:
        """The remembered names of one kind, by word (read directly in per-token loops)."""
        found = self._memo.get(prefixes)
        if found is None:
            found = self._memo[prefixes] = {}
        return found

    def _named(self, prefixes: tuple[str, ...], value: str) -> tuple:
        memo = self.memo(prefixes)
        found = memo.get(value)
        if found is None:
            if len(memo) >= _CACHE_LIMIT:
                memo.clear()
            found = memo[value] = tuple(self.key(p + value) for p in prefixes)
        return found

    def word(self, lower: str) -> tuple:
        """(w, p1, p2, p3, n1, n2, n3, first, last) of a lower-cased word."""
        return self._named(_WORD, lower)

    def lemma(self, lemma: str) -> tuple:
        """(lem, L, R, root, sv) of a lemma."""
        return self._named(_LEMMA, lemma)

    def tag(self, pos: str) -> tuple:
        """(fpos, lpos, rootpos) of a part-of-speech tag."""
        return self._named(_TAG, pos)

    def cluster(self, name: str) -> tuple:
        """(hc, fc, lc, pc, nc) of a vector class."""
        return self._named(_CLUSTER, name)

    def rent(self, ent_type: str):
        """rent= of a span root's entity type ('-': none)."""
        return self._named(_RENT, ent_type or "-")[0]


STRINGS = FeatureKeys()
"""The feature names as strings (training, tests)."""


class _SharedFeatures:
    """The feature names that candidates share, built once per document (as strings or a model's columns,
    `FeatureKeys`): those of a token (as a word, a span's first or last word, a left or right neighbour, an
    edge's vector class), of a span root (its relations and predicate), of a sentence (its verbs) and of a
    normalised string (gazetteer, verb contexts). `span_features` assembles a candidate's list from them in
    the same order as it would write each string itself."""

    def __init__(self, ctx: DocContext, keys: FeatureKeys) -> None:
        n, lower, lemma = ctx.n_tokens, ctx.lower, ctx.lemma
        self.keys = keys
        self.lower = lower
        key, absent = keys.key, keys.absent
        self.like_num = [t.like_num for t in ctx.tokens]
        # the memo read inline: a method call per token and kind cost more than the look-up
        memo = keys.memo(_WORD)
        words = [memo.get(w) or keys.word(w) for w in lower]
        memo = keys.memo(_LEMMA)
        lemmas = [memo.get(x) or keys.lemma(x) for x in lemma]
        memo = keys.memo(_TAG)
        tags = [memo.get(x) or keys.tag(x) for x in ctx.pos]
        self.word = [w[0] for w in words]
        self.first = [w[7] for w in words]
        self.last = [w[8] for w in words]
        self.lem = [absent if ctx.stop[i] else lemmas[i][0] for i in range(n)]
        keep = [not ctx.stop[i] and not ctx.punct[i] for i in range(n)]
        self.left = [lemmas[i][1] if keep[i] else absent for i in range(n)]
        self.right = [lemmas[i][2] if keep[i] else absent for i in range(n)]
        self.root = [x[3] for x in lemmas]
        self.fpos = [t[0] for t in tags]
        self.lpos = [t[1] for t in tags]
        self.rootpos = [t[2] for t in tags]
        rent = {e: keys.rent(e) for e in set(ctx.ents_of)}
        self.rent = [rent[e] for e in ctx.ents_of]
        # p{k} of a span starting at a (lower[a - k]), n{k} of a span ending at b (lower[b + k - 1]); a, b in 0..n
        self.prev = {k: [keys.prev_start[k - 1]] * min(k, n + 1) + [words[j][k] for j in range(n + 1 - k)]
                     for k in (1, 2, 3)}
        self.next = {k: [words[j][3 + k] for j in range(k - 1, n)] + [keys.next_end[k - 1]] * min(k, n + 1)
                     for k in (1, 2, 3)}
        # the word pairs before a span's start and after its end, written for the positions candidates use
        self.prev12: list = [None] * (n + 1)
        self.next12: list = [None] * (n + 1)
        self.sent_verbs = [[keys.lemma(v)[4] for v in verbs[:40]] for verbs in ctx.sent_verbs]
        self.lefts: dict[int, list] = {}
        self.rights: dict[int, list] = {}
        self.roots: dict[int, list] = {}
        self.vcs: dict[int, object] = {}
        self.norms: dict[str, tuple] = {}
        rel = min(int(ctx.relevance * 10), 9)
        self.rel_bucket = rel
        self.rel = key(f"rel={rel}")
        self.rel_origin = {o: key(f"rel_o={rel}|{o}") for o in _ORIGINS}
        self.clusters: dict[str, list] | None = None
        self.cluster_names: list[str] = []
        if ctx.clusters is not None:
            c = [str(x) for x in ctx.clusters[:n]]  # str of a numpy integer: its f-string form, made once
            self.cluster_names = c
            memo = keys.memo(_CLUSTER)
            named = [memo.get(x) or keys.cluster(x) for x in c]
            self.clusters = {
                "hc": [x[0] for x in named], "fc": [x[1] for x in named], "lc": [x[2] for x in named],
                "pc": [keys.pc_start, *(x[3] for x in named)], "nc": [*(x[4] for x in named), keys.nc_end],
            }

    def p12(self, a: int):
        """p12= of a span starting at a (its two words before), remembered."""
        lower = self.lower
        one, two = lower[a - 2] if a >= 2 else "<s>", lower[a - 1] if a >= 1 else "<s>"
        found = self.prev12[a] = self.keys.key(f"p12={one}_{two}")
        return found

    def n12(self, b: int):
        """n12= of a span ending at b (its two words after), remembered."""
        lower, n = self.lower, len(self.lower)
        one, two = lower[b] if b < n else "</s>", lower[b + 1] if b + 1 < n else "</s>"
        found = self.next12[b] = self.keys.key(f"n12={one}_{two}")
        return found

    def lems(self, a: int, b: int) -> list:
        """The lemma features of the span's words (none for stop words)."""
        if self.keys.ids:  # a column of -1 is dropped by the scorer
            return self.lem[a:b]
        return [f for f in self.lem[a:b] if f is not None]

    def left_of(self, a: int) -> list:
        if self.keys.ids:
            return self.left[max(0, a - 6) : a]
        found = self.lefts.get(a)
        if found is None:
            found = self.lefts[a] = [f for f in self.left[max(0, a - 6) : a] if f is not None]
        return found

    def right_of(self, b: int, n: int) -> list:
        if self.keys.ids:
            return self.right[b : min(n, b + 6)]
        found = self.rights.get(b)
        if found is None:
            found = self.rights[b] = [f for f in self.right[b : min(n, b + 6)] if f is not None]
        return found

    def of_root(self, root, ctx: DocContext) -> list:
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
        found = self.roots[root.i] = [self.keys.key(f) for f in feats] if self.keys.ids else feats
        return found

    def vc_of(self, root, ctx: DocContext):
        """The vector class of the predicate the root's phrase fills a slot of."""
        if root.i not in self.vcs:
            found = ctx.clause_head(root)
            self.vcs[root.i] = (self.keys.key(f"vc={found[0]}|{self.cluster_names[found[1].i]}") if found is not None
                                else self.keys.no_vc)
        return self.vcs[root.i]

    def of_norm(self, norm: str, ctx: DocContext) -> tuple:
        """(gazetteer kind, its feature, the norm= feature, verb-context features) of a normalised string;
        the gazetteer feature counts for a one-word span only when the string is a group's name."""
        found = self.norms.get(norm)
        if found is not None:
            return found
        aliases = group_aliases()
        if norm in aliases:
            gaz: str | None = "group"
        elif any(w in aliases for w in norm.split() if len(w) > 2):
            gaz = "part"
        else:
            gaz = None
        contexts = sorted(ctx.contexts.get(norm, ()))
        # verb contexts and head contexts capped separately, so long lists of one kind never crowd out the other
        ov: list = []
        key = self.keys.key
        for kind in ("v:", "h:", "c:"):
            ov += [key(f"ov={c}") for c in [c for c in contexts if c.startswith(kind)][:16]]
        found = self.norms[norm] = (gaz, self.keys.gaz.get(gaz), key(f"norm={norm}"), ov)
        return found


def span_features(doc: Doc, a: int, b: int, origin: str, ctx: DocContext) -> list:
    """Feature names of one candidate span (binary, presence-only): strings, or with a model's
    `FeatureKeys` given to the `DocContext`, the model's columns (-1: a name it does not know)."""
    lower, pos, n, shared = ctx.lower, ctx.pos, ctx.n_tokens, ctx._features
    keys = shared.keys
    r = ctx.roots.get((a, b))
    root = ctx.tokens[r] if r is not None else doc[a:b].root
    ri = root.i
    norm = ctx.norms.get((a, b)) or normalise(doc[a:b].text)
    sent = ctx.sent_of[a]
    gaz_kind, gaz, norm_key, contexts = shared.of_norm(norm, ctx)
    size = b - a
    feats = [
        keys.bias,
        keys.origin.get(origin) or keys.key(f"o={origin}"),
        keys.len[min(size, 7)],
        shared.first[a],
        shared.last[b - 1],
        shared.root[ri],
        shared.fpos[a],
        shared.lpos[b - 1],
        shared.rootpos[ri],
        keys.key(f"shape={'|'.join(pos[a:b])[:40]}"),
        keys.sent[min(sent, 6)],
        shared.rel,
        shared.rel_origin.get(origin) or keys.key(f"rel_o={shared.rel_bucket}|{origin}"),
        keys.cnt[min(ctx.counts[norm], 4)],
        keys.rootlast[ri == b - 1],
        norm_key if size <= 4 else keys.norm_long,
    ]
    if gaz_kind == "group" or (gaz_kind is not None and size > 1):
        feats.append(gaz)
    label = ctx.ents.get((a, b))
    feats.append(keys.key(f"ent={label}") if label else shared.rent[ri])
    feats.append(keys.firstocc[ctx.first.get(norm) == a])
    feats.append(keys.pos[min(int(10 * a / max(n, 1)), 9)])
    feats += shared.word[a:b]
    feats += shared.lems(a, b)
    prev, nxt = shared.prev, shared.next
    feats += [prev[1][a], nxt[1][b], prev[2][a], nxt[2][b], prev[3][a], nxt[3][b],
              shared.prev12[a] or shared.p12(a), shared.next12[b] or shared.n12(b)]
    feats += shared.left_of(a)
    feats += shared.right_of(b, n)
    if a > 0 and ctx.text[a - 1] == "(":
        feats.append(keys.in_paren)
    if any(shared.like_num[a:b]):
        feats.append(keys.has_num)
    words = lower[a:b]
    for w, k in keys.has:
        if w in words:
            feats.append(k)
    feats += shared.of_root(root, ctx)
    feats += shared.sent_verbs[sent]
    if shared.clusters is not None:
        c = shared.clusters
        feats += [c["hc"][ri], c["fc"][a], c["lc"][b - 1], c["pc"][a], c["nc"][b], shared.vc_of(root, ctx)]
    feats += contexts
    return feats
