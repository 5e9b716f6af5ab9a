"""One office holder whose phrase names a body or a place after "of a" ("The mayor of a small town in X was shot
dead", "The head of a village council in Y was killed") is one person felled: the phrase runs on to its passive
verb (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.nlp.casualty_counts import stated_by_kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The mayor of a small town in the western state of Michoacan was shot dead on Friday by two gunmen.", "killed"),
    ("The owner of a pharmacy in the town of Kidal was shot dead on Monday by two men on a motorcycle.", "killed"),
    ("The director of a hospital in Kandahar was stabbed to death on Monday, police said.", "killed"),
    ("The imam of a mosque in the northern town of Kano was shot dead on Monday night, police said.", "killed"),
    ("The head of a village council in northern Burkina Faso was killed on Sunday by suspected jihadists.", "killed"),
    ("The wife of a police officer in the town of Kidal was wounded on Monday when gunmen fired on their car.",
     "injured"),
])
def test_one_office_holder_felled(text: str, kind: str) -> None:
    assert stated_by_kind(text) == {kind: 1}


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor of a small town in Michoacan said two people were shot dead on Friday.", {"killed": 2}),
    ("The convoy of a governor in the north was attacked on Monday.", {}),
])
def test_the_office_holder_not_felled(text: str, expected: dict[str, int]) -> None:
    assert stated_by_kind(text) == expected
