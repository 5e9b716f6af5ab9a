"""A one-sentence lede paragraph is the body's first sentence, not a headline: one opened by a wire dateline
("CITY, Country (Wire) — ...") or closed as a reported sentence ("..., the military said."); a short title line
stays the headline. The incident then adds the lede's hurt to the "other" hurt the next paragraph counts
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.ingest.text import headline

_BODY = "\n\nA girl was killed and at least 12 other people were hurt in the attack.\n"


@pytest.mark.parametrize(
    "lede",
    [
        "COTABATO CITY, Philippines (Wire) — Three soldiers were wounded when gunmen attacked a checkpoint in "
        "Datu Piang on Tuesday evening.",
        "Three soldiers were wounded when gunmen attacked a checkpoint in Datu Piang on Tuesday evening, the "
        "military said.",
    ],
)
def test_a_lede_paragraph_is_no_headline(lede: str) -> None:
    text = lede + _BODY
    assert headline(text) is None
    injured = analyze(text, published="2026-03-11").incidents[0].injured
    assert injured is not None and injured.min == 15


def test_a_title_line_stays_the_headline() -> None:
    text = "Gunmen wound three soldiers in southern Philippines" + _BODY
    assert headline(text) == "Gunmen wound three soldiers in southern Philippines"


@pytest.mark.parametrize(
    "title",
    [
        # a kicker before the headline has the bare "WORD -" shape of a dateline but no comma, agency or day
        "EXCLUSIVE-Bandits kill 8 herders in Katsina, 3 wounded",
        "ANALYSIS-Why attacks on farmers keep rising in the Sahel",
        "NIGER - Jihadists kill 8 soldiers near Tillaberi",
    ],
)
def test_a_kicker_headline_stays_the_headline(title: str) -> None:
    text = title + "\n\nBandits killed eight herders near Dutsinma on Sunday, police said. Three others were hurt.\n"
    assert headline(text) == title


def test_a_kicker_headline_adds_no_hurt() -> None:
    # read as a lede, the headline's hurt would add to the body's "others"
    text = ("EXCLUSIVE-Gunmen kill 9 villagers in Katsina, 4 hurt\n\nGunmen killed nine villagers in Katsina state "
            "on Saturday, a police spokesman told reporters. Four others were hurt in the raid.\n")
    injured = analyze(text, published="2026-03-11").incidents[0].injured
    assert injured is not None and injured.min == 4
