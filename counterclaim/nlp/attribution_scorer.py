"""A second-stage judge of whole candidate attributions (cue head + source + content).

The cue-head tagger sees one token; whether annotators mark an attribution often shows only in the
whole relation: "be" with a person subject and a quoted clause is speech, "be" with no speaker is
narration; a header "PENCE:" is a transcript turn. So the tagger proposes heads at a low threshold,
`quotes.candidate_attributions` builds each relation, and this logistic regression over hashed
features of the relation (tagger probability band, cue lemma, kind and position of the source, kind
of content, quotation context) keeps or drops it. Trained by `counterclaim train cues` on PolNeAR
train with out-of-fold tagger probabilities, its threshold by two-fold CV on train; the artifact is
an `.npz` of weights (no text, loaded without pickle).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from spacy.tokens import Doc, Token

from ._hashed import HashedLogistic

if TYPE_CHECKING:
    from .quotes import Attribution

SCORER_PATH = Path(__file__).resolve().parent.parent / "artifacts" / "attribution_scorer.npz"
SCORER_BITS = 16
_QUOTES = "“”\"‘’"


@dataclass(frozen=True)
class AttributionScorer(HashedLogistic):
    """Hashed-feature logistic regression over candidate attributions; meta holds the candidate threshold."""

    KIND: ClassVar[str] = "attribution scorer"
    REBUILD: ClassVar[str] = "counterclaim train cues"

    @property
    def candidate_threshold(self) -> float:
        """The tagger probability from which heads become candidates for this stage."""
        return float(self.meta.get("candidate_threshold", 0.1))  # type: ignore[arg-type]

    @property
    def context_threshold(self) -> float:
        """The tagger probability from which heads form the context other candidates are judged in."""
        return float(self.meta.get("context_threshold", 0.05))  # type: ignore[arg-type]

    @property
    def extent_variants(self) -> tuple[float, ...]:
        """Extent-model thresholds giving the other readings of each cue that this stage chooses
        between (none for a scorer trained without them)."""
        return tuple(float(t) for t in self.meta.get("extent_variants", ()))  # type: ignore[union-attr]

    def probability(self, doc: Doc, head: int, att: Attribution, others: Sequence[Attribution] = ()) -> float:
        return self.prob_of(candidate_features(doc, head, att, others, readings=bool(self.extent_variants)))

    def accepts(self, doc: Doc, head: int, att: Attribution, others: Sequence[Attribution] = ()) -> bool:
        return self.probability(doc, head, att, others) >= self.threshold


@lru_cache(maxsize=4)
def load_scorer(path: str | Path | None = None) -> AttributionScorer | None:
    """The shipped scorer (or `path`); None when it has not been built."""
    return AttributionScorer.load_if_built(path if path is not None else SCORER_PATH)


def _band(p: float) -> str:
    return f"{min(int(p * 20), 19) * 5:02d}"


def _source_kind(doc: Doc, att: Attribution) -> str:
    """What the speaker is: a pronoun, a named entity type, a common noun, or none."""
    if att.source is None:
        return "none"
    span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "other"
    root = span.root
    if root.pos_ == "PRON":
        return "PRON"
    return root.ent_type_ or root.pos_


def _content_kind(doc: Doc, att: Attribution, head: Token) -> str:
    """How the content is given: a quotation, a that-clause, another clausal complement, or else."""
    text = doc.text[att.content.start:att.content.end]
    if text[:1] in _QUOTES or text[-1:] in _QUOTES:
        return "quote"
    comp = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp", "parataxis")), None)
    if comp is not None:
        mark = next((g.lower_ for g in comp.children if g.dep_ in ("mark", "aux") and g.i < comp.i), "")
        return f"{comp.dep_}|{mark}" if mark in ("that", "to", "if", "whether") else comp.dep_
    sent = head.sent
    if att.content.start == sent.start_char and att.content.end == sent.end_char:
        return "sentence"
    return "other"


def _position(att: Attribution) -> str:
    if att.source is None:
        return "none"
    return "before" if att.source.end <= att.cue.start else ("after" if att.source.start >= att.cue.end else "in")


def _size(n: int) -> str:
    return "0" if n <= 0 else str(min(n.bit_length(), 7))


def _context_features(att: Attribution, others: Sequence[Attribution], band: str) -> list[str]:
    """Where the candidate stands among the document's other candidates: inside the content of a
    surer one (its speech is then part of that content), holding others in its own content, the
    surest of its sentence's candidates."""
    surer = [o for o in others if o is not att and o.confidence > att.confidence]
    outer = [o for o in surer if o.content.start <= att.cue.start and att.cue.end <= o.content.end]
    inner = [o for o in others if o is not att and att.content.start <= o.cue.start and o.cue.end <= att.content.end]
    inner_surer = any(o.confidence > att.confidence for o in inner)
    near = [o for o in surer if abs(o.cue.start - att.cue.start) < 200]
    feats = [f"outer={bool(outer)}", f"b|outer={band}|{bool(outer)}", f"inner={_size(len(inner))}",
             f"inner_surer={inner_surer}", f"b|inner_surer={band}|{inner_surer}", f"near_surer={_size(len(near))}"]
    if outer:
        feats.append(f"outer_b={_band(max(o.confidence for o in outer))}")
    return feats


def _extent_features(doc: Doc, tok: Token, lemma: str, att: Attribution) -> list[str]:
    """How far the cue reaches around its head and with which words ("said | Sunday", "refused |
    discuss"), so that readings of one cue can be told apart."""
    span = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ["ext=none"]
    first, last = span[0], span[-1]
    left, right = tok.i - first.i, last.i - tok.i
    fl = "<head>" if first.i == tok.i else first.lower_ if first.is_punct else first.lemma_.lower()
    ll = "<head>" if last.i == tok.i else last.lower_ if last.is_punct else last.lemma_.lower()
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    nxt = "</s>" if after is None else after.lower_ if after.is_punct else after.pos_
    return [f"nl={min(left, 4)}", f"nr={min(right, 6)}", f"cf={fl}", f"cl={ll}", f"l|cf={lemma}|{fl}",
            f"l|cl={lemma}|{ll}", f"clp={last.pos_}|{last.dep_}", f"l|nr={lemma}|{min(right, 6)}",
            f"cnext={nxt}", f"clp|cnext={last.pos_}|{nxt}"]


def candidate_features(doc: Doc, head: int, att: Attribution, others: Sequence[Attribution] = (),
                       readings: bool = False) -> list[str]:
    """Feature names of a candidate attribution built around cue head `head` (`others`: all the
    document's candidates, this one included); with `readings`, those that tell readings of its
    cue apart (`_extent_features`)."""
    tok = doc[head]
    lemma = tok.lower_ if tok.is_punct else tok.lemma_.lower()
    band = _band(att.confidence)
    sk, ck, pos = _source_kind(doc, att), _content_kind(doc, att, tok), _position(att)
    sent = tok.sent
    sq = any(t.text in _QUOTES for t in sent)
    line_start = doc.text.rfind("\n", 0, tok.idx) + 1
    first_on_line = doc.text[line_start:tok.idx].strip()
    feats = [
        f"b={band}", f"l={lemma}", f"l|b={lemma}|{band}", f"p={tok.pos_}", f"t={tok.tag_}", f"d={tok.dep_}",
        f"sk={sk}", f"pos={pos}", f"ck={ck}", f"sk|ck={sk}|{ck}", f"l|sk={lemma}|{sk}", f"l|ck={lemma}|{ck}",
        f"b|sk={band}|{sk}", f"b|ck={band}|{ck}", f"sq={sq}", f"b|sq={band}|{sq}", f"l|pos={lemma}|{pos}",
        f"sk|pos={sk}|{pos}", f"p|sk|ck={tok.pos_}|{sk}|{ck}", f"ncue={len(att.cue.text.split())}",
    ]
    feats.extend(f"b>={k * 10}" for k in range(10) if att.confidence >= k / 10)
    feats += [f"clen={_size(len(doc.text[att.content.start:att.content.end].split()))}",
              f"slen={_size(len(att.source.text.split())) if att.source else 'none'}"]
    feats.extend(_context_features(att, others, band))
    if readings:
        feats.extend(_extent_features(doc, tok, lemma, att))
    if tok.is_punct:
        caps = first_on_line.strip(" \"“'").replace(".", "").replace(" ", "")
        feats.append(f"punct|caps={caps.isupper() if caps else 'empty'}|{len(first_on_line.split())}")
    return feats
