"""A figure in the clause that says why a toll was revised ("the toll was later revised to nine after three
bodies were found") is the reason's, not the revised toll: the revision's own figure stands (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_ACT = "Gunmen stopped a bus near Witu on Saturday and shot dead several passengers. "


@pytest.mark.parametrize(
    "update",
    [
        "Police initially said six people had been killed; the toll was later revised to nine after three bodies "
        "were found in the bush.",
        "Police first put the toll at six, but it was later raised to nine when three bodies were found nearby.",
    ],
)
def test_the_reason_s_figure_is_no_toll(update: str) -> None:
    killed = analyze(_ACT + update, published="2024-09-14").incidents[0].killed
    assert killed is not None and killed.stated == 9


def test_a_revision_after_its_reason_still_revises() -> None:
    # near miss: the reason comes first, and the revision's figure after it is the toll
    text = (
        _ACT
        + "Police initially said six people had been killed. "
        + "After three bodies were found, they revised the toll to nine."
    )
    killed = analyze(text, published="2024-09-14").incidents[0].killed
    assert killed is not None and killed.stated == 9


@pytest.mark.parametrize(
    ("update", "toll"),
    [
        ("By Monday the death toll had risen to 21 following the deaths of three of the wounded in hospital.", 21),
        ("Police initially said six people had been killed. On Monday they put the toll at nine, following the "
         "discovery of three more bodies.", 9),
    ],
)
def test_the_deaths_that_raised_a_toll_are_part_of_it(update: str, toll: int) -> None:
    # the figure in the reason clause after a toll revised in the same sentence is within that toll
    text = "Gunmen attacked a market in Kano on Saturday, killing 18 people. " + update
    killed = analyze(text, published="2024-06-08").incidents[0].killed
    assert killed is not None and killed.stated == toll
