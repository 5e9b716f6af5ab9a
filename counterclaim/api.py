"""The library entry point: `analyze(text, published=...)` -> AnalysisResult."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from ._blas import one_blas_thread
from .errors import InputError
from .incidents.build import build_records
from .ingest._guards import parse_date
from .ingest.article import Article
from .models import AnalysisResult, DocumentInfo
from .nlp.pipeline import load_pipeline, parse_pipe
from .settings import Settings


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Accept a date, an ISO `YYYY-MM-DD` string or None; anything else is an InputError."""
    return None if value is None else parse_date(value)  # one reader of dates, with the readers' range check


def _result(article: Article, doc) -> AnalysisResult:
    incidents, claims, actors = build_records(doc, article.published)
    info = DocumentInfo(
        id=article.id, source=article.source, title=article.title, url=article.url,
        published=article.published, language="en", n_chars=len(article.text),
    )
    return AnalysisResult(document=info, incidents=incidents, claims=claims, actors=actors)


def analyze_articles(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[AnalysisResult]:
    """Analyse many articles with spaCy's batching; yields results in input order."""
    settings = settings or Settings()
    nlp = load_pipeline(settings.spacy_model)
    # the readers let through texts up to `max_chars`: one set above spaCy's own limit (1,000,000) must not fail the
    # texts between with spaCy's E088 message, after they were read and counted as documents
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    pairs = ((a.text, a) for a in articles)
    for doc, article in parse_pipe(nlp, pairs, batch_size=settings.batch_size):
        with one_blas_thread():
            result = _result(article, doc)
        yield result


_WARM_UP_TEXT = (
    "Gunmen attacked a police post near Kabul, Afghanistan, on Monday, killing three officers and wounding "
    "two others, a police spokesman said. The Taliban claimed responsibility in a statement, while the "
    "government blamed the Islamic State. A car bomb went off in Ras el-Ain, Syria, the same day."
)


def warm_up(settings: Settings | None = None) -> None:
    """Load the pipeline and build what the readers build on first use (the gazetteers and their indexes, the
    actors' phrase matchers, the role and type models: about 2 CPU-seconds) by analysing one short article of
    our own (its transliterated town name builds the loose index of Arabic place names).

    A process pool calls it before forking, so workers inherit these tables instead of each building its own."""
    list(analyze_articles([Article(id="warm-up", text=_WARM_UP_TEXT)], settings))
    from .incidents._word_patterns import compile_all

    compile_all()  # the type patterns the warm-up text did not need, compiled once for every worker


def analyze(
    text: str,
    published: str | dt.date | None = None,
    *,
    id: str = "doc",
    title: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> AnalysisResult:
    """Analyse one article's text.

    >>> result = analyze("Gunmen killed 5 people in Kabul on Friday.", published="2024-03-23")
    >>> result.document.n_chars
    42
    """
    if not isinstance(text, str) or not text.strip():
        raise InputError("empty text: nothing to analyse")
    article = Article(id=id, text=text, title=title, url=url, published=parse_published(published))
    return next(analyze_articles([article], settings))
