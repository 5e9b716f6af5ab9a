"""`counterclaim analyze` and `counterclaim schema`.  (minimal; being extended)"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..api import analyze_articles, parse_published
from ..ingest.article import Article
from ..models import output_json_schema
from ._app import app, console


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl), directories, or - for stdin."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD for relative dates."),
) -> None:
    """Extract incidents and claims from news articles."""
    date = parse_published(published)
    arts = [Article(id=Path(p).stem, text=Path(p).read_text(), published=date) for p in paths]
    for res in analyze_articles(arts):
        console.print_json(json.dumps(res.to_json_dict()))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the per-document output."""
    print(json.dumps(output_json_schema(), indent=2))
