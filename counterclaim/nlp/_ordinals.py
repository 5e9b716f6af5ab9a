"""Ordinal words ("third", "twenty-fifth") and their numbers: one list for the readers that meet them.

The date reader counts an anniversary ("the 35th anniversary", "the fifth anniversary"), the casualty reader
reads "a third man" as one more person besides those counted, and the actor reader takes "the Second
Division" for a numbered unit of a state's army. (Cardinal words stay with the casualty reader, which parses
whole numbers from them.)
"""

from __future__ import annotations

ORDINAL_NUMBERS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75,
}
ONE_MORE = frozenset(word for word, n in ORDINAL_NUMBERS.items() if 2 <= n <= 12)
"""The ordinals of "a second man", "a third suffered burns": one more person than those told before."""
