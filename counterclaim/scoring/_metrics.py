"""Shared scoring arithmetic and report writers, so every scorer counts and prints the same way.

P/R/F1 from counts, macro F1 over single labels, micro F1 over label sets, a JSON report writer
and `ErrorLog`, which writes one readable line per error so a person can skim a scorer's misses.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import DataError


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts; 0.0 where a denominator is zero."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def per_label_f1(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, float]]:
    """One-vs-rest P/R/F1 for every label seen in gold or pred (single-label rows)."""
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    out: dict[str, dict[str, float]] = {}
    for label in sorted(set(gold) | set(pred)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        out[label] = prf(tp, fp, fn)
    return out


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Unweighted mean of per-label F1 over the labels that occur in gold (sklearn's `labels=gold`).

    Labels only ever predicted still cost precision on the gold labels they were confused with,
    but do not add a 0.0 of their own: a stray prediction should not weigh like a whole class.
    """
    if not gold:
        return 0.0
    table = per_label_f1(gold, pred)
    labels = sorted(set(gold))
    return sum(table[label]["f1"] for label in labels) / len(labels)


def accuracy(gold: Sequence[Any], pred: Sequence[Any]) -> float:
    """Share of positions where pred equals gold; 0.0 for no rows."""
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    return sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold) if gold else 0.0


def multilabel_f1(gold: Sequence[set], pred: Sequence[set]) -> dict[str, float]:
    """Micro P/R/F1 over label sets (each row a set of labels)."""
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return prf(tp, fp, fn)


def write_report(path: str | Path | None, report: dict[str, Any]) -> None:
    """Write a scorer's figures as pretty, key-sorted JSON (deterministic diffs); no-op for None."""
    if path is None:
        return
    _write(Path(path), json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n")


def check_writable(*paths: str | Path | None) -> None:
    """Refuse, before a long scoring run, a report or error file that could not be written at its end."""
    for path in paths:
        if path is None:
            continue
        path = Path(path)
        if path.is_dir():
            raise DataError(f"{path} is a folder: give a file name for the report or error list")
        folder = next((p for p in path.absolute().parents if p.exists()), None)
        if folder is not None and not folder.is_dir():
            raise DataError(f"cannot write {path}: {folder} is a file, not a folder")
        if folder is not None and not os.access(folder, os.W_OK):
            raise DataError(f"cannot write {path}: folder {folder} is not writable")


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot write {path}: {exc.strerror or exc}") from None


class ErrorLog:
    """Collects scorer misses and writes them as one tab-separated readable line each.

    >>> log = ErrorLog()
    >>> log.add("row 3", "attack", gold="Armed Assault", pred="Bombing/Explosion", note="gunmen")
    >>> log.lines()[0]
    'row 3\\tattack\\tgold=Armed Assault\\tpred=Bombing/Explosion\\tgunmen'
    """

    def __init__(self) -> None:
        self._rows: list[tuple[str, str, str, str, str]] = []

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, item: str, field: str, gold: Any, pred: Any, note: str = "") -> None:
        self._rows.append((str(item), field, _show(gold), _show(pred), _oneline(note)))

    def lines(self) -> list[str]:
        return [f"{i}\t{f}\tgold={g}\tpred={p}" + (f"\t{n}" if n else "") for i, f, g, p, n in self._rows]

    def counts(self) -> dict[str, int]:
        """Number of errors per field, for a report's summary."""
        out: dict[str, int] = {}
        for _, f, *_rest in self._rows:
            out[f] = out.get(f, 0) + 1
        return dict(sorted(out.items()))

    def write(self, path: str | Path | None) -> None:
        """Write all lines (no-op for None)."""
        if path is None:
            return
        _write(Path(path), "\n".join(self.lines()) + ("\n" if self._rows else ""))


def _show(value: Any) -> str:
    if isinstance(value, set | frozenset | list | tuple):
        return "{" + ", ".join(sorted(str(v) for v in value)) + "}"
    return _oneline("null" if value is None else str(value))


def _oneline(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean; 0.0 for no values."""
    vals = list(values)
    return sum(vals) / len(vals) if vals else 0.0
