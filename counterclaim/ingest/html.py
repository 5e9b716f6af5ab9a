"""HTML pages: trafilatura keeps the main text and reads the title and publication date.

The analysed document is the extracted text (paragraphs one per line), so offsets index that
text, not the HTML source; it is what `document.n_chars` counts.
"""

from __future__ import annotations

import datetime as dt
import re

import trafilatura
from htmldate import find_date

from ..errors import InputError
from ._guards import check_text, decode_utf8, parse_date, record_date
from .article import Article

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Only metadata and the URL: htmldate's extensive search guesses dates from the body text, and a
# guessed publication date would anchor relative dates ("on Friday") to the wrong week.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_ANY_YEAR = {**_DATE_PARAMS, "min_date": "1000-01-01", "max_date": "9000-12-31"}
"""htmldate's own window (1995 to today) drops other dates without a word; looked for again with this one, a
page's date outside it is used or named, as a JSON Lines record's is."""
_META_DATE = re.compile(
    r"""<meta\b[^>]*(?:date|time|published)[^>]*\bcontent\s*=\s*["']\s*(\d{4}-\d\d-\d\d)""", re.IGNORECASE)
"""A date in a page's metadata, for the years no date reader reads (a feed's `0001-01-01` placeholder)."""


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


def _page_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_date(value)
    except InputError:
        return None


def _date_out_of_window(html: str, fallback: dt.date | None, where: str) -> dt.date | None:
    """The page's date htmldate's window dropped: kept when the years a record may give allow it, else the
    fallback, with a warning naming the page (never silently)."""
    try:
        found = find_date(html, **_ANY_YEAR)
    except Exception:  # noqa: BLE001 - htmldate/lxml on hostile input: the page stays undated, as before
        found = None
    if found is None:
        meta = _META_DATE.search(html[:65536])
        found = meta.group(1) if meta else None
    if found is None:
        return None
    try:
        return record_date(found, fallback, where)
    except InputError:  # not a calendar date ('2024-02-31')
        return None
