"""A named group's members counted among the dead or hurt are among those the attack hit, not its doers
(docs/conventions.md: membership). On texts written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze

_PUBLISHED = "2025-05-02"


def _perpetrators(text: str) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in analyze(text, published=_PUBLISHED).incidents for p in i.perpetrators]


@pytest.mark.parametrize("text", [
    "A roadside bomb exploded near Hajin on Wednesday. Four SDF members were wounded.",
    "Gunmen raided a checkpoint near Tuz Khurmatu on Wednesday. Four people, including two soldiers and several "
    "PMF members, were killed.",
    "Gunmen stormed a village near Tawila on Wednesday. Two civilians, five Sudan Liberation Movement members and "
    "eleven attackers died in the fighting.",
])
def test_members_among_the_casualties_are_not_the_doers(text: str) -> None:
    assert _perpetrators(text) == []


def test_members_who_attacked_are_the_doers() -> None:
    text = "Al-Shabaab members stormed a base in Lower Shabelle on Wednesday, killing four soldiers."
    assert _perpetrators(text) == [("Al-Shabaab", "alleged")]
