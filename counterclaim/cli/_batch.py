"""Run the extractor over many articles, in this process or a process pool, keeping input order.

A document that makes the pipeline fail is reported on its own (`Failed`) and the batch goes on:
each chunk is first run with spaCy's batching, and only a chunk that fails is re-run one article at
a time to find the culprit. Pool workers hold one spaCy pipeline each for their lifetime: forked
workers inherit the one loaded before the fork, others load it in their initializer.
"""

from __future__ import annotations

import math
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ..api import analyze_articles
from ..errors import ExtractionError
from ..ingest.article import Article
from ..models import AnalysisResult
from ..nlp.pipeline import load_pipeline
from ..settings import Settings


@dataclass(frozen=True)
class Failed:
    """The extractor raised on this document; `reason` is one line."""

    reason: str


Outcome = AnalysisResult | Failed


def analyze_many(
    articles: Sequence[Article], workers: int = 1, settings: Settings | None = None,
) -> Iterator[tuple[Article, Outcome]]:
    """Yield `(article, result or Failed)` in input order; `workers > 1` uses a process pool."""
    settings = settings or Settings()
    if workers <= 1 or len(articles) <= 1:
        for chunk in _chunks(articles, settings.batch_size):
            yield from zip(chunk, _analyze_chunk(chunk, settings), strict=True)
        return
    size = max(1, min(settings.batch_size, math.ceil(len(articles) / (workers * 4))))
    chunks = list(_chunks(articles, size))
    context = _context()
    if context.get_start_method() == "fork":
        # load once here: forked workers inherit the pipeline (shared pages) instead of each loading it
        load_pipeline(settings.spacy_model)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                             initargs=(settings,)) as pool:
        try:
            for chunk, outcomes in zip(chunks, pool.map(_analyze_chunk, chunks, [settings] * len(chunks)),
                                       strict=True):
                yield from zip(chunk, outcomes, strict=True)
        except BrokenProcessPool as exc:
            raise ExtractionError("a worker process died (out of memory?); try fewer --workers") from exc
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    # fork starts workers in milliseconds and shares the imported modules; elsewhere use the default
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _init_worker(settings: Settings) -> None:
    load_pipeline(settings.spacy_model)


def _analyze_chunk(chunk: Sequence[Article], settings: Settings) -> list[Outcome]:
    try:
        return list(analyze_articles(chunk, settings))
    except Exception:  # isolate the document that fails; the others still get their results
        if len(chunk) == 1:
            return [_analyze_one(chunk[0], settings)]
        return [_analyze_one(article, settings) for article in chunk]


def _analyze_one(article: Article, settings: Settings) -> Outcome:
    try:
        return next(analyze_articles([article], settings))
    except Exception as exc:
        message = str(exc).splitlines()[0] if str(exc) else ""
        return Failed(f"extraction failed ({type(exc).__name__}{': ' + message if message else ''})")


def _chunks(items: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
