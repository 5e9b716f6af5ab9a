"""Analyse articles and store them: idempotent, resumable, one transaction per batch.

Idempotent: a document whose content hash is already stored (or seen earlier in the same run), or
whose id a stored document of the same file holds (an edited file), is skipped before analysis. A
new text at a url a stored document holds (an updated page) is a new version: stored beside the
earlier one, under a suffix if it repeats its id, never replacing it (see docs/conventions.md).
Resumable: each batch (documents, records, cluster rows and the merged incidents they change)
commits as one transaction, so an interrupted run keeps every committed batch and a rerun skips
them. Analysis can run in worker processes (forked from a server that loaded spaCy once); the
calling process is the only writer.

    with Store.open("counterclaim.duckdb") as store:
        report = ingest(store, articles, workers=2)
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import logging
import multiprocessing
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial

from ..api import analyze_articles
from ..errors import ConfigError, ExtractionError
from ..incidents.merge import merged_view
from ..ingest.article import Article
from ..models import AnalysisResult
from ..settings import Settings
from . import _rows
from ._clustering import Clustering, load_commentary, load_members, merged_row
from .duckdb import Batch, Store

AnalysisOutcome = AnalysisResult | Exception
Analyzer = Callable[[list[Article]], list[AnalysisOutcome]]
"""Analyses a batch; returns one result per article, or the exception that article raised."""


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: int = 0
    skipped: int = 0
    """Already stored, or a duplicate (id, content hash or url) of an earlier input."""
    failed: list[str] = field(default_factory=list)
    """`id: reason` of documents the extractor failed on; they are not stored, so a rerun retries them."""


def analyze_batch(articles: list[Article], settings: Settings | None = None) -> list[AnalysisOutcome]:
    """The default analyzer: spaCy batching, falling back to one by one so one bad document spares the rest."""
    try:
        return list(analyze_articles(articles, settings))
    except ConfigError:  # a missing model or bad setting fails every document alike: stop, committed batches stay
        raise
    except Exception:  # noqa: BLE001 - isolate the failing document below
        pass
    out: list[AnalysisOutcome] = []
    for article in articles:
        try:
            out.extend(analyze_articles([article], settings))
        except ConfigError:
            raise
        except Exception as exc:  # noqa: BLE001 - reported per document, never stops the run
            out.append(exc)
    return out


_log = logging.getLogger(__name__)

_worker_settings: Settings | None = None


def _worker_init(settings: Settings) -> None:
    """Load the pipeline once per worker process."""
    global _worker_settings
    from ..nlp.pipeline import load_pipeline

    _worker_settings = settings
    load_pipeline(settings.spacy_model)


def _worker_analyze(articles: list[Article]) -> list[AnalysisOutcome]:
    return analyze_batch(articles, _worker_settings)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _pool_context() -> multiprocessing.context.BaseContext:
    """A fork server that preloads spaCy where available (Linux, macOS), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([f"{__package__}._preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def _analysed(
    batches: Iterable[list[Article]], analyzer: Analyzer | None, settings: Settings, workers: int
) -> Iterator[tuple[list[Article], list[AnalysisOutcome]]]:
    """(batch, outcomes) in input order; with workers > 1 at most 2 batches per worker in flight."""
    if workers <= 1 or analyzer is not None:
        run = analyzer or (lambda b: analyze_batch(b, settings))
        for batch in batches:
            yield batch, run(batch)
        return
    from ..nlp.pipeline import require_installed

    require_installed(settings.spacy_model)  # else the fork server's preload dies with a traceback
    ctx = _pool_context()
    with cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init, initargs=(settings,)) as pool:
        pending: deque[tuple[list[Article], cf.Future]] = deque()
        try:
            for batch in batches:
                pending.append((batch, pool.submit(_worker_analyze, batch)))
                if len(pending) >= 2 * workers:
                    done, fut = pending.popleft()
                    yield done, fut.result()
            while pending:
                done, fut = pending.popleft()
                yield done, fut.result()
        except BrokenProcessPool as exc:
            raise ExtractionError(
                "an analysis worker died (out of memory?); committed batches are kept: rerun with fewer --workers"
            ) from exc
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def ingest(
    store: Store,
    articles: Iterable[Article],
    *,
    settings: Settings | None = None,
    workers: int = 1,
    analyzer: Analyzer | None = None,
    on_batch: Callable[[IngestReport], None] | None = None,
    refresh_every: int = 16,
) -> IngestReport:
    """Analyse and store `articles`; returns counts. `on_batch` sees the running report after each commit.

    Merged incidents are recomputed every `refresh_every` batches and at the end of the run (also
    after an interrupted run: the next run refreshes what it left marked).
    """
    settings = settings or Settings()
    report = IngestReport()
    ids, hashes, urls = store.seen()
    stored = frozenset(ids)
    clustering = Clustering(store)
    seq = store.next_seq()

    run_versions: dict[str, list[tuple[str, str]]] = {}
    """url -> (id, whitespace-normalised text) of the texts read at it in this run so far: a second text at one of
    them under the same id (a page fetched twice into one feed, its id from the site) is a new version too, not an
    edit to skip, unless it only repeats or excerpts one of them (`_held_version`)."""

    def fresh() -> Iterator[Article]:
        for article in articles:
            digest = article.content_hash
            if digest in hashes:  # this very text is stored (or read earlier in the run): nothing new
                report.skipped += 1
                continue
            update = bool(article.url) and (article.url in urls or article.url in run_versions)
            if update and (held := _held_version(article, run_versions, urls, store)) is not None:
                if held[1] == "excerpt":
                    _log.warning("%s: the text at url %s is a shorter excerpt of stored document %r (a feed's teaser "
                                 "of the page?); it is no update of the page and is not stored",
                                 article.read_at or article.source or article.id, article.url, held[0])
                report.skipped += 1
                continue
            if article.id in ids:
                if update or (article.id_from_name and not _same_source(store, article, stored)):
                    # an updated page at a stored url is a new version (kept beside the earlier one, as a news
                    # archive keeps each capture); a second folder's report.txt is another file: both under a suffix
                    article.id = _free_id(article.id, ids)
                else:
                    if article.id in stored:  # a repeat within the run was named by the reader
                        _log.warning("%s: id %r is already stored with another text (an edited file?); a store keeps "
                                     "the text it analysed first, so this one is skipped", article.source or article.id,
                                     article.id)
                    report.skipped += 1
                    continue
            if update and article.url in urls:
                _log.warning("%s: url %s is already stored with another text (an updated article?); this version is "
                             "stored too, as document %r, beside the earlier one (%s): both are evidence of the "
                             "merged incident, whose current toll is that of the most recently published report",
                             article.read_at or article.source or article.id, article.url, article.id,
                             _stored_with_url(store, article.url))
            ids.add(article.id)
            hashes.add(digest)
            if article.url:
                run_versions.setdefault(article.url, []).append((article.id, _normal(article.text)))
            yield article  # `urls` stays what the store held before the run: see `run_urls`

    run_urls: dict[str, str] = {}
    """url -> the first document of this run stored with it. Texts of one run that share a url (a live page fetched
    twice into one feed) are all stored: the url of the run's first skipped the second as "already stored" in an
    empty store, and one whose analysis failed still blocked its url. Filled as documents are stored."""

    n_batches = 0
    for batch, outcomes in _analysed(_batches(fresh(), settings.batch_size), analyzer, settings, workers):
        rows = Batch()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        added = 0
        for article, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, Exception):
                report.failed.append(f"{article.id}: {outcome}")
                continue
            if (article.url and run_urls.setdefault(article.url, article.id) != article.id
                    and article.url not in urls):  # a stored url's versions were each said in `fresh`
                _log.warning("%s: url %s was given to another text earlier in this run (document %r; a live page?); "
                             "both are stored", article.read_at or article.source or article.id, article.url,
                             run_urls[article.url])
            outcome = _rows.unique_ids(outcome)
            rows.add("documents", _rows.document_row(article, outcome, seq, now))
            for table, table_rows in _rows.result_rows(article, outcome).items():
                rows.rows.setdefault(table, []).extend(table_rows)
            story_row, member_rows = clustering.place(article, outcome)
            rows.add("story_members", {**story_row, "seq": seq})
            for member in member_rows:
                rows.add("incident_members", {**member, "seq": seq})
                rows.add("merged_dirty", {"id": member["merged_id"]})
            for merged_id in clustering.story_gained:  # their story's reaction pieces may no longer be theirs
                rows.add("merged_dirty", {"id": merged_id})
            if not outcome.incidents and any(c.kind == "responsibility" for c in outcome.claims):
                # a reaction piece that tells no incident: its claims may join its story's incident (load_commentary)
                for merged_id in clustering.story_incidents(story_row["story_id"]):
                    rows.add("merged_dirty", {"id": merged_id})
            seq += 1
            added += 1
        clustering.fill_features(rows.rows.get("incident_members", []))
        n_batches += 1
        moves = clustering.stories.drain_moves()
        refresh = n_batches % refresh_every == 0
        if moves or refresh:
            store.write_batch(rows, finish=partial(_finish_batch, moves=moves, refresh=refresh))
        else:
            store.write_batch(rows)
        report.added += added
        if on_batch is not None:
            on_batch(report)
    if store.query("SELECT count(*) FROM merged_dirty")[0][0]:
        store.write_batch(Batch(), finish=refresh_merged)
    return report


def _same_source(store: Store, article: Article, stored: frozenset[str]) -> bool:
    """Whether the stored document holding this id came from the same place (then the file was edited since it
    was stored). The reader's `origin` is compared, not a record's own `source` ('Reuters' on many records); a
    text read from stdin has no place a later run could read again, so it is always another text."""
    if article.id not in stored or article.read_at is None:
        return False
    held = store.query("SELECT source FROM documents WHERE id = ?", [article.id])
    return bool(held) and held[0][0] == article.read_at


def _normal(text: str) -> str:
    """A text as compared for a new version of its page: Unicode NFC, whitespace runs as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


_TRAILER = re.compile(r"\s*(?:\[\s*(?:\.\.\.|\u2026)\s*\]|\.\.\.|\u2026)$")
"""The mark a feed's teaser ends with where it cuts the page short: "...", "\u2026", "[\u2026]"."""
EXCERPT_SHARE = 2 / 3
"""A text at most this share of a stored version's length, and contained in it, is an excerpt of it."""


def _held_version(
    article: Article, run_versions: dict[str, list[tuple[str, str]]], urls: Iterable[str], store: Store,
) -> tuple[str, str] | None:
    """(id, "same" or "excerpt") when the text at a known url is no new version of the page: the stored text again
    up to whitespace and Unicode normalisation (a re-fetched page with a double space or a trailing line end was
    stored as a second version, a second source of its own figures), or a much shorter text contained in a stored
    one: a feed's teaser of the page (its first paragraph, "Gunmen killed six ..." of a page telling eleven) read as
    an update took the page's figures back to the teaser's. A longer or changed text is an update."""
    url = article.url or ""
    versions = list(run_versions.get(url, ()))
    if url in urls:
        versions += [(doc_id, _normal(text)) for doc_id, text in
                     store.query("SELECT id, text FROM documents WHERE url = ? ORDER BY seq", [url])]
    new = _normal(article.text)
    cut = _TRAILER.sub("", new)
    for doc_id, held in versions:
        if new == held:
            return doc_id, "same"
        if cut and len(new) <= EXCERPT_SHARE * len(held) and cut in held:
            return doc_id, "excerpt"
    return None


def _stored_with_url(store: Store, url: str) -> str:
    """The stored documents holding `url`, for the warning about a new version of the page: "document 'a'"."""
    held = [row[0] for row in store.query("SELECT id FROM documents WHERE url = ? ORDER BY seq", [url])]
    shown = ", ".join(repr(doc_id) for doc_id in held[:3]) + (f" and {len(held) - 3} more" if len(held) > 3 else "")
    return f"document{'s' if len(held) > 1 else ''} {shown}"


def _free_id(base: str, taken: set[str]) -> str:
    """`base-2`, `base-3`, ... the first the store and the run have not used, as the readers number file stems."""
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _finish_batch(store: Store, *, moves: dict[str, str], refresh: bool) -> Batch:
    """Inside the batch's transaction: record documents a story split moved (so a resumed store
    rebuilds the same stories), then recompute merged incidents when it is their turn."""
    for doc_id, story_id in moves.items():
        store.query("UPDATE story_members SET story_id = ? WHERE doc_id = ?", [story_id, doc_id])
    return refresh_merged(store) if refresh else Batch()


def refresh_merged(store: Store) -> Batch:
    """Recompute the merged incidents marked dirty (inside the caller's transaction) and clear the marks.

    Recomputing reads all members of an incident, so ingest does it every few batches and at the
    end of a run rather than per batch: a large incident is then not re-read for every new report.
    """
    ids = [r[0] for r in store.query("SELECT DISTINCT id FROM merged_dirty ORDER BY id")]
    store.query("DELETE FROM merged_dirty")
    return _merged_batch(store, ids)


def _merged_batch(store: Store, merged_ids: list[str]) -> Batch:
    """Recompute the merged incidents that gained members (runs inside the batch's transaction)."""
    out = Batch(replace_merged=merged_ids)
    if not merged_ids:
        return out
    stories = dict(store.query(
        """SELECT merged_id, arg_min(s.story_id, m.seq) FROM incident_members m JOIN story_members s USING (doc_id)
           WHERE merged_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY merged_id""",
        [merged_ids],
    ))
    commentary = load_commentary(store, merged_ids)
    for merged_id, members in load_members(store, merged_ids).items():
        merged = merged_view(
            members, merged_id=merged_id, story=stories.get(merged_id), commentary=commentary.get(merged_id, ())
        )
        out.add("merged_incidents", merged_row(merged, members))
    return out
