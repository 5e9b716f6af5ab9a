"""An attack on a titled person's kin, guards or supporters is no Assassination (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from counterclaim.incidents.classify import classify


def _attack(text: str) -> list[str]:
    return [a.label for a in classify(text).attack_types]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot and killed the brother of a provincial councillor in Tikrit. No group claimed the attack.",
        "Assailants opened fire on a rally for Omar Baig, a parliamentary candidate, in Quetta. Baig was unhurt; "
        "three people were wounded.",
        "Gunmen shot the son of the district governor outside a bakery in Baquba. The son died of his wounds.",
    ],
)
def test_the_kin_of_an_official_attacked_is_no_assassination(text):
    labels = _attack(text)
    assert "Assassination" not in labels
    assert labels[0] == "Armed Assault"


def test_the_official_attacked_stays_an_assassination():
    text = "Gunmen shot and killed Omar Baig, a provincial councillor, outside his home in Quetta."
    assert _attack(text)[0] == "Assassination"


def test_the_official_killed_beside_an_attack_on_his_supporters_stays_an_assassination():
    """The kin span covers only the rally; the killing of the official himself lies outside it."""
    text = ("Gunmen killed the deputy governor of Maradi on Tuesday and opened fire on a rally for his party, "
            "wounding nine.")
    assert "Assassination" in _attack(text)
