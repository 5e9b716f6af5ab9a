"""The verbs that tell people killed or hurt (nlp/_cues HARM_VERBS) and the sets the trigger reader, the
segmenter and the incident builder build on them. On sentences written for these tests."""

from __future__ import annotations

import pytest

from counterclaim import analyze
from counterclaim.incidents.triggers import find_triggers
from counterclaim.nlp.pipeline import parse


def _words(text: str) -> set[str]:
    doc = parse(text)
    return {doc[t.token_i].lower_ for s in doc.sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word"), [
    ("A car bomb went off outside the station in Quetta, killing nine.", "killing"),
    ("A grenade exploded in a crowded market in Mogadishu, maiming three.", "maiming"),
])
def test_a_bare_count_after_a_harm_verb_is_of_people(text: str, word: str) -> None:
    assert word in _words(text)


def _perpetrators(text: str) -> list[tuple[str, str]]:
    return [(p.actor, p.status) for i in analyze(text, published="2025-05-02").incidents for p in i.perpetrators]


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a checkpoint near Tuz Khurmatu on Wednesday. Four PMF members were killed.",
    "Gunmen stormed a village near Tawila on Wednesday. Five Sudan Liberation Movement members were targeted.",
])
def test_members_the_attack_hit_are_not_its_doers(text: str) -> None:
    assert _perpetrators(text) == []
