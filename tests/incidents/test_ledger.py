"""Attribution status rules of DESIGN.md, on hand-built claims."""

from __future__ import annotations

from counterclaim.incidents.ledger import perpetrators, status_of
from counterclaim.models import ActorRef, Claim, Span

_SPAN = Span(start=0, end=1, text="x")


def _ref(actor: str, type_: str = "state") -> ActorRef:
    return ActorRef(text=actor, actor=actor, type=type_, affiliation=actor, evidence=_SPAN)


def _claim(cid: str, source: str, subject: str, polarity: str = "affirm", hedged: bool = False) -> Claim:
    return Claim(
        id=cid,
        kind="responsibility",
        source=_ref(source),
        subject=_ref(subject, "group"),
        polarity=polarity,
        is_self=source == subject,
        hedged=hedged,
        cue=_SPAN,
        evidence=_SPAN,
    )


def test_crocus_style_ledger():
    claims = [
        _claim("c1", "Islamic State Khorasan Province", "Islamic State Khorasan Province"),
        _claim("c2", "Russia", "Ukraine", hedged=True),
        _claim("c3", "Ukraine", "Ukraine", polarity="deny"),
        _claim("c4", "United States", "Ukraine", polarity="deny"),
        _claim("c5", "United States", "Islamic State Khorasan Province"),
    ]
    ledger = {p.actor: p for p in perpetrators(claims)}
    assert ledger["Islamic State Khorasan Province"].status == "corroborated"
    assert ledger["Ukraine"].status == "contested"
    assert set(ledger["Ukraine"].claims) == {"c2", "c3", "c4"}
    assert [p.actor for p in perpetrators(claims)][0] == "Islamic State Khorasan Province"


def test_claim_alone_and_hedged_support_stays_claimed():
    claims = [_claim("c1", "Al-Shabaab", "Al-Shabaab"), _claim("c2", "Kenya", "Al-Shabaab", hedged=True)]
    assert perpetrators(claims)[0].status == "claimed"


def test_denied_only_and_alleged():
    assert status_of("PKK", set(), set(), {"PKK"}) == "denied"
    assert status_of("Iran", {"Israel"}, {"Israel"}, set()) == "alleged"


def test_non_responsibility_claims_are_ignored():
    claim = _claim("c1", "NATO", "Taliban").model_copy(update={"kind": "condemnation", "subject": None})
    assert perpetrators([claim]) == []
