"""A claim of "the incident" in a sentence that also cites another event ("took responsibility for the raid,
saying it avenged a bombing in B") belongs to the incident told before it, not to the cited event that
the sentence opens as an incident of its own; a claim that names its own attack keeps that one."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents.build import _told_before
from counterclaim.incidents.segment import IncidentGroup, Segment
from counterclaim.models import ActorRef, Claim, Span


def _claimed(text: str) -> list[list[str]]:
    """Per incident, in order, the groups with status claimed."""
    return [[p.actor for p in inc.perpetrators if p.status == "claimed"] for inc in analyze(text).incidents]


@pytest.mark.parametrize("claim", [
    "Boko Haram claimed the killings, saying they came in retaliation for a suicide bombing in Maiduguri by "
    "the Islamic State.",
    "Boko Haram claimed the attack, which it said it had mounted in retaliation for a suicide bombing in "
    "Maiduguri that killed several of its commanders.",
])
def test_the_incident_claimed_is_the_one_told_before(claim: str) -> None:
    text = "Gunmen stormed a police station in Damboa, Nigeria, on March 3, 2025, killing four officers. " + claim
    claimed = _claimed(text)
    assert claimed and claimed[0] == ["Boko Haram"]


def test_a_claim_naming_its_own_attack_keeps_it() -> None:
    text = ("Gunmen stormed a police station in Damboa, Nigeria, on March 3, 2025, killing four officers. "
            "Boko Haram also claimed a bombing at a market in Konduga, Nigeria, on March 5, 2025, which killed "
            "nine people.")
    claimed = _claimed(text)
    assert len(claimed) == 2 and claimed[0] == [] and claimed[1] == ["Boko Haram"]


TOLD = ("Gunmen stormed a police station in Damboa on Monday. Boko Haram claimed {object} and said it avenged "
        "a bombing in Bama.")


@pytest.mark.parametrize("obj, back", [
    ("the attack", True),
    ("responsibility", True),
    ("responsibility for the raid", True),
    ("responsibility for a bombing in Bama", False),
    ("the attack on a checkpoint in Bama", False),
])
def test_which_claims_point_back(obj: str, back: bool) -> None:
    """The claim's sentence opens the second incident (the cited bombing); a bare definite act, or
    responsibility with none named, points back to the first."""
    text = TOLD.format(object=obj)
    second = text.index("Boko Haram")
    groups = [IncidentGroup(segments=[Segment(0, 0, second - 1, 0, 0)]),
              IncidentGroup(segments=[Segment(1, second, len(text), 1, 0)])]
    at = text.index("claimed")
    cue = Span(start=at, end=at + len("claimed"), text="claimed")
    source = ActorRef(text="Boko Haram", actor="Boko Haram", type="group",
                      evidence=Span(start=second, end=second + 10, text="Boko Haram"))
    claim = Claim(id="c1", kind="responsibility", source=source, cue=cue,
                  evidence=Span(start=second, end=len(text), text=text[second:]))
    assert _told_before(claim, groups, 1, text) == (0 if back else 1)
