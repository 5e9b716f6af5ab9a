"""The GTD scorer: normalisers, figures on hand-made rows, and the pipeline run on a small real extract."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from counterclaim.models import (
    AnalysisResult,
    Casualties,
    DocumentInfo,
    Incident,
    Label,
    Location,
    Perpetrator,
    Span,
)
from counterclaim.scoring._metrics import ErrorLog
from counterclaim.scoring.gtd import (
    Prediction,
    city_key,
    country_code,
    evaluate,
    group_match,
    prediction,
    score,
)
from counterclaim.training.gtd_data import GtdRow, read_gtd

HEADER = [
    "eventid",
    "iyear",
    "imonth",
    "iday",
    "country_txt",
    "city",
    "summary",
    "attacktype1_txt",
    "attacktype2_txt",
    "attacktype3_txt",
    "weaptype1_txt",
    "weaptype2_txt",
    "weaptype3_txt",
    "targtype1_txt",
    "targtype2_txt",
    "targtype3_txt",
    "gname",
    "claimed",
    "nkill",
    "nwound",
]


def _row(i: int, **kw: str) -> GtdRow:
    fields = {k: "" for k in HEADER}
    fields.update(kw)
    return GtdRow(
        row=i,
        summary=fields["summary"],
        attack=[fields["attacktype1_txt"]],
        weapon=[fields["weaptype1_txt"]],
        target=[fields["targtype1_txt"]],
        fields=fields,
    )


def test_country_names_normalise() -> None:
    assert country_code("Democratic Republic of the Congo") == "CD"
    assert country_code("West Bank and Gaza Strip") == "PS"
    assert country_code("Afghanistan") == "AF"
    assert country_code("Turkey") == "TR"
    assert country_code(None) is None


def test_city_key_ignores_case_accents_and_suffixes() -> None:
    assert city_key("Kabul city") == city_key("kabul")
    assert city_key("Bogotá") == city_key("Bogota")
    assert city_key("Maiduguri") != city_key("Damboa")


def test_group_names_match_loosely() -> None:
    assert group_match("Islamic State of Iraq and the Levant (ISIL)", "Islamic State")
    assert group_match("Unknown", None)
    assert not group_match("Unknown", "Taliban")
    assert not group_match("Taliban", None)
    assert group_match("Al-Shabaab", "al-Shabab")
    assert not group_match("Boko Haram", "Taliban")
    assert group_match("Houthi extremists (Ansar Allah)", "Houthis")
    assert group_match("Kurdistan Workers' Party (PKK)", "PKK")
    assert not group_match("Taliban", "Tehrik-i-Taliban Pakistan")
    assert group_match("Khorasan Chapter of the Islamic State", "Islamic State")
    assert not group_match("Khorasan Chapter of the Islamic State", "Islamic State", strict=True)


def test_score_counts_each_figure() -> None:
    rows = [
        _row(
            0,
            summary="s0",
            attacktype1_txt="Armed Assault",
            weaptype1_txt="Firearms",
            targtype1_txt="Police",
            country_txt="Nigeria",
            city="Maiduguri",
            nkill="3",
            nwound="",
            gname="Boko Haram",
            claimed="1",
            iyear="2021",
            imonth="1",
            iday="5",
        ),
        _row(
            1,
            summary="s1",
            attacktype1_txt="Bombing/Explosion",
            weaptype1_txt="Explosives",
            targtype1_txt="Military",
            country_txt="Democratic Republic of the Congo",
            city="Unknown",
            nkill="0",
            nwound="2",
            gname="Unknown",
            claimed="0",
            iyear="2021",
            imonth="1",
            iday="0",
        ),
    ]
    preds = [
        Prediction(
            attack=["Armed Assault"],
            weapon=["Firearms"],
            target=["Police"],
            country="Nigeria",
            city="Maiduguri",
            killed=3,
            perpetrator="Boko Haram",
            claimed=True,
            date=dt.date(2021, 1, 5),
        ),
        Prediction(
            attack=["Armed Assault"],
            weapon=["Explosives"],
            target=["Military"],
            country_code="CD",
            killed=None,
            wounded=1,
        ),
    ]
    log = ErrorLog()
    out = score(rows, preds, "none", log)
    assert out["country_acc"] == 1.0
    assert out["city_acc"] == 1.0 and out["city_n"] == 1  # "Unknown" city excluded
    assert out["nkill_exact"] == 1.0  # no killed figure counts as 0
    assert out["nwound_exact"] == 0.0 and out["nwound_n"] == 1  # blank gold excluded
    assert out["gname_acc"] == 1.0 and out["claimed_acc"] == 1.0
    assert out["date_acc"] == 1.0 and out["date_n"] == 1  # day 0 excluded
    assert out["attack_top_acc"] == 0.5
    assert out["weapon_macro_f1"] == 1.0
    assert log.counts() == {"attack": 1, "nwound": 1}


def test_puerto_rico_counts_as_gtds_united_states_and_nothing_else() -> None:
    # GTD files Puerto Rico's towns under "United States"; the extractor keeps ISO's own code, PR
    rows = [_row(i, summary=f"s{i}", country_txt=c, city="Unknown") for i, c in enumerate(
        ["United States", "United States", "Mexico"])]
    preds = [Prediction(country_code="PR"), Prediction(country_code="US"), Prediction(country_code="PR")]
    log = ErrorLog()
    out = score(rows, preds, "none", log)
    assert out["country_acc"] == 2 / 3 and log.counts().get("country") == 1


def test_prediction_reads_first_incident_or_falls_back() -> None:
    text = "Gunmen killed two police officers in Kano."
    info = DocumentInfo(id="d", n_chars=len(text))
    empty = AnalysisResult(document=info)
    fb = prediction(empty, text)
    assert fb.fallback and fb.attack[0] == "Armed Assault"
    span = Span(start=0, end=6, text="Gunmen")
    inc = Incident(
        id="i1",
        summary=text,
        attack_types=[Label(label="Armed Assault", confidence=0.9, evidence=[span])],
        location=Location(
            name="Kano", country="Nigeria", country_code="NG", evidence=Span(start=36, end=40, text="Kano")
        ),
        perpetrators=[Perpetrator(actor="Boko Haram", status="claimed")],
    )
    p = prediction(AnalysisResult(document=info, incidents=[inc]), text)
    assert not p.fallback and p.city == "Kano" and p.country_code == "NG" and p.claimed


def _casualties(n: int, includes: bool = False) -> Casualties:
    return Casualties(stated=n, min=n, max=n, includes_perpetrators=includes, evidence=Span(start=0, end=1, text="x"))


@pytest.mark.parametrize(
    ("killed", "perpetrators", "total"),
    [
        (_casualties(6), _casualties(8), 14),  # "eight assailants and six soldiers were killed"
        (_casualties(55, includes=True), _casualties(13), 55),  # "40 people, including 9 attackers"
        (None, _casualties(3), 3),  # "three assailants were killed"
        (_casualties(4), None, 4),
        (None, None, None),
    ],
)
def test_gtd_killed_adds_the_perpetrators_unless_counted(killed, perpetrators, total) -> None:
    text = "Assailants attacked a checkpoint in Kunar."
    inc = Incident(id="i1", summary=text, killed=killed, perpetrators_killed=perpetrators)
    p = prediction(AnalysisResult(document=DocumentInfo(id="d", n_chars=len(text)), incidents=[inc]), text)
    assert p.killed == total
    assert p.perpetrators_killed == (perpetrators.min if perpetrators else None)


@pytest.fixture(scope="module")
def gtd_dev(tmp_path_factory):
    from counterclaim.scoring._data import data_dir

    folder = data_dir("gtd")
    if folder is None or not (folder / "gtd_2021h1_dev.csv").is_file():
        pytest.skip("GTD data not present (../shared/data/gtd)")
    return folder / "gtd_2021h1_dev.csv"


def test_reader_dedupes_real_extract(gtd_dev) -> None:
    rows = read_gtd(gtd_dev)
    with open(gtd_dev, encoding="utf-8", newline="") as fh:
        n_raw = sum(1 for _ in csv.DictReader(fh))
    assert len(rows) < n_raw
    assert len({r.summary for r in rows}) == len(rows)
    assert all(r.attack and r.weapon and r.target for r in rows[:50])


def test_evaluate_runs_pipeline_on_a_few_rows(gtd_dev) -> None:
    rows = read_gtd(gtd_dev)[:5]
    seen: list[int] = []
    out = evaluate(rows, "none", progress=seen.append)
    assert len(seen) == 5 and out["n_rows"] == 5
    for key in ("attack_macro_f1", "country_acc", "nkill_exact", "gname_acc", "claimed_acc", "date_acc"):
        assert 0.0 <= out[key] <= 1.0
