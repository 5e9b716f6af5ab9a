"""Plain-text reading: headline detection, strict decoding and the guards every reader shares."""

from __future__ import annotations

import re

import pytest

from counterclaim.errors import InputError
from counterclaim.ingest._guards import check_size_bytes, decode_utf8
from counterclaim.ingest.text import article_from_bytes, headline

BODY = ("A car bomb exploded outside a police station in the city of Kirkuk on Monday, killing four officers "
        "and wounding eleven passers-by, the provincial governor said.")


def test_headline_is_first_line_when_a_blank_line_follows() -> None:
    text = f"Car bomb kills four police officers in Kirkuk\n\n{BODY}\n"
    assert headline(text) == "Car bomb kills four police officers in Kirkuk"


def test_no_headline_without_blank_line() -> None:
    assert headline(f"Car bomb kills four\n{BODY}\n") is None
    assert headline(BODY) is None


def test_whole_file_is_analysed_so_offsets_index_the_file() -> None:
    raw = f"Car bomb kills four police officers in Kirkuk\r\n\r\n{BODY}\r\n".encode()
    art = article_from_bytes(raw, id="k", max_chars=10_000)
    assert art.text == raw.decode("utf-8")  # headline kept, CRLF kept
    assert art.title == "Car bomb kills four police officers in Kirkuk"


def test_byte_order_mark_is_dropped() -> None:
    art = article_from_bytes(b"\xef\xbb\xbf" + BODY.encode(), id="k", max_chars=10_000)
    assert art.text == BODY


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Kirkuk".encode("utf-16"), "UTF-16"),
        # no byte-order mark (a Windows tool's "Unicode" export): text all the same, not "binary"
        ("Bomb in Kirkuk\r\n\r\nGunmen stormed a cafe on Monday.".encode("utf-16-le"), "UTF-16 text (no byte-order"),
        ("Bomb in Kirkuk\n\nGunmen stormed a cafe on Monday.".encode("utf-16-be"), "UTF-16 text (no byte-order"),
        (b"\x00\x01\x02\x03GIF89a\x00\x00\x10\x00\x10\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00", "binary file"),
        (b"Bomb in Kirkuk\nGunmen stormed the caf\xe9 on Monday.", "invalid UTF-8 at byte 37 (line 2)"),
    ],
)
def test_unusable_bytes_are_reported(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=re.escape(reason)):
        decode_utf8(data)


def test_latin1_text_gets_a_hint() -> None:
    with pytest.raises(InputError, match="Windows-1252"):
        decode_utf8("Explosion près du café à Bamako, selon la police.".encode("latin-1"))


def test_size_is_refused_before_reading() -> None:
    check_size_bytes(4_000, max_chars=1_000)
    with pytest.raises(InputError, match=r"too large: 19\.1 MB \(limit 1,000 characters"):
        check_size_bytes(20_000_000, max_chars=1_000)


def test_text_longer_than_limit_is_refused() -> None:
    with pytest.raises(InputError, match=r"too large: \d[\d,]* characters"):
        article_from_bytes((BODY + " ").encode() * 20, id="k", max_chars=500)


def test_non_english_text_is_skipped_with_the_language_named() -> None:
    german = ("Bei einem Bombenanschlag vor einer Polizeiwache in Kirkuk sind am Montag vier Polizisten getötet "
              "worden, teilte der Gouverneur der Provinz mit. Elf Passanten wurden verletzt, und die Polizei "
              "sperrte das Viertel ab.")
    with pytest.raises(InputError, match="German"):
        article_from_bytes(german.encode(), id="de", max_chars=10_000)
    with pytest.raises(InputError, match="non-Latin script"):
        article_from_bytes("Взрыв у полицейского участка в Киркуке унес жизни четырех человек.".encode(),
                           id="ru", max_chars=10_000)


def test_upper_case_wire_copy_and_terse_headlines_are_english() -> None:
    wire = ("URBAN GUERRILLAS ATTACKED A POWER STATION IN THE CAPITAL LAST NIGHT, CAUSING A BLACKOUT IN "
            "THREE DISTRICTS, ACCORDING TO AN ARMY SPOKESMAN.")
    terse = "Bomber strikes Kirkuk checkpoint; four police dead, eleven hurt. Governor vows revenge. Curfew imposed."
    assert article_from_bytes(wire.encode(), id="w", max_chars=10_000).text == wire
    assert article_from_bytes(terse.encode(), id="t", max_chars=10_000).text == terse
