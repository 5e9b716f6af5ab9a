"""CEAF-REE scoring for MUC-4 role fillers, on small hand-made records."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from counterclaim.errors import DataError
from counterclaim.models import Span
from counterclaim.scoring import muc4
from counterclaim.scoring._data import data_dir


def test_normalise_drops_case_punctuation_and_articles():
    assert muc4.normalise("THE  Farabundo-Marti (FMLN), a front") == "farabundomarti fmln front"
    assert muc4.normalise("An ARMY patrol") == "army patrol"
    assert muc4.normalise("theatre") == "theatre"


@pytest.mark.parametrize(("dateline", "expected"), [
    ("LIMA, 12 FEB 90 (EFE)", dt.date(1990, 2, 12)),
    ("CALI, 3 JUL 89 (RADIO NOTICIAS DEL VALLE)", dt.date(1989, 7, 3)),
    ("SANTIAGO, 31 FEB 90", None),
    ("CLANDESTINE", None),
    (None, None),
])
def test_dateline_date(dateline, expected):
    assert muc4.dateline_date(dateline) == expected


def test_alignment_is_one_to_one_and_maximal():
    gold = [["GUERRILLAS", "REBELS"], ["REBELS"]]
    # Pairing "rebels" with the first gold entity (greedy, in order) would leave "guerrillas" unmatched;
    # the assignment must find the pairing with two matches.
    matches, partner = muc4.match_count(gold, [["rebels"], ["Guerrillas"]])
    assert matches == 2
    assert partner == [1, 0]
    # One prediction can match one gold entity only.
    assert muc4.match_count(gold, [["rebels"]])[0] == 1
    assert muc4.match_count([["URBAN GUERRILLAS"]], [["guerrillas"]])[0] == 0


def test_a_predicted_entity_needs_all_its_mentions_in_the_gold_alternatives():
    gold = [["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"]]
    assert muc4.match_count(gold, [["FMLN", "farabundo marti national liberation front"]])[0] == 1
    assert muc4.match_count(gold, [["FMLN", "the front"]])[0] == 0


def test_counts_micro_average_over_roles():
    counts = muc4.Counts()
    gold = {"weapons": [["BOMB"]], "victims": [["JOSE PEREZ"], ["ANA DIAZ"]]}
    pred = {"weapons": [["bomb"], ["rifle"]], "victims": [["jose perez"]]}
    counts.add(muc4.score_entities(gold, pred))
    micro = counts.micro()
    assert (micro["tp"], micro["fp"], micro["fn"]) == (2, 1, 1)
    assert micro["f1"] == pytest.approx(2 / 3)
    assert counts.role("weapons")["precision"] == 0.5
    assert counts.role("targets")["f1"] == 0.0


def test_entities_from_spans_merge_repeats_after_normalisation():
    spans = {"weapons": [Span(start=0, end=4, text="BOMB"), Span(start=20, end=28, text="the bomb")],
             "targets": [Span(start=5, end=8, text="BUS")]}
    ents = muc4.entities_from_spans(spans)
    assert ents["weapons"] == [["BOMB"]]
    assert ents["targets"] == [["BUS"]]
    assert ents["victims"] == []


def test_load_muc4_rejects_malformed_records(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"doc_id": "X", "text": "A TEXT."}) + "\n")
    with pytest.raises(DataError, match="bad.jsonl:1"):
        muc4.load_muc4(path)
    with pytest.raises(DataError, match="no such file"):
        muc4.load_muc4(tmp_path / "missing.jsonl")


def _record(doc_id: str, text: str, fillers: dict) -> dict:
    base = {key: [] for key in muc4.GOLD_KEYS}
    base.update(fillers)
    return {"doc_id": doc_id, "dateline": "SAN SALVADOR, 14 MAR 90", "text": text, "relevant": bool(fillers),
            "role_fillers": base}


def test_evaluate_direct_mode_on_written_records(tmp_path, monkeypatch):
    text = ("URBAN GUERRILLAS OF THE PEOPLE'S REVOLUTIONARY FRONT TODAY EXPLODED A CAR BOMB OUTSIDE THE "
            "OFFICES OF THE NATIONAL ELECTRICITY COMPANY IN THE CAPITAL.  POLICE SAID THE BOMB DESTROYED "
            "THE FRONT OF THE BUILDING AND KILLED DRIVER MANUEL ORTIZ.")
    path = tmp_path / "mini.jsonl"
    recs = [
        _record("T-1", text, {"weapon": [["CAR BOMB"]], "victim": [["MANUEL ORTIZ"]],
                              "perp_individual": [["URBAN GUERRILLAS"]]}),
        _record("T-2", "THE FOOTBALL SEASON OPENED TODAY WITH A CROWD OF 40,000 IN THE NATIONAL STADIUM.", {}),
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    report, errors = muc4.evaluate_muc4(path, mode="direct")
    assert report["docs"] == 2
    assert report["fallback_docs"] == 0
    assert set(report["per_role"]) == set(muc4.ROLE_NAMES)
    gold_total = sum(report["per_role"][r]["tp"] + report["per_role"][r]["fn"] for r in muc4.ROLE_NAMES)
    assert gold_total == 3
    assert report["per_role"]["weapons"]["tp"] == 1
    assert 0.0 < report["muc4_f1"] <= 1.0
    assert all(line.startswith("T-") for line in errors.lines())


@pytest.mark.skipif(data_dir("muc4") is None, reason="../shared/data/muc4 not present")
def test_dev_subset_scores_above_floor():
    report, _ = muc4.evaluate_muc4(data_dir("muc4") / "dev.jsonl", limit=30, mode="direct")
    assert report["docs"] == 30
    assert report["muc4_f1"] >= 0.2  # shipped model, all 200 dev docs: 0.445 (direct)
