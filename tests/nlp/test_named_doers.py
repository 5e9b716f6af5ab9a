"""A group no list knows, named only as the doer ("the attack was carried out by X"): a name is a group's when it
looks like an organisation's, by a word groups are named with or a hyphenated Arabic-style name; a person's name
is none. On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"
_STORY = "A bomb killed three people at a rally in Khulna, Bangladesh, on Friday."


def _claims(result: AnalysisResult) -> list[tuple[str | None, str | None]]:
    return [(c.source.affiliation, c.subject.actor if c.subject else None) for c in result.claims]


@pytest.mark.parametrize(("doer", "name"), [
    ("Ansarullah Bangla Team", "Ansarullah Bangla Team"),
    ("Hizb-ut-Tahrir", "Hizb-ut-Tahrir"),
    ("the Harkat-ul-Mujahideen Brigade", "Harkat-ul-Mujahideen Brigade"),
])
def test_an_organisation_shaped_name_after_carried_out_by_is_a_group(doer: str, name: str) -> None:
    text = f"{_STORY} Police said the attack was carried out by {doer}."
    result = analyze(text, published=_PUBLISHED)
    assert _claims(result) == [("Bangladesh", name)]
    assert [(p.actor, p.status) for i in result.incidents for p in i.perpetrators] == [(name, "alleged")]


def test_an_open_bracket_is_no_part_of_the_name() -> None:
    text = (f"{_STORY} The minister said the attack may have been carried out by banned militant outfit "
            "Harkat-ul-Jihad-al-Islami (HuJI).")
    assert [c.subject.actor for c in analyze(text, published=_PUBLISHED).claims if c.subject] == [
        "Harkat-ul-Jihad-al-Islami"]


def test_a_persons_name_after_carried_out_by_is_no_group() -> None:
    text = f"{_STORY} Police said the attack was carried out by Karim Hossain."
    result = analyze(text, published=_PUBLISHED)
    assert all(c.subject is None or c.subject.type != "group" for c in result.claims)
