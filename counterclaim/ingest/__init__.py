"""Bytes, HTML and JSONL in; `Article` out."""

from .article import Article

__all__ = ["Article"]
