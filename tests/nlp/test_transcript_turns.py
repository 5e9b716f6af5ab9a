"""A transcript turn ("Q: ..." / "Kazadi: No. ... This was done by X.") is the named person's answer, every
sentence of the line; "we" in it is the group he speaks for. A headline or dateline label is no speaker. On
texts written for these tests."""

from __future__ import annotations

from counterclaim import analyze
from counterclaim.models import AnalysisResult

_PUBLISHED = "2025-06-18"
_STORY = ("Gunmen killed nine civilians in Rutshuru, North Kivu, on Monday. We spoke with Colonel Paul Mwamba, a "
          "commander of the Wazalendo militia.\n")


def _claims(result: AnalysisResult) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [(c.source.actor, c.source.affiliation, c.subject.actor if c.subject else None, c.polarity, c.is_self)
            for c in result.claims]


def test_an_answer_after_a_name_and_colon_is_that_persons() -> None:
    text = _STORY + "Q: Were your men involved?\nMwamba: No. Our men were not in Rutshuru. This was done by the M23."
    assert _claims(analyze(text, published=_PUBLISHED)) == [  # "our men were not in X": his group's alibi
        ("Paul Mwamba", "Wazalendo militia", "Wazalendo militia", "deny", True),
        ("Paul Mwamba", "Wazalendo militia", "M23", "affirm", False)]


def test_we_in_a_capitals_turn_is_the_speakers_group() -> None:
    text = _STORY + "QUESTION: Did your fighters carry out the attack?\nMWAMBA: No. We did not do this. The M23 did it."
    assert _claims(analyze(text, published=_PUBLISHED)) == [
        ("Paul Mwamba", "Wazalendo militia", "Wazalendo militia", "deny", True),
        ("Paul Mwamba", "Wazalendo militia", "M23", "affirm", False)]


def test_a_name_first_met_as_a_turn_label_speaks_for_himself() -> None:
    text = ("Gunmen killed nine civilians in Rutshuru, North Kivu, on Monday.\nQ: Were your men involved?\n"
            "Mwamba: No. This was done by the M23.")
    assert _claims(analyze(text, published=_PUBLISHED)) == [("Mwamba", "Mwamba", "M23", "affirm", False)]


def test_a_place_or_headline_label_is_no_speaker() -> None:
    text = ("PESHAWAR: Gunmen killed nine policemen in Bannu on Monday.\nQ: Who did it?\n"
            "PESHAWAR: This was done by the TTP.\nFACT CHECK: This was done by the TTP.")
    assert _claims(analyze(text, published=_PUBLISHED)) == []
