"""CAMEO event codes for claims, kept as published (Conflict and Mediation Event Observations, v1.1b3).

Only the codes a claims ledger can produce are listed; the mapping from a claim to a code follows
DESIGN.md: responsibility self+affirm 015, self+deny 016, other+affirm 112, other+deny none fits;
condemnation 111; sympathy 018; a warning only when it is the perpetrator's threat of violence (138).
"""

from __future__ import annotations

CODES: dict[str, str] = {
    "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility",
    "018": "Make empathetic comment",
    "111": "Criticize or denounce",
    "112": "Accuse, not specified below",
    "130": "Threaten, not specified below",
    "138": "Threaten with military force",
}


def claim_code(kind: str, is_self: bool, polarity: str, *, threat_by_group: bool = False) -> str | None:
    """The CAMEO code of a claim, or None when no code fits.

    >>> claim_code("responsibility", True, "affirm")
    '015'
    >>> claim_code("responsibility", False, "deny") is None
    True
    """
    if kind == "responsibility":
        if is_self:
            return "015" if polarity == "affirm" else "016"
        return "112" if polarity == "affirm" else None
    if kind == "condemnation":
        return "111"
    if kind == "sympathy":
        return "018"
    if kind == "warning" and threat_by_group:
        return "138"
    return None


def describe(code: str | None) -> str | None:
    """The published name of a code ("015" -> "Acknowledge or claim responsibility")."""
    return CODES.get(code) if code else None
