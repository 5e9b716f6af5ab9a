"""Another event's toll must not leak into the main incident (QA pass 6): a state's strike back "in response",
and an earlier attack named for comparison ("similar ... after the X attack"). On texts written for these tests."""

from __future__ import annotations

from counterclaim import analyze

_PUBLISHED = "2025-06-10"


def _killed(text: str) -> list[int | None]:
    return [i.killed.stated if i.killed else None for i in analyze(text, published=_PUBLISHED).incidents]


def test_a_state_reprisal_adds_nothing_to_the_attack_it_answers() -> None:
    text = ("Three rockets fired from Gaza at Sderot on Monday were intercepted and nobody was hurt. Later that night, "
            "Israel struck a building in Khan Younis in response, and two people were killed in a strike on a "
            "motorbike in Rafah.")
    incidents = analyze(text, published=_PUBLISHED).incidents
    assert [(i.location.name if i.location else None, i.killed) for i in incidents] == [("Sderot", None)]
    text = ("Militants attacked a border post near Parachinar on Sunday, killing two soldiers. Pakistani jets bombed "
            "hideouts across the border in Khost in retaliation, killing six people.")
    assert _killed(text) == [2]


def test_security_forces_answering_the_attack_stay_in_it() -> None:
    text = ("Gunmen stormed a hotel in Mogadishu on Sunday, killing nine guests. Security forces opened fire in "
            "response, killing three of the attackers.")
    (incident,) = analyze(text, published=_PUBLISHED).incidents
    assert incident.killed is not None and incident.killed.stated == 9


def test_an_earlier_attack_named_for_comparison_is_its_own_record() -> None:
    text = ("Arsonists set fire to a synagogue in Rouen on Friday. Similar threats were made after the knife attack "
            "at a village fair last year, in which two people were killed.")
    assert _killed(text)[0] is None


def test_the_event_a_reporter_went_to_cover_is_not_the_attack_on_the_reporter() -> None:
    text = ("A reporter was shot and wounded by unidentified men in Kisumu on Saturday. She had travelled there to "
            "cover a land dispute in which two farmers were injured.")
    first = analyze(text, published=_PUBLISHED).incidents[0]
    assert first.injured is not None and first.injured.stated == 1
