"""The text of a Doc, computed once.

spaCy's `Doc.text` joins every token on each access (O(n)); readers slice the text for every
mention, which made text access the single largest cost of the pipeline. `doc_text(doc)` caches it.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "cc_text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return text
