"""The rule lemmatizer's answers, kept for every (word, POS, morphology) it has seen.

spaCy's English rule lemmatizer caches only the words it runs its suffix rules on; the commonest
tokens (singular nouns, base-form verbs, positive adjectives, proper nouns) take the early returns and
are worked out again at every occurrence, through `pos_` and `morph.to_dict()`. Its answer depends on
the token's text, POS and morphology alone (the tables are fixed once loaded), so `Remembered` keeps it
for every combination and the lemmas it writes are the ones it wrote before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

_MAX_KEYS = 200_000
"""Combinations kept before the memo starts afresh (a long-running service sees new words forever)."""


class Remembered:
    """`lemmatizer.lemmatize` with every answer kept by (ORTH, POS, MORPH)."""

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self.lemmatize = lemmatize
        self.found: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = self.found.get(key)
        if found is None:
            found = self.lemmatize(token)
            if token.pos:  # without a POS the lemmatizer warns (W108) each time; leave that as it is
                if len(self.found) >= _MAX_KEYS:
                    self.found.clear()
                self.found[key] = found
        return found


def install(nlp) -> bool:
    """Let the pipeline's rule lemmatizer remember its answers; False when it is another kind (a lookup
    lemmatizer, or a subclass whose base-form test might read more than POS and morphology)."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode != "rule":
        return False
    if not isinstance(lemmatizer.lemmatize, Remembered):
        lemmatizer.lemmatize = Remembered(lemmatizer.rule_lemmatize)
    lemmatizer.pipe = _DocLemmas(lemmatizer)
    return True


class _DocLemmas:
    """`Lemmatizer.pipe` reading every token's (ORTH, POS, MORPH, LEMMA) in one array and writing the lemmas
    back in one, instead of a Token object, a MorphAnalysis and a string look-up per token: the same lemma for
    each token that spaCy's loop would lemmatize (those without one, or all when overwriting), the others
    kept. `nlp.pipe` goes through here; `nlp(text)` still takes spaCy's own loop, which writes the same."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        lemmatizer = self.lemmatizer
        error_handler = lemmatizer.get_error_handler()
        for doc in stream:
            try:
                self.lemmatize(doc)
                yield doc
            except Exception as e:  # noqa: BLE001 - reported as spaCy's Pipe.pipe reports it
                error_handler(lemmatizer.name, lemmatizer, [doc], e)

    def lemmatize(self, doc: Doc) -> None:
        lemmatizer = self.lemmatizer
        memo = lemmatizer.lemmatize
        if not isinstance(memo, Remembered):  # replaced after install: spaCy's own loop
            lemmatizer(doc)
            return
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        add, found, overwrite = doc.vocab.strings.add, memo.found, lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                answer = found.get((orth, pos, morph))
                if answer is None:
                    answer = memo(doc[i])
                lemmas[i] = add(answer[0])
        doc.from_array([LEMMA], lemmas)
