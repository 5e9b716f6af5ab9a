"""The text of a Doc, computed once.

spaCy's `Doc.text` joins every token on each access (O(n)); readers slice the text for every
mention, which made text access the single largest cost of the pipeline. `doc_text(doc)` caches it.

`is_upper_text` decides what counts as capitals wire copy (MUC-4), which is parsed case-normalised
(`pipeline.parse_pipe`); the truecased Doc is kept under `CASED_KEY` in the original Doc's user_data.
Every reader that treats capitals differently (places, actors, roles) asks the same question here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

_KEY = "cc_text"
_LOWERS_KEY = "cc_lowers"
_OFFSETS_KEY = "cc_offsets"
_ENTS_KEY = "cc_ents"
CASED_KEY = "cc_cased"
UPPER_SHARE = 0.6
"""Share of upper-case letters (in the first 5,000 characters) above which text is wire copy in capitals."""


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def doc_lowers(doc: Doc) -> list[str]:
    """Every token's `lower_`, computed once per Doc (each `doc[i]` builds a new Token object)."""
    lowers = doc.user_data.get(_LOWERS_KEY)
    if lowers is None:
        lowers = doc.user_data[_LOWERS_KEY] = [t.lower_ for t in doc]
    return lowers


def doc_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Every token's start and end character offsets, computed once per Doc."""
    offsets = doc.user_data.get(_OFFSETS_KEY)
    if offsets is None:
        starts = [t.idx for t in doc]
        offsets = doc.user_data[_OFFSETS_KEY] = (starts, [a + len(t) for a, t in zip(starts, doc, strict=True)])
    return offsets


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per Doc: spaCy makes a new Span per entity on every access, and `Span.ents` reads
    the whole document's entities again, so a reader asking per sentence or per token was quadratic."""
    found = doc.user_data.get(_ENTS_KEY)
    if found is None or found[0] != id(doc):  # a copied Doc carries its source's user_data
        ents = doc.ents
        found = doc.user_data[_ENTS_KEY] = (id(doc), ents, [e.start for e in ents])
    return found[1]


def span_ents(span: Span | Doc) -> list[Span]:
    """`span.ents` (the entities wholly inside `span`, in order) from `doc_ents`: like spaCy, the first entity
    starting inside that runs past the span's end stops the list."""
    if isinstance(span, Doc):
        return list(doc_ents(span))
    doc_ents(span.doc)
    _, ents, starts = span.doc.user_data[_ENTS_KEY]
    out = []
    for k in range(bisect_left(starts, span.start), len(ents)):
        ent = ents[k]
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def sents_back(doc: Doc, start: int, n: int) -> int:
    """Where the sentence `n` sentences before the one that starts at token `start` starts (the first sentence's
    start when there are fewer): the reach of a pronoun or an anaphor ("... The group said" looks a few back)."""
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def letter_case(text: str) -> tuple[int, int]:
    """(upper-case letters, letters) of `text`: how much of it is in capitals.

    Counted over the distinct characters (`Counter` tallies a string in C), not character by character."""
    upper = letters = 0
    for char, n in Counter(text).items():
        if char.isalpha():
            letters += n
            if char.isupper():
                upper += n
    return upper, letters


@lru_cache(maxsize=64)
def is_upper_text(text: str) -> bool:
    """True for wire copy in capitals (cached: places, actors and roles ask it of the same document text)."""
    upper, letters = letter_case(text[:5000])
    return letters > 0 and upper > UPPER_SHARE * letters


def cased_doc(doc: Doc) -> Doc | None:
    """The truecased parse a capitals Doc was made from (`pipeline.parse_pipe`), if any."""
    return doc.user_data.get(CASED_KEY)


def in_quote(token: Token) -> bool:
    """Inside quotation marks within its sentence."""
    marks = sum(1 for t in token.sent if t.i < token.i and t.text in {"“", "”", '"'})
    opening = sum(1 for t in token.sent if t.i < token.i and t.text == "“")
    return marks % 2 == 1 or opening > sum(1 for t in token.sent if t.i < token.i and t.text == "”")


def described_noun(token: Token, nouns: frozenset[str], heads: frozenset[str], modifiers: frozenset[str]) -> bool:
    """A common noun that names a kind of speaker by itself (`nouns`: "the monitor", "the governor"), or a head
    that does so only under one of `modifiers` ("a rights group", "the council chairman", not "an armed group")."""
    if token.pos_ != "NOUN":
        return False
    low = token.lemma_.lower()
    if low in nouns:
        return True
    return low in heads and any(
        c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in modifiers for c in token.children)
