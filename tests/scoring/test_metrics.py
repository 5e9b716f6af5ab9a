"""The shared scoring arithmetic."""

from counterclaim.scoring._metrics import ErrorLog, accuracy, macro_f1, multilabel_f1, prf, write_report


def test_prf_counts() -> None:
    out = prf(3, 1, 2)
    assert out["precision"] == 0.75
    assert out["recall"] == 0.6
    assert round(out["f1"], 4) == round(2 * 0.75 * 0.6 / 1.35, 4)
    assert prf(0, 0, 0)["f1"] == 0.0


def test_macro_f1_averages_gold_labels() -> None:
    gold = ["a", "a", "b", "b"]
    pred = ["a", "b", "b", "b"]
    # a: p=1 r=.5 f=.667 ; b: p=.667 r=1 f=.8
    assert abs(macro_f1(gold, pred) - (2 / 3 + 0.8) / 2) < 1e-9
    assert macro_f1(["a"], ["a"]) == 1.0
    # a label only predicted does not add a class of its own
    assert macro_f1(["a", "a"], ["a", "c"]) == 2 * 1 * 0.5 / 1.5


def test_multilabel_micro() -> None:
    out = multilabel_f1([{"x", "y"}, {"z"}], [{"x"}, {"z", "w"}])
    assert (out["tp"], out["fp"], out["fn"]) == (2, 1, 1)
    assert accuracy([1, 2, 3], [1, 0, 3]) == 2 / 3


def test_error_log_and_report(tmp_path) -> None:
    log = ErrorLog()
    log.add("7", "country", gold="Iraq", pred=None, note="line\nbreak")
    log.add("8", "weapon", gold={"B", "A"}, pred=set())
    log.write(tmp_path / "e.txt")
    text = (tmp_path / "e.txt").read_text().splitlines()
    assert text == ["7\tcountry\tgold=Iraq\tpred=null\tline break", "8\tweapon\tgold={A, B}\tpred={}"]
    assert log.counts() == {"country": 1, "weapon": 1}
    write_report(tmp_path / "r.json", {"b": 1, "a": 0.5})
    assert (tmp_path / "r.json").read_text().startswith('{\n  "a": 0.5')
