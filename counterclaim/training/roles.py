"""Learn the MUC-4 role-filler model from the training split (`counterclaim train roles`).

Steps, all deterministic (fixed seed, documents in file order):
1. parse the training texts as the product does (`nlp.pipeline.parse_pipe`, truecased capitals);
2. a document relevance model (logistic regression on a bag of lemmas); its out-of-fold
   probability is a span feature, so the span model learns how much to trust it;
3. candidate spans (`_role_features.candidates`), labelled with the role whose gold alternatives
   contain the span's normalised string, or none;
4. out-of-fold span probabilities (3 folds over documents) to tune one threshold per role, one
   relevance gate per role (a document below a role's gate gets no fillers of that role) and the
   selection policy (`roles.Policy`) for CEAF-REE micro F1 on train, so the dev split stays unseen;
5. the second stage (`incidents._role_entities`): every (string, role) pair whose best mention
   reaches ENTITY_FLOOR in the out-of-fold span scores, a logistic model over document-wide
   aggregates fitted out-of-fold on the same document folds, and thresholds, gate and policy tuned
   again on its scores; it is kept only if its out-of-fold F1 beats the span stage's;
6. the dense stage (`incidents._role_dense`): a perceptron over each candidate's out-of-fold linear
   probabilities, their best over the string's mentions, the relevance and contextual vectors,
   fitted and scored out-of-fold on the same folds, thresholds tuned again on its probabilities; kept
   only if its out-of-fold F1 beats the linear stage's (the second stage then builds on whichever won);
7. the final span model on all of train, written as JSON + npz (no pickle).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from spacy.tokens import Doc

from ..incidents._role_dense import VectorClusters, dense_rows, relevance_row
from ..incidents._role_entities import pool, pool_matrix
from ..incidents._role_features import DocContext, candidates, normalise, span_features
from ..incidents.roles import (
    ARTIFACT,
    ROLES,
    Policy,
    Ranked,
    by_key,
    dense_artifact,
    parenthesised_acronyms,
    rank,
    relevance_features,
    select,
)
from ..nlp._dense import MLPHead, token_vectors
from ..nlp._npz_model import write_npz
from ..scoring.muc4 import GOLD_KEYS, Counts, gold_entities, load_muc4, score_entities

SEED = 13
FOLDS = 3
MIN_COUNT = 2
C_SPAN = 0.3
C_REL = 0.1
NEG_RATE = 0.3
"""Share of negative spans kept for fitting (all positives kept); thresholds are tuned on all spans."""
GRID = tuple(round(0.05 * i, 2) for i in range(2, 19))
GATE_GRID = tuple(round(0.05 * i, 2) for i in range(0, 13))
ROLE_GATES = True
"""One relevance gate per role (victims named in a report of no incident cost more than weapons)."""
ENTITY_FLOOR = 0.03
"""First-stage probability a (string, role) pair needs at its best mention to reach the second stage."""
C_ENTITY = 1.0
CLUSTERS = 256
"""Classes of contextual token vectors used as span features (0: none)."""
CLUSTER_SAMPLE = 100_000
DENSE = False
"""Try the dense stage (kept only when it wins out-of-fold)."""
DENSE_HIDDEN = (64,)
DENSE_ALPHA = 1e-3
DENSE_EPOCHS = 12
DENSE_REL = False
"""Replace the relevance model's probability by a perceptron over it and sentence vectors (`relevance_row`)."""
REL_HIDDEN = (32,)
REL_ALPHA = 1e-2
REL_EPOCHS = 60


def parse_texts(texts: Sequence[str], log: Callable[[str], None] = print) -> list[Doc]:
    """Parse texts as the product does (`parse_pipe`: capitals parsed once, truecased)."""
    from ..nlp.pipeline import load_pipeline, parse_pipe

    docs = []
    for i, (doc, _) in enumerate(parse_pipe(load_pipeline(), ((t, None) for t in texts), batch_size=32)):
        docs.append(doc)
        if (i + 1) % 200 == 0:
            log(f"parsed {i + 1}/{len(texts)}")
    return docs


class Vectorizer:
    """Feature strings -> sparse rows, over a vocabulary of features seen at least MIN_COUNT times."""

    def __init__(self, rows: Sequence[Sequence[str]], min_count: int = MIN_COUNT) -> None:
        counts = Counter(f for row in rows for f in set(row))
        self.features = sorted(f for f, c in counts.items() if c >= min_count)
        self.index = {f: i for i, f in enumerate(self.features)}

    def transform(self, rows: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        indptr, indices = [0], []
        for row in rows:
            idx = sorted({self.index[f] for f in row if f in self.index})
            indices.extend(idx)
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float32)
        return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(self.features)))


def _folds(n: int) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    fold = np.arange(n) % FOLDS
    rng.shuffle(fold)
    return fold


def _fit(x, y, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=300, random_state=SEED).fit(x, y)


def relevance_oof(
    docs: Sequence[Doc], relevant: Sequence[bool], log: Callable[[str], None] = print,
) -> tuple[np.ndarray, Vectorizer, LogisticRegression, MLPHead | None]:
    """Out-of-fold relevance per document, and the models on all of train (bag of lemmas, then perceptron)."""
    rows = [relevance_features(d) for d in docs]
    y = np.array(relevant, dtype=int)
    fold = _folds(len(docs))
    oof = np.zeros(len(docs))
    for k in range(FOLDS):
        tr, te = fold != k, fold == k
        vec = Vectorizer([rows[i] for i in np.flatnonzero(tr)])
        model = _fit(vec.transform([rows[i] for i in np.flatnonzero(tr)]), y[tr], C_REL)
        oof[te] = model.predict_proba(vec.transform([rows[i] for i in np.flatnonzero(te)]))[:, 1]
    vec = Vectorizer(rows)
    linear = _fit(vec.transform(rows), y, C_REL)
    log(f"relevance out-of-fold AUC, bag of lemmas: {_auc(y, oof):.4f}")
    if not DENSE_REL:
        return oof, vec, linear, None
    x = np.vstack([relevance_row(d, float(p)) for d, p in zip(docs, oof, strict=True)])
    oof2 = np.zeros(len(docs))
    for k in range(FOLDS):
        oof2[fold == k] = fit_dense(x[fold != k], y[fold != k], REL_HIDDEN, REL_ALPHA, REL_EPOCHS, 32).probabilities(
            x[fold == k])
    log(f"relevance out-of-fold AUC, perceptron: {_auc(y, oof2):.4f}")
    return oof2, vec, linear, fit_dense(x, y, REL_HIDDEN, REL_ALPHA, REL_EPOCHS, 32)


def _auc(y: np.ndarray, p: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p))


def fit_clusters(docs: Sequence[Doc], k: int | None = None) -> VectorClusters | None:
    """k-means centroids of a seeded sample of the training tokens' contextual vectors (no labels used)."""
    from sklearn.cluster import MiniBatchKMeans

    k = CLUSTERS if k is None else k
    vectors = [token_vectors(d) for d in docs]
    vectors = [v for v in vectors if v.shape[1]]
    if not k or not vectors:
        return None
    x = np.vstack(vectors)
    rng = np.random.default_rng(SEED)
    x = x[np.sort(rng.choice(len(x), min(CLUSTER_SAMPLE, len(x)), replace=False))]
    return VectorClusters(MiniBatchKMeans(k, random_state=SEED, n_init=3, batch_size=4096).fit(x).cluster_centers_)


def span_rows(docs: Sequence[Doc], records: Sequence[dict], rel: np.ndarray, clusters: VectorClusters | None = None):
    """Candidates, features and labels for every document; `doc_of` maps rows to documents."""
    all_cands, feats, labels, doc_of = [], [], [], []
    for i, (doc, rec) in enumerate(zip(docs, records, strict=True)):
        cands = candidates(doc)
        ctx = DocContext(doc, cands, float(rel[i]), clusters.labels(doc) if clusters else None)
        gold = {}
        for k, key in enumerate(GOLD_KEYS):
            for entity in rec["role_fillers"][key]:
                for alt in entity:
                    gold.setdefault(normalise(alt), k + 1)
        all_cands.append(cands)
        for a, b, o in cands:
            feats.append(span_features(doc, a, b, o, ctx))
            labels.append(gold.get(normalise(doc[a:b].text), 0))
            doc_of.append(i)
    return all_cands, feats, np.array(labels), np.array(doc_of)


class _Tuner:
    """Out-of-fold rankings per document, prepared once, scored for many threshold settings."""

    def __init__(self, docs, records, all_cands, probs, doc_of, rel, ranked_docs=None) -> None:
        starts = np.searchsorted(doc_of, np.arange(len(docs)))
        ends = np.searchsorted(doc_of, np.arange(len(docs)), side="right")
        floor = min(GRID)
        self.items = []
        for i, doc in enumerate(docs):
            ranked = (rank(doc, all_cands[i], probs[starts[i]:ends[i]], floor) if ranked_docs is None
                      else [r for r in ranked_docs[i] if r.score >= floor])
            self.items.append((ranked, parenthesised_acronyms(doc), len(doc), gold_entities(records[i]), rel[i]))

    def f1(self, thresholds: dict[str, float], policy: Policy, gates: dict[str, float]) -> float:
        counts = Counts()
        lowest = min(gates.values())
        for ranked, acronyms, n_tokens, gold, rel in self.items:
            pred: dict[str, list[list[str]]] = {r: [] for r in ROLES}
            if rel >= lowest:
                for r in select(ranked, thresholds, acronyms, n_tokens, policy):
                    if rel >= gates[r.role]:
                        pred[r.role].append([r.key])
            counts.add(score_entities(gold, pred))
        return counts.micro()["f1"]


def _ascend(tuner: _Tuner, thr: dict, policy: Policy, gates: dict, sweeps: int) -> tuple[dict, dict, float]:
    """Coordinate ascent over the per-role thresholds, the relevance gate and (if ROLE_GATES) one gate per role."""
    f1 = tuner.f1(thr, policy, gates)
    for _ in range(sweeps):
        for role in ROLES:
            for value in GRID:
                trial = {**thr, role: value}
                f = tuner.f1(trial, policy, gates)
                if f > f1 + 1e-9:
                    f1, thr = f, trial
        for g in GATE_GRID:
            trial = {r: max(g, v) for r, v in gates.items()} if ROLE_GATES else {r: g for r in ROLES}
            f = tuner.f1(thr, policy, trial)
            if f > f1 + 1e-9:
                f1, gates = f, trial
        for role in ROLES if ROLE_GATES else ():
            for g in GATE_GRID:
                trial = {**gates, role: g}
                f = tuner.f1(thr, policy, trial)
                if f > f1 + 1e-9:
                    f1, gates = f, trial
    return thr, gates, f1


def tune(tuner: _Tuner, log: Callable[[str], None] = print) -> tuple[dict, Policy, dict, float]:
    """Thresholds and gates for the default policy, then the policy switches at those settings, then
    the thresholds and gates again for the chosen policy; all by out-of-fold micro F1."""
    thr, gates, f1 = _ascend(tuner, {r: 0.3 for r in ROLES}, Policy(), {r: 0.0 for r in ROLES}, 2)
    log(f"default policy: out-of-fold micro F1 {f1:.4f}")
    policy = Policy()
    for merge, within, longest in itertools.product((True, False), repeat=3):
        trial = Policy(merge_names=merge, overlap_within_role=within, longest=longest)
        f = tuner.f1(thr, trial, gates)
        log(f"{trial}: {f:.4f}")
        if f > f1 + 1e-9:
            f1, policy = f, trial
    thr, gates, f1 = _ascend(tuner, thr, policy, gates, 1)
    log(f"{policy}: out-of-fold micro F1 {f1:.4f} gates {gates} thresholds {thr}")
    return thr, policy, gates, f1


def linear_oof(feats: Sequence[Sequence[str]], y: np.ndarray, fold: np.ndarray, fit_rows: np.ndarray,
               log: Callable[[str], None] = print) -> np.ndarray:
    """Out-of-fold class probabilities of the linear span model (fitted on `fit_rows` of the other folds)."""
    probs = np.zeros((len(y), len(ROLES) + 1))
    for k in range(FOLDS):
        tr, te = np.flatnonzero((fold != k) & fit_rows), np.flatnonzero(fold == k)
        vec = Vectorizer([feats[i] for i in tr])
        model = _fit(vec.transform([feats[i] for i in tr]), y[tr], C_SPAN)
        probs[np.ix_(te, model.classes_)] = model.predict_proba(vec.transform([feats[i] for i in te]))
        log(f"fold {k + 1}/{FOLDS} done")
    return probs


def dense_matrix(docs: Sequence[Doc], all_cands, probs: np.ndarray, doc_of: np.ndarray, rel: np.ndarray) -> np.ndarray:
    """`_role_dense.dense_rows` of every document's candidates, stacked in row order."""
    starts = np.searchsorted(doc_of, np.arange(len(docs)))
    ends = np.searchsorted(doc_of, np.arange(len(docs)), side="right")
    return np.vstack([dense_rows(doc, all_cands[i], probs[starts[i]:ends[i]], float(rel[i]))
                      for i, doc in enumerate(docs) if ends[i] > starts[i]])


def fit_dense(x: np.ndarray, y: np.ndarray, hidden: tuple[int, ...] | None = None, alpha: float | None = None,
              epochs: int | None = None, batch: int = 256) -> MLPHead:
    """A perceptron on standardised rows, the scaling folded into its first layer (the head reads raw rows)."""
    hidden, alpha, epochs = hidden or DENSE_HIDDEN, alpha or DENSE_ALPHA, epochs or DENSE_EPOCHS
    mu = x.mean(axis=0)
    sd = x.std(axis=0) + 1e-3
    model = MLPClassifier(hidden_layer_sizes=hidden, alpha=alpha, batch_size=batch, max_iter=epochs,
                          random_state=SEED, shuffle=True, tol=0.0, n_iter_no_change=epochs + 1)
    with warnings.catch_warnings():  # a fixed number of epochs is the point: no "not converged" noise
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit((x - mu) / sd, y)
    head = MLPHead.from_sklearn(model)
    (w0, b0), *rest = head.layers
    w = (w0 / sd[:, None]).astype(np.float32)
    b = (b0 - (mu / sd) @ w0).astype(np.float32)
    return MLPHead(((w, b), *rest), head.threshold, {"classes": [int(c) for c in model.classes_]})


def dense_oof(x: np.ndarray, y: np.ndarray, fold: np.ndarray, fit_rows: np.ndarray,
              log: Callable[[str], None] = print) -> np.ndarray:
    """Out-of-fold class probabilities of the dense stage (its inputs are themselves out-of-fold)."""
    probs = np.zeros((len(y), len(ROLES) + 1))
    for k in range(FOLDS):
        tr = (fold != k) & fit_rows
        head = fit_dense(x[tr], y[tr])
        probs[np.ix_(fold == k, head.meta["classes"])] = head.probabilities(x[fold == k])
        log(f"dense fold {k + 1}/{FOLDS} done")
    return probs


def entity_stage(docs, records, all_cands, probs, doc_of, rel, log: Callable[[str], None] = print):
    """Second-stage weights fitted on all of train, and the out-of-fold second-stage rankings per document."""
    starts = np.searchsorted(doc_of, np.arange(len(docs)))
    ends = np.searchsorted(doc_of, np.arange(len(docs)), side="right")
    items, rows, labels, owner = [], [], [], []
    for i, doc in enumerate(docs):
        p = probs[starts[i]:ends[i]]
        keys = [normalise(doc[a:b].text) for a, b, _ in all_cands[i]]
        found = pool(keys, [(a, b) for a, b, _ in all_cands[i]], p, ENTITY_FLOOR)
        gold = gold_entities(records[i])
        alts = [{normalise(a) for e in gold[role] for a in e} for role in ROLES]
        rows.append(pool_matrix(found, by_key(keys, p), float(rel[i]), len(doc)))
        labels += [int(it.key in alts[it.role]) for it in found]
        owner += [i] * len(found)
        items.append(found)
    x, y, owner_arr = np.vstack(rows), np.array(labels), np.array(owner, dtype=int)
    log(f"entity stage: {len(y)} (string, role) pairs, {int(y.sum())} correct")
    fold = _folds(len(docs))[owner_arr]
    p2 = np.zeros(len(y))
    for k in range(FOLDS):
        coef = _fit_entity(x[fold != k], y[fold != k])
        p2[fold == k] = 1.0 / (1.0 + np.exp(-(x[fold == k] @ coef)))
    ranked, k = [], 0
    for found in items:
        scored = [Ranked(float(p2[k + j]), ROLES[it.role], it.start, it.end, it.key) for j, it in enumerate(found)]
        ranked.append(sorted(scored, key=lambda r: (-r.score, r.start, r.end)))
        k += len(found)
    coef = _fit_entity(x, y)
    return {"coef": [round(float(c), 6) for c in coef], "floor": ENTITY_FLOOR}, ranked


def _fit_entity(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    model = LogisticRegression(C=C_ENTITY, fit_intercept=False, max_iter=3000, random_state=SEED).fit(x, y)
    return model.coef_[0]


def train_roles(
    train_path: Path, out: Path = ARTIFACT, docs: Sequence[Doc] | None = None, log: Callable[[str], None] = print,
) -> dict:
    """Train, tune and write the role model; returns the metadata written (with the OOF figures)."""
    records = load_muc4(train_path)
    docs = list(docs) if docs is not None else parse_texts([r["text"] for r in records], log)
    rel_oof, rel_vec, rel_model, rel_dense = relevance_oof(docs, [bool(r["relevant"]) for r in records], log)
    log("relevance model trained")
    clusters = fit_clusters(docs)
    all_cands, feats, y, doc_of = span_rows(docs, records, rel_oof, clusters)
    log(f"{len(y)} candidate spans, {int((y > 0).sum())} positive")
    fit_rows = (y > 0) | (np.random.default_rng(SEED).random(len(y)) < NEG_RATE)
    probs = linear_oof(feats, y, _folds(len(docs))[doc_of], fit_rows, log)
    thresholds, policy, gates, span_f1 = tune(_Tuner(docs, records, all_cands, probs, doc_of, rel_oof), log)
    linear_f1, dense = span_f1, None
    if DENSE:
        x = dense_matrix(docs, all_cands, probs, doc_of, rel_oof)
        dense_probs = dense_oof(x, y, _folds(len(docs))[doc_of], fit_rows, log)
        log("dense stage:")
        thr_d, policy_d, gates_d, dense_f1 = tune(_Tuner(docs, records, all_cands, dense_probs, doc_of, rel_oof), log)
        if dense_f1 > span_f1:
            thresholds, policy, gates, span_f1, probs = thr_d, policy_d, gates_d, dense_f1, dense_probs
            dense = fit_dense(x[fit_rows], y[fit_rows])
    entity, ranked = entity_stage(docs, records, all_cands, probs, doc_of, rel_oof, log)
    log("second stage:")
    thr2, policy2, gates2, oof_f1 = tune(_Tuner(docs, records, all_cands, probs, doc_of, rel_oof, ranked), log)
    if oof_f1 > span_f1:
        thresholds, policy, gates = thr2, policy2, gates2
    else:
        entity, oof_f1 = None, span_f1
    keep = np.flatnonzero(fit_rows)
    vec = Vectorizer([feats[i] for i in keep])
    model = _fit(vec.transform([feats[i] for i in keep]), y[keep], C_SPAN)
    coef = np.zeros((len(ROLES) + 1, len(vec.features)), dtype=np.float32)
    intercept = np.full(len(ROLES) + 1, -30.0, dtype=np.float32)
    coef[model.classes_] = model.coef_
    intercept[model.classes_] = model.intercept_
    meta = {
        "version": 1, "data": str(train_path.name), "seed": SEED,
        "n_docs": len(docs), "n_spans": int(len(y)), "oof_micro_f1": round(oof_f1, 4),
        "oof_span_stage_f1": round(span_f1, 4), "oof_linear_f1": round(linear_f1, 4), "entity": entity,
        "clusters": len(clusters.centroids) if clusters else 0,
        "dense": dense is not None, "rel_dense": rel_dense is not None,
        "thresholds": thresholds, "policy": dataclasses.asdict(policy),
        "gate": min(gates.values()), "role_gates": gates, "classes": ["none", *ROLES],
        "features": vec.features, "rel_features": rel_vec.features,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
    write_npz(
        out.with_suffix(".npz"), coef=coef.astype(np.float16), intercept=intercept,
        rel_coef=rel_model.coef_[0].astype(np.float32), rel_intercept=np.float32(rel_model.intercept_[0]),
        **({"clusters": clusters.centroids.astype(np.float32)} if clusters else {}),
    )
    for part, head in (("dense", dense), ("rel_dense", rel_dense)):
        path = dense_artifact(out, part)
        if head is not None:
            head.save(path)
        elif path.is_file():
            path.unlink()
    return meta
