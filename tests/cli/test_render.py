"""The table for people: an incident line with place, date, types, tolls, perpetrators; a claims table."""

from __future__ import annotations

import datetime as dt

from rich.console import Console

from counterclaim.cli._render import render_result
from counterclaim.models import (
    ActorRef,
    AnalysisResult,
    Casualties,
    Claim,
    DocumentInfo,
    Incident,
    IncidentDate,
    Label,
    Location,
    Perpetrator,
    Span,
)

TEXT = ("Gunmen killed over 130 people at a concert hall in Krasnogorsk on March 22. Islamic State claimed "
        "the attack. Russia's president suggested Ukraine may have been involved; Kyiv denied it.")


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start=start, end=start + len(words), text=words)


def _ref(words: str, actor: str, type_: str, affiliation: str | None) -> ActorRef:
    return ActorRef(text=words, actor=actor, type=type_, affiliation=affiliation, evidence=_span(words))


def _result() -> AnalysisResult:
    isis = _ref("Islamic State", "Islamic State", "group", None)
    ukraine = _ref("Ukraine", "Ukraine", "state", "Ukraine")
    claims = [
        Claim(id="c1", kind="responsibility", source=isis, subject=isis, polarity="affirm", is_self=True,
              cue=_span("claimed"), cameo="015", incident="i1", evidence=_span("Islamic State claimed the attack.")),
        Claim(id="c2", kind="responsibility", source=_ref("Russia's president", "Vladimir Putin", "person", "Russia"),
              subject=ukraine, hedged=True, cue=_span("suggested"), cameo="112", incident="i1",
              evidence=_span("Russia's president suggested Ukraine may have been involved")),
        Claim(id="c3", kind="responsibility", source=_ref("Kyiv", "Ukraine", "state", "Ukraine"), subject=ukraine,
              polarity="deny", is_self=True, cue=_span("denied"), cameo="016", incident="i1",
              evidence=_span("Kyiv denied it.")),
    ]
    incident = Incident(
        id="i1", summary="Gunmen killed over 130 people",
        date=IncidentDate(value=dt.date(2024, 3, 22), precision="day", basis="explicit", evidence=_span("March 22")),
        location=Location(name="Krasnogorsk", admin1="Moscow Oblast", country="Russia", country_code="RU",
                          evidence=_span("Krasnogorsk")),
        attack_types=[Label(label="Armed Assault", confidence=0.9)],
        weapon_types=[Label(label="Firearms", confidence=0.8)],
        killed=Casualties(stated=130, qualifier="over", min=131, evidence=_span("over 130 people")),
        perpetrators=[Perpetrator(actor="Islamic State", status="claimed", claims=["c1"]),
                      Perpetrator(actor="Ukraine", status="contested", claims=["c2", "c3"])],
    )
    doc = DocumentInfo(id="crocus", title="Concert hall attack", published=dt.date(2024, 3, 23), n_chars=len(TEXT))
    return AnalysisResult(document=doc, incidents=[incident], claims=claims)


def _render(result: AnalysisResult) -> str:
    console = Console(width=160, color_system=None)
    with console.capture() as captured:
        console.print(render_result(result))
    return captured.get()


def test_incident_line_has_place_date_types_tolls_and_perpetrators() -> None:
    lines = _render(_result()).splitlines()
    at = next(i for i, x in enumerate(lines) if x.startswith("i1"))
    line, perpetrators = lines[at], lines[at + 1]
    assert "Krasnogorsk, Moscow Oblast, RU" in line
    assert "2024-03-22" in line
    assert "Armed Assault, Firearms" in line
    assert "killed over 130" in line and "injured ?" in line
    assert perpetrators.strip() == "perpetrators: Islamic State (claimed), Ukraine (contested)"


def test_claims_table_rows() -> None:
    rows = [x for x in _render(_result()).splitlines() if "responsibility" in x]
    assert len(rows) == 3
    isis, putin, kyiv = rows
    assert "affirm self" in isis and "015" in isis and "hedged" not in isis
    assert "Vladimir Putin (Russia)" in putin and "hedged" in putin and "112" in putin
    assert "deny self" in kyiv and "016" in kyiv and "Kyiv denied it." in kyiv


def test_document_without_incident_says_so() -> None:
    doc = DocumentInfo(id="match", title="Rovers claim the cup", n_chars=20)
    text = _render(AnalysisResult(document=doc))
    assert "match — Rovers claim the cup" in text
    assert "no violent incident found" in text
