"""Score counterclaim on news articles with gold incident and claim records (the `data/news` format).

A directory holds `NN.txt` (line 1 headline, then the body) and `NN.json` (gold). Each gold file
is re-checked before it is trusted (evidence substrings, label sets, `self`, de-duplication keys),
because a silently malformed gold file would make every figure below meaningless.

Incidents are matched one-to-one per document (Hungarian assignment on a similarity of country,
city, date, casualties and attack type); unmatched predictions are false positives, so a negative
article must yield nothing. Field accuracies are computed over matched incidents. Claims are
scored as sets of keys (speaker affiliation, kind, subject, polarity) per document, after actor
names are canonicalised; hedging is scored on the matched keys.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..errors import DataError
from ..models import STATUS_ORDER, AnalysisResult, Casualties, Claim, Incident
from ..settings import Settings
from ._data import digest, read_utf8, require_dir
from ._metrics import ErrorLog, prf

ATTACK_TYPES = frozenset({
    "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown",
})
WEAPON_TYPES = frozenset({
    "Biological", "Chemical", "Radiological", "Nuclear", "Firearms", "Explosives", "Fake Weapons", "Incendiary",
    "Melee", "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)", "Sabotage Equipment",
    "Other", "Unknown",
})
TARGET_TYPES = frozenset({
    "Business", "Government (General)", "Police", "Military", "Abortion Related", "Airports & Aircraft",
    "Government (Diplomatic)", "Educational Institution", "Food or Water Supply", "Journalists & Media", "Maritime",
    "NGO", "Other", "Private Citizens & Property", "Religious Figures/Institutions", "Telecommunication",
    "Terrorists/Non-State Militia", "Tourists", "Transportation", "Unknown", "Utilities", "Violent Political Party",
})
CLAIM_KINDS = frozenset({"responsibility", "condemnation", "warning", "sympathy"})
_INCIDENT_KEYS = ("country_code", "city", "date", "attack_types", "weapon_types", "target_types", "killed",
                  "injured", "perpetrator", "claimed")
_CLAIM_KEYS = ("source", "source_affiliation", "kind", "subject", "polarity", "self", "hedged", "evidence")
MIN_SIMILARITY = 0.3
"""A predicted and a gold incident are paired only when at least one strong cue agrees."""

# Aliases of the canonical names in the gold convention (normalised keys, see `_norm`).
_ALIASES = {
    "is": "islamic state", "isis": "islamic state", "isil": "islamic state", "daesh": "islamic state",
    "islamic state group": "islamic state", "islamic state of iraq and the levant": "islamic state",
    "islamic state of iraq and syria": "islamic state", "islamic state militants": "islamic state",
    "iskp": "islamic state khorasan province", "isis k": "islamic state khorasan province",
    "is k": "islamic state khorasan province", "islamic state khorasan": "islamic state khorasan province",
    "iswap": "islamic state west africa province", "iswa": "islamic state west africa province",
    "ttp": "tehrik i taliban pakistan", "pakistani taliban": "tehrik i taliban pakistan",
    "tehreek e taliban pakistan": "tehrik i taliban pakistan", "tehrik e taliban pakistan": "tehrik i taliban pakistan",
    "jua": "jamaat ul ahrar", "jaamat ul ahrar": "jamaat ul ahrar", "jamaatul ahrar": "jamaat ul ahrar",
    "al shabab": "al shabaab", "shebab": "al shabaab", "al shebab": "al shabaab", "alshabaab": "al shabaab",
    "houthi": "houthis", "houthi rebels": "houthis", "huthis": "houthis", "huthi": "houthis",
    "ansar allah": "houthis", "ansarallah": "houthis",
    "jas": "boko haram",
    "us": "united states", "u s": "united states", "usa": "united states", "america": "united states",
    "united states of america": "united states", "washington": "united states",
    "uk": "united kingdom", "u k": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "un": "united nations", "u n": "united nations", "russian federation": "russia",
}


# --------------------------------------------------------------------------------------------
# Gold files


@dataclass
class GoldDoc:
    """One article and its checked gold record."""

    id: str
    text: str
    title: str
    published: dt.date | None
    incidents: list[dict[str, Any]]
    claims: list[dict[str, Any]]


def _bad(doc_id: str, msg: str) -> DataError:
    return DataError(f"gold file {doc_id}.json: {msg}")


def check_gold(doc_id: str, text: str, gold: dict[str, Any]) -> None:
    """Raise DataError when a gold record breaks the constraints of the format's "Checking" section."""
    for key in ("id", "published", "incidents", "claims"):
        if key not in gold:
            raise _bad(doc_id, f"missing top-level key {key!r}")
    if str(gold["id"]) != doc_id:
        raise _bad(doc_id, f"id {gold['id']!r} does not match the file name")
    if gold["published"] is not None:
        try:
            dt.date.fromisoformat(gold["published"])
        except (TypeError, ValueError) as exc:
            raise _bad(doc_id, f"published {gold['published']!r} is not YYYY-MM-DD or null") from exc
    if not isinstance(gold["incidents"], list) or not isinstance(gold["claims"], list):
        raise _bad(doc_id, "incidents and claims must be lists")
    for i, inc in enumerate(gold["incidents"]):
        where = f"incident {i}"
        missing = [k for k in _INCIDENT_KEYS if k not in inc]
        if missing:
            raise _bad(doc_id, f"{where}: missing keys {missing}")
        if inc["city"] is not None and inc["city"] not in text:
            raise _bad(doc_id, f"{where}: city {inc['city']!r} does not occur in {doc_id}.txt")
        if inc["date"] is not None:
            try:
                dt.date.fromisoformat(inc["date"])
            except (TypeError, ValueError) as exc:
                raise _bad(doc_id, f"{where}: date {inc['date']!r} is not YYYY-MM-DD or null") from exc
        for key, legal in (("attack_types", ATTACK_TYPES), ("weapon_types", WEAPON_TYPES),
                           ("target_types", TARGET_TYPES)):
            labels = inc[key]
            if not isinstance(labels, list) or not labels:
                raise _bad(doc_id, f"{where}: {key} must be a non-empty list")
            unknown = [lab for lab in labels if lab not in legal]
            if unknown:
                raise _bad(doc_id, f"{where}: {key} has labels outside the GTD list: {unknown}")
        for key in ("killed", "injured"):
            fig = inc[key]
            if not isinstance(fig, dict) or set(fig) != {"min", "max", "text"}:
                raise _bad(doc_id, f"{where}: {key} must be {{min, max, text}}")
            if fig["text"] is not None and fig["text"] not in text:
                raise _bad(doc_id, f"{where}: {key}.text {fig['text']!r} is not a substring of {doc_id}.txt")
            for bound in ("min", "max"):
                if fig[bound] is not None and (not isinstance(fig[bound], int) or fig[bound] < 0):
                    raise _bad(doc_id, f"{where}: {key}.{bound} must be a non-negative integer or null")
        if not isinstance(inc["claimed"], bool):
            raise _bad(doc_id, f"{where}: claimed must be true or false")
    seen: set[tuple] = set()
    for i, claim in enumerate(gold["claims"]):
        where = f"claim {i}"
        missing = [k for k in _CLAIM_KEYS if k not in claim]
        if missing:
            raise _bad(doc_id, f"{where}: missing keys {missing}")
        if claim["kind"] not in CLAIM_KINDS:
            raise _bad(doc_id, f"{where}: kind {claim['kind']!r} is not one of {sorted(CLAIM_KINDS)}")
        if claim["polarity"] not in ("affirm", "deny"):
            raise _bad(doc_id, f"{where}: polarity {claim['polarity']!r} is not affirm/deny")
        ev = claim["evidence"]
        if not isinstance(ev, str) or ev not in text:
            raise _bad(doc_id, f"{where}: evidence is not an exact substring of {doc_id}.txt")
        if len(ev) > 200:
            raise _bad(doc_id, f"{where}: evidence is {len(ev)} characters (at most 200)")
        expected_self = claim["subject"] is not None and claim["source_affiliation"] == claim["subject"]
        if claim["self"] != expected_self:
            raise _bad(doc_id, f"{where}: self={claim['self']} disagrees with source_affiliation/subject")
        key = (claim["source_affiliation"], claim["kind"], claim["subject"], claim["polarity"], claim["hedged"])
        if key in seen:
            raise _bad(doc_id, f"{where}: duplicate de-duplication key {key}")
        seen.add(key)


def gold_files(directory: str | Path) -> list[Path]:
    """The `NN.json` gold files of a directory that have a matching `NN.txt`, in name order."""
    directory = require_dir(directory)
    files = sorted(p for p in directory.glob("*.json") if p.with_suffix(".txt").is_file())
    if not files:
        raise DataError(f"{directory}: no NN.txt + NN.json pairs found (see data/news/README.md)")
    return files


def load_gold(directory: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Read and check every gold pair of `directory` (first `limit` in name order)."""
    docs = []
    for path in gold_files(directory)[:limit]:
        doc_id = path.stem
        text = read_utf8(path.with_suffix(".txt"), "a news article")
        try:
            gold = json.loads(read_utf8(path, "a news gold file"))
        except json.JSONDecodeError as exc:
            raise _bad(doc_id, f"not valid JSON ({exc})") from exc
        if not isinstance(gold, dict):
            raise _bad(doc_id, "top level must be an object")
        check_gold(doc_id, text, gold)
        published = dt.date.fromisoformat(gold["published"]) if gold["published"] else None
        docs.append(GoldDoc(doc_id, text, text.split("\n", 1)[0].strip(), published,
                            gold["incidents"], gold["claims"]))
    return docs


# --------------------------------------------------------------------------------------------
# Normalisation


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace("'", "")
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=1)
def _project_canonical() -> Callable[[str], Any] | None:
    """`counterclaim.nlp.actors.canonical_actor` when the actors module provides it."""
    try:
        from ..nlp import actors
    except ImportError:  # pragma: no cover - the module always exists; its function may not yet
        return None
    return getattr(actors, "canonical_actor", None)


def canonical(name: str | None) -> str | None:
    """A comparable key for an actor name: the project's canonical name, normalised, de-aliased."""
    if name is None or not str(name).strip():
        return None
    fn = _project_canonical()
    if fn is not None:
        try:
            found = fn(name)  # (canonical name, type, affiliation) or None
        except Exception:  # noqa: BLE001 - a scorer must not crash on a component bug
            found = None
        if isinstance(found, tuple) and found and isinstance(found[0], str):
            name = found[0]
        elif isinstance(found, str) and found:
            name = found
    key = _norm(str(name))
    return _ALIASES.get(key, key)


def city_compatible(gold: str, predicted: str | None) -> bool:
    """Same place name up to case, accents and one containing the other ("Kabul" ~ "Kabul city")."""
    if not predicted:
        return False
    g, p = _norm(gold), _norm(predicted)
    return bool(g and p) and (g in p or p in g)


def _bounds(fig: Casualties | dict | None) -> tuple[int | None, int | None]:
    if fig is None:
        return (None, None)
    if isinstance(fig, dict):
        return (fig.get("min"), fig.get("max"))
    return (fig.min, fig.max)


def _labels(labels: Sequence) -> set[str]:
    return {lab.label for lab in labels}


def predicted_perpetrator(incident: Incident, claims: dict[str, Claim]) -> tuple[str | None, bool]:
    """The most credible perpetrator under the gold convention, and whether it claimed the act itself.

    A self-claimed candidate wins whatever others say; otherwise the first attributed candidate
    that has not denied it itself. Denied candidates, and those who deny their own role, give null.
    """
    ranked = sorted(incident.perpetrators, key=lambda p: STATUS_ORDER.index(p.status))

    def own(p, polarity: str) -> bool:
        return any(c.is_self and c.polarity == polarity for c in (claims.get(i) for i in p.claims) if c)

    for p in ranked:
        if p.status in ("corroborated", "claimed") or own(p, "affirm"):
            return p.actor, True
    for p in ranked:
        if p.status in ("alleged", "contested") and not own(p, "deny"):
            return p.actor, False
    return None, False


# --------------------------------------------------------------------------------------------
# Matching


def similarity(gold: dict[str, Any], pred: Incident) -> float:
    """How strongly a predicted incident looks like a gold one (0..1.4)."""
    score = 0.0
    loc = pred.location
    if loc is not None and loc.country_code and loc.country_code == gold["country_code"]:
        score += 0.4
    if loc is not None and gold["city"] and city_compatible(gold["city"], loc.name):
        score += 0.3
    if gold["date"] and pred.date.value is not None and pred.date.value.isoformat() == gold["date"]:
        score += 0.2
    for key in ("killed", "injured"):
        g = gold[key]
        p = getattr(pred, key)
        if p is not None and (g["min"], g["max"]) != (None, None) and _bounds(p) == (g["min"], g["max"]):
            score += 0.2
        elif p is not None and g["text"] and g["text"] in p.evidence.text:
            score += 0.1
    if _labels(pred.attack_types) & set(gold["attack_types"]):
        score += 0.1
    return score


def match_incidents(gold: Sequence[dict[str, Any]], pred: Sequence[Incident]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs maximising similarity, above MIN_SIMILARITY."""
    if not gold or not pred:
        return []
    sim = np.array([[similarity(g, p) for p in pred] for g in gold])
    rows, cols = linear_sum_assignment(-sim)
    return sorted((int(r), int(c)) for r, c in zip(rows, cols, strict=True) if sim[r, c] >= MIN_SIMILARITY)


# --------------------------------------------------------------------------------------------
# Scoring


@dataclass
class _Acc:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class _SetF1:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def scores(self) -> dict[str, float]:
        return prf(self.tp, self.fp, self.fn)


@dataclass
class NewsScore:
    """Figures (flat dict of floats), counts, and the readable error log."""

    figures: dict[str, float]
    counts: dict[str, int]
    errors: ErrorLog
    data_digest: str = ""
    per_doc: dict[str, dict[str, int]] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        return {"dataset": "news", "figures": self.figures, "counts": self.counts,
                "errors_by_field": self.errors.counts(), "data_digest": self.data_digest, "per_doc": self.per_doc}


def _claim_key(affiliation: str | None, kind: str, subject: str | None, polarity: str) -> tuple:
    return (canonical(affiliation), kind, canonical(subject), polarity)


def _pred_claim_key(c: Claim) -> tuple:
    aff = c.source.affiliation or c.source.actor
    return _claim_key(aff, c.kind, c.subject.actor if c.subject else None, c.polarity)


def _fig(fig: Casualties | dict | None) -> str:
    lo, hi = _bounds(fig)
    return "null" if (lo, hi) == (None, None) else f"{lo}..{hi}"


def score_results(golds: Sequence[GoldDoc], results: Sequence[AnalysisResult]) -> NewsScore:
    """Compare predictions with gold, document by document (same order)."""
    if len(golds) != len(results):
        raise ValueError(f"{len(golds)} gold documents but {len(results)} results")
    log = ErrorLog()
    det = _SetF1()
    acc = {k: _Acc() for k in ("country", "city", "date", "no_date_invented", "killed", "injured",
                               "perpetrator", "claimed", "hedged", "negatives_clean")}
    labels = {k: _SetF1() for k in ("attack_types", "weapon_types", "target_types")}
    claims = _SetF1()
    per_doc: dict[str, dict[str, int]] = {}
    n_matched = 0
    for gold, res in zip(golds, results, strict=True):
        doc = gold.id
        by_id = {c.id: c for c in res.claims}
        pairs = match_incidents(gold.incidents, res.incidents)
        n_matched += len(pairs)
        det.tp += len(pairs)
        det.fp += len(res.incidents) - len(pairs)
        det.fn += len(gold.incidents) - len(pairs)
        if not gold.incidents:
            acc["negatives_clean"].add(not res.incidents)
        matched_pred = {p for _, p in pairs}
        matched_gold = {g for g, _ in pairs}
        for j, inc in enumerate(res.incidents):
            if j not in matched_pred:
                where = inc.location.name if inc.location else "no place"
                log.add(doc, "incident", None, f"{inc.summary} ({where})", _evidence(inc))
        for i, g in enumerate(gold.incidents):
            if i not in matched_gold:
                log.add(doc, "incident", g["summary"], None, f"{g['city'] or ''} {g['country_code']}")
        for gi, pj in pairs:
            g, p = gold.incidents[gi], res.incidents[pj]
            tag = f"{doc}#{gi + 1}"
            loc = p.location
            cc = loc.country_code if loc else None
            _check(log, acc["country"], tag, "country", g["country_code"], cc, cc == g["country_code"],
                   loc.evidence.text if loc else "")
            if g["city"]:
                name = loc.name if loc else None
                _check(log, acc["city"], tag, "city", g["city"], name, city_compatible(g["city"], name),
                       loc.evidence.text if loc else "")
            # the gold format holds day dates only: a grounded month or year ("in May 2016") is
            # compared as no date rather than counted as an invented one
            pdate = p.date.value.isoformat() if p.date.value and p.date.precision == "day" else None
            ev = p.date.evidence.text if p.date.evidence else ""
            if g["date"]:
                _check(log, acc["date"], tag, "date", g["date"], pdate, pdate == g["date"], ev)
            else:
                _check(log, acc["no_date_invented"], tag, "date", None, pdate, pdate is None, ev)
            for key in ("killed", "injured"):
                pf = getattr(p, key)
                ok = _bounds(pf) == _bounds(g[key])
                _check(log, acc[key], tag, key, f"{_fig(g[key])} ({g[key]['text']})", _fig(pf), ok,
                       pf.evidence.text if pf else "")
            for key, f1 in labels.items():
                gs, ps = set(g[key]), _labels(getattr(p, key))
                f1.add(gs, ps)
                if gs != ps:
                    log.add(tag, key, gs, ps, "")
            perp, claimed = predicted_perpetrator(p, by_id)
            ok = canonical(perp) == canonical(g["perpetrator"])
            _check(log, acc["perpetrator"], tag, "perpetrator", g["perpetrator"], perp, ok,
                   ", ".join(f"{c.actor}:{c.status}" for c in p.perpetrators))
            _check(log, acc["claimed"], tag, "claimed", g["claimed"], claimed, claimed == g["claimed"], "")
        # claims: set of keys per document
        gold_keys: dict[tuple, dict[str, Any]] = {}
        gold_hedged: dict[tuple, set[bool]] = {}
        for c in gold.claims:
            k = _claim_key(c["source_affiliation"], c["kind"], c["subject"], c["polarity"])
            gold_keys.setdefault(k, c)
            gold_hedged.setdefault(k, set()).add(bool(c["hedged"]))
        pred_keys: dict[tuple, Claim] = {}
        for c in res.claims:
            pred_keys.setdefault(_pred_claim_key(c), c)
        claims.add(set(gold_keys), set(pred_keys))
        for k in sorted(set(gold_keys) - set(pred_keys), key=str):
            log.add(doc, "claim", _show_key(k), None, gold_keys[k]["evidence"])
        for k in sorted(set(pred_keys) - set(gold_keys), key=str):
            log.add(doc, "claim", None, _show_key(k), pred_keys[k].evidence.text)
        for k in sorted(set(gold_keys) & set(pred_keys), key=str):
            ph = pred_keys[k].hedged
            _check(log, acc["hedged"], doc, "hedged", sorted(gold_hedged[k]), ph, ph in gold_hedged[k],
                   pred_keys[k].evidence.text)
        per_doc[doc] = {"gold_incidents": len(gold.incidents), "pred_incidents": len(res.incidents),
                        "matched": len(pairs), "gold_claims": len(gold_keys), "pred_claims": len(pred_keys),
                        "claims_tp": len(set(gold_keys) & set(pred_keys))}
    d, c = det.scores, claims.scores
    figures = {
        "incident_p": d["precision"], "incident_r": d["recall"], "incident_f1": d["f1"],
        "negatives_clean": acc["negatives_clean"].value,
        "country_acc": acc["country"].value, "city_acc": acc["city"].value, "date_acc": acc["date"].value,
        "no_date_invented": acc["no_date_invented"].value,
        "killed_acc": acc["killed"].value, "injured_acc": acc["injured"].value,
        "attack_f1": labels["attack_types"].scores["f1"], "weapon_f1": labels["weapon_types"].scores["f1"],
        "target_f1": labels["target_types"].scores["f1"],
        "perpetrator_acc": acc["perpetrator"].value, "claimed_acc": acc["claimed"].value,
        "claims_p": c["precision"], "claims_r": c["recall"], "claims_f1": c["f1"], "hedged_acc": acc["hedged"].value,
    }
    counts = {
        "docs": len(golds), "gold_incidents": det.tp + det.fn, "pred_incidents": det.tp + det.fp,
        "matched_incidents": n_matched, "gold_claims": claims.tp + claims.fn, "pred_claims": claims.tp + claims.fp,
        "matched_claims": claims.tp, **{f"n_{k}": a.total for k, a in acc.items()},
    }
    return NewsScore({k: round(v, 4) for k, v in figures.items()}, counts, log, per_doc=per_doc)


def _check(log: ErrorLog, acc: _Acc, item: str, name: str, gold: Any, pred: Any, ok: bool, note: str) -> None:
    acc.add(ok)
    if not ok:
        log.add(item, name, gold, pred, note)


def _evidence(inc: Incident) -> str:
    return inc.evidence[0].text if inc.evidence else ""


def _show_key(key: tuple) -> str:
    aff, kind, subj, pol = key
    return f"{aff} {kind}" + (f" {pol} {subj}" if kind == "responsibility" else "")


def analyze_gold(golds: Iterable[GoldDoc], settings: Settings | None = None) -> list[AnalysisResult]:
    """Run the pipeline on each gold article with its headline and gold publication date."""
    from ..api import analyze_articles  # imported here: loading spaCy is not needed to read gold
    from ..ingest.article import Article

    arts = [Article(id=g.id, text=g.text, title=g.title, published=g.published) for g in golds]
    return list(analyze_articles(arts, settings))


def score_news(directory: str | Path, *, limit: int | None = None, settings: Settings | None = None) -> NewsScore:
    """Analyse every article of `directory` and score it against its gold record."""
    golds = load_gold(directory, limit)
    score = score_results(golds, analyze_gold(golds, settings))
    files = [p for g in golds for p in (Path(directory) / f"{g.id}.txt", Path(directory) / f"{g.id}.json")]
    score.data_digest = digest(files)
    return score
