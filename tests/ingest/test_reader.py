"""read_inputs: files, directories, stdin; every unusable input a one-line problem, the rest still read."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest

from counterclaim.ingest import Article, InputProblem, read_inputs
from counterclaim.settings import Settings

TEXT = ("Militants fired rockets at an army post near the border town of Chaman on Wednesday, wounding three "
        "soldiers, military officials said. The officials said the rockets were fired from across the border.")


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(f"Rockets hit army post\n\n{TEXT}\n")
    (tmp_path / "b" / "deep" / "a.txt").write_text(TEXT)
    (tmp_path / "b" / "page.html").write_text(f"<html><body><article><p>{TEXT}</p></article></body></html>")
    (tmp_path / "b" / "feed.jsonl").write_text(json.dumps({"id": "x1", "text": TEXT}) + "\n")
    (tmp_path / "b" / "notes.md").write_text(TEXT)
    (tmp_path / "b" / "data.json").write_text("{}")
    (tmp_path / ".hidden" / "secret.txt").write_text(TEXT)
    return tmp_path


def _split(items: list) -> tuple[list[Article], list[InputProblem]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputProblem)]


def test_directory_is_walked_recursively_sorted_and_filtered(tree: Path) -> None:
    arts, problems = _split(list(read_inputs([str(tree)])))
    assert problems == []
    assert [Path(a.source).relative_to(tree).as_posix() for a in arts if a.id != "x1"] == [
        "a.txt", "b/deep/a.txt", "b/page.html"]
    assert [a.id for a in arts] == ["a", "a-2", "x1", "page"]  # duplicate stems made unique


def test_published_default_reaches_every_reader(tree: Path) -> None:
    arts, _ = _split(list(read_inputs([str(tree)], published=dt.date(2024, 5, 1))))
    assert {a.published for a in arts} == {dt.date(2024, 5, 1)}


def test_problems_name_the_path_and_others_are_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50)
    (tmp_path / "latin.txt").write_bytes("Roquettes tirées près de Chaman, trois soldats blessés.".encode("latin-1"))
    (tmp_path / "emptydir").mkdir()
    paths = [str(tmp_path / n) for n in ("empty.txt", "bin.txt", "missing.txt", "latin.txt", "emptydir")]
    arts, problems = _split(list(read_inputs([*paths, str(good)])))
    assert [a.id for a in arts] == ["good"]
    reasons = {Path(p.path).name: p.reason for p in problems}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["bin.txt"].startswith("binary file")
    assert reasons["missing.txt"] == "no such file or directory"
    assert reasons["latin.txt"].startswith("invalid UTF-8")
    assert reasons["emptydir"] == ("no .atom, .htm, .html, .jsonl, .rss or .txt files (plain or .gz, .bz2, .xz) in "
                                   "this directory")
    assert all("\n" not in p.reason for p in problems)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with big.open("wb") as fh:  # sparse: 20 MB on paper, nothing written
        fh.truncate(20 * 1024 * 1024)
    (problem,) = read_inputs([str(big)])
    assert isinstance(problem, InputProblem)
    assert problem.reason.startswith("too large: 20.0 MB")


def test_limit_comes_from_settings(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text(TEXT * 3)
    (problem,) = read_inputs([str(f)], settings=Settings(max_chars=100))
    assert isinstance(problem, InputProblem) and "limit 100 characters" in problem.reason


def test_a_registered_reader_is_used_for_its_suffix_and_in_directories(tree: Path) -> None:
    from counterclaim.ingest import reader

    def read_csv(path: Path, ctx: reader.ReadContext):
        for n, line in enumerate(path.read_text().splitlines(), start=1):
            yield Article(id=ctx.ids.claim(f"{path.stem}-{n}"), text=line, source=ctx.label)

    (tree / "b" / "rows.csv").write_text(f"{TEXT}\n{TEXT}\n")
    saved = dict(reader.READERS)
    try:
        reader.register_reader(".csv")(read_csv)
        arts, problems = _split(list(read_inputs([str(tree / "b")])))
    finally:
        reader.READERS.clear()
        reader.READERS.update(saved)
    assert problems == []
    assert [a.id for a in arts] == ["a", "x1", "page", "rows-1", "rows-2"]  # b/deep/a.txt sorts first


def test_explicit_file_with_other_suffix_is_read_as_text(tree: Path) -> None:
    (art,) = read_inputs([str(tree / "b" / "notes.md")])
    assert isinstance(art, Article) and art.text == TEXT


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        (f"Rockets hit army post\n\n{TEXT}".encode(), ["stdin"]),
        ((json.dumps({"id": "r1", "text": TEXT}) + "\n" + json.dumps({"text": TEXT}) + "\n").encode(),
         ["r1", "stdin-" + hashlib.sha256(TEXT.encode()).hexdigest()[:12]]),  # no id: named from the text
        (f"<html><body><p>{TEXT}</p></body></html>".encode(), ["stdin"]),
    ],
)
def test_stdin_is_sniffed(data: bytes, ids: list[str]) -> None:
    arts, problems = _split(list(read_inputs(["-"], stdin=io.BytesIO(data))))
    assert problems == [] and [a.id for a in arts] == ids
    assert all(a.source and a.source.startswith("<stdin>") for a in arts)


def test_empty_stdin_is_a_problem() -> None:
    (problem,) = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert problem == InputProblem("<stdin>", "empty file")


def test_readers_mark_the_ids_they_made_from_names(tmp_path: Path) -> None:
    """A store may give such an id a suffix when another file's text holds it; an id the input gave is kept."""
    text = "Gunmen attacked a market in the north of the country on Friday, killing five traders, police said."
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "wire-9", "text": text + " More."}) + "\n"
                                         + json.dumps({"text": text + " Later."}) + "\n", encoding="utf-8")
    made = {a.id[:5]: a.id_from_name for a in read_inputs([str(tmp_path)])}
    assert made == {"feed-": True, "wire-": False, "repor": True}


def test_a_linked_folder_is_read_once_and_a_loop_is_not_followed(tmp_path: Path) -> None:
    """A folder linked into a corpus was skipped unsaid; a link back up the tree, or a second link to a folder
    already read, must not read its files again (`analyze` would write them twice)."""
    corpus, wires = tmp_path / "corpus", tmp_path / "wires"
    corpus.mkdir()
    wires.mkdir()
    (wires / "chaman.txt").write_text(TEXT)
    (corpus / "own.txt").write_text(f"Rockets hit army post\n\n{TEXT} Two of them later died.\n")
    (corpus / "wires").symlink_to(wires)
    (corpus / "wires-again").symlink_to(wires)
    (wires / "up").symlink_to(tmp_path)  # a loop: wires/up/corpus/wires/..., and tmp_path was never named
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "private.txt").write_text(TEXT + " Not for this corpus.")
    (corpus / "chaman-link.txt").symlink_to(wires / "chaman.txt")
    arts, problems = _split(list(read_inputs([str(corpus), str(wires / "chaman.txt")])))
    assert problems == []
    assert sorted(a.id for a in arts) == ["chaman", "own"]  # the linked file, read once under its real name


def test_a_file_or_folder_reached_through_a_link_is_read_under_its_real_path(tmp_path: Path) -> None:
    """A link `current.txt` to `feeds/day1.txt` was read as `current` (first in name order); the next day, moved to
    `feeds/day2.txt`, it was skipped as an edit of the stored `current`, and `feeds/day2.txt` was never read: lost."""
    (tmp_path / "lc" / "feeds").mkdir(parents=True)
    (tmp_path / "lc" / "feeds" / "day1.txt").write_text(TEXT)
    (tmp_path / "lc" / "current.txt").symlink_to(tmp_path / "lc" / "feeds" / "day1.txt")
    (tmp_path / "ld" / "days" / "day1").mkdir(parents=True)
    (tmp_path / "ld" / "days" / "day1" / "wire.txt").write_text(TEXT)
    (tmp_path / "ld" / "current").symlink_to(tmp_path / "ld" / "days" / "day1")
    for named in ([tmp_path / "lc"], [tmp_path / "lc" / "current.txt", tmp_path / "lc"], [tmp_path / "ld"]):
        (art,) = read_inputs([str(p) for p in named])
        assert isinstance(art, Article) and "current" not in art.source, art.source
    (tmp_path / "elsewhere.txt").write_text(TEXT + " More.")  # near miss: a link to a file the run reads no other way
    (tmp_path / "lc" / "latest.txt").symlink_to(tmp_path / "elsewhere.txt")
    assert sorted(a.id for a in read_inputs([str(tmp_path / "lc")])) == ["day1", "latest"]


def test_a_broken_link_is_named_as_one(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "moved" / "report.txt")
    walked = list(read_inputs([str(tmp_path)]))
    named = list(read_inputs([str(tmp_path / "gone.txt")]))
    for items in (walked, named):
        (problem,) = items
        assert isinstance(problem, InputProblem)
        assert problem.reason == f"a symbolic link to {tmp_path / 'moved' / 'report.txt'}, which does not exist"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        # a Windows tool's "Unicode" export: text, not "binary (NUL bytes)"
        ((json.dumps({"id": "u1", "text": TEXT}) + "\n").encode("utf-16"), "UTF-16 text: re-save the file as UTF-8"),
        ((json.dumps({"id": "u1", "text": TEXT}) + "\n").encode("utf-16-le"), "UTF-16 text (no byte-order mark)"),
        # one JSON document, not one record a line: said once with the fix, not "not valid JSON" on every line
        (json.dumps([{"id": "a1", "text": TEXT}]).encode(), "a JSON array, not JSON Lines"),
        (json.dumps([{"id": "a1", "text": TEXT}], indent=2).encode(), "a JSON array, not JSON Lines"),
        (json.dumps({"id": "p1", "text": TEXT}, indent=2).encode(), "one JSON record over several lines"),
    ],
)
def test_a_jsonl_file_in_another_shape_is_one_clear_problem(tmp_path: Path, data: bytes, reason: str) -> None:
    (tmp_path / "feed.jsonl").write_bytes(data)
    (problem,) = read_inputs([str(tmp_path / "feed.jsonl")])
    assert isinstance(problem, InputProblem) and problem.reason.startswith(reason), problem


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_on_stdin_or_a_pipe_is_one_clear_problem(encoding: str) -> None:
    """Little-endian UTF-16 without a byte-order mark opens with '{': it was read as JSON Lines, a "binary data"
    problem per line."""
    feed = "".join(json.dumps({"id": f"u{i}", "text": TEXT}) + "\n" for i in range(3)).encode(encoding)
    (problem,) = read_inputs(["-"], stdin=io.BytesIO(feed))
    assert isinstance(problem, InputProblem) and problem.reason.startswith("UTF-16 text"), problem
    (art,) = read_inputs(["-"], stdin=io.BytesIO(TEXT.encode("utf-8")))  # near miss: UTF-8 is read
    assert isinstance(art, Article)


def test_json_lines_and_a_one_line_record_are_still_read(tmp_path: Path) -> None:
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "o1", "text": TEXT}))
    (tmp_path / "two.jsonl").write_text(json.dumps({"id": "t1", "text": TEXT}) + "\n{broken\n")
    items = list(read_inputs([str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl")]))
    assert [getattr(i, "id", None) or i.path for i in items] == ["o1", "t1", f"{tmp_path / 'two.jsonl'}:2"]


def test_a_folder_that_cannot_be_listed_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """os.walk skipped a folder it may not list without a word: the corpus had a silent gap."""
    import os

    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(TEXT)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(TEXT + " More.")
    real = os.scandir

    def scandir(path):  # what a folder without read permission does (the tests run as root, which chmod does not stop)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    arts, problems = _split(list(read_inputs([str(tmp_path)])))
    assert [a.id for a in arts] == ["a"]
    assert problems == [InputProblem(str(tmp_path / "locked"), "cannot read folder: Permission denied")]


def test_a_json_lines_feed_on_stdin_is_limited_per_record_not_as_a_whole() -> None:
    """`cat feed.jsonl | counterclaim ingest -` with a feed larger than one document may be was refused whole as
    "too large"; a text that long is still refused, said as a floor (only that much was read)."""
    settings = Settings(max_chars=2_000)
    feed = b"\n" + b"".join((json.dumps({"id": f"r{i}", "text": f"{TEXT} ({i})"}) + "\n").encode() for i in range(60))
    assert len(feed) > 4 * settings.max_chars
    arts, problems = _split(list(read_inputs(["-"], settings=settings, stdin=io.BytesIO(feed))))
    assert problems == [] and [a.id for a in arts] == [f"r{i}" for i in range(60)]
    long_one = json.dumps({"id": "big", "text": TEXT * 40}).encode() + b"\n" + feed
    items = list(read_inputs(["-"], settings=settings, stdin=io.BytesIO(long_one)))
    size = len(long_one.split(b"\n")[0]) + 1  # over the limit in bytes: read through, not held
    reason = f"too large: {size / 1024:.1f} KB (limit 2,000 characters; set COUNTERCLAIM_MAX_CHARS to raise it)"
    assert items[0] == InputProblem("<stdin>:1", reason) and len(items) == 61
    (problem,) = read_inputs(["-"], settings=settings, stdin=io.BytesIO(TEXT.encode() * 60))
    assert problem.reason.startswith("too large: more than 7.8 KB (limit 2,000 characters")


def test_a_text_saved_as_html_is_read_as_text(tmp_path: Path) -> None:
    """A plain text under a `.html` name was refused: "no article text found in the HTML"."""
    (tmp_path / "saved.html").write_text(f"Rockets hit army post\n\n{TEXT}\n")
    (tmp_path / "script.html").write_text("<html><body><script>var page = 1;</script></body></html>")
    arts, problems = _split(list(read_inputs([str(tmp_path)])))
    assert [(a.id, a.title) for a in arts] == [("saved", "Rockets hit army post")]
    assert [p.path for p in problems] == [str(tmp_path / "script.html")]  # a page without text is still said so


def test_a_file_name_that_is_not_utf8_gives_an_id_and_source_any_output_can_hold(tmp_path: Path) -> None:
    """Linux hands such a name's bytes to Python as lone surrogates: the id 'bad\\udcffname' stopped `ingest` with a
    UnicodeEncodeError (hashing it for the story) and printed as '?' in `analyze`."""
    import os

    folder = os.fsencode(tmp_path)
    with open(folder + b"/bad\xffname.txt", "wb") as fh:
        fh.write(f"Rockets hit army post\n\n{TEXT}\n".encode())
    with open(folder + b"/empty\xfe.txt", "wb"):
        pass
    arts, problems = _split(list(read_inputs([str(tmp_path)])))
    assert [a.id for a in arts] == ["bad\\xffname"] and arts[0].source == f"{tmp_path}/bad\\xffname.txt"
    assert [p.path for p in problems] == [f"{tmp_path}/empty\\xfe.txt"]
    for text in (arts[0].id, arts[0].source, problems[0].path):
        text.encode("utf-8")  # no surrogate left


def test_a_named_pipe_is_read_as_stdin_is(tmp_path: Path) -> None:
    """`analyze <(curl ...)` passes a pipe such as /dev/fd/63: it was refused as "not a regular file"."""
    import os
    import threading

    feed, page = tmp_path / "feed.jsonl", tmp_path / "page"
    os.mkfifo(feed)  # a .jsonl name: the file reader's seek(0) cannot work on a pipe, it is sniffed instead
    os.mkfifo(page)
    records = "".join(json.dumps({"id": f"p{i}", "text": f"{TEXT} ({i})"}) + "\n" for i in range(3))

    def write(path: Path, data: str) -> None:
        with path.open("w") as fh:
            fh.write(data)

    for path, data in ((feed, records), (page, f"Rockets hit army post\n\n{TEXT}\n")):
        threading.Thread(target=write, args=(path, data), daemon=True).start()
    arts, problems = _split(list(read_inputs([str(feed), str(page)])))
    assert problems == []
    assert [(a.id, a.source) for a in arts] == [("p0", f"{feed}:1"), ("p1", f"{feed}:2"), ("p2", f"{feed}:3"),
                                                ("page", str(page))]
    assert arts[-1].title == "Rockets hit army post" and arts[-1].origin is None  # read once: never "the same file"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        # jq's default output: several records, each over several lines
        ((json.dumps({"id": "a", "text": TEXT}, indent=2) + "\n" + json.dumps({"id": "b", "text": TEXT}, indent=2))
         .encode(), "JSON records spread over several lines (pretty-printed, as jq writes them by default)"),
        (json.dumps([{"id": "a", "text": TEXT}], indent=2).encode(), "not JSON Lines: write one record a line"),
        # a one-line array piped in was analysed as the text of one article
        (json.dumps([{"id": "a", "text": TEXT}]).encode(), "a JSON array, not JSON Lines"),
    ],
)
def test_pretty_printed_json_is_one_clear_problem_in_a_file_and_on_stdin(tmp_path: Path, data: bytes,
                                                                         reason: str) -> None:
    (tmp_path / "feed.jsonl").write_bytes(data)
    for items in (list(read_inputs([str(tmp_path / "feed.jsonl")])), list(read_inputs(["-"], stdin=io.BytesIO(data)))):
        (problem,) = items
        assert isinstance(problem, InputProblem) and reason in problem.reason, problem


def test_a_text_opening_with_a_bracket_is_still_a_text() -> None:
    (art,) = read_inputs(["-"], stdin=io.BytesIO(f"[Wire] Rockets hit army post\n\n{TEXT}\n".encode()))
    assert isinstance(art, Article) and art.title == "[Wire] Rockets hit army post"


class _Endless(io.RawIOBase):
    """A pipe that never ends (`yes ''`), or one long line without a newline; fails the test past `cap` bytes read."""

    def __init__(self, head: bytes, fill: bytes, cap: int = 64 << 20) -> None:
        self.head, self.fill, self.cap, self.given = head, fill, cap, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:
        if self.given > self.cap:
            raise AssertionError("read on past any limit")
        chunk = (self.head + self.fill * (len(buffer) // len(self.fill) + 1))[: len(buffer)]
        self.head = self.head[len(chunk):]
        buffer[: len(chunk)] = chunk
        self.given += len(chunk)
        return len(chunk)


def test_a_pipe_without_end_is_refused_while_reading_not_held_whole() -> None:
    """`yes '' | counterclaim analyze -` held every blank line and never ended; a record without a newline was read
    whole before its size was looked at."""
    settings = Settings(max_chars=2_000)
    (problem,) = read_inputs(["-"], settings=settings, stdin=io.BufferedReader(_Endless(b"", b"\n")))
    assert problem.reason.startswith("only blank lines in the first 7.8 KB read (limit 2,000 characters)")
    record = json.dumps({"id": "r1", "text": TEXT}).encode() + b"\n"
    long_line = io.BufferedReader(_Endless(record + b'{"id": "r2", "text": "', b"x", cap=1 << 20))
    items = read_inputs(["-"], settings=settings, stdin=long_line)
    assert getattr(next(items), "id", None) == "r1"
    with pytest.raises(AssertionError, match="read on past any limit"):  # read through in chunks, never held
        next(items)
    finite = record + b'{"id": "r2", "text": "' + b"x" * 20_000 + b'"}\n' + record.replace(b"r1", b"r3")
    items = list(read_inputs(["-"], settings=settings, stdin=io.BytesIO(finite)))
    assert [getattr(i, "id", None) or i.reason[:29] for i in items] == ["r1", "too large: 19.6 KB (limit 2,0", "r3"]


def test_a_text_whose_first_line_is_a_lone_bracket_is_a_text_unless_json_follows() -> None:
    """"[" alone on the first line was taken for pretty-printed JSON and the text refused."""
    (art,) = read_inputs(["-"], stdin=io.BytesIO(f"[\nRockets hit army post\n\n{TEXT}\n]\n".encode()))
    assert isinstance(art, Article) and art.text.startswith("[\nRockets hit")
    for data in (b'[\n  "a",\n  "b"\n]\n', json.dumps([{"id": "a", "text": TEXT}], indent=2).encode()):  # near misses
        (problem,) = read_inputs(["-"], stdin=io.BytesIO(data))
        assert isinstance(problem, InputProblem) and problem.reason.startswith("a JSON array, not JSON Lines")


def test_a_pipe_without_a_name_is_named_as_stdin_is(tmp_path: Path) -> None:
    """`analyze <(cat a.txt)` passes /dev/fd/63: the document was named "63" and its source "/dev/fd/63", which
    names another pipe in every run."""
    import os

    rd, wr = os.pipe()
    rd2, wr2 = os.pipe()
    os.write(wr, f"Rockets hit army post\n\n{TEXT}\n".encode())
    os.write(wr2, (json.dumps({"text": TEXT}) + "\n").encode())
    os.close(wr)
    os.close(wr2)
    try:
        arts, problems = _split(list(read_inputs([f"/dev/fd/{rd}", f"/proc/self/fd/{rd2}"])))
    finally:
        os.close(rd)
        os.close(rd2)
    assert problems == []
    assert [(a.id[:5], a.source) for a in arts] == [("pipe", "<pipe>"), ("pipe-", "<pipe 2>:1")]
    assert all(a.origin is None for a in arts)


class _Trickle(io.RawIOBase):
    """A pipe that gives a few bytes a read, so a "\\r\\n" is split between two reads."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.step = data, step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:
        chunk, self.data = self.data[: min(self.step, len(buffer))], self.data[min(self.step, len(buffer)):]
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_json_lines_with_carriage_return_line_ends_are_read_a_record_a_line(tmp_path: Path) -> None:
    """A feed saved with old Mac line ends ("\\r" alone) was one line: "not valid JSON (Extra data ...)" and no
    record read. Near misses: "\\r\\n" ends (Windows) are one line end each, not a record and a blank line, also when
    a pipe splits them between two reads; a bad record is still named by its own line number."""
    records = [json.dumps({"id": f"r{n}", "text": TEXT}).encode() for n in (1, 2, 3)]
    for end in (b"\r", b"\r\n", b"\n"):
        data = end.join([records[0], b"{broken", records[1], records[2]]) + end
        (tmp_path / "feed.jsonl").write_bytes(data)
        trickle = io.BufferedReader(_Trickle(data, 7), buffer_size=8)
        for items in (list(read_inputs([str(tmp_path / "feed.jsonl")])),
                      list(read_inputs(["-"], stdin=io.BytesIO(data))), list(read_inputs(["-"], stdin=trickle))):
            arts, problems = _split(items)
            assert [a.id for a in arts] == ["r1", "r2", "r3"], end
            assert [p.path.rsplit(":", 1)[1] for p in problems] == ["2"], end


def test_compressed_files_are_read_as_what_they_hold_in_folders_named_and_piped(tmp_path: Path) -> None:
    """`feed.jsonl.gz` was skipped in a folder without a word and, named, refused as "binary file (contains NUL
    bytes)". Near misses: a `backup.tar.gz` in a folder is no input; a text opening with "BZh" is a text."""
    import bz2
    import gzip
    import lzma

    records = b"".join(json.dumps({"id": f"r{n}", "text": TEXT}).encode() + b"\n" for n in (1, 2))
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(records))
    (tmp_path / "old.jsonl.xz").write_bytes(lzma.compress(records.replace(b'"r', b'"x')))
    (tmp_path / "story.txt.bz2").write_bytes(bz2.compress(f"Rockets hit army post\n\n{TEXT}\n".encode()))
    (tmp_path / "backup.tar.gz").write_bytes(gzip.compress(b"not an input"))
    arts, problems = _split(list(read_inputs([str(tmp_path)])))
    assert problems == []
    assert [(a.id, a.source, a.origin) for a in arts] == [
        ("r1", str(tmp_path / "feed.jsonl.gz") + ":1", str(tmp_path / "feed.jsonl.gz")),
        ("r2", str(tmp_path / "feed.jsonl.gz") + ":2", str(tmp_path / "feed.jsonl.gz")),
        ("x1", str(tmp_path / "old.jsonl.xz") + ":1", str(tmp_path / "old.jsonl.xz")),
        ("x2", str(tmp_path / "old.jsonl.xz") + ":2", str(tmp_path / "old.jsonl.xz")),
        ("story", str(tmp_path / "story.txt.bz2"), str(tmp_path / "story.txt.bz2"))]
    assert arts[-1].title == "Rockets hit army post"
    piped = _split(list(read_inputs(["-"], stdin=io.BytesIO(gzip.compress(records)))))
    assert [a.id for a in piped[0]] == ["r1", "r2"] and piped[1] == []
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(records * 200)[:-60])  # a download cut short
    arts, problems = _split(list(read_inputs([str(tmp_path / "cut.jsonl.gz")])))
    assert len(arts) > 300 and [p.reason.split(":")[0] for p in problems] == [
        "the compressed data ends before its end marker"]
    (art,) = read_inputs(["-"], stdin=io.BytesIO(b"BZh9 is the call sign of no one.\n\n" + TEXT.encode()))
    assert isinstance(art, Article) and art.text.startswith("BZh9")


def test_a_last_record_cut_short_says_it_may_still_be_being_written(tmp_path: Path) -> None:
    """A feed read while its writer appends ends in half a record: it was "not valid JSON (Unterminated string ...)",
    which reads as a broken writer. Near miss: a whole last record without a line end is read."""
    records = b"".join(json.dumps({"id": f"r{n}", "text": TEXT}).encode() + b"\n" for n in (1, 2))
    (tmp_path / "feed.jsonl").write_bytes(records + b'{"id": "r3", "text": "Militants fired')
    arts, (problem,) = _split(list(read_inputs([str(tmp_path / "feed.jsonl")])))
    assert [a.id for a in arts] == ["r1", "r2"] and problem.path.endswith("feed.jsonl:3")
    assert problem.reason.startswith("not valid JSON (Unterminated string")
    assert problem.reason.endswith("it is the last line and has no line end: cut short, or still being written? (a "
                                   "rerun reads it once it is whole)")
    (tmp_path / "feed.jsonl").write_bytes(records + json.dumps({"id": "r3", "text": TEXT}).encode())
    arts, problems = _split(list(read_inputs([str(tmp_path / "feed.jsonl")])))
    assert [a.id for a in arts] == ["r1", "r2", "r3"] and problems == []
    (tmp_path / "feed.jsonl").write_bytes(b'{"id": "r0", "text": 5}\n' + records)  # a bad line inside: no hint
    (problem,) = _split(list(read_inputs([str(tmp_path / "feed.jsonl")])))[1]
    assert problem.reason == '"text" must be a string'


def test_piped_bzip2_and_xz_are_read_as_what_they_hold() -> None:
    """`cat story.jsonl.bz2 | counterclaim analyze -` (and .xz) raised "BZ2File.__init__() got an unexpected keyword
    argument 'fileobj'": only gzip takes the stream as `fileobj=`. Near miss: piped gzip read as before, and a broken
    bzip2 stream piped in is a problem, not a crash."""
    import bz2
    import gzip
    import lzma

    records = b"".join(json.dumps({"id": f"p{n}", "text": TEXT}).encode() + b"\n" for n in (1, 2))
    for compress in (bz2.compress, lzma.compress, gzip.compress):
        arts, problems = _split(list(read_inputs(["-"], stdin=io.BytesIO(compress(records)))))
        assert [a.id for a in arts] == ["p1", "p2"] and problems == [], compress
    arts, (problem,) = _split(list(read_inputs(["-"], stdin=io.BytesIO(bz2.compress(records * 50)[:-40]))))
    assert problem.path == "<stdin>" and "ends before its end marker" in problem.reason
