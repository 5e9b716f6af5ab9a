"""CAMEO codes for claims (DESIGN.md table)."""

from __future__ import annotations

import pytest

from counterclaim.codebooks.cameo import claim_code, describe


@pytest.mark.parametrize("kind, is_self, polarity, threat, code", [
    ("responsibility", True, "affirm", False, "015"),
    ("responsibility", True, "deny", False, "016"),
    ("responsibility", False, "affirm", False, "112"),
    ("responsibility", False, "deny", False, None),
    ("condemnation", False, "affirm", False, "111"),
    ("sympathy", False, "affirm", False, "018"),
    ("warning", False, "affirm", False, None),
    ("warning", False, "affirm", True, "138"),
])
def test_claim_code(kind: str, is_self: bool, polarity: str, threat: bool, code: str | None) -> None:
    assert claim_code(kind, is_self, polarity, threat_by_group=threat) == code


def test_describe() -> None:
    assert describe("015") == "Acknowledge or claim responsibility"
    assert describe(None) is None
