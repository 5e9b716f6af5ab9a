"""Wire datelines: "KIRKUK, Iraq —", "BAMAKO, Mali (AP) —", "QUITO, Mar 10 (Reuters) -" opening a sentence.

The parser reads the dateline as part of the sentence that follows it: the city becomes the subject of
"said" and the real speaker its apposition ("KIRKUK, Iraq — The Islamic State said"), or the country a
conjunct of that subject. Readers that ask who speaks, or whether a country reacts, skip the dateline.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

DASHES = frozenset({"-", "—", "–", "--"})
_MAX_TOKENS = 10


def dateline_dash(sent: SpacySpan) -> Token | None:
    """The spaced dash that closes a dateline opening `sent`: names (the city in capitals, or followed by a
    comma or a bracket), a country, a date, an agency in brackets; None when the sentence opens otherwise."""
    names = 0
    marked = False
    for k, t in enumerate(sent):
        if k >= _MAX_TOKENS:
            return None
        if t.text in DASHES and k > 0 and sent[k - 1].whitespace_:
            if names and (marked or sent[0].text.isupper()):
                return t
            return None
        if t.text in {",", "(", ")"}:
            marked = True
        elif t.is_alpha and t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"}:
            names += 1
        elif not (t.is_digit or t.text == "." or (t.text.endswith(".") and t.text[:1].isupper())):
            return None
    return None


def in_dateline(token: Token) -> bool:
    """The token is part of the dateline its sentence opens with."""
    dash = dateline_dash(token.sent)
    return dash is not None and token.i < dash.i
