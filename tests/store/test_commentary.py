"""Claims of a document that tells no incident of its own (a reaction piece) join the one incident of its story."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from counterclaim.ingest.article import Article
from counterclaim.store.duckdb import Store
from counterclaim.store.export import export
from counterclaim.store.ingest import ingest
from counterclaim.store.views import get_incident, list_incidents, stale_incidents

REPORTS = [
    Article(
        id="rail-1",
        text="QUETTA, Pakistan — A bomb planted on the tracks derailed the Bolan Mail passenger train near Sibi on "
        "Monday, killing seven passengers and injuring 30, railway police said.",
        published=dt.date(2026, 11, 3),
    ),
    Article(
        id="rail-2",
        text="QUETTA — The Baloch Liberation Army claimed responsibility on Tuesday for the bomb that derailed the "
        "Bolan Mail passenger train near Sibi on Monday, killing seven passengers.",
        published=dt.date(2026, 11, 4),
    ),
    Article(
        id="rail-3",
        text="ISLAMABAD — Pakistan's interior minister said on Thursday that India had sponsored the BLA attack on the "
        "Bolan Mail near Sibi. India's foreign ministry rejected the charge as baseless.",
        published=dt.date(2026, 11, 6),
    ),
]


def _ingest(store: Store) -> str:
    ingest(store, REPORTS)
    assert store.query("SELECT count(*) FROM incidents WHERE doc_id = 'rail-3'") == [(0,)]  # tells no incident
    (merged_id,) = {m for (m,) in store.query("SELECT DISTINCT merged_id FROM incident_members")}
    return merged_id


def test_a_reaction_piece_that_tells_no_incident_adds_its_claims_to_the_incident(store: Store) -> None:
    merged_id = _ingest(store)
    story = get_incident(store, merged_id)
    assert [r.document for r in story.reports] == ["rail-1", "rail-2", "rail-3"]
    assert {e.actor: e.status for e in story.ledger} == {
        "Balochistan Liberation Army": "corroborated",
        "India": "contested",
    }
    assert story.incident.documents == ["rail-1", "rail-2", "rail-3"]
    assert {p.actor: p.status for p in story.incident.perpetrators}["India"] == "contested"


SECOND_BOMB = Article(
    id="rail-4",
    text="QUETTA — A second bomb planted on the tracks derailed the Jaffar Express passenger train near Sibi on "
    "Saturday, injuring 12 passengers, railway police said.",
    published=dt.date(2026, 11, 8),
)


def _in_one_story(store: Store) -> None:
    stories = {s for (s,) in store.query("SELECT DISTINCT story_id FROM story_members")}
    merged = {m for (m,) in store.query("SELECT DISTINCT merged_id FROM incident_members")}
    assert len(stories) == 1 and len(merged) == 2  # one story, now telling two incidents


def test_a_reaction_piece_joins_no_incident_when_its_story_holds_two(store: Store) -> None:
    ingest(store, [*REPORTS, SECOND_BOMB])
    _in_one_story(store)
    # nothing says which of the two the minister spoke of
    assert not any(i.actor == "India" for m in list_incidents(store) for i in m.perpetrators)


def test_a_story_that_gains_an_incident_in_a_later_run_refreshes_the_one_that_took_its_claims(store: Store) -> None:
    merged_id = _ingest(store)
    assert "India" in {p.actor for p in get_incident(store, merged_id).incident.perpetrators}
    ingest(store, [SECOND_BOMB])  # a second run: the story gains an incident
    _in_one_story(store)
    assert stale_incidents(store) == 0
    assert list_incidents(store, actor="India") == []  # the same as one run of the four documents
    (listed,) = [m for m in list_incidents(store) if m.id == merged_id]
    assert listed.documents == ["rail-1", "rail-2"]
    assert "rail-3" not in [r.document for r in get_incident(store, merged_id).reports]


def test_the_cameo_export_gives_a_reaction_pieces_claims_the_incident_of_their_ledger(
    store: Store, tmp_path: Path
) -> None:
    merged_id = _ingest(store)
    out = tmp_path / "events.tsv"
    export(store, "cameo", out)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    reaction = [r for r in rows if r["document"] == "rail-3"]
    assert reaction and {r["incident"] for r in reaction} == {merged_id}
    assert {r["incident"] for r in rows if r["document"] == "rail-2"} == {merged_id}


def test_the_cameo_export_gives_a_reaction_piece_no_incident_when_its_story_holds_two(
    store: Store, tmp_path: Path
) -> None:
    ingest(store, [*REPORTS, SECOND_BOMB])
    out = tmp_path / "events.tsv"
    export(store, "cameo", out)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert {r["incident"] for r in rows if r["document"] == "rail-3"} == {""}
