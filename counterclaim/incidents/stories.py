"""Stories: group documents that report the same real-world event, the way a news aggregator would.

A story is any event (a bombing, an earthquake, an election), not only a violent incident, so the
clusterer works from the text itself (weighted terms, names, dates) and uses an `AnalysisResult`
only to add what the extractor already resolved (places, actors, incident dates).

Incremental and deterministic: `assign()` places one document at a time, and a story's id is
derived from its first document's id, so re-running over the same documents in the same order
gives the same ids. Joining is permissive; a story only splits with evidence (at checkpoint sizes
its members are bisected and the halves kept apart if clearly dissimilar). The half holding the
founder keeps the id, the other half's documents move to a new story: `drain_moves()` lists them so
a store can update its rows. Cost stays near n log n: candidates come from an inverted index over
a document's rarest terms and names (blocking), never from all stories; split checks run at
geometrically spaced sizes and only on stories of at most `max_split_docs` documents.

Persistence: `state()` returns plain rows (JSON-serialisable) and `StoryClusterer.from_state(rows)`
rebuilds the clusterer, so the store can save it and resume ingesting later.

    clusterer = StoryClusterer()
    feats = clusterer.features("doc-1", text, title="...", published=date, result=analysis)
    story_id = clusterer.assign(feats)            # "s-3f9a0c1d2b4e"
    moved = clusterer.drain_moves()                # {doc id: new story id} after a split, usually {}
    rows = clusterer.state()                       # save; later: StoryClusterer.from_state(rows)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..models import AnalysisResult
from ._features import log_tf, name_counts, stem, term_counts


@dataclass(frozen=True)
class StoryConfig:
    """Knobs of the story clusterer; how the defaults were chosen is in docs/merging.md."""

    threshold: float = 0.2
    """Minimum similarity between a document and a story's centroid for the document to join it.
    Deliberately permissive: similar events of one kind may share a story at first; `split_ratio`
    then separates them once each has a few reports."""
    name_weight: float = 0.5
    """Share of the similarity that comes from proper names (the rest from words)."""
    title_weight: float = 2.0
    """Words of the headline count this many times."""
    lead_weight: float = 1.0
    """Words of the lead (the first sentences) count this many extra times."""
    idf_power: float = 1.0
    """Exponent on the idf: above 1, rare words and names dominate the common words of a topic."""
    split_ratio: float = 0.55
    """A story splits in two when the mean similarity between the halves is below this share of the
    mean similarity within them (the evidence that it holds two events)."""
    min_part: int = 3
    """Neither half of a split may have fewer documents than this."""
    max_split_docs: int = 400
    """Stories larger than this are settled: they are not checked for splits any more."""
    date_window_days: int = 10
    """Dated documents further than this from every date of a story never join it."""
    index_keys: int = 30
    """Each document puts its this-many most distinctive features in the blocking index."""
    probe_keys: int = 20
    """Each new document looks up its this-many most distinctive features to find candidates."""
    max_candidates: int = 50
    """At most this many candidate stories are scored per document."""
    max_postings: int = 100
    """Only the most recent stories of one posting list are probed (a common name is not a block)."""
    probe_max_df: float = 0.02
    """Features in more than this share of documents (and more than 100) are not probed: not a block."""


_NAME_PREFIX = "n:"


@dataclass
class StoryFeatures:
    """What the clusterer needs of one document: JSON-serialisable, computed once at ingest."""

    doc_id: str
    terms: dict[str, float]
    """Term -> weight (1 + log count; headline words count more). Numbers are kept as terms."""
    names: dict[str, float] = field(default_factory=dict)
    """Normalised proper names (people, organisations, places) -> weight."""
    date: dt.date | None = None
    """The event date the extractor resolved, else the publication date, else None."""

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "terms": self.terms,
            "names": self.names,
            "date": self.date.isoformat() if self.date else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoryFeatures:
        date = data.get("date")
        return cls(
            doc_id=data["doc_id"],
            terms=dict(data.get("terms", {})),
            names=dict(data.get("names", {})),
            date=dt.date.fromisoformat(date) if date else None,
        )

    def keyed(self) -> dict[str, float]:
        """Terms and names in one feature space (names prefixed so "turkey" the bird is not Turkey)."""
        out = dict(self.terms)
        for name, w in self.names.items():
            out[_NAME_PREFIX + name] = w
        return out


@dataclass
class _Story:
    id: str
    docs: list[str] = field(default_factory=list)
    sums: dict[str, float] = field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None
    norms: tuple[float, float] = (0.0, 0.0)
    squares: list[float] = field(default_factory=lambda: [0.0, 0.0])
    norm_at: int = -1
    """Corpus size when `norms` were computed; recomputed when the story or the idf moves."""
    next_check: int = 0
    """Size at which the story is next checked for a split (grows geometrically: amortised cost)."""

    def accepts(self, day: int | None, window: int) -> bool:
        """`day` is a date's ordinal; undated documents and stories accept each other."""
        if day is None or self.first is None or self.last is None:
            return True
        return self.first.toordinal() - window <= day <= self.last.toordinal() + window


def story_id_for(doc_id: str) -> str:
    """A story's id comes from its first document's id, so it never changes as the story grows."""
    return "s-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


_LEAD_END = re.compile(r"[.!?][\"”']?\s|\n")


def lead_of(text: str, sentences: int = 2, max_chars: int = 400) -> str:
    """The first sentences of a text: where news writing puts who, what, where and when."""
    end = 0
    for _ in range(sentences):
        m = _LEAD_END.search(text, end + 1)
        if m is None or m.end() > max_chars:
            break
        end = m.end()
    return text[: end or max_chars]


class StoryClusterer:
    """Incremental document clustering into stories with stable ids.

    Each document is a tf-idf vector over content words and over names (idf from the documents
    seen so far). A story keeps the sum of its members' vectors; a new document joins the most
    similar story among the candidates the blocking index proposes, if the similarity reaches
    `threshold`, else it starts a story. The threshold is permissive, so two similar events can
    share a story at first; when a story reaches a checkpoint size it is bisected (average
    linkage over its members) and split if the halves are clearly apart (`split_ratio`). The half
    holding the story's first document keeps the id; the other gets the id of its own first
    document, and `drain_moves()` tells the caller which documents changed story.
    """

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self._docs: dict[str, str] = {}
        self._features: dict[str, StoryFeatures] = {}
        self._stories: dict[str, _Story] = {}
        self._df: Counter[str] = Counter()
        self._index: dict[str, list[str]] = defaultdict(list)
        self._idf_cache: dict[str, float] = {}
        self._idf_n = 0
        self._log_n = 0.0
        self._moves: dict[str, str] = {}

    # --- features ---------------------------------------------------------------------------

    def features(
        self,
        doc_id: str,
        text: str,
        title: str | None = None,
        published: dt.date | None = None,
        result: AnalysisResult | None = None,
    ) -> StoryFeatures:
        """Turn one document into features; `result` (if given) adds resolved places, actors, dates."""
        terms = term_counts(text)
        names = name_counts(text)
        extra = [(title, self.config.title_weight)] if title else []
        extra.append((lead_of(text), self.config.lead_weight))
        for part, weight in extra:
            if weight:
                terms.update({t: c * weight for t, c in term_counts(part).items()})
                names.update({n: c * weight for n, c in name_counts(part).items()})
        date = published
        if result is not None:
            for actor in result.actors:
                names[_norm_name(actor.actor)] += 1
            for inc in result.incidents:
                if inc.location is not None:
                    names[_norm_name(inc.location.name)] += 1
                    if inc.location.country:
                        names[_norm_name(inc.location.country)] += 1
            dates = [i.date.value for i in result.incidents if i.date.value is not None]
            date = dates[0] if dates else (date or result.document.published)
        return StoryFeatures(doc_id=doc_id, terms=log_tf(terms), names=log_tf(names), date=date)

    # --- weights ----------------------------------------------------------------------------

    def _idf(self, key: str) -> float:
        idf = self._idf_cache.get(key)
        if idf is None:
            idf = (self._log_n - math.log(self._df.get(key, 0) + 1) + 1.0) ** self.config.idf_power
            self._idf_cache[key] = idf
        return idf

    def _count(self, keys: Iterable[str]) -> None:
        """Add one document to the document frequencies; the idf cache follows N in 2% steps."""
        for key in keys:
            self._df[key] += 1
            self._idf_cache.pop(key, None)
        n = len(self._docs) + 1
        if n > self._idf_n * 1.02 + 1:
            self._idf_cache.clear()
            self._idf_n = n
            self._log_n = math.log(n + 1)

    def _vector(self, feats: StoryFeatures) -> dict[str, float]:
        """tf-idf over words and over names, each part scaled to unit length on its own."""
        words = {k: w * self._idf(k) for k, w in feats.terms.items()}
        names = {_NAME_PREFIX + k: w * self._idf(_NAME_PREFIX + k) for k, w in feats.names.items()}
        vec: dict[str, float] = {}
        for part in (words, names):
            norm = math.sqrt(sum(v * v for v in part.values())) or 1.0
            vec.update((k, v / norm) for k, v in part.items())
        return vec

    def _story_norms(self, story: _Story) -> tuple[float, float]:
        n = len(self._docs)
        # Recompute when the story changed or the corpus grew by a tenth since the last time.
        if story.norm_at < 0 or n > story.norm_at * 1.1 + 5:
            words = names = 0.0
            for k, v in story.sums.items():
                x = (v * self._idf(k)) ** 2
                if k.startswith(_NAME_PREFIX):
                    names += x
                else:
                    words += x
            story.squares = [words, names]
            story.norms = (math.sqrt(words), math.sqrt(names))
            story.norm_at = n
        return story.norms

    def similarity(self, vec: dict[str, float], story: _Story) -> float:
        """Cosine to the story centroid, words and names apart, mixed by `name_weight`.

        Names get their own channel so that a story's protagonist counts as much as the dozens of
        words two similar events share ("arrested", "drunken driving", "suspicion").
        """
        dot_w = dot_n = 0.0
        has_names = False
        for key, v in vec.items():
            s = story.sums.get(key)
            is_name = key.startswith(_NAME_PREFIX)
            has_names = has_names or is_name
            if s:
                if is_name:
                    dot_n += v * s * self._idf(key)
                else:
                    dot_w += v * s * self._idf(key)
        norm_w, norm_n = self._story_norms(story)
        cos_w = dot_w / norm_w if norm_w else 0.0
        if not has_names or not norm_n:
            return cos_w
        return (1 - self.config.name_weight) * cos_w + self.config.name_weight * dot_n / norm_n

    # --- clustering -------------------------------------------------------------------------

    def _candidates(self, vec: dict[str, float], date: dt.date | None) -> list[_Story]:
        hits: Counter[str] = Counter()
        max_df = max(100.0, self.config.probe_max_df * len(self._docs))
        keys = [k for k in sorted(vec, key=vec.__getitem__, reverse=True) if self._df[k] <= max_df]
        for key in keys[: self.config.probe_keys]:
            postings = self._index.get(key)
            if postings:
                hits.update(postings[-self.config.max_postings :])
        out = []
        day = date.toordinal() if date is not None else None
        for sid, _ in hits.most_common(2 * self.config.max_candidates):
            story = self._stories.get(sid)
            if story is not None and story.docs and story.accepts(day, self.config.date_window_days):
                out.append(story)
                if len(out) >= self.config.max_candidates:
                    break
        return out

    def assign(self, features: StoryFeatures) -> str:
        """Place one document in a story (existing or new) and return the story id.

        Assigning a document id that was already assigned returns its story unchanged (idempotent).
        A split triggered by this document may move earlier documents: see `drain_moves()`.
        """
        known = self._docs.get(features.doc_id)
        if known is not None:
            return known
        self._count(features.keyed())
        self._docs[features.doc_id] = ""  # counted in N before weighting, like a batch tf-idf
        vec = self._vector(features)
        best, best_sim = None, self.config.threshold
        for story in self._candidates(vec, features.date):
            sim = self.similarity(vec, story)
            if sim >= best_sim:
                best, best_sim = story, sim
        if best is None:
            best = self._new_story(features.doc_id)
        self._join(best, features, vec)
        if len(best.docs) >= best.next_check:
            self._maybe_split(best)
        return self._docs[features.doc_id]

    def _new_story(self, founder: str) -> _Story:
        sid = story_id_for(founder)
        n = 0
        while sid in self._stories:  # ids hashing alike: astronomically rare, but stay unique
            n += 1
            sid = story_id_for(f"{founder}\x00{n}")
        story = self._stories[sid] = _Story(id=sid, next_check=2 * self.config.min_part)
        return story

    def _join(self, story: _Story, features: StoryFeatures, vec: dict[str, float]) -> None:
        # Sums hold idf-free weights so the centroid follows the idf as the corpus grows.
        # The centroid's norms are updated in place (cost of one document, not of the story's whole
        # vocabulary); `_story_norms` recomputes them in full as the idf drifts.
        squares = story.squares if story.norm_at >= 0 else None
        for key, v in vec.items():
            idf = self._idf(key)
            old = story.sums.get(key, 0.0)
            story.sums[key] = old + v / idf
            if squares is not None:
                squares[key.startswith(_NAME_PREFIX)] += (old * idf + v) ** 2 - (old * idf) ** 2
        story.docs.append(features.doc_id)
        if squares is not None:
            story.norms = (math.sqrt(max(squares[0], 0.0)), math.sqrt(max(squares[1], 0.0)))
        if features.date is not None:
            story.first = min(story.first or features.date, features.date)
            story.last = max(story.last or features.date, features.date)
        self._post(story, vec)
        self._docs[features.doc_id] = story.id
        self._features[features.doc_id] = features

    def _post(self, story: _Story, vec: dict[str, float]) -> None:
        for key in sorted(vec, key=vec.__getitem__, reverse=True)[: self.config.index_keys]:
            postings = self._index[key]
            if postings and postings[-1] == story.id:
                continue
            recent = postings[-self.config.max_postings :]
            if story.id in recent:  # delete near the end: `list.remove` scans from the start, O(corpus)
                del postings[len(postings) - len(recent) + recent.index(story.id)]
            postings.append(story.id)

    # --- splitting with evidence --------------------------------------------------------------

    def _member_sims(self, docs: list[str]) -> np.ndarray:
        """Pairwise similarities of documents: words and names mixed as in `similarity`."""
        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        w_words = math.sqrt(1 - self.config.name_weight)
        w_names = math.sqrt(self.config.name_weight)
        for i, doc_id in enumerate(docs):
            for key, v in self._vector(self._features[doc_id]).items():
                rows.append(i)
                cols.append(vocab.setdefault(key, len(vocab)))
                vals.append(v * (w_names if key.startswith(_NAME_PREFIX) else w_words))
        from scipy import sparse  # imported on first split: SciPy costs 0.4 CPU-s on every CLI start

        x = sparse.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)))
        return (x @ x.T).toarray()

    def _bisect(self, docs: list[str], sims: np.ndarray) -> list[list[int]]:
        """Recursively bisect (Ward) while the halves are clearly apart."""
        n = len(docs)
        if n < 2 * self.config.min_part:
            return [list(range(n))]
        # Ward on unit vectors (distance sqrt(2 - 2 cos)) finds two balanced groups; average linkage
        # would rather peel off one odd report, which says nothing about two events.
        from scipy.cluster.hierarchy import fcluster, linkage
        from scipy.spatial.distance import squareform

        dist = np.sqrt(np.clip(2.0 - 2.0 * sims, 0.0, None))
        np.fill_diagonal(dist, 0.0)
        labels = fcluster(linkage(squareform(dist, checks=False), method="ward"), 2, criterion="maxclust")
        a = [i for i in range(n) if labels[i] == labels[0]]
        b = [i for i in range(n) if labels[i] != labels[0]]
        if min(len(a), len(b)) < self.config.min_part:
            return [list(range(n))]

        def within(part: list[int]) -> float:
            block = sims[np.ix_(part, part)]
            return float((block.sum() - np.trace(block)) / (len(part) * (len(part) - 1)))

        between = float(sims[np.ix_(a, b)].mean())
        inside = (within(a) * len(a) + within(b) * len(b)) / n
        if inside <= 0 or between / inside >= self.config.split_ratio:
            return [list(range(n))]
        out: list[list[int]] = []
        for part in (a, b):
            sub = self._bisect([docs[i] for i in part], sims[np.ix_(part, part)])
            out.extend([[part[j] for j in piece] for piece in sub])
        return out

    def _maybe_split(self, story: _Story) -> None:
        size = len(story.docs)
        story.next_check = max(size + 1, math.ceil(size * 1.25))
        if size > self.config.max_split_docs:
            return
        docs = list(story.docs)
        parts = self._bisect(docs, self._member_sims(docs))
        if len(parts) < 2:
            return
        parts.sort(key=min)  # the part holding the founder (index 0) keeps the story id
        story.docs, story.sums, story.first, story.last = [], {}, None, None
        story.norm_at = -1
        targets = [story] + [self._new_story(docs[min(p)]) for p in parts[1:]]
        for part, target in zip(parts, targets, strict=True):
            for i in sorted(part):
                doc_id = docs[i]
                feats = self._features[doc_id]
                self._join(target, feats, self._vector(feats))
                if target is not story:
                    self._moves[doc_id] = target.id
            target.next_check = max(2 * self.config.min_part, math.ceil(len(target.docs) * 1.25))

    def drain_moves(self) -> dict[str, str]:
        """Documents that changed story since the last call (by a split): doc id -> new story id."""
        moves, self._moves = self._moves, {}
        return moves

    def assign_many(self, features: Iterable[StoryFeatures]) -> list[str]:
        """`assign` each in order (dated documents are best given in publication order).

        Returns each document's story after all are placed (a later split may move earlier ones).
        """
        ids = []
        for f in features:
            self.assign(f)
            ids.append(f.doc_id)
        return [self._docs[d] for d in ids]

    # --- reading and persistence ------------------------------------------------------------

    def story_of(self, doc_id: str) -> str | None:
        return self._docs.get(doc_id) or None

    def stories(self) -> dict[str, list[str]]:
        """Story id -> document ids in assignment order."""
        return {sid: list(s.docs) for sid, s in self._stories.items() if s.docs}

    def __len__(self) -> int:
        return len(self._docs)

    def state(self) -> list[dict[str, Any]]:
        """One JSON-serialisable row per document: {"doc_id", "story_id", "features"} in assignment order."""
        return [
            {"doc_id": d, "story_id": sid, "features": self._features[d].to_json()} for d, sid in self._docs.items()
        ]

    @classmethod
    def from_state(cls, rows: Iterable[dict[str, Any]], config: StoryConfig | None = None) -> StoryClusterer:
        """Rebuild from `state()` rows; documents keep their stories, later ones cluster as if never stopped."""
        self = cls(config)
        for row in rows:
            feats = row["features"]
            feats = feats if isinstance(feats, StoryFeatures) else StoryFeatures.from_json(feats)
            if feats.doc_id in self._docs:
                continue
            self._count(feats.keyed())
            self._docs[feats.doc_id] = ""
            sid = str(row["story_id"])
            story = self._stories.get(sid)
            if story is None:
                story = self._stories[sid] = _Story(id=sid)
            self._join(story, feats, self._vector(feats))
        for story in self._stories.values():
            story.next_check = max(2 * self.config.min_part, math.ceil(len(story.docs) * 1.25))
        return self


def _norm_name(name: str) -> str:
    words = name.replace("’", "'").split()
    return " ".join(stem(w) if i == len(words) - 1 else w.lower() for i, w in enumerate(words))
