"""A town placed by a landmark ("in the town of X, 60 km north of Y"), on sentences written for these tests:
the landmark is not where the violence happened, so a second attack placed by the first one's town is an
incident of its own and keeps its own toll."""

from __future__ import annotations

import pytest

from counterclaim import analyze


@pytest.mark.parametrize(
    "second",
    [
        "An explosion at a church in the town of Jos, about 90 km (56 miles) south of Bauchi, killed seven "
        "worshippers on Saturday, residents said.",
        "On Saturday a roadside bomb in the town of Jos, south of Bauchi, killed seven worshippers.",
        "Seven worshippers died on Saturday when a bomb went off at a church in the village of Bokkos, "
        "a town 60 km southeast of Bauchi.",
    ],
)
def test_a_landmark_town_does_not_merge_the_second_attack(second: str) -> None:
    text = f"Gunmen shot dead three farmers in Bauchi on Tuesday. {second}"
    r = analyze(text, published="2026-03-12")
    assert len(r.incidents) == 2
    first, other = r.incidents
    assert first.location.name == "Bauchi" and first.killed.stated == 3
    assert other.location.name != "Bauchi" and other.killed.stated == 7


def test_the_scene_town_itself_still_joins_the_incident() -> None:
    text = ("Gunmen shot dead three farmers in Bauchi on Tuesday. Two more of the wounded died later in a "
            "hospital in Bauchi, north of Jos.")
    r = analyze(text, published="2026-03-12")
    assert len(r.incidents) == 1
