"""Imported by the ingest pool's fork server: loads the spaCy pipeline once, before any worker forks.

Workers forked from that server share the loaded pipeline's pages instead of each loading it, and
they fork from a process that never opened the store (no DuckDB threads or locks to inherit).
"""

from ..nlp.pipeline import load_pipeline
from ..settings import Settings

load_pipeline(Settings().spacy_model)
