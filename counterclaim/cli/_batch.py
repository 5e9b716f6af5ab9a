"""Run the extractor over many articles, in this process or a process pool, keeping input order.

A document that makes the pipeline fail is reported on its own (`Failed`) and the batch goes on:
each chunk is first run with spaCy's batching, and only a chunk that fails is re-run one article at
a time to find the culprit. Pool workers hold one spaCy pipeline each for their lifetime: forked
workers inherit the one loaded (and warmed: gazetteers, matchers, models) before the fork, others load it in
their initializer.

While it runs, the garbage collector leaves the loaded tables alone (`_GcPolicy`): once the pipeline and the
readers' tables are built they are moved to the collector's permanent generation, and its youngest generation
is collected less often. Collections decide nothing the extractor writes, only when cyclic garbage is freed.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import signal
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ..errors import ConfigError, ExtractionError
from ..ingest.article import Article
from ..models import AnalysisResult
from ..settings import Settings


@dataclass(frozen=True)
class Failed:
    """The extractor raised on this document; `reason` is one line."""

    reason: str


Outcome = AnalysisResult | Failed


class Analyzer:
    """Holds the worker pool (if any) for a run; use as a context manager, then call `run`.

    The pool is started on entering, before the caller starts threads of its own (a progress bar):
    forking a process while another thread holds a lock can leave that lock held in the child.
    """

    def __init__(self, workers: int = 1, settings: Settings | None = None) -> None:
        self.workers = max(1, workers)
        self.settings = settings or Settings()
        self._pool: ProcessPoolExecutor | None = None
        self._gc = _GcPolicy()

    def __enter__(self) -> Analyzer:
        _one_blas_thread()
        self._gc.start()
        try:
            if self.workers > 1:
                self._start_pool()
        except BaseException:  # a bad model, a pool that cannot start, Ctrl-C in the warm-up: undo what was done
            self._close()
            raise
        return self

    def _start_pool(self) -> None:
        context = _context()
        if context.get_start_method() == "fork":
            # load and warm once here: forked workers inherit the pipeline and the readers' tables
            # (shared pages) instead of each building them (2 workers, 60 articles: 11.3 -> 9.5 CPU-s)
            warm_up(self.settings)
            self._gc.settle()  # the workers inherit the frozen tables too
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                         initializer=_init_worker, initargs=(self.settings,))
        try:
            self._pool.submit(_ready).result()  # starts the workers now
        except BrokenProcessPool as exc:
            raise ExtractionError("the worker processes could not start; try --workers 1") from exc

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _close(self) -> None:
        """Stop the pool, then give the garbage collector back its settings, whatever the shutdown raises."""
        pool, self._pool = self._pool, None
        try:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        finally:
            self._gc.stop()

    def run(self, articles: Sequence[Article]) -> Iterator[tuple[Article, Outcome]]:
        """Yield `(article, result or Failed)` in input order."""
        if self._pool is None or len(articles) <= 1:
            for chunk in _chunks(articles, self.settings.batch_size):
                outcomes = _analyze_chunk(chunk, self.settings)
                self._gc.settle()  # after the first chunk the pipeline and the tables it needed are built
                yield from zip(chunk, outcomes, strict=True)
            return
        size = max(1, min(self.settings.batch_size, math.ceil(len(articles) / (self.workers * 4))))
        chunks = list(_chunks(articles, size))
        try:
            results = self._pool.map(_analyze_chunk, chunks, [self.settings] * len(chunks))
            for chunk, outcomes in zip(chunks, results, strict=True):
                yield from zip(chunk, outcomes, strict=True)
        except BrokenProcessPool as exc:
            raise ExtractionError("a worker process died (out of memory?); try fewer --workers") from exc


class _GcPolicy:
    """The garbage collector's settings for a batch run, restored after it.

    The pipeline and the readers' tables (spaCy's vocabulary, the gazetteers' columns, the models' indexes) hold
    about 140,000 tracked objects; each full collection walked them all, about 0.3 CPU-s, for no garbage. `settle`
    freezes what is alive (`gc.freeze`, as Python advises before forking workers, whose pages then stay
    shared), and the youngest generation is collected after `GEN0` new containers instead of 700:
    most of the extractor's objects die by reference counting before a collection sees them. Measured in-process
    on the 240 benchmark articles: time in the collector 0.31-0.49 -> 0.03-0.05 CPU-s.

    The collector's settings belong to the process, not to a run: runs that overlap (two `analyze_many` generators
    read in turn, or threads) share them through `_GcShared`, the first to start applies them and the last to stop
    restores them. gc can only unfreeze everything, so a run freezes only when nothing is frozen (a caller that froze
    objects itself keeps them frozen, and our tables then stay in the collector's generations), and unfreezes at the
    end only if no one froze anything after it (`_GcShared.unfreeze_if_ours`)."""

    GEN0 = 5000

    def __init__(self) -> None:
        self._active = False
        self._settled = False

    def start(self) -> None:
        if self._active:
            return
        with _GC.lock:
            first = _GC.runs == 0
            if first:
                _GC.thresholds = gc.get_threshold()
            _GC.runs += 1
            self._active = True  # from here `stop` undoes the start, whatever interrupts the next line
            if first:
                gc.set_threshold(max(self.GEN0, _GC.thresholds[0]), *_GC.thresholds[1:])

    def settle(self) -> None:
        if not self._active or self._settled:
            return
        self._settled = True
        with _GC.lock:
            if not _GC.frozen and gc.get_freeze_count() == 0:  # not ours to freeze over someone else's
                _GC.frozen = True  # first: `stop` unfreezes even if the next line is interrupted
                gc.freeze()  # no collection first: one would walk the tables once more; their few cycles stay frozen
                _GC.sentinel = []  # a container made after our freeze: frozen only if someone freezes again

    def stop(self) -> None:
        if not self._active:
            return
        with _GC.lock:
            self._active = self._settled = False
            _GC.runs -= 1
            if _GC.runs == 0:
                try:
                    _GC.unfreeze_if_ours()
                finally:
                    gc.set_threshold(*_GC.thresholds)


class _GcShared:
    """What the runs under way in this process changed in the collector (see `_GcPolicy`)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.runs = 0
        self.thresholds: tuple[int, int, int] = gc.get_threshold()
        self.frozen = False  # while our freeze holds
        self.sentinel: list | None = None

    def unfreeze_if_ours(self) -> None:
        frozen, sentinel = self.frozen, self.sentinel
        self.frozen, self.sentinel = False, None
        if not frozen:
            return
        # a `gc.freeze()` by anyone after ours moved the sentinel out of the collector's generations with the rest;
        # unfreezing then would release their objects too, so ours stay frozen
        if sentinel is None or any(obj is sentinel for obj in gc.get_objects()):
            gc.unfreeze()


_GC = _GcShared()


def analyze_many(
    articles: Sequence[Article], workers: int = 1, settings: Settings | None = None,
) -> Iterator[tuple[Article, Outcome]]:
    """Yield `(article, result or Failed)` in input order; `workers > 1` uses a process pool."""
    with Analyzer(workers, settings) as analyzer:
        yield from analyzer.run(articles)


def _ready() -> bool:
    return True


def _context() -> multiprocessing.context.BaseContext:
    # fork starts workers in milliseconds and shares the imported modules; elsewhere use the default
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def load_pipeline(model: str) -> object:
    """Load spaCy on demand: `counterclaim --help` and input errors should not wait for it."""
    from ..nlp.pipeline import load_pipeline as load

    return load(model)


def warm_up(settings: Settings) -> None:
    """Load spaCy and the readers' tables on demand (see `load_pipeline`)."""
    from ..api import warm_up as warm

    warm(settings)


def analyze_articles(articles: Sequence[Article], settings: Settings) -> Iterator[Outcome]:
    """The library call, imported on first use (it pulls in spaCy and the models)."""
    from ..api import analyze_articles as run

    return run(articles, settings)


def _init_worker(settings: Settings) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker must not inherit the CLI's unwinding handler
    _one_blas_thread()
    load_pipeline(settings.spacy_model)


def _one_blas_thread() -> None:
    """Batch work runs one BLAS thread per process: our matrix products are small (a few hundred
    token vectors against a model), where extra threads mostly spin, and with workers they would
    contend for the same cores (measured: 5.6 -> 8.0 articles per CPU-second with one worker)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def _analyze_chunk(chunk: Sequence[Article], settings: Settings) -> list[Outcome]:
    try:
        return list(analyze_articles(chunk, settings))
    except ConfigError:  # a missing model or bad setting fails every document alike: stop the run, say it once
        raise
    except Exception:  # isolate the document that fails; the others still get their results
        if len(chunk) == 1:
            return [_analyze_one(chunk[0], settings)]
        return [_analyze_one(article, settings) for article in chunk]


def _analyze_one(article: Article, settings: Settings) -> Outcome:
    try:
        return next(analyze_articles([article], settings))
    except ConfigError:
        raise
    except Exception as exc:
        message = str(exc).splitlines()[0] if str(exc) else ""
        return Failed(f"extraction failed ({type(exc).__name__}{': ' + message if message else ''})")


def _chunks(items: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
