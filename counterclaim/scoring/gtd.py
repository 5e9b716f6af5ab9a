"""Score the full pipeline against GTD records: each summary in, its first incident against the gold columns.

GTD summaries are analyst prose, not news, but every column is a gold label for something the pipeline
extracts: attack / weapon / target types, country, city, killed and wounded, perpetrator group, whether
it was claimed, and the date (only scored when no publication date is given, since the date prefix is
then the only source). Rows are deduplicated on summary (GTD repeats one text for every part of a
coordinated attack). When the pipeline returns no incident for a row, the types come from
`classify()` on the whole summary and the row is counted in `fallback_rows`.

Casualties are compared the way GTD counts them: `nkill` / `nwound` are everyone killed or wounded,
perpetrators included, while an incident's `killed` / `injured` count victims (DESIGN.md). The predicted
total is therefore the victims' figure plus `perpetrators_killed` / `perpetrators_injured`, unless the
victims' figure says it already counts them (`includes_perpetrators`: "55 people, including 13
assailants"). `nkillter_exact` scores the perpetrators' share alone against GTD's `nkillter`. The lower
bound stands for a figure ("at least 40" -> 40); no figure at all counts as 0, as GTD codes a summary
that reports no casualties.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..codebooks.gtd_counts import gtd_total
from ..incidents.classify import classify
from ..ingest.article import Article
from ..models import AnalysisResult, Casualties, Incident
from ..training.gtd_data import GtdRow
from ._metrics import ErrorLog, accuracy, macro_f1, multilabel_f1, per_label_f1

PublishedMode = Literal["none", "event"]
TASKS = ("attack", "weapon", "target")


@dataclass
class Prediction:
    """What the pipeline said about one GTD row (first incident, or the classify fallback)."""

    attack: list[str] = field(default_factory=list)
    weapon: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    country: str | None = None
    country_code: str | None = None
    city: str | None = None
    killed: int | None = None
    wounded: int | None = None
    perpetrators_killed: int | None = None
    perpetrators_wounded: int | None = None
    perpetrator: str | None = None
    claimed: bool = False
    date: dt.date | None = None
    fallback: bool = False


def event_date(row: GtdRow) -> dt.date | None:
    """The GTD incident date, or None when month or day is unknown (0)."""
    try:
        y, m, d = (int(float(row.fields.get(k) or 0)) for k in ("iyear", "imonth", "iday"))
        return dt.date(y, m, d) if y and m and d else None
    except ValueError:
        return None


def prediction(result: AnalysisResult, summary: str) -> Prediction:
    """Read one analysis result the way GTD codes a record: the first incident is the event."""
    if not result.incidents:
        labels = classify(summary)
        return Prediction(
            attack=[x.label for x in labels.attack_types],
            weapon=[x.label for x in labels.weapon_types],
            target=[x.label for x in labels.target_types],
            fallback=True,
            claimed=_claimed(result, None),
        )
    inc: Incident = result.incidents[0]
    loc = inc.location
    return Prediction(
        attack=[x.label for x in inc.attack_types],
        weapon=[x.label for x in inc.weapon_types],
        target=[x.label for x in inc.target_types],
        country=loc.country if loc else None,
        country_code=loc.country_code if loc else None,
        city=loc.name if loc else None,
        killed=_total(inc.killed, inc.perpetrators_killed),
        wounded=_total(inc.injured, inc.perpetrators_injured),
        perpetrators_killed=_count(inc.perpetrators_killed),
        perpetrators_wounded=_count(inc.perpetrators_injured),
        perpetrator=inc.perpetrators[0].actor if inc.perpetrators else None,
        claimed=_claimed(result, inc),
        date=inc.date.value,
    )


def _count(c) -> int | None:
    if c is None:
        return None
    return c.min if c.min is not None else c.stated


def _total(victims: Casualties | None, perpetrators: Casualties | None) -> int | None:
    """GTD's nkill / nwound from an incident's victims and perpetrators (`codebooks.gtd_counts`)."""
    return gtd_total(_count(victims), _count(perpetrators), victims is not None and victims.includes_perpetrators)


def _claimed(result: AnalysisResult, inc: Incident | None) -> bool:
    if inc is not None and any(p.status in ("claimed", "corroborated") for p in inc.perpetrators):
        return True
    return any(
        c.kind == "responsibility"
        and c.is_self
        and c.polarity == "affirm"
        and (inc is None or c.incident in (None, inc.id))
        for c in result.claims
    )


# ---------------------------------------------------------------- normalisers


def country_code(name: str | None) -> str | None:
    """ISO alpha-2 for a GTD or GeoNames country name (GTD: "West Bank and Gaza Strip", "Democratic Republic
    of the Congo", "Bosnia-Herzegovina", ...); None when unknown."""
    from ..codebooks.iso3166 import country_by_name

    if not name:
        return None
    key = name.strip()
    if key in _GTD_COUNTRIES:
        return _GTD_COUNTRIES[key]
    c = country_by_name(key)
    return c.alpha2 if c else None


_GTD_COUNTRIES = {
    "Democratic Republic of the Congo": "CD",
    "Republic of the Congo": "CG",
    "West Bank and Gaza Strip": "PS",
    "Bosnia-Herzegovina": "BA",
    "Ivory Coast": "CI",
    "Kosovo": "XK",
    "Turkey": "TR",
    "East Timor": "TL",
    "Swaziland": "SZ",
    "Macedonia": "MK",
    "North Macedonia": "MK",
    "Czech Republic": "CZ",
    "Russia": "RU",
    "Vatican City": "VA",
    "International": "",
    "Slovak Republic": "SK",
}


_GTD_FILES_UNDER = {"PR": "US"}
"""Territories with an ISO code of their own that GTD files under their sovereign state: Puerto Rico's towns are
"United States" in GTD (24 train summaries name Puerto Rico, 25 rows have it as province: all coded so). The
extractor keeps ISO's PR (a user filters on it, and ISO is the output's code list); only this comparison reads it as
GTD does."""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


_CITY_NOISE = re.compile(r"\b(city|town|village|district|province|municipality|area|region)\b")


def city_key(name: str | None) -> str:
    """Casefolded, accent-free, without "city"/"district"-style words: "Kabul city" == "Kabul"."""
    if not name:
        return ""
    return " ".join(_CITY_NOISE.sub(" ", _fold(name)).split())


_GENERIC_TAIL = re.compile(
    r"\s+(extremists?|militias?|militants?|dissidents?|rebels?|insurgents?|separatists?|"
    r"group|faction|members?|supporters?)$",
    re.IGNORECASE,
)


def group_keys(name: str | None) -> tuple[set[str], set[str]]:
    """(keys, parent keys) of a perpetrator name: canonical gazetteer names of the name, of its parts in
    parentheses and of it without a generic tail ("Houthi extremists (Ansar Allah)" -> houthis), plus the
    folded spellings themselves."""
    from ..codebooks.groups import gazetteer

    if not name:
        return set(), set()
    gaz = gazetteer()
    base = re.sub(r"\([^)]*\)", " ", name).strip()
    inner = [p.strip() for p in re.findall(r"\(([^)]*)\)", name) if p.strip()]
    candidates = [name, base, _GENERIC_TAIL.sub("", base), *inner]
    candidates += [c + "s" for c in candidates if c and not c.endswith("s")]
    keys: set[str] = set()
    parents: set[str] = set()
    for cand in candidates:
        if not cand:
            continue
        entry = gaz.lookup(cand)
        if entry is not None:
            keys.add(_fold(entry.name))
            if entry.affiliation:
                parents.add(_fold(entry.affiliation))
    keys |= {_fold(c) for c in (name, base, *inner) if c and len(_fold(c)) >= 3}
    return keys, parents


def group_match(gold: str, pred: str | None, strict: bool = False) -> bool:
    """Loose group-name equality: GTD "Unknown" matches no perpetrator; canonical names, acronyms in
    parentheses, near-equal spellings match; unless `strict`, a branch matches its parent movement."""
    from rapidfuzz import fuzz

    if gold.strip().casefold() == "unknown":
        return pred is None
    if pred is None:
        return False
    g, g_parent = group_keys(gold)
    p, p_parent = group_keys(pred)
    if g & p or fuzz.ratio(_fold(gold), _fold(pred)) >= 90:
        return True
    if strict:
        return False
    return bool((g_parent & p) or (p_parent & g))


# ---------------------------------------------------------------- scoring


def _gold_int(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        return round(float(value))
    except ValueError:
        return None


def score(
    rows: Sequence[GtdRow], preds: Sequence[Prediction], mode: str = "none", errors: ErrorLog | None = None
) -> dict:
    """All figures for rows and their predictions (parallel lists)."""
    errors = errors if errors is not None else ErrorLog()
    report: dict = {
        "n_rows": len(rows),
        "fallback_rows": sum(p.fallback for p in preds),
        "published_mode": mode,
        "types_note": _types_note(),
    }
    for task in TASKS:
        gold1 = [(getattr(r, task) or ["Unknown"])[0] for r in rows]
        pred1 = [(getattr(p, task) or ["Unknown"])[0] for p in preds]
        report[f"{task}_macro_f1"] = macro_f1(gold1, pred1)
        report[f"{task}_top_acc"] = accuracy(gold1, pred1)
        report[f"{task}_multilabel_f1"] = multilabel_f1(
            [set(getattr(r, task)) for r in rows], [set(getattr(p, task)) for p in preds]
        )["f1"]
        report[f"{task}_per_label"] = {k: round(v["f1"], 4) for k, v in per_label_f1(gold1, pred1).items()}
        for r, g, p, pr in zip(rows, gold1, pred1, preds, strict=True):
            if g != p:
                errors.add(r.row, task, g, p, note=f"all={getattr(pr, task)} | {_excerpt(r.summary)}")

    # country, city
    g_c, p_c = [], []
    g_city, p_city = [], []
    for r, p in zip(rows, preds, strict=True):
        gc = country_code(r.fields.get("country_txt"))
        if gc:
            pc = (p.country_code or country_code(p.country) or "").upper() or None
            pc = _GTD_FILES_UNDER.get(pc, pc) if pc else pc
            g_c.append(gc)
            p_c.append(pc)
            if gc != pc:
                errors.add(
                    r.row, "country", r.fields.get("country_txt"), p.country_code or p.country, note=_excerpt(r.summary)
                )
        city = (r.fields.get("city") or "").strip()
        if city and city.casefold() != "unknown":
            g_city.append(city_key(city))
            p_city.append(city_key(p.city))
            if city_key(city) != city_key(p.city):
                errors.add(r.row, "city", city, p.city, note=_excerpt(r.summary))
    report["country_acc"] = accuracy(g_c, p_c)
    report["country_n"] = len(g_c)
    report["city_acc"] = accuracy(g_city, p_city)
    report["city_n"] = len(g_city)

    # casualties: blank gold = unknown, excluded; no predicted figure counts as 0 (nothing stated)
    for key, attr in (("nkill", "killed"), ("nwound", "wounded")):
        g_n, p_n = [], []
        for r, p in zip(rows, preds, strict=True):
            gold = _gold_int(r.fields.get(key))
            if gold is None:
                continue
            pred = getattr(p, attr)
            g_n.append(gold)
            p_n.append(pred if pred is not None else 0)
            if gold != p_n[-1]:
                errors.add(r.row, key, gold, pred, note=_excerpt(r.summary))
        report[f"{key}_exact"] = accuracy(g_n, p_n)
        report[f"{key}_n"] = len(g_n)
    # the perpetrators' share of the dead (GTD nkillter), blank gold excluded, no figure counted as 0
    gold_ter = [_gold_int(r.fields.get("nkillter")) for r in rows]
    pairs = [(g, p.perpetrators_killed or 0) for g, p in zip(gold_ter, preds, strict=True) if g is not None]
    report["nkillter_exact"] = accuracy([g for g, _ in pairs], [p for _, p in pairs])
    report["nkillter_n"] = len(pairs)

    # perpetrator group and claim
    ok, strict_ok, claimed_ok = [], [], []
    for r, p in zip(rows, preds, strict=True):
        gname = (r.fields.get("gname") or "Unknown").strip()
        hit = group_match(gname, p.perpetrator)
        ok.append(hit)
        strict_ok.append(group_match(gname, p.perpetrator, strict=True))
        if not hit:
            errors.add(r.row, "gname", gname, p.perpetrator, note=_excerpt(r.summary))
        gold_claimed = (r.fields.get("claimed") or "").strip()
        if gold_claimed in ("0", "1", "0.0", "1.0"):
            claimed_ok.append((gold_claimed.startswith("1")) == p.claimed)
            if not claimed_ok[-1]:
                errors.add(r.row, "claimed", gold_claimed, p.claimed, note=_excerpt(r.summary))
    report["gname_acc"] = sum(ok) / len(ok) if ok else 0.0
    report["gname_strict_acc"] = sum(strict_ok) / len(strict_ok) if strict_ok else 0.0
    report["claimed_acc"] = sum(claimed_ok) / len(claimed_ok) if claimed_ok else 0.0

    if mode == "none":
        g_d, p_d = [], []
        for r, p in zip(rows, preds, strict=True):
            gold_date = event_date(r)
            if gold_date is None:
                continue
            g_d.append(gold_date)
            p_d.append(p.date)
            if gold_date != p.date:
                errors.add(r.row, "date", gold_date, p.date, note=_excerpt(r.summary))
        report["date_acc"] = accuracy(g_d, p_d)
        report["date_n"] = len(g_d)
    report["errors_by_field"] = errors.counts()
    return report


def _types_note() -> str:
    from ..incidents._type_model import default_model

    model = default_model()
    if model is None:
        return "no packaged type model: rule labels only"
    if model.meta.get("n_dev_rows"):
        return (
            "the packaged type model was fitted on GTD train + dev: type figures on dev are in-sample; "
            "the honest dev figure is the k-fold CV of `counterclaim train types`"
        )
    return "type model fitted on GTD train only"


def _excerpt(summary: str, limit: int = 220) -> str:
    return summary if len(summary) <= limit else summary[: limit - 1] + "…"


def articles(rows: Iterable[GtdRow], mode: str) -> Iterable[Article]:
    """One Article per row; with mode "event" the GTD incident date is given as the publication date."""
    for r in rows:
        published = event_date(r) if mode == "event" else None
        yield Article(id=f"gtd-{r.row}", text=r.summary, published=published)


@dataclass
class TypeFolds:
    """Cross-validation fold models for the type classifier: row -> the model that never saw it."""

    models: list
    fold_of: dict[str, int]
    k: int

    def model_for(self, row: GtdRow):
        return self.models[self.fold_of[row.summary]]


def type_folds(all_rows: Sequence[GtdRow], k: int = 5, seed: int = 0, shared=None) -> TypeFolds:
    """Fit k fold models (GTD train + the other folds of `all_rows`), as `counterclaim train types` does."""
    from ..training.gtd_data import TRAIN_FILE, gtd_path, read_gtd
    from ..training.types import DENSE_WEIGHT, build_corpus, cross_validate

    use_dense = DENSE_WEIGHT > 0  # the role vectors need each summary parsed, as the shipped recipe does
    train = build_corpus(read_gtd(gtd_path(TRAIN_FILE, shared)), dense=use_dense)
    dev = build_corpus(all_rows, dense=use_dense)
    cv = cross_validate(train, dev, k=k, seed=seed)
    return TypeFolds(
        models=cv.models, fold_of={r.summary: int(f) for r, f in zip(all_rows, cv.fold_of, strict=True)}, k=k
    )


def evaluate(
    rows: Sequence[GtdRow],
    mode: str = "none",
    analyze: Callable[[Iterable[Article]], Iterable[AnalysisResult]] | None = None,
    progress: Callable[[int], None] | None = None,
    errors: ErrorLog | None = None,
    folds: TypeFolds | None = None,
) -> dict:
    """Run the pipeline on every row (in order) and score it.

    With `folds`, each row is analysed with the type model of the fold that held it out, so the type
    figures on the data the packaged model was fitted on are honest (k-fold CV through the full pipeline).
    """
    from ..incidents._type_model import using

    if analyze is None:
        from ..api import analyze_articles as analyze
    groups: list[tuple[object, list[int]]] = []
    if folds is None:
        groups.append((None, list(range(len(rows)))))
    else:
        for f in range(folds.k):
            groups.append((folds.models[f], [i for i, r in enumerate(rows) if folds.fold_of.get(r.summary) == f]))
    preds: list[Prediction | None] = [None] * len(rows)
    for model, idx in groups:
        if not idx:
            continue
        chunk = [rows[i] for i in idx]
        ctx = using(model) if folds is not None else _nullcontext()  # type: ignore[arg-type]
        with ctx:
            for i, row, result in zip(idx, chunk, analyze(articles(chunk, mode)), strict=True):
                preds[i] = prediction(result, row.summary)
                if progress:
                    progress(1)
    report = score(rows, [p for p in preds if p is not None], mode, errors)
    if folds is not None:
        report["types_note"] = f"type labels from {folds.k}-fold CV models (each row by a model that never saw it)"
    return report


def _nullcontext():
    from contextlib import nullcontext

    return nullcontext()
