"""JSON Lines: one `{"id", "text", "title", "url", "published"}` record a line.

A bad line becomes an `InputProblem` naming `file:line`; the other lines are still read. A record's
own `published` wins over the command-line default. A record without an id is named from the file and its text
(`feed-3f9a2c71d0e4`, as sqlite-utils' `--hash-id` keys a row by its content), never from its line: a line added at
the top of a feed would shift every later id, and a store would take the records for edits of the ones it holds.
A record whose id an earlier record with another text already has is read, with a warning naming both lines:
documents are told apart by id, so a store keeps the first of them only (see docs/conventions.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import InputError
from ._guards import check_size_bytes, check_text, record_date
from .article import Article, InputProblem
from .text import headline

_OPTIONAL_STR = ("title", "url", "source")

_log = logging.getLogger(__name__)

SeenIds = dict[str, tuple[str, bytes, str | None]]
"""Record id -> where it was first read (`file:line`), a digest of that record's text, and its url."""


def read_jsonl_lines(
    lines: Iterable[bytes], *, label: str, stem: str, max_chars: int, published: dt.date | None = None,
    seen: SeenIds | None = None,
) -> Iterator[Article | InputProblem]:
    """Parse records from raw lines; `label` names the file in problems, `stem` makes default ids.

    `seen` carries the ids across the files of one run, so a repeat in another file is named too."""
    seen = {} if seen is None else seen
    for number, raw in enumerate(lines, start=1):
        where = f"{label}:{number}"
        if isinstance(raw, TooLong):  # before the blank test: it holds no byte of the line
            yield InputProblem(where, raw.reason(max_chars))
            continue
        if not raw.strip():
            continue
        try:
            article = _record(raw, where=where, stem=stem, max_chars=max_chars, published=published)
        except InputError as exc:
            yield InputProblem(where, str(exc) + (UNENDED if isinstance(raw, Unended) and str(exc).startswith(
                "not valid JSON") else ""))
            continue
        article.origin, article.line = label, number
        _check_repeat(article, where, seen)
        yield article


class Unended(bytes):
    """The last line of a stream when it has no line end: whole if it parses, else maybe a record still being
    written (a feed read while its writer appends) or a download cut short, which the problem says."""


UNENDED = ("; it is the last line and has no line end: cut short, or still being written? (a rerun reads it once it "
           "is whole)")


class TooLong(bytes):
    """A line longer than any record may be, in place of the line: only its length was kept (see `capped_lines`)."""

    size: int

    def reason(self, max_chars: int) -> str:
        try:
            check_size_bytes(self.size, max_chars)
        except InputError as exc:
            return str(exc)
        return "too large"  # pragma: no cover - a TooLong line is always over the limit


_CHUNK = 1 << 16

_LINE_END = re.compile(rb"\r\n|\n|\r")
"""A record ends at a newline, a Windows "\\r\\n" or a lone "\\r" (old Mac OS and some spreadsheet exports write it):
JSON allows no raw line break inside a string, so no record holds one. A feed with "\\r" ends only was read as one
line, its records run together into one "not valid JSON (Extra data ...)": every record was lost."""


def capped_lines(stream: BinaryIO, limit: int, first: bytes | None = None) -> Iterator[bytes]:
    """The lines of `stream` (each with its line end: "\\n", "\\r\\n" or a lone "\\r"), none held longer than `limit`
    bytes: a longer one is read through in chunks and given as a `TooLong` holding its size. A pipe's lines were read
    whole, so a feed without a line end (or `yes ''` padded) grew the process without bound before any limit was
    checked. `first` is what was already read of the stream (a line read with `readline(limit + 1)`).

    Reads take what the stream has (`read1`): a pipe or a file still being written yields each line as it comes."""
    read = getattr(stream, "read1", stream.read)
    buf = bytearray(first or b"")
    start = 0  # where the next line opens in `buf`
    scan = 0  # where to look for its end: the bytes before were looked at (a long line is not searched again per chunk)
    skipped: int | None = None  # bytes of a too-long line read through so far
    eof = False
    while True:
        end = _LINE_END.search(buf, max(start, scan))
        if end is not None and end.group() == b"\r" and end.end() == len(buf) and not eof:
            end = None  # a "\r" that closes the chunk: the "\n" of a "\r\n" may follow in the next one
        if end is not None:
            if skipped is not None:
                line: bytes = TooLong()
                line.size = skipped + end.end() - start
                skipped = None
            elif end.start() - start > limit:  # the line end is no part of the record
                line = TooLong()
                line.size = end.end() - start
            else:
                line = bytes(buf[start:end.end()])
            start = scan = end.end()
            yield line
            continue
        if skipped is not None or len(buf) - start > limit:  # no end within the limit: count the line, keep nothing
            keep = 1 if buf.endswith(b"\r") and not eof else 0  # a "\r" that may open a "\r\n"
            skipped = (skipped or 0) + len(buf) - start - keep
            del buf[: len(buf) - keep]
        else:
            del buf[:start]
        start, scan = 0, max(0, len(buf) - 1)  # a last "\r" is looked at again
        if eof:
            if skipped is not None:
                line = TooLong()
                line.size = skipped + len(buf)
                yield line
            elif buf:
                yield Unended(buf)  # the last line, without a line end
            return
        chunk = read(_CHUNK)
        if chunk:
            buf += chunk
        else:
            eof = True


def _check_repeat(article: Article, where: str, seen: SeenIds) -> None:
    """Warn when an id the record gives comes back with another text; the same record twice (a feed concatenated
    with itself) loses nothing and says nothing. An id the reader made (from the file name and the text) is never
    warned: it changes with the text."""
    digest = hashlib.blake2b(article.text.encode("utf-8"), digest_size=16).digest()
    first = seen.setdefault(article.id, (where, digest, article.url))
    if first[1] == digest or article.id_from_name:
        return
    if article.url and first[2] == article.url:  # two versions of one page: a store keeps both (see store.ingest)
        _log.warning("%s: id %r was already given to another text at %s, with the same url (an updated page?); a "
                     "store keeps both, the later under a suffix", where, article.id, first[0])
    else:
        _log.warning("%s: id %r was already given to another text at %s; documents are told apart by id, so a "
                     "store keeps only the first (give each record its own id)", where, article.id, first[0])


ID_DIGITS = 12
"""Hex digits of the text's SHA-256 in an id made for a record without one: 48 bits, so two texts of a million-record
store share one by chance about once in a few hundred such stores, and a store then stores the second under a suffix."""


def _check_unicode(record: dict) -> None:
    """JSON lets a string escape half a surrogate pair ("\\ud800"), which is no character: no UTF-8 can hold it, so
    hashing, storing or printing the text failed with a traceback that stopped the whole run. The line is refused."""
    for key in ("text", "id", *_OPTIONAL_STR, "published"):
        value = record.get(key)
        if not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(f'"{key}" holds an unpaired surrogate escape (\\u{ord(value[exc.start]):04x}) at '
                             f"character {exc.start}: not valid Unicode; fix the writer of the feed") from None


def _fields_held(record: dict) -> str:
    """What a record without "text" holds, so a feed whose body is elsewhere (`{"article": {"body": ...}}`, `content`)
    can be mapped: `jq -c '{id, text: .article.body}'`. Only the first few names, never their values."""
    names = [json.dumps(str(key), ensure_ascii=False) for key in list(record)[:6]]
    if not names:
        return "; the record is empty"
    more = ", ..." if len(record) > 6 else ""
    return f"; the record has {', '.join(names)}{more} (map the article's text to \"text\", e.g. with jq)"


def _record(raw: bytes, *, where: str, stem: str, max_chars: int, published: dt.date | None) -> Article:
    if b"\x00" in raw:
        raise InputError("binary data (NUL bytes), not a JSON record")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start} of the line: re-save the file as UTF-8") from None
    try:
        # without its line break: a line cut short ended at "line 2 column 1" of its own "\n", told as "column 1"
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        # json's own message for a raw control character ends in "at"; the column follows once
        raise InputError(f"not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object with a \"text\" field, got {type(record).__name__}")
    _check_unicode(record)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(('missing "text" (a string)' + _fields_held(record)) if text is None
                         else '"text" must be a string')
    check_text(text, max_chars)
    doc_id = record.get("id")
    from_name = doc_id is None or doc_id == ""
    if from_name:
        doc_id = f"{stem}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:ID_DIGITS]}"
    elif isinstance(doc_id, bool) or not isinstance(doc_id, str | int):  # `true` is no id (json's bool is an int)
        raise InputError('"id" must be a string or an integer')
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_STR:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f'"{key}" must be a string')
        fields[key] = value or None
    date = published
    if record.get("published") not in (None, ""):
        date = record_date(record["published"], published, f"{where} (id {doc_id})")
    return Article(
        id=str(doc_id), text=text, title=fields["title"] or headline(text), url=fields["url"],
        published=date, source=fields["source"] or where, id_from_name=from_name,
    )
