"""A lede behind a wire dateline whose victim carries a relative clause: the parser makes the dateline's city
the passive subject and the victim its apposition, which hid the victim from the trigger and casualty readers
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "HERMOSILLO, Mexico (Wire) — A radio journalist who reported on corruption was shot dead outside his home "
        "in Caborca, officials said on Monday.",
        "KABUL, Afghanistan (Wire) — A radio journalist who reported on drug trafficking and local corruption was "
        "shot dead outside his home in the northern province of Balkh, the police said on Monday.",
        "LAGOS, Nigeria (Wire) — A pastor who ran an orphanage was killed outside his church in Ibadan, police said.",
    ],
)
def test_the_victim_past_the_dateline_is_killed(text: str) -> None:
    result = analyze(text, published="2026-02-09")
    assert len(result.incidents) == 1
    killed = result.incidents[0].killed
    assert killed is not None and killed.min == 1 and killed.max == 1


def test_the_dateline_city_is_no_victim() -> None:
    text = "LAGOS, Nigeria (Wire) — The court that tried the case was closed on Monday, officials said."
    assert analyze(text, published="2026-02-09").incidents == []
