"""Score attribution extraction (source, cue, content spans) on PolNeAR's brat standoff files.

A directory holds `<article>.txt` and `<article>_<annotator>.ann`; when several annotators
annotated one article, the alphabetically first annotator is used, so runs are reproducible.

Spans are compared as sets of character fragments, after trimming whitespace and edge
punctuation (quotes, commas, full stops) from each fragment, because annotators disagree on those
and they carry no meaning. A predicted content span is first cut around its own source and cue
(PolNeAR's content never contains them, "X, he said, Y" is two fragments). *Exact* needs equal
fragments; *overlap* pairs predicted and gold spans one-to-one when they share any character.
Each role is scored on its own, as in the PARC3 figures the anchors report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..settings import Settings
from ._data import digest, read_utf8, require_dir
from ._metrics import ErrorLog, prf

ROLES = ("source", "cue", "content")
Fragments = tuple[tuple[int, int], ...]
_EDGE = " \t\n\r\u00a0,.;:\"'“”‘’`()[]—–-"
_T_LINE = re.compile(r"T\d+\t")
_E_LINE = re.compile(r"E\d+\t")


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution as fragments per role (empty tuple when the role is absent)."""

    source: Fragments
    cue: Fragments
    content: Fragments


@dataclass
class PolnearDoc:
    name: str
    text: str
    attributions: list[GoldAttribution]
    skipped: int = 0


def read_ann(path: Path) -> tuple[list[GoldAttribution], int]:
    """Parse a brat standoff file: attributions plus the number of irregular events skipped."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[list[str]] = []
    for line in read_utf8(path, "a brat .ann file").split("\n"):
        if _T_LINE.match(line):
            try:
                tid, type_offsets, _ = line.split("\t", 2)
                typ, offsets = type_offsets.split(" ", 1)
                frags = tuple(tuple(map(int, o.split())) for o in offsets.split(";"))
            except ValueError as exc:
                raise DataError(f"{path.name}: malformed T line {line[:60]!r}") from exc
            spans[tid] = (typ, frags)  # type: ignore[assignment]
        elif _E_LINE.match(line):
            events.append(line.split("\t")[1].split())
    out, skipped = [], 0
    for args in events:
        roles: dict[str, Fragments] = {}
        for arg in args:
            role, _, tid = arg.partition(":")
            if tid in spans:
                roles[role] = tuple(sorted(roles.get(role, ()) + spans[tid][1]))
        content = tuple(sorted(roles.get("Content", ()) + roles.get("Content2", ())))
        if "Cue" not in roles or not content:
            skipped += 1
            continue
        out.append(GoldAttribution(roles.get("Source", ()), roles["Cue"], content))
    return out, skipped


def polnear_files(directory: str | Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs, one annotation per article (alphabetically first annotator)."""
    directory = require_dir(directory, "../shared/data/polnear/dev")
    chosen: dict[str, Path] = {}
    for ann in sorted(directory.glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        if article not in chosen and (directory / f"{article}.txt").is_file():
            chosen[article] = ann
    if not chosen:
        raise DataError(f"{directory}: no <article>.txt + <article>_<annotator>.ann pairs (PolNeAR layout)")
    return [(directory / f"{a}.txt", chosen[a]) for a in sorted(chosen)]


def load_polnear(directory: str | Path, limit: int | None = None) -> list[PolnearDoc]:
    docs = []
    for txt, ann in polnear_files(directory)[:limit]:
        text = read_utf8(txt, "a PolNeAR article")
        atts, skipped = read_ann(ann)
        for a in atts:
            for frag in (*a.source, *a.cue, *a.content):
                if not 0 <= frag[0] <= frag[1] <= len(text):
                    raise DataError(f"{ann.name}: span {frag} lies outside {txt.name} ({len(text)} chars)")
        docs.append(PolnearDoc(txt.stem, text, atts, skipped))
    return docs


# --------------------------------------------------------------------------------------------
# Span arithmetic


def trim(text: str, frags: Iterable[tuple[int, int]]) -> Fragments:
    """Fragments with whitespace and edge punctuation removed; empty fragments dropped."""
    out = []
    for start, end in frags:
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if start < end:
            out.append((start, end))
    return tuple(sorted(out))


def subtract(frags: Iterable[tuple[int, int]], holes: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fragments minus the character ranges in `holes`."""
    out = list(frags)
    for hs, he in holes:
        nxt = []
        for s, e in out:
            if he <= s or hs >= e:
                nxt.append((s, e))
                continue
            if s < hs:
                nxt.append((s, hs))
            if he < e:
                nxt.append((he, e))
        out = nxt
    return out


def _chars(frags: Fragments) -> set[int]:
    return {i for s, e in frags for i in range(s, e)}


def _overlap_matches(gold: Sequence[Fragments], pred: Sequence[Fragments]) -> int:
    """One-to-one pairs sharing a character, greedily by largest overlap (deterministic)."""
    gsets, psets = [_chars(g) for g in gold], [_chars(p) for p in pred]
    cands = sorted(((len(g & p), -i, -j) for i, g in enumerate(gsets) for j, p in enumerate(psets) if g & p),
                   reverse=True)
    used_g, used_p, n = set(), set(), 0
    for _, i, j in cands:
        if -i not in used_g and -j not in used_p:
            used_g.add(-i)
            used_p.add(-j)
            n += 1
    return n


def _exact_matches(gold: Sequence[Fragments], pred: Sequence[Fragments]) -> int:
    remaining = list(gold)
    n = 0
    for p in pred:
        if p in remaining:
            remaining.remove(p)
            n += 1
    return n


# --------------------------------------------------------------------------------------------
# Scoring


@dataclass
class PolnearScore:
    figures: dict[str, float]
    counts: dict[str, int]
    errors: ErrorLog
    data_digest: str = ""
    detail: dict[str, dict[str, float]] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        return {"dataset": "polnear", "figures": self.figures, "counts": self.counts, "detail": self.detail,
                "errors_by_field": self.errors.counts(), "data_digest": self.data_digest}


def predicted_fragments(text: str, attribution: Any) -> dict[str, Fragments]:
    """Role -> trimmed fragments for one predicted Attribution (content cut around its source and cue)."""
    src = [(attribution.source.start, attribution.source.end)] if attribution.source is not None else []
    cue = [(attribution.cue.start, attribution.cue.end)]
    content = subtract([(attribution.content.start, attribution.content.end)], src + cue)
    return {"source": trim(text, src), "cue": trim(text, cue), "content": trim(text, content)}


def score_predictions(docs: Sequence[PolnearDoc], predictions: Sequence[Sequence[Any]]) -> PolnearScore:
    """Score predicted attributions (objects with .source/.cue/.content Spans) against gold, per role."""
    if len(docs) != len(predictions):
        raise ValueError(f"{len(docs)} documents but {len(predictions)} prediction lists")
    tallies = {f"{r}_{m}": [0, 0, 0] for r in ROLES for m in ("exact", "overlap")}
    log = ErrorLog()
    for doc, preds in zip(docs, predictions, strict=True):
        for role in ROLES:
            gold = [trim(doc.text, getattr(a, role)) for a in doc.attributions]
            gold = [g for g in gold if g]
            pred = [f for f in (predicted_fragments(doc.text, p)[role] for p in preds) if f]
            for mode, n in (("exact", _exact_matches(gold, pred)), ("overlap", _overlap_matches(gold, pred))):
                t = tallies[f"{role}_{mode}"]
                t[0] += n
                t[1] += len(pred) - n
                t[2] += len(gold) - n
            if role != "content":
                _log_misses(log, doc, role, gold, pred)
    detail = {k: prf(*v) for k, v in tallies.items()}
    figures: dict[str, float] = {}
    for role in ROLES:
        figures[f"{role}_f1"] = round(detail[f"{role}_exact"]["f1"], 4)
        figures[f"{role}_overlap_f1"] = round(detail[f"{role}_overlap"]["f1"], 4)
        figures[f"{role}_p"] = round(detail[f"{role}_exact"]["precision"], 4)
        figures[f"{role}_r"] = round(detail[f"{role}_exact"]["recall"], 4)
    counts = {"docs": len(docs), "gold_attributions": sum(len(d.attributions) for d in docs),
              "pred_attributions": sum(len(p) for p in predictions),
              "skipped_gold_events": sum(d.skipped for d in docs)}
    return PolnearScore(figures, counts, log, detail=detail)


def _log_misses(log: ErrorLog, doc: PolnearDoc, role: str, gold: list[Fragments], pred: list[Fragments]) -> None:
    def show(f: Fragments) -> str:
        return " … ".join(doc.text[s:e] for s, e in f)

    def context(f: Fragments) -> str:
        s, e = f[0][0], f[-1][1]
        return doc.text[max(0, s - 60): e + 60]

    for g in gold:
        if g not in pred:
            log.add(f"{doc.name}@{g[0][0]}", role, show(g), None, context(g))
    for p in pred:
        if p not in gold:
            log.add(f"{doc.name}@{p[0][0]}", role, None, show(p), context(p))


def score_polnear(directory: str | Path, *, limit: int | None = None,
                  settings: Settings | None = None) -> PolnearScore:
    """Parse each article, extract attributions with `nlp.quotes`, score against the annotations."""
    from ..nlp.pipeline import load_pipeline  # spaCy only when scoring, not when reading gold
    from ..nlp.quotes import find_attributions

    settings = settings or Settings()
    docs = load_polnear(directory, limit)
    nlp = load_pipeline(settings.spacy_model)
    preds = [find_attributions(d) for d in nlp.pipe((d.text for d in docs), batch_size=settings.batch_size)]
    score = score_predictions(docs, preds)
    files = [p for txt, ann in polnear_files(directory)[:limit] for p in (txt, ann)]
    score.data_digest = digest(files)
    return score
