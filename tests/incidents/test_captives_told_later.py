"""The captives of a told kidnapping, named again in what is done with them later (a video that shows them, their
release, a rescue), open no second incident on the later day (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_LEDE = "Gunmen abducted two engineers from their camp near Dosso, Niger, on March 3. "


@pytest.mark.parametrize("later", [
    "In May, a video appeared online showing the two hostages, looking tired, asking their employer to pay.",
    "In June, the kidnappers released a video of the hostages.",
    "Soldiers freed the hostages in August.",
])
def test_the_captives_named_later_are_the_told_kidnapping(later: str) -> None:
    [incident] = analyze(_LEDE + later, published="2025-10-03").incidents
    assert str(incident.date.value) == "2025-03-03"


def test_captives_not_told_before_still_tell_a_kidnapping() -> None:
    """Near miss: hostages no sentence before told of ("12 hostages held by bandits") are a kidnapping's own."""
    text = "Soldiers freed 12 hostages held by bandits in a forest near Birnin Gwari, Nigeria, on Sunday."
    assert len(analyze(text, published="2025-10-03").incidents) == 1
