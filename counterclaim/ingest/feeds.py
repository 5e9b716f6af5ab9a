"""RSS and Atom feeds: one document per item that carries its text (RSS 2.0, RSS 1.0 / RDF, Atom).

A feed named on the command line was read as the text of one article, its markup and all ("<?xml version=..." was
an incident's summary). Each item is now a document: its title, its link as the url, its date as the publication
date (RFC 822 in RSS, ISO 8601 in Atom and Dublin Core), and its text: the full content (`content:encoded`, Atom
`content`) where the feed gives it, else the description or summary; HTML in it is reduced to its text, a paragraph
a line. An item's id is made from the feed's name and the text, as for a JSON Lines record without one
(`world-3f9a2c71d0e4`), so an item that moves down the feed keeps its id; an item whose text changed at the same
link is a new version of that page (see `store.ingest`).

An item with no text (a headline feed: a title and a link only) is a problem naming the link, never an article made
of its title. The XML is read with the standard library's parser, which resolves no external entity and, with the
bundled expat, refuses entity expansion bombs.
"""

from __future__ import annotations

import copy as copy_module
import datetime as dt
import email.utils
import hashlib
import html
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from ..errors import InputError
from ._guards import check_text, record_date
from .article import Article, InputProblem
from .html import fragment_text
from .jsonl import ID_DIGITS

_log = logging.getLogger(__name__)

_FEED_ROOTS = {"rss", "feed", "RDF"}
_ITEMS = {"item", "entry"}
_TEXTS = {"title", "content", "description", "summary"}
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_XML_START = re.compile(
    rb"\s*(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>\s*)*<([\w:.-]+)", re.S)
"""What may come before a document's root element: the XML declaration, any number of processing instructions
(`<?xml-stylesheet type="text/xsl" ...?>` in BBC, WordPress and Feedburner feeds) and comments, and a DOCTYPE with or
without an internal subset (`<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>`): either refused such a feed as "neither an
article nor an RSS or Atom feed"."""


def feed_root(data: bytes) -> str | None:
    """The local name of the root element when `data` opens as an RSS or Atom feed (`rss`, `feed`, `RDF`), else
    None (an HTML page, a text, another XML document)."""
    match = _XML_START.match(data[:8192])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace").rsplit(":", 1)[-1]
    return name if name in _FEED_ROOTS else None


def is_xml(data: bytes) -> bool:
    """An XML declaration opens `data` (an XHTML page as much as a sitemap)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"<?xml"


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def articles_from_feed(
    data: bytes, *, label: str, stem: str, max_chars: int, published: dt.date | None = None,
) -> Iterator[Article | InputProblem]:
    """One `Article` per item with text, an `InputProblem` per item without (`label:N`, N the item's place)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"an RSS or Atom feed that is not well-formed XML ({exc})") from None
    items = [element for element in root.iter() if _local(element.tag) in _ITEMS]
    if not items:
        raise InputError(f"an {'Atom' if _local(root.tag) == 'feed' else 'RSS'} feed with no items")
    for number, item in enumerate(items, start=1):
        where = f"{label}:{number}"
        try:
            article = _item(item, where=where, stem=stem, max_chars=max_chars, published=published)
        except InputError as exc:
            yield InputProblem(where, str(exc))
            continue
        article.origin, article.line = label, number
        yield article


def _item(item: ET.Element, *, where: str, stem: str, max_chars: int, published: dt.date | None) -> Article:
    fields: dict[str, str] = {}
    link = None
    for child in item:
        name = _local(child.tag)
        if name == "link" and child.get("href") is not None:  # Atom: the page itself, not its comments or enclosure
            if child.get("rel", "alternate") == "alternate" and link is None:
                link = child.get("href", "").strip() or None
            continue
        if child.tag == _CONTENT:
            name = "content"
        value = _field_text(child) if name in _TEXTS else "".join(child.itertext()).strip()
        if value and name not in fields:
            fields[name] = value
    link = link or fields.get("link")
    title = " ".join(fields.get("title", "").split()) or None
    text = fields.get("content") or fields.get("description") or fields.get("summary") or ""
    if not text:
        raise InputError(f"no text in this item (a title and a link only: {link or title or 'no link'}); give the "
                         "page itself")
    check_text(text, max_chars)
    date = published
    raw_date = fields.get("pubDate") or fields.get("published") or fields.get("date") or fields.get("updated")
    if raw_date:
        try:
            date = record_date(_iso(raw_date), published, where)
        except InputError:  # a feed's text in the date field: the item is kept (a JSON Lines record's line is not)
            instead = f"using {published.isoformat()}" if published is not None else "read as undated"
            _log.warning("%s: date %r is no date read here (RFC 822 or ISO 8601); %s", where, raw_date, instead)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_DIGITS]
    return Article(id=f"{stem}-{digest}", text=text, title=title, url=link, published=date, source=where,
                   id_from_name=True)


def _iso(value: str) -> str:
    """RSS's RFC 822 date ("Mon, 06 May 2024 08:00:00 GMT") as ISO; an ISO date as it is."""
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value


_TAG = re.compile(r"<[A-Za-z/!]")
_XHTML = "{http://www.w3.org/1999/xhtml}"


def _field_text(element: ET.Element) -> str:
    """The text of an item's field. Atom says what it holds: `type="text"` is text, kept as it is with its line
    breaks; `html` is escaped HTML, which the XML parser has unescaped to markup; `xhtml` is markup in the feed
    itself. RSS says nothing: a field with markup in it (escaped, "&lt;p&gt;Gunmen ...", or as elements) is HTML,
    one without is text, its lines kept. HTML goes through the pages' own path (`html.fragment_text`)."""
    kind = element.get("type", "").lower()
    if len(element) and kind != "text":  # markup as elements (Atom xhtml, or raw tags in an RSS description)
        markup = _markup(element)
    else:
        markup = "".join(element.itertext())
        if kind == "text" or (kind not in ("html", "xhtml") and _TAG.search(markup) is None):
            return _lines(markup if kind == "text" else html.unescape(markup))
    return fragment_text(markup)


def _markup(element: ET.Element) -> str:
    """The markup inside `element`, without namespaces (`<p>`, not `<html:p xmlns:html=...>`): an HTML parser reads
    `ns0:p` as no paragraph."""
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        copy = copy_module.deepcopy(child)
        copy.tail = None
        for node in copy.iter():
            node.tag = _local(node.tag) or node.tag
            node.attrib = {_local(k) or k: v for k, v in node.attrib.items()}
        parts.append(ET.tostring(copy, encoding="unicode", method="html"))
        parts.append(html.escape(child.tail or "", quote=False))
    return "".join(parts)


def _lines(text: str) -> str:
    """A text's lines, each with its spaces collapsed; blank lines go (a paragraph a line, as a page's text)."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
