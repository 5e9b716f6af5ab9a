"""People hit by a bullet, splinter or vehicle, or shot, and not said to have died, are injured; "children" and
"a village head" are people; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline
from counterclaim.nlp.quantities import read_casualties


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _victims(nlp: Language, text: str) -> list[tuple[str, int | None, str]]:
    found, _ = read_casualties(nlp(text))
    return [(m.kind, m.casualties.min, m.casualties.evidence.text) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A schoolgirl was hit by a stray bullet during the exchange of fire.", [("injured", 1, "A schoolgirl")]),
        ("Shrapnel struck two boys who were playing near the checkpoint.", [("injured", 2, "two boys")]),
        ("The van veered onto the pavement, hitting a cyclist.", [("injured", 1, "a cyclist")]),
        ("A sniper shot two children near the bakery.", [("injured", 2, "two children")]),
        ("Three schoolchildren were shot as they left class.", [("injured", 3, "Three schoolchildren")]),
        # the death told leaves the count to the death words
        ("A stray bullet hit a toddler, killing him.", [("killed", 1, "killing him")]),
    ],
)
def test_people_hit_or_shot_are_injured(nlp: Language, text: str, expected: list) -> None:
    assert _victims(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A rocket hit a school near the front line.",  # a thing hit, no person
        "The striker hit two goals in the second half.",
        "Hail hit two farmers' crops in the valley.",
    ],
)
def test_things_hit_are_no_casualties(nlp: Language, text: str) -> None:
    assert _victims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A village head was killed when gunmen stormed the settlement.", [("killed", 1, "A village head")]),
        ("Bandits shot dead two ward heads near Gusau.", [("killed", 2, "two ward heads")]),
    ],
)
def test_a_head_after_a_noun_is_the_one_in_charge(nlp: Language, text: str, expected: list) -> None:
    assert _victims(nlp, text) == expected


def test_head_of_cattle_is_no_person(nlp: Language) -> None:
    assert _victims(nlp, "Raiders killed a herder and drove off 300 head of cattle.") == [("killed", 1, "a herder")]
