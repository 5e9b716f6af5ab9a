"""Cluster metrics, the ECB+ loader and `counterclaim eval ecbplus` on data written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.errors import DataError
from counterclaim.scoring._data import data_dir
from counterclaim.scoring.ecbplus import bcubed, cluster_scores, evaluate_ecbplus, load_ecbplus, pairwise


def test_bcubed_and_pairwise_by_hand() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    p, r, f = bcubed(gold, pred)
    # precision per item: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
    assert p == pytest.approx(0.75) and r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    p, r, f = pairwise(gold, pred)
    # predicted pairs ab, cd; gold pairs ab, ac, bc -> 1 of 2 right, 1 of 3 found
    assert (p, r) == (pytest.approx(0.5), pytest.approx(1 / 3))


def test_perfect_and_all_in_one() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    assert cluster_scores(gold, {"a": 5, "b": 5, "c": 6})["bcubed_f1"] == pytest.approx(1.0)
    lumped = cluster_scores(gold, {"a": 0, "b": 0, "c": 0})
    assert lumped["bcubed_r"] == pytest.approx(1.0) and lumped["pairwise_p"] == pytest.approx(1 / 3)


_DOCS = [
    # topic 1: two ferry sinkings; topic 3: a product launch.
    (1, "ecb", "A ferry carrying 300 passengers sank off Bohol island on Friday; coast guard chief Armand Balilo "
               "said 40 people were missing."),
    (1, "ecb", "Coast guard divers searched the sunken Bohol ferry; Armand Balilo said 40 passengers remain missing."),
    (1, "ecb", "Armand Balilo of the coast guard said the Bohol ferry sank in rough seas with 300 aboard."),
    (1, "ecbplus", "A ferry sank in Lake Victoria near Mwanza; regional commissioner John Mongella said 200 drowned."),
    (1, "ecbplus", "Rescuers at Mwanza pulled bodies from the Lake Victoria ferry, John Mongella said."),
    (1, "ecbplus", "John Mongella said the Lake Victoria ferry near Mwanza was overloaded when it capsized."),
    (3, "ecb", "Apple unveiled the iPhone 4 in San Francisco, Steve Jobs telling developers it was the thinnest yet."),
    (3, "ecb", "Steve Jobs showed the iPhone 4 at the San Francisco developer conference on Monday."),
]


@pytest.fixture
def ecb_file(tmp_path: Path) -> Path:
    path = tmp_path / "docs.jsonl"
    counters: dict[tuple[int, str], int] = {}
    lines = []
    for topic, half, text in _DOCS:
        n = counters[(topic, half)] = counters.get((topic, half), 0) + 1
        lines.append(json.dumps({"doc_id": f"{topic}_{n}{half}", "topic": topic, "subtopic": half, "text": text,
                                 "events": [], "url": None}))
    path.write_text("\n".join(lines) + "\n")
    return path


def test_loader_rejects_missing_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        load_ecbplus(tmp_path / "absent.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n')
    with pytest.raises(DataError):
        load_ecbplus(bad)


def test_evaluate_small_corpus(ecb_file: Path) -> None:
    out = evaluate_ecbplus(ecb_file, seeds=2)
    assert out["n_items"] == 8 and out["n_gold"] == 3
    assert out["bcubed_f1"] == pytest.approx(1.0)
    assert set(out["orders"]["bcubed_f1"]) == {"mean", "min", "max"}
    assert out["dev_topics"]["n_items"] == 8 and "check_topics" not in out


def test_cli_writes_report_and_errors(ecb_file: Path, tmp_path: Path) -> None:
    report, errors = tmp_path / "r.json", tmp_path / "e.txt"
    result = CliRunner().invoke(app, ["eval", "ecbplus", str(ecb_file), "--report", str(report),
                                      "--errors", str(errors), "--limit", "6", "--seeds", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text())
    assert {"bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_p", "pairwise_r", "pairwise_f1"} <= set(data)
    assert data["n_items"] == 6
    assert errors.exists()


def test_real_ecbplus_subset_if_present() -> None:
    folder = data_dir("ecbplus")
    if folder is None:
        pytest.skip("ECB+ data (../shared/data/ecbplus) is not present")
    out = evaluate_ecbplus(folder / "docs.jsonl", limit=60, seeds=1)
    assert out["n_items"] == 60
    assert out["bcubed_f1"] > 0.8  # the first topics: rehab stays and another easy pair


def test_news_folder_scores_the_shared_incident(tmp_path: Path) -> None:
    from counterclaim.scoring.ecbplus import score_news_stories

    texts = {
        "09": ("Missile hits cargo ship True Dawn off Aden", "A Houthi missile struck the bulk carrier True Dawn "
               "off Aden on Wednesday, killing two crew members, US Central Command said."),
        "10": ("Two killed as missile strikes True Dawn", "Two sailors died when a missile hit the True Dawn in "
               "the Gulf of Aden, US Central Command said; the Houthis claimed the strike."),
        "11": ("True Dawn crew missing after Houthi strike", "Three crew of the True Dawn are missing after a "
               "Houthi missile set the ship ablaze off Aden, its owner said."),
        "20": ("Rovers win the cup", "Rovers beat City 2-0 in the cup final at Wembley on Saturday."),
    }
    for name, (title, body) in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"{title}\n\n{body}\n")
        (tmp_path / f"{name}.json").write_text(json.dumps({"id": name, "published": "2024-03-07"}))
    run = score_news_stories(tmp_path)
    assert run.pred["09"] == run.pred["10"] == run.pred["11"] != run.pred["20"]
    assert run.scores["bcubed_f1"] == pytest.approx(1.0)
