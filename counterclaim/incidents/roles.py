"""MUC-4 role fillers: who did it, to what, to whom and with what, as text spans.

`find_roles(doc)` proposes candidate noun phrases (`_role_features.candidates`), scores each with
a multinomial logistic regression learned from the MUC-4 training split (`counterclaim train
roles`), keeps the best non-overlapping ones above per-role thresholds tuned by cross-validation on
train, and merges repeats and aliases into one mention per entity (`Policy`). When training found
it better out-of-fold, a second stage (`_role_entities`) first re-scores every (string, role) pair
from document-wide aggregates of the span scores, and the thresholds apply to that. A document-level
relevance model (bag of lemmas) feeds the span features and gates the document, role by role: a
report of a clash between soldiers and guerrillas, which MUC-4 does not count as a terrorist
incident, should yield no fillers, and about half of MUC-4's reports have none. Each role has its
own gate, since a name read as a perpetrator in a doubtful report costs more than a weapon does.

Case does not matter: wire copy in capitals is read through the one case-normalised parse that
`nlp.pipeline.parse_pipe` makes for every reader (truecased text, original offsets), and training
parses the same way, so the model sees the same kind of parse in both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import Literal

import numpy as np
from spacy.tokens import Doc

from .._blas import one_blas_thread
from ..errors import ConfigError
from ..models import Span
from ..nlp._dense import MLPHead
from ..nlp._text import cased_doc, doc_text, is_upper_text
from ._role_dense import VectorClusters, dense_rows, relevance_row
from ._role_entities import EntityModel, pool, pool_matrix
from ._role_features import DocContext, FeatureKeys, candidates, normalise, span_features

Role = Literal["perpetrator_individuals", "perpetrator_organizations", "targets", "victims", "weapons"]
ROLES: tuple[Role, ...] = ("perpetrator_individuals", "perpetrator_organizations", "targets", "victims", "weapons")
ARTIFACT = Path(__file__).resolve().parent.parent / "artifacts" / "roles"
"""`roles.json` (feature vocabulary, thresholds, provenance) + `roles.npz` (weights) + `roles_dense.npz`
and `roles_rel_dense.npz` (the perceptrons over dense rows, when training kept them); no pickle."""
_ARTICLES = frozenset({"a", "an", "the"})
"""Leading articles are trimmed from output spans (the metric ignores them anyway)."""


@dataclass(frozen=True)
class RoleMention:
    """One role filler entity, represented by its best-scoring mention."""

    role: Role
    span: Span
    sent: int
    score: float = 1.0


class RoleModel:
    """The learned weights: a span classifier over `ROLES` + none, and a document relevance model."""

    def __init__(
        self, meta: dict, arrays: dict[str, np.ndarray], dense: MLPHead | None = None, rel_dense: MLPHead | None = None,
    ) -> None:
        self.meta = meta
        self.index = {f: i for i, f in enumerate(meta["features"])}
        self.keys = FeatureKeys(self.index)
        """The span features as this model's columns, built once per word (`_role_features.FeatureKeys`)."""
        self.rel_index = {f: i for i, f in enumerate(meta["rel_features"])}
        self.coef = arrays["coef"].astype(np.float32)  # (n_classes, n_features)
        self.intercept = arrays["intercept"].astype(np.float32)
        self.rel_coef = arrays["rel_coef"].astype(np.float32)
        self.rel_intercept = float(arrays["rel_intercept"])
        self.thresholds = {r: float(meta["thresholds"][r]) for r in ROLES}
        self.policy = Policy(**meta.get("policy", {"merge_names": bool(meta.get("merge_names", True))}))
        self.gate = float(meta.get("gate", 0.0))
        """Documents whose relevance is below this get no fillers (tuned out-of-fold on train)."""
        self.role_gates = {r: float(meta.get("role_gates", {}).get(r, self.gate)) for r in ROLES}
        """The relevance a document needs for fillers of each role (at least `gate`)."""
        entity = meta.get("entity")
        self.entity = EntityModel(entity["coef"], entity["floor"]) if entity else None
        """The second stage (`_role_entities`); when present, `thresholds` apply to its scores."""
        self.clusters = VectorClusters(arrays["clusters"]) if "clusters" in arrays else None
        """Classes of contextual token vectors, read as span features (`_role_dense.VectorClusters`)."""
        self.dense = dense
        """The perceptron over `_role_dense.dense_rows`; when present, it replaces the linear probabilities."""
        self.rel_dense = rel_dense
        """The perceptron over `_role_dense.relevance_row`; when present, it replaces the linear relevance."""

    @classmethod
    def load(cls, base: Path = ARTIFACT) -> RoleModel:
        json_path, npz_path = base.with_suffix(".json"), base.with_suffix(".npz")
        if not json_path.is_file() or not npz_path.is_file():
            raise ConfigError(f"role model missing at {base}.json/.npz; rebuild it with `counterclaim train roles`")
        meta = json.loads(json_path.read_text(encoding="utf-8"))
        with np.load(npz_path, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        heads = []
        for part in ("dense", "rel_dense"):
            path = dense_artifact(base, part)
            if meta.get(part) and not path.is_file():
                raise ConfigError(f"role model part missing at {path}; rebuild it with `counterclaim train roles`")
            heads.append(MLPHead.load(path) if meta.get(part) else None)
        return cls(meta, arrays, *heads)

    def relevance(self, doc: Doc) -> float:
        idx = [self.rel_index[f] for f in relevance_features(doc) if f in self.rel_index]
        z = self.rel_intercept + float(self.rel_coef[idx].sum())
        linear = float(1.0 / (1.0 + np.exp(-z)))
        if self.rel_dense is None:
            return linear
        return float(self.rel_dense.probabilities(relevance_row(doc, linear))[0])

    def span_probs(self, feats: list[list[str]]) -> np.ndarray:
        """Class probabilities per candidate (column 0 = none, then `ROLES` order) from feature strings."""
        lens = [len(fs) for fs in feats]
        # every candidate's strings looked up in one pass done in C (-1: not a model feature)
        ids = np.fromiter(map(self.index.get, chain.from_iterable(feats), repeat(-1)), dtype=np.intp, count=sum(lens))
        return self._probs(ids, lens)

    def id_probs(self, feats: list[list[int]]) -> np.ndarray:
        """`span_probs` of features given as this model's columns (`self.keys`; -1: unknown)."""
        lens = [len(fs) for fs in feats]
        return self._probs(np.fromiter(chain.from_iterable(feats), dtype=np.intp, count=sum(lens)), lens)

    def _probs(self, ids: np.ndarray, lens: list[int]) -> np.ndarray:
        scores = np.tile(self.intercept, (len(lens), 1))
        # one gather and one segmented sum for all candidates, not one fancy-indexing call per candidate
        known = ids >= 0
        per_row = np.bincount(np.repeat(np.arange(len(lens)), lens)[known], minlength=len(lens))
        filled = np.flatnonzero(per_row)
        if filled.size:
            starts = np.cumsum([0, *per_row[filled[:-1]]])
            scores[filled] += np.add.reduceat(self.coef[:, ids[known]], starts, axis=1).T
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        return probs / probs.sum(axis=1, keepdims=True)


def dense_artifact(base: Path, part: str = "dense") -> Path:
    """Where a perceptron of the role model at `base` is stored (`dense`: spans, `rel_dense`: relevance)."""
    return base.with_name(f"{base.name}_{part}.npz")


@lru_cache(maxsize=1)
def default_model() -> RoleModel:
    return RoleModel.load()


def relevance_features(doc: Doc) -> list[str]:
    """Bag of lemmas of a whole document, for the relevance model."""
    return sorted({f"u={t.lemma_.lower()}" for t in doc if t.is_alpha and not t.is_stop})


def case_normalised(doc: Doc) -> Doc:
    """The doc itself, or for capitals wire copy not parsed by `parse_pipe` its case-normalised parse."""
    if cased_doc(doc) is not None or not is_upper_text(doc_text(doc)):
        return doc
    from ..nlp.pipeline import parse

    return parse(doc_text(doc))


def score_candidates(
    ndoc: Doc, model: RoleModel, relevance: float | None = None,
) -> tuple[list[tuple[int, int, str]], np.ndarray]:
    """Candidates of a (case-normalised) doc and their class probabilities."""
    cands = candidates(ndoc)
    if not cands:
        return [], np.zeros((0, len(ROLES) + 1), dtype=np.float32)
    relevance = model.relevance(ndoc) if relevance is None else relevance
    ctx = DocContext(ndoc, cands, relevance, model.clusters.labels(ndoc) if model.clusters else None, model.keys)
    probs = model.id_probs([span_features(ndoc, a, b, o, ctx) for a, b, o in cands])
    if model.dense is not None:
        probs = model.dense.probabilities(dense_rows(ndoc, cands, probs, relevance))
    return cands, probs


@dataclass(frozen=True)
class Ranked:
    """A candidate's best role and score, with its normalised string; what thresholds select from."""

    score: float
    role: Role
    start: int
    end: int
    key: str


def rank(ndoc: Doc, cands: list[tuple[int, int, str]], probs: np.ndarray, floor: float = 0.05) -> list[Ranked]:
    """Candidates scoring at least `floor` for their best role, best first (ties by position)."""
    if len(cands) == 0:
        return []
    best = probs[:, 1:].argmax(axis=1)
    score = probs[np.arange(len(cands)), best + 1]
    keep = np.flatnonzero(score >= floor)
    out = []
    for k in keep:
        a, b, _ = cands[k]
        out.append(Ranked(float(score[k]), ROLES[best[k]], a, b, normalise(ndoc[a:b].text)))
    return sorted(out, key=lambda r: (-r.score, r.start, r.end))


@dataclass(frozen=True)
class Policy:
    """How candidates become entities; each switch is chosen by out-of-fold F1 on train."""

    merge_names: bool = True
    """A name contained in a longer name of the same role is the same entity (GALAN / LUIS CARLOS GALAN)."""
    overlap_within_role: bool = False
    """Only spans of the same role block each other (MEMBERS OF THE FMLN as individuals, FMLN as organisation)."""
    longest: bool = False
    """An entity is represented by its longest mention (keys give full names) rather than its best-scoring one."""


def select(
    ranked: list[Ranked],
    thresholds: dict[str, float],
    acronyms: dict[str, str],
    n_tokens: int,
    policy: Policy = Policy(),
) -> list[Ranked]:
    """Role fillers, one mention per entity, in text order.

    Greedy by score over candidates above their role's threshold, no two overlapping (in any role,
    or within a role); repeats of the same normalised string collapse, an acronym in parentheses
    joins the name it follows, and (optionally) a name contained in a longer name of the same role
    joins it.
    """
    taken = {role: np.zeros(n_tokens, dtype=bool) for role in ROLES}
    keep: list[Ranked] = []
    seen: set[tuple[str, str]] = set()
    for r in ranked:
        block = taken[r.role] if policy.overlap_within_role else taken[ROLES[0]]
        if r.score < thresholds[r.role] or block[r.start : r.end].any():
            continue
        block[r.start : r.end] = True
        mark = (r.role, r.key) if policy.overlap_within_role else ("", r.key)
        if not r.key or mark in seen:
            continue
        seen.add(mark)
        same = next((k for k, y in enumerate(keep) if _same_entity(r, y, acronyms, policy.merge_names)), None)
        if same is None:
            keep.append(r)
        elif policy.longest and len(r.key) > len(keep[same].key) and acronyms.get(r.key) != keep[same].key:
            keep[same] = Ranked(keep[same].score, r.role, r.start, r.end, r.key)
    return sorted(keep, key=lambda r: (r.start, r.end))


def _same_entity(x: Ranked, y: Ranked, acronyms: dict[str, str], merge_names: bool) -> bool:
    if x.role != y.role:
        return False
    if acronyms.get(x.key) == y.key or acronyms.get(y.key) == x.key:
        return True
    return merge_names and x.role != "weapons" and _contained(x.key, y.key)


def _contained(x: str, y: str) -> bool:
    """True when one string's words are a contiguous run of the other's (GALAN / LUIS CARLOS GALAN)."""
    xs, ys = x.split(), y.split()
    if len(xs) > len(ys):
        xs, ys = ys, xs
    if not xs or len(xs) == len(ys):
        return False
    return any(ys[i : i + len(xs)] == xs for i in range(len(ys) - len(xs) + 1))


def fold_weapons(picked: list[Ranked]) -> list[Ranked]:
    """The fillers without any weapon whose words run inside another weapon filler's ("BOMB" beside "CAR BOMB").

    A report names a device in full once and then by its head noun ("A CAR BOMB EXPLODED ... THE BOMB
    WAS PLACED"); the template lists it once, under the longer name, so the short form would only add a
    spurious entity. `Policy.merge_names` leaves weapons apart (they are no names), so this runs after
    `select`; on MUC-4 dev and the first 200 train documents it removed only spurious weapons.
    """
    weapons = [r.key for r in picked if r.role == "weapons"]
    return [r for r in picked if r.role != "weapons" or not any(len(k) > len(r.key) and _contained(r.key, k)
                                                                for k in weapons)]


PERPETRATOR_FALLBACK = 0.75
"""Share of the perpetrator-individual threshold a document's best such candidate needs when none passed it."""


def one_perpetrator(picked: list[Ranked], ranked: list[Ranked], threshold: float) -> list[Ranked]:
    """The fillers, plus the best perpetrator-individual candidate when a relevant report got none.

    A report of an attack nearly always says who carried it out, often only by a common noun ("the
    gunmen", "a band of rebels") that the model scores a little under the threshold, since the same
    nouns also name fighters in reports of clashes. Once the document has passed the perpetrator gate,
    its best candidate read as a perpetrator is kept if it scores at least `PERPETRATOR_FALLBACK` of
    the threshold and overlaps no picked filler. Only perpetrator individuals gain from this on MUC-4
    train and dev; for the other roles a fallback added more spurious fillers than it found.
    """
    if any(r.role == "perpetrator_individuals" for r in picked):
        return picked
    used = {i for r in picked for i in range(r.start, r.end)}
    for r in ranked:  # best first
        if r.score < PERPETRATOR_FALLBACK * threshold:
            break
        if r.role == "perpetrator_individuals" and r.key and used.isdisjoint(range(r.start, r.end)):
            return sorted([*picked, r], key=lambda x: (x.start, x.end))
    return picked


def parenthesised_acronyms(ndoc: Doc) -> dict[str, str]:
    """`long name (ACR)` pairs written in the text, both ways, as normalised strings."""
    out: dict[str, str] = {}
    for tok in ndoc:
        if tok.text == "(" and tok.i + 2 < len(ndoc) and ndoc[tok.i + 2].text == ")":
            acr = ndoc[tok.i + 1]
            if not acr.is_alpha or len(acr) < 2:
                continue
            for chunk in ndoc.noun_chunks:
                if chunk.end == tok.i:
                    long = normalise(chunk.text)
                    out[normalise(acr.text)] = long
                    out[long] = normalise(acr.text)
    return out


def by_key(keys: list[str], probs: np.ndarray) -> dict[str, np.ndarray]:
    """First-stage class probabilities of every candidate mention, grouped by normalised string."""
    rows: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        rows.setdefault(key, []).append(k)
    return {key: probs[idx] for key, idx in rows.items()}


def entity_ranked(
    ndoc: Doc, cands: list[tuple[int, int, str]], probs: np.ndarray, relevance: float, entity: EntityModel,
) -> list[Ranked]:
    """(string, role) pairs scored by the second stage, best first, each at its best mention."""
    keys = [normalise(ndoc[a:b].text) for a, b, _ in cands]
    items = pool(keys, [(a, b) for a, b, _ in cands], probs, entity.floor)
    if not items:
        return []
    p2 = entity.probs(pool_matrix(items, by_key(keys, probs), relevance, len(ndoc)))
    out = [Ranked(float(p), ROLES[it.role], it.start, it.end, it.key) for it, p in zip(items, p2, strict=True)]
    return sorted(out, key=lambda r: (-r.score, r.start, r.end))


def find_roles(doc: Doc, model: RoleModel | None = None) -> list[RoleMention]:
    """Role filler entities of a document, each as one mention with its sentence index in `doc.sents`."""
    model = model or default_model()
    ndoc = case_normalised(doc)
    relevance = model.relevance(ndoc)
    if relevance < model.gate:
        return []
    with one_blas_thread():
        cands, probs = score_candidates(ndoc, model, relevance)
    ranked = (rank(ndoc, cands, probs) if model.entity is None
              else entity_ranked(ndoc, cands, probs, relevance, model.entity))
    picked = fold_weapons([r for r in select(ranked, model.thresholds, parenthesised_acronyms(ndoc), len(ndoc),
                                             model.policy) if relevance >= model.role_gates[r.role]])
    if relevance >= model.role_gates["perpetrator_individuals"]:
        picked = one_perpetrator(picked, ranked, model.thresholds["perpetrator_individuals"])
    starts = [s.start_char for s in doc.sents]
    text = doc_text(doc)  # `doc.text` joins every token on each access
    out: list[RoleMention] = []
    for r in picked:
        a = r.start + 1 if r.end - r.start > 1 and ndoc[r.start].lower_ in _ARTICLES else r.start
        start, end = ndoc[a].idx, ndoc[r.end - 1].idx + len(ndoc[r.end - 1])
        sent = max(0, int(np.searchsorted(starts, start, side="right")) - 1)
        out.append(RoleMention(r.role, Span(start=start, end=end, text=text[start:end]), sent, round(r.score, 4)))
    return out
