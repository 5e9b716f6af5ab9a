"""Ingest: idempotent by id, content hash and url; failures retried; resumable after kill -9."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
from pathlib import Path

from counterclaim.ingest.article import Article
from counterclaim.models import AnalysisResult
from counterclaim.settings import Settings
from counterclaim.store.duckdb import Store
from counterclaim.store.ingest import IngestReport, ingest

from ._fakes import ARTICLES, fake_analyzer, filler
from .conftest import subprocess_env


def test_ingest_stores_documents_records_and_merged_incidents(store: Store, no_clustering: None) -> None:
    report = ingest(store, ARTICLES, analyzer=fake_analyzer, settings=Settings(batch_size=3))
    assert (report.added, report.skipped, report.failed) == (4, 0, [])
    counts = store.counts()
    assert counts["documents"] == 4 and counts["incidents"] == 4 and counts["claims"] == 5
    assert counts["story_members"] == 4 and counts["incident_members"] == 4 and counts["merged_incidents"] == 4
    (text, published, url), = store.query("SELECT text, published, url FROM documents WHERE id = 'kabul-2'")
    assert text == ARTICLES[1].text and str(published) == "2024-06-04" and url == ARTICLES[1].url
    stored = AnalysisResult.model_validate_json(store.query("SELECT result FROM documents WHERE id = 'kabul-2'")[0][0])
    assert stored == fake_analyzer([ARTICLES[1]])[0]


def test_reingesting_changes_nothing(store: Store, no_clustering: None) -> None:
    ingest(store, ARTICLES, analyzer=fake_analyzer)
    before = store.counts()
    renamed = dataclasses.replace(ARTICLES[0], id="kabul-1-copy", url=None)  # same text, new id
    same_id = dataclasses.replace(ARTICLES[2], text="A different text under an id already stored.", url=None)
    report = ingest(store, [*ARTICLES, renamed, same_id], analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (0, 6)
    assert store.counts() == before


def test_duplicates_within_one_run_are_stored_once(store: Store, no_clustering: None) -> None:
    twice = [ARTICLES[3], dataclasses.replace(ARTICLES[3], id="lagos-again")]
    report = ingest(store, twice, analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (1, 1)
    assert store.query("SELECT id FROM documents") == [("lagos-1",)]


def test_failed_document_is_reported_not_stored_and_retried(store: Store, no_clustering: None) -> None:
    def flaky(batch):  # noqa: ANN001
        results = fake_analyzer(batch)
        return [ValueError("parser crashed") if a.id == "kabul-2" else r for a, r in zip(batch, results, strict=True)]

    report = ingest(store, ARTICLES, analyzer=flaky)
    assert report.added == 3 and report.failed == ["kabul-2: parser crashed"]
    report = ingest(store, ARTICLES, analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (1, 3)
    assert store.counts()["documents"] == 4


def test_merged_incidents_refresh_every_few_batches_and_at_the_end(store: Store) -> None:
    seen: list[int] = []

    def on_batch(r: IngestReport) -> None:
        seen.append(store.query("SELECT coalesce(sum(len(documents)), 0) FROM merged_incidents")[0][0])

    ingest(store, filler(30, incidents=True), analyzer=fake_analyzer, settings=Settings(batch_size=3),
           refresh_every=4, on_batch=on_batch)
    assert seen == [0, 0, 0, 4, 4, 4, 4, 8, 8, 8]  # refreshed with batches 4 and 8 (3 docs each, every third)
    assert store.query("SELECT sum(len(documents)) FROM merged_incidents") == [(10,)]  # and at the end
    assert store.query("SELECT count(*) FROM merged_dirty") == [(0,)]


def test_progress_callback_sees_each_commit(store: Store, no_clustering: None) -> None:
    seen: list[int] = []

    def on_batch(r: IngestReport) -> None:
        seen.append(r.added)
        assert store.counts()["documents"] == r.added  # committed before the callback runs

    ingest(store, filler(7), analyzer=fake_analyzer, settings=Settings(batch_size=3), on_batch=on_batch)
    assert seen == [3, 6, 7]


SLOW_INGEST = """
import sys, time
from counterclaim.settings import Settings
from counterclaim.store.duckdb import Store
from counterclaim.store.ingest import ingest
from _fakes import fake_analyzer, filler

def slow(batch):
    time.sleep(0.05 * len(batch))   # stands in for spaCy, so the kill lands mid-run
    return fake_analyzer(batch)

with Store.open(sys.argv[1]) as store:
    ingest(store, filler(120, incidents=True), analyzer=slow, settings=Settings(batch_size=5), refresh_every=4,
           on_batch=lambda r: print("committed", r.added, flush=True))
print("done", flush=True)
"""


def test_kill_9_mid_ingest_then_resume(db_path: Path, tmp_path: Path) -> None:
    script = tmp_path / "slow_ingest.py"
    script.write_text(SLOW_INGEST)
    proc = subprocess.Popen([sys.executable, str(script), str(db_path)], stdout=subprocess.PIPE, text=True,
                            env=subprocess_env())
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("committed") and int(line.split()[1]) >= 15:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with Store.open(db_path) as store:
        counts = store.counts()
        done = counts["documents"]
        assert 15 <= done < 120 and done % 5 == 0  # whole batches only
        assert counts["story_members"] == done
        report = ingest(store, filler(120, incidents=True), analyzer=fake_analyzer, settings=Settings(batch_size=5))
        assert (report.added, report.skipped) == (120 - done, done)
        assert store.query("SELECT count(*), count(DISTINCT id), count(DISTINCT content_hash) FROM documents") == [
            (120, 120, 120)
        ]
        assert store.query("SELECT count(*), count(DISTINCT doc_id) FROM story_members") == [(120, 120)]
        assert store.query("SELECT count(DISTINCT seq) FROM documents") == [(120,)]
        # every merged incident is up to date, including those left marked by the killed run
        assert store.query("SELECT count(*) FROM merged_dirty") == [(0,)]
        members = store.query("SELECT merged_id, count(*) FROM incident_members GROUP BY ALL ORDER BY 1")
        merged = store.query("SELECT id, len(documents) FROM merged_incidents ORDER BY 1")
        assert merged == members and sum(n for _, n in merged) == 40


def test_repeated_record_ids_in_a_result_do_not_block_the_batch(store: Store, no_clustering: None) -> None:
    def repeating(batch):  # noqa: ANN001
        out = fake_analyzer(batch)
        first = out[0]
        out[0] = first.model_copy(update={"incidents": first.incidents * 2, "claims": first.claims * 2})
        return out

    report = ingest(store, ARTICLES, analyzer=repeating)
    assert report.added == 4
    assert store.query("SELECT incident_id FROM incidents WHERE doc_id = 'kabul-1' ORDER BY 1") == [("i1",), ("i1~2",)]
    assert store.counts()["incident_members"] == 5


def test_a_missing_model_stops_ingest_instead_of_failing_every_document(store: Store, monkeypatch) -> None:  # noqa: ANN001
    import pytest

    from counterclaim.errors import ConfigError
    from counterclaim.store import ingest as ingest_mod

    def no_model(articles, settings=None):  # noqa: ANN001
        raise ConfigError("spaCy pipeline 'en_missing' is not installed")

    monkeypatch.setattr(ingest_mod, "analyze_articles", no_model)
    with pytest.raises(ConfigError, match="not installed"):
        ingest(store, ARTICLES)
    assert store.counts()["documents"] == 0


def test_workers_check_the_model_before_starting_a_pool(store: Store) -> None:
    import pytest

    from counterclaim.errors import ConfigError

    with pytest.raises(ConfigError, match="'en_missing_model' is not installed"):
        ingest(store, ARTICLES, workers=2, settings=Settings(spacy_model="en_missing_model"))


def test_a_second_folders_file_of_the_same_name_is_stored_under_a_suffix(store: Store, no_clustering: None,
                                                                         caplog) -> None:
    """Ids made from file names shift when a folder sorting first is added (a/report.txt takes 'report' from
    b/report.txt): the new article met the stored id and was skipped as 'already stored', never analysed."""
    first = dataclasses.replace(ARTICLES[0], id="report", source="corpus/b/report.txt", url=None, id_from_name=True)
    ingest(store, [first], analyzer=fake_analyzer)
    added = dataclasses.replace(ARTICLES[3], id="report", source="corpus/a/report.txt", url=None, id_from_name=True)
    shifted = dataclasses.replace(first, id="report-2")
    with caplog.at_level("WARNING"):
        report = ingest(store, [added, shifted], analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (1, 1) and caplog.text == ""
    assert store.query("SELECT id, source FROM documents ORDER BY seq") == [
        ("report", "corpus/b/report.txt"), ("report-2", "corpus/a/report.txt")]
    again = ingest(store, [added, shifted], analyzer=fake_analyzer)  # the rerun finds both by their texts
    assert (again.added, again.skipped) == (0, 2)


def test_an_edited_file_or_a_given_id_with_another_text_is_skipped_with_a_warning(store: Store, no_clustering: None,
                                                                                  caplog) -> None:
    named = dataclasses.replace(ARTICLES[0], id="report", source="corpus/report.txt", url=None, id_from_name=True,
                                origin="corpus/report.txt")
    given = dataclasses.replace(ARTICLES[3], id="feed-7", source="feed.jsonl:7", url=None, origin="feed.jsonl", line=7)
    ingest(store, [named, given], analyzer=fake_analyzer)
    edited = dataclasses.replace(named, text=named.text + " The toll may rise.")
    updated = dataclasses.replace(given, text=given.text + " Updated.")
    with caplog.at_level("WARNING"):
        report = ingest(store, [edited, updated], analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (0, 2)
    assert "corpus/report.txt: id 'report' is already stored with another text (an edited file?)" in caplog.text
    assert "feed.jsonl:7: id 'feed-7' is already stored with another text" in caplog.text


def _read(paths: list[str], stdin: bytes = b"") -> list:
    import io

    from counterclaim.ingest.reader import read_inputs

    return list(read_inputs(paths, stdin=io.BytesIO(stdin)))


def test_records_naming_one_outlet_in_two_folders_feeds_are_both_stored(store: Store, no_clustering: None,
                                                                        tmp_path: Path, caplog) -> None:
    """Records without an id that name their outlet ('"source": "Reuters"'): the second folder's `feed-1` was
    taken for an edit of the first because some stored document had that source, and skipped."""
    import json

    for folder, line in (("d1", ARTICLES[0].text), ("d2", ARTICLES[3].text)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "feed.jsonl").write_text(json.dumps({"source": "Reuters", "text": line}) + "\n")
    with caplog.at_level("WARNING"):
        first = ingest(store, _read([str(tmp_path / "d1")]), analyzer=fake_analyzer)
        second = ingest(store, _read([str(tmp_path / "d2")]), analyzer=fake_analyzer)
    assert (first.added, second.added, second.skipped) == (1, 1, 0) and caplog.text == ""
    stored = store.query("SELECT id, source FROM documents ORDER BY seq")
    assert [source for _, source in stored] == ["Reuters", "Reuters"] and len({i for i, _ in stored}) == 2


def test_a_second_piped_text_is_stored_under_a_suffix(store: Store, no_clustering: None, caplog) -> None:
    """Every piped text was '<stdin>', so a second `echo ... | ingest -` was called an edited file and skipped."""
    import json

    with caplog.at_level("WARNING"):
        for text in (ARTICLES[0].text, ARTICLES[3].text):
            assert ingest(store, _read(["-"], text.encode()), analyzer=fake_analyzer).added == 1
        for text in (ARTICLES[1].text, ARTICLES[2].text):  # records piped without an id: named from their texts
            feed = json.dumps({"text": text}).encode()
            assert ingest(store, _read(["-"], feed), analyzer=fake_analyzer).added == 1
        again = ingest(store, _read(["-"], ARTICLES[0].text.encode()), analyzer=fake_analyzer)
    assert (again.added, again.skipped) == (0, 1) and caplog.text == ""
    ids = [r[0] for r in store.query("SELECT id FROM documents ORDER BY seq")]
    assert ids[:2] == ["stdin", "stdin-2"] and len(set(ids)) == 4 and all(i.startswith("stdin-") for i in ids[2:])


def test_a_line_added_at_the_top_of_a_feed_without_ids_is_stored_and_the_rest_skipped(
        store: Store, no_clustering: None, tmp_path: Path, caplog) -> None:
    """Ids were `feed-<line>`: a record added on line 1 took the stored `feed-1`, was called an edit of it and
    skipped (lost), and every later record got the id of the one above it."""
    import json

    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": a.text, "title": a.title}) for a in ARTICLES[:2]]
    feed.write_text("\n".join(lines) + "\n")
    ingest(store, _read([str(feed)]), analyzer=fake_analyzer)
    feed.write_text("\n".join([json.dumps({"text": ARTICLES[3].text}), *lines]) + "\n")
    with caplog.at_level("WARNING"):
        report = ingest(store, _read([str(feed)]), analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (1, 2) and caplog.text == ""
    texts = [r[0] for r in store.query("SELECT text FROM documents ORDER BY seq")]
    assert texts == [ARTICLES[0].text, ARTICLES[1].text, ARTICLES[3].text]
    assert (ingest(store, _read([str(feed)]), analyzer=fake_analyzer).added) == 0  # the rerun adds nothing


def test_an_edited_record_without_an_id_is_a_new_document_and_the_first_is_kept(
        store: Store, no_clustering: None, tmp_path: Path, caplog) -> None:
    """A record without an id has no name but its text: an edited one cannot be told from a new record, so it is
    stored as one, under its own id (no suffix), and the text analysed first stays. A record with an id, edited, is
    skipped with a warning (the store keeps the first text)."""
    import json

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": ARTICLES[3].text}) + "\n" + json.dumps({"id": "w-1", "text": ARTICLES[0].text})
                    + "\n")
    ingest(store, _read([str(feed)]), analyzer=fake_analyzer)
    feed.write_text(json.dumps({"text": ARTICLES[3].text + " Two of the wounded died later."}) + "\n"
                    + json.dumps({"id": "w-1", "text": ARTICLES[0].text + " Updated."}) + "\n")
    with caplog.at_level("WARNING"):
        report = ingest(store, _read([str(feed)]), analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (1, 1)
    assert "id 'w-1' is already stored with another text" in caplog.text and "feed-" not in caplog.text
    ids = [r[0] for r in store.query("SELECT id FROM documents ORDER BY seq")]
    assert len(ids) == 3 and ids[2].startswith("feed-") and ids[2].count("-") == 1 and ids[0] != ids[2]


def test_an_edited_file_read_again_is_still_skipped_with_a_warning(store: Store, no_clustering: None,
                                                                   tmp_path: Path, caplog) -> None:
    path = tmp_path / "report.txt"
    path.write_text(ARTICLES[3].text)
    ingest(store, _read([str(path)]), analyzer=fake_analyzer)
    path.write_text(ARTICLES[3].text + " Two of the wounded died later.")
    with caplog.at_level("WARNING"):
        report = ingest(store, _read([str(path)]), analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (0, 1)
    assert f"{path}: id 'report' is already stored with another text (an edited file?)" in caplog.text


def test_an_updated_page_at_a_stored_url_is_stored_beside_the_earlier_version(store: Store, no_clustering: None,
                                                                              caplog) -> None:
    """A page updated at the same address (a toll that rose) was skipped: the later text, the one with the current
    figures, was lost to every later run. It is now a new version, stored beside the earlier one (as a news archive
    keeps each capture of a page), under a suffix when it repeats the stored id, with a warning naming both. Near
    misses: the same text again is skipped without a word; an edited text without a url is still skipped."""
    first = dataclasses.replace(ARTICLES[1], origin="feed.jsonl", line=2)
    ingest(store, [first], analyzer=fake_analyzer)
    updated = dataclasses.replace(first, id="kabul-2-update", text=first.text + " The toll rose to 20.", line=9)
    again = dataclasses.replace(first, id="kabul-2-copy", line=10)  # the same text again: nothing to say
    same_id = dataclasses.replace(first, text=first.text + " The toll rose to 23.", line=11)  # the page's own id
    edited = dataclasses.replace(ARTICLES[2], text="A different text under an id already stored.", url=None)
    ingest(store, [ARTICLES[2]], analyzer=fake_analyzer)
    with caplog.at_level("WARNING"):
        report = ingest(store, [updated, again, same_id, edited], analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (2, 2)
    assert store.query("SELECT id FROM documents WHERE url = ? ORDER BY seq", [first.url]) == [
        ("kabul-2",), ("kabul-2-update",), ("kabul-2-2",)]
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0] == (
        f"feed.jsonl:9: url {first.url} is already stored with another text (an updated article?); this version is "
        "stored too, as document 'kabul-2-update', beside the earlier one (document 'kabul-2'): both are evidence of "
        "the merged incident, whose current toll is that of the most recently published report")
    assert messages[1].startswith("feed.jsonl:11: url") and "as document 'kabul-2-2'" in messages[1]
    assert "is already stored with another text (an edited file?)" in messages[2] and len(messages) == 3
    report = ingest(store, [first, updated, same_id], analyzer=fake_analyzer)  # a rerun adds nothing
    assert (report.added, report.skipped) == (0, 3)


def test_two_versions_of_a_page_under_one_id_in_one_run_are_both_stored(store: Store, no_clustering: None,
                                                                        caplog) -> None:
    """A feed that holds a page twice under the site's id (fetched before and after the toll rose): the second was
    skipped unsaid in an empty store. Near miss: the same id without a url is still one document."""
    first = dataclasses.replace(ARTICLES[3], origin="live.jsonl", line=1)
    later = dataclasses.replace(first, text=first.text + " The toll rose to 9.", line=2)
    bare = dataclasses.replace(ARTICLES[2], url=None)
    bare_again = dataclasses.replace(bare, text=bare.text + " Later.")
    with caplog.at_level("WARNING"):
        report = ingest(store, [first, later, bare, bare_again], analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (3, 1)
    assert store.query("SELECT id FROM documents ORDER BY seq") == [("lagos-1",), ("lagos-1-2",), ("kabul-3",)]
    assert [r.getMessage() for r in caplog.records] == [
        f"live.jsonl:2: url {first.url} was given to another text earlier in this run (document 'lagos-1'; a live "
        "page?); both are stored"]


def test_texts_of_one_run_sharing_a_url_are_all_stored_with_a_true_message(store: Store, no_clustering: None,
                                                                            caplog) -> None:
    """Two texts of one feed at one url (a live page fetched twice): the second was skipped as "already stored with
    another text" in an empty store. A first one whose analysis failed must not block its url either."""
    first = dataclasses.replace(ARTICLES[1], origin="live.jsonl", line=1)
    later = dataclasses.replace(first, id="kabul-2-later", text=first.text + " The toll rose to 20.", line=2)
    with caplog.at_level("WARNING"):
        report = ingest(store, [first, later], analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (2, 0)
    assert [r.getMessage() for r in caplog.records] == [
        f"live.jsonl:2: url {first.url} was given to another text earlier in this run (document 'kabul-2'; a live "
        "page?); both are stored"]

    def failing_first(batch: list[Article]) -> list:
        return [ValueError("parser crashed") if a.id == "lagos-1" else r
                for a, r in zip(batch, fake_analyzer(batch), strict=True)]

    caplog.clear()
    failed = dataclasses.replace(ARTICLES[3], url="https://example.org/lagos")
    retold = dataclasses.replace(failed, id="lagos-retold", text=failed.text + " Police later raised the toll.")
    with caplog.at_level("WARNING"):
        report = ingest(store, [failed, retold], analyzer=failing_first)
    assert (report.added, report.failed) == (1, ["lagos-1: parser crashed"]) and caplog.records == []
    assert store.query("SELECT id FROM documents WHERE url = 'https://example.org/lagos'") == [("lagos-retold",)]


PAGE = ("Gunmen killed eleven people at a cattle market near Zurmi in Zamfara state on Sunday, police said.\n"
        "The attackers arrived on motorcycles and fired on traders before driving off with livestock, residents said. "
        "Soldiers were deployed to the area on Monday and a curfew was imposed on the market town, officials said.")


def test_a_whitespace_change_or_a_teaser_of_a_stored_page_is_no_new_version(store: Store, no_clustering: None,
                                                                           caplog) -> None:
    """The page again with a double space and a trailing line end was stored as 'a1-2', "an updated article?", a
    second source; a feed's one-paragraph teaser of the page at its link was stored as a version too (its figures
    a second source). Both are skipped now, the teaser with a note. Near misses: a text that changed a word is a new
    version; a longer text at the url (the full page after its teaser) is one too."""
    url = "https://ex.example/zurmi"
    page = Article(id="a1", text=PAGE, url=url, origin="pages.jsonl", line=1)
    ingest(store, [page], analyzer=fake_analyzer)
    spaced = dataclasses.replace(page, text=PAGE.replace("eleven people", "eleven  people") + "\n", line=2)
    teaser = Article(id="feed-1", text=PAGE.split("\n")[0][:-10] + "\u2026", url=url, origin="wire.rss", line=1)
    with caplog.at_level("WARNING"):
        report = ingest(store, [spaced, teaser], analyzer=fake_analyzer)
    assert (report.added, report.skipped) == (0, 2)
    assert [r.getMessage() for r in caplog.records] == [
        f"wire.rss:1: the text at url {url} is a shorter excerpt of stored document 'a1' (a feed's teaser of the "
        "page?); it is no update of the page and is not stored"]
    changed = dataclasses.replace(page, text=PAGE.replace("eleven", "fourteen"), line=4)
    assert ingest(store, [changed], analyzer=fake_analyzer).added == 1
    other = PAGE.replace("Zurmi", "Gusau")
    first = Article(id="t1", text=other.split("\n")[0], url="https://ex.example/t", origin="wire.rss", line=2)
    whole = Article(id="p1", text=other, url="https://ex.example/t", origin="pages.jsonl", line=5)
    report = ingest(store, [first, whole], analyzer=fake_analyzer)
    assert report.added == 2
    accented = dataclasses.replace(page, id="a1-nfc", text=PAGE.replace("Zurmi", "Zurm\u00ed"), line=6)
    assert ingest(store, [accented], analyzer=fake_analyzer).added == 1  # a changed letter: a new version
    decomposed = dataclasses.replace(accented, id="a1-nfd", text=PAGE.replace("Zurmi", "Zurmi\u0301"), line=7)
    assert (ingest(store, [decomposed], analyzer=fake_analyzer).skipped, decomposed.text != accented.text) == (1, True)
