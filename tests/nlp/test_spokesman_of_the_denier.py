"""A spokesman whose title names no body, right after a group denies the attack, speaks for that group (as he
does after a group's claim): his "we had no role" is the group's own denial, not the story's state's."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-01-28"
_LEDE = ("PESHAWAR, Pakistan, Jan 28 (Wire) - A suicide bomber rammed a car into the gate of a police post in Lakki "
         "Marwat on Sunday, killing six officers. ")
TTP = "Tehrik-i-Taliban Pakistan"


def _claims(result: AnalysisResult) -> set[tuple[str | None, str | None, str, bool]]:
    return {(c.source.affiliation, c.subject.actor if c.subject else None, c.polarity, c.is_self)
            for c in result.claims if c.kind == "responsibility"}


def _perpetrators(result: AnalysisResult) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in result.incidents for p in i.perpetrators]


@pytest.mark.parametrize("sentences", [
    'The Pakistani Taliban denied carrying out the bombing. "We had no role in it," spokesman Asad Mansoor said.',
    'The Pakistani Taliban denied any part in the bombing. "The TTP had no role in the Lakki Marwat operation," '
    "spokesman Asad Mansoor said.",
])
def test_the_deniers_spokesman_speaks_for_the_group(sentences: str) -> None:
    result = analyze(_LEDE + sentences, published=_PUBLISHED)
    assert _claims(result) == {(TTP, TTP, "deny", True)}
    assert _perpetrators(result) == [(TTP, "denied")]


def test_a_police_spokesman_after_the_denial_stays_the_states() -> None:
    text = _LEDE + ("The Pakistani Taliban denied carrying out the bombing. Police spokesman Asad Mansoor said the "
                    "group was behind it.")
    assert ("Pakistan", TTP, "affirm", False) in _claims(analyze(text, published=_PUBLISHED))


@pytest.mark.parametrize(("sentences", "expected"), [
    # the spokesman's own clause charges the group: someone else's spokesman, not the group's
    ("The Pakistani Taliban denied carrying out the bombing. But spokesman Asad Mansoor said TTP fighters carried "
     "out the attack.", {(TTP, TTP, "deny", True), ("Pakistan", TTP, "affirm", False)}),
    # a group ruled out by others (a passive) denied nothing itself
    ("The Pakistani Taliban were excluded from the list of suspects. \"The TTP had no role in this,\" spokesman Asad "
     "Mansoor said.", {("Pakistan", TTP, "deny", False)}),
])
def test_the_spokesman_after_no_denial_or_not_denying_stays_the_states(
        sentences: str, expected: set[tuple[str, str, str, bool]]) -> None:
    assert _claims(analyze(_LEDE + sentences, published=_PUBLISHED)) == expected


def test_the_spokesman_after_a_group_ruled_out_by_investigators_stays_the_states() -> None:
    text = ("MOGADISHU, Somalia (Wire) - A car bomb killed 12 people at a market in Mogadishu on Monday. Al-Shabaab "
            "was ruled out as a suspect by investigators. Spokesman Abdi Hassan said the group did not carry out the "
            "attack.")
    assert _claims(analyze(text, published=_PUBLISHED)) == {("Somalia", "Al-Shabaab", "deny", False)}
