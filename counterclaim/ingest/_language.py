"""A cheap English check: the share of words that are function words, English against others.

English news prose has roughly a third to a half of its words in spaCy's English stop list
("the", "of", "and", "said", ...). Text in another Latin-script language shares a few short words
with that list but has far more of its own function words; text in another script has few Latin
letters at all. Headline-style English ("Bomber strikes market; 12 dead") has few function words of
any language and is kept. No model and no download; only the first few thousand characters are read.
"""

from __future__ import annotations

import re
from functools import cache

SAMPLE_CHARS = 5000
MIN_WORDS = 12
"""Below this many words the ratios say little; short texts are given the benefit of the doubt."""
ENGLISH_ENOUGH = 0.2
FOREIGN_MIN = 0.08

# The commonest function words of languages often met in news feeds, minus words that are also
# English ("die", "is", "in", "on", "me", ...). Detection only needs the frequent ones.
_FOREIGN: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "German": "der das und ist nicht ein eine mit von zu dem des sich auf für im auch es wurde nach bei sind "
                  "werden wird nur noch wie aus oder dass einer einem",
        "Spanish": "el la los las y de del que en un una por con para se es al su fue según lo sus más pero como",
        "French": "le la les et des du un une est que qui dans pour sur par au aux avec pas été selon ont il elle "
                  "ce cette sont ses leur",
        "Italian": "il lo la gli le e di del della che un una per con non è sono dalla nel alla anche più ha",
        "Portuguese": "o os as e do da dos das que um uma em no na com para não foi pelo pela ao à mais",
        "Dutch": "de het een en van dat niet met op voor zijn werd bij naar ook er aan om zich heeft",
        "Scandinavian": "och att det som är av för med till på inte og af er ikke jeg har var den",
        "Turkish": "ve bir bu da için ile olarak çok daha gibi olan ise",
        "Indonesian": "dan yang di ke dari ini itu untuk dengan tidak pada adalah akan oleh",
        "Polish": "i w z na się nie że do jest jak po od przez oraz",
    }.items()
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]")



@cache
def _english_stop_words() -> frozenset[str]:
    """spaCy's English stop list, imported on first use: importing spaCy costs seconds of start-up."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)

def english_stopword_ratio(text: str) -> tuple[float, int]:
    """(share of words in the English stop list, number of words) over the text's first part."""
    words = _words(text)
    if not words:
        return 0.0, 0
    return sum(1 for w in words if w in _english_stop_words()) / len(words), len(words)


def english_problem(text: str) -> str | None:
    """A one-line reason when the text is evidently not English, else None."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return "no words found (counterclaim reads English news text)"
    if len(_LATIN.findall(sample)) / letters < 0.5:
        return "not English (mostly non-Latin script); counterclaim reads English news only"
    words = _words(sample)
    if len(words) < MIN_WORDS:
        return None
    english = sum(1 for w in words if w in _english_stop_words()) / len(words)
    if english >= ENGLISH_ENOUGH:
        return None
    name, foreign = max(((n, sum(1 for w in words if w in fw) / len(words)) for n, fw in _FOREIGN.items()),
                        key=lambda pair: pair[1])
    if foreign >= FOREIGN_MIN and foreign > english:
        return (f"does not look like English (it reads like {name}: {foreign:.0%} {name} function words, "
                f"{english:.0%} English ones); counterclaim reads English news only")
    return None


def _words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text[:SAMPLE_CHARS].lower())]
