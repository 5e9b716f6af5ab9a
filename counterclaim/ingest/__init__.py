"""Bytes, HTML and JSONL in; `Article` (or an `InputProblem` saying why not) out."""

from .article import Article, InputProblem
from .reader import READERS, ReadContext, read_inputs, register_reader

__all__ = ["READERS", "Article", "InputProblem", "ReadContext", "read_inputs", "register_reader"]
