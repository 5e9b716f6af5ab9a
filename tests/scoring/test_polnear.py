"""PolNeAR reader and span scorer on small hand-written brat files (no shared data needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.errors import DataError
from counterclaim.models import Span
from counterclaim.nlp.quotes import Attribution
from counterclaim.scoring.polnear import load_polnear, polnear_files, read_ann, score_predictions, subtract, trim

TEXT = "The senator said the bill would pass. Aides, she added, expect a vote soon.\n"
ANN = (
    "T1\tSource 0 11\tThe senator\n"
    "T2\tCue 12 16\tsaid\n"
    "T3\tContent 17 36\tthe bill would pass\n"
    "T4\tAttribution 12 16\tsaid\n"
    "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"  # refers forward to T5..T8
    "T5\tSource 45 48\tshe\n"
    "T6\tCue 49 54\tadded\n"
    "T7\tContent 38 43;56 74\tAides expect a vote soon\n"
    "T8\tAttribution 49 54\tadded\n"
    "E3\tAttribution-no-source:T9\n"  # irregular: trigger only
    "T9\tAttribution-no-source 0 3\tThe\n"
)


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end, text=TEXT[start:end])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "pub_2016-01-01_bill.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "pub_2016-01-01_bill_b222.ann").write_text("T1\tCue 12 16\tsaid\n", encoding="utf-8")
    (tmp_path / "pub_2016-01-01_bill_a111.ann").write_text(ANN, encoding="utf-8")
    return tmp_path


def test_reader_resolves_forward_references_and_skips_irregular_events(corpus: Path) -> None:
    atts, skipped = read_ann(corpus / "pub_2016-01-01_bill_a111.ann")
    assert skipped == 1
    assert [a.cue for a in atts] == [((12, 16),), ((49, 54),)]
    assert atts[1].content == ((38, 43), (56, 74))


def test_first_annotator_is_chosen(corpus: Path) -> None:
    assert [ann.name for _, ann in polnear_files(corpus)] == ["pub_2016-01-01_bill_a111.ann"]


def test_empty_directory_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        polnear_files(tmp_path)


def test_trim_and_subtract() -> None:
    assert trim(TEXT, [(37, 44)]) == ((38, 43),)  # " Aides," -> "Aides"
    assert subtract([(38, 74)], [(45, 48), (49, 54)]) == [(38, 45), (48, 49), (54, 74)]


def test_perfect_prediction_scores_one_even_for_a_split_content(corpus: Path) -> None:
    docs = load_polnear(corpus)
    preds = [[
        Attribution(_span(0, 11), _span(12, 16), _span(17, 37)),
        Attribution(_span(45, 48), _span(49, 54), _span(38, 75)),  # content cut around its source and cue
    ]]
    figures = score_predictions(docs, preds).figures
    assert figures["source_f1"] == figures["cue_f1"] == figures["content_f1"] == 1.0


def test_boundary_errors_count_for_overlap_but_not_exact(corpus: Path) -> None:
    docs = load_polnear(corpus)
    preds = [[Attribution(_span(4, 11), _span(12, 25), _span(17, 37))]]
    score = score_predictions(docs, preds)
    assert score.figures["source_f1"] == 0.0
    assert score.figures["source_overlap_f1"] == pytest.approx(2 / 3, abs=1e-3)
    assert score.figures["content_f1"] == 0.0  # the over-long cue eats "the bill"
    assert score.figures["content_overlap_f1"] == pytest.approx(2 / 3, abs=1e-3)
    assert any("\tcue\t" in line for line in score.errors.lines())


def test_no_prediction_scores_zero(corpus: Path) -> None:
    score = score_predictions(load_polnear(corpus), [[]])
    assert score.figures["cue_f1"] == 0.0
    assert score.counts["gold_attributions"] == 2
