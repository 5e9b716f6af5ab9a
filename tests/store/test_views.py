"""Read views: incident filters, one incident's story and ledger, claims and stories."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.errors import InputError
from counterclaim.store import views
from counterclaim.store.duckdb import Store


def _ids(found) -> list[str]:  # noqa: ANN001
    return [m.id for m in found]


def test_each_incident_listed_once_newest_first(corpus: Store) -> None:
    found = views.list_incidents(corpus)
    assert _ids(found) == ["m-lagos-1", "m-kabul"]
    assert found[1].documents == ["kabul-1", "kabul-2", "kabul-3"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"country": "AF"}, ["m-kabul"]),
        ({"country": "nigeria"}, ["m-lagos-1"]),
        ({"since": dt.date(2024, 7, 1)}, ["m-lagos-1"]),
        ({"until": dt.date(2024, 6, 30)}, ["m-kabul"]),
        ({"actor": "haqqani"}, ["m-kabul"]),
        ({"actor": "United States"}, ["m-kabul"]),
        ({"type": "armed"}, ["m-lagos-1"]),
        ({"type": "bomb", "country": "NG"}, []),
        ({"actor": "50%_"}, []),
    ],
)
def test_incident_filters(corpus: Store, filters: dict, expected: list[str]) -> None:
    assert _ids(views.list_incidents(corpus, **filters)) == expected


def test_incident_story_has_ranges_reports_and_ledger(corpus: Store) -> None:
    story = views.get_incident(corpus, "m-kabul")
    killed = story.incident.killed
    assert killed is not None and (killed.low, killed.high, killed.latest, killed.n_sources) == (9, 14, 14, 3)
    assert [r.document for r in story.reports] == ["kabul-1", "kabul-2", "kabul-3"]
    assert [r.killed for r in story.reports] == [9, 14, 14]
    assert [(e.actor, e.status) for e in story.ledger] == [
        ("Islamic State", "corroborated"), ("Haqqani Network", "contested"),
    ]
    isis, haqqani = story.ledger
    assert [(s.document, s.source, s.polarity, s.hedged, s.is_self) for s in isis.statements] == [
        ("kabul-2", "Islamic State", "affirm", False, True),
        ("kabul-3", "US officials", "affirm", False, False),
    ]
    assert [(s.document, s.affiliation, s.polarity, s.hedged) for s in haqqani.statements] == [
        ("kabul-1", "Afghanistan", "affirm", True),
        ("kabul-2", "Haqqani Network", "deny", False),
    ]
    first = haqqani.statements[0]
    doc_text = corpus.query("SELECT text FROM documents WHERE id = ?", [first.document])[0][0]
    assert doc_text[first.evidence.start:first.evidence.end] == first.evidence.text == "suggested"
    assert [(s.kind, s.source) for s in story.other_statements] == [("condemnation", "United Nations")]


def test_unknown_incident_says_how_to_list(corpus: Store) -> None:
    with pytest.raises(InputError, match="counterclaim incidents"):
        views.get_incident(corpus, "m-nope")


def test_claims_filters(corpus: Store) -> None:
    assert len(views.list_claims(corpus)) == 5
    assert [r.document for r in views.list_claims(corpus, source="united states")] == ["kabul-3"]
    assert [r.document for r in views.list_claims(corpus, subject="islamic")] == ["kabul-2", "kabul-3"]
    assert [r.claim.source.actor for r in views.list_claims(corpus, kind="condemnation")] == ["United Nations"]


def test_stories(corpus: Store) -> None:
    stories = views.list_stories(corpus)
    assert [(s.id, s.documents, s.incidents) for s in stories] == [
        ("s-kabul", ["kabul-1", "kabul-2", "kabul-3"], ["m-kabul"]),
        ("s-lagos-1", ["lagos-1"], ["m-lagos-1"]),
    ]
    assert stories[0].first_published == dt.date(2024, 6, 3)
