"""The parser's and the entity recognizer's greedy steps, driven from Python with the GIL held.

spaCy's wheels for this Python are compiled with Cython's profiling hooks (cProfile sees its Cython
functions). Inside `Parser.greedy_parse`, which releases the GIL around its C loop, every small C
function the loop calls (a state's buffer look-up, each move's `is_valid`, about a hundred moves per
state and step) takes the GIL back and gives it up again to ask whether a profiler runs: `perf` puts
about a quarter of the parse in the GIL's mutex. The same steps taken from Python hold the GIL, and the
question costs nothing.

`Steps.predict` is `greedy_parse` written with the pieces spaCy itself uses for training and beam search:
the step model's `predict` (the same `sum_state_features` over the same precomputed features, the same
bias, maxout and BLIS product, unseen moves set to the same minimum) and `Parser.transition_states`
(the same C choice of the best valid move). The moves chosen, so the heads, labels and entities, are the
ones spaCy's loop chooses; `pipe` keeps spaCy's batching (sorted by length, quarter-size sub-batches).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy import util
from spacy.pipeline import DependencyParser, EntityRecognizer
from spacy.tokens import Doc
from thinc.api import NumpyOps, set_dropout_rate

_TRANSITION_PARSERS = (DependencyParser, EntityRecognizer)


class Steps:
    """Stands in the pipeline for a greedy transition parser (`parser`, `ner`): `pipe` and `__call__`
    parse through `predict` below; every other attribute is the wrapped component's."""

    def __init__(self, parser: DependencyParser | EntityRecognizer) -> None:
        self.parser = parser

    def __getattr__(self, name: str):
        # copying and serialising probe special names (`__setstate__`, `__deepcopy__`) on a bare instance, before
        # `parser` is set: forwarding them (or `parser` itself) would call `__getattr__` again without end
        if name.startswith("__") or name == "parser":
            raise AttributeError(name)
        return getattr(self.parser, name)

    def predict(self, docs: Doc | list[Doc]) -> list:
        """The parse states of `docs` (a list, or one Doc as spaCy's `predict` accepts), as `Parser.predict`
        returns them for a greedy parser."""
        if isinstance(docs, Doc):
            docs = [docs]
        parser = self.parser
        if not any(len(doc) for doc in docs):
            return parser.moves.init_batch(docs)
        parser._ensure_labels_are_added(docs)
        set_dropout_rate(parser.model, 0.0)
        batch = parser.moves.init_batch(docs)
        model = parser.model.predict(docs)
        states = [state for state in batch if not state.is_final()]
        while states:
            states = parser.transition_states(states, model.predict(states))
        model.clear_memory()
        return batch

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """`Parser.pipe`: batches of `batch_size`, parsed in sub-batches of similar length."""
        parser = self.parser
        error_handler = parser.get_error_handler()
        for batch in util.minibatch(docs, size=batch_size):
            in_order = list(batch)
            try:
                by_length = sorted(in_order, key=len)
                for sub in util.minibatch(by_length, size=max(batch_size // 4, 2)):
                    sub = list(sub)
                    parser.set_annotations(sub, self.predict(sub))
                yield from in_order
            except Exception as e:  # reported as spaCy's Parser.pipe reports it
                error_handler(parser.name, parser, in_order, e)

    def __call__(self, doc: Doc) -> Doc:
        """`TrainablePipe.__call__`: one document."""
        parser = self.parser
        try:
            parser.set_annotations([doc], self.predict([doc]))
            return doc
        except Exception as e:  # reported as spaCy's TrainablePipe reports it
            return parser.get_error_handler()(parser.name, parser, [doc], e)


def install(nlp) -> list[str]:
    """Put `Steps` in place of each greedy transition parser of `nlp` run on the CPU; the names replaced.
    A beam parser, another kind of component or a GPU model keeps spaCy's own loop."""
    replaced = []
    for i, (name, component) in enumerate(nlp._components):
        if (type(component) in _TRANSITION_PARSERS and component.cfg.get("beam_width", 1) == 1
                and isinstance(component.model.ops, NumpyOps)):
            nlp._components[i] = (name, Steps(component))
            replaced.append(name)
    return replaced
