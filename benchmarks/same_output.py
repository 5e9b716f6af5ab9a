"""Check that two checkouts give byte-identical `analyze --format json` output (for speed work).

The inputs are read where they lie, never copied into the repository: the bundled examples, the news dev
texts (with the publication dates their gold files give) and the first GTD dev summaries (undated), written
to a temporary JSONL file. Each checkout runs `python -m counterclaim analyze` in its own process.

    python benchmarks/same_output.py OLD_CHECKOUT NEW_CHECKOUT [--gtd 300] [--keep DIR [--reuse-old]]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path("../shared/data")
"""Where the data sets lie, from the working directory (run it from the main checkout)."""


def records(shared: Path, gtd_rows: int) -> list[dict]:
    """The news dev texts with their dates, then the first `gtd_rows` GTD dev summaries."""
    out = []
    news = shared / "news"
    for text_path in sorted(news.glob("*.txt")):
        gold = text_path.with_suffix(".json")
        published = json.loads(gold.read_text())["published"] if gold.exists() else None
        record = {"id": f"news-{text_path.stem}", "text": text_path.read_text()}
        if published:
            record["published"] = published
        out.append(record)
    with (shared / "gtd" / "gtd_2021h1_dev.csv").open(newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i >= gtd_rows:
                break
            if row["summary"].strip():
                out.append({"id": f"gtd-{i}", "text": row["summary"]})
    return out


def run(checkout: Path, inputs: list[str], out: Path, shared: Path) -> None:
    # the shared folder: `--shared` is the data folder, the settings name its parent (`COUNTERCLAIM_SHARED_DIR`);
    # pinned, the output cannot depend on where a checkout lies (each found its own `../shared`)
    env = dict(os.environ, PYTHONPATH=str(checkout), COUNTERCLAIM_SHARED_DIR=str(shared.parent))
    subprocess.run([sys.executable, "-m", "counterclaim", "analyze", *inputs, "--format", "json", "--out", str(out)],
                   env=env, cwd=str(checkout), check=True, stderr=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--gtd", type=int, default=300, help="GTD dev rows to add (default 300)")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--keep", type=Path, help="write the texts and the two outputs here")
    parser.add_argument("--reuse-old", action="store_true", help="reuse old.json already in --keep")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / "texts.jsonl"  # one path for both runs: the output names its source
        rows = records(args.shared.resolve(), args.gtd)
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
        inputs = [str((args.new / "examples").resolve()), str(corpus)]  # the same paths for both
        outputs = []
        for name, checkout in (("old", args.old), ("new", args.new)):
            target = folder / f"{name}.json"
            if not (name == "old" and args.reuse_old and target.exists()):
                run(checkout.resolve(), inputs, target, args.shared.resolve())
            outputs.append(target.read_bytes())
        old, new = (json.loads(o) for o in outputs)
        differing = [a["document"]["id"] for a, b in zip(old, new, strict=True) if a != b]
        same = outputs[0] == outputs[1]
        print(f"{len(old)} documents ({len(rows)} from the JSONL), byte-identical: {same}; "
              f"differing documents: {len(differing)} {differing[:10]}")
        sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
