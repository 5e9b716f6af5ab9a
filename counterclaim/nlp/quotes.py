"""Reported speech: who (source) says or thinks what (content), introduced by which words (cue).

A generic attribution extractor over spaCy's dependency parse, scored on PolNeAR. Which words
introduce speech is not a hand list: `counterclaim train cues` learns, from PolNeAR train, a
cue-head tagger (`nlp.cue_tagger`: logistic regression over the token's parse, neighbours and
quotation context), and a lexicon of how often each lemma heads a cue per syntactic frame and
which adjacent children ("has", "also", "to"; per head lemma where seen often) belong to the cue.
The tagger decides when its artifact is present, and a learned extent model (`nlp.cue_extent`)
which words around the head join the cue; the lexicon alone when a lexicon is passed.
The artifacts hold lemmas, probabilities and hashed weights, no text.

    cue      the verb (plus learned auxiliaries/particles) or "according to"
    source   the verb's subject, or the object of "according to"
    content  the verb's clausal complement, widened to the enclosing quotation when it is quoted,
             or the clause that "according to" modifies
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from ..errors import ConfigError
from ..models import Span
from ._dateline import DASHES, sentence_dash
from .attribution_scorer import AttributionScorer, load_scorer
from .cue_extent import CueExtent, load_extent
from .cue_tagger import CueTagger, load_tagger

CUES_PATH = Path(__file__).resolve().parent.parent / "artifacts" / "cues.json"
COMP_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
SUBJ_DEPS = frozenset({"nsubj", "csubj"})
_OPEN_QUOTES = "“\""
_CLOSE_QUOTES = "”\""
ALL_FRAMES = frozenset({"acc", "comp", "plain"})


@dataclass(frozen=True)
class Attribution:
    """One attribution relation; `source` is None for agentless cues ("is expected")."""

    source: Span | None
    cue: Span
    content: Span
    confidence: float = 1.0
    """The cue tagger's probability for the cue head (1.0 for the lexicon path)."""


@dataclass(frozen=True)
class CueLexicon:
    """Learned cue priors: P(cue | lemma, frame), P(child in cue | dep, lemma), and the decision threshold."""

    priors: dict[str, float]
    extend: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5
    meta: dict[str, object] = field(default_factory=dict)
    threshold_plain: float | None = None
    """Threshold for cues without a clausal complement ("attacked the plan"), which are more often
    plain narration; None means `threshold`."""
    weights: dict[str, float] = field(default_factory=dict)
    """Logistic-regression weights over `cue_features`; when present they decide instead of the
    thresholds (the prior is one feature among the token's tag, dependency and quotation context)."""

    def accepts(self, lemma: str, frame: str) -> bool:
        th = self.threshold_plain if frame == "plain" and self.threshold_plain is not None else self.threshold
        return self.prior(lemma, frame) >= th

    def accepts_token(self, tok: Token, fr: str) -> bool:
        lemma = tok.lemma_.lower()
        if not self.weights:
            return self.accepts(lemma, fr)
        if self.priors.get(f"{lemma}|*", 0.0) <= 0.0:
            return False
        z = self.weights.get("bias", 0.0) + sum(self.weights.get(k, 0.0) * v for k, v in cue_features(tok, fr, self))
        return z >= 0.0

    def prior(self, lemma: str, frame: str) -> float:
        key = f"{lemma}|{frame}"
        if key in self.priors:
            return self.priors[key]
        return self.priors.get(f"{lemma}|*", 0.0) * (1.0 if frame != "plain" else 0.5)

    def to_json(self) -> dict[str, object]:
        return {"threshold": self.threshold, "threshold_plain": self.threshold_plain,
                "priors": dict(sorted(self.priors.items())), "extend": dict(sorted(self.extend.items())),
                "weights": dict(sorted(self.weights.items())), "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> CueLexicon:
        try:
            return cls({str(k): float(v) for k, v in data["priors"].items()},
                       {str(k): float(v) for k, v in data.get("extend", {}).items()},
                       float(data.get("threshold", 0.5)), dict(data.get("meta", {})),
                       None if data.get("threshold_plain") is None else float(data["threshold_plain"]),
                       {str(k): float(v) for k, v in data.get("weights", {}).items()})
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"cue lexicon is malformed ({exc}); rebuild it with `counterclaim train cues`") from exc


# Used only when the learned artifact is missing (a fresh checkout before `counterclaim train cues`).
_SEED = CueLexicon(
    priors={f"{lemma}|comp": 0.9 for lemma in ("say", "tell", "add", "write", "announce", "claim", "report",
                                                  "state", "argue", "note", "insist", "warn", "deny", "believe")}
    | {"accord|acc": 0.95, "say|plain": 0.7, "tell|plain": 0.6},
    extend={"prep|to": 0.99},
)


@lru_cache(maxsize=4)
def load_cues(path: str | Path | None = None) -> CueLexicon:
    """The shipped learned lexicon (or `path`); the small seed lexicon when none has been built."""
    path = Path(path) if path is not None else CUES_PATH
    if not path.is_file():
        return _SEED
    try:
        return CueLexicon.from_json(json.loads(path.read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON ({exc}); rebuild it with `counterclaim train cues`") from exc


# --------------------------------------------------------------------------------------------
# Frames and spans


def frame(tok: Token) -> str:
    """The syntactic frame a cue candidate occurs in: `acc` ("according to"), `comp` (clausal
    complement, or a clause it hangs from as a parenthetical), or `plain`."""
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
        return "acc"
    if any(c.dep_ in COMP_DEPS for c in tok.children):
        return "comp"
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in (":",) + tuple(_OPEN_QUOTES):
        return "comp"
    return "plain"


def is_candidate(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.lower_ == "according"


def in_quotation(tok: Token) -> bool:
    """Inside “...” in its paragraph (an opening curly quote not yet closed before the token)."""
    text = tok.doc.text
    para = text.rfind("\n", 0, tok.idx) + 1
    before = text[para:tok.idx]
    return before.count("“") > before.count("”")


def cue_features(tok: Token, fr: str, lex: CueLexicon) -> list[tuple[str, float]]:
    """Features of a cue candidate for the learned decision (names are generic, values numeric)."""
    lemma = tok.lemma_.lower()
    p, p_any = lex.prior(lemma, fr), lex.priors.get(f"{lemma}|*", 0.0)
    has_subj = _source(tok, fr) is not None
    return [
        ("prior", p), ("prior_any", p_any), (f"prior|{fr}", p), (f"frame={fr}", 1.0),
        (f"dep={tok.dep_}", 1.0), (f"tag={tok.tag_}", 1.0), ("has_subj", float(has_subj)),
        ("in_quote", float(in_quotation(tok))), (f"prior|subj={has_subj}", p),
    ]


def cue_tokens(tok: Token, lex: CueLexicon) -> tuple[int, int]:
    """Token range [start, end) of the cue headed by `tok`: the head plus adjacent children the
    annotators usually include, as a word ("has said", "according to") or with their phrase
    ("said in a statement")."""
    start, end = tok.i, tok.i + 1
    children = {c.i: c for c in tok.children}
    while True:
        if start - 1 in children:
            child = children[start - 1]
            if _extends(lex, child, tok, phrase=True):
                start = child.left_edge.i
                continue
            if _extends(lex, child, tok, phrase=False):
                start -= 1
                continue
        if end in children:
            child = children[end]
            if _extends(lex, child, tok, phrase=True):
                end = child.right_edge.i + 1
                continue
            if _extends(lex, child, tok, phrase=False):
                end += 1
                continue
        return start, end


def _ext_key(child: Token, head: Token | None = None) -> str:
    """`dep|lemma` of a cue head's child, or `head>dep|lemma` for the head-specific statistic
    ("said of X" leaves "of" out where "spoke of" takes it in)."""
    key = f"{child.dep_}|{child.lower_ if child.is_punct else child.lemma_.lower()}"
    return key if head is None else f"{head.lemma_.lower()}>{key}"


def _extends(lex: CueLexicon, child: Token, head: Token, phrase: bool) -> bool:
    suffix = "|phrase" if phrase else ""
    specific = f"{_ext_key(child, head)}{suffix}"
    if specific in lex.extend:
        return lex.extend[specific] >= 0.5
    return lex.extend.get(f"{_ext_key(child)}{suffix}", 0.0) >= 0.5


def _span(doc: Doc, start_char: int, end_char: int) -> Span:
    return Span(start=start_char, end=end_char, text=doc.text[start_char:end_char])


def _tok_span(doc: Doc, start: int, end: int) -> Span:
    return _span(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
    if subj is None:  # passive: "was written by X"
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return subj


def _source(tok: Token, fr: str) -> Token | None:
    """The speaker: the cue's subject, else that of the clause it hangs from ("..., saying", "and added",
    "after saying ..., the man"), else the noun an -ing clause describes ("the group backing Bush")."""
    if fr == "acc":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    verb = tok
    for _ in range(3):
        subj = _subject(verb)
        if subj is not None:
            return subj
        head = verb.head
        if verb.dep_ == "pcomp" and head.pos_ in ("ADP", "SCONJ") and head.dep_ in ("prep", "mark"):
            head = head.head  # "by offering ...": the clause the preposition opens hangs from that verb
        if head.i == verb.i:
            return None
        if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
            verb = head
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return head
        else:
            return None
    return None


def _source_span(doc: Doc, subj: Token, cue: Token | None = None, priors: Mapping[str, float] | None = None) -> Span:
    """The subject's whole phrase (PolNeAR sources keep appositions and relative clauses), up to the
    cue when the cue lies inside it ("the group backing Bush": the group), without a wire dateline
    and without what describes the speaker's circumstances rather than the speaker (`_circumstance_cut`;
    `priors` are the cue lexicon's, the shipped one's by default)."""
    dash = _dateline_dash(subj)
    if dash is not None and subj.right_edge.i <= dash.i:  # "KABUL, Afghanistan (AP) — A Taliban spokesman said",
        subj = next((c for c in subj.head.children  # "LONDON — Police said": the city is a subject of its own,
                     if c.dep_ == subj.dep_ and dash.i < c.i and (cue is None or c.i < cue.i)), subj)  # the speaker too
    start, end = subj.left_edge.i, subj.right_edge.i + 1
    if cue is not None and start <= cue.i < end:
        end = max(subj.i + 1, cue.left_edge.i)
    if dash is not None and start <= dash.i < end - 1:  # "DENVER (AP) — Sen. X said", also when the parse takes
        start = dash.i + 1  # the city for the subject and the speaker for its apposition: the dateline is no part of it
    start, end = _circumstance_cut(doc, subj, start, end, load_cues().priors if priors is None else priors)
    while end - 1 > start and (_trailing_punct(doc, start, end) or doc[end - 1].is_space):
        end -= 1
    return _tok_span(doc, start, end)


def _dateline_dash(subj: Token) -> Token | None:
    """The dash of the wire dateline opening the subject's sentence (`_dateline.sentence_dash`), when the
    story after it opens with a capital and no second dash closes what follows it as an aside: "NATO —
    the alliance's top body — said", "JOHN SMITH - the board's chair - said" keep their names."""
    dash = sentence_dash(subj)
    if dash is None or dash.i + 1 >= len(subj.doc) or not subj.doc[dash.i + 1].text[:1].isupper():
        return None
    if any(t.text in DASHES and t.whitespace_ and subj.doc[t.i - 1].whitespace_
           for t in subj.doc[dash.i + 1:subj.head.i]):
        return None
    return dash


_EDGE_MARKS = frozenset(",.;:\"'`")
_EDGE_CATEGORIES = frozenset({"Pd", "Ps", "Pe", "Pi", "Pf"})  # every dash, bracket and quotation mark


def _trailing_punct(doc: Doc, start: int, end: int) -> bool:
    """The source `doc[start:end]` ends on punctuation a source phrase does not end with (a comma, a
    dash, a quotation mark, a bracket), but not on a sign that belongs to the words before it: "42%"
    said, "Black Girls Rock!" said (spaCy calls "%" and "!" punctuation; PolNeAR's sources keep them),
    nor on a bracket or quotation mark that closes one the source opened ("Reporters Without Borders
    (RSF) said", "the host of “Morning Joe” said": PolNeAR train's sources keep 119 such brackets and
    35 such quotation marks, and stop before 1 and 3)."""
    tok = doc[end - 1]
    if not tok.is_punct or not all(ch in _EDGE_MARKS or unicodedata.category(ch) in _EDGE_CATEGORIES
                                   for ch in tok.text):
        return False
    return not _closes_inside(doc, start, end - 1)


def _closes_inside(doc: Doc, start: int, k: int) -> bool:
    """`doc[k]` closes a bracket or quotation that `doc[start:k]` opened."""
    tok = doc[k]
    if _straight(tok):  # a straight quote ('"', "''") closes when the words before hold an odd number of them
        return sum(t.text == tok.text for t in doc[start:k]) % 2 == 1
    if not tok.is_right_punct:
        return False
    depth = 0
    for t in doc[start:k]:
        if _straight(t):
            continue
        if t.is_left_punct:
            depth += 1
        elif t.is_right_punct:
            depth = max(depth - 1, 0)
    return depth > 0


def _straight(tok: Token) -> bool:
    """A quotation mark that both opens and closes."""
    return tok.is_quote and set(tok.text) <= {"'", '"'}


RELATIVE_SPEECH = 0.3
"""P(cue | lemma) from which a relative clause's verb may be speech of its own ("who said", "who has
criticized"; "who lives", "who runs" stay in the source). On train 0.3 fixed the most sources on both
halves (net +19 / +21; 0.5: +13 / +18; 0.7: +11 / +11), measured for the prior alone, before
`_reports_speech` also asked for a clause."""


def _circumstance_cut(doc: Doc, subj: Token, start: int, end: int,
                      priors: Mapping[str, float]) -> tuple[int, int]:
    """Token range of a source without a comma-set -ing clause after it ("Clinton, speaking in
    Ohio, said": Clinton) and without a leading "even" ("even his admirers say": his admirers).
    Annotators leave both out (PolNeAR train, 2-fold predictions: 25 sources fixed, none broken by
    the first; 15 fixed, 2 broken by the second); relative clauses and appositions they keep about
    as often as not, so those stay, but for a comma-set relative clause that reports speech of its
    own (`_reports_speech`: "Ms. Reyes, who told reporters last week that ..., said"): PolNeAR gives
    each word one role, so that clause is its own attribution and not part of the source (train, gold
    cue heads: 29 sources fixed, 4 broken; 15 / 3 and 14 / 1 on the two halves)."""
    for c in subj.children:
        if (c.dep_ == "acl" and c.tag_ == "VBG" and c.i > subj.i and start < c.left_edge.i < end
                and doc[c.left_edge.i - 1].text == ","):
            end = min(end, c.left_edge.i - 1)
        elif (c.dep_ == "relcl" and c.i > subj.i and start < c.left_edge.i - 1 < end
              and doc[c.left_edge.i - 1].text == "," and _reports_speech(c, priors)):
            end = min(end, c.left_edge.i - 1)
        elif c.dep_ == "advmod" and c.i == start and c.lower_ == "even" and c.i < subj.i:
            start += 1
    return start, end


def _reports_speech(verb: Token, priors: Mapping[str, float]) -> bool:
    """A relative clause's verb that reports something: a verb that heads a cue at least
    `RELATIVE_SPEECH` of the time, in the active voice, with a clause or a quotation for its content
    ("who told reporters that the toll would rise", "who has said the plan “will fail”"); not one
    that only describes the speaker ("who reports to the minister", "who called the police", "who
    was accused of the bombing", "who fear more attacks")."""
    if priors.get(f"{verb.lemma_.lower()}|*", 0.0) < RELATIVE_SPEECH:
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in COMP_DEPS for c in verb.children)


def _content_range(tok: Token, fr: str, cue: tuple[int, int]) -> tuple[int, int] | None:
    """Token range of the content from the parse, or None when the parse gives none."""
    doc = tok.doc
    if fr == "acc":
        head = tok.head if tok.head.i != tok.i else None
        if head is None:
            return (tok.sent.start, tok.sent.end)
        return (head.left_edge.i, head.right_edge.i + 1)
    comp = next((c for c in tok.children if c.dep_ in COMP_DEPS), None)
    if comp is not None:
        return (comp.left_edge.i, comp.right_edge.i + 1)
    # passive with an agent: "was first reported by the Post" reports its subject
    subjpass = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subjpass is not None and any(c.dep_ == "agent" for c in tok.children):
        return (subjpass.left_edge.i, subjpass.right_edge.i + 1)
    # a parenthetical "..., he said, ..." hangs from the clause it reports
    if tok.dep_ in ("parataxis", "advcl") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
        head = tok.head
        return (head.left_edge.i, head.right_edge.i + 1)
    sent = tok.sent
    if cue[1] < sent.end and doc[cue[1]].text in (":",) + tuple(_OPEN_QUOTES):
        return (cue[1], sent.end)
    return None


def _adjacent_quote(doc: Doc, left: int, right: int) -> tuple[int, int] | None:
    """A quotation ending just before char `left` ("“...,” she said") or opening just after `right`."""
    text = doc.text
    i = left
    while i > 0 and text[i - 1] in " ,\t":
        i -= 1
    if i > 0 and text[i - 1] in _CLOSE_QUOTES:
        close = i - 1
        para = text.rfind("\n", 0, close) + 1
        open_ = text.rfind("“", para, close)
        if open_ < 0 and text[close] == '"':
            open_ = text.rfind('"', para, close)
        if open_ >= 0:
            return (open_, close + 1)
    j = right
    while j < len(text) and text[j] in " ,:\t":
        j += 1
    if j < len(text) and text[j] in _OPEN_QUOTES:
        para_end = text.find("\n", j)
        para_end = len(text) if para_end < 0 else para_end
        close = text.find("”" if text[j] == "“" else '"', j + 1, para_end)
        if close >= 0:
            return (j, close + 1)
    return None


def _objects(tok: Token) -> tuple[int, int] | None:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd", "prep") and c.i > tok.i]
    if objs:
        return (objs[0].left_edge.i, max(o.right_edge.i for o in objs) + 1)
    return None


def _widen_to_quote(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """Widen a content span inside a quotation to the whole quotation (which may run over sentences)."""
    text = doc.text
    para_start = text.rfind("\n", 0, start_char) + 1
    para_end = text.find("\n", end_char)
    para_end = len(text) if para_end < 0 else para_end
    before = text[para_start:start_char]
    opens = [i for i, ch in enumerate(before) if ch == "“"]
    closes = [i for i, ch in enumerate(before) if ch == "”"]
    if not opens or (closes and closes[-1] > opens[-1]):
        return start_char, end_char
    q_start = para_start + opens[-1]
    q_end = text.find("”", start_char, para_end)
    if q_end < 0:
        return start_char, end_char
    return q_start, max(end_char, q_end + 1)


def _char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def find_attributions(doc: Doc, lexicon: CueLexicon | None = None,
                      frames: frozenset[str] = ALL_FRAMES) -> list[Attribution]:
    """Every attribution relation the parse and the learned cue lexicon support, in text order.

    PolNeAR counts criticism ("Trump attacked the plan") as attribution; a reader of violent news
    can pass `frames={"acc", "comp"}` to keep only cues that introduce a clause or a quotation.
    With the tagger, a cue inside another attribution's content is kept when the tagger is sure of
    it (`NESTED_KEEP`) and surer than of the outer cue: the predicted content is often wider than
    the annotators' (a whole quotation, the rest of a sentence).
    """
    if lexicon is None and (tagger := load_tagger()) is not None:
        scorer = load_scorer() if frames == ALL_FRAMES else None
        atts = scored_attributions(doc, tagger, scorer) if scorer is not None else \
            tagged_attributions(doc, tagger, frames=frames)
        return drop_nested(atts, keep_above=NESTED_KEEP)
    lex = lexicon or load_cues()
    out: list[Attribution] = []
    taken: set[int] = set()
    for tok in doc:
        if not is_candidate(tok) or tok.i in taken:
            continue
        fr = frame(tok)
        if fr not in frames or not lex.accepts_token(tok, fr):
            continue
        cue = cue_tokens(tok, lex)
        subj = _source(tok, fr)
        source = _source_span(doc, subj, priors=lex.priors) if subj is not None else None
        cue_span = _tok_span(doc, *cue)
        crange = _content_range(tok, fr, cue)
        if crange is not None:
            chars = _widen_to_quote(doc, *_char_range(doc, *crange))
        else:
            left = min(cue_span.start, source.start if source else cue_span.start)
            right = max(cue_span.end, source.end if source else cue_span.end)
            quote = _adjacent_quote(doc, left, right)
            objs = _objects(tok)
            if quote is not None:
                chars = quote
            elif objs is not None:
                chars = _char_range(doc, *objs)
            else:
                continue
        taken.update(range(*cue))
        out.append(Attribution(source=source, cue=cue_span, content=_span(doc, *chars)))
    return drop_nested(out)


def _punct_attribution(doc: Doc, start: int, end: int) -> Attribution | None:
    """A colon after a speaker ("PENCE: ...", a headline "Poll: ...") or a dash before one ("...” ― Jane Doe")."""
    tok = doc[start]
    text = doc.text
    line_start = text.rfind("\n", 0, tok.idx) + 1
    line_end = text.find("\n", tok.idx)
    line_end = len(text) if line_end < 0 else line_end
    cue = _tok_span(doc, start, end)
    if tok.text == ":":
        before = text[line_start:tok.idx].strip(" \"“'")
        if not before or len(before.split()) > 8:
            return None
        s = line_start + (len(text[line_start:tok.idx]) - len(text[line_start:tok.idx].lstrip(" \"“'")))
        return Attribution(_span(doc, s, s + len(before)), cue, _span(doc, cue.end, line_end))
    if tok.text and tok.text[0] in DASHES:
        names = []
        for t in doc[end:]:
            if t.pos_ != "PROPN" or "\n" in t.text:
                break
            names.append(t)
        quote = _adjacent_quote(doc, cue.start, cue.end)
        if not names or quote is None:
            return None
        return Attribution(_tok_span(doc, names[0].i, names[-1].i + 1), cue, _span(doc, *quote))
    return None


SPEAKER_COLON = 0.95
"""The probability a transcript turn's colon ("PENCE: Well, ...") is given: the tagger sees too few
transcripts to learn the format, and an all-capitals name opening a line before a colon is a speaker."""


def speaker_colons(doc: Doc) -> list[int]:
    """Colons after a transcript speaker: one to three all-capitals words opening a line (or a
    quoted paragraph), as in "WALLACE: Let's start ..." or a quoted "PENCE: Well, ...".
    """
    out = []
    text = doc.text
    for tok in doc:
        if tok.text != ":":
            continue
        line_start = text.rfind("\n", 0, tok.idx) + 1
        words = text[line_start:tok.idx].strip(" \t\"“'").split()
        if 1 <= len(words) <= 3 and all(len(w.strip(".'’-")) >= 2 and w.strip(".'’-").isalpha()
                                        and w.isupper() for w in words):
            out.append(tok.i)
    return out


def _noun_roles(doc: Doc, tok: Token, priors: Mapping[str, float] | None = None
                ) -> tuple[Span | None, tuple[int, int] | None]:
    """A noun cue ("Trump's claim that ...", "a statement from the campaign"): its owner and its clause."""
    source = None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        source = _tok_span(doc, poss.left_edge.i, poss.right_edge.i + 1)
    else:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "PRON") or (pobj is not None and pobj.ent_type_):
                source = _source_span(doc, pobj, priors=priors)
                break
    comp = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i), None)
    crange = (comp.left_edge.i, comp.right_edge.i + 1) if comp is not None else None
    return source, crange


def tagged_attributions(doc: Doc, tagger: CueTagger, lexicon: CueLexicon | None = None,
                        frames: frozenset[str] = ALL_FRAMES,
                        extent: CueExtent | None = None) -> list[Attribution]:
    """Attributions around the cue heads the learned tagger finds, most confident first (a head
    inside an earlier cue is skipped); the cue's extent from the learned extent model (the lexicon's
    statistics when a lexicon is passed or no model is built), source and content from the parse."""
    atts = [a for _, a in candidate_attributions(doc, tagger, lexicon=lexicon, frames=frames, extent=extent)]
    return sorted(atts, key=lambda a: a.cue.start)


def candidate_attributions(doc: Doc, tagger: CueTagger, threshold: float | None = None,
                           lexicon: CueLexicon | None = None,
                           frames: frozenset[str] = ALL_FRAMES,
                           extent: CueExtent | None = None, probs: np.ndarray | None = None
                           ) -> list[tuple[int, Attribution]]:
    """(cue head index, attribution) for every head the tagger scores at `threshold` or above (its
    own threshold by default), most confident first; a second stage may then judge each whole one."""
    lex = lexicon or load_cues()
    extent = extent or (load_extent() if lexicon is None else None)
    out: list[tuple[int, Attribution]] = []
    taken: set[int] = set()
    probs = tagger.probabilities(doc) if probs is None else probs
    for i in speaker_colons(doc):
        probs[i] = max(probs[i], SPEAKER_COLON)
    for i in tagger.heads(doc, threshold=threshold, probs=probs):
        if i in taken:
            continue
        tok = doc[i]
        if tok.is_punct:
            att = _punct_attribution(doc, i, i + 1)
            if att is not None and "plain" in frames:
                taken.add(i)
                out.append((i, replace(att, confidence=float(probs[i]))))
            continue
        fr = frame(tok)
        if fr not in frames:
            continue
        start, end = extent.span(tok) if extent is not None else cue_tokens(tok, lex)
        if taken & set(range(start, end)):
            start, end = i, i + 1
        cue_span = _tok_span(doc, start, end)
        if tok.pos_ in ("NOUN", "PROPN"):
            source, crange = _noun_roles(doc, tok, lex.priors)
        else:
            subj = _source(tok, fr)
            source = _source_span(doc, subj, tok, lex.priors) if subj is not None else None
            crange = _content_range(tok, fr, (start, end))
        left = min(cue_span.start, source.start if source else cue_span.start)
        right = max(cue_span.end, source.end if source else cue_span.end)
        if crange is not None:
            chars = _widen_to_quote(doc, *_char_range(doc, *crange))
        elif (quote := _adjacent_quote(doc, left, right)) is not None:
            chars = quote
        elif (objs := _objects(tok)) is not None:
            chars = _char_range(doc, *objs)
        else:  # the rest of the sentence; the scorer cuts the cue and source out of it
            chars = _char_range(doc, tok.sent.start, tok.sent.end)
        taken.update(range(start, end))
        out.append((i, Attribution(source, cue_span, _span(doc, *chars), float(probs[i]))))
    return out


def cue_variants(doc: Doc, head: int, att: Attribution, extent: CueExtent | None,
                 thresholds: Sequence[float]) -> list[Attribution]:
    """`att` with its cue read narrower or wider (the extent model at other `thresholds`): whether
    annotators take "said Sunday" or "refused to discuss" whole shows better in the whole relation,
    so the second stage chooses. Only readings that differ from `att`'s own cue, in threshold order."""
    tok = doc[head]
    if extent is None or not thresholds or tok.is_punct:
        return []
    seen = {(att.cue.start, att.cue.end)}
    out = []
    for start, end in extent.spans(tok, thresholds):
        cue = _tok_span(doc, start, end)
        if (cue.start, cue.end) not in seen:
            seen.add((cue.start, cue.end))
            out.append(replace(att, cue=cue))
    return out


def scored_attributions(doc: Doc, tagger: CueTagger, scorer: AttributionScorer,
                        extent: CueExtent | None = None) -> list[Attribution]:
    """Candidates from the tagger at the scorer's lower threshold, kept when the second stage,
    seeing the whole attribution (is there a speaker, a quotation, a clause?) among the others
    (built from still fainter heads, as in training), accepts them; of a cue's readings
    (`cue_variants`), the one it scores highest."""
    extent = extent or load_extent()
    probs = tagger.probabilities(doc)
    cands = candidate_attributions(doc, tagger, threshold=scorer.context_threshold, probs=probs, extent=extent)
    others = [a for _, a in cands]
    kept = []
    for i, att in cands:
        if att.confidence < scorer.candidate_threshold:
            continue
        options = [att, *cue_variants(doc, i, att, extent, scorer.extent_variants)]
        scores = [scorer.probability(doc, i, o, others) for o in options]
        best = int(np.argmax(scores))
        if scores[best] >= scorer.threshold:
            kept.append(options[best])
    return sorted(kept, key=lambda a: a.cue.start)


NESTED_KEEP = 0.8
"""Tagger probability above which a cue inside another attribution's content survives (when it is
also surer than the outer cue). Measured on PolNeAR train (first 300 articles): keeping every such
cue raises recall but costs precision; from 0.6 to 0.8 source and cue F1 are flat (0.754 / 0.747
against 0.747 / 0.735 when all are dropped), and the higher value keeps precision."""


def drop_nested(atts: list[Attribution], keep_above: float | None = None) -> list[Attribution]:
    """Keep only outermost attributions: speech reported inside another's content is part of that
    content (PolNeAR gives each word one role), and a claim inside a quote is the quoted speaker's.
    With `keep_above`, an inner attribution whose confidence reaches it and exceeds the outer one's
    is kept: the outer content was more likely drawn too wide."""

    def inside(a: Attribution, b: Attribution) -> bool:
        return b.content.start <= a.cue.start and a.cue.end <= b.content.end

    def suppressed(a: Attribution, b: Attribution) -> bool:
        if b is a or not inside(a, b) or inside(b, a):
            return False
        return keep_above is None or not (a.confidence >= keep_above and a.confidence > b.confidence)

    return [a for a in atts if not any(suppressed(a, b) for b in atts)]
