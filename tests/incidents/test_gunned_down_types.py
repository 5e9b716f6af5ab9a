""""Was gunned down" is a shooting: Firearms, and the killing is an armed one (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper was gunned down in Uruapan on Friday.",
        "A police officer was gunned down in Peshawar on Friday.",
    ],
)
def test_gunned_down_is_firearms(text: str) -> None:
    inc = analyze(text, published="2026-03-14").incidents[0]
    assert [w.label for w in inc.weapon_types] == ["Firearms"]
    assert "Unknown" not in [a.label for a in inc.attack_types]
    assert inc.killed is not None and inc.killed.min == 1
