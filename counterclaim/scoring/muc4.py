"""Score role fillers on MUC-4 the way GRIT and TempGen do (CEAF-REE, `counterclaim eval muc4`).

Per document and role, predicted entities are aligned one-to-one with gold entities by
Kuhn–Munkres, maximising the number of matches. A predicted entity matches a gold entity when every
one of its mentions equals one of the gold alternatives after normalisation (lower-case, no
punctuation, no articles a/an/the, single spaces). Precision = matches / predicted, recall =
matches / gold, micro-averaged over the five roles. Gold is each record's `role_fillers`.

Predictions come from the full pipeline, `analyze(text, published=<dateline date>)`, as the union
of the roles of the document's incidents, one entity per distinct normalised mention. While the
incident builder fills no roles at all (no incident in the whole run carries one), the scorer
falls back to `incidents.roles.find_roles` on the parsed document and says so (`fallback_docs`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from ..errors import DataError
from ._data import read_utf8, require_file
from ._metrics import ErrorLog, prf

ROLE_NAMES = ("perpetrator_individuals", "perpetrator_organizations", "targets", "victims", "weapons")
GOLD_KEYS = ("perp_individual", "perp_organization", "target", "victim", "weapon")
"""The data set's `role_fillers` keys, aligned with ROLE_NAMES (the output contract's `Roles`)."""
Mode = Literal["auto", "pipeline", "direct"]
_PUNCT = frozenset(string.punctuation)
_DROP_PUNCT = str.maketrans("", "", string.punctuation)
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")
_MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}
_DATELINE = re.compile(r"\b(\d{1,2})\s+([A-Z]{3})[A-Z]*\.?\s+(\d{2}|\d{4})\b")


def normalise(text: str) -> str:
    """CEAF-REE normalisation: lower-case, drop punctuation, drop articles, collapse whitespace."""
    text = text.lower().translate(_DROP_PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())


def dateline_date(dateline: str | None) -> dt.date | None:
    """The report date of a MUC-4 dateline (`SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS)`), or None."""
    m = _DATELINE.search((dateline or "").upper())
    if not m or m.group(2) not in _MONTHS:
        return None
    year = int(m.group(3))
    year = year + 1900 if year < 100 else year
    try:
        return dt.date(year, _MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def load_muc4(path: str | Path, limit: int | None = None) -> list[dict]:
    """Records of a MUC-4 JSONL file (train.jsonl / dev.jsonl layout), checked for the fields we use."""
    path = require_file(path, "a MUC-4 JSONL file", "../shared/data/muc4/dev.jsonl")
    records = []
    for n, line in enumerate(read_utf8(path, "a MUC-4 JSONL file").split("\n"), 1):  # as the file iterator split
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            fillers = rec["role_fillers"]
            if not isinstance(rec["text"], str) or any(not isinstance(fillers[k], list) for k in GOLD_KEYS):
                raise TypeError("text or role_fillers of the wrong type")
        except (ValueError, KeyError, TypeError) as exc:
            raise DataError(f"{path}:{n}: not a MUC-4 record ({exc})") from exc
        records.append(rec)
        if limit is not None and len(records) >= limit:
            break
    return records


def match_count(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> tuple[int, list[int]]:
    """Matches of the best one-to-one alignment, and for each gold entity its predicted partner or -1."""
    if not gold or not pred:
        return 0, [-1] * len(gold)
    gold_sets = [{normalise(a) for a in entity} for entity in gold]
    m = np.array([[all(normalise(x) in g for x in p) and len(p) > 0 for p in pred] for g in gold_sets], dtype=float)
    # imported here: `analyze` reads this module's `normalise`, and scipy.optimize costs 0.4 CPU-s to import
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(m, maximize=True)
    partner = [-1] * len(gold)
    for r, c in zip(rows, cols, strict=True):
        if m[r, c]:
            partner[r] = int(c)
    return int(sum(m[r, c] for r, c in zip(rows, cols, strict=True))), partner


Entities = dict[str, list[list[str]]]


def score_entities(gold: Entities, pred: Entities) -> dict[str, tuple[int, int, int]]:
    """Per role (ROLE_NAMES keys): (matches, predicted entities, gold entities) for one document."""
    out = {}
    for role in ROLE_NAMES:
        g, p = gold.get(role, []), pred.get(role, [])
        out[role] = (match_count(g, p)[0], len(p), len(g))
    return out


@dataclass
class Counts:
    """Matches / predicted / gold per role, summed over documents."""

    table: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in ROLE_NAMES})

    def add(self, doc_counts: dict[str, tuple[int, int, int]]) -> None:
        for role, (tp, n_pred, n_gold) in doc_counts.items():
            row = self.table[role]
            row[0] += tp
            row[1] += n_pred
            row[2] += n_gold

    def role(self, role: str) -> dict[str, float]:
        tp, n_pred, n_gold = self.table[role]
        return prf(tp, n_pred - tp, n_gold - tp)

    def micro(self) -> dict[str, float]:
        tp = sum(r[0] for r in self.table.values())
        return prf(tp, sum(r[1] for r in self.table.values()) - tp, sum(r[2] for r in self.table.values()) - tp)


def gold_entities(record: dict) -> dict[str, list[list[str]]]:
    return {role: record["role_fillers"][key] for role, key in zip(ROLE_NAMES, GOLD_KEYS, strict=True)}


def entities_from_spans(spans: dict[str, Iterable[Any]]) -> dict[str, list[list[str]]]:
    """Role -> spans (anything with `.text`) as entities: one per distinct normalised mention."""
    out: dict[str, list[list[str]]] = {}
    for role in ROLE_NAMES:
        seen: dict[str, str] = {}
        for span in spans.get(role, []):
            seen.setdefault(normalise(span.text), span.text)
        out[role] = [[text] for key, text in seen.items() if key]
    return out


def _pipeline_predictions(records: Sequence[dict], progress: Callable[[int], None]) -> list[dict[str, list]]:
    from ..api import analyze

    out = []
    for rec in records:
        result = analyze(rec["text"], published=dateline_date(rec.get("dateline")), id=rec.get("doc_id", "doc"))
        spans: dict[str, list] = {r: [] for r in ROLE_NAMES}
        for incident in result.incidents:
            for role in ROLE_NAMES:
                spans[role].extend(getattr(incident.roles, role))
        out.append(spans)
        progress(1)
    return out


def _direct_predictions(records: Sequence[dict], progress: Callable[[int], None]) -> list[dict[str, list]]:
    from ..incidents.roles import find_roles
    from ..nlp.pipeline import load_pipeline, parse_pipe

    out = []
    for doc, _ in parse_pipe(load_pipeline(), ((r["text"], None) for r in records)):
        spans: dict[str, list] = {r: [] for r in ROLE_NAMES}
        for mention in find_roles(doc):
            spans[mention.role].append(mention.span)
        out.append(spans)
        progress(1)
    return out


def evaluate_muc4(
    path: str | Path, limit: int | None = None, mode: Mode = "auto", progress: Callable[[int], None] | None = None,
) -> tuple[dict[str, Any], ErrorLog]:
    """Score a MUC-4 file; returns the report (keys `muc4_f1`, `muc4_p`, `muc4_r`, `per_role`, ...) and errors."""
    records = load_muc4(path, limit)
    if not records:
        raise DataError(f"{path}: no documents to score")
    tick = progress or (lambda n: None)
    fallback_docs = 0
    if mode == "direct":
        preds = _direct_predictions(records, tick)
    else:
        preds = _pipeline_predictions(records, tick)
        if mode == "auto" and not any(any(p[r] for r in ROLE_NAMES) for p in preds):
            preds = _direct_predictions(records, lambda n: None)
            fallback_docs = len(records)
    counts, errors = Counts(), ErrorLog()
    for rec, spans in zip(records, preds, strict=True):
        gold, pred = gold_entities(rec), entities_from_spans(spans)
        counts.add(score_entities(gold, pred))
        _log_errors(errors, rec, gold, pred)
    micro = counts.micro()
    report: dict[str, Any] = {
        "muc4_f1": round(micro["f1"], 4), "muc4_p": round(micro["precision"], 4), "muc4_r": round(micro["recall"], 4),
        "per_role": {r: {k: round(v, 4) if isinstance(v, float) else v for k, v in counts.role(r).items()}
                     for r in ROLE_NAMES},
        "docs": len(records), "fallback_docs": fallback_docs,
        "mode": mode if not fallback_docs else "direct (fallback)",
        "data": Path(path).name, "anchors_test_f1": {"GRIT": 0.545, "TempGen": 0.5776},
        "metric": "CEAF-REE micro over 5 roles, exact match after normalisation (GRIT/TempGen)",
    }
    for role in ROLE_NAMES:
        report[f"{role}_f1"] = report["per_role"][role]["f1"]
    return report, errors


def _log_errors(errors: ErrorLog, rec: dict, gold: dict, pred: dict) -> None:
    doc_id = rec.get("doc_id", "?")
    for role in ROLE_NAMES:
        _, partner = match_count(gold[role], pred[role])
        matched = {p for p in partner if p >= 0}
        for g, p in zip(gold[role], partner, strict=True):
            if p < 0:
                errors.add(doc_id, role, gold=" / ".join(g), pred=None, note="missed")
        for k, p in enumerate(pred[role]):
            if k not in matched:
                errors.add(doc_id, role, gold=None, pred=" / ".join(p), note="spurious")
