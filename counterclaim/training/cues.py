"""Learn the attribution cue lexicon from PolNeAR train (`counterclaim train cues`).

For every verb in the parsed training articles we count how often it heads an annotated Cue, per
(lemma, frame); the ratio, shrunk towards zero for rare lemmas, is the prior the extractor
thresholds. For the cue heads we also count which adjacent children the annotators included in
the cue ("has said", "according to"). The decision threshold is chosen by two-fold
cross-validation on train (priors from one half, cue-head F1 on the other), so dev stays unseen.
The cue-head tagger, the cue-extent model (which neighbours of a head join the cue), the whole-span
ranker beside it and the second-stage attribution scorer are logistic regressions fitted here too,
their thresholds by the same two-fold split.
Deterministic: files in name order, no sampling.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from ..nlp.attribution_scorer import SCORER_BITS, SCORER_PATH, AttributionScorer
from ..nlp.cue_extent import (
    EXTENT_BITS,
    EXTENT_PATH,
    RANKER_BITS,
    RANKER_PATH,
    WINDOW,
    CueExtent,
    SpanRanker,
    extent_features,
    span_rows,
)
from ..nlp.cue_tagger import N_BITS, TAGGER_PATH, CueTagger, quotation_mask, taggable, token_features
from ..nlp.quotes import CUES_PATH, CueLexicon, _ext_key, cue_features, frame, is_candidate
from ..scoring._data import data_dir, digest
from ..scoring.polnear import load_polnear, polnear_files, trim
from ..settings import Settings

THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))
MIN_COUNT = 2
SPECIFIC_MIN_COUNT = 4
OFFSETS = (-1.5, -1.25, -1.0, -0.75, -0.5, -0.25, 0.0, 0.25)
_PIPES = ("tok2vec", "tagger", "cc_paragraphs", "parser", "attribute_ruler", "lemmatizer", "ner")
"""As `eval polnear` parses (entity types are features of the tagger)."""


def _cue_heads(doc: Doc, cues: Iterable[tuple[tuple[int, int], ...]]) -> dict[int, set[int]]:
    """Token index of each gold cue's head -> token indices inside that cue."""
    heads: dict[int, set[int]] = {}
    for frags in cues:
        toks = {t.i for s, e in frags if (sp := doc.char_span(s, e, alignment_mode="expand")) is not None
                for t in sp}
        if not toks:
            continue
        inside = [doc[i] for i in sorted(toks)]
        cands = [t for t in inside if t.head.i not in toks or t.head.i == t.i]
        verbs = [t for t in cands if is_candidate(t)] or [t for t in inside if is_candidate(t)]
        if verbs:
            heads[verbs[0].i] = toks
    return heads


class _Counts:
    def __init__(self) -> None:
        self.pos: Counter[str] = Counter()
        self.total: Counter[str] = Counter()
        self.ext_in: Counter[str] = Counter()
        self.ext_total: Counter[str] = Counter()

    def add(self, doc: Doc, cue_frags: Sequence[tuple[tuple[int, int], ...]]) -> None:
        heads = _cue_heads(doc, cue_frags)
        for tok in doc:
            if not is_candidate(tok):
                continue
            lemma, fr = tok.lemma_.lower(), frame(tok)
            hit = tok.i in heads
            for key in (f"{lemma}|{fr}", f"{lemma}|*"):
                self.total[key] += 1
                self.pos[key] += hit
            if hit:
                self._extensions(tok, heads[tok.i])
        for i, toks in gold_heads(doc, cue_frags).items():  # nouns, prepositions: extents for the tagger
            if not is_candidate(doc[i]):
                self._extensions(doc[i], toks)

    def _extensions(self, tok, inside: set[int]) -> None:
        """For each adjacent child of a gold cue head: was it outside, in as a word, or in with its phrase?"""
        children = {c.i: c for c in tok.children}
        for step in (-1, 1):
            i = tok.i + step
            while i in children:
                child = children[i]
                whole = all(t.i in inside for t in child.subtree)
                for key in (_ext_key(child), _ext_key(child, tok)):
                    self.ext_total[key] += 1
                    if whole and child.right_edge.i > child.i:
                        self.ext_in[f"{key}|phrase"] += 1
                    elif i in inside:
                        self.ext_in[key] += 1
                if not (whole and child.right_edge.i > child.i) and i not in inside:
                    break
                i = (child.left_edge.i - 1) if step < 0 and whole else (child.right_edge.i + 1 if whole else i + step)

    def lexicon(self, threshold: float, threshold_plain: float | None = None, meta: dict | None = None) -> CueLexicon:
        priors = {k: round(self.pos[k] / (self.total[k] + 1), 4) for k in sorted(self.total)
                  if self.pos[k] and self.total[k] >= MIN_COUNT}
        extend = {}
        for key in sorted(self.ext_total):
            specific = ">" in key  # head-lemma specific keys are kept even at 0, so they override the generic
            if self.ext_total[key] < (SPECIFIC_MIN_COUNT if specific else MIN_COUNT):
                continue
            for name in (key, f"{key}|phrase"):
                if self.ext_in[name] or specific:
                    extend[name] = round(self.ext_in[name] / (self.ext_total[key] + 1), 4)
        return CueLexicon(priors, extend, threshold, meta or {}, threshold_plain)


@dataclass
class _Fold:
    """Out-of-fold candidates: priors from one half of train, features and labels from the other."""

    prior: np.ndarray
    plain: np.ndarray
    label: np.ndarray
    rows: list[dict[str, float]]
    n_heads: int

    @classmethod
    def build(cls, counts: _Counts, docs: Sequence[Doc], golds: Sequence[Sequence]) -> _Fold:
        lex = counts.lexicon(0.5)
        prior, plain, label, rows, n_heads = [], [], [], [], 0
        for doc, cues in zip(docs, golds, strict=True):
            heads = set(_cue_heads(doc, cues))
            n_heads += len(heads)
            for tok in doc:
                if not is_candidate(tok) or lex.priors.get(f"{tok.lemma_.lower()}|*", 0.0) <= 0.0:
                    continue
                fr = frame(tok)
                prior.append(lex.prior(tok.lemma_.lower(), fr))
                plain.append(fr == "plain")
                label.append(tok.i in heads)
                rows.append(dict(cue_features(tok, fr, lex)))
        return cls(np.array(prior), np.array(plain, dtype=bool), np.array(label, dtype=bool), rows, n_heads)

    def f1(self, predicted: np.ndarray) -> float:
        tp = int((predicted & self.label).sum())
        fp = int(predicted.sum()) - tp
        return 2 * tp / (tp + fp + self.n_heads) if tp else 0.0


def _best_thresholds(folds: Sequence[_Fold]) -> tuple[tuple[float, float], float]:
    best, best_f1 = (0.5, 0.5), -1.0
    for th in THRESHOLDS:
        for th_plain in (t for t in THRESHOLDS if t >= th):
            f1 = sum(f.f1(f.prior >= np.where(f.plain, th_plain, th)) for f in folds) / len(folds)
            if f1 > best_f1 + 1e-9:
                best, best_f1 = (th, th_plain), f1
    return best, best_f1


def fit_weights(folds: Sequence[_Fold], c: float = 1.0) -> tuple[dict[str, float], float]:
    """Logistic regression on out-of-fold candidates, its bias moved to the point of best CV F1."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([r for f in folds for r in f.rows])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, np.concatenate([f.label for f in folds]))
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)}
    scores = [model.decision_function(vec.transform(f.rows)) for f in folds]
    best_offset, best_f1 = 0.0, -1.0
    for offset in OFFSETS:  # the decision point that maximises F1, not log-likelihood
        f1 = sum(f.f1(z + offset >= 0.0) for f, z in zip(folds, scores, strict=True)) / len(folds)
        if f1 > best_f1 + 1e-9:
            best_offset, best_f1 = offset, f1
    weights["bias"] = round(float(model.intercept_[0]) + best_offset, 4)
    return weights, best_f1


def train_cues(directory: str | Path | None = None, *, limit: int | None = None, out: str | Path | None = None,
               settings: Settings | None = None) -> CueLexicon:
    """Parse PolNeAR train, learn the lexicon, the cue-head tagger and the cue-extent model (thresholds
    by 2-fold CV on train), write the artifacts (`out` names the lexicon; the others go beside it)."""
    from ..errors import DataError
    from ..nlp.pipeline import load_pipeline

    settings = settings or Settings()
    directory = Path(directory) if directory else data_dir("polnear", settings)
    if directory is None:
        raise DataError("PolNeAR not found: pass its train folder or set COUNTERCLAIM_SHARED_DIR")
    if (directory / "train").is_dir():
        directory = directory / "train"
    gold = load_polnear(directory, limit)
    nlp = load_pipeline(settings.spacy_model)
    with nlp.select_pipes(enable=[p for p in _PIPES if p in nlp.pipe_names]):
        docs = list(nlp.pipe((g.text for g in gold), batch_size=settings.batch_size))
    cues = [[trim(g.text, a.cue) for a in g.attributions] for g in gold]
    files = [p for t, a in polnear_files(directory)[:limit] for p in (t, a)]
    meta = {"source": "PolNeAR v1.0.0 train", "articles": len(docs), "data_digest": digest(files),
            "spacy_model": settings.spacy_model}
    lex = learn(docs, cues, meta)
    path = Path(out) if out else CUES_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(lex.to_json(), indent=1, sort_keys=False) + "\n", encoding="utf-8")
    raw = [[a.cue for a in g.attributions] for g in gold]
    data = _TaggerData.build(docs, raw)
    tagger = learn_tagger(docs, raw, meta, data=data)
    tagger.save(path.parent / TAGGER_PATH.name if out else TAGGER_PATH)
    extent = learn_extent(docs, cues, meta)
    extent.save(path.parent / EXTENT_PATH.name if out else EXTENT_PATH)
    if extent.ranker is not None:
        extent.ranker.save(path.parent / RANKER_PATH.name if out else RANKER_PATH)
    scorer = learn_scorer(docs, raw, meta, data=data, extent=extent,
                          sources=[[a.source for a in g.attributions] for g in gold], lexicon=lex)
    scorer.save(path.parent / SCORER_PATH.name if out else SCORER_PATH)
    return lex


def learn(docs: Sequence[Doc], cues: Sequence[Sequence[tuple[tuple[int, int], ...]]],
          meta: dict | None = None) -> CueLexicon:
    """The lexicon from parsed articles and their gold cue fragments (2-fold CV for the decisions)."""
    halves = (range(0, len(docs), 2), range(1, len(docs), 2))
    folds = []
    for train_idx, test_idx in (halves, halves[::-1]):
        counts = _Counts()
        for i in train_idx:
            counts.add(docs[i], cues[i])
        folds.append(_Fold.build(counts, [docs[i] for i in test_idx], [cues[i] for i in test_idx]))
    best, best_f1 = _best_thresholds(folds)
    weights, scored = fit_weights(folds)
    counts = _Counts()
    for doc, cs in zip(docs, cues, strict=True):
        counts.add(doc, cs)
    meta = {**(meta or {}), "cv_head_f1": round(best_f1, 4), "cv_head_f1_weighted": round(scored, 4)}
    lex = counts.lexicon(*best, meta=meta)
    return CueLexicon(lex.priors, lex.extend, lex.threshold, lex.meta, lex.threshold_plain, weights)


# --------------------------------------------------------------------------------------------
# The head tagger (nlp.cue_tagger): what decides cues when its artifact is present

TAGGER_THRESHOLDS = (0.02, 0.03, 0.05, 0.07) + tuple(round(0.05 * i, 2) for i in range(2, 19))
TAGGER_ALPHA = 1e-5
TAGGER_F1_SLACK = 0.005
TAGGER_EPOCHS = 10


def gold_heads(doc: Doc, cues: Iterable[tuple[tuple[int, int], ...]]) -> dict[int, set[int]]:
    """Token index of each gold cue's head -> its tokens: a verb (or "according") when the cue has one,
    else the token the rest hangs from (a noun, a preposition, a colon, a dash)."""
    heads = _cue_heads(doc, cues)
    taken = {i for toks in heads.values() for i in toks}
    for frags in cues:
        toks = {t.i for s, e in frags if (sp := doc.char_span(s, e, alignment_mode="expand")) is not None
                for t in sp if not t.is_space}
        if not toks or toks & taken:
            continue
        top = [doc[i] for i in sorted(toks) if doc[i].head.i not in toks or doc[i].head.i == i]
        heads[(top or [doc[min(toks)]])[0].i] = toks
    return heads


def tagger_rows(doc: Doc, bits: int = N_BITS) -> tuple[list[list[int]], list[int]]:
    """Hashed feature indices and token indices of the taggable tokens of one document."""
    inq = quotation_mask(doc)
    mask = (1 << bits) - 1
    rows, index = [], []
    for tok in doc:
        if not taggable(tok):
            continue
        rows.append(sorted({zlib.crc32(f.encode("utf-8")) & mask for f in token_features(tok, bool(inq[tok.i]))}))
        index.append(tok.i)
    return rows, index


def _binary_matrix(rows_by_doc: Sequence[Sequence[Sequence[int]]], labels_by_doc: Sequence[Sequence[int]],
                   which: Sequence[int], n_bits: int):
    """The documents `which` as a sparse 0/1 matrix of hashed feature indices, and their labels."""
    from scipy.sparse import csr_matrix

    rows = [r for d in which for r in rows_by_doc[d]]
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.fromiter((j for r in rows for j in r), dtype=np.int32, count=int(indptr[-1]))
    x = csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr), shape=(len(rows), 1 << n_bits))
    return x, np.array([y for d in which for y in labels_by_doc[d]], dtype=np.int8)


@dataclass
class _TaggerData:
    """Per-document hashed rows, head labels and token indices, computed once for every fold."""

    rows: list[list[list[int]]]
    labels: list[list[int]]
    index: list[list[int]]

    @classmethod
    def build(cls, docs: Sequence[Doc], cues: Sequence[Sequence[tuple[tuple[int, int], ...]]]) -> _TaggerData:
        out = cls([], [], [])
        for doc, cs in zip(docs, cues, strict=True):
            r, i = tagger_rows(doc)
            heads = gold_heads(doc, cs)
            out.rows.append(r)
            out.labels.append([int(j in heads) for j in i])
            out.index.append(i)
        return out

    def matrix(self, which: Sequence[int]):
        return _binary_matrix(self.rows, self.labels, which, N_BITS)


def _fit(x, y, alpha: float) -> tuple[np.ndarray, float]:
    """Logistic loss by averaged SGD (seeded): liblinear takes many minutes on ~800k tokens, this seconds."""
    from sklearn.linear_model import SGDClassifier

    model = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=TAGGER_EPOCHS, tol=None, average=True,
                          random_state=0)
    model.fit(x, y)
    return model.coef_[0].astype(np.float64), float(model.intercept_[0])


def learn_tagger(docs: Sequence[Doc], cues: Sequence[Sequence[tuple[tuple[int, int], ...]]],
                 meta: dict | None = None, alpha: float = TAGGER_ALPHA, data: _TaggerData | None = None
                 ) -> CueTagger:
    """Fit the head tagger on all documents (untrimmed gold cue fragments, so colons count); its
    threshold is the one of best 2-fold cross-validated cue-head F1 on these documents."""
    data = data or _TaggerData.build(docs, cues)
    halves = (list(range(0, len(docs), 2)), list(range(1, len(docs), 2)))
    scores, labels = [], []
    for fit_idx, test_idx in (halves, halves[::-1]):
        w, b = _fit(*data.matrix(fit_idx), alpha)
        x, y = data.matrix(test_idx)
        scores.append(1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -50.0, 50.0))))
        labels.append(y.astype(bool))
    p, y = np.concatenate(scores), np.concatenate(labels)
    curve = {}
    for th in TAGGER_THRESHOLDS:
        tp = int((y & (p >= th)).sum())
        curve[th] = 2 * tp / (int((p >= th).sum()) + int(y.sum())) if tp else 0.0
    best_f1 = max(curve.values())
    # F1 is flat near its top: take the highest threshold within TAGGER_F1_SLACK of it (fewer false cues)
    best = max(th for th, f1 in curve.items() if f1 >= best_f1 - TAGGER_F1_SLACK)
    w, b = _fit(*data.matrix(range(len(docs))), alpha)
    meta = {**(meta or {}), "cv_head_f1": round(curve[best], 4), "cv_head_f1_max": round(best_f1, 4),
            "cv_curve": {str(k): round(v, 4) for k, v in curve.items()}, "alpha": alpha,
            "epochs": TAGGER_EPOCHS, "n_bits": N_BITS}
    return CueTagger(w, b, best, meta)


# --------------------------------------------------------------------------------------------
# The extent model (nlp.cue_extent): which words around a cue head join the cue

EXTENT_THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(4, 17))
EXTENT_ALPHA = 1e-5


def _core(toks: Iterable[int], doc: Doc) -> tuple[int, ...]:
    """Token indices without edge punctuation and white space (what the scorer's trim leaves)."""
    keep = sorted(toks)
    while keep and (doc[keep[0]].is_punct or doc[keep[0]].is_space):
        keep.pop(0)
    while keep and (doc[keep[-1]].is_punct or doc[keep[-1]].is_space):
        keep.pop()
    return tuple(keep)


@dataclass
class _ExtentData:
    """Per-document (head, neighbour) rows with in-cue labels, and the gold cue tokens per head."""

    rows: list[list[list[int]]]
    labels: list[list[int]]
    gold: list[dict[int, tuple[int, ...]]]
    where: list[dict[int, dict[int, int]]]
    """Per document: head -> neighbour token -> its row (the window the model may grow into)."""

    @classmethod
    def build(cls, docs: Sequence[Doc], cues: Sequence[Sequence[tuple[tuple[int, int], ...]]]) -> _ExtentData:
        mask = (1 << EXTENT_BITS) - 1
        out = cls([], [], [], [])
        for doc, cs in zip(docs, cues, strict=True):
            rows, labels, gold, where = [], [], {}, {}
            for h, toks in gold_heads(doc, cs).items():
                head = doc[h]
                gold[h] = _core(toks, doc)
                sent = head.sent
                where[h] = {}
                for j in range(max(sent.start, h - WINDOW), min(sent.end, h + WINDOW + 1)):
                    if j == h:
                        continue
                    if "\n" not in doc[j].text:
                        where[h][j] = len(rows)
                    rows.append(sorted({zlib.crc32(f.encode("utf-8")) & mask
                                        for f in extent_features(head, doc[j])}))
                    labels.append(int(j in toks))
            out.rows.append(rows)
            out.labels.append(labels)
            out.gold.append(gold)
            out.where.append(where)
        return out

    def matrix(self, which: Sequence[int]):
        return _binary_matrix(self.rows, self.labels, which, EXTENT_BITS)


def _extent_accuracy(docs: Sequence[Doc], data: _ExtentData, which: Sequence[int], probs: np.ndarray,
                     threshold: float) -> float:
    """Share of gold cue heads whose predicted extent (as `CueExtent.span` grows it, from the rows'
    probabilities `probs`) equals the gold cue, edge punctuation aside."""
    hits = total = offset = 0
    for d in which:
        for h, gold in data.gold[d].items():
            near = data.where[d][h]
            start, end = h, h + 1
            while start - 1 in near and probs[offset + near[start - 1]] >= threshold:
                start -= 1
            while end in near and probs[offset + near[end]] >= threshold:
                end += 1
            total += 1
            hits += _core(range(start, end), docs[d]) == gold
        offset += len(data.rows[d])
    return hits / total if total else 0.0


def learn_extent(docs: Sequence[Doc], cues: Sequence[Sequence[tuple[tuple[int, int], ...]]],
                 meta: dict | None = None, alpha: float = EXTENT_ALPHA, ranker: bool = True) -> CueExtent:
    """Fit the extent model on all documents (trimmed gold cue fragments); its threshold is the one of
    best 2-fold cross-validated exact-extent accuracy on the gold cue heads of these documents. With
    `ranker`, the whole-span ranker beside it (`learn_span_ranker`)."""
    data = _ExtentData.build(docs, cues)
    halves = (list(range(0, len(docs), 2)), list(range(1, len(docs), 2)))
    curve = dict.fromkeys(EXTENT_THRESHOLDS, 0.0)
    for fit_idx, test_idx in (halves, halves[::-1]):
        w, b = _fit(*data.matrix(fit_idx), alpha)
        x, _ = data.matrix(test_idx)
        probs = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -50.0, 50.0)))
        for th in EXTENT_THRESHOLDS:
            curve[th] += _extent_accuracy(docs, data, test_idx, probs, th) / 2
    best = max(curve, key=lambda th: (round(curve[th], 4), -abs(th - 0.5)))
    w, b = _fit(*data.matrix(range(len(docs))), alpha)
    meta = {**(meta or {}), "cv_exact_extent": round(curve[best], 4),
            "cv_curve": {str(k): round(v, 4) for k, v in curve.items()}, "alpha": alpha, "epochs": TAGGER_EPOCHS}
    extent = CueExtent(w, b, best, meta)
    if not ranker:
        return extent
    return replace(extent, ranker=learn_span_ranker(docs, data, best, meta, alpha))


# --------------------------------------------------------------------------------------------
# The whole-span ranker (nlp.cue_extent.SpanRanker): which span around a head is the cue

RANKER_C = 0.1


def _halves(which: Sequence[int]) -> tuple[list[int], list[int]]:
    return list(which[0::2]), list(which[1::2])


def _extent_logits(data: _ExtentData, which: Sequence[int], alpha: float) -> dict[int, np.ndarray]:
    """Word-model log-odds of the rows of documents `which`, each from the model fitted on the other
    half of `which` (so the ranker learns how far to trust them on unseen text)."""
    out = {}
    a, b = _halves(which)
    for fit_idx, test_idx in ((a, b), (b, a)):
        w, bias = _fit(*data.matrix(fit_idx), alpha)
        for d in test_idx:
            x, _ = data.matrix([d])
            out[d] = x @ w + bias
    return out


@dataclass
class _SpanRows:
    """Per gold head: candidate spans' hashed rows, numeric features and labels (exactly the gold cue)."""

    rows: list[list[int]]
    numeric: list[list[float]]
    labels: list[int]
    groups: list[int]
    """Row index where each head's candidates start (and a final end)."""


def _span_rows(docs: Sequence[Doc], data: _ExtentData, logits: dict[int, np.ndarray], th: float) -> _SpanRows:
    out = _SpanRows([], [], [], [0])
    t = float(np.log(th / (1.0 - th)))
    for d in sorted(logits):
        z, doc = logits[d], docs[d]
        for h, gold in data.gold[d].items():
            window = {j: float(z[r]) for j, r in data.where[d][h].items()}
            for (start, end), idx, num in span_rows(doc[h], window, t):
                out.rows.append(idx)
                out.numeric.append(num)
                out.labels.append(int(_core(range(start, end), doc) == gold))
            out.groups.append(len(out.labels))
    return out


def _ranker_matrix(sr: _SpanRows):
    from scipy.sparse import csr_matrix, hstack

    x, _ = _binary_matrix([sr.rows], [sr.labels], [0], RANKER_BITS)
    return hstack([x, csr_matrix(np.array(sr.numeric, dtype=np.float64))]).tocsr(), np.array(sr.labels)


def _fit_ranker(sr: _SpanRows) -> tuple[np.ndarray, float, list[float]]:
    """Logistic regression over candidate spans: hashed weights, bias, numeric weights."""
    from sklearn.linear_model import LogisticRegression

    x, y = _ranker_matrix(sr)
    model = LogisticRegression(C=RANKER_C, max_iter=3000, solver="liblinear", random_state=0)
    model.fit(x, y)
    coef = model.coef_[0]
    return coef[: 1 << RANKER_BITS].astype(np.float64), float(model.intercept_[0]), \
        [round(float(v), 6) for v in coef[1 << RANKER_BITS:]]


def _ranked_accuracy(sr: _SpanRows, w: np.ndarray, numeric: list[float]) -> float:
    """Share of heads whose best-scored candidate is the gold cue (the first on ties, as at run time)."""
    hits = 0
    for g in range(len(sr.groups) - 1):
        lo, hi = sr.groups[g], sr.groups[g + 1]
        scores = [w[sr.rows[k]].sum() + float(np.dot(numeric, sr.numeric[k])) for k in range(lo, hi)]
        hits += sr.labels[lo + int(np.argmax(scores))] if hi > lo else 0
    return hits / max(1, len(sr.groups) - 1)


def learn_span_ranker(docs: Sequence[Doc], data: _ExtentData, threshold: float, meta: dict | None = None,
                      alpha: float = EXTENT_ALPHA) -> SpanRanker:
    """Fit the whole-span ranker on candidate spans around every gold head, with the word model's
    out-of-fold log-odds as features; its accuracy by 2-fold CV, each fold's ranker fitted on log-odds
    out-of-fold within its own half, so the held-out half is never seen (word model or ranker)."""
    halves = (list(range(0, len(docs), 2)), list(range(1, len(docs), 2)))
    hits = total = 0.0
    for fit_idx, test_idx in (halves, halves[::-1]):
        w, b, numeric = _fit_ranker(_span_rows(docs, data, _extent_logits(data, fit_idx, alpha), threshold))
        ew, eb = _fit(*data.matrix(fit_idx), alpha)
        test = _span_rows(docs, data, {d: data.matrix([d])[0] @ ew + eb for d in test_idx}, threshold)
        n = len(test.groups) - 1
        hits += _ranked_accuracy(test, w, numeric) * n
        total += n
    w, b, numeric = _fit_ranker(_span_rows(docs, data, _extent_logits(data, range(len(docs)), alpha), threshold))
    meta = {**(meta or {}), "cv_exact_extent_ranked": round(hits / max(1.0, total), 4), "numeric": numeric,
            "C": RANKER_C, "n_bits": RANKER_BITS}
    meta.pop("cv_curve", None)
    return SpanRanker(w, b, 0.5, meta)


# --------------------------------------------------------------------------------------------
# The second stage (nlp.attribution_scorer): which whole candidate attributions to keep

CANDIDATE_THRESHOLDS = (0.05, 0.1, 0.15, 0.2)
SCORER_THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 15))
SCORER_C = 0.5
TAGGER_BASELINE = 0.4
"""The tagger's own threshold, for the tagger-alone figure the second stage is compared with."""


EXTENT_VARIANTS: tuple[float, ...] = ()
"""Extent-model thresholds of other readings of each candidate's cue for the scorer to choose
between (1.01: the head alone); none shipped. Measured with (0.3, 0.5, 0.85, 1.01) — one of those
readings or the model's own is the gold cue for 0.88 of gold heads on PolNeAR train, the model's own
alone for 0.83 — the scorer choosing among them (with `candidate_features(readings=True)`) raised
2-fold train source / cue F1 (full pipeline) 0.708 / 0.692 -> 0.710 / 0.700 and full dev cue F1
0.714 -> 0.718, but lowered dev source F1 0.755 -> 0.750."""


@dataclass
class _Candidates:
    """Per document and candidate: hashed rows and labels of each reading of its cue (its own
    first), and the tagger probability of its head."""

    rows: list[list[list[list[int]]]]
    labels: list[list[list[int]]]
    probs: list[list[float]]
    n_gold: list[int]


def _exact_label(text: str, att, gold_cues: list, gold_sources: list) -> int:
    """1 when the candidate's cue is exactly a gold cue as the scorer trims them (punctuation-only
    cues, "PENCE:", trim to nothing: then its source must be exactly a gold source)."""
    cue = trim(text, [(att.cue.start, att.cue.end)])
    if cue:
        return int(cue in gold_cues)
    src = trim(text, [(att.source.start, att.source.end)]) if att.source is not None else ()
    return int(bool(src) and src in gold_sources)


def _oof_candidates(docs: Sequence[Doc], cues: Sequence[Sequence[tuple[tuple[int, int], ...]]],
                    data: _TaggerData, alpha: float, threshold: float, extent: CueExtent | None,
                    sources: Sequence[Sequence[tuple[tuple[int, int], ...]]] | None = None,
                    variants: Sequence[float] = (), lexicon: CueLexicon | None = None) -> _Candidates:
    """Candidates of every document as the tagger fitted on the other half proposes them (so the
    second stage learns from tagger probabilities as unseen text gets them), each with the other
    readings of its cue at the extent thresholds `variants`. Labelled by cue head, or, given the
    gold `sources`, by exact cue (as `eval polnear` scores it). Sources are cut with `lexicon`'s
    priors (the lexicon being built, not the shipped one) when it is given."""
    from ..nlp.attribution_scorer import candidate_features
    from ..nlp.quotes import candidate_attributions, cue_variants

    mask = (1 << SCORER_BITS) - 1
    out = _Candidates([[] for _ in docs], [[] for _ in docs], [[] for _ in docs], [0] * len(docs))
    halves = (list(range(0, len(docs), 2)), list(range(1, len(docs), 2)))
    for fit_idx, test_idx in (halves, halves[::-1]):
        w, b = _fit(*data.matrix(fit_idx), alpha)
        tagger = CueTagger(w, b, threshold)
        for d in test_idx:
            doc = docs[d]
            x, _ = data.matrix([d])
            probs = np.zeros(len(doc))
            probs[data.index[d]] = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -50.0, 50.0)))
            heads = gold_heads(doc, cues[d])
            out.n_gold[d] = len(heads)
            if sources is not None:
                gold_cues = [c for c in (trim(doc.text, f) for f in cues[d]) if c]
                gold_sources = [c for c in (trim(doc.text, f) for f in sources[d]) if c]
                out.n_gold[d] = len(gold_cues)
            cands = candidate_attributions(doc, tagger, threshold=threshold, probs=probs, extent=extent,
                                           lexicon=lexicon)
            others = [a for _, a in cands]
            for i, att in cands:
                readings = [att, *cue_variants(doc, i, att, extent, variants)]
                out.rows[d].append([sorted({zlib.crc32(f.encode("utf-8")) & mask
                                            for f in candidate_features(doc, i, r, others, bool(variants))})
                                   for r in readings])
                out.labels[d].append([int(i in heads) if sources is None
                                      else _exact_label(doc.text, r, gold_cues, gold_sources) for r in readings])
                out.probs[d].append(float(probs[i]))
    return out


def _fit_scorer(cands: _Candidates, which: Sequence[int], min_prob: float) -> tuple[np.ndarray, float]:
    """Logistic regression over every reading of the candidates from tagger probability `min_prob`."""
    from sklearn.linear_model import LogisticRegression

    rows = [[r for rs, p in zip(cands.rows[d], cands.probs[d], strict=True) if p >= min_prob for r in rs]
            for d in range(len(cands.rows))]
    labels = [[y for ys, p in zip(cands.labels[d], cands.probs[d], strict=True) if p >= min_prob for y in ys]
              for d in range(len(cands.rows))]
    x, y = _binary_matrix(rows, labels, which, SCORER_BITS)
    model = LogisticRegression(C=SCORER_C, max_iter=2000, solver="liblinear", random_state=0)
    model.fit(x, y)
    return model.coef_[0].astype(np.float64), float(model.intercept_[0])


def learn_scorer(docs: Sequence[Doc], cues: Sequence[Sequence[tuple[tuple[int, int], ...]]],
                 meta: dict | None = None, alpha: float = TAGGER_ALPHA, data: _TaggerData | None = None,
                 extent: CueExtent | None = None,
                 sources: Sequence[Sequence[tuple[tuple[int, int], ...]]] | None = None,
                 lexicon: CueLexicon | None = None) -> AttributionScorer:
    """Fit the second stage on out-of-fold candidates of all documents; the candidate threshold and
    its own threshold are those of best 2-fold cross-validated F1 (every gold cue counts): of cue
    heads, or of exact cues as `eval polnear` scores them when the gold `sources` are given (then
    "cv_head_f1" in the meta is that exact-cue F1; labelling by exact cue raised dev source and cue
    F1 where head labels traded cue precision for source recall)."""
    data = data or _TaggerData.build(docs, cues)
    variants = EXTENT_VARIANTS if extent is not None else ()  # the readings' features come with them
    cands = _oof_candidates(docs, cues, data, alpha, min(CANDIDATE_THRESHOLDS), extent, sources, variants, lexicon)
    halves = (list(range(0, len(docs), 2)), list(range(1, len(docs), 2)))
    curve: dict[tuple[float, float], float] = {}
    for ct in CANDIDATE_THRESHOLDS:
        tp = dict.fromkeys(SCORER_THRESHOLDS, 0)
        npred = dict.fromkeys(SCORER_THRESHOLDS, 0)
        for fit_idx, test_idx in (halves, halves[::-1]):
            w, b = _fit_scorer(cands, fit_idx, ct)
            for d in test_idx:
                for rows, ys, p in zip(cands.rows[d], cands.labels[d], cands.probs[d], strict=True):
                    if p < ct:
                        continue
                    z = [w[row].sum() + b for row in rows]
                    best = int(np.argmax(z))  # the reading the scorer prefers, as `scored_attributions` keeps it
                    s, y = 1.0 / (1.0 + np.exp(-np.clip(z[best], -50.0, 50.0))), ys[best]
                    for th in SCORER_THRESHOLDS:
                        if s >= th:
                            npred[th] += 1
                            tp[th] += y
        n_gold = sum(cands.n_gold)
        for th in SCORER_THRESHOLDS:
            curve[(ct, th)] = 2 * tp[th] / (npred[th] + n_gold) if tp[th] else 0.0
    base_tp = sum(ys[0] for d in range(len(docs)) for ys, p in zip(cands.labels[d], cands.probs[d], strict=True)
                  if p >= TAGGER_BASELINE)
    base_n = sum(p >= TAGGER_BASELINE for d in range(len(docs)) for p in cands.probs[d])
    ct, th = max(curve, key=lambda k: (round(curve[k], 4), k[0], k[1]))
    w, b = _fit_scorer(cands, range(len(docs)), ct)
    meta = {**(meta or {}), "candidate_threshold": ct, "context_threshold": min(CANDIDATE_THRESHOLDS),
            "cv_head_f1": round(curve[(ct, th)], 4),
            "cv_head_f1_tagger_alone": round(2 * base_tp / (base_n + sum(cands.n_gold)), 4),
            "cv_curve": {f"{k[0]}|{k[1]}": round(v, 4) for k, v in curve.items()}, "C": SCORER_C,
            "n_bits": SCORER_BITS, "tagger_alpha": alpha, "extent_variants": list(variants),
            "cv_label": "cue_head" if sources is None else "cue_exact"}
    return AttributionScorer(w, b, th, meta)
