"""Checks that turn unusable bytes into a one-line reason before any NLP runs.

Each check raises `InputError` with a message that says what is wrong and, where it helps, what
to do; readers catch it and report the input as skipped.
"""

from __future__ import annotations

import datetime as dt
import logging

from ..errors import InputError
from ._language import english_problem

_log = logging.getLogger(__name__)

UTF8_BOM = b"\xef\xbb\xbf"
MAX_BYTES_PER_CHAR = 4
"""UTF-8 needs at most four bytes a character, so a file above 4 x max_chars bytes is surely too long."""


def check_size_bytes(n_bytes: int, max_chars: int, *, more: bool = False) -> None:
    """Refuse before reading a file that cannot fit in `max_chars` characters; `more` when `n_bytes` is only what
    was read of a stream that goes on (stdin), so the size said is a floor."""
    if n_bytes > MAX_BYTES_PER_CHAR * max_chars:
        raise InputError(f"too large: {'more than ' if more else ''}{_human(n_bytes - more)} (limit {max_chars:,} "
                         "characters; set COUNTERCLAIM_MAX_CHARS to raise it)")


def decode_utf8(data: bytes) -> str:
    """Strict UTF-8 decoding: binary data and other encodings are reported, never silently mangled.

    A leading byte-order mark is dropped; line endings are kept as they are, so offsets index the
    file's characters.
    """
    if not data.strip():
        raise InputError("empty file")
    check_not_utf16(data)
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(_decode_reason(data, exc)) from None


def check_not_utf16(head: bytes) -> None:
    """UTF-16 is text, not binary: say so and what to do, with or without a byte-order mark (Windows tools write
    both). Without one, the pattern tells it: Latin-script text has a NUL as every other byte, on one side."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("UTF-16 text: re-save the file as UTF-8")
    sample = head[:4096]
    pairs = len(sample) // 2
    if pairs < 8 or b"\x00" not in sample:
        return
    even, odd = sample[0 : 2 * pairs : 2], sample[1 : 2 * pairs : 2]
    for zeros, other in ((odd, even), (even, odd)):
        if zeros.count(0) >= 0.9 * pairs and other.count(0) <= 0.1 * pairs:
            raise InputError("UTF-16 text (no byte-order mark): re-save the file as UTF-8")


def check_text(text: str, max_chars: int) -> None:
    """Text-level guards shared by every reader: blank, too long, not English."""
    if not text.strip():
        raise InputError("empty text" if not text else "empty text (only whitespace)")
    if len(text) > max_chars:
        raise InputError(f"too large: {len(text):,} characters (limit {max_chars:,}; "
                         "set COUNTERCLAIM_MAX_CHARS to raise it)")
    reason = english_problem(text)
    if reason:
        raise InputError(reason)


def _decode_reason(data: bytes, exc: UnicodeDecodeError) -> str:
    line = data.count(b"\n", 0, exc.start) + 1
    if _control_ratio(data) > 0.1:
        return "binary file (not UTF-8 text)"
    hint = ""
    try:
        data.decode("cp1252")
        hint = "; it looks like Latin-1/Windows-1252"
    except UnicodeDecodeError:
        pass
    return f"invalid UTF-8 at byte {exc.start} (line {line}){hint}: re-save the file as UTF-8"


def _control_ratio(data: bytes, sample: int = 4096) -> float:
    """Share of control bytes other than tab/newline/return: high for binary formats."""
    head = data[:sample]
    bad = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return bad / max(len(head), 1)


def _human(n_bytes: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n_bytes < 1024 or unit == "GB":
            return f"{n_bytes:,} {unit}" if unit == "bytes" else f"{n_bytes:.1f} {unit}"
        n_bytes /= 1024
    return f"{n_bytes} bytes"  # pragma: no cover - loop always returns


PUBLISHED_YEARS = (1800, 2200)
"""Publication years accepted: outside them a date is a typo or a placeholder (`0001-01-01`), and the relative
dates read against it ('last year', 'on Friday') would fall off the calendar and fail the whole document."""


def parse_date(value: object) -> dt.date:
    """An ISO date (`YYYY-MM-DD`, or a timestamp that starts with one); anything else is an InputError."""
    value = _iso_date(value)
    if not in_published_range(value):
        low, high = PUBLISHED_YEARS
        raise InputError(f"published date {value.isoformat()} is out of range: give the article's date "
                         f"(years {low}-{high}), or none")
    return value


def in_published_range(value: dt.date) -> bool:
    low, high = PUBLISHED_YEARS
    return low <= value.year <= high


def _iso_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        if not isinstance(value, str):
            raise InputError(f"bad published date {value!r}: use YYYY-MM-DD, e.g. 2024-03-23")
        date = _date_or_timestamp(value.strip())
        if date is None:
            raise InputError(f"bad published date {value!r}: use YYYY-MM-DD, e.g. 2024-03-23") from None
        value = date
    return value


def _date_or_timestamp(text: str) -> dt.date | None:
    """`2024-03-23`, or a timestamp that opens with it: ISO 8601 ('2024-03-23T08:15:00Z'), or a date, 'T' or a
    space, and a time in a form ISO does not cover ('2024-03-23 08:15 GMT'). Anything else glued to the date
    ('2024-03-23junk', '2024-03-231') is a typo, not a date to guess at."""
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parsed = parse(text)
        except ValueError:
            continue
        return parsed.date() if isinstance(parsed, dt.datetime) else parsed
    if (len(text) > 11 and text[10] in "Tt " and text[11].isdigit()) or text[10:].strip().upper() in _BARE_ZONES:
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None


_BARE_ZONES = frozenset({"Z", "UTC", "GMT"})
"""A zone after the date alone ('2024-03-23Z', '2024-03-23 UTC'), as feeds write a day in UTC."""


def _opens_with_date(value: object) -> bool:
    """'2024-03-23, 08:15': a calendar date first, then text no reader reads."""
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return False
    return True


def record_date(
    value: object, fallback: dt.date | None, where: str, *, latest: dt.date | None = None,
) -> dt.date | None:
    """A record's own date. One outside PUBLISHED_YEARS (a feed's `0001-01-01` placeholder), after `latest`, or
    a date with text no reader reads after it ('2024-03-23, 08:15') counts as missing, as on HTML pages: the
    document keeps `fallback` (the command's --published, or none) and a warning names it. A value that is no
    date at all ('last Tuesday') is still an InputError."""
    instead = f"using {fallback.isoformat()}" if fallback is not None else "read as undated"
    try:
        date = _iso_date(value)
    except InputError:
        if not _opens_with_date(value):
            raise
        _log.warning("%s: published date %r is not YYYY-MM-DD or an ISO timestamp; %s", where, value, instead)
        return fallback
    if not in_published_range(date):
        low, high = PUBLISHED_YEARS
        _log.warning("%s: published date %s is out of range (years %d-%d); %s",
                     where, date.isoformat(), low, high, instead)
        return fallback
    if latest is not None and date > latest:
        _log.warning("%s: published date %s is in the future; %s", where, date.isoformat(), instead)
        return fallback
    return date
