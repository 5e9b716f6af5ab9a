"""Paths in, articles out: files, directories (recursively) and `-` for stdin.

`read_inputs` never raises for a user's mistake: every input it cannot use becomes an
`InputProblem` (path and a one-line reason) in the stream, and the others are still read.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import io
import itertools
import json
import lzma
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..settings import Settings
from ._guards import MAX_BYTES_PER_CHAR, _human, check_not_utf16, check_size_bytes
from .article import Article, InputProblem
from .feeds import articles_from_feed, feed_root, is_xml
from .html import article_from_html
from .jsonl import SeenIds, capped_lines, read_jsonl_lines
from .text import article_from_bytes

STDIN = "-"


class _Ids:
    """Document ids from file stems, made unique (`report`, `report-2`, ...) in reading order."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self.records: SeenIds = {}
        """JSON Lines record ids of the run, to name one that comes back with another text."""

    def claim(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self._seen:
            n += 1
            candidate = f"{base}-{n}"
        self._seen.add(candidate)
        return candidate


@dataclass
class ReadContext:
    """What a reader needs besides the path: where to say it is, defaults, limits, and unique ids."""

    label: str
    published: dt.date | None
    max_chars: int
    ids: _Ids


ReaderFn = Callable[[Path, ReadContext], Iterable[Article | InputProblem]]
READERS: dict[str, ReaderFn] = {}
"""File suffix (lower case, with the dot) -> reader. Directories are searched for these suffixes."""


def register_reader(*suffixes: str) -> Callable[[ReaderFn], ReaderFn]:
    """Decorator: read files with these suffixes with `fn(path, ctx)`, which yields articles and problems.

    The built-in formats register themselves this way; a plugin can add one (`.xml`, `.warc`, ...).
    A reader raises `InputError` for a file it cannot use at all, or yields `InputProblem`s for parts.
    """

    def deco(fn: ReaderFn) -> ReaderFn:
        for suffix in suffixes:
            READERS[suffix.lower()] = fn
        return fn

    return deco


def read_inputs(
    paths: list[str],
    published: dt.date | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputProblem]:
    """Yield an `Article` per usable document and an `InputProblem` per unusable input, in path order.

    Directories are walked recursively in sorted order, reading only `.txt`, `.html`/`.htm` and
    `.jsonl` files (hidden files and folders are skipped). A file named explicitly with another
    suffix is read as plain text. `published` is the default publication date; JSONL records and
    HTML metadata that carry their own date keep it. A file reached more than once (named twice, or through a
    symbolic link) is read once, under its real path where the run reaches it by one (see `_chosen`).
    """
    settings = settings or Settings()
    ids = _Ids()
    steps = [_step(raw) for raw in paths]
    chosen = _chosen(step for step in steps if step[0] in ("dir", "file"))
    pipes = 0
    for kind, raw, found, unreadable in steps:
        if kind == "stdin":
            yield from _read_stdin(stdin or sys.stdin.buffer, ids, published, settings.max_chars)
        elif kind == "dir":
            yield from unreadable
            if not found and not unreadable:
                yield InputProblem(shown(raw), f"no {_suffix_list()} in this directory")
            for file, _linked in found:
                if chosen.get(id(file), True):
                    yield from _read_file(file, shown(file), ids, published, settings.max_chars)
        elif kind == "stream":
            pipes += _anonymous(raw)
            yield from _read_stream(Path(raw), raw, ids, published, settings.max_chars, pipes)
        elif kind == "file":
            ((file, _linked),) = found
            if chosen.get(id(file), True):
                yield from _read_file(file, shown(raw), ids, published, settings.max_chars)
        elif kind == "broken":
            yield InputProblem(shown(raw), _broken_link(Path(raw)))
        else:
            yield InputProblem(shown(raw), "no such file or directory")


_Step = tuple[str, str, list[tuple[Path, bool]], list[InputProblem]]
"""(kind, the path as given, the files it names with whether each is reached through a symbolic link, the folders
that could not be listed)."""


def _step(raw: str) -> _Step:
    if raw == STDIN:
        return "stdin", raw, [], []
    path = Path(raw)
    if path.is_dir():
        unreadable: list[InputProblem] = []
        return "dir", raw, _walk(path, unreadable), unreadable
    if path.exists() and _is_stream(path):
        return "stream", raw, [], []
    if path.exists():
        return "file", raw, [(path, path.is_symlink())], []
    return ("broken" if path.is_symlink() else "missing"), raw, [], []


def _chosen(steps: Iterable[_Step]) -> dict[int, bool]:
    """Which of the paths that lead to one file is read (by `id()` of the Path): the first reached without a symbolic
    link, else the first. The first in name order lost records: a link `current.txt` to `feeds/day1.txt` was read
    as `current`, and the next day, moved to `feeds/day2.txt`, was skipped as an edit of the stored `current`
    while `feeds/day2.txt` was left unread as "the same file": day 2 was never stored."""
    best: dict[tuple[int, int], tuple[Path, bool]] = {}
    occurrences: list[tuple[Path, tuple[int, int]]] = []
    for _kind, _raw, found, _unreadable in steps:
        for file, linked in found:
            try:
                key = _key(file)
            except OSError:
                continue  # the reader says what is wrong with it
            occurrences.append((file, key))
            if key not in best or (best[key][1] and not linked):
                best[key] = (file, linked)
    return {id(file): best[key][0] is file for file, key in occurrences}


def shown(path: str | Path) -> str:
    """A path as text every later step can hold: Linux hands a file name's bytes that are not UTF-8 to Python as
    lone surrogates ("bad\\udcffname.txt"), which no UTF-8 output, hash or store can take (ingest stopped with a
    traceback). Such a byte is written as `\\xff`, the rest as it is."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _suffix_list() -> str:
    names = sorted(READERS)
    listed = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else "".join(names)
    return f"{listed} files (plain or {', '.join(COMPRESSED)})"


COMPRESSED: dict[str, Callable[..., BinaryIO]] = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
"""Compressed inputs, read as what they hold (`feed.jsonl.gz` as JSON Lines, a record at a time): a pipeline's
feeds are often kept gzipped, and one was refused as "binary file (contains NUL bytes)", or left unread in a folder
without a word."""


def _readable_name(name: str) -> bool:
    """A file a folder walk reads: a reader's suffix, or one of them compressed (`feed.jsonl.gz`; a `backup.tar.gz`
    is no input)."""
    suffix = Path(name).suffix.lower()
    if suffix in COMPRESSED:
        suffix = Path(Path(name).stem).suffix.lower()
    return suffix in READERS


def _walk(root: Path, problems: list[InputProblem]) -> list[tuple[Path, bool]]:
    """The readable files under `root`, sorted, each with whether it is reached through a symbolic link. A link to a
    folder is followed as `cp -rL` would (a user links a folder into a corpus to have it read; skipping it said
    nothing), each real folder once: the real tree is walked first, then the linked folders it did not hold (a link
    `current` to `days/day1` reads nothing twice, and `days/day1`'s files keep their own names); a second link to
    a folder is not entered again, nor a link to the root or a folder above it (a loop, which would also read
    folders the user never named). A folder that cannot be listed (no permission) is a problem, not a silent gap in
    the corpus."""

    def unlistable(exc: OSError) -> None:
        problems.append(InputProblem(shown(exc.filename or root), f"cannot read folder: {exc.strerror or exc}"))

    found: list[tuple[Path, bool]] = []
    walked: set[tuple[int, int]] = set()
    above: set[tuple[int, int]] = set()
    for parent in root.resolve().parents:
        try:
            above.add(_key(parent))
        except OSError:  # a folder above that may not be looked at: no link can lead into it either
            pass
    links: list[Path] = []
    tops: list[tuple[Path, bool]] = [(root, False)]
    while tops:
        top, through_link = tops.pop(0)
        for dirpath, dirnames, filenames in os.walk(top, onerror=unlistable):
            try:
                key = _key(Path(dirpath))
            except OSError:  # gone since it was listed
                dirnames[:] = []
                continue
            if key in walked or key in above:
                dirnames[:] = []
                continue
            walked.add(key)
            kept = sorted(d for d in dirnames if not d.startswith("."))
            links.extend(Path(dirpath) / d for d in kept if (Path(dirpath) / d).is_symlink())
            dirnames[:] = [d for d in kept if not (Path(dirpath) / d).is_symlink()]
            found.extend((Path(dirpath) / f, through_link or (Path(dirpath) / f).is_symlink()) for f in filenames
                         if not f.startswith(".") and _readable_name(f))
        if not tops:  # the real tree first, then the folders linked into it (and those linked into them)
            tops, links = [(link, True) for link in sorted(links)], []
    return sorted(found)


def _key(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def _broken_link(path: Path) -> str:
    try:
        target = os.readlink(path)
    except OSError:  # pragma: no cover - raced away
        return "no such file or directory"
    return f"a symbolic link to {shown(target)}, which does not exist"


def _read_file(
    path: Path, label: str, ids: _Ids, published: dt.date | None, max_chars: int,
) -> Iterator[Article | InputProblem]:
    reader = READERS.get(path.suffix.lower(), _read_text)  # a file named explicitly: plain text by default
    try:
        if path.is_symlink() and not path.exists():
            raise InputError(_broken_link(path))
        if not path.is_file():
            raise InputError("not a regular file")
        if path.suffix.lower() in COMPRESSED and path.suffix.lower() not in READERS:  # a plugin may read them itself
            yield from _read_compressed(path, label, ids, published, max_chars)
            return
        yield from reader(path, ReadContext(label, published, max_chars, ids))
    except InputError as exc:
        yield InputProblem(label, str(exc))
    except OSError as exc:
        yield InputProblem(label, f"cannot read: {exc.strerror or exc}")


@register_reader(".txt")
def _read_text(path: Path, ctx: ReadContext) -> Iterator[Article | InputProblem]:
    size = path.stat().st_size
    if size > MAX_BYTES_PER_CHAR * ctx.max_chars:  # too long for a text; a feed's limit is its items' (see FEED_BYTES)
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
        if not _xml_other_than_a_page(head):
            check_size_bytes(size, ctx.max_chars)
        check_feed_size(size)
    data = path.read_bytes()
    if _xml_other_than_a_page(data):  # `feed.xml` named on the command line: its items, not its markup as a text
        yield from _feed_items(data, ctx.label, shown(path.stem or path.name), ctx.ids, ctx.published, ctx.max_chars,
                               origin=ctx.label)
        return
    if is_xml(data):  # an XHTML page named `page.xhtml` or `page.xml` was analysed as text, "<?xml version=..." and
        # its markup in the summary: it is a page, as one piped in is
        yield _named(article_from_html(data, id=ctx.ids.claim(shown(path.stem or path.name)), max_chars=ctx.max_chars,
                                       published=ctx.published, source=ctx.label), ctx.label)
        return
    yield _named(article_from_bytes(data, id=ctx.ids.claim(shown(path.stem or path.name)),
                                    max_chars=ctx.max_chars, published=ctx.published, source=ctx.label), ctx.label)


_TAG = re.compile(rb"<[A-Za-z!/?]")


@register_reader(".rss", ".atom")
def _read_feed(path: Path, ctx: ReadContext) -> Iterator[Article | InputProblem]:
    """An RSS or Atom feed: a document per item (see `feeds`), each item limited as a text is, the feed as a whole
    only by `FEED_BYTES`."""
    check_feed_size(path.stat().st_size)
    yield from _feed_items(path.read_bytes(), ctx.label, shown(path.stem or path.name), ctx.ids, ctx.published,
                           ctx.max_chars, origin=ctx.label)


FEED_BYTES = 128 * 1024 * 1024
"""The size of an RSS or Atom feed read (it is parsed whole). Its items are each limited to COUNTERCLAIM_MAX_CHARS
characters, as JSON Lines records are: a 4.2 MB feed of 3,000 items was refused whole as "too large ... (limit
1,000,000 characters; set COUNTERCLAIM_MAX_CHARS ...)", no item read, and the advice to raise the per-text limit
was wrong for it."""
_SNIFF = 8192
"""Bytes read to know a feed from a text or page (`feeds.feed_root` looks as far)."""


def check_feed_size(n_bytes: int, *, more: bool = False) -> None:
    """Refuse a feed above `FEED_BYTES` (said as a floor when `more`: a stream that goes on)."""
    if n_bytes > FEED_BYTES:
        raise InputError(f"too large for a feed: {'more than ' if more else ''}{_human(n_bytes - more)} (limit "
                         f"{_human(FEED_BYTES)}, as it is parsed whole; split it, or give its items as JSON Lines)")


def _xml_other_than_a_page(data: bytes) -> bool:
    """A feed, or an XML document that is no (X)HTML page: either is read by `_feed_items`, which refuses the
    second in one line ("<?xml ... <urlset>" was analysed as an article's text)."""
    return feed_root(data) is not None or (is_xml(data) and re.search(rb"<html\b", data[:8192], re.I) is None)


def _feed_items(
    data: bytes, label: str, stem: str, ids: _Ids, published: dt.date | None, max_chars: int, *,
    origin: str | None,
) -> Iterator[Article | InputProblem]:
    check_not_utf16(data)
    if feed_root(data) is None:
        raise InputError("an XML document that is neither an article nor an RSS or Atom feed")
    for item in articles_from_feed(data, label=label, stem=stem, max_chars=max_chars, published=published):
        if isinstance(item, Article):
            _claim(item, ids)
            item.origin = origin  # piped (None): a later run's item is never an edit of this one
        yield item


@register_reader(".html", ".htm")
def _read_html(path: Path, ctx: ReadContext) -> Iterator[Article | InputProblem]:
    """A page; a file named `.html` with no tag in it at all (a text saved under the wrong name) is read as the text it
    is, not refused as "no article text found in the HTML"."""
    check_size_bytes(path.stat().st_size, ctx.max_chars)
    data = path.read_bytes()
    if _TAG.search(data) is None:
        yield from _read_text(path, ctx)
        return
    yield _named(article_from_html(data, id=ctx.ids.claim(shown(path.stem or path.name)),
                                   max_chars=ctx.max_chars, published=ctx.published, source=ctx.label), ctx.label)


@register_reader(".jsonl")
def _read_jsonl(path: Path, ctx: ReadContext) -> Iterator[Article | InputProblem]:
    with path.open("rb") as fh:
        head = fh.read(4096)
        if not head.strip():
            raise InputError("empty file")
        check_not_utf16(head)
        if b"\x00" in head:
            raise InputError("binary file (contains NUL bytes), not JSON Lines")
        _check_one_document(fh, head, ctx.max_chars)
        fh.seek(0)
        lines = capped_lines(fh, MAX_BYTES_PER_CHAR * ctx.max_chars)  # a record a line, none held past the limit
        for item in read_jsonl_lines(lines, label=ctx.label, stem=shown(path.stem), max_chars=ctx.max_chars,
                                     published=ctx.published, seen=ctx.ids.records):
            if isinstance(item, Article):
                _claim(item, ctx.ids)
            yield item


PRETTY_RECORDS = ("JSON records spread over several lines (pretty-printed, as jq writes them by default), not JSON "
                  "Lines: write one record a line")


def _pretty_printed(first_line: bytes) -> bool:
    """A first line that is a lone `{` or `[` opens a pretty-printed document: no JSON Lines record is one."""
    return first_line.strip() in (b"{", b"[")


JSON_ARRAY = "a JSON array, not JSON Lines: write one record a line (e.g. `jq -c '.[]'`)"


def _json_array(data: bytes) -> bool:
    """Text piped in that is a JSON array: records (`[` then `{`, on one line or over several, as jq writes them) or
    any array that parses as JSON. A text whose first line is a lone `[` was refused as pretty-printed JSON."""
    if data.lstrip()[:1] != b"[":
        return False
    if re.match(rb"\s*\[\s*\{", data):
        return True
    try:
        return isinstance(json.loads(data.decode("utf-8-sig")), list)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _check_one_document(fh: BinaryIO, head: bytes, max_chars: int) -> None:
    """A `.jsonl` file that is one JSON document (an array of records, or one record pretty-printed over several
    lines) is said so once, with the fix, instead of a "not valid JSON" per line or "got list"."""
    start = head.lstrip()[:1]
    if start not in (b"[", b"{"):
        return
    fh.seek(0)
    data = fh.read(MAX_BYTES_PER_CHAR * max_chars + 1)
    try:
        whole = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        if _pretty_printed(data.lstrip().splitlines()[0]):  # "\r" ends too
            raise InputError(PRETTY_RECORDS + " (e.g. `jq -c . FILE`)") from None
        return  # JSON Lines (several documents), or broken lines the line reader names one by one
    if isinstance(whole, list):
        raise InputError("a JSON array, not JSON Lines: write one record a line (e.g. `jq -c '.[]' FILE`)")
    if isinstance(whole, dict) and len([line for line in data.splitlines() if line.strip()]) > 1:
        raise InputError("one JSON record over several lines, not JSON Lines: write one record a line "
                         "(e.g. `jq -c . FILE`)")


def _claim(record: Article, ids: _Ids) -> None:
    """Reserve a record's id so a file stem never collides with it; an id made from the text, met again in the run
    (the same text twice), takes a suffix, so `analyze` writes no two documents under one id."""
    claimed = ids.claim(record.id)
    if record.id_from_name:
        record.id = claimed


def _named(article: Article, origin: str | None) -> Article:
    article.id_from_name = True
    article.origin = origin
    return article


_BROKEN_COMPRESSION = (EOFError, zlib.error, lzma.LZMAError)
"""What a decompressor raises besides OSError: EOFError for data that ends before its end marker."""


def _read_compressed(
    path: Path, label: str, ids: _Ids, published: dt.date | None, max_chars: int,
) -> Iterator[Article | InputProblem]:
    """A `.gz`, `.bz2` or `.xz` file, read as stdin is (JSON Lines a record at a time, HTML or text up to the limit of
    what it holds, never decompressed whole), under its name without the compression's suffix (`feed.jsonl.gz`:
    records `feed-…`, a text `story`); its records and texts come from the file, as an uncompressed one's do."""
    inner = Path(path.stem)
    stem = shown(Path(inner.stem).name if inner.suffix.lower() in READERS else inner.name) or "compressed"
    try:
        with COMPRESSED[path.suffix.lower()](path, "rb") as stream:
            yield from _read_stdin(stream, ids, published, max_chars, label=label, stem=stem, origin=label)
    except _BROKEN_COMPRESSION as exc:
        yield InputProblem(label, _broken_compression(exc))


def _broken_compression(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return ("the compressed data ends before its end marker: cut short (a partial download, or a file still "
                "being written?); the records before the cut were read")
    return f"not valid compressed data ({exc})"


class _Rejoined(io.RawIOBase):
    """`head` (bytes already read from `rest`), then the rest of `rest`: a compressed stream sniffed on stdin."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = getattr(self.rest, "read1", self.rest.read)(len(buffer))
        buffer[: len(data)] = data
        return len(data)


_MAGIC = ((re.compile(rb"\x1f\x8b"), gzip.open), (re.compile(rb"BZh[1-9]1AY&SY"), bz2.open),
          (re.compile(rb"\xfd7zXZ\x00"), lzma.open))
"""The signatures of the compressed formats read (gzip, bzip2, xz), to know one piped in (`cat feed.jsonl.gz |`),
with the opener of each: the `open` functions all take the stream itself positionally (`bz2.BZ2File` and
`lzma.LZMAFile` take no `fileobj=`, which only `gzip.GzipFile` does: piped bzip2 and xz raised a TypeError)."""


def _is_stream(path: Path) -> bool:
    """A pipe or a character device named on the command line: `analyze <(curl ...)` passes `/dev/fd/63`, which
    was refused as "not a regular file". It is read once, as stdin is."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


_FD = re.compile(r"/(?:dev|proc/(?:self|thread-self|\d+))/fd/\d+|/dev/stdin")


def _anonymous(raw: str) -> bool:
    """A pipe without a name of its own: bash's `<(cat a.txt)` passes `/dev/fd/63`, whose number says nothing and
    is another pipe in the next run ("63" was the document's id, "/dev/fd/63" its stored source)."""
    if _FD.fullmatch(raw):
        return True
    try:
        return os.readlink(raw).startswith(("pipe:[", "socket:["))
    except OSError:
        return False


def _read_stream(
    path: Path, raw: str, ids: _Ids, published: dt.date | None, max_chars: int, pipes: int = 0,
) -> Iterator[Article | InputProblem]:
    """A named pipe (`mkfifo feed.jsonl`) keeps its name; one without (`<(curl ...)`) is named as stdin is, `pipe`
    and `<pipe>` (`<pipe 2>` for the second of a run)."""
    if _anonymous(raw):
        label, stem = ("<pipe>" if pipes <= 1 else f"<pipe {pipes}>"), "pipe"
    else:
        label, stem = shown(raw), shown(path.stem) or "stream"
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputProblem(label, f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        yield from _read_stdin(stream, ids, published, max_chars, label=label, stem=stem)


def _read_stdin(
    stream: BinaryIO, ids: _Ids, published: dt.date | None, max_chars: int, *, label: str = "<stdin>",
    stem: str = "stdin", origin: str | None = None,
) -> Iterator[Article | InputProblem]:
    """Sniff stdin: JSON Lines when it starts with `{`, HTML when it starts with a tag, else text.

    JSON Lines are read a line at a time, as from a file: the size limit is each record's, not the stream's (a
    feed of 10 MB piped in was refused whole as one "too large" document). Text and HTML are one document, read
    up to the limit. A named pipe is read the same way, under its own `label` and `stem`; a compressed file too, with
    `origin` (its path: a later run's edited record is then an edit). Compressed data piped in is read as what it
    holds."""
    limit = MAX_BYTES_PER_CHAR * max_chars
    try:
        lead = bytearray()  # blank lines before the first one with something on it, at most `limit` bytes of them
        while (line := stream.readline(limit + 1)) and not line.strip():
            lead += line
            if len(lead) > limit:  # `yes '' | counterclaim analyze -`: held them all, and never ended
                raise InputError(f"only blank lines in the first {_human(limit)} read (limit {max_chars:,} "
                                 "characters): no text")
        # UTF-16 without a byte-order mark splits at the newline's first byte: '{' opened "JSON Lines" and every line
        # was "binary data (NUL bytes)"; said once, as for a file
        opened = bytes(lead) + line
        for magic, decompress in _MAGIC:
            if magic.match(opened) and origin is None:  # `cat feed.jsonl.gz | counterclaim ingest -`
                try:
                    with decompress(_Rejoined(opened, stream)) as inner:
                        yield from _read_stdin(inner, ids, published, max_chars, label=label, stem=stem,
                                               origin=origin)
                except _BROKEN_COMPRESSION as exc:
                    yield InputProblem(label, _broken_compression(exc))
                return
        check_not_utf16(opened)
        if line.strip() == b"{":  # `jq . | counterclaim ingest -`: one line, not an error per line of it
            raise InputError(PRETTY_RECORDS + " (e.g. `jq -c .`)")
        if re.match(rb"\s*\[\s*\{", line):  # a JSON array would be analysed as the text of one article
            raise InputError(JSON_ARRAY)
        if line.lstrip()[:1] == b"{":
            # each record read up to the limit (a longer one is read through and named, never held whole)
            lines = itertools.chain(bytes(lead).splitlines(keepends=True), capped_lines(stream, limit, first=line))
            for item in read_jsonl_lines(lines, label=label, stem=stem, max_chars=max_chars,
                                         published=published, seen=ids.records):
                if isinstance(item, Article):
                    _claim(item, ids)
                    item.origin = origin  # piped text (None): a later run's record is never an edit of this one
                yield item
            return
        data = bytes(lead) + line
        data += stream.read(max(0, limit + 1 - len(data)))
        if _json_array(data):  # a lone '[' opens an array only if JSON follows ("[\nGunmen ..." is a text)
            raise InputError(JSON_ARRAY)
        if len(data) > limit:  # too long for a text: a feed (its items each limited) is read on, up to FEED_BYTES
            read = len(data)
            if len(data) < _SNIFF:
                data += stream.read(_SNIFF - len(data))
            if not _xml_other_than_a_page(data):
                check_size_bytes(read, max_chars, more=True)
            data += stream.read(max(0, FEED_BYTES + 1 - len(data)))
            check_feed_size(len(data), more=len(data) > FEED_BYTES)
        if _xml_other_than_a_page(data):  # `curl .../rss | counterclaim ingest -`
            yield from _feed_items(data, label, stem, ids, published, max_chars, origin=origin)
        elif data.lstrip()[:1] == b"<":
            yield _named(article_from_html(data, id=ids.claim(stem), max_chars=max_chars, published=published,
                                           source=label), origin)
        else:
            yield _named(article_from_bytes(data, id=ids.claim(stem), max_chars=max_chars, published=published,
                                            source=label), origin)
    except InputError as exc:
        yield InputProblem(label, str(exc))
    except OSError as exc:
        yield InputProblem(label, f"cannot read: {exc.strerror or exc}")
