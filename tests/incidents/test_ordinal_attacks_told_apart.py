"""'In the third attack, on March 21, ...' after another dated attack is one more attack, not the one told: a
definite attack noun with an ordinal opens a record of its own when its day or place differs."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "second",
    [
        "In the third attack, on March 21, unidentified armed men killed 20 civilians outside the village of Hombori.",
        "In the second attack, on March 21, gunmen shot dead 20 traders on the road near the town of Douentza.",
    ],
)
def test_an_ordinal_attack_with_its_own_day_is_another_record(second):
    text = ("A rights group said armed groups killed civilians in several attacks in Mali this year. On February 9, "
            "fighters killed at least 18 people when they attacked a market in the town of Boni, the report said. "
            + second)
    incidents = analyze(text, published="2026-04-28").incidents
    assert len(incidents) == 2
    assert [str(i.date.value) for i in incidents] == ["2026-02-09", "2026-03-21"]
    assert incidents[0].killed.min == 18 and incidents[1].killed.min == 20


def test_the_attack_told_again_stays_one_record():
    text = ("Gunmen killed 18 people at a market in the town of Boni on Monday, officials said. "
            "Four soldiers were also killed in the attack.")
    assert len(analyze(text, published="2026-04-28").incidents) == 1
