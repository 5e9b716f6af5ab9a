"""Claims of a document that tells no incident of its own (a reaction piece) join the one incident of its story."""

from __future__ import annotations

import datetime as dt

from counterclaim.ingest.article import Article
from counterclaim.store._clustering import load_commentary
from counterclaim.store.duckdb import Store
from counterclaim.store.ingest import ingest
from counterclaim.store.views import get_incident

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


def test_a_reaction_piece_joins_no_incident_when_its_story_holds_two(store: Store) -> None:
    merged_id = _ingest(store)
    (story_id,) = store.query("SELECT story_id FROM story_members WHERE doc_id = 'rail-3'")[0]
    assert load_commentary(store, [merged_id])
    # another incident told in the same story: nothing says which one the minister spoke of
    store.query("INSERT INTO incident_members (doc_id, incident_id, merged_id, seq) VALUES ('rail-1', 'i9', 'm-x', 99)")
    assert store.query("SELECT story_id FROM story_members WHERE doc_id = 'rail-1'")[0][0] == story_id
    assert load_commentary(store, [merged_id]) == {}
