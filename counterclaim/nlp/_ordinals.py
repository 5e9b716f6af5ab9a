"""Number words, ordinal ("third", "twenty-fifth") and cardinal ("two", "nineteen"), and their numbers: one list
for the readers that meet them.

The date reader counts an anniversary ("the 35th anniversary", "the fifth anniversary") and the days of "three
days later", the casualty reader reads "a third man" as one more person besides those counted and parses whole
numbers from the cardinals ("twenty-three", "two hundred"), and the actor reader takes "the Second Division" for
a numbered unit of a state's army.
"""

from __future__ import annotations

CARDINAL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
"""The cardinals below twenty (the casualty reader builds "twenty-three" from them and its tens)."""
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
"""The tens ("twenty-three" is built from them and the cardinals)."""
COUNT_WORDS = "|".join(sorted((w for w, n in CARDINAL_NUMBERS.items() if n), key=len, reverse=True))
"""The cardinals "one" to "nineteen" as a regex alternation (longest first), for patterns that read a count
("30 km" or "fifteen km north of X")."""

ORDINAL_NUMBERS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75,
}
ONE_MORE = frozenset(word for word, n in ORDINAL_NUMBERS.items() if 2 <= n <= 12)
"""The ordinals of "a second man", "a third suffered burns": one more person than those told before."""
