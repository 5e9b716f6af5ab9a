"""HTML pages: trafilatura keeps the main text and reads the title and publication date.

The analysed document is the extracted text (paragraphs one per line), so offsets index that
text, not the HTML source; it is what `document.n_chars` counts.
"""

from __future__ import annotations

import datetime as dt
import re

import trafilatura

from ..errors import InputError
from ._guards import check_text, decode_utf8, parse_date, record_date
from .article import Article

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Only metadata and the URL: htmldate's extensive search guesses dates from the body text, and a
# guessed publication date would anchor relative dates ("on Friday") to the wrong week.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_PUBLICATION_KEYS = frozenset({
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date",
    "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
    "publication_date", "publication-date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date",
    "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date", "originalpublicationdate",
    "article.published", "article_date_original",
})
"""`name`/`property`/`itemprop` values of a `<meta>` that gives the page's publication date. Other metas (an
expiry, a build time, a last update, an event's date), `<time>` tags in the body and dates in the URL are not the
day the page was published."""
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_JSON_LD_DATE = re.compile(r""""datePublished"\s*:\s*"\s*(\d{4}-\d\d-\d\d)""")
_ISO_DAY = re.compile(r"\s*(\d{4}-\d\d-\d\d)")
_HEAD_CHARS = 65536
"""Publication metadata sits in the head (or a JSON-LD block near it); the body's dates are not looked at."""


def decode_html(data: bytes) -> str:
    """UTF-8, or the charset the page declares; undeclared bad bytes are reported, not replaced."""
    try:
        return decode_utf8(data)
    except InputError as exc:
        declared = _CHARSET.search(data[:4096])
        if declared is None or not str(exc).startswith("invalid UTF-8"):
            raise
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise exc from None


def article_from_html(
    data: bytes, *, id: str, max_chars: int, published: dt.date | None = None, source: str | None = None,
    url: str | None = None,
) -> Article:
    """Extract the main text; `published` is a fallback for pages whose metadata gives no date."""
    html = decode_html(data)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile input
        raise InputError(f"malformed HTML ({type(exc).__name__}): no article text could be extracted") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError("no article text found in the HTML (malformed, or a page without a main text)")
    check_text(text, max_chars)
    page_date = _page_date(getattr(doc, "date", None))
    if page_date is None:
        page_date = _date_out_of_window(html, published, source or id)
    return Article(
        id=id, text=text, title=(getattr(doc, "title", None) or None), url=url or getattr(doc, "url", None),
        published=page_date or published, source=source,
    )


_BLOCK_TAG = re.compile(r"(?i)<(?:p|div|br|li|ul|ol|h[1-6]|blockquote|table|tr|section|article|pre)\b")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's content or description), a paragraph a line, by the page's own
    path: a feed's second, regex converter ran paragraphs and list items together ("9 soldiers.The army said",
    "MoptiGao"), kept a script's code, and read "<10 people were hurt and >3 died" as a tag. A fragment with no block
    tag at all keeps its line breaks as lines (a description written as text with a `<b>` in it). Empty when the
    fragment holds no text."""
    body = fragment.strip()
    if _BLOCK_TAG.search(body) is None:
        body = body.replace("\r\n", "\n").replace("\n", "<br>")
    try:
        text = trafilatura.extract(
            f"<html><body><article>{body}</article></body></html>", favor_recall=True, include_comments=False,
            include_tables=False, deduplicate=False,
        )
    except Exception:  # trafilatura/lxml raise many types on hostile input; nothing is made up from it
        text = None
    return (text or "").strip()


def _page_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_date(value)
    except InputError:
        return None


def _date_out_of_window(html: str, fallback: dt.date | None, where: str) -> dt.date | None:
    """The page's publication date htmldate's window (1995 to today) dropped: kept when the years a record may
    give allow it, else the fallback with a warning naming the page (never silently). Only publication metadata
    is read: a body's `<time datetime='1994-04-07'>` about a past crisis is not the page's date."""
    found = _publication_meta(html[:_HEAD_CHARS])
    if found is None:
        return None
    latest = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)  # a page is not published after tomorrow
    try:
        return record_date(found, fallback, where, latest=latest)
    except InputError:  # not a calendar date ('2024-02-31')
        return None


def _publication_meta(head: str) -> str | None:
    """`YYYY-MM-DD` of the first publication-date meta (any attribute order), else of a JSON-LD datePublished."""
    for tag in _META_TAG.finditer(head):
        attrs = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                 for m in _ATTRIBUTE.finditer(tag.group(0))}
        keys = {attrs.get(k, "").strip().lower() for k in ("name", "property", "itemprop")}
        day = _ISO_DAY.match(attrs.get("content", ""))
        if day and keys & _PUBLICATION_KEYS:
            return day.group(1)
    found = _JSON_LD_DATE.search(head)
    return found.group(1) if found else None
