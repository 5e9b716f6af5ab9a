"""An unlisted village takes the most-named country, the earliest on ties: a listed town the text names counts as
a mention of its country at its own place in the text, so a later demonym ("no link to the Somali group") does not
win the tie."""

from __future__ import annotations

from counterclaim.nlp.pipeline import parse
from counterclaim.nlp.places import find_places


def _country_of(text: str, name: str) -> str | None:
    return next((p.location.country for p in find_places(parse(text)) if p.location.name == name), None)


def test_a_listed_town_before_a_demonym_wins_the_tie() -> None:
    text = ("Insurgents beheaded a teacher in the village of Nabaje on Sunday. Many families fled to the town of "
            "Mueda. The insurgents have no known link to the Somali group al-Shabaab.")
    assert _country_of(text, "Nabaje") == "Mozambique"



def test_a_listed_town_counts_before_its_country_is_named_later() -> None:
    # Mozambique is named last, after Somalia: the town of Mueda is its earlier mention
    text = ("Insurgents burned homes in the village of Lidede on Sunday. Survivors walked to the town of Mueda. "
            "Analysts see no tie to the Somali militants of al-Shabaab or to Somalia itself, a researcher in "
            "Mozambique said.")
    assert _country_of(text, "Lidede") == "Mozambique"
