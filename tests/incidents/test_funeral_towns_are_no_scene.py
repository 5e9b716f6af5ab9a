"""Where the dead were mourned or buried is no scene when the text names where they were killed: "gathered in the
town of X for the funeral of ...", "attended the funeral in X of ...", "Relatives buried in X the bodies of ...";
a funeral that is struck stays the scene (sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze


def _place(text: str) -> str | None:
    incidents = analyze(text, published="2026-10-24").incidents
    assert len(incidents) == 1, [i.summary for i in incidents]
    return incidents[0].location.name if incidents[0].location else None


@pytest.mark.parametrize(("text", "scene"), [
    ("Hundreds of mourners gathered on Friday in the central Somali town of Beledweyne for the funeral of seven "
     "soldiers killed in an ambush earlier this week. The soldiers died on Wednesday when fighters attacked their "
     "convoy with a roadside bomb near the village of Jalalaqsi, about 80 kilometres south of the town.",
     "Jalalaqsi"),
    ("Thousands of people attended the funeral in Maiduguri on Sunday of 12 farmers killed by insurgents near the "
     "village of Zabarmari on Saturday.", "Zabarmari"),
    ("Relatives buried on Tuesday in Kabul the bodies of five aid workers who were shot dead on Sunday in the "
     "Jaghori district of Ghazni province.", "Jaghori"),
])
def test_the_funeral_town_gives_way_to_the_scene(text: str, scene: str) -> None:
    assert _place(text) == scene


@pytest.mark.parametrize(("text", "scene"), [
    ("A suicide bomber struck a funeral in the town of Jalalabad on Sunday, killing 12 mourners.", "Jalalabad"),
    ("A gunman opened fire on mourners who had gathered in the town of Kidal for a funeral, killing four.", "Kidal"),
    ("Gunmen attacked mourners attending the funeral in Gwoza of a policeman killed in Bama last week, killing "
     "nine people.", "Gwoza"),
])
def test_a_funeral_struck_is_the_scene(text: str, scene: str) -> None:
    assert _place(text) == scene
