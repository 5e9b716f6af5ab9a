"""Learn the attribution cue lexicon from PolNeAR train (`counterclaim train cues`).

For every verb in the parsed training articles we count how often it heads an annotated Cue, per
(lemma, frame); the ratio, shrunk towards zero for rare lemmas, is the prior the extractor
thresholds. For the cue heads we also count which adjacent children the annotators included in
the cue ("has said", "according to"). The decision threshold is chosen by two-fold
cross-validation on train (priors from one half, cue-head F1 on the other), so dev stays unseen.
Deterministic: files in name order, no sampling.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc

from ..nlp.quotes import CUES_PATH, CueLexicon, _ext_key, cue_features, frame, is_candidate
from ..scoring._data import data_dir, digest
from ..scoring.polnear import load_polnear, polnear_files, trim
from ..settings import Settings

THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))
MIN_COUNT = 2
OFFSETS = (-1.5, -1.25, -1.0, -0.75, -0.5, -0.25, 0.0, 0.25)
_PIPES = ("tok2vec", "tagger", "cc_paragraphs", "parser", "attribute_ruler", "lemmatizer")


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

    def _extensions(self, tok, inside: set[int]) -> None:
        """For each adjacent child of a gold cue head: was it outside, in as a word, or in with its phrase?"""
        children = {c.i: c for c in tok.children}
        for step in (-1, 1):
            i = tok.i + step
            while i in children:
                child = children[i]
                key = _ext_key(child)
                self.ext_total[key] += 1
                whole = all(t.i in inside for t in child.subtree)
                if whole and child.right_edge.i > child.i:
                    self.ext_in[f"{key}|phrase"] += 1
                elif i in inside:
                    self.ext_in[key] += 1
                else:
                    break
                i = (child.left_edge.i - 1) if step < 0 and whole else (child.right_edge.i + 1 if whole else i + step)

    def lexicon(self, threshold: float, threshold_plain: float | None = None, meta: dict | None = None) -> CueLexicon:
        priors = {k: round(self.pos[k] / (self.total[k] + 1), 4) for k in sorted(self.total)
                  if self.pos[k] and self.total[k] >= MIN_COUNT}
        extend = {}
        for key in sorted(self.ext_total):
            if self.ext_total[key] < MIN_COUNT:
                continue
            for name in (key, f"{key}|phrase"):
                if self.ext_in[name]:
                    extend[name] = round(self.ext_in[name] / (self.ext_total[key] + 1), 4)
        return CueLexicon(priors, extend, threshold, meta or {}, threshold_plain)


def _head_f1(lex: CueLexicon, docs: Sequence[Doc], golds: Sequence[Sequence]) -> float:
    tp = fp = fn = 0
    for doc, cues in zip(docs, golds, strict=True):
        heads = set(_cue_heads(doc, cues))
        pred = {t.i for t in doc if is_candidate(t) and lex.accepts_token(t, frame(t))}
        tp += len(heads & pred)
        fp += len(pred - heads)
        fn += len(heads - pred)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit_weights(folds: Sequence[tuple[_Counts, Sequence[Doc], Sequence[Sequence]]], c: float = 1.0) -> dict[str, float]:
    """Logistic regression on out-of-fold candidates: priors from one half, labels from the other."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for counts, docs, golds in folds:
        lex = counts.lexicon(0.5)
        for doc, cues in zip(docs, golds, strict=True):
            heads = set(_cue_heads(doc, cues))
            for tok in doc:
                if is_candidate(tok) and lex.priors.get(f"{tok.lemma_.lower()}|*", 0.0) > 0.0:
                    rows.append(dict(cue_features(tok, frame(tok), lex)))
                    labels.append(tok.i in heads)
    vec = DictVectorizer(sort=True)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(vec.fit_transform(rows), labels)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)}
    weights["bias"] = round(float(model.intercept_[0]), 4)
    return weights


def train_cues(directory: str | Path | None = None, *, limit: int | None = None, out: str | Path | None = None,
               settings: Settings | None = None) -> CueLexicon:
    """Parse PolNeAR train, learn the lexicon, choose the threshold by 2-fold CV, write the artifact."""
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
    halves = (range(0, len(docs), 2), range(1, len(docs), 2))
    best, best_f1 = (0.5, 0.5), -1.0
    folds = []
    for train_idx, test_idx in (halves, halves[::-1]):
        counts = _Counts()
        for i in train_idx:
            counts.add(docs[i], cues[i])
        folds.append((counts, [docs[i] for i in test_idx], [cues[i] for i in test_idx]))
    for th in THRESHOLDS:
        for th_plain in (t for t in THRESHOLDS if t >= th):
            f1 = sum(_head_f1(c.lexicon(th, th_plain), d, g) for c, d, g in folds) / 2
            if f1 > best_f1 + 1e-9:
                best, best_f1 = (th, th_plain), f1
    counts = _Counts()
    for doc, cs in zip(docs, cues, strict=True):
        counts.add(doc, cs)
    files = [p for t, a in polnear_files(directory)[:limit] for p in (t, a)]
    meta = {"source": "PolNeAR v1.0.0 train", "articles": len(docs), "cv_head_f1": round(best_f1, 4),
            "data_digest": digest(files), "spacy_model": settings.spacy_model}
    weights, scored = fit_weights(folds), -1.0
    base = weights["bias"]
    for offset in OFFSETS:  # the decision point that maximises F1, not log-likelihood
        trial = {**weights, "bias": round(base + offset, 4)}
        f1 = sum(_head_f1(CueLexicon(c.lexicon(0.5).priors, weights=trial), d, g) for c, d, g in folds) / 2
        if f1 > scored + 1e-9:
            scored, weights = f1, trial
    lex = counts.lexicon(*best, meta=meta)
    lex = CueLexicon(lex.priors, lex.extend, lex.threshold, lex.meta, lex.threshold_plain, weights)
    lex.meta["cv_head_f1_weighted"] = round(scored, 4)
    path = Path(out) if out else CUES_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(lex.to_json(), indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return lex
