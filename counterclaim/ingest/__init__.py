"""Bytes, HTML and JSONL in; `Article` (or an `InputProblem` saying why not) out."""

from .article import Article, InputProblem
from .reader import read_inputs

__all__ = ["Article", "InputProblem", "read_inputs"]
