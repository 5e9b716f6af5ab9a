"""Wire datelines: "KIRKUK, Iraq —", "BAMAKO, Mali (AP) —", "QUITO, Mar 10 (Reuters) -" opening a sentence.

The parser reads the dateline as part of the sentence that follows it: the city becomes the subject of
"said" and the real speaker its apposition ("KIRKUK, Iraq — The Islamic State said"), or the country a
conjunct of that subject. Readers that ask who speaks, or whether a country reacts, skip the dateline.
The same datelines read as characters (`wire_datelines`, at the start of a line) tell the casualty reader
which numbers are the filing date, the date reader which date is the report's, and the place ranking which
city is where the report was filed: one pattern, so the three readers agree on what a dateline is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the readers of plain text use this module before spaCy is needed
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

from ._calendar import MONTH_PATTERN

DASHES = frozenset({"-", "‒", "–", "—", "―", "--"})  # hyphen-minus, figure, en, em, horizontal bar
_MAX_TOKENS = 10


def dateline_dash(sent: SpacySpan) -> Token | None:
    """The spaced dash that closes a dateline opening `sent`: names (the city in capitals, or followed by a
    comma or a bracket, or one word before the dash and the story), a country, a date, an agency in brackets; None when
    the sentence opens otherwise."""
    names = 0
    marked = False
    for k, t in enumerate(sent):
        if k >= _MAX_TOKENS:
            return None
        if t.text in DASHES and k > 0 and sent[k - 1].whitespace_:
            if names and (marked or sent[0].text.isupper() or _lede_after(sent, k)):
                return t
            return None
        if t.text == ":" and k > 0 and sent[k - 1].text == ")" and names:
            return t  # "RANCHI, Oct 9 (UNI):": the Indian wires close the agency's bracket with a colon
        if t.text in {",", "(", ")"}:
            marked = True
        elif t.is_alpha and t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"}:
            names += 1
        elif not (t.is_digit or t.text == "." or (t.text.endswith(".") and t.text[:1].isupper())):
            return None
    return None


def _lede_after(sent: SpacySpan, k: int) -> bool:
    """"Washington — A blast hit ...": one name, then the dash and a capital opening the story (not "Kabul — the
    capital — was shaken", "Police — who arrived late — said")."""
    return k == 1 and k + 1 < len(sent) and sent[k + 1].text[:1].isupper()


_DASHES_KEY = "cc_dateline_dashes"


def sentence_dash(token: Token) -> Token | None:
    """`dateline_dash` of the token's sentence, read once per Doc for every sentence: speaker and place readers ask
    it of each subject and mention, and `token.sent` builds a new Span per call."""
    doc = token.doc
    found = doc.user_data.get(_DASHES_KEY)
    if found is None or found[0] != id(doc):  # a copied Doc carries its source's user_data
        sents = list(doc.sents)
        dashes = [dateline_dash(s) for s in sents]
        found = doc.user_data[_DASHES_KEY] = (id(doc), [s.start for s in sents], [d.i if d else -1 for d in dashes])
    dash = found[2][bisect_right(found[1], token.i) - 1]
    return doc[dash] if dash >= 0 else None


def in_dateline(token: Token) -> bool:
    """The token is part of the dateline its sentence opens with."""
    dash = sentence_dash(token)
    return dash is not None and token.i < dash.i


def dateline_appositions(subj: Token, before: int) -> list[Token]:
    """The story's own subject that the parser hung on a dateline word ("KIRKUK, Iraq — The Islamic State said",
    "CAIRO, Egypt — A journalist who ... was shot dead": the city is the subject, the real one its apposition or
    conjunct after the dash), up to token `before`; empty when `subj` is no dateline word."""
    dash = sentence_dash(subj)
    if dash is None or subj.i > dash.i or dash.i > before:
        return []
    dateline = subj.doc[subj.sent.start : dash.i]
    return [c for t in dateline for c in t.children if dash.i < c.i < before and c.dep_ in {"appos", "conj"}]


def past_dateline(subj: Token, before: int) -> Token:
    """`subj`, or the story's subject `dateline_appositions` finds for it (a noun first)."""
    after = dateline_appositions(subj, before)
    return min(after, key=lambda c: (c.pos_ not in {"NOUN", "PROPN", "PRON"}, c.i)) if after else subj


_WIRE_DATE = (
    rf"(?:{MONTH_PATTERN}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?|\d{{1,2}}[ \t]+{MONTH_PATTERN}(?:[ \t]+\d\d(?:\d\d)?)?)"
)
_WIRE_DATELINE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:"
    # "MAPUTO, Sept. 18 (AFP) -", "KABUL (AP) -", "PESHAWAR, Pakistan, Aug. 21 (Xinhua) --": a capitalised city
    r"[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+)*(?:,[ \t]*[A-Z][\w.'\u2019]*(?:[ \t]+[A-Z][\w.'\u2019]*)*)"
    rf"{{0,2}}(?:,?[ \t]*{_WIRE_DATE})?"
    # "Mogadishu, 14 March 2024 -", "Port of Spain, March 3 -": a city in plain case, with its date
    r"|[A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:of|de|del|des|du|da|do|la|le|el|al)[ \t]+)?[A-Z][\w'\u2019-]*)*"
    r"(?:,[ \t]*[A-Z][\w.'\u2019]*(?:[ \t]+[A-Z][\w.'\u2019]*)*){0,2},?[ \t]*"
    + _WIRE_DATE +
    # the closing dash, or a colon after the agency's bracket ("RANCHI, Oct 9 (UNI):")
    r")[ \t]*(?:(?:\([^()\n]{1,40}\)[ \t]*)?(?:--?|\u2013|\u2014)|\([^()\n]{1,40}\):)"
)


def wire_datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of wire datelines at the start of a line ("MAPUTO, Sept. 18 (AFP) -", "CITY (Agency) -",
    "CITY, 14 March 2024 -"): where and when the report was filed, so the day and year in them are no counts,
    the city is no victim and the date is not the incident's."""
    return [(m.start(), m.end()) for m in _WIRE_DATELINE.finditer(text)]
