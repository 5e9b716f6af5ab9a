"""A group's man who lays an attack on another group accuses that group only: "the X group" with a name of its own
before "group" points back to no group named before (the speaker's own). Sentences written for these tests."""

from __future__ import annotations

import pytest
from responsibility_claims import unhedged_blames
from spacy.language import Language

from counterclaim.nlp.pipeline import load_pipeline

_LEAD = "Rebels killed 30 people in a raid on a village near Beni in North Kivu on Saturday. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_a_named_other_group_is_accused_not_the_speakers_own(nlp: Language) -> None:
    found = unhedged_blames(nlp, _LEAD + "An ADF commander said the Bui Warriors group had carried out the raid.")
    assert ("Allied Democratic Forces", "Bui Warriors", "affirm") in found
    assert not {f for f in found if f[1] == "Allied Democratic Forces"}


def test_a_bare_group_noun_still_points_back(nlp: Language) -> None:
    found = unhedged_blames(nlp, _LEAD + "The ADF claimed the raid. The group said its fighters killed 30 soldiers.")
    assert ("Allied Democratic Forces", "Allied Democratic Forces", "affirm") in found
