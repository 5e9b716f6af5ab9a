""""Gunned down" in the passive tells a killing as "shot dead" does ("A shopkeeper was gunned down", "Five
villagers were gunned down"), unless the clause says the person lived ("... and wounded", "... but survived");
"mowed down" (run over) is no death by itself; sentences written for these tests."""

from __future__ import annotations

import pytest
from casualty_counts import counts
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shopkeeper was gunned down in Uruapan on Friday.", 1),
        ("A police officer was gunned down outside his home on Friday.", 1),
        ("Five villagers were gunned down in their fields on Friday.", 5),
    ],
)
def test_gunned_down_counts_the_dead(nlp: Language, text: str, expected: int) -> None:
    assert counts(nlp, text)[0] == [("killed", expected)]


def test_a_plan_torn_down_is_no_death(nlp: Language) -> None:
    assert counts(nlp, "Two proposals were voted down by the council on Friday.") == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three guards were gunned down and badly wounded outside a bank in Detroit on Tuesday.",
         ([("injured", 3)], [])),
        ("A money changer was gunned down near his kiosk in Quetta on Friday but survived, police said.", ([], [])),
        ("Nine shoppers were mowed down by a van outside a mall in Leipzig on Friday and taken to hospital.",
         ([], [])),
        # the wound is another person's: the driver's death still counts
        ("A taxi driver was gunned down in Culiacan on Friday and his passenger was wounded.",
         ([("killed", 1), ("injured", 1)], [])),
    ],
)
def test_gunned_down_but_alive_is_no_death(nlp: Language, text: str, expected: tuple) -> None:
    assert counts(nlp, text) == expected
