"""Attribution status per candidate perpetrator, from responsibility claims (DESIGN.md rules).

Works on one document's claims or on the claims of a merged incident across documents: the
status depends only on which affiliations affirm and which deny, and whether the candidate
claims it itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import STATUS_ORDER, Claim, Perpetrator, Status
from ..nlp._cues import UNNAMED_CLAIMANT


@dataclass
class _Votes:
    affirm: set[str] = field(default_factory=set)
    affirm_firm: set[str] = field(default_factory=set)
    deny: set[str] = field(default_factory=set)
    claim_ids: list[str] = field(default_factory=list)


def _speaker(claim: Claim) -> str:
    return claim.source.affiliation or claim.source.actor


def status_of(candidate: str, affirm: set[str], affirm_firm: set[str], deny: set[str]) -> Status:
    """DESIGN.md: corroborated > claimed > alleged; contested when both sides; denied when only D."""
    self_claim = candidate in affirm
    if affirm and deny:
        return "contested"
    if deny:
        return "denied"
    if self_claim and (affirm_firm - {candidate}):
        return "corroborated"
    if self_claim:
        return "claimed"
    return "alleged"


def perpetrators(claims: Iterable[Claim]) -> list[Perpetrator]:
    """Every candidate named as subject of a responsibility claim, most credible first."""
    votes: dict[str, _Votes] = {}
    for claim in claims:
        if claim.kind != "responsibility" or claim.subject is None or claim.subject.actor == UNNAMED_CLAIMANT:
            continue  # an unnamed claimant names no perpetrator
        v = votes.setdefault(claim.subject.actor, _Votes())
        who = _speaker(claim)
        if claim.polarity == "affirm":
            v.affirm.add(who)
            if not claim.hedged:
                v.affirm_firm.add(who)
        else:
            v.deny.add(who)
        v.claim_ids.append(claim.id)
    out = [
        Perpetrator(actor=actor, status=status_of(actor, v.affirm, v.affirm_firm, v.deny), claims=v.claim_ids)
        for actor, v in votes.items()
    ]
    out.sort(key=lambda p: STATUS_ORDER.index(p.status))
    return out
