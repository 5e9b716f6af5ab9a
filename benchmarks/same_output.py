"""Check that two checkouts give byte-identical `analyze --format json` output (for speed work).

The inputs are read where they lie, never copied into the repository: the bundled examples (`--examples`, one
folder for both checkouts), the news dev texts (with the publication dates their gold files give) and the first GTD
dev summaries (undated), written to a temporary JSONL file. Each checkout runs `python -m counterclaim analyze` in
its own process, with the shared data folder pinned to `--shared` (the output must not depend on where a checkout
lies). A document that fails in one checkout, or in both, is named with the reason its checkout gave.

    python benchmarks/same_output.py OLD_CHECKOUT NEW_CHECKOUT [--gtd 300] [--keep DIR [--reuse-old]]

`--reuse-old` reuses `old.json` in `--keep` only if `old.inputs.json` beside it records the same inputs (the
texts, the examples, `--gtd`, `--shared`) and the same old checkout (its path, commit and uncommitted changes);
otherwise the old checkout runs again.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path("../shared/data")
"""Where the data sets lie, from the working directory (run it from the main checkout)."""
EXAMPLES = Path("examples")
"""The bundled examples, from the working directory: the same folder for both checkouts and for a reused run."""


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


class RunFailed(Exception):
    """A checkout's `analyze` stopped as a whole (exit code non-zero): one line, no traceback."""


def run(checkout: Path, inputs: list[str], out: Path, shared: Path) -> dict[str, str]:
    """Run `analyze` in `checkout`; the documents it skipped, each with its reason (from its stderr)."""
    # the shared folder: `--shared` is the data folder, the settings name its parent (`COUNTERCLAIM_SHARED_DIR`)
    env = dict(os.environ, PYTHONPATH=str(checkout), COUNTERCLAIM_SHARED_DIR=str(shared.parent))
    done = subprocess.run([sys.executable, "-m", "counterclaim", "analyze", *inputs, "--format", "json", "--out",
                           str(out)], env=env, cwd=str(checkout), stderr=subprocess.PIPE, text=True)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    if done.returncode != 0:
        raise RunFailed(f"{checkout}: analyze exited with {done.returncode}: {lines[-1] if lines else 'no message'}")
    return dict(_skipped(line) for line in lines if line.startswith("skipped "))


def _skipped(line: str) -> tuple[str, str]:
    """`skipped SOURCE: REASON` as `analyze` reports a document -> (SOURCE, REASON)."""
    match = re.match(r"skipped (.+?): (.+)$", line)
    return (match[1], match[2]) if match else (line[len("skipped "):], "")


def _digest(paths: list[Path]) -> str:
    sha = hashlib.sha256()
    for path in paths:
        sha.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def _checkout_state(checkout: Path) -> dict:
    """The old checkout's identity: its path, and if it is a git work tree, its commit and uncommitted changes."""
    def git(*args: str) -> str | None:
        done = subprocess.run(["git", "-C", str(checkout), *args], capture_output=True, text=True)
        return done.stdout if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    changes = git("diff", "HEAD") if commit is not None else None
    return {"path": str(checkout), "commit": commit and commit.strip(),
            "changes": hashlib.sha256(changes.encode()).hexdigest() if changes is not None else None}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--gtd", type=int, default=300, help="GTD dev rows to add (default 300)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default ../shared/data)")
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="the examples folder (default ./examples)")
    parser.add_argument("--keep", type=Path, help="write the texts and the two outputs here")
    parser.add_argument("--reuse-old", action="store_true", help="reuse old.json already in --keep (same inputs)")
    args = parser.parse_args(argv)
    shared, examples = args.shared.resolve(), args.examples.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / "texts.jsonl"  # one path for both runs: the output names its source
        rows = records(shared, args.gtd)
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
        inputs = [str(examples), str(corpus)]  # the same paths for both
        settings = {"gtd": args.gtd, "shared": str(shared), "examples": str(examples),
                    "inputs": _digest([corpus, *sorted(p for p in examples.rglob("*") if p.is_file())]),
                    "old": _checkout_state(args.old.resolve())}
        outputs, skipped = [], []
        try:
            for name, checkout in (("old", args.old), ("new", args.new)):
                target, made_with = folder / f"{name}.json", folder / f"{name}.inputs.json"
                reused = name == "old" and args.reuse_old and _same_inputs(target, made_with, settings)
                if reused:
                    skipped.append(json.loads(made_with.read_text())["skipped"])
                else:
                    made_with.unlink(missing_ok=True)
                    skipped.append(run(checkout.resolve(), inputs, target, shared))
                    made_with.write_text(json.dumps({**settings, "skipped": skipped[-1]}, indent=1))
                outputs.append(target.read_bytes())
        except RunFailed as exc:
            sys.exit(f"same_output: {exc}")
        old, new = (json.loads(o) for o in outputs)
        sys.exit(_compare(old, new, *skipped, same=outputs[0] == outputs[1], from_jsonl=len(rows)))


def _same_inputs(target: Path, made_with: Path, settings: dict) -> bool:
    if not target.exists():
        return False
    try:
        recorded = json.loads(made_with.read_text())
    except (OSError, ValueError):
        print(f"--reuse-old: {made_with} is missing or unreadable; running the old checkout again", file=sys.stderr)
        return False
    changed = [key for key in settings if recorded.get(key) != settings[key]]
    if changed:
        print(f"--reuse-old: {target} was made with other {', '.join(changed)}; running the old checkout again",
              file=sys.stderr)
    return not changed


def _compare(old: list[dict], new: list[dict], old_skipped: dict[str, str], new_skipped: dict[str, str], *,
             same: bool, from_jsonl: int) -> int:
    """Print the verdict; the exit code (0: byte-identical)."""
    old_by_id = {r["document"]["id"]: r for r in old}
    new_by_id = {r["document"]["id"]: r for r in new}
    differing = [key for key, record in old_by_id.items() if key in new_by_id and new_by_id[key] != record]
    for source, reason in sorted(old_skipped.items()):
        where = "both checkouts" if source in new_skipped else "the old checkout only"
        print(f"failed in {where}: {source}: {reason}")
    for source, reason in sorted(new_skipped.items()):
        if source not in old_skipped:
            print(f"failed in the new checkout only: {source}: {reason}")
    print(f"{len(old)} / {len(new)} documents (old / new; {from_jsonl} from the JSONL), byte-identical: {same}; "
          f"differing documents: {len(differing)} {differing[:10]}")
    return 0 if same else 1


if __name__ == "__main__":
    main()
