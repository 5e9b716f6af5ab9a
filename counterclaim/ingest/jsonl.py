"""JSON Lines: one `{"id", "text", "title", "url", "published"}` record a line.

A bad line becomes an `InputProblem` naming `file:line`; the other lines are still read. A record's
own `published` wins over the command-line default.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator

from ..errors import InputError
from ._guards import check_text, record_date
from .article import Article, InputProblem
from .text import headline

_OPTIONAL_STR = ("title", "url", "source")


def read_jsonl_lines(
    lines: Iterable[bytes], *, label: str, stem: str, max_chars: int, published: dt.date | None = None,
) -> Iterator[Article | InputProblem]:
    """Parse records from raw lines; `label` names the file in problems, `stem` makes default ids."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{label}:{number}"
        try:
            yield _record(raw, where=where, default_id=f"{stem}-{number}", max_chars=max_chars, published=published)
        except InputError as exc:
            yield InputProblem(where, str(exc))


def _record(raw: bytes, *, where: str, default_id: str, max_chars: int, published: dt.date | None) -> Article:
    if b"\x00" in raw:
        raise InputError("binary data (NUL bytes), not a JSON record")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start} of the line: re-save the file as UTF-8") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        # json's own message for a raw control character ends in "at"; the column follows once
        raise InputError(f"not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object with a \"text\" field, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError('missing "text" (a string)' if text is None else '"text" must be a string')
    check_text(text, max_chars)
    doc_id = record.get("id")
    if doc_id is None or doc_id == "":
        doc_id = default_id
    elif not isinstance(doc_id, str | int):
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
        published=date, source=fields["source"] or where,
    )
