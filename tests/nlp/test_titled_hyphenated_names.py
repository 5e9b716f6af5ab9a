"""A name after a title keeps its double-barrelled surname ("Governor Babajide Sanwo-Olu"), not its first half
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from counterclaim import analyze

LEAD = "Gunmen killed six worshippers at a church in Lagos, Nigeria, on Sunday. "


@pytest.mark.parametrize(("sentence", "name"), [
    ("Governor Babajide Sanwo-Olu condemned the attack.", "Babajide Sanwo-Olu"),
    ("Commissioner Adaeze Okafor-Bello condemned the attack.", "Adaeze Okafor-Bello"),
    ("Governor Ali Musa condemned the attack.", "Ali Musa"),
])
def test_the_speakers_whole_name(sentence: str, name: str) -> None:
    record = analyze(LEAD + sentence)
    assert [c.source.text for c in record.claims if c.kind == "condemnation"] == [name]
