"""The attribute ruler's matching, done by table look-up instead of spaCy's Matcher.

The English pipeline's `attribute_ruler` (tag -> POS and morphology, pronoun lemmas, auxiliaries) runs
about 150 one- and two-token patterns through spaCy's general Matcher, which tests every pattern at every
token: a tenth of the parse. Its patterns only compare a token's TAG, LOWER, DEP and IS_SPACE, so which
pattern positions a token satisfies depends on those four values alone; `RuleIndex` works that out once
per distinct combination and keeps it, and a document's matches are read from the table. It returns the
ruler's own match list (same tuples, same order), so `AttributeRuler.set_annotations` writes exactly what
it wrote before. A ruler whose patterns use anything else keeps spaCy's Matcher (`install` says so).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.tokens import Doc

_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
"""The token attributes a pattern may test, as positions in a token's key (TAG, LOWER, DEP, IS_SPACE)."""
_MAX_KEYS = 200_000
"""Distinct token keys kept before the table starts afresh (a long-running service sees new words forever)."""

Key = tuple[int, int, int, int]
Test = Callable[[Key], bool]


class Unsupported(ValueError):
    """A pattern this index cannot read exactly; the ruler keeps spaCy's Matcher."""


def _test(vocab, name: str, value) -> Test:
    """One attribute condition of a token pattern as a test on a token key (string values compared as hashes)."""
    if name not in _FIELDS:
        raise Unsupported(f"attribute {name}")
    f = _FIELDS[name]
    if name == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE {value!r}")
        return lambda key: bool(key[f]) is value
    if isinstance(value, str):
        h = vocab.strings.add(value)
        return lambda key: key[f] == h
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(s, str) for s in arg):
            hs = frozenset(vocab.strings.add(s) for s in arg)
            return (lambda key: key[f] in hs) if op == "IN" else (lambda key: key[f] not in hs)
        if op == "REGEX" and isinstance(arg, str):
            rx, strings = re.compile(arg), vocab.strings
            return lambda key: rx.search(strings[key[f]]) is not None
    raise Unsupported(f"{name} {value!r}")


def _spec(vocab, token_pattern: dict) -> Callable[[Key], bool]:
    tests = [_test(vocab, name, value) for name, value in token_pattern.items()]
    return lambda key: all(t(key) for t in tests)


def _gates(vocab, token_pattern: dict) -> list[tuple[int, int]] | None:
    """(field, hash) pairs one of which a token must have to satisfy the pattern (its TAG, else its LOWER
    value or values), or None when it has no such condition and must be tested on every token."""
    for name in ("TAG", "LOWER"):
        value = token_pattern.get(name)
        if isinstance(value, str):
            return [(_FIELDS[name], vocab.strings.add(value))]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(_FIELDS[name], vocab.strings.add(s)) for s in value["IN"]]
    return None


class RuleIndex:
    """Drop-in for `AttributeRuler.match` over patterns of plain token conditions (no operators)."""

    def __init__(self, ruler) -> None:
        vocab = ruler.vocab
        self.ids = [vocab.strings[str(k)] for k in range(len(ruler.attrs))]
        self.gated: dict[tuple[int, int], list[tuple[int, int, Callable[[Key], bool]]]] = {}
        """(pattern number, token position, test) of the pattern tokens that need a (field, hash) value."""
        self.ungated: list[tuple[int, int, Callable[[Key], bool]]] = []
        """The same for pattern tokens without such a condition."""
        self.patterns: list[tuple[int, int]] = []
        """(rule number, length) per pattern number."""
        for k in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(k))[1]:
                if not pattern:
                    raise Unsupported("empty pattern")
                p = len(self.patterns)
                self.patterns.append((k, len(pattern)))
                for pos, token_pattern in enumerate(pattern):
                    if not isinstance(token_pattern, dict) or "OP" in token_pattern:
                        raise Unsupported("operator")
                    entry = (p, pos, _spec(vocab, token_pattern))
                    gates = _gates(vocab, token_pattern)
                    if gates is None:
                        self.ungated.append(entry)
                    for gate in gates or ():
                        self.gated.setdefault(gate, []).append(entry)
        self.table: dict[Key, tuple[tuple[int, int], ...]] = {}

    def _satisfied(self, key: Key) -> tuple[tuple[int, int], ...]:
        found = self.table.get(key)
        if found is None:
            if len(self.table) >= _MAX_KEYS:
                self.table.clear()
            gated = self.gated.get
            entries = [*gated((0, key[0]), ()), *gated((1, key[1]), ()), *self.ungated]
            found = self.table[key] = tuple({(p, pos) for p, pos, test in entries if test(key)})
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches: (rule number, match id, start, end), sorted as `AttributeRuler.match` sorts them."""
        keys = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        sat = [self._satisfied(key) for key in keys]
        n, patterns, ids = len(keys), self.patterns, self.ids
        found = set()
        for start, here in enumerate(sat):
            for p, pos in here:
                if pos:
                    continue
                k, length = patterns[p]
                if length == 1:
                    found.add((k, ids[k], start, start + 1))
                elif start + length <= n and all((p, j) in sat[start + j] for j in range(1, length)):
                    found.add((k, ids[k], start, start + length))
        return sorted(found)


def install(nlp) -> bool:
    """Make the pipeline's attribute ruler match through `RuleIndex`; False (spaCy's Matcher kept) when its
    patterns need more than plain conditions on TAG, LOWER, DEP and IS_SPACE."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = RuleIndex(ruler)
    except Unsupported:
        return False
    ruler.set_annotations = _token_writer(ruler)
    return True


def _token_writer(ruler) -> Callable[[Doc, list], None]:
    """`AttributeRuler.set_annotations` without its two throw-away objects per match (a labelled Span, then
    the Span's token looked up twice): about three matches per token. The same tokens get the same attributes
    in the same order; a rule index outside its match is left to spaCy's method, which reports it."""
    from spacy.tokens._retokenize import set_token_attrs

    spacy_method = ruler.set_annotations
    attrs, indices = ruler.attrs, ruler.indices

    def set_annotations(doc: Doc, matches: list) -> None:
        at = [start + indices[k] if indices[k] >= 0 else end + indices[k] for k, _, start, end in matches]
        if not all(m[2] <= i < m[3] for m, i in zip(matches, at, strict=True)):
            spacy_method(doc, matches)
            return
        for (k, _, _, _), i in zip(matches, at, strict=True):
            set_token_attrs(doc[i], attrs[k])

    return set_annotations
